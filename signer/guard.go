// Package signer signs checkpoint digests with an operator's BLS key, guarded so that an honest
// operator never signs two different digests for the same checkpoint number, even across
// crashes and restarts (the first safety property of the design: an honest operator never equivocates). It follows CometBFT's privval: the
// record of what is about to be signed is written and fsynced before the signature leaves the
// process.
package signer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/internal/fsutil"
)

// Errors callers branch on.
var (
	// ErrConflictingDigest: a different digest was already signed for this checkpoint number.
	ErrConflictingDigest = errors.New("refusing to sign: a different digest was already signed for this checkpoint")
	// ErrStaleCheckpoint: the number is below the guard's window of remembered records, so the
	// guard cannot tell whether signing would conflict.
	ErrStaleCheckpoint = errors.New("refusing to sign: checkpoint is older than the signing record")
)

// DefaultHistory is how many recent signed records a guard remembers (and can re-send).
const DefaultHistory = 256

// Record is one signed checkpoint digest.
type Record struct {
	Number    uint64      `json:"number"`
	Digest    common.Hash `json:"digest"`
	Signature []byte      `json:"signature"`
}

// state is the guard file's content.
type state struct {
	Version int      `json:"version"`
	Records []Record `json:"records"` // ascending by Number, at most history entries
}

// Guard remembers the digests signed for recent checkpoint numbers in a file.
type Guard struct {
	path    string
	history int

	mu    sync.Mutex
	state state
}

// OpenGuard opens or creates the guard file at path, remembering up to history records
// (DefaultHistory if <= 0).
func OpenGuard(path string, history int) (*Guard, error) {
	if history <= 0 {
		history = DefaultHistory
	}
	g := &Guard{path: path, history: history, state: state{Version: 1}}
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("create signing record directory: %w", err)
		}
		if err := g.persist(); err != nil {
			return nil, err
		}
		return g, nil
	case err != nil:
		return nil, fmt.Errorf("read signing record %s: %w", path, err)
	}
	if err := json.Unmarshal(b, &g.state); err != nil {
		// A corrupt record must stop the signer: guessing could mean signing a conflict.
		return nil, fmt.Errorf("signing record %s is corrupt (restore it, or remove it only if this key never signed on this network): %w", path, err)
	}
	for i := 1; i < len(g.state.Records); i++ {
		if g.state.Records[i-1].Number >= g.state.Records[i].Number {
			return nil, fmt.Errorf("signing record %s is corrupt: numbers not ascending at %d", path, i)
		}
	}
	return g, nil
}

// Last returns the highest-numbered signed record, if any.
func (g *Guard) Last() (Record, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.state.Records) == 0 {
		return Record{}, false
	}
	return g.state.Records[len(g.state.Records)-1], true
}

// Signed returns the record for checkpoint number, if it was signed and is still remembered.
func (g *Guard) Signed(number uint64) (Record, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if i, ok := g.find(number); ok {
		return g.state.Records[i], true
	}
	return Record{}, false
}

// Sign returns the signature over digest for checkpoint number. If this digest was already
// signed for number it returns the stored signature (so a restarted node re-sends the same one);
// if another digest was, it refuses with ErrConflictingDigest. Otherwise it calls sign, persists
// the record with fsync, and only then returns the signature.
func (g *Guard) Sign(number uint64, digest common.Hash, sign func(common.Hash) ([]byte, error)) ([]byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if i, ok := g.find(number); ok {
		r := g.state.Records[i]
		if r.Digest != digest {
			return nil, fmt.Errorf("checkpoint %d: signed %s, asked to sign %s: %w", number, r.Digest, digest, ErrConflictingDigest)
		}
		return append([]byte(nil), r.Signature...), nil
	}
	if n := len(g.state.Records); n == g.history && number < g.state.Records[0].Number {
		return nil, fmt.Errorf("checkpoint %d, oldest remembered %d: %w", number, g.state.Records[0].Number, ErrStaleCheckpoint)
	}
	sig, err := sign(digest)
	if err != nil {
		return nil, fmt.Errorf("sign checkpoint %d: %w", number, err)
	}
	prev := g.state.Records
	g.insert(Record{Number: number, Digest: digest, Signature: append([]byte(nil), sig...)})
	if err := g.persist(); err != nil {
		g.state.Records = prev // not persisted: not released
		return nil, err
	}
	return sig, nil
}

// find returns the index of number's record.
func (g *Guard) find(number uint64) (int, bool) {
	rs := g.state.Records
	lo, hi := 0, len(rs)
	for lo < hi {
		m := (lo + hi) / 2
		if rs[m].Number < number {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(rs) && rs[lo].Number == number
}

// insert adds r in order (into a fresh slice, so a failed persist can restore the old one) and
// drops the oldest records beyond the history.
func (g *Guard) insert(r Record) {
	i, _ := g.find(r.Number)
	rs := make([]Record, 0, len(g.state.Records)+1)
	rs = append(rs, g.state.Records[:i]...)
	rs = append(rs, r)
	rs = append(rs, g.state.Records[i:]...)
	if len(rs) > g.history {
		rs = rs[len(rs)-g.history:]
	}
	g.state.Records = rs
}

// persist writes the state atomically and durably: temp file, fsync, rename, fsync directory.
func (g *Guard) persist() error {
	b, err := json.Marshal(g.state)
	if err != nil {
		return fmt.Errorf("encode signing record: %w", err)
	}
	if err := fsutil.WriteFileSync(g.path, b, 0o600); err != nil {
		return fmt.Errorf("persist signing record: %w", err)
	}
	return nil
}
