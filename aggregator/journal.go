package aggregator

import (
	"log/slog"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// journal is the progress log as the service's parts use it: the collector journals held
// and dropped signatures and settlement through it, and the slasher's evidence queue is kept
// in it. It mirrors the log's replayed state. Lock order: the collector's lock, then the
// journal's, then the store's.
type journal struct {
	chainID  uint64
	registry common.Address
	retain   uint64
	log      *slog.Logger

	mu    sync.Mutex
	store *store
	st    *state
}

// openJournal opens and replays <cfg.DataDir>/progress.log (cfg passed Check).
func openJournal(cfg Config, log *slog.Logger) (*journal, error) {
	store, st, err := openStore(cfg.DataDir, cfg.ChainID, cfg.Addresses.CheckpointRegistry, cfg.Retain)
	if err != nil {
		return nil, err
	}
	return &journal{chainID: cfg.ChainID, registry: cfg.Addresses.CheckpointRegistry, retain: cfg.Retain, log: log, store: store, st: st}, nil
}

// hold writes a held signature without syncing; sync(seq) makes it durable.
func (j *journal) hold(cp commitment.Checkpoint, op common.Hash, sig []byte) (uint64, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	r := record{Kind: recSig, Checkpoint: &cp, Operator: &op, Signature: sig}
	seq, err := j.store.write(r)
	if err != nil {
		return 0, err
	}
	j.st.apply(r, j.chainID, j.registry)
	return seq, nil
}

// sync returns once the records up to seq are durable; one fsync serves concurrent callers.
func (j *journal) sync(seq uint64) error { return j.store.syncTo(seq) }

// drop journals a signature refused at aggregation.
func (j *journal) drop(cp commitment.Checkpoint, op common.Hash) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.appendLocked(record{Kind: recDrop, Checkpoint: &cp, Operator: &op}); err != nil {
		j.log.Error("persist refusal", "checkpoint", cp.Number, "operatorID", op, "err", err)
	}
}

// settle journals that L1 stores every checkpoint up to n, forgets the signatures more than
// retain behind, and compacts the log once it has grown.
func (j *journal) settle(n uint64) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if err := j.appendLocked(record{Kind: recSettled, Number: n}); err != nil {
		j.log.Error("persist settled checkpoint", "checkpoint", n, "err", err)
	}
	for d, e := range j.st.entries {
		if e.cp.Number+j.retain <= n {
			delete(j.st.entries, d)
		}
	}
	if j.store.appended > 256 {
		if err := j.store.compact(j.st, j.retain); err != nil {
			j.log.Error("compact progress log", "err", err)
		}
	}
}

// Pending implements slash.Queue.
func (j *journal) Pending() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.st.evidence)
}

// Add implements slash.Queue.
func (j *journal) Add(path string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.appendLocked(record{Kind: recEvidence, Path: path})
}

// Done implements slash.Queue.
func (j *journal) Done(path string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.appendLocked(record{Kind: recEvidenceDone, Path: path})
}

// appendLocked appends durably and applies to the mirrored state (j.mu held).
func (j *journal) appendLocked(rs ...record) error {
	if err := j.store.append(rs...); err != nil {
		return err
	}
	for _, r := range rs {
		j.st.apply(r, j.chainID, j.registry)
	}
	return nil
}

func (j *journal) close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.store.close()
}
