package node

import (
	dbm "github.com/cometbft/cometbft-db"
	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// cometWriteBuffers sizes the memtables of CometBFT's databases other than the block store
// (which keeps goleveldb's default, 4 MiB: it writes whole blocks). Each memtable is allocated
// at its full size and counts toward the heap the garbage collector paces by: at LevelDB's
// default the state and evidence databases held 8 MiB, though the state database writes a few
// kilobytes a height (validators, FinalizeBlock's results) and the evidence one almost nothing.
var cometWriteBuffers = map[string]int{"state": 1 << 20, "evidence": 256 << 10}

// dbProvider is CometBFT's DefaultDBProvider with cometWriteBuffers applied to goleveldb
// databases (the default backend); other backends are opened as CometBFT opens them.
func dbProvider(ctx *cmtcfg.DBContext) (dbm.DB, error) {
	wb, ok := cometWriteBuffers[ctx.ID]
	if !ok || dbm.BackendType(ctx.Config.DBBackend) != dbm.GoLevelDBBackend {
		return cmtcfg.DefaultDBProvider(ctx)
	}
	return dbm.NewGoLevelDBWithOpts(ctx.ID, ctx.Config.DBDir(), &opt.Options{WriteBuffer: wb})
}
