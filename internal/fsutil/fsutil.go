// Package fsutil holds the one way Lockstep replaces a file durably: the signing guard's
// record, the aggregator's compacted progress log and evidence files, and the follower's
// resume state all depend on a crash leaving either the old file or the new one, never a torn
// mix, and on the new one surviving a power loss once the call returns.
package fsutil

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteFileSync replaces path with data atomically and durably: it writes a temporary file in
// the same folder, fsyncs it, renames it over path and fsyncs the folder (the rename is only
// durable once the directory entry is). On error path is unchanged and no temporary file is
// left behind.
func WriteFileSync(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
