package fsutil

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileSyncReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	if err := WriteFileSync(path, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileSync(path, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "two" {
		t.Fatalf("read %q, %v; want two", b, err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, %v; want 0644", st.Mode().Perm(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want only the file (no temporary left)", len(entries))
	}
}

func TestWriteFileSyncFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	if err := WriteFileSync(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A folder where the file should be makes the rename fail after the temporary is written.
	blocked := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(blocked, "child"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileSync(blocked, []byte("new"), 0o600); err == nil {
		t.Fatal("replacing a non-empty folder succeeded")
	}
	if err := WriteFileSync(filepath.Join(dir, "missing", "x"), []byte("new"), 0o600); err == nil {
		t.Fatal("writing into a missing folder succeeded")
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "old" {
		t.Fatalf("old file %q, %v; want it untouched", b, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		names := []string{}
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("folder holds %v, want state.json and blocked only (temporaries removed)", names)
	}
}
