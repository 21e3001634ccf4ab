package follower

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

const stateVersion = 1

// state is the progress kept in Config.StatePath: everything up to the end of Checkpoint has
// been emitted as firm.
type state struct {
	Version  int    `json:"version"`
	RollupID uint64 `json:"rollupId"`
	// NextHeight is the first height whose firm items have not been emitted.
	NextHeight uint64 `json:"nextHeight"`
	// Checkpoint is the last checkpoint whose firm items were all emitted (0: none yet), with
	// what L1 stored for it and where: a reorg deeper than the confirmations is noticed by the
	// block hash changing.
	Checkpoint  uint64      `json:"checkpoint"`
	StartHeight uint64      `json:"startHeight,omitempty"`
	EndHeight   uint64      `json:"endHeight,omitempty"`
	Root        common.Hash `json:"root"`
	L1Block     uint64      `json:"l1Block,omitempty"`
	L1BlockHash common.Hash `json:"l1BlockHash"`
}

// loadState reads path; a missing file is no progress (ok false).
func loadState(path string) (st state, ok bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return state{}, false, nil
	}
	if err != nil {
		return state{}, false, fmt.Errorf("read state file: %w", err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return state{}, false, fmt.Errorf("state file %s: %w", path, err)
	}
	if st.Version != stateVersion {
		return state{}, false, fmt.Errorf("state file %s: version %d, want %d", path, st.Version, stateVersion)
	}
	if st.NextHeight == 0 {
		return state{}, false, fmt.Errorf("state file %s: nextHeight is 0", path)
	}
	return st, true, nil
}

// save replaces path with st atomically and durably: a crash leaves the old file or the new one.
func (st state) save(path string) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileSync(path, append(b, '\n')); err != nil {
		return fmt.Errorf("save state to %s: %w", path, err)
	}
	return nil
}

// writeFileSync writes data to a temporary file beside path, fsyncs it, renames it over path and
// fsyncs the folder.
func writeFileSync(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		f.Close()
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
