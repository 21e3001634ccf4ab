package chainio

import (
	"context"
	"math/big"

	sdk_apk "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	sdk_osr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// EthSignatureCheckReader implements SignatureCheckReader with the middleware's
// OperatorStateRetriever and BLSApkRegistry over JSON-RPC. Aggregate keys are read with
// eth_call at the reference block, so the node must still hold that block's state.
type EthSignatureCheckReader struct {
	coordinator common.Address
	retriever   *sdk_osr.ContractOperatorStateRetrieverCaller
	apkRegistry *sdk_apk.ContractBLSApkRegistryCaller
}

var _ SignatureCheckReader = (*EthSignatureCheckReader)(nil)

// NewEthSignatureCheckReader binds the reader to the AVS's registry coordinator, the
// OperatorStateRetriever and the BLSApkRegistry.
func NewEthSignatureCheckReader(client bind.ContractCaller, coordinator, retriever, apkRegistry common.Address) (*EthSignatureCheckReader, error) {
	osr, err := sdk_osr.NewContractOperatorStateRetrieverCaller(retriever, client)
	if err != nil {
		return nil, err
	}
	apk, err := sdk_apk.NewContractBLSApkRegistryCaller(apkRegistry, client)
	if err != nil {
		return nil, err
	}
	return &EthSignatureCheckReader{coordinator: coordinator, retriever: osr, apkRegistry: apk}, nil
}

// QuorumOperators implements SignatureCheckReader.
func (r *EthSignatureCheckReader) QuorumOperators(ctx context.Context, referenceBlock uint32, quorumNumbers []byte) ([][]QuorumOperator, error) {
	state, err := r.retriever.GetOperatorState(&bind.CallOpts{Context: ctx}, r.coordinator, quorumNumbers, referenceBlock)
	if err != nil {
		return nil, err
	}
	out := make([][]QuorumOperator, len(state))
	for i, ops := range state {
		out[i] = make([]QuorumOperator, len(ops))
		for j, op := range ops {
			out[i][j] = QuorumOperator{ID: op.OperatorId, Stake: op.Stake}
		}
	}
	return out, nil
}

// QuorumApk implements SignatureCheckReader.
func (r *EthSignatureCheckReader) QuorumApk(ctx context.Context, referenceBlock uint32, quorum uint8) (*bls.G1Point, error) {
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(uint64(referenceBlock))}
	p, err := r.apkRegistry.GetApk(opts, quorum)
	if err != nil {
		return nil, err
	}
	return bls.NewG1Point(p.X, p.Y), nil
}

// CheckSignaturesIndices implements SignatureCheckReader.
func (r *EthSignatureCheckReader) CheckSignaturesIndices(ctx context.Context, referenceBlock uint32, quorumNumbers []byte, nonSigners []OperatorID) (CheckSignaturesIndices, error) {
	ids := make([][32]byte, len(nonSigners))
	copy(ids, nonSigners)
	idx, err := r.retriever.GetCheckSignaturesIndices(&bind.CallOpts{Context: ctx}, r.coordinator, referenceBlock, quorumNumbers, ids)
	if err != nil {
		return CheckSignaturesIndices{}, err
	}
	return CheckSignaturesIndices{
		NonSignerQuorumBitmapIndices: idx.NonSignerQuorumBitmapIndices,
		QuorumApkIndices:             idx.QuorumApkIndices,
		TotalStakeIndices:            idx.TotalStakeIndices,
		NonSignerStakeIndices:        idx.NonSignerStakeIndices,
	}, nil
}
