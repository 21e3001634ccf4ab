package follower

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/internal/fsutil"
)

// stateVersion 2 adds the forced-inclusion progress; version 1 files read as no forced progress.
const stateVersion = 2

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
	// EndTimeMs is EndHeight's block time: forced transactions made firm at their deadline come
	// after EndHeight and carry it.
	EndTimeMs uint64 `json:"endTimeMs,omitempty"`
	// Cursor is Checkpoint's forced cursor: inbox entries below it are ordered by Lockstep.
	// ForcedNext is the first inbox entry not yet decided (forced.go); Late the rollup's entries
	// emitted at their deadline and not yet below the cursor.
	Cursor     uint64      `json:"cursor"`
	ForcedNext uint64      `json:"forcedNext"`
	Late       []lateEntry `json:"late,omitempty"`
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
	if st.Version == 1 {
		st.Version = stateVersion // written before forced inclusion: no forced progress
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
	if err := fsutil.WriteFileSync(path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("save state to %s: %w", path, err)
	}
	return nil
}
