package chainio

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	el_avsd "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AVSDirectory"
	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	el_dm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	el_pc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	el_rc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	el_sb "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	el_sm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"
	sdk_apk "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	sdk_idx "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	sdk_sm "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	sdk_osr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	sdk_src "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	sdk_sock "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	sdk_stake "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/bindings/forcedinclusioninbox"
	"github.com/lockstep-xyz/lockstep/bindings/lockstepservicemanager"
)

var (
	// Solidity's built-in Error(string) and Panic(uint256).
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0}
	panicSelector       = []byte{0x4e, 0x48, 0x7b, 0x71}
)

var knownABIs = sync.OnceValues(func() ([]*abi.ABI, error) {
	metas := []*bind.MetaData{
		checkpointregistry.CheckpointRegistryMetaData,
		equivocationslasher.EquivocationSlasherMetaData,
		forcedinclusioninbox.ForcedInclusionInboxMetaData,
		lockstepservicemanager.LockstepServiceManagerMetaData,
		sdk_src.ContractSlashingRegistryCoordinatorMetaData,
		sdk_stake.ContractStakeRegistryMetaData,
		sdk_apk.ContractBLSApkRegistryMetaData,
		sdk_idx.ContractIndexRegistryMetaData,
		sdk_sock.ContractSocketRegistryMetaData,
		sdk_sm.ContractMockAvsServiceManagerMetaData,
		sdk_osr.ContractOperatorStateRetrieverMetaData,
		el_am.AllocationManagerMetaData,
		el_dm.DelegationManagerMetaData,
		el_sm.StrategyManagerMetaData,
		el_sb.StrategyBaseMetaData,
		el_pc.PermissionControllerMetaData,
		el_avsd.AVSDirectoryMetaData,
		el_rc.RewardsCoordinatorMetaData,
	}
	out := make([]*abi.ABI, 0, len(metas))
	for _, m := range metas {
		a, err := m.GetAbi()
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
})

// KnownABIs returns the ABIs DecodeRevert searches when given none: Lockstep's contracts, the
// EigenLayer middleware (registry coordinator, registries, service manager / signature checker,
// state retriever) and the EigenLayer core contracts.
func KnownABIs() []*abi.ABI {
	abis, err := knownABIs()
	if err != nil {
		// The ABIs are compiled into the binary: failing to parse them is a build defect.
		panic(fmt.Sprintf("chainio: parse embedded ABIs: %v", err))
	}
	return abis
}

// RevertData extracts the revert data from an error returned by a JSON-RPC call or gas estimate
// (geth's rpc.DataError, as anvil and geth report reverts). It looks through wrapped errors.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, err := hexutil.Decode(d)
		if err != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	default:
		return nil, false
	}
}

// DecodeRevert names the custom error a contract reverted with: it reads the revert data from
// err (see RevertData) and matches its 4-byte selector against the errors of abis, or of
// KnownABIs if none are given. Solidity's Error(string) and Panic(uint256) are decoded as
// "Error" and "Panic". ok is false if err carries no revert data or the selector is unknown.
func DecodeRevert(err error, abis ...*abi.ABI) (name string, args []any, ok bool) {
	data, found := RevertData(err)
	if !found {
		return "", nil, false
	}
	return DecodeRevertData(data, abis...)
}

// DecodeRevertData is DecodeRevert on raw revert data.
func DecodeRevertData(data []byte, abis ...*abi.ABI) (name string, args []any, ok bool) {
	if len(data) < 4 {
		return "", nil, false
	}
	sel, payload := data[:4], data[4:]
	switch {
	case bytes.Equal(sel, errorStringSelector):
		s, err := abi.UnpackRevert(data)
		if err != nil {
			return "", nil, false
		}
		return "Error", []any{s}, true
	case bytes.Equal(sel, panicSelector):
		if len(payload) != 32 {
			return "", nil, false
		}
		return "Panic", []any{new(big.Int).SetBytes(payload)}, true
	}
	if len(abis) == 0 {
		abis = KnownABIs()
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			if !bytes.Equal(e.ID[:4], sel) {
				continue
			}
			vals, err := e.Inputs.Unpack(payload)
			if err != nil {
				continue // same selector, different layout: keep looking
			}
			return e.Name, vals, true
		}
	}
	return "", nil, false
}

// RevertName is DecodeRevert for messages and assertions: the error's name, or "" if unknown.
func RevertName(err error, abis ...*abi.ABI) string {
	name, _, _ := DecodeRevert(err, abis...)
	return name
}

// FormatRevert renders a decoded revert as Name(arg, ...) for logs, or err's text if undecodable.
func FormatRevert(err error, abis ...*abi.ABI) string {
	name, args, ok := DecodeRevert(err, abis...)
	if !ok {
		if err == nil {
			return ""
		}
		return err.Error()
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprint(a)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}
