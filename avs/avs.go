// Package avs reads the Lockstep AVS's state on L1: the operators registered in the quorum at a
// block (with keys, stake and socket), the CheckpointRegistry's parameters and progress, and the
// registered rollups. Both the operator node and the aggregator use it; it only reads.
package avs

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"slices"
	"sync"

	sdk_apk "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	sdk_osr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	sdk_sock "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// Addresses are the AVS contracts the Reader reads. The JSON names are those of the
// "contracts" object of a deployment file (deployment.Deployment.WriteJSON), so LoadAddresses can
// read one directly.
type Addresses struct {
	RegistryCoordinator    common.Address `json:"registryCoordinator"`
	OperatorStateRetriever common.Address `json:"operatorStateRetriever"`
	BLSApkRegistry         common.Address `json:"blsApkRegistry"`
	SocketRegistry         common.Address `json:"socketRegistry"`
	CheckpointRegistry     common.Address `json:"checkpointRegistry"`
	// EquivocationSlasher is not read by Reader; it is here so one struct carries what the
	// aggregator writes to as well.
	EquivocationSlasher common.Address `json:"equivocationSlasher"`
}

// Check names the first missing address.
func (a Addresses) Check() error {
	for _, f := range []struct {
		name string
		addr common.Address
	}{
		{"registryCoordinator", a.RegistryCoordinator},
		{"operatorStateRetriever", a.OperatorStateRetriever},
		{"blsApkRegistry", a.BLSApkRegistry},
		{"socketRegistry", a.SocketRegistry},
		{"checkpointRegistry", a.CheckpointRegistry},
	} {
		if f.addr == (common.Address{}) {
			return fmt.Errorf("avs addresses: %s not set", f.name)
		}
	}
	return nil
}

// LoadAddresses reads the "chainId" and "contracts" of a deployment JSON file (as written by
// `lockstep-dev devnet` or deployment.Deployment.WriteJSON).
func LoadAddresses(path string) (Addresses, uint64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Addresses{}, 0, fmt.Errorf("load AVS addresses: %w", err)
	}
	var f struct {
		ChainID   uint64    `json:"chainId"`
		Contracts Addresses `json:"contracts"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return Addresses{}, 0, fmt.Errorf("load AVS addresses from %s: %w", path, err)
	}
	if err := f.Contracts.Check(); err != nil {
		return Addresses{}, 0, fmt.Errorf("load AVS addresses from %s: %w", path, err)
	}
	return f.Contracts, f.ChainID, nil
}

// Operator is an operator registered in the quorum at some L1 block.
type Operator struct {
	Address common.Address
	// ID is the middleware's operator ID: keccak256 of the G1 public key.
	ID       common.Hash
	PubkeyG1 *bls.G1Point
	PubkeyG2 *bls.G2Point
	// Stake is the operator's stake in the quorum at the block (the largest, if the registry
	// ever has several quorums).
	Stake *big.Int
	// Stakes is the operator's stake in each quorum it is registered in, by quorum number
	// (what EigenLayer's node spec reports as eigen_registered_stakes).
	Stakes map[uint8]*big.Int
	// Socket is the operator's socket string at the block read (empty from SignersAt).
	Socket string
}

// StoredCheckpoint is a checkpoint as the CheckpointRegistry stores it: the header with its L1
// origin and forced count, but not its forced accumulator (the registry checks it against the
// inbox and keeps only the count, so ForcedAcc is zero here).
type StoredCheckpoint struct {
	commitment.Checkpoint
	ReferenceBlock uint64
	L1Block        uint64
}

// Backend is what the Reader needs from a JSON-RPC client; *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractCaller
}

// Reader reads the AVS state over JSON-RPC. It is safe for concurrent use. Public keys are
// cached forever (an operator's BLS key cannot change once registered).
type Reader struct {
	addrs    Addresses
	registry *checkpointregistry.CheckpointRegistryCaller
	osr      *sdk_osr.ContractOperatorStateRetrieverCaller
	apk      *sdk_apk.ContractBLSApkRegistryCaller
	sockets  *sdk_sock.ContractSocketRegistryCaller

	mu      sync.Mutex
	keys    map[common.Address]keys
	quorums []byte
}

type keys struct {
	g1 *bls.G1Point
	g2 *bls.G2Point
}

// NewReader binds the contracts at addrs.
func NewReader(client Backend, addrs Addresses) (*Reader, error) {
	if err := addrs.Check(); err != nil {
		return nil, fmt.Errorf("new AVS reader: %w", err)
	}
	reg, err := checkpointregistry.NewCheckpointRegistryCaller(addrs.CheckpointRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("bind CheckpointRegistry: %w", err)
	}
	osr, err := sdk_osr.NewContractOperatorStateRetrieverCaller(addrs.OperatorStateRetriever, client)
	if err != nil {
		return nil, fmt.Errorf("bind OperatorStateRetriever: %w", err)
	}
	apk, err := sdk_apk.NewContractBLSApkRegistryCaller(addrs.BLSApkRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("bind BLSApkRegistry: %w", err)
	}
	sock, err := sdk_sock.NewContractSocketRegistryCaller(addrs.SocketRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("bind SocketRegistry: %w", err)
	}
	return &Reader{addrs: addrs, registry: reg, osr: osr, apk: apk, sockets: sock, keys: make(map[common.Address]keys)}, nil
}

// Addresses are the contracts the reader reads.
func (r *Reader) Addresses() Addresses { return r.addrs }

// callAt reads at block, or at the latest block if block is 0.
func callAt(ctx context.Context, block uint64) *bind.CallOpts {
	o := &bind.CallOpts{Context: ctx}
	if block > 0 {
		o.BlockNumber = new(big.Int).SetUint64(block)
	}
	return o
}

// QuorumNumbers are the quorums checkpoints must be signed by (the CheckpointRegistry's),
// read once and cached: the registry fixes them at deployment.
func (r *Reader) QuorumNumbers(ctx context.Context) ([]byte, error) {
	r.mu.Lock()
	q := r.quorums
	r.mu.Unlock()
	if q != nil {
		return slices.Clone(q), nil
	}
	q, err := r.registry.QuorumNumbers(callAt(ctx, 0))
	if err != nil {
		return nil, fmt.Errorf("read quorum numbers: %w", err)
	}
	r.mu.Lock()
	r.quorums = slices.Clone(q)
	r.mu.Unlock()
	return q, nil
}

// OperatorsAt returns the operators registered in the registry's quorums at L1 block (which
// must be mined), sorted by ID, with their keys, and the stake and socket they had at that block (so that, e.g., a
// genesis built from it does not depend on when it is built).
// An operator in several quorums is listed once with its largest stake.
func (r *Reader) OperatorsAt(ctx context.Context, block uint64) ([]Operator, error) {
	return r.operatorsAt(ctx, block, true)
}

// SignersAt is OperatorsAt without the sockets (Socket is empty): what an aggregator needs,
// in one call per block plus one per operator never seen before.
func (r *Reader) SignersAt(ctx context.Context, block uint64) ([]Operator, error) {
	return r.operatorsAt(ctx, block, false)
}

func (r *Reader) operatorsAt(ctx context.Context, block uint64, sockets bool) ([]Operator, error) {
	if block == 0 || block > uint64(^uint32(0)) {
		return nil, fmt.Errorf("read operators at block %d: block out of range", block)
	}
	quorums, err := r.QuorumNumbers(ctx)
	if err != nil {
		return nil, err
	}
	state, err := r.osr.GetOperatorState(callAt(ctx, 0), r.addrs.RegistryCoordinator, quorums, uint32(block))
	if err != nil {
		return nil, fmt.Errorf("read operator state at block %d: %w", block, err)
	}
	byID := make(map[common.Hash]*Operator)
	if len(state) != len(quorums) {
		return nil, fmt.Errorf("read operator state at block %d: %d quorums answered, %d asked", block, len(state), len(quorums))
	}
	for i, q := range state {
		for _, o := range q {
			id := common.Hash(o.OperatorId)
			if cur, ok := byID[id]; ok {
				if o.Stake.Cmp(cur.Stake) > 0 {
					cur.Stake = new(big.Int).Set(o.Stake)
				}
				cur.Stakes[quorums[i]] = new(big.Int).Set(o.Stake)
				continue
			}
			byID[id] = &Operator{Address: o.Operator, ID: id, Stake: new(big.Int).Set(o.Stake),
				Stakes: map[uint8]*big.Int{quorums[i]: new(big.Int).Set(o.Stake)}}
		}
	}
	out := make([]Operator, 0, len(byID))
	for id, o := range byID {
		k, err := r.operatorKeys(ctx, o.Address)
		if err != nil {
			return nil, fmt.Errorf("read operators at block %d: %w", block, err)
		}
		o.PubkeyG1, o.PubkeyG2 = k.g1, k.g2
		if !sockets {
			out = append(out, *o)
			continue
		}
		if o.Socket, err = r.sockets.GetOperatorSocket(callAt(ctx, block), id); err != nil {
			return nil, fmt.Errorf("read socket of operator %s at block %d: %w", id, block, err)
		}
		out = append(out, *o)
	}
	slices.SortFunc(out, func(a, b Operator) int { return a.ID.Cmp(b.ID) })
	return out, nil
}

// operatorKeys returns the operator's registered keys, from the cache if seen before.
func (r *Reader) operatorKeys(ctx context.Context, op common.Address) (keys, error) {
	r.mu.Lock()
	k, ok := r.keys[op]
	r.mu.Unlock()
	if ok {
		return k, nil
	}
	p1, err := r.apk.OperatorToPubkey(callAt(ctx, 0), op)
	if err != nil {
		return keys{}, fmt.Errorf("read G1 key of operator %s: %w", op, err)
	}
	p2, err := r.apk.GetOperatorPubkeyG2(callAt(ctx, 0), op)
	if err != nil {
		return keys{}, fmt.Errorf("read G2 key of operator %s: %w", op, err)
	}
	if p1.X.Sign() == 0 && p1.Y.Sign() == 0 {
		return keys{}, fmt.Errorf("operator %s has no registered BLS key", op)
	}
	k = keys{
		g1: bls.NewG1Point(p1.X, p1.Y),
		g2: chainio.G2ToBLS(chainio.G2Point{X: p2.X, Y: p2.Y}),
	}
	r.mu.Lock()
	r.keys[op] = k
	r.mu.Unlock()
	return k, nil
}

// ThresholdBips is the stake, in basis points of the total per quorum, a checkpoint needs.
func (r *Reader) ThresholdBips(ctx context.Context) (uint16, error) {
	b, err := r.registry.ThresholdBips(callAt(ctx, 0))
	if err != nil {
		return 0, fmt.Errorf("read threshold: %w", err)
	}
	return b, nil
}

// ForcedInclusionInbox is the inbox the registry names at block (0: latest); zero if none.
func (r *Reader) ForcedInclusionInbox(ctx context.Context, block uint64) (common.Address, error) {
	a, err := r.registry.ForcedInclusionInbox(callAt(ctx, block))
	if err != nil {
		return common.Address{}, fmt.Errorf("read the forced-inclusion inbox at block %d: %w", block, err)
	}
	return a, nil
}

// MaxReferenceAge is how many blocks old a checkpoint's reference block may be.
func (r *Reader) MaxReferenceAge(ctx context.Context) (uint32, error) {
	a, err := r.registry.MaxReferenceAge(callAt(ctx, 0))
	if err != nil {
		return 0, fmt.Errorf("read max reference age: %w", err)
	}
	return a, nil
}

// MinReferenceBlock is the lowest reference block the registry accepts: the slasher raises it
// when it ejects an operator, so no aggregate from before the ejection counts.
func (r *Reader) MinReferenceBlock(ctx context.Context) (uint64, error) {
	b, err := r.registry.MinReferenceBlock(callAt(ctx, 0))
	if err != nil {
		return 0, fmt.Errorf("read min reference block: %w", err)
	}
	return uint64(b), nil
}

// LatestCheckpoint is the number of the last checkpoint stored (0: none yet) and, if any, the
// checkpoint.
func (r *Reader) LatestCheckpoint(ctx context.Context) (uint64, *StoredCheckpoint, error) {
	// latestCheckpoint() reverts while none is stored; ask for the number first.
	n, err := r.LatestCheckpointNumber(ctx)
	if err != nil || n == 0 {
		return 0, nil, err
	}
	sc, err := r.registry.GetCheckpoint(callAt(ctx, 0), n)
	if err != nil {
		return 0, nil, fmt.Errorf("read checkpoint %d: %w", n, err)
	}
	return n, &StoredCheckpoint{
		Checkpoint: commitment.Checkpoint{
			Number: n, StartHeight: sc.StartHeight, EndHeight: sc.EndHeight, Root: sc.Root,
			L1Origin: uint64(sc.L1Origin), ForcedCount: uint64(sc.ForcedCount),
		},
		ReferenceBlock: uint64(sc.ReferenceBlock),
		L1Block:        uint64(sc.L1Block),
	}, nil
}

// LatestCheckpointNumber is the number of the last checkpoint stored (0: none yet).
func (r *Reader) LatestCheckpointNumber(ctx context.Context) (uint64, error) {
	n, err := r.registry.LatestCheckpointNumber(callAt(ctx, 0))
	if err != nil {
		return 0, fmt.Errorf("read latest checkpoint number: %w", err)
	}
	return n, nil
}

// RegisteredRollups returns the rollup IDs registered at block (0: latest), ascending.
func (r *Reader) RegisteredRollups(ctx context.Context, block uint64) ([]uint64, error) {
	ids, err := r.registry.RollupIds(callAt(ctx, block))
	if err != nil {
		return nil, fmt.Errorf("read registered rollups at block %d: %w", block, err)
	}
	slices.Sort(ids)
	return ids, nil
}
