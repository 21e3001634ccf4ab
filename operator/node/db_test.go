package node

import (
	"testing"

	dbm "github.com/cometbft/cometbft-db"
	cmtcfg "github.com/cometbft/cometbft/config"
)

// dbProvider opens every database CometBFT asks for, with the smaller memtables on goleveldb,
// and leaves other backends to CometBFT's provider.
func TestDBProvider(t *testing.T) {
	cfg := cmtcfg.DefaultConfig()
	cfg.SetRoot(t.TempDir())
	for _, backend := range []dbm.BackendType{dbm.GoLevelDBBackend, dbm.MemDBBackend} {
		cfg.DBBackend = string(backend)
		for _, id := range []string{"blockstore", "state", "evidence"} {
			db, err := dbProvider(&cmtcfg.DBContext{ID: id, Config: cfg})
			if err != nil {
				t.Fatalf("%s %s: %v", backend, id, err)
			}
			_, isLevel := db.(*dbm.GoLevelDB)
			if isLevel != (backend == dbm.GoLevelDBBackend) {
				t.Errorf("%s %s: opened a %T", backend, id, db)
			}
			if err := db.Set([]byte("k"), []byte("v")); err != nil {
				t.Fatalf("%s %s: %v", backend, id, err)
			}
			if v, err := db.Get([]byte("k")); err != nil || string(v) != "v" {
				t.Fatalf("%s %s: read back %q %v", backend, id, v, err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
}
