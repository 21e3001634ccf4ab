package app

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// CheckError is a CheckTx refusal.
type CheckError struct {
	Code uint32
	Msg  string
}

func (e *CheckError) Error() string { return e.Msg }

// Validate checks a transaction the way CheckTx does; a refusal is a *CheckError.
func (a *App) Validate(tx []byte) (envelope.Tx, error) {
	if len(tx) > a.cfg.MaxTxBytes {
		return envelope.Tx{}, &CheckError{CodeOversize, fmt.Sprintf("transaction is %d bytes, at most %d", len(tx), a.cfg.MaxTxBytes)}
	}
	d, err := envelope.Decode(tx)
	switch {
	case errors.Is(err, envelope.ErrEmpty):
		return d, &CheckError{CodeEmpty, err.Error()}
	case errors.Is(err, envelope.ErrOversize):
		return d, &CheckError{CodeOversize, err.Error()}
	case err != nil:
		return d, &CheckError{CodeMalformed, err.Error()}
	case d.Sync != nil:
		return d, &CheckError{CodeReserved, "validator sync transactions are made by block proposers only"}
	case d.Origin != nil:
		return d, &CheckError{CodeReserved, "origin transactions are made by block proposers only"}
	case d.Ref != nil:
		// Its bytes travel outside consensus and are checked when they are stored and proposed.
		return d, nil
	}
	if d.Batch { // one rollup: checked once
		if id := d.Parts[0].RollupID; !a.rollups.Registered(id) {
			return d, &CheckError{CodeUnknownRollup, fmt.Sprintf("rollup %d is not registered", id)}
		}
	}
	for i, p := range d.Parts {
		if d.Bundle && !a.rollups.Registered(p.RollupID) {
			return d, &CheckError{CodeUnknownRollup, fmt.Sprintf("bundle part %d: rollup %d is not registered", i, p.RollupID)}
		}
		if !d.Bundle && !d.Batch && !a.rollups.Registered(p.RollupID) {
			return d, &CheckError{CodeUnknownRollup, fmt.Sprintf("rollup %d is not registered", p.RollupID)}
		}
	}
	if d.Bundle || d.Batch {
		// Each transaction is indexed by its hash: the same one twice in one transaction
		// would have two positions and one index entry.
		if i, ok := repeatedPart(d.Parts); ok {
			what := "bundle part"
			if d.Batch {
				what = "batch transaction"
			}
			return d, &CheckError{CodeDuplicatePart, fmt.Sprintf("%s %d repeats a transaction of rollup %d", what, i, d.Parts[i].RollupID)}
		}
	}
	return d, nil
}

// repeatedPart finds the first part repeating an earlier one of the same rollup (the same
// payload bytes, so the same transaction hash). It compares seeded 64-bit hashes of the bytes,
// not their keccak: CheckTx runs on every node for every transaction gossiped, and keccak of
// every part of every batch was a tenth of a node's CPU under batched load.
func repeatedPart(parts []envelope.Envelope) (int, bool) {
	type key struct{ rollup, hash uint64 }
	seed := maphash.MakeSeed()
	first := make(map[key]int, len(parts))
	for i, p := range parts {
		k := key{p.RollupID, maphash.Bytes(seed, p.Payload)}
		j, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		if bytes.Equal(parts[j].Payload, p.Payload) {
			return i, true
		}
		// Two payloads with one 64-bit hash: compare with every earlier part of the rollup.
		if slices.ContainsFunc(parts[:i], func(q envelope.Envelope) bool { return q.RollupID == p.RollupID && bytes.Equal(q.Payload, p.Payload) }) {
			return i, true
		}
	}
	return 0, false
}

// stillValid checks a transaction CheckTx admitted once: of everything Validate checks, only
// rollup registration changes over time; the bytes' validity does not. It decodes, without
// Validate's duplicate check over every part, which a mempool of batches paid again after
// every block.
func (a *App) stillValid(tx []byte) bool {
	d, err := envelope.Decode(tx)
	if err == nil && d.Ref != nil {
		// What the reference names, if this node holds it; if not, it cannot be proposed here
		// but stays for when the bytes arrive.
		_, named, ok := a.local(d.Ref)
		return !ok || a.registered(named)
	}
	return err == nil && a.registered(d)
}

// registered reports whether d is a client transaction whose rollups are all registered.
func (a *App) registered(d envelope.Tx) bool {
	if d.Sync != nil || d.Origin != nil || len(d.Parts) == 0 {
		return false
	}
	if d.Batch { // one rollup
		return a.rollups.Registered(d.Parts[0].RollupID)
	}
	for _, p := range d.Parts {
		if !a.rollups.Registered(p.RollupID) {
			return false
		}
	}
	return true
}
