// Package envelope is the wire encoding of what clients submit to the operator network: an
// envelope (one rollup's opaque transaction) or a bundle (envelopes for several rollups,
// included all-or-nothing in one block). Each CometBFT transaction is exactly one of them.
//
// Encoding (all integers big-endian):
//
//	envelope: 0x01 || uint64 rollupID || payload               (payload: the rest, >= 1 byte)
//	bundle:   0x02 || uint16 n || n × (uint64 rollupID || uint32 len || payload[len])
//	sync:     0x03 || uint64 l1Block || uint16 n || n × (bytes32 operatorID || bytes32 ed25519 key || int64 power)
//	origin:   0x04 || uint64 l1Number || bytes32 l1Hash || uint16 n || n × (uint64 rollupID || uint64 queuedAt || uint32 len || payload[len])
//	batch:    0x05 || uint64 rollupID || uint16 n || n × (uint32 len || payload[len])
//	ref:      0x06 || bytes32 keccak256(tx) || uint32 len(tx)
//
// A batch carries many transactions of one rollup in one consensus transaction (a rollup's
// batcher submitting its batch at once): each is still its own leaf, hash and position in the
// rollup's batch, in order; unlike a bundle it promises nothing across rollups.
//
// A reference stands for a client transaction (envelope, bundle or batch) by its digest and
// size: operators move the referenced bytes among themselves outside consensus (operator/avail),
// so blocks carry 37 bytes instead of a batch of up to 256 KiB, and every node expands the
// reference to the transaction it names before applying the block. Only nodes make them, for
// the transactions their API accepted.
//
// A sync transaction carries the validator set read from L1 at l1Block; an origin transaction
// the block's L1 origin and the forced-inclusion inbox entries the block includes (the next ones
// after the parent's cursor, in inbox order, with the L1 block each was queued in). Only
// proposers make them (clients' are refused at admission), and every validator checks them
// against L1.
//
// Decoding is strict: unknown kinds, trailing bytes, empty payloads and sizes over the limits
// are refused, so every accepted byte string has exactly one meaning.
package envelope

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// Kinds of transaction.
const (
	KindEnvelope byte = 0x01
	KindBundle   byte = 0x02
	KindSync     byte = 0x03
	KindOrigin   byte = 0x04
	KindBatch    byte = 0x05
	KindRef      byte = 0x06
)

// Hard limits of the format (a node may configure lower ones for admission).
const (
	// MaxPayloadBytes is the largest payload of one envelope.
	MaxPayloadBytes = 128 * 1024
	// MaxBundleParts is the most envelopes in one bundle.
	MaxBundleParts = 64
	// MaxBatchParts is the most transactions in one batch.
	MaxBatchParts = 4096
	// MaxTxBytes is the largest encoded transaction (envelope or bundle).
	MaxTxBytes = 256 * 1024
	// RefBytes is the size of a reference transaction.
	RefBytes = 1 + 32 + 4
	// MaxValidators is the most validators in a sync transaction.
	MaxValidators = 1000
	// MaxForced is the most forced entries in one origin transaction (one block).
	MaxForced = 16
	// OriginHeaderBytes and ForcedEntryBytes size an origin transaction:
	// OriginHeaderBytes + Σ (ForcedEntryBytes + len(payload)).
	OriginHeaderBytes = 1 + 8 + 32 + 2
	ForcedEntryBytes  = 8 + 8 + 4
	// MaxOriginTxBytes is the largest origin transaction: MaxForced entries of the largest
	// payload always fit, so how many entries a block includes is decided by their count alone
	// (2 MiB; the genesis block size must leave room for it).
	MaxOriginTxBytes = OriginHeaderBytes + MaxForced*(ForcedEntryBytes+MaxPayloadBytes)
)

// Errors callers branch on. Every decoding error wraps ErrMalformed.
var (
	ErrMalformed = errors.New("malformed transaction")
	ErrEmpty     = errors.New("empty payload")
	ErrOversize  = errors.New("too large")
)

// Envelope is one rollup's transaction.
type Envelope struct {
	RollupID uint64
	Payload  []byte
}

// Hash is the transaction hash committed in the rollup's batch (commitment.TxHash).
func (e Envelope) Hash() common.Hash { return commitment.TxHash(e.Payload) }

// Tx is a decoded CometBFT transaction: one envelope, a bundle of several, a batch of one
// rollup's, a validator sync or a block's L1 origin.
type Tx struct {
	Bundle bool
	Batch  bool // Parts are all of one rollup
	Parts  []Envelope
	Sync   *ValidatorSync
	Origin *Origin
	Ref    *Ref
}

// Ref names a client transaction by its keccak256 digest and size.
type Ref struct {
	Digest common.Hash
	Size   uint32
}

// RefOf returns the reference to raw.
func RefOf(raw []byte) Ref { return Ref{Digest: crypto.Keccak256Hash(raw), Size: uint32(len(raw))} }

// EncodeRef encodes a reference transaction.
func EncodeRef(r Ref) []byte {
	b := make([]byte, RefBytes)
	b[0] = KindRef
	copy(b[1:33], r.Digest[:])
	binary.BigEndian.PutUint32(b[33:37], r.Size)
	return b
}

// Resolve checks that raw is the client transaction r names (digest and size) and decodes it.
func (r Ref) Resolve(raw []byte) (Tx, error) {
	if uint32(len(raw)) != r.Size || crypto.Keccak256Hash(raw) != r.Digest {
		return Tx{}, fmt.Errorf("%w: %d bytes with digest %s are not the referenced %d bytes with digest %s", ErrMalformed, len(raw), crypto.Keccak256Hash(raw), r.Size, r.Digest)
	}
	return DecodeClient(raw)
}

// DecodeClient decodes a transaction a client may submit, and a reference may name: an
// envelope, a bundle or a batch.
func DecodeClient(raw []byte) (Tx, error) {
	d, err := Decode(raw)
	if err != nil {
		return d, err
	}
	if len(d.Parts) == 0 {
		return Tx{}, fmt.Errorf("%w: kind 0x%02x is not a client transaction", ErrMalformed, raw[0])
	}
	return d, nil
}

// Forced is one forced-inclusion inbox entry as a block includes it.
type Forced struct {
	RollupID uint64
	QueuedAt uint64 // L1 block the entry was queued in
	Payload  []byte
}

// Hash is the transaction hash committed in the rollup's batch (commitment.TxHash).
func (f Forced) Hash() common.Hash { return commitment.TxHash(f.Payload) }

// Origin is a block's L1 origin and the forced entries it includes.
type Origin struct {
	L1     commitment.L1Ref
	Forced []Forced
}

// EncodeOrigin encodes an origin transaction.
func EncodeOrigin(o Origin) ([]byte, error) {
	if len(o.Forced) > MaxForced {
		return nil, fmt.Errorf("%w: origin with %d forced entries, at most %d", ErrMalformed, len(o.Forced), MaxForced)
	}
	size := OriginHeaderBytes
	for i, f := range o.Forced {
		if err := checkPart(Envelope{RollupID: f.RollupID, Payload: f.Payload}); err != nil {
			return nil, fmt.Errorf("forced entry %d: %w", i, err)
		}
		size += ForcedEntryBytes + len(f.Payload)
	}
	if size > MaxOriginTxBytes {
		return nil, fmt.Errorf("%w: origin is %d bytes, at most %d: %w", ErrMalformed, size, MaxOriginTxBytes, ErrOversize)
	}
	b := make([]byte, OriginHeaderBytes, size)
	b[0] = KindOrigin
	binary.BigEndian.PutUint64(b[1:9], o.L1.Number)
	copy(b[9:41], o.L1.Hash[:])
	binary.BigEndian.PutUint16(b[41:43], uint16(len(o.Forced)))
	for _, f := range o.Forced {
		b = binary.BigEndian.AppendUint64(b, f.RollupID)
		b = binary.BigEndian.AppendUint64(b, f.QueuedAt)
		b = binary.BigEndian.AppendUint32(b, uint32(len(f.Payload)))
		b = append(b, f.Payload...)
	}
	return b, nil
}

func decodeOrigin(b []byte) (Tx, error) {
	if len(b) < OriginHeaderBytes {
		return Tx{}, fmt.Errorf("%w: origin of %d bytes is shorter than its header", ErrMalformed, len(b))
	}
	o := &Origin{L1: commitment.L1Ref{Number: binary.BigEndian.Uint64(b[1:9]), Hash: common.BytesToHash(b[9:41])}}
	n := int(binary.BigEndian.Uint16(b[41:43]))
	if n > MaxForced {
		return Tx{}, fmt.Errorf("%w: origin with %d forced entries, at most %d", ErrMalformed, n, MaxForced)
	}
	rest := b[OriginHeaderBytes:]
	for i := 0; i < n; i++ {
		head, payload, next, err := cutPart(rest, ForcedEntryBytes, "forced entry", i)
		if err != nil {
			return Tx{}, err
		}
		f := Forced{RollupID: binary.BigEndian.Uint64(head[0:8]), QueuedAt: binary.BigEndian.Uint64(head[8:16]), Payload: payload}
		if err := checkPart(Envelope{RollupID: f.RollupID, Payload: f.Payload}); err != nil {
			return Tx{}, fmt.Errorf("forced entry %d: %w", i, err)
		}
		o.Forced = append(o.Forced, f)
		rest = next
	}
	if len(rest) != 0 {
		return Tx{}, fmt.Errorf("%w: %d trailing bytes after origin", ErrMalformed, len(rest))
	}
	return Tx{Origin: o}, nil
}

// Validator is one member of a synced validator set.
type Validator struct {
	OperatorID common.Hash
	ConsKey    [32]byte // ed25519 public key
	Power      int64
}

// ValidatorSync is the validator set read from L1 at L1Block, sorted by operator ID.
type ValidatorSync struct {
	L1Block    uint64
	Validators []Validator
}

const syncEntry = 32 + 32 + 8

// EncodeSync encodes a validator sync transaction.
func EncodeSync(s ValidatorSync) ([]byte, error) {
	if len(s.Validators) == 0 || len(s.Validators) > MaxValidators {
		return nil, fmt.Errorf("%w: sync with %d validators, want 1 to %d", ErrMalformed, len(s.Validators), MaxValidators)
	}
	b := make([]byte, 11, 11+syncEntry*len(s.Validators))
	b[0] = KindSync
	binary.BigEndian.PutUint64(b[1:9], s.L1Block)
	binary.BigEndian.PutUint16(b[9:11], uint16(len(s.Validators)))
	for _, v := range s.Validators {
		b = append(b, v.OperatorID[:]...)
		b = append(b, v.ConsKey[:]...)
		b = binary.BigEndian.AppendUint64(b, uint64(v.Power))
	}
	return b, nil
}

func decodeSync(b []byte) (Tx, error) {
	if len(b) < 11 {
		return Tx{}, fmt.Errorf("%w: sync of %d bytes is shorter than its header", ErrMalformed, len(b))
	}
	n := int(binary.BigEndian.Uint16(b[9:11]))
	if n == 0 || n > MaxValidators {
		return Tx{}, fmt.Errorf("%w: sync with %d validators, want 1 to %d", ErrMalformed, n, MaxValidators)
	}
	if len(b) != 11+n*syncEntry {
		return Tx{}, fmt.Errorf("%w: sync of %d validators is %d bytes, want %d", ErrMalformed, n, len(b), 11+n*syncEntry)
	}
	s := &ValidatorSync{L1Block: binary.BigEndian.Uint64(b[1:9]), Validators: make([]Validator, n)}
	rest := b[11:]
	for i := range s.Validators {
		v := &s.Validators[i]
		copy(v.OperatorID[:], rest[0:32])
		copy(v.ConsKey[:], rest[32:64])
		v.Power = int64(binary.BigEndian.Uint64(rest[64:72]))
		if v.Power <= 0 {
			return Tx{}, fmt.Errorf("%w: sync validator %d has power %d", ErrMalformed, i, v.Power)
		}
		if i > 0 && s.Validators[i-1].OperatorID.Cmp(v.OperatorID) >= 0 {
			return Tx{}, fmt.Errorf("%w: sync validators not sorted by operator ID at %d", ErrMalformed, i)
		}
		rest = rest[syncEntry:]
	}
	return Tx{Sync: s}, nil
}

// EncodeEnvelope encodes a single envelope.
func EncodeEnvelope(e Envelope) ([]byte, error) {
	if err := checkPart(e); err != nil {
		return nil, err
	}
	b := make([]byte, 9+len(e.Payload))
	b[0] = KindEnvelope
	binary.BigEndian.PutUint64(b[1:9], e.RollupID)
	copy(b[9:], e.Payload)
	return b, nil
}

// EncodeBundle encodes a bundle of at least one envelope.
func EncodeBundle(parts []Envelope) ([]byte, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("%w: bundle has no parts", ErrMalformed)
	}
	if len(parts) > MaxBundleParts {
		return nil, fmt.Errorf("%w: bundle has %d parts, at most %d: %w", ErrMalformed, len(parts), MaxBundleParts, ErrOversize)
	}
	size := 3
	for i, p := range parts {
		if err := checkPart(p); err != nil {
			return nil, fmt.Errorf("bundle part %d: %w", i, err)
		}
		size += 12 + len(p.Payload)
	}
	if size > MaxTxBytes {
		return nil, fmt.Errorf("%w: bundle is %d bytes, at most %d: %w", ErrMalformed, size, MaxTxBytes, ErrOversize)
	}
	b := make([]byte, 3, size)
	b[0] = KindBundle
	binary.BigEndian.PutUint16(b[1:3], uint16(len(parts)))
	for _, p := range parts {
		b = binary.BigEndian.AppendUint64(b, p.RollupID)
		b = binary.BigEndian.AppendUint32(b, uint32(len(p.Payload)))
		b = append(b, p.Payload...)
	}
	return b, nil
}

// EncodeBatch encodes payloads of one rollup as a batch of at least one transaction.
func EncodeBatch(rollupID uint64, payloads [][]byte) ([]byte, error) {
	if len(payloads) == 0 {
		return nil, fmt.Errorf("%w: batch has no transactions", ErrMalformed)
	}
	if len(payloads) > MaxBatchParts {
		return nil, fmt.Errorf("%w: batch has %d transactions, at most %d: %w", ErrMalformed, len(payloads), MaxBatchParts, ErrOversize)
	}
	size := 11
	for i, p := range payloads {
		if err := checkPart(Envelope{RollupID: rollupID, Payload: p}); err != nil {
			return nil, fmt.Errorf("batch transaction %d: %w", i, err)
		}
		size += 4 + len(p)
	}
	if size > MaxTxBytes {
		return nil, fmt.Errorf("%w: batch is %d bytes, at most %d: %w", ErrMalformed, size, MaxTxBytes, ErrOversize)
	}
	b := make([]byte, 11, size)
	b[0] = KindBatch
	binary.BigEndian.PutUint64(b[1:9], rollupID)
	binary.BigEndian.PutUint16(b[9:11], uint16(len(payloads)))
	for _, p := range payloads {
		b = binary.BigEndian.AppendUint32(b, uint32(len(p)))
		b = append(b, p...)
	}
	return b, nil
}

func decodeBatch(b []byte) (Tx, error) {
	if len(b) < 11 {
		return Tx{}, fmt.Errorf("%w: batch of %d bytes is shorter than its header", ErrMalformed, len(b))
	}
	id := binary.BigEndian.Uint64(b[1:9])
	n := int(binary.BigEndian.Uint16(b[9:11]))
	if n == 0 {
		return Tx{}, fmt.Errorf("%w: batch has no transactions", ErrMalformed)
	}
	if n > MaxBatchParts {
		return Tx{}, fmt.Errorf("%w: batch has %d transactions, at most %d: %w", ErrMalformed, n, MaxBatchParts, ErrOversize)
	}
	parts := make([]Envelope, 0, n)
	rest := b[11:]
	for i := 0; i < n; i++ {
		_, payload, next, err := cutPart(rest, 4, "batch transaction", i)
		if err != nil {
			return Tx{}, err
		}
		e := Envelope{RollupID: id, Payload: payload}
		if err := checkPart(e); err != nil {
			return Tx{}, fmt.Errorf("batch transaction %d: %w", i, err)
		}
		parts = append(parts, e)
		rest = next
	}
	if len(rest) != 0 {
		return Tx{}, fmt.Errorf("%w: %d trailing bytes after batch", ErrMalformed, len(rest))
	}
	return Tx{Batch: true, Parts: parts}, nil
}

// cutPart cuts item i (what names it in errors) of a bundle, batch or origin off b: a header of
// headBytes ending with the payload's uint32 length, then the payload (aliasing b).
func cutPart(b []byte, headBytes int, what string, i int) (head, payload, rest []byte, err error) {
	if len(b) < headBytes {
		return nil, nil, nil, fmt.Errorf("%w: %s %d: truncated header", ErrMalformed, what, i)
	}
	head, rest = b[:headBytes], b[headBytes:]
	l := binary.BigEndian.Uint32(head[headBytes-4:])
	if uint64(l) > uint64(len(rest)) {
		return nil, nil, nil, fmt.Errorf("%w: %s %d: payload of %d bytes, %d left", ErrMalformed, what, i, l, len(rest))
	}
	return head, rest[:l:l], rest[l:], nil
}

func checkPart(e Envelope) error {
	if len(e.Payload) == 0 {
		return fmt.Errorf("%w: rollup %d: %w", ErrMalformed, e.RollupID, ErrEmpty)
	}
	if len(e.Payload) > MaxPayloadBytes {
		return fmt.Errorf("%w: rollup %d: payload is %d bytes, at most %d: %w", ErrMalformed, e.RollupID, len(e.Payload), MaxPayloadBytes, ErrOversize)
	}
	return nil
}

// Decode decodes a transaction. The returned payloads alias b.
func Decode(b []byte) (Tx, error) {
	if len(b) == 0 {
		return Tx{}, fmt.Errorf("%w: empty transaction: %w", ErrMalformed, ErrEmpty)
	}
	if limit := maxBytes(b[0]); len(b) > limit {
		return Tx{}, fmt.Errorf("%w: transaction is %d bytes, at most %d: %w", ErrMalformed, len(b), limit, ErrOversize)
	}
	switch b[0] {
	case KindEnvelope:
		if len(b) < 9 {
			return Tx{}, fmt.Errorf("%w: envelope of %d bytes is shorter than its header", ErrMalformed, len(b))
		}
		e := Envelope{RollupID: binary.BigEndian.Uint64(b[1:9]), Payload: b[9:]}
		if err := checkPart(e); err != nil {
			return Tx{}, err
		}
		return Tx{Parts: []Envelope{e}}, nil
	case KindBundle:
		return decodeBundle(b)
	case KindSync:
		return decodeSync(b)
	case KindOrigin:
		return decodeOrigin(b)
	case KindBatch:
		return decodeBatch(b)
	case KindRef:
		if len(b) != RefBytes {
			return Tx{}, fmt.Errorf("%w: reference of %d bytes, want %d", ErrMalformed, len(b), RefBytes)
		}
		r := &Ref{Digest: common.BytesToHash(b[1:33]), Size: binary.BigEndian.Uint32(b[33:37])}
		if r.Size == 0 || r.Size > MaxTxBytes {
			return Tx{}, fmt.Errorf("%w: reference to %d bytes, want 1 to %d", ErrMalformed, r.Size, MaxTxBytes)
		}
		return Tx{Ref: r}, nil
	default:
		return Tx{}, fmt.Errorf("%w: unknown kind 0x%02x", ErrMalformed, b[0])
	}
}

// maxBytes is the size limit of a transaction of kind.
func maxBytes(kind byte) int {
	if kind == KindOrigin {
		return MaxOriginTxBytes
	}
	return MaxTxBytes
}

func decodeBundle(b []byte) (Tx, error) {
	if len(b) < 3 {
		return Tx{}, fmt.Errorf("%w: bundle of %d bytes is shorter than its header", ErrMalformed, len(b))
	}
	n := int(binary.BigEndian.Uint16(b[1:3]))
	if n == 0 {
		return Tx{}, fmt.Errorf("%w: bundle has no parts", ErrMalformed)
	}
	if n > MaxBundleParts {
		return Tx{}, fmt.Errorf("%w: bundle has %d parts, at most %d: %w", ErrMalformed, n, MaxBundleParts, ErrOversize)
	}
	parts := make([]Envelope, 0, n)
	rest := b[3:]
	for i := 0; i < n; i++ {
		head, payload, next, err := cutPart(rest, 12, "bundle part", i)
		if err != nil {
			return Tx{}, err
		}
		e := Envelope{RollupID: binary.BigEndian.Uint64(head[0:8]), Payload: payload}
		if err := checkPart(e); err != nil {
			return Tx{}, fmt.Errorf("bundle part %d: %w", i, err)
		}
		parts = append(parts, e)
		rest = next
	}
	if len(rest) != 0 {
		return Tx{}, fmt.Errorf("%w: %d trailing bytes after bundle", ErrMalformed, len(rest))
	}
	return Tx{Bundle: true, Parts: parts}, nil
}
