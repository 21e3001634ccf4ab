package derive

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeChain is an in-memory Chain: a block's hash covers its parent, time, extra and
// transactions, so equal hashes mean equal blocks built in the same order.
type fakeChain struct {
	blocks          []Block
	txs             [][]string // transactions of each block
	safe, final     uint64
	builds, rewinds int
}

func newFakeChain(genesisTime uint64) *fakeChain {
	return &fakeChain{blocks: []Block{{Number: 0, Hash: common.Hash{0x9e}, Time: genesisTime}}, txs: [][]string{nil}}
}

func (c *fakeChain) Head() Block { return c.blocks[len(c.blocks)-1] }

func (c *fakeChain) BlockByNumber(n uint64) (Block, bool) {
	if n >= uint64(len(c.blocks)) {
		return Block{}, false
	}
	return c.blocks[n], true
}

func (c *fakeChain) Build(s BlockSpec) (Built, error) {
	head := c.Head()
	if s.Time <= head.Time {
		return Built{}, fmt.Errorf("time %d not after parent's %d", s.Time, head.Time)
	}
	var txs []string
	h := crypto.NewKeccakState()
	h.Write(head.Hash[:])
	h.Write(binary.BigEndian.AppendUint64(nil, s.Time))
	h.Write(s.Extra)
	for _, tx := range s.Txs {
		txs = append(txs, string(tx))
		h.Write(tx)
	}
	b := Block{Number: head.Number + 1, Time: s.Time, Extra: s.Extra}
	h.Read(b.Hash[:])
	c.blocks, c.txs = append(c.blocks, b), append(c.txs, txs)
	c.builds++
	return Built{Block: b, Included: len(txs)}, nil
}

func (c *fakeChain) Rewind(n uint64) error {
	if n < c.final {
		return fmt.Errorf("below finalized %d", c.final)
	}
	if n >= uint64(len(c.blocks)) {
		return fmt.Errorf("no block %d", n)
	}
	c.blocks, c.txs = c.blocks[:n+1], c.txs[:n+1]
	c.rewinds++
	return nil
}

func (c *fakeChain) SetSafe(n uint64) error      { c.safe = n; return nil }
func (c *fakeChain) SetFinalized(n uint64) error { c.final = n; return nil }

// layout renders the chain as "time:tx,tx|time:tx" (genesis left out).
func (c *fakeChain) layout() string {
	var parts []string
	for i := 1; i < len(c.blocks); i++ {
		parts = append(parts, fmt.Sprintf("%d:%s", c.blocks[i].Time, strings.Join(c.txs[i], ",")))
	}
	return strings.Join(parts, "|")
}

// memJournal keeps records; synced counts Sync calls.
type memJournal struct {
	recs   []Record
	synced int
}

func (j *memJournal) Append(r Record) error { j.recs = append(j.recs, r); return nil }
func (j *memJournal) Sync() error           { j.synced++; return nil }

func (j *memJournal) reader() func() (Record, bool, error) {
	i := 0
	return func() (Record, bool, error) {
		if i >= len(j.recs) {
			return Record{}, false, nil
		}
		i++
		return j.recs[i-1], true, nil
	}
}

func newDeriver(t *testing.T, c *fakeChain, j *memJournal, lead uint64) *Deriver {
	t.Helper()
	d, err := New(Config{MaxSoftLead: lead}, c, j)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Restore(j.reader()); err != nil {
		t.Fatal(err)
	}
	return d
}

// in is an input at height with block time ms, of transactions named by txs.
func in(height, ms uint64, firm bool, txs ...string) Input {
	x := Input{Height: height, TimeMs: ms, Firm: firm}
	for _, tx := range txs {
		x.Txs = append(x.Txs, []byte(tx))
		x.Hashes = append(x.Hashes, crypto.Keccak256Hash([]byte(tx)))
	}
	return x
}

func late(height, ms, index uint64, tx string) Input {
	x := in(height, ms, true, tx)
	x.Late, x.InboxIndex = true, index
	return x
}

func add(t *testing.T, d *Deriver, ins ...Input) {
	t.Helper()
	for _, x := range ins {
		if err := d.AddInput(x); err != nil {
			t.Fatalf("AddInput(%d): %v", x.Height, err)
		}
	}
}

func expect(t *testing.T, c *fakeChain, want string) {
	t.Helper()
	if got := c.layout(); got != want {
		t.Fatalf("chain:\n got %s\nwant %s", got, want)
	}
}

func TestBlocksBySecond(t *testing.T) {
	c := newFakeChain(999)
	d := newDeriver(t, c, &memJournal{}, DefaultMaxSoftLead)
	add(t, d, in(1, 1000_100, false, "a"))
	expect(t, c, "1000:a")
	add(t, d, in(2, 1000_900, false, "b", "c")) // same second: joins block 1, built again
	expect(t, c, "1000:a,b,c")
	if c.rewinds != 1 {
		t.Fatalf("rewinds %d, want 1 (block 1 rebuilt with height 2)", c.rewinds)
	}
	add(t, d, in(3, 1001_000, false, "d"), in(7, 1004_500, false, "e"))
	expect(t, c, "1000:a,b,c|1001:d|1004:e")
	first, last, n, ok := ExtraInfo(c.blocks[1].Extra)
	if !ok || first != 1 || last != 2 || n != 2 {
		t.Fatalf("extra of block 1: %d %d %d %v", first, last, n, ok)
	}
	if s := d.Status(); s.Head != 3 || s.SoftHeight != 7 || s.FirmHeight != 0 || s.Safe != 0 {
		t.Fatalf("status %+v", s)
	}
}

// Lockstep time behind genesis: the first block takes genesis+1 and inputs up to that second
// join it, so timestamps strictly increase and never run further ahead.
func TestGenesisAfterFirstHeights(t *testing.T) {
	c := newFakeChain(2000)
	d := newDeriver(t, c, &memJournal{}, DefaultMaxSoftLead)
	add(t, d, in(1, 1999_000, false, "a"), in(2, 2001_999, false, "b"), in(3, 2002_000, false, "c"))
	expect(t, c, "2001:a,b|2002:c")
}

func TestRetractAndReplace(t *testing.T) {
	c := newFakeChain(0)
	d := newDeriver(t, c, &memJournal{}, DefaultMaxSoftLead)
	add(t, d, in(1, 1000_000, false, "a"), in(2, 2000_000, false, "x"), in(3, 3000_000, false, "c"))
	expect(t, c, "1000:a|2000:x|3000:c")
	h1 := c.blocks[1].Hash
	if err := d.Retract(2); err != nil {
		t.Fatal(err)
	}
	expect(t, c, "1000:a|3000:c")
	add(t, d, in(2, 2000_000, true, "b"))
	expect(t, c, "1000:a|2000:b|3000:c")
	if c.blocks[1].Hash != h1 {
		t.Fatal("block 1 was rebuilt: the retraction was after it")
	}
	// A firm batch equal to the soft one changes nothing.
	builds := c.builds
	add(t, d, in(3, 3000_000, true, "c"))
	if c.builds != builds {
		t.Fatalf("%d builds for a firm batch equal to the soft one", c.builds-builds)
	}
}

func TestCheckpointSafeFinalized(t *testing.T) {
	c := newFakeChain(0)
	j := &memJournal{}
	d := newDeriver(t, c, j, DefaultMaxSoftLead)
	add(t, d, in(1, 1000_000, true, "a"), in(2, 1000_500, true, "b"), in(3, 2000_100, true, "c"), in(4, 2000_600, false, "d"))
	expect(t, c, "1000:a,b|2000:c,d")
	if err := d.AddCheckpoint(Checkpoint{Number: 1, EndHeight: 3, TimeMs: 2000_100, L1Block: 50}); err != nil {
		t.Fatal(err)
	}
	// Block 2 (second 2000) is not complete: height 4 may be followed by more in that second.
	if s := d.Status(); s.Safe != 1 || c.safe != 1 || s.FirmHeight != 3 {
		t.Fatalf("after checkpoint 1: status %+v, chain safe %d; want safe 1", s, c.safe)
	}
	if j.synced == 0 || len(j.recs) != 4 || j.recs[3].Checkpoint == nil {
		t.Fatalf("journal: %d records, %d syncs; want 3 firm inputs and the checkpoint, synced", len(j.recs), j.synced)
	}
	add(t, d, in(4, 2000_600, true, "d"), in(5, 3000_000, true, "e"))
	if err := d.AddCheckpoint(Checkpoint{Number: 2, EndHeight: 5, TimeMs: 3000_000, L1Block: 60}); err != nil {
		t.Fatal(err)
	}
	if s := d.Status(); s.Safe != 2 || s.Finalized != 0 {
		t.Fatalf("after checkpoint 2: %+v", s)
	}
	if err := d.L1Finalized(55); err != nil {
		t.Fatal(err)
	}
	if s := d.Status(); s.Finalized != 1 || c.final != 1 {
		t.Fatalf("L1 finalized 55 (checkpoint 1 at 50): %+v", s)
	}
	if err := d.L1Finalized(60); err != nil {
		t.Fatal(err)
	}
	if c.final != 2 {
		t.Fatalf("finalized %d, want 2", c.final)
	}
	if err := d.AddInput(in(6, 2999_000, false, "late-clock")); err != nil {
		t.Fatal(err)
	}
	expect(t, c, "1000:a,b|2000:c,d|3000:e,late-clock")
}

// A forced transaction firm from L1 after height 3 comes after height 3's batch and before
// height 4's, soft blocks after it are built again.
func TestLateInput(t *testing.T) {
	c := newFakeChain(0)
	d := newDeriver(t, c, &memJournal{}, DefaultMaxSoftLead)
	add(t, d, in(3, 1000_000, true, "a"))
	if err := d.AddCheckpoint(Checkpoint{Number: 1, EndHeight: 3, TimeMs: 1000_000, L1Block: 9}); err != nil {
		t.Fatal(err)
	}
	add(t, d, in(4, 1000_400, false, "b"), in(5, 2000_000, false, "c"))
	expect(t, c, "1000:a,b|2000:c")
	add(t, d, late(3, 1000_000, 7, "f7"), late(3, 1000_000, 8, "f8"))
	expect(t, c, "1000:a,f7,f8,b|2000:c")
	add(t, d, late(3, 1000_000, 7, "f7")) // emitted again after a restart: ignored
	expect(t, c, "1000:a,f7,f8,b|2000:c")
	if err := d.AddInput(in(4, 1000_400, false, "b").withLate()); err == nil {
		t.Fatal("a soft late input was accepted")
	}
}

func (x Input) withLate() Input { x.Late = true; return x }

func TestSoftLead(t *testing.T) {
	c := newFakeChain(0)
	d := newDeriver(t, c, &memJournal{}, 2)
	add(t, d, in(1, 1000_000, true, "a"), in(2, 2000_000, false, "b"), in(3, 3000_000, false, "c"))
	expect(t, c, "1000:a|2000:b")
	if s := d.Status(); s.Waiting != 1 || s.SoftHeight != 2 {
		t.Fatalf("status %+v, want height 3 waiting", s)
	}
	if err := d.AddCheckpoint(Checkpoint{Number: 1, EndHeight: 1, TimeMs: 1000_000}); err != nil {
		t.Fatal(err)
	}
	expect(t, c, "1000:a|2000:b|3000:c")
}

// A restart replays the journal: blocks the database kept are verified, not rebuilt; soft blocks
// are dropped; a database that lost blocks gets them rebuilt identically.
func TestRestore(t *testing.T) {
	c := newFakeChain(0)
	j := &memJournal{}
	d := newDeriver(t, c, j, DefaultMaxSoftLead)
	add(t, d, in(1, 1000_000, true, "a"), in(2, 2000_000, true, "b"), in(3, 2000_500, true, "c"))
	if err := d.AddCheckpoint(Checkpoint{Number: 1, EndHeight: 3, TimeMs: 2000_500, L1Block: 5}); err != nil {
		t.Fatal(err)
	}
	add(t, d, late(3, 2000_500, 0, "f0"), in(4, 3000_000, true, "d"))
	add(t, d, in(5, 4000_000, false, "soft"))
	expect(t, c, "1000:a|2000:b,c,f0|3000:d|4000:soft")
	want := slices.Clone(c.blocks[:4])

	builds := c.builds
	d2 := newDeriver(t, c, j, DefaultMaxSoftLead)
	expect(t, c, "1000:a|2000:b,c,f0|3000:d")
	if c.builds != builds {
		t.Fatalf("restore rebuilt %d blocks the database had", c.builds-builds)
	}
	if s := d2.Status(); s.Safe != 1 || s.FirmHeight != 3 || s.SoftHeight != 4 {
		t.Fatalf("restored status %+v", s)
	}
	// The follower emits again what it had not recorded: ignored.
	add(t, d2, in(3, 2000_500, true, "c"), late(3, 2000_500, 0, "f0"))
	if err := d2.AddCheckpoint(Checkpoint{Number: 1, EndHeight: 3, TimeMs: 2000_500, L1Block: 5}); err != nil {
		t.Fatal(err)
	}
	add(t, d2, in(5, 4000_000, false, "soft"))
	expect(t, c, "1000:a|2000:b,c,f0|3000:d|4000:soft")

	lost := newFakeChain(0)
	newDeriver(t, lost, j, DefaultMaxSoftLead)
	for i, b := range want {
		if lost.blocks[i].Hash != b.Hash {
			t.Fatalf("block %d rebuilt from the journal differs", i)
		}
	}
}

// Two nodes, one fed soft batches with a wrong one retracted, the other only firm batches,
// build the same chain.
func TestSameChainWhateverThePath(t *testing.T) {
	a, b := newFakeChain(0), newFakeChain(0)
	da := newDeriver(t, a, &memJournal{}, DefaultMaxSoftLead)
	db := newDeriver(t, b, &memJournal{}, DefaultMaxSoftLead)
	add(t, da, in(1, 1000_000, false, "a"), in(2, 1000_300, false, "forged"), in(4, 1500_000, false, "c"))
	if err := da.Retract(2); err != nil {
		t.Fatal(err)
	}
	add(t, da, in(1, 1000_000, true, "a"), in(2, 1000_300, true, "b"), in(4, 1500_000, true, "c"))
	add(t, db, in(1, 1000_000, true, "a"), in(2, 1000_300, true, "b"), in(4, 1500_000, true, "c"))
	cp := Checkpoint{Number: 1, EndHeight: 4, TimeMs: 2100_000}
	for _, d := range []*Deriver{da, db} {
		if err := d.AddCheckpoint(cp); err != nil {
			t.Fatal(err)
		}
	}
	if a.Head().Hash != b.Head().Hash || a.layout() != "1000:a,b|1500:c" {
		t.Fatalf("chains differ:\n%s %x\n%s %x", a.layout(), a.Head().Hash, b.layout(), b.Head().Hash)
	}
}
