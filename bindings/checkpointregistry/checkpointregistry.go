// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package checkpointregistry

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// BN254TypesG1Point is an auto generated low-level Go binding around an user-defined struct.
type BN254TypesG1Point struct {
	X *big.Int
	Y *big.Int
}

// BN254TypesG2Point is an auto generated low-level Go binding around an user-defined struct.
type BN254TypesG2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// IBLSSignatureCheckerNonSignerStakesAndSignature is an auto generated low-level Go binding around an user-defined struct.
type IBLSSignatureCheckerNonSignerStakesAndSignature struct {
	NonSignerQuorumBitmapIndices []uint32
	NonSignerPubkeys             []BN254TypesG1Point
	QuorumApks                   []BN254TypesG1Point
	ApkG2                        BN254TypesG2Point
	Sigma                        BN254TypesG1Point
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// ICheckpointRegistryTypesCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type ICheckpointRegistryTypesCheckpoint struct {
	Number      uint64
	StartHeight uint64
	EndHeight   uint64
	Root        [32]byte
	L1Origin    uint64
	ForcedCount uint64
	ForcedAcc   [32]byte
}

// ICheckpointRegistryTypesRollup is an auto generated low-level Go binding around an user-defined struct.
type ICheckpointRegistryTypesRollup struct {
	Owner        common.Address
	RegisteredAt uint64
	Metadata     string
}

// ICheckpointRegistryTypesStoredCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type ICheckpointRegistryTypesStoredCheckpoint struct {
	Root           [32]byte
	StartHeight    uint64
	EndHeight      uint64
	ReferenceBlock uint32
	L1Block        uint32
	L1Origin       uint32
	ForcedCount    uint32
}

// CheckpointRegistryMetaData contains all meta data concerning the CheckpointRegistry contract.
var CheckpointRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"checker\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"},{\"name\":\"quorumNumbers_\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"thresholdBips_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxReferenceAge_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_FORCED_INCLUSION_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_MAX_FORCED_PER_CHECKPOINT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_METADATA_BYTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkpointByHeight\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Origin\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"forcedCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkpointDigest\",\"inputs\":[{\"name\":\"checkpoint\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregisterRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forcedInclusionDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"forcedInclusionInbox\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getCheckpoint\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Origin\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"forcedCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Rollup\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRollupRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestCheckpoint\",\"inputs\":[],\"outputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Origin\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"forcedCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestCheckpointNumber\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestEndHeight\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestForcedCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxForcedPerCheckpoint\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxReferenceAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minReferenceBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumbers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"raiseMinReferenceBlock\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rollupOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollupIds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setForcedInclusionDelay\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setForcedInclusionInbox\",\"inputs\":[{\"name\":\"inbox\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxForcedPerCheckpoint\",\"inputs\":[{\"name\":\"newMax\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxReferenceAge\",\"inputs\":[{\"name\":\"newAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlasher\",\"inputs\":[{\"name\":\"newSlasher\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setThresholdBips\",\"inputs\":[{\"name\":\"newBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signatureChecker\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slasher\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitCheckpoint\",\"inputs\":[{\"name\":\"checkpoint\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"signature\",\"type\":\"tuple\",\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254Types.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254Types.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"thresholdBips\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferRollupOwnership\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateRollupMetadata\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CheckpointSubmitted\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ForcedInclusionDelayUpdated\",\"inputs\":[{\"name\":\"previousDelay\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newDelay\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ForcedInclusionInboxSet\",\"inputs\":[{\"name\":\"inbox\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxForcedPerCheckpointUpdated\",\"inputs\":[{\"name\":\"previousMax\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newMax\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxReferenceAgeUpdated\",\"inputs\":[{\"name\":\"previousAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinReferenceBlockRaised\",\"inputs\":[{\"name\":\"minReferenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupDeregistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupMetadataUpdated\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupOwnershipTransferred\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherSet\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ThresholdUpdated\",\"inputs\":[{\"name\":\"previousBips\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newBips\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointAlreadySubmitted\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotFound\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ForcedAccumulatorMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ForcedCursorBackwards\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedCursorBeyondQueue\",\"inputs\":[{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"queued\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedEntryNotVisible\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"queuedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedEntryOverdue\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"queuedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedInclusionInboxAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"HeightNotCheckpointed\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InsufficientSignedStake\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"thresholdBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"InvalidForcedInclusionDelay\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidHeightRange\",\"inputs\":[{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidMaxForcedPerCheckpoint\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidMaxReferenceAge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRollupId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"thresholdBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"L1OriginBackwards\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"L1OriginNotInPast\",\"inputs\":[{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"currentBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MetadataTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NonContiguousHeights\",\"inputs\":[{\"name\":\"expectedStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"gotStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NonSequentialCheckpoint\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotRollupOwner\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlySlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReferenceBlockNotInPast\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RollupAlreadyRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RollupNotRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SlasherAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StaleReferenceBlock\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oldestAllowed\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161465438038061465483398101604081905261002e91610303565b610037336101fa565b6001600160a01b038516158061005457506001600160a01b038116155b156100725760405163d92e233d60e01b815260040160405180910390fd5b83515f0361009357604051633ed9ff1160e11b815260040160405180910390fd5b5f5b8451811015610122575f8582815181106100b1576100b16103f7565b016020015160f81c905060c0811015806100fb57505f821180156100fb5750856100dc60018461040b565b815181106100ec576100ec6103f7565b016020015160f81c60ff821611155b156101195760405163459637c760e11b815260040160405180910390fd5b50600101610095565b5061012c83610216565b8163ffffffff165f036101525760405163033a721360e11b815260040160405180910390fd5b6001600160a01b038516608052600561016b85826104b4565b506040805160a0810182525f815263ffffffff84166020820181905261ffff8616928201839052601060608301819052608090920191909152600480546001600160d01b031916600160a01b90920261ffff60c01b191691909117600160c01b909202919091176001600160d01b031664010000000160d41b1790556101f0816101fa565b505050505061056e565b600180546001600160a01b031916905561021381610258565b50565b6113888161ffff1611158061023057506127108161ffff16115b156102135760405163313cc5c160e01b815261ffff8216600482015260240160405180910390fd5b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610213575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b805161ffff811681146102e0575f5ffd5b919050565b805163ffffffff811681146102e0575f5ffd5b80516102e0816102a7565b5f5f5f5f5f60a08688031215610317575f5ffd5b8551610322816102a7565b60208701519095506001600160401b0381111561033d575f5ffd5b8601601f8101881361034d575f5ffd5b80516001600160401b03811115610366576103666102bb565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610394576103946102bb565b6040528181528282016020018a10156103ab575f5ffd5b8160208401602083015e5f602083830101528096505050506103cf604087016102cf565b92506103dd606087016102e5565b91506103eb608087016102f8565b90509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561042a57634e487b7160e01b5f52601160045260245ffd5b92915050565b600181811c9082168061044457607f821691505b60208210810361046257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104af57805f5260205f20601f840160051c8101602085101561048d5750805b601f840160051c820191505b818110156104ac575f8155600101610499565b50505b505050565b81516001600160401b038111156104cd576104cd6102bb565b6104e1816104db8454610430565b84610468565b6020601f821160018114610513575f83156104fc5750848201515b5f19600385901b1c1916600184901b1784556104ac565b5f84815260208120601f198516915b828110156105425787850151825560209485019460019092019101610522565b508482101561055f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6080516140c761058d5f395f81816106b0015261305c01526140c75ff3fe608060405234801561000f575f5ffd5b506004361061029d575f3560e01c8063822d8bea11610171578063bc5c06af116100d2578063ea329afc11610088578063ee835a5f1161006e578063ee835a5f14610698578063efb2bfd3146106ab578063f2fde38b146106d2575f5ffd5b8063ea329afc14610670578063ee5dcd5014610683575f5ffd5b8063dc20aaa5116100b8578063dc20aaa51461062d578063e30c39781461063f578063e42c9e3c1461065d575f5ffd5b8063bc5c06af146105e9578063c2b7a73e1461060f575f5ffd5b80639d5e242611610127578063a590243d1161010d578063a590243d146105b0578063aabc2496146105b8578063b1344271146105cb575f5ffd5b80639d5e24261461057d578063a39384d01461059d575f5ffd5b80638e219995116101575780638e2199951461054f578063907c0f92146105625780639a7ebc221461056a575f5ffd5b8063822d8bea146104e75780638da5cb5b14610511575f5ffd5b80634f2509891161021b578063694a645e116101d157806373e50572116101b757806373e50572146104ab57806379ba5097146104be5780637c430526146104c6575f5ffd5b8063694a645e14610452578063715018a6146104a3575f5ffd5b806357e8ec431161020157806357e8ec43146104005780635b90ac8f146104285780635f25cf5914610430575f5ffd5b80634f250989146103cd57806351da5a68146103e0575f5ffd5b80631b46310611610270578063248aef1111610256578063248aef11146103685780632a8414fd1461037b5780632f2f764114610390575f5ffd5b80631b463106146103145780631f7979a214610351575f5ffd5b806304c541ba146102a15780630ddd2b84146102d9578063155f594b146102ee5780631998830414610301575b5f5ffd5b60035468010000000000000000900467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b6102ec6102e73660046133d5565b6106e5565b005b6102ec6102fc366004613401565b610804565b6102ec61030f366004613401565b6108e4565b6004547e01000000000000000000000000000000000000000000000000000000000000900461ffff165b60405161ffff90911681526020016102d0565b61035a61040081565b6040519081526020016102d0565b6102ec61037636600461347f565b6109e0565b610383610cb3565b6040516102d0919061350c565b6004547a010000000000000000000000000000000000000000000000000000900463ffffffff165b60405163ffffffff90911681526020016102d0565b6102ec6103db36600461351e565b610d43565b6103f36103ee36600461353f565b610e19565b6040516102d0919061355a565b6004547801000000000000000000000000000000000000000000000000900461ffff1661033e565b6103b8601081565b600354700100000000000000000000000000000000900463ffffffff166103b8565b61049361046036600461353f565b67ffffffffffffffff165f9081526007602052604090205473ffffffffffffffffffffffffffffffffffffffff16151590565b60405190151581526020016102d0565b6102ec610f8b565b6102ec6104b9366004613401565b610f9e565b6102ec611070565b6104d96104d436600461353f565b611122565b6040516102d0929190613628565b6003547801000000000000000000000000000000000000000000000000900463ffffffff166102bb565b5f5473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016102d0565b61035a61055d36600461365d565b6113bb565b6104d96113d5565b6102ec61057836600461351e565b611532565b61059061058b36600461353f565b6115d0565b6040516102d09190613677565b6102ec6105ab366004613685565b61174d565b61033e601081565b6102ec6105c63660046133d5565b61189e565b60025473ffffffffffffffffffffffffffffffffffffffff1661052a565b60045474010000000000000000000000000000000000000000900463ffffffff166103b8565b60045473ffffffffffffffffffffffffffffffffffffffff1661052a565b60035467ffffffffffffffff166102bb565b60015473ffffffffffffffffffffffffffffffffffffffff1661052a565b6102ec61066b3660046136d6565b6119b6565b6102ec61067e36600461353f565b611b64565b61068b611dfc565b6040516102d09190613709565b6102ec6106a6366004613755565b611e84565b61052a7f000000000000000000000000000000000000000000000000000000000000000081565b6102ec6106e03660046133d5565b612358565b6106ed612407565b73ffffffffffffffffffffffffffffffffffffffff811661073a576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60045473ffffffffffffffffffffffffffffffffffffffff161561078a576040517fab1a03e900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527f848ec50e710d7a5638c608d1123d8e9162dedb1a117b2d6c85f749fc35eb22b4906020015b60405180910390a150565b61080c612407565b8063ffffffff165f0361084b576040517fa4f1d24e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805463ffffffff8381167a0100000000000000000000000000000000000000000000000000008181027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917f2dec98aa4ce60f1fa4f1822b3102fa712c545f24e704a851849c104c6ed7d9a691015b60405180910390a15050565b60025473ffffffffffffffffffffffffffffffffffffffff16331461093c576040517f179cd0fa0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60035463ffffffff700100000000000000000000000000000000909104811690821611156109dd57600380547fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000063ffffffff8416908102919091179091556040519081527f33334c8adf7b6f6263edffb0eecf2ffcd67a959df29ff8a2c97794a75a6c4538906020016107f9565b50565b8367ffffffffffffffff165f03610a23576040517f5f11575300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84165f9081526007602052604090205473ffffffffffffffffffffffffffffffffffffffff1615610a95576040517f55ddbf1d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610933565b73ffffffffffffffffffffffffffffffffffffffff8316610ae2576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610aec8282612487565b60405180606001604052808473ffffffffffffffffffffffffffffffffffffffff1681526020014367ffffffffffffffff16815260200183838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505067ffffffffffffffff808816825260076020908152604092839020855181549287015190931674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090921673ffffffffffffffffffffffffffffffffffffffff90931692909217178155908301519091506001820190610bf09082613875565b505060088054600181018255600481047ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee301805467ffffffffffffffff808a16600390941685026101000a84810291021990911617905590545f8281526009602052604090819020919091555173ffffffffffffffffffffffffffffffffffffffff861692507f90c61666a6340cb630369e892d5ff55892dde58413bccc4f08794c0a5dd9386090610ca59086908690613930565b60405180910390a350505050565b606060058054610cc2906137e6565b80601f0160208091040260200160405190810160405280929190818152602001828054610cee906137e6565b8015610d395780601f10610d1057610100808354040283529160200191610d39565b820191905f5260205f20905b815481529060010190602001808311610d1c57829003601f168201915b5050505050905090565b610d4b612407565b8061ffff165f03610d88576040517fb2308f8d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805461ffff8381167e010000000000000000000000000000000000000000000000000000000000008181027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917fcfad4c1131bbe1a1e7a2c32952c50a829adcee44a97d638d57e058ccf0ec7d9b91016108d8565b60408051606080820183525f808352602080840182905283850183905267ffffffffffffffff86811683526007825285832086519485018752805473ffffffffffffffffffffffffffffffffffffffff8116865274010000000000000000000000000000000000000000900490911691840191909152600181018054949592949192840191610ea7906137e6565b80601f0160208091040260200160405190810160405280929190818152602001828054610ed3906137e6565b8015610f1e5780601f10610ef557610100808354040283529160200191610f1e565b820191905f5260205f20905b815481529060010190602001808311610f0157829003601f168201915b50505091909252505081519192505073ffffffffffffffffffffffffffffffffffffffff16610f85576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610933565b92915050565b610f93612407565b610f9c5f6124d2565b565b610fa6612407565b8063ffffffff165f03610fe5576040517f0674e42600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805463ffffffff838116740100000000000000000000000000000000000000008181027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917ff5067e3033ff9d6335b75c753b10a89689efd0ae2c0e4d722b0a0a9343ac0fb891016108d8565b600154339073ffffffffffffffffffffffffffffffffffffffff168114611119576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602960248201527f4f776e61626c6532537465703a2063616c6c6572206973206e6f74207468652060448201527f6e6577206f776e657200000000000000000000000000000000000000000000006064820152608401610933565b6109dd816124d2565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081018290526040805160a08101825260035467ffffffffffffffff80821683526801000000000000000082048116602084015263ffffffff7001000000000000000000000000000000008304811694840194909452740100000000000000000000000000000000000000008204841660608401527801000000000000000000000000000000000000000000000000909104909216608082015290841615806112135750806020015167ffffffffffffffff168467ffffffffffffffff16115b15611256576040517f712485e300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610933565b80516001905b8067ffffffffffffffff168267ffffffffffffffff1610156112d7575f600267ffffffffffffffff8484031604830167ffffffffffffffff8181165f90815260066020526040902060010154919250888116680100000000000000009092041610156112cd578060010192506112d1565b8091505b5061125c565b5067ffffffffffffffff8082165f90815260066020908152604091829020825160e08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000008204811660a08401527c01000000000000000000000000000000000000000000000000000000009091041660c0820152909590945092505050565b5f610f8546306113d0368690038601866139b8565b612503565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260035467ffffffffffffffff1691829003611455576040517fac477fc10000000000000000000000000000000000000000000000000000000081525f6004820152602401610933565b5067ffffffffffffffff8082165f90815260066020908152604091829020825160e08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000008204811660a08401527c01000000000000000000000000000000000000000000000000000000009091041660c08201529091565b61153a612407565b611543816125e7565b6004805461ffff83811678010000000000000000000000000000000000000000000000008181027fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917f6d376155ca9c94f7d9c66ca45d5899caa3558291c377422b93b6aefc3093f3dc91016108d8565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915267ffffffffffffffff8216158061162e575060035467ffffffffffffffff908116908316115b15611671576040517fac477fc100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610933565b5067ffffffffffffffff9081165f90815260066020908152604091829020825160e08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000008204811660a08401527c01000000000000000000000000000000000000000000000000000000009091041660c082015290565b67ffffffffffffffff83165f90815260076020526040902054839073ffffffffffffffffffffffffffffffffffffffff16806117c1576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610933565b3373ffffffffffffffffffffffffffffffffffffffff821614611822576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152336024820152604401610933565b61182c8484612487565b67ffffffffffffffff85165f908152600760205260409020600101611852848683613a46565b508467ffffffffffffffff167f63f36a083f098a5d1a399baf89cf73bc5fcbba188c44c40ce04be990664637c4858560405161188f929190613930565b60405180910390a25050505050565b6118a6612407565b73ffffffffffffffffffffffffffffffffffffffff81166118f3576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025473ffffffffffffffffffffffffffffffffffffffff1615611943576040517f9aaca9be00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527f93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e906020016107f9565b67ffffffffffffffff82165f90815260076020526040902054829073ffffffffffffffffffffffffffffffffffffffff1680611a2a576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610933565b3373ffffffffffffffffffffffffffffffffffffffff821614611a8b576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152336024820152604401610933565b73ffffffffffffffffffffffffffffffffffffffff8316611ad8576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84165f8181526007602052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff881690811790915590519092339290917fd166f67da2b0ff72b47ae18b94c238aa4b06ac483b164a9a0d82a01add830de69190a450505050565b67ffffffffffffffff81165f90815260076020526040902054819073ffffffffffffffffffffffffffffffffffffffff1680611bd8576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610933565b3373ffffffffffffffffffffffffffffffffffffffff821614611c39576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152336024820152604401610933565b67ffffffffffffffff83165f90815260076020526040812080547fffffffff0000000000000000000000000000000000000000000000000000000016815590611c856001830182613363565b505067ffffffffffffffff83165f90815260096020526040902054600854808214611d75575f6008611cb8600184613b2d565b81548110611cc857611cc8613b40565b5f918252602090912060048204015467ffffffffffffffff6008600390931683026101000a9091041691508190611d00600186613b2d565b81548110611d1057611d10613b40565b905f5260205f2090600491828204019190066008026101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508260095f8367ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f2081905550505b6008805480611d8657611d86613b6d565b5f828152602080822060045f1990940193840401805467ffffffffffffffff600860038716026101000a8102199091169091559290935590871680825260099092526040808220829055517fcb4d0512c361c434712692edfb8788af83071c7c06ffd98924bf817be46a02929190a25050505050565b60606008805480602002602001604051908101604052809291908181526020018280548015610d3957602002820191905f5260205f20905f905b82829054906101000a900467ffffffffffffffff1667ffffffffffffffff1681526020019060080190602082600701049283019260010382029150808411611e365790505050505050905090565b6040805160a0808201835260035467ffffffffffffffff80821684526801000000000000000082041660208085019190915263ffffffff700100000000000000000000000000000000830481168587015274010000000000000000000000000000000000000000808404821660608088019190915278010000000000000000000000000000000000000000000000009485900483166080808901919091528851968701895260045473ffffffffffffffffffffffffffffffffffffffff8116885292830484169487019490945261ffff9482048516978601979097527a0100000000000000000000000000000000000000000000000000008104909116958401959095527e01000000000000000000000000000000000000000000000000000000000000909404169281019290925290611fbe828661263e565b611fc982828661285c565b611fe282611fdd60a088016080890161353f565b612946565b611fed828287612a07565b5f61200246306113d0368a90038a018a6139b8565b90505f6120158287878660400151612f75565b90505f612025602089018961353f565b90505f61203860608a0160408b0161353f565b90505f61204b60a08b0160808c0161353f565b90505f61205e60c08c0160a08d0161353f565b90506040518060e001604052808c6060013581526020018c6020016020810190612088919061353f565b67ffffffffffffffff1681526020018467ffffffffffffffff1681526020018b63ffffffff1681526020014363ffffffff1681526020018363ffffffff1681526020018263ffffffff1681525060065f8667ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f01556020820151816001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060608201518160010160106101000a81548163ffffffff021916908363ffffffff16021790555060808201518160010160146101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555060c082015181600101601c6101000a81548163ffffffff021916908363ffffffff16021790555090505083885f019067ffffffffffffffff16908167ffffffffffffffff168152505082886020019067ffffffffffffffff16908167ffffffffffffffff168152505081886060019063ffffffff16908163ffffffff168152505080886080019063ffffffff16908163ffffffff16815250508760035f820151815f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506020820151815f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160106101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f0160186101000a81548163ffffffff021916908363ffffffff16021790555090505061234b8b878c88613207565b5050505050505050505050565b612360612407565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556123c25f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610f9c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610933565b6104008111156124ce576040517f9b05b6a6000000000000000000000000000000000000000000000000000000008152600481018290526104006024820152604401610933565b5050565b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556109dd816132ef565b5f7fe68fa26e7a78e62fe044334da0d963e6f1f8e79acef3af724e9955fc39b28f658484845f015185602001518660400151876060015188608001518960a001518a60c001516040516020016125c79a99989796959493929190998a5260208a019890985273ffffffffffffffffffffffffffffffffffffffff96909616604089015267ffffffffffffffff9485166060890152928416608088015290831660a087015260c0860152811660e0850152166101008301526101208201526101400190565b6040516020818303038152906040528051906020012090505b9392505050565b6113888161ffff1611158061260157506127108161ffff16115b156109dd576040517f313cc5c100000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610933565b5f61264c602083018361353f565b9050825f015167ffffffffffffffff168167ffffffffffffffff161115801561267e575067ffffffffffffffff811615155b156126c1576040517fbea436f200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610933565b825160010167ffffffffffffffff82811690821614612720576040517fc64f171500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808316600483015283166024820152604401610933565b5f846020015160016127329190613b9a565b905067ffffffffffffffff811661274f604086016020870161353f565b67ffffffffffffffff16146127b5578061276f604086016020870161353f565b6040517f80d9cdc300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610933565b6127c5604085016020860161353f565b67ffffffffffffffff166127df606086016040870161353f565b67ffffffffffffffff161015612855576127ff604085016020860161353f565b61280f606086016040870161353f565b6040517f88a65e2000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610933565b5050505050565b438163ffffffff16106128a9576040517f41b1af0900000000000000000000000000000000000000000000000000000000815263ffffffff82166004820152436024820152604401610933565b5f826020015163ffffffff1643116128c1575f6128cf565b826020015163ffffffff1643035b9050836040015163ffffffff168110156128f05750604083015163ffffffff165b808263ffffffff161015612940576040517fdcf478ae00000000000000000000000000000000000000000000000000000000815263ffffffff808416600483015282166024820152604401610933565b50505050565b438167ffffffffffffffff161061299b576040517f3297cf1600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152436024820152604401610933565b816060015163ffffffff168167ffffffffffffffff1610156124ce5760608201516040517fcc27670600000000000000000000000000000000000000000000000000000000815263ffffffff909116600482015267ffffffffffffffff82166024820152604401610933565b5f612a1860c0830160a0840161353f565b608085015190915063ffffffff1667ffffffffffffffff8216811115612a7e576040517fc9ec23e000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808316600483015283166024820152604401610933565b835173ffffffffffffffffffffffffffffffffffffffff16612b365767ffffffffffffffff821615612aee576040517fc0f0db9500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201525f6024820152604401610933565b60c083013515612855576040517f326b01f60000000000000000000000000000000000000000000000000000000081525f600482015260c08401356024820152604401610933565b5f845f015190505f8173ffffffffffffffffffffffffffffffffffffffff166306661abd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612b87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bab9190613bba565b90508067ffffffffffffffff168467ffffffffffffffff161115612c0f576040517fc0f0db9500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808616600483015282166024820152604401610933565b6040517ff7a2ce3d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f9073ffffffffffffffffffffffffffffffffffffffff84169063f7a2ce3d90602401602060405180830381865afa158015612c83573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ca79190613bd5565b90508560c001358114612cf3576040517f326b01f60000000000000000000000000000000000000000000000000000000081526004810182905260c08701356024820152604401610933565b5f612d0460a088016080890161353f565b905067ffffffffffffffff861615612e26576040517f6ced947d0000000000000000000000000000000000000000000000000000000081525f19870167ffffffffffffffff81166004830152905f9073ffffffffffffffffffffffffffffffffffffffff871690636ced947d90602401608060405180830381865afa158015612d8f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612db39190613bec565b6020015190508267ffffffffffffffff168167ffffffffffffffff161115612e23576040517f0523d3e000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8084166004830152808316602483015284166044820152606401610933565b50505b84860367ffffffffffffffff808516908816108015612e565750886080015161ffff168167ffffffffffffffff16105b15612f69576040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201525f9073ffffffffffffffffffffffffffffffffffffffff871690636ced947d90602401608060405180830381865afa158015612ecf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ef39190613bec565b9050806060015167ffffffffffffffff168367ffffffffffffffff16111561234b5760208101516040517f1d5bfc0500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015291821660248201529084166044820152606401610933565b50505050505050505050565b5f5f60058054612f84906137e6565b80601f0160208091040260200160405190810160405280929190818152602001828054612fb0906137e6565b8015612ffb5780601f10612fd257610100808354040283529160200191612ffb565b820191905f5260205f20905b815481529060010190602001808311612fde57829003601f168201915b5050505050905061301f604051806040016040528060608152602001606081525090565b6040517f6efb463600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636efb463690613097908a9086908b908b90600401613e1a565b5f60405180830381865afa1580156130b1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526130d89190810190613fee565b935090505f5b82518110156131fc575f825f015182815181106130fd576130fd613b40565b602002602001015190505f8360200151838151811061311e5761311e613b40565b60200260200101519050806bffffffffffffffffffffffff165f1480613177575061315b61ffff88166bffffffffffffffffffffffff83166140b0565b6131756127106bffffffffffffffffffffffff85166140b0565b105b156131f25784838151811061318e5761318e613b40565b01602001516040517f594da63a00000000000000000000000000000000000000000000000000000000815260f89190911c60048201526bffffffffffffffffffffffff83811660248301528216604482015261ffff88166064820152608401610933565b50506001016130de565b505050949350505050565b613214602085018561353f565b67ffffffffffffffff167f4a1c984ed5602494267471900bee3c0dc523a3df26db87f10fb23f61b8af977d61324f604087016020880161353f565b61325f606088016040890161353f565b606088013587878761327760a08d0160808e0161353f565b61328760c08e0160a08f0161353f565b6040805167ffffffffffffffff998a1681529789166020890152870195909552606086019390935263ffffffff909116608085015260a0840152831660c083810191909152921660e0820152908701356101008201526101200160405180910390a250505050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b50805461336f906137e6565b5f825580601f1061337e575050565b601f0160209004905f5260205f20908101906109dd91905b808211156133a9575f8155600101613396565b5090565b803573ffffffffffffffffffffffffffffffffffffffff811681146133d0575f5ffd5b919050565b5f602082840312156133e5575f5ffd5b6125e0826133ad565b803563ffffffff811681146133d0575f5ffd5b5f60208284031215613411575f5ffd5b6125e0826133ee565b67ffffffffffffffff811681146109dd575f5ffd5b80356133d08161341a565b5f5f83601f84011261344a575f5ffd5b50813567ffffffffffffffff811115613461575f5ffd5b602083019150836020828501011115613478575f5ffd5b9250929050565b5f5f5f5f60608587031215613492575f5ffd5b843561349d8161341a565b93506134ab602086016133ad565b9250604085013567ffffffffffffffff8111156134c6575f5ffd5b6134d28782880161343a565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6125e060208301846134de565b5f6020828403121561352e575f5ffd5b813561ffff811681146125e0575f5ffd5b5f6020828403121561354f575f5ffd5b81356125e08161341a565b6020815273ffffffffffffffffffffffffffffffffffffffff825116602082015267ffffffffffffffff60208301511660408201525f60408301516060808401526135a860808401826134de565b949350505050565b8051825267ffffffffffffffff602082015116602083015267ffffffffffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff608082015116608083015263ffffffff60a08201511660a083015260c081015161362360c084018263ffffffff169052565b505050565b67ffffffffffffffff8316815261010081016125e060208301846135b0565b5f60e08284031215613657575f5ffd5b50919050565b5f60e0828403121561366d575f5ffd5b6125e08383613647565b60e08101610f8582846135b0565b5f5f5f60408486031215613697575f5ffd5b83356136a28161341a565b9250602084013567ffffffffffffffff8111156136bd575f5ffd5b6136c98682870161343a565b9497909650939450505050565b5f5f604083850312156136e7575f5ffd5b82356136f28161341a565b9150613700602084016133ad565b90509250929050565b602080825282518282018190525f918401906040840190835b8181101561374a57835167ffffffffffffffff16835260209384019390920191600101613722565b509095945050505050565b5f5f5f6101208486031215613768575f5ffd5b6137728585613647565b925061378060e085016133ee565b915061010084013567ffffffffffffffff81111561379c575f5ffd5b840161018081870312156137ae575f5ffd5b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c908216806137fa57607f821691505b602082108103613657577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561362357805f5260205f20601f840160051c810160208510156138565750805b601f840160051c820191505b81811015612855575f8155600101613862565b815167ffffffffffffffff81111561388f5761388f6137b9565b6138a38161389d84546137e6565b84613831565b6020601f8211600181146138d5575f83156138be5750848201515b5f19600385901b1c1916600184901b178455612855565b5f84815260208120601f198516915b8281101561390457878501518255602094850194600190920191016138e4565b508482101561392157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b60405160e0810167ffffffffffffffff81118282101715613981576139816137b9565b60405290565b604051601f8201601f1916810167ffffffffffffffff811182821017156139b0576139b06137b9565b604052919050565b5f60e08284031280156139c9575f5ffd5b506139d261395e565b82356139dd8161341a565b815260208301356139ed8161341a565b60208201526040830135613a008161341a565b6040820152606083810135908201526080830135613a1d8161341a565b6080820152613a2e60a0840161342f565b60a082015260c0928301359281019290925250919050565b67ffffffffffffffff831115613a5e57613a5e6137b9565b613a7283613a6c83546137e6565b83613831565b5f601f841160018114613aa3575f8515613a8c5750838201355b5f19600387901b1c1916600186901b178355612855565b5f83815260208120601f198716915b82811015613ad25786850135825560209485019460019092019101613ab2565b5086821015613aee575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610f8557610f85613b00565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b67ffffffffffffffff8181168382160190811115610f8557610f85613b00565b5f60208284031215613bca575f5ffd5b81516125e08161341a565b5f60208284031215613be5575f5ffd5b5051919050565b5f6080828403128015613bfd575f5ffd5b506040516080810167ffffffffffffffff81118282101715613c2157613c216137b9565b604052825181526020830151613c368161341a565b60208201526040830151613c498161341a565b60408201526060830151613c5c8161341a565b60608201529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613c9b575f5ffd5b830160208101925035905067ffffffffffffffff811115613cba575f5ffd5b8060051b3603821315613478575f5ffd5b8183526020830192505f815f5b84811015613d045763ffffffff613cee836133ee565b1686526020958601959190910190600101613cd8565b5093949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613d41575f5ffd5b830160208101925035905067ffffffffffffffff811115613d60575f5ffd5b8060061b3603821315613478575f5ffd5b8183526020830192505f815f5b84811015613d0457813586526020808301359087015260409586019590910190600101613d7e565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b86811015613e0e57601f19848403018852613deb8287613c68565b613df6858284613ccb565b60209a8b019a90955093909301925050600101613dd0565b50909695505050505050565b848152608060208201525f613e3260808301866134de565b63ffffffff851660408401528281036060840152613e508485613c68565b6101808352613e6461018084018284613ccb565b915050613e746020860186613d0e565b8383036020850152613e87838284613d71565b92505050613e986040860186613d0e565b8383036040850152613eab838284613d71565b92505050613ebf6060830160608701613da6565b613ed960e0830160e0870180358252602090810135910152565b613ee7610120860186613c68565b838303610120850152613efb838284613ccb565b92505050613f0d610140860186613c68565b838303610140850152613f21838284613ccb565b92505050613f33610160860186613c68565b838303610160850152613f47838284613db9565b9a9950505050505050505050565b5f82601f830112613f64575f5ffd5b815167ffffffffffffffff811115613f7e57613f7e6137b9565b8060051b613f8e60208201613987565b91825260208185018101929081019086841115613fa9575f5ffd5b6020860192505b83831015613fe45782516bffffffffffffffffffffffff81168114613fd3575f5ffd5b825260209283019290910190613fb0565b9695505050505050565b5f5f60408385031215613fff575f5ffd5b825167ffffffffffffffff811115614015575f5ffd5b830160408186031215614026575f5ffd5b6040805190810167ffffffffffffffff81118282101715614049576140496137b9565b604052815167ffffffffffffffff811115614062575f5ffd5b61406e87828501613f55565b825250602082015167ffffffffffffffff81111561408a575f5ffd5b61409687828501613f55565b602083810191909152959095015190969095509350505050565b8082028115828204841417610f8557610f85613b0056",
}

// CheckpointRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use CheckpointRegistryMetaData.ABI instead.
var CheckpointRegistryABI = CheckpointRegistryMetaData.ABI

// CheckpointRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CheckpointRegistryMetaData.Bin instead.
var CheckpointRegistryBin = CheckpointRegistryMetaData.Bin

// DeployCheckpointRegistry deploys a new Ethereum contract, binding an instance of CheckpointRegistry to it.
func DeployCheckpointRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, checker common.Address, quorumNumbers_ []byte, thresholdBips_ uint16, maxReferenceAge_ uint32, initialOwner common.Address) (common.Address, *types.Transaction, *CheckpointRegistry, error) {
	parsed, err := CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CheckpointRegistryBin), backend, checker, quorumNumbers_, thresholdBips_, maxReferenceAge_, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CheckpointRegistry{CheckpointRegistryCaller: CheckpointRegistryCaller{contract: contract}, CheckpointRegistryTransactor: CheckpointRegistryTransactor{contract: contract}, CheckpointRegistryFilterer: CheckpointRegistryFilterer{contract: contract}}, nil
}

// CheckpointRegistry is an auto generated Go binding around an Ethereum contract.
type CheckpointRegistry struct {
	CheckpointRegistryCaller     // Read-only binding to the contract
	CheckpointRegistryTransactor // Write-only binding to the contract
	CheckpointRegistryFilterer   // Log filterer for contract events
}

// CheckpointRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type CheckpointRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CheckpointRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CheckpointRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CheckpointRegistrySession struct {
	Contract     *CheckpointRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// CheckpointRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CheckpointRegistryCallerSession struct {
	Contract *CheckpointRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// CheckpointRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CheckpointRegistryTransactorSession struct {
	Contract     *CheckpointRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// CheckpointRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type CheckpointRegistryRaw struct {
	Contract *CheckpointRegistry // Generic contract binding to access the raw methods on
}

// CheckpointRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CheckpointRegistryCallerRaw struct {
	Contract *CheckpointRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// CheckpointRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CheckpointRegistryTransactorRaw struct {
	Contract *CheckpointRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCheckpointRegistry creates a new instance of CheckpointRegistry, bound to a specific deployed contract.
func NewCheckpointRegistry(address common.Address, backend bind.ContractBackend) (*CheckpointRegistry, error) {
	contract, err := bindCheckpointRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistry{CheckpointRegistryCaller: CheckpointRegistryCaller{contract: contract}, CheckpointRegistryTransactor: CheckpointRegistryTransactor{contract: contract}, CheckpointRegistryFilterer: CheckpointRegistryFilterer{contract: contract}}, nil
}

// NewCheckpointRegistryCaller creates a new read-only instance of CheckpointRegistry, bound to a specific deployed contract.
func NewCheckpointRegistryCaller(address common.Address, caller bind.ContractCaller) (*CheckpointRegistryCaller, error) {
	contract, err := bindCheckpointRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryCaller{contract: contract}, nil
}

// NewCheckpointRegistryTransactor creates a new write-only instance of CheckpointRegistry, bound to a specific deployed contract.
func NewCheckpointRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*CheckpointRegistryTransactor, error) {
	contract, err := bindCheckpointRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryTransactor{contract: contract}, nil
}

// NewCheckpointRegistryFilterer creates a new log filterer instance of CheckpointRegistry, bound to a specific deployed contract.
func NewCheckpointRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*CheckpointRegistryFilterer, error) {
	contract, err := bindCheckpointRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryFilterer{contract: contract}, nil
}

// bindCheckpointRegistry binds a generic wrapper to an already deployed contract.
func bindCheckpointRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointRegistry *CheckpointRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointRegistry.Contract.CheckpointRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointRegistry *CheckpointRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.CheckpointRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointRegistry *CheckpointRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.CheckpointRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointRegistry *CheckpointRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointRegistry *CheckpointRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointRegistry *CheckpointRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTFORCEDINCLUSIONDELAY is a free data retrieval call binding the contract method 0x5b90ac8f.
//
// Solidity: function DEFAULT_FORCED_INCLUSION_DELAY() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCaller) DEFAULTFORCEDINCLUSIONDELAY(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "DEFAULT_FORCED_INCLUSION_DELAY")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTFORCEDINCLUSIONDELAY is a free data retrieval call binding the contract method 0x5b90ac8f.
//
// Solidity: function DEFAULT_FORCED_INCLUSION_DELAY() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistrySession) DEFAULTFORCEDINCLUSIONDELAY() (uint32, error) {
	return _CheckpointRegistry.Contract.DEFAULTFORCEDINCLUSIONDELAY(&_CheckpointRegistry.CallOpts)
}

// DEFAULTFORCEDINCLUSIONDELAY is a free data retrieval call binding the contract method 0x5b90ac8f.
//
// Solidity: function DEFAULT_FORCED_INCLUSION_DELAY() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) DEFAULTFORCEDINCLUSIONDELAY() (uint32, error) {
	return _CheckpointRegistry.Contract.DEFAULTFORCEDINCLUSIONDELAY(&_CheckpointRegistry.CallOpts)
}

// DEFAULTMAXFORCEDPERCHECKPOINT is a free data retrieval call binding the contract method 0xa590243d.
//
// Solidity: function DEFAULT_MAX_FORCED_PER_CHECKPOINT() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistryCaller) DEFAULTMAXFORCEDPERCHECKPOINT(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "DEFAULT_MAX_FORCED_PER_CHECKPOINT")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// DEFAULTMAXFORCEDPERCHECKPOINT is a free data retrieval call binding the contract method 0xa590243d.
//
// Solidity: function DEFAULT_MAX_FORCED_PER_CHECKPOINT() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistrySession) DEFAULTMAXFORCEDPERCHECKPOINT() (uint16, error) {
	return _CheckpointRegistry.Contract.DEFAULTMAXFORCEDPERCHECKPOINT(&_CheckpointRegistry.CallOpts)
}

// DEFAULTMAXFORCEDPERCHECKPOINT is a free data retrieval call binding the contract method 0xa590243d.
//
// Solidity: function DEFAULT_MAX_FORCED_PER_CHECKPOINT() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) DEFAULTMAXFORCEDPERCHECKPOINT() (uint16, error) {
	return _CheckpointRegistry.Contract.DEFAULTMAXFORCEDPERCHECKPOINT(&_CheckpointRegistry.CallOpts)
}

// MAXMETADATABYTES is a free data retrieval call binding the contract method 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (_CheckpointRegistry *CheckpointRegistryCaller) MAXMETADATABYTES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "MAX_METADATA_BYTES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXMETADATABYTES is a free data retrieval call binding the contract method 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (_CheckpointRegistry *CheckpointRegistrySession) MAXMETADATABYTES() (*big.Int, error) {
	return _CheckpointRegistry.Contract.MAXMETADATABYTES(&_CheckpointRegistry.CallOpts)
}

// MAXMETADATABYTES is a free data retrieval call binding the contract method 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) MAXMETADATABYTES() (*big.Int, error) {
	return _CheckpointRegistry.Contract.MAXMETADATABYTES(&_CheckpointRegistry.CallOpts)
}

// CheckpointByHeight is a free data retrieval call binding the contract method 0x7c430526.
//
// Solidity: function checkpointByHeight(uint64 height) view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCaller) CheckpointByHeight(opts *bind.CallOpts, height uint64) (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "checkpointByHeight", height)

	if err != nil {
		return *new(uint64), *new(ICheckpointRegistryTypesStoredCheckpoint), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	out1 := *abi.ConvertType(out[1], new(ICheckpointRegistryTypesStoredCheckpoint)).(*ICheckpointRegistryTypesStoredCheckpoint)

	return out0, out1, err

}

// CheckpointByHeight is a free data retrieval call binding the contract method 0x7c430526.
//
// Solidity: function checkpointByHeight(uint64 height) view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistrySession) CheckpointByHeight(height uint64) (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.CheckpointByHeight(&_CheckpointRegistry.CallOpts, height)
}

// CheckpointByHeight is a free data retrieval call binding the contract method 0x7c430526.
//
// Solidity: function checkpointByHeight(uint64 height) view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCallerSession) CheckpointByHeight(height uint64) (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.CheckpointByHeight(&_CheckpointRegistry.CallOpts, height)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8e219995.
//
// Solidity: function checkpointDigest((uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) checkpoint) view returns(bytes32)
func (_CheckpointRegistry *CheckpointRegistryCaller) CheckpointDigest(opts *bind.CallOpts, checkpoint ICheckpointRegistryTypesCheckpoint) ([32]byte, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "checkpointDigest", checkpoint)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8e219995.
//
// Solidity: function checkpointDigest((uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) checkpoint) view returns(bytes32)
func (_CheckpointRegistry *CheckpointRegistrySession) CheckpointDigest(checkpoint ICheckpointRegistryTypesCheckpoint) ([32]byte, error) {
	return _CheckpointRegistry.Contract.CheckpointDigest(&_CheckpointRegistry.CallOpts, checkpoint)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8e219995.
//
// Solidity: function checkpointDigest((uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) checkpoint) view returns(bytes32)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) CheckpointDigest(checkpoint ICheckpointRegistryTypesCheckpoint) ([32]byte, error) {
	return _CheckpointRegistry.Contract.CheckpointDigest(&_CheckpointRegistry.CallOpts, checkpoint)
}

// ForcedInclusionDelay is a free data retrieval call binding the contract method 0x2f2f7641.
//
// Solidity: function forcedInclusionDelay() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCaller) ForcedInclusionDelay(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "forcedInclusionDelay")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ForcedInclusionDelay is a free data retrieval call binding the contract method 0x2f2f7641.
//
// Solidity: function forcedInclusionDelay() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistrySession) ForcedInclusionDelay() (uint32, error) {
	return _CheckpointRegistry.Contract.ForcedInclusionDelay(&_CheckpointRegistry.CallOpts)
}

// ForcedInclusionDelay is a free data retrieval call binding the contract method 0x2f2f7641.
//
// Solidity: function forcedInclusionDelay() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) ForcedInclusionDelay() (uint32, error) {
	return _CheckpointRegistry.Contract.ForcedInclusionDelay(&_CheckpointRegistry.CallOpts)
}

// ForcedInclusionInbox is a free data retrieval call binding the contract method 0xc2b7a73e.
//
// Solidity: function forcedInclusionInbox() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCaller) ForcedInclusionInbox(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "forcedInclusionInbox")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ForcedInclusionInbox is a free data retrieval call binding the contract method 0xc2b7a73e.
//
// Solidity: function forcedInclusionInbox() view returns(address)
func (_CheckpointRegistry *CheckpointRegistrySession) ForcedInclusionInbox() (common.Address, error) {
	return _CheckpointRegistry.Contract.ForcedInclusionInbox(&_CheckpointRegistry.CallOpts)
}

// ForcedInclusionInbox is a free data retrieval call binding the contract method 0xc2b7a73e.
//
// Solidity: function forcedInclusionInbox() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) ForcedInclusionInbox() (common.Address, error) {
	return _CheckpointRegistry.Contract.ForcedInclusionInbox(&_CheckpointRegistry.CallOpts)
}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 number) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCaller) GetCheckpoint(opts *bind.CallOpts, number uint64) (ICheckpointRegistryTypesStoredCheckpoint, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "getCheckpoint", number)

	if err != nil {
		return *new(ICheckpointRegistryTypesStoredCheckpoint), err
	}

	out0 := *abi.ConvertType(out[0], new(ICheckpointRegistryTypesStoredCheckpoint)).(*ICheckpointRegistryTypesStoredCheckpoint)

	return out0, err

}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 number) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistrySession) GetCheckpoint(number uint64) (ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.GetCheckpoint(&_CheckpointRegistry.CallOpts, number)
}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 number) view returns((bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCallerSession) GetCheckpoint(number uint64) (ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.GetCheckpoint(&_CheckpointRegistry.CallOpts, number)
}

// GetRollup is a free data retrieval call binding the contract method 0x51da5a68.
//
// Solidity: function getRollup(uint64 rollupId) view returns((address,uint64,string))
func (_CheckpointRegistry *CheckpointRegistryCaller) GetRollup(opts *bind.CallOpts, rollupId uint64) (ICheckpointRegistryTypesRollup, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "getRollup", rollupId)

	if err != nil {
		return *new(ICheckpointRegistryTypesRollup), err
	}

	out0 := *abi.ConvertType(out[0], new(ICheckpointRegistryTypesRollup)).(*ICheckpointRegistryTypesRollup)

	return out0, err

}

// GetRollup is a free data retrieval call binding the contract method 0x51da5a68.
//
// Solidity: function getRollup(uint64 rollupId) view returns((address,uint64,string))
func (_CheckpointRegistry *CheckpointRegistrySession) GetRollup(rollupId uint64) (ICheckpointRegistryTypesRollup, error) {
	return _CheckpointRegistry.Contract.GetRollup(&_CheckpointRegistry.CallOpts, rollupId)
}

// GetRollup is a free data retrieval call binding the contract method 0x51da5a68.
//
// Solidity: function getRollup(uint64 rollupId) view returns((address,uint64,string))
func (_CheckpointRegistry *CheckpointRegistryCallerSession) GetRollup(rollupId uint64) (ICheckpointRegistryTypesRollup, error) {
	return _CheckpointRegistry.Contract.GetRollup(&_CheckpointRegistry.CallOpts, rollupId)
}

// IsRollupRegistered is a free data retrieval call binding the contract method 0x694a645e.
//
// Solidity: function isRollupRegistered(uint64 rollupId) view returns(bool)
func (_CheckpointRegistry *CheckpointRegistryCaller) IsRollupRegistered(opts *bind.CallOpts, rollupId uint64) (bool, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "isRollupRegistered", rollupId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRollupRegistered is a free data retrieval call binding the contract method 0x694a645e.
//
// Solidity: function isRollupRegistered(uint64 rollupId) view returns(bool)
func (_CheckpointRegistry *CheckpointRegistrySession) IsRollupRegistered(rollupId uint64) (bool, error) {
	return _CheckpointRegistry.Contract.IsRollupRegistered(&_CheckpointRegistry.CallOpts, rollupId)
}

// IsRollupRegistered is a free data retrieval call binding the contract method 0x694a645e.
//
// Solidity: function isRollupRegistered(uint64 rollupId) view returns(bool)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) IsRollupRegistered(rollupId uint64) (bool, error) {
	return _CheckpointRegistry.Contract.IsRollupRegistered(&_CheckpointRegistry.CallOpts, rollupId)
}

// LatestCheckpoint is a free data retrieval call binding the contract method 0x907c0f92.
//
// Solidity: function latestCheckpoint() view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCaller) LatestCheckpoint(opts *bind.CallOpts) (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "latestCheckpoint")

	if err != nil {
		return *new(uint64), *new(ICheckpointRegistryTypesStoredCheckpoint), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	out1 := *abi.ConvertType(out[1], new(ICheckpointRegistryTypesStoredCheckpoint)).(*ICheckpointRegistryTypesStoredCheckpoint)

	return out0, out1, err

}

// LatestCheckpoint is a free data retrieval call binding the contract method 0x907c0f92.
//
// Solidity: function latestCheckpoint() view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistrySession) LatestCheckpoint() (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.LatestCheckpoint(&_CheckpointRegistry.CallOpts)
}

// LatestCheckpoint is a free data retrieval call binding the contract method 0x907c0f92.
//
// Solidity: function latestCheckpoint() view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCallerSession) LatestCheckpoint() (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.LatestCheckpoint(&_CheckpointRegistry.CallOpts)
}

// LatestCheckpointNumber is a free data retrieval call binding the contract method 0xdc20aaa5.
//
// Solidity: function latestCheckpointNumber() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistryCaller) LatestCheckpointNumber(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "latestCheckpointNumber")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestCheckpointNumber is a free data retrieval call binding the contract method 0xdc20aaa5.
//
// Solidity: function latestCheckpointNumber() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistrySession) LatestCheckpointNumber() (uint64, error) {
	return _CheckpointRegistry.Contract.LatestCheckpointNumber(&_CheckpointRegistry.CallOpts)
}

// LatestCheckpointNumber is a free data retrieval call binding the contract method 0xdc20aaa5.
//
// Solidity: function latestCheckpointNumber() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) LatestCheckpointNumber() (uint64, error) {
	return _CheckpointRegistry.Contract.LatestCheckpointNumber(&_CheckpointRegistry.CallOpts)
}

// LatestEndHeight is a free data retrieval call binding the contract method 0x04c541ba.
//
// Solidity: function latestEndHeight() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistryCaller) LatestEndHeight(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "latestEndHeight")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestEndHeight is a free data retrieval call binding the contract method 0x04c541ba.
//
// Solidity: function latestEndHeight() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistrySession) LatestEndHeight() (uint64, error) {
	return _CheckpointRegistry.Contract.LatestEndHeight(&_CheckpointRegistry.CallOpts)
}

// LatestEndHeight is a free data retrieval call binding the contract method 0x04c541ba.
//
// Solidity: function latestEndHeight() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) LatestEndHeight() (uint64, error) {
	return _CheckpointRegistry.Contract.LatestEndHeight(&_CheckpointRegistry.CallOpts)
}

// LatestForcedCount is a free data retrieval call binding the contract method 0x822d8bea.
//
// Solidity: function latestForcedCount() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistryCaller) LatestForcedCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "latestForcedCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestForcedCount is a free data retrieval call binding the contract method 0x822d8bea.
//
// Solidity: function latestForcedCount() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistrySession) LatestForcedCount() (uint64, error) {
	return _CheckpointRegistry.Contract.LatestForcedCount(&_CheckpointRegistry.CallOpts)
}

// LatestForcedCount is a free data retrieval call binding the contract method 0x822d8bea.
//
// Solidity: function latestForcedCount() view returns(uint64)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) LatestForcedCount() (uint64, error) {
	return _CheckpointRegistry.Contract.LatestForcedCount(&_CheckpointRegistry.CallOpts)
}

// MaxForcedPerCheckpoint is a free data retrieval call binding the contract method 0x1b463106.
//
// Solidity: function maxForcedPerCheckpoint() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistryCaller) MaxForcedPerCheckpoint(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "maxForcedPerCheckpoint")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MaxForcedPerCheckpoint is a free data retrieval call binding the contract method 0x1b463106.
//
// Solidity: function maxForcedPerCheckpoint() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistrySession) MaxForcedPerCheckpoint() (uint16, error) {
	return _CheckpointRegistry.Contract.MaxForcedPerCheckpoint(&_CheckpointRegistry.CallOpts)
}

// MaxForcedPerCheckpoint is a free data retrieval call binding the contract method 0x1b463106.
//
// Solidity: function maxForcedPerCheckpoint() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) MaxForcedPerCheckpoint() (uint16, error) {
	return _CheckpointRegistry.Contract.MaxForcedPerCheckpoint(&_CheckpointRegistry.CallOpts)
}

// MaxReferenceAge is a free data retrieval call binding the contract method 0xbc5c06af.
//
// Solidity: function maxReferenceAge() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCaller) MaxReferenceAge(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "maxReferenceAge")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxReferenceAge is a free data retrieval call binding the contract method 0xbc5c06af.
//
// Solidity: function maxReferenceAge() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistrySession) MaxReferenceAge() (uint32, error) {
	return _CheckpointRegistry.Contract.MaxReferenceAge(&_CheckpointRegistry.CallOpts)
}

// MaxReferenceAge is a free data retrieval call binding the contract method 0xbc5c06af.
//
// Solidity: function maxReferenceAge() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) MaxReferenceAge() (uint32, error) {
	return _CheckpointRegistry.Contract.MaxReferenceAge(&_CheckpointRegistry.CallOpts)
}

// MinReferenceBlock is a free data retrieval call binding the contract method 0x5f25cf59.
//
// Solidity: function minReferenceBlock() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCaller) MinReferenceBlock(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "minReferenceBlock")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MinReferenceBlock is a free data retrieval call binding the contract method 0x5f25cf59.
//
// Solidity: function minReferenceBlock() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistrySession) MinReferenceBlock() (uint32, error) {
	return _CheckpointRegistry.Contract.MinReferenceBlock(&_CheckpointRegistry.CallOpts)
}

// MinReferenceBlock is a free data retrieval call binding the contract method 0x5f25cf59.
//
// Solidity: function minReferenceBlock() view returns(uint32)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) MinReferenceBlock() (uint32, error) {
	return _CheckpointRegistry.Contract.MinReferenceBlock(&_CheckpointRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointRegistry *CheckpointRegistrySession) Owner() (common.Address, error) {
	return _CheckpointRegistry.Contract.Owner(&_CheckpointRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) Owner() (common.Address, error) {
	return _CheckpointRegistry.Contract.Owner(&_CheckpointRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_CheckpointRegistry *CheckpointRegistrySession) PendingOwner() (common.Address, error) {
	return _CheckpointRegistry.Contract.PendingOwner(&_CheckpointRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _CheckpointRegistry.Contract.PendingOwner(&_CheckpointRegistry.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_CheckpointRegistry *CheckpointRegistryCaller) QuorumNumbers(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "quorumNumbers")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_CheckpointRegistry *CheckpointRegistrySession) QuorumNumbers() ([]byte, error) {
	return _CheckpointRegistry.Contract.QuorumNumbers(&_CheckpointRegistry.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) QuorumNumbers() ([]byte, error) {
	return _CheckpointRegistry.Contract.QuorumNumbers(&_CheckpointRegistry.CallOpts)
}

// RollupIds is a free data retrieval call binding the contract method 0xee5dcd50.
//
// Solidity: function rollupIds() view returns(uint64[])
func (_CheckpointRegistry *CheckpointRegistryCaller) RollupIds(opts *bind.CallOpts) ([]uint64, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "rollupIds")

	if err != nil {
		return *new([]uint64), err
	}

	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)

	return out0, err

}

// RollupIds is a free data retrieval call binding the contract method 0xee5dcd50.
//
// Solidity: function rollupIds() view returns(uint64[])
func (_CheckpointRegistry *CheckpointRegistrySession) RollupIds() ([]uint64, error) {
	return _CheckpointRegistry.Contract.RollupIds(&_CheckpointRegistry.CallOpts)
}

// RollupIds is a free data retrieval call binding the contract method 0xee5dcd50.
//
// Solidity: function rollupIds() view returns(uint64[])
func (_CheckpointRegistry *CheckpointRegistryCallerSession) RollupIds() ([]uint64, error) {
	return _CheckpointRegistry.Contract.RollupIds(&_CheckpointRegistry.CallOpts)
}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCaller) SignatureChecker(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "signatureChecker")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_CheckpointRegistry *CheckpointRegistrySession) SignatureChecker() (common.Address, error) {
	return _CheckpointRegistry.Contract.SignatureChecker(&_CheckpointRegistry.CallOpts)
}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) SignatureChecker() (common.Address, error) {
	return _CheckpointRegistry.Contract.SignatureChecker(&_CheckpointRegistry.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCaller) Slasher(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "slasher")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_CheckpointRegistry *CheckpointRegistrySession) Slasher() (common.Address, error) {
	return _CheckpointRegistry.Contract.Slasher(&_CheckpointRegistry.CallOpts)
}

// Slasher is a free data retrieval call binding the contract method 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) Slasher() (common.Address, error) {
	return _CheckpointRegistry.Contract.Slasher(&_CheckpointRegistry.CallOpts)
}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistryCaller) ThresholdBips(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "thresholdBips")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistrySession) ThresholdBips() (uint16, error) {
	return _CheckpointRegistry.Contract.ThresholdBips(&_CheckpointRegistry.CallOpts)
}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) ThresholdBips() (uint16, error) {
	return _CheckpointRegistry.Contract.ThresholdBips(&_CheckpointRegistry.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_CheckpointRegistry *CheckpointRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.AcceptOwnership(&_CheckpointRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.AcceptOwnership(&_CheckpointRegistry.TransactOpts)
}

// DeregisterRollup is a paid mutator transaction binding the contract method 0xea329afc.
//
// Solidity: function deregisterRollup(uint64 rollupId) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) DeregisterRollup(opts *bind.TransactOpts, rollupId uint64) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "deregisterRollup", rollupId)
}

// DeregisterRollup is a paid mutator transaction binding the contract method 0xea329afc.
//
// Solidity: function deregisterRollup(uint64 rollupId) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) DeregisterRollup(rollupId uint64) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.DeregisterRollup(&_CheckpointRegistry.TransactOpts, rollupId)
}

// DeregisterRollup is a paid mutator transaction binding the contract method 0xea329afc.
//
// Solidity: function deregisterRollup(uint64 rollupId) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) DeregisterRollup(rollupId uint64) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.DeregisterRollup(&_CheckpointRegistry.TransactOpts, rollupId)
}

// RaiseMinReferenceBlock is a paid mutator transaction binding the contract method 0x19988304.
//
// Solidity: function raiseMinReferenceBlock(uint32 blockNumber) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) RaiseMinReferenceBlock(opts *bind.TransactOpts, blockNumber uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "raiseMinReferenceBlock", blockNumber)
}

// RaiseMinReferenceBlock is a paid mutator transaction binding the contract method 0x19988304.
//
// Solidity: function raiseMinReferenceBlock(uint32 blockNumber) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) RaiseMinReferenceBlock(blockNumber uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.RaiseMinReferenceBlock(&_CheckpointRegistry.TransactOpts, blockNumber)
}

// RaiseMinReferenceBlock is a paid mutator transaction binding the contract method 0x19988304.
//
// Solidity: function raiseMinReferenceBlock(uint32 blockNumber) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) RaiseMinReferenceBlock(blockNumber uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.RaiseMinReferenceBlock(&_CheckpointRegistry.TransactOpts, blockNumber)
}

// RegisterRollup is a paid mutator transaction binding the contract method 0x248aef11.
//
// Solidity: function registerRollup(uint64 rollupId, address rollupOwner, string metadata) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) RegisterRollup(opts *bind.TransactOpts, rollupId uint64, rollupOwner common.Address, metadata string) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "registerRollup", rollupId, rollupOwner, metadata)
}

// RegisterRollup is a paid mutator transaction binding the contract method 0x248aef11.
//
// Solidity: function registerRollup(uint64 rollupId, address rollupOwner, string metadata) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) RegisterRollup(rollupId uint64, rollupOwner common.Address, metadata string) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.RegisterRollup(&_CheckpointRegistry.TransactOpts, rollupId, rollupOwner, metadata)
}

// RegisterRollup is a paid mutator transaction binding the contract method 0x248aef11.
//
// Solidity: function registerRollup(uint64 rollupId, address rollupOwner, string metadata) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) RegisterRollup(rollupId uint64, rollupOwner common.Address, metadata string) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.RegisterRollup(&_CheckpointRegistry.TransactOpts, rollupId, rollupOwner, metadata)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_CheckpointRegistry *CheckpointRegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.RenounceOwnership(&_CheckpointRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.RenounceOwnership(&_CheckpointRegistry.TransactOpts)
}

// SetForcedInclusionDelay is a paid mutator transaction binding the contract method 0x155f594b.
//
// Solidity: function setForcedInclusionDelay(uint32 newDelay) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SetForcedInclusionDelay(opts *bind.TransactOpts, newDelay uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "setForcedInclusionDelay", newDelay)
}

// SetForcedInclusionDelay is a paid mutator transaction binding the contract method 0x155f594b.
//
// Solidity: function setForcedInclusionDelay(uint32 newDelay) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SetForcedInclusionDelay(newDelay uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetForcedInclusionDelay(&_CheckpointRegistry.TransactOpts, newDelay)
}

// SetForcedInclusionDelay is a paid mutator transaction binding the contract method 0x155f594b.
//
// Solidity: function setForcedInclusionDelay(uint32 newDelay) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SetForcedInclusionDelay(newDelay uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetForcedInclusionDelay(&_CheckpointRegistry.TransactOpts, newDelay)
}

// SetForcedInclusionInbox is a paid mutator transaction binding the contract method 0x0ddd2b84.
//
// Solidity: function setForcedInclusionInbox(address inbox) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SetForcedInclusionInbox(opts *bind.TransactOpts, inbox common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "setForcedInclusionInbox", inbox)
}

// SetForcedInclusionInbox is a paid mutator transaction binding the contract method 0x0ddd2b84.
//
// Solidity: function setForcedInclusionInbox(address inbox) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SetForcedInclusionInbox(inbox common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetForcedInclusionInbox(&_CheckpointRegistry.TransactOpts, inbox)
}

// SetForcedInclusionInbox is a paid mutator transaction binding the contract method 0x0ddd2b84.
//
// Solidity: function setForcedInclusionInbox(address inbox) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SetForcedInclusionInbox(inbox common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetForcedInclusionInbox(&_CheckpointRegistry.TransactOpts, inbox)
}

// SetMaxForcedPerCheckpoint is a paid mutator transaction binding the contract method 0x4f250989.
//
// Solidity: function setMaxForcedPerCheckpoint(uint16 newMax) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SetMaxForcedPerCheckpoint(opts *bind.TransactOpts, newMax uint16) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "setMaxForcedPerCheckpoint", newMax)
}

// SetMaxForcedPerCheckpoint is a paid mutator transaction binding the contract method 0x4f250989.
//
// Solidity: function setMaxForcedPerCheckpoint(uint16 newMax) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SetMaxForcedPerCheckpoint(newMax uint16) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetMaxForcedPerCheckpoint(&_CheckpointRegistry.TransactOpts, newMax)
}

// SetMaxForcedPerCheckpoint is a paid mutator transaction binding the contract method 0x4f250989.
//
// Solidity: function setMaxForcedPerCheckpoint(uint16 newMax) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SetMaxForcedPerCheckpoint(newMax uint16) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetMaxForcedPerCheckpoint(&_CheckpointRegistry.TransactOpts, newMax)
}

// SetMaxReferenceAge is a paid mutator transaction binding the contract method 0x73e50572.
//
// Solidity: function setMaxReferenceAge(uint32 newAge) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SetMaxReferenceAge(opts *bind.TransactOpts, newAge uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "setMaxReferenceAge", newAge)
}

// SetMaxReferenceAge is a paid mutator transaction binding the contract method 0x73e50572.
//
// Solidity: function setMaxReferenceAge(uint32 newAge) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SetMaxReferenceAge(newAge uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetMaxReferenceAge(&_CheckpointRegistry.TransactOpts, newAge)
}

// SetMaxReferenceAge is a paid mutator transaction binding the contract method 0x73e50572.
//
// Solidity: function setMaxReferenceAge(uint32 newAge) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SetMaxReferenceAge(newAge uint32) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetMaxReferenceAge(&_CheckpointRegistry.TransactOpts, newAge)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address newSlasher) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SetSlasher(opts *bind.TransactOpts, newSlasher common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "setSlasher", newSlasher)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address newSlasher) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SetSlasher(newSlasher common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetSlasher(&_CheckpointRegistry.TransactOpts, newSlasher)
}

// SetSlasher is a paid mutator transaction binding the contract method 0xaabc2496.
//
// Solidity: function setSlasher(address newSlasher) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SetSlasher(newSlasher common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetSlasher(&_CheckpointRegistry.TransactOpts, newSlasher)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 newBips) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SetThresholdBips(opts *bind.TransactOpts, newBips uint16) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "setThresholdBips", newBips)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 newBips) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SetThresholdBips(newBips uint16) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetThresholdBips(&_CheckpointRegistry.TransactOpts, newBips)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 newBips) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SetThresholdBips(newBips uint16) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SetThresholdBips(&_CheckpointRegistry.TransactOpts, newBips)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0xee835a5f.
//
// Solidity: function submitCheckpoint((uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) checkpoint, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SubmitCheckpoint(opts *bind.TransactOpts, checkpoint ICheckpointRegistryTypesCheckpoint, referenceBlock uint32, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "submitCheckpoint", checkpoint, referenceBlock, signature)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0xee835a5f.
//
// Solidity: function submitCheckpoint((uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) checkpoint, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SubmitCheckpoint(checkpoint ICheckpointRegistryTypesCheckpoint, referenceBlock uint32, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SubmitCheckpoint(&_CheckpointRegistry.TransactOpts, checkpoint, referenceBlock, signature)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0xee835a5f.
//
// Solidity: function submitCheckpoint((uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) checkpoint, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) SubmitCheckpoint(checkpoint ICheckpointRegistryTypesCheckpoint, referenceBlock uint32, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SubmitCheckpoint(&_CheckpointRegistry.TransactOpts, checkpoint, referenceBlock, signature)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.TransferOwnership(&_CheckpointRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.TransferOwnership(&_CheckpointRegistry.TransactOpts, newOwner)
}

// TransferRollupOwnership is a paid mutator transaction binding the contract method 0xe42c9e3c.
//
// Solidity: function transferRollupOwnership(uint64 rollupId, address newOwner) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) TransferRollupOwnership(opts *bind.TransactOpts, rollupId uint64, newOwner common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "transferRollupOwnership", rollupId, newOwner)
}

// TransferRollupOwnership is a paid mutator transaction binding the contract method 0xe42c9e3c.
//
// Solidity: function transferRollupOwnership(uint64 rollupId, address newOwner) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) TransferRollupOwnership(rollupId uint64, newOwner common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.TransferRollupOwnership(&_CheckpointRegistry.TransactOpts, rollupId, newOwner)
}

// TransferRollupOwnership is a paid mutator transaction binding the contract method 0xe42c9e3c.
//
// Solidity: function transferRollupOwnership(uint64 rollupId, address newOwner) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) TransferRollupOwnership(rollupId uint64, newOwner common.Address) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.TransferRollupOwnership(&_CheckpointRegistry.TransactOpts, rollupId, newOwner)
}

// UpdateRollupMetadata is a paid mutator transaction binding the contract method 0xa39384d0.
//
// Solidity: function updateRollupMetadata(uint64 rollupId, string metadata) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) UpdateRollupMetadata(opts *bind.TransactOpts, rollupId uint64, metadata string) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "updateRollupMetadata", rollupId, metadata)
}

// UpdateRollupMetadata is a paid mutator transaction binding the contract method 0xa39384d0.
//
// Solidity: function updateRollupMetadata(uint64 rollupId, string metadata) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) UpdateRollupMetadata(rollupId uint64, metadata string) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.UpdateRollupMetadata(&_CheckpointRegistry.TransactOpts, rollupId, metadata)
}

// UpdateRollupMetadata is a paid mutator transaction binding the contract method 0xa39384d0.
//
// Solidity: function updateRollupMetadata(uint64 rollupId, string metadata) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactorSession) UpdateRollupMetadata(rollupId uint64, metadata string) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.UpdateRollupMetadata(&_CheckpointRegistry.TransactOpts, rollupId, metadata)
}

// CheckpointRegistryCheckpointSubmittedIterator is returned from FilterCheckpointSubmitted and is used to iterate over the raw logs and unpacked data for CheckpointSubmitted events raised by the CheckpointRegistry contract.
type CheckpointRegistryCheckpointSubmittedIterator struct {
	Event *CheckpointRegistryCheckpointSubmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryCheckpointSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryCheckpointSubmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryCheckpointSubmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryCheckpointSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryCheckpointSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryCheckpointSubmitted represents a CheckpointSubmitted event raised by the CheckpointRegistry contract.
type CheckpointRegistryCheckpointSubmitted struct {
	Number              uint64
	StartHeight         uint64
	EndHeight           uint64
	Root                [32]byte
	Digest              [32]byte
	ReferenceBlock      uint32
	SignatoryRecordHash [32]byte
	L1Origin            uint64
	ForcedCount         uint64
	ForcedAcc           [32]byte
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterCheckpointSubmitted is a free log retrieval operation binding the contract event 0x4a1c984ed5602494267471900bee3c0dc523a3df26db87f10fb23f61b8af977d.
//
// Solidity: event CheckpointSubmitted(uint64 indexed number, uint64 startHeight, uint64 endHeight, bytes32 root, bytes32 digest, uint32 referenceBlock, bytes32 signatoryRecordHash, uint64 l1Origin, uint64 forcedCount, bytes32 forcedAcc)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterCheckpointSubmitted(opts *bind.FilterOpts, number []uint64) (*CheckpointRegistryCheckpointSubmittedIterator, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "CheckpointSubmitted", numberRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryCheckpointSubmittedIterator{contract: _CheckpointRegistry.contract, event: "CheckpointSubmitted", logs: logs, sub: sub}, nil
}

// WatchCheckpointSubmitted is a free log subscription operation binding the contract event 0x4a1c984ed5602494267471900bee3c0dc523a3df26db87f10fb23f61b8af977d.
//
// Solidity: event CheckpointSubmitted(uint64 indexed number, uint64 startHeight, uint64 endHeight, bytes32 root, bytes32 digest, uint32 referenceBlock, bytes32 signatoryRecordHash, uint64 l1Origin, uint64 forcedCount, bytes32 forcedAcc)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchCheckpointSubmitted(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryCheckpointSubmitted, number []uint64) (event.Subscription, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "CheckpointSubmitted", numberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryCheckpointSubmitted)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "CheckpointSubmitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCheckpointSubmitted is a log parse operation binding the contract event 0x4a1c984ed5602494267471900bee3c0dc523a3df26db87f10fb23f61b8af977d.
//
// Solidity: event CheckpointSubmitted(uint64 indexed number, uint64 startHeight, uint64 endHeight, bytes32 root, bytes32 digest, uint32 referenceBlock, bytes32 signatoryRecordHash, uint64 l1Origin, uint64 forcedCount, bytes32 forcedAcc)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseCheckpointSubmitted(log types.Log) (*CheckpointRegistryCheckpointSubmitted, error) {
	event := new(CheckpointRegistryCheckpointSubmitted)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "CheckpointSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryForcedInclusionDelayUpdatedIterator is returned from FilterForcedInclusionDelayUpdated and is used to iterate over the raw logs and unpacked data for ForcedInclusionDelayUpdated events raised by the CheckpointRegistry contract.
type CheckpointRegistryForcedInclusionDelayUpdatedIterator struct {
	Event *CheckpointRegistryForcedInclusionDelayUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryForcedInclusionDelayUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryForcedInclusionDelayUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryForcedInclusionDelayUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryForcedInclusionDelayUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryForcedInclusionDelayUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryForcedInclusionDelayUpdated represents a ForcedInclusionDelayUpdated event raised by the CheckpointRegistry contract.
type CheckpointRegistryForcedInclusionDelayUpdated struct {
	PreviousDelay uint32
	NewDelay      uint32
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterForcedInclusionDelayUpdated is a free log retrieval operation binding the contract event 0x2dec98aa4ce60f1fa4f1822b3102fa712c545f24e704a851849c104c6ed7d9a6.
//
// Solidity: event ForcedInclusionDelayUpdated(uint32 previousDelay, uint32 newDelay)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterForcedInclusionDelayUpdated(opts *bind.FilterOpts) (*CheckpointRegistryForcedInclusionDelayUpdatedIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "ForcedInclusionDelayUpdated")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryForcedInclusionDelayUpdatedIterator{contract: _CheckpointRegistry.contract, event: "ForcedInclusionDelayUpdated", logs: logs, sub: sub}, nil
}

// WatchForcedInclusionDelayUpdated is a free log subscription operation binding the contract event 0x2dec98aa4ce60f1fa4f1822b3102fa712c545f24e704a851849c104c6ed7d9a6.
//
// Solidity: event ForcedInclusionDelayUpdated(uint32 previousDelay, uint32 newDelay)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchForcedInclusionDelayUpdated(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryForcedInclusionDelayUpdated) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "ForcedInclusionDelayUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryForcedInclusionDelayUpdated)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "ForcedInclusionDelayUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseForcedInclusionDelayUpdated is a log parse operation binding the contract event 0x2dec98aa4ce60f1fa4f1822b3102fa712c545f24e704a851849c104c6ed7d9a6.
//
// Solidity: event ForcedInclusionDelayUpdated(uint32 previousDelay, uint32 newDelay)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseForcedInclusionDelayUpdated(log types.Log) (*CheckpointRegistryForcedInclusionDelayUpdated, error) {
	event := new(CheckpointRegistryForcedInclusionDelayUpdated)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "ForcedInclusionDelayUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryForcedInclusionInboxSetIterator is returned from FilterForcedInclusionInboxSet and is used to iterate over the raw logs and unpacked data for ForcedInclusionInboxSet events raised by the CheckpointRegistry contract.
type CheckpointRegistryForcedInclusionInboxSetIterator struct {
	Event *CheckpointRegistryForcedInclusionInboxSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryForcedInclusionInboxSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryForcedInclusionInboxSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryForcedInclusionInboxSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryForcedInclusionInboxSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryForcedInclusionInboxSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryForcedInclusionInboxSet represents a ForcedInclusionInboxSet event raised by the CheckpointRegistry contract.
type CheckpointRegistryForcedInclusionInboxSet struct {
	Inbox common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterForcedInclusionInboxSet is a free log retrieval operation binding the contract event 0x848ec50e710d7a5638c608d1123d8e9162dedb1a117b2d6c85f749fc35eb22b4.
//
// Solidity: event ForcedInclusionInboxSet(address inbox)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterForcedInclusionInboxSet(opts *bind.FilterOpts) (*CheckpointRegistryForcedInclusionInboxSetIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "ForcedInclusionInboxSet")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryForcedInclusionInboxSetIterator{contract: _CheckpointRegistry.contract, event: "ForcedInclusionInboxSet", logs: logs, sub: sub}, nil
}

// WatchForcedInclusionInboxSet is a free log subscription operation binding the contract event 0x848ec50e710d7a5638c608d1123d8e9162dedb1a117b2d6c85f749fc35eb22b4.
//
// Solidity: event ForcedInclusionInboxSet(address inbox)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchForcedInclusionInboxSet(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryForcedInclusionInboxSet) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "ForcedInclusionInboxSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryForcedInclusionInboxSet)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "ForcedInclusionInboxSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseForcedInclusionInboxSet is a log parse operation binding the contract event 0x848ec50e710d7a5638c608d1123d8e9162dedb1a117b2d6c85f749fc35eb22b4.
//
// Solidity: event ForcedInclusionInboxSet(address inbox)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseForcedInclusionInboxSet(log types.Log) (*CheckpointRegistryForcedInclusionInboxSet, error) {
	event := new(CheckpointRegistryForcedInclusionInboxSet)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "ForcedInclusionInboxSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator is returned from FilterMaxForcedPerCheckpointUpdated and is used to iterate over the raw logs and unpacked data for MaxForcedPerCheckpointUpdated events raised by the CheckpointRegistry contract.
type CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator struct {
	Event *CheckpointRegistryMaxForcedPerCheckpointUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryMaxForcedPerCheckpointUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryMaxForcedPerCheckpointUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryMaxForcedPerCheckpointUpdated represents a MaxForcedPerCheckpointUpdated event raised by the CheckpointRegistry contract.
type CheckpointRegistryMaxForcedPerCheckpointUpdated struct {
	PreviousMax uint16
	NewMax      uint16
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterMaxForcedPerCheckpointUpdated is a free log retrieval operation binding the contract event 0xcfad4c1131bbe1a1e7a2c32952c50a829adcee44a97d638d57e058ccf0ec7d9b.
//
// Solidity: event MaxForcedPerCheckpointUpdated(uint16 previousMax, uint16 newMax)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterMaxForcedPerCheckpointUpdated(opts *bind.FilterOpts) (*CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "MaxForcedPerCheckpointUpdated")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryMaxForcedPerCheckpointUpdatedIterator{contract: _CheckpointRegistry.contract, event: "MaxForcedPerCheckpointUpdated", logs: logs, sub: sub}, nil
}

// WatchMaxForcedPerCheckpointUpdated is a free log subscription operation binding the contract event 0xcfad4c1131bbe1a1e7a2c32952c50a829adcee44a97d638d57e058ccf0ec7d9b.
//
// Solidity: event MaxForcedPerCheckpointUpdated(uint16 previousMax, uint16 newMax)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchMaxForcedPerCheckpointUpdated(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryMaxForcedPerCheckpointUpdated) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "MaxForcedPerCheckpointUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryMaxForcedPerCheckpointUpdated)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "MaxForcedPerCheckpointUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMaxForcedPerCheckpointUpdated is a log parse operation binding the contract event 0xcfad4c1131bbe1a1e7a2c32952c50a829adcee44a97d638d57e058ccf0ec7d9b.
//
// Solidity: event MaxForcedPerCheckpointUpdated(uint16 previousMax, uint16 newMax)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseMaxForcedPerCheckpointUpdated(log types.Log) (*CheckpointRegistryMaxForcedPerCheckpointUpdated, error) {
	event := new(CheckpointRegistryMaxForcedPerCheckpointUpdated)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "MaxForcedPerCheckpointUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryMaxReferenceAgeUpdatedIterator is returned from FilterMaxReferenceAgeUpdated and is used to iterate over the raw logs and unpacked data for MaxReferenceAgeUpdated events raised by the CheckpointRegistry contract.
type CheckpointRegistryMaxReferenceAgeUpdatedIterator struct {
	Event *CheckpointRegistryMaxReferenceAgeUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryMaxReferenceAgeUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryMaxReferenceAgeUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryMaxReferenceAgeUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryMaxReferenceAgeUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryMaxReferenceAgeUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryMaxReferenceAgeUpdated represents a MaxReferenceAgeUpdated event raised by the CheckpointRegistry contract.
type CheckpointRegistryMaxReferenceAgeUpdated struct {
	PreviousAge uint32
	NewAge      uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterMaxReferenceAgeUpdated is a free log retrieval operation binding the contract event 0xf5067e3033ff9d6335b75c753b10a89689efd0ae2c0e4d722b0a0a9343ac0fb8.
//
// Solidity: event MaxReferenceAgeUpdated(uint32 previousAge, uint32 newAge)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterMaxReferenceAgeUpdated(opts *bind.FilterOpts) (*CheckpointRegistryMaxReferenceAgeUpdatedIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "MaxReferenceAgeUpdated")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryMaxReferenceAgeUpdatedIterator{contract: _CheckpointRegistry.contract, event: "MaxReferenceAgeUpdated", logs: logs, sub: sub}, nil
}

// WatchMaxReferenceAgeUpdated is a free log subscription operation binding the contract event 0xf5067e3033ff9d6335b75c753b10a89689efd0ae2c0e4d722b0a0a9343ac0fb8.
//
// Solidity: event MaxReferenceAgeUpdated(uint32 previousAge, uint32 newAge)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchMaxReferenceAgeUpdated(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryMaxReferenceAgeUpdated) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "MaxReferenceAgeUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryMaxReferenceAgeUpdated)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "MaxReferenceAgeUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMaxReferenceAgeUpdated is a log parse operation binding the contract event 0xf5067e3033ff9d6335b75c753b10a89689efd0ae2c0e4d722b0a0a9343ac0fb8.
//
// Solidity: event MaxReferenceAgeUpdated(uint32 previousAge, uint32 newAge)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseMaxReferenceAgeUpdated(log types.Log) (*CheckpointRegistryMaxReferenceAgeUpdated, error) {
	event := new(CheckpointRegistryMaxReferenceAgeUpdated)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "MaxReferenceAgeUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryMinReferenceBlockRaisedIterator is returned from FilterMinReferenceBlockRaised and is used to iterate over the raw logs and unpacked data for MinReferenceBlockRaised events raised by the CheckpointRegistry contract.
type CheckpointRegistryMinReferenceBlockRaisedIterator struct {
	Event *CheckpointRegistryMinReferenceBlockRaised // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryMinReferenceBlockRaisedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryMinReferenceBlockRaised)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryMinReferenceBlockRaised)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryMinReferenceBlockRaisedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryMinReferenceBlockRaisedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryMinReferenceBlockRaised represents a MinReferenceBlockRaised event raised by the CheckpointRegistry contract.
type CheckpointRegistryMinReferenceBlockRaised struct {
	MinReferenceBlock uint32
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterMinReferenceBlockRaised is a free log retrieval operation binding the contract event 0x33334c8adf7b6f6263edffb0eecf2ffcd67a959df29ff8a2c97794a75a6c4538.
//
// Solidity: event MinReferenceBlockRaised(uint32 minReferenceBlock)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterMinReferenceBlockRaised(opts *bind.FilterOpts) (*CheckpointRegistryMinReferenceBlockRaisedIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "MinReferenceBlockRaised")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryMinReferenceBlockRaisedIterator{contract: _CheckpointRegistry.contract, event: "MinReferenceBlockRaised", logs: logs, sub: sub}, nil
}

// WatchMinReferenceBlockRaised is a free log subscription operation binding the contract event 0x33334c8adf7b6f6263edffb0eecf2ffcd67a959df29ff8a2c97794a75a6c4538.
//
// Solidity: event MinReferenceBlockRaised(uint32 minReferenceBlock)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchMinReferenceBlockRaised(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryMinReferenceBlockRaised) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "MinReferenceBlockRaised")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryMinReferenceBlockRaised)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "MinReferenceBlockRaised", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMinReferenceBlockRaised is a log parse operation binding the contract event 0x33334c8adf7b6f6263edffb0eecf2ffcd67a959df29ff8a2c97794a75a6c4538.
//
// Solidity: event MinReferenceBlockRaised(uint32 minReferenceBlock)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseMinReferenceBlockRaised(log types.Log) (*CheckpointRegistryMinReferenceBlockRaised, error) {
	event := new(CheckpointRegistryMinReferenceBlockRaised)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "MinReferenceBlockRaised", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the CheckpointRegistry contract.
type CheckpointRegistryOwnershipTransferStartedIterator struct {
	Event *CheckpointRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the CheckpointRegistry contract.
type CheckpointRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*CheckpointRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryOwnershipTransferStartedIterator{contract: _CheckpointRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryOwnershipTransferStarted)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*CheckpointRegistryOwnershipTransferStarted, error) {
	event := new(CheckpointRegistryOwnershipTransferStarted)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the CheckpointRegistry contract.
type CheckpointRegistryOwnershipTransferredIterator struct {
	Event *CheckpointRegistryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the CheckpointRegistry contract.
type CheckpointRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*CheckpointRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryOwnershipTransferredIterator{contract: _CheckpointRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryOwnershipTransferred)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*CheckpointRegistryOwnershipTransferred, error) {
	event := new(CheckpointRegistryOwnershipTransferred)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryRollupDeregisteredIterator is returned from FilterRollupDeregistered and is used to iterate over the raw logs and unpacked data for RollupDeregistered events raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupDeregisteredIterator struct {
	Event *CheckpointRegistryRollupDeregistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryRollupDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryRollupDeregistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryRollupDeregistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryRollupDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryRollupDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryRollupDeregistered represents a RollupDeregistered event raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupDeregistered struct {
	RollupId uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRollupDeregistered is a free log retrieval operation binding the contract event 0xcb4d0512c361c434712692edfb8788af83071c7c06ffd98924bf817be46a0292.
//
// Solidity: event RollupDeregistered(uint64 indexed rollupId)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterRollupDeregistered(opts *bind.FilterOpts, rollupId []uint64) (*CheckpointRegistryRollupDeregisteredIterator, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "RollupDeregistered", rollupIdRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryRollupDeregisteredIterator{contract: _CheckpointRegistry.contract, event: "RollupDeregistered", logs: logs, sub: sub}, nil
}

// WatchRollupDeregistered is a free log subscription operation binding the contract event 0xcb4d0512c361c434712692edfb8788af83071c7c06ffd98924bf817be46a0292.
//
// Solidity: event RollupDeregistered(uint64 indexed rollupId)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchRollupDeregistered(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryRollupDeregistered, rollupId []uint64) (event.Subscription, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "RollupDeregistered", rollupIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryRollupDeregistered)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupDeregistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupDeregistered is a log parse operation binding the contract event 0xcb4d0512c361c434712692edfb8788af83071c7c06ffd98924bf817be46a0292.
//
// Solidity: event RollupDeregistered(uint64 indexed rollupId)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseRollupDeregistered(log types.Log) (*CheckpointRegistryRollupDeregistered, error) {
	event := new(CheckpointRegistryRollupDeregistered)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryRollupMetadataUpdatedIterator is returned from FilterRollupMetadataUpdated and is used to iterate over the raw logs and unpacked data for RollupMetadataUpdated events raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupMetadataUpdatedIterator struct {
	Event *CheckpointRegistryRollupMetadataUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryRollupMetadataUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryRollupMetadataUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryRollupMetadataUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryRollupMetadataUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryRollupMetadataUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryRollupMetadataUpdated represents a RollupMetadataUpdated event raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupMetadataUpdated struct {
	RollupId uint64
	Metadata string
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRollupMetadataUpdated is a free log retrieval operation binding the contract event 0x63f36a083f098a5d1a399baf89cf73bc5fcbba188c44c40ce04be990664637c4.
//
// Solidity: event RollupMetadataUpdated(uint64 indexed rollupId, string metadata)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterRollupMetadataUpdated(opts *bind.FilterOpts, rollupId []uint64) (*CheckpointRegistryRollupMetadataUpdatedIterator, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "RollupMetadataUpdated", rollupIdRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryRollupMetadataUpdatedIterator{contract: _CheckpointRegistry.contract, event: "RollupMetadataUpdated", logs: logs, sub: sub}, nil
}

// WatchRollupMetadataUpdated is a free log subscription operation binding the contract event 0x63f36a083f098a5d1a399baf89cf73bc5fcbba188c44c40ce04be990664637c4.
//
// Solidity: event RollupMetadataUpdated(uint64 indexed rollupId, string metadata)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchRollupMetadataUpdated(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryRollupMetadataUpdated, rollupId []uint64) (event.Subscription, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "RollupMetadataUpdated", rollupIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryRollupMetadataUpdated)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupMetadataUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupMetadataUpdated is a log parse operation binding the contract event 0x63f36a083f098a5d1a399baf89cf73bc5fcbba188c44c40ce04be990664637c4.
//
// Solidity: event RollupMetadataUpdated(uint64 indexed rollupId, string metadata)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseRollupMetadataUpdated(log types.Log) (*CheckpointRegistryRollupMetadataUpdated, error) {
	event := new(CheckpointRegistryRollupMetadataUpdated)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupMetadataUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryRollupOwnershipTransferredIterator is returned from FilterRollupOwnershipTransferred and is used to iterate over the raw logs and unpacked data for RollupOwnershipTransferred events raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupOwnershipTransferredIterator struct {
	Event *CheckpointRegistryRollupOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryRollupOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryRollupOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryRollupOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryRollupOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryRollupOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryRollupOwnershipTransferred represents a RollupOwnershipTransferred event raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupOwnershipTransferred struct {
	RollupId      uint64
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterRollupOwnershipTransferred is a free log retrieval operation binding the contract event 0xd166f67da2b0ff72b47ae18b94c238aa4b06ac483b164a9a0d82a01add830de6.
//
// Solidity: event RollupOwnershipTransferred(uint64 indexed rollupId, address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterRollupOwnershipTransferred(opts *bind.FilterOpts, rollupId []uint64, previousOwner []common.Address, newOwner []common.Address) (*CheckpointRegistryRollupOwnershipTransferredIterator, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}
	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "RollupOwnershipTransferred", rollupIdRule, previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryRollupOwnershipTransferredIterator{contract: _CheckpointRegistry.contract, event: "RollupOwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchRollupOwnershipTransferred is a free log subscription operation binding the contract event 0xd166f67da2b0ff72b47ae18b94c238aa4b06ac483b164a9a0d82a01add830de6.
//
// Solidity: event RollupOwnershipTransferred(uint64 indexed rollupId, address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchRollupOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryRollupOwnershipTransferred, rollupId []uint64, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}
	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "RollupOwnershipTransferred", rollupIdRule, previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryRollupOwnershipTransferred)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupOwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupOwnershipTransferred is a log parse operation binding the contract event 0xd166f67da2b0ff72b47ae18b94c238aa4b06ac483b164a9a0d82a01add830de6.
//
// Solidity: event RollupOwnershipTransferred(uint64 indexed rollupId, address indexed previousOwner, address indexed newOwner)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseRollupOwnershipTransferred(log types.Log) (*CheckpointRegistryRollupOwnershipTransferred, error) {
	event := new(CheckpointRegistryRollupOwnershipTransferred)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupOwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryRollupRegisteredIterator is returned from FilterRollupRegistered and is used to iterate over the raw logs and unpacked data for RollupRegistered events raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupRegisteredIterator struct {
	Event *CheckpointRegistryRollupRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryRollupRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryRollupRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryRollupRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryRollupRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryRollupRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryRollupRegistered represents a RollupRegistered event raised by the CheckpointRegistry contract.
type CheckpointRegistryRollupRegistered struct {
	RollupId uint64
	Owner    common.Address
	Metadata string
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRollupRegistered is a free log retrieval operation binding the contract event 0x90c61666a6340cb630369e892d5ff55892dde58413bccc4f08794c0a5dd93860.
//
// Solidity: event RollupRegistered(uint64 indexed rollupId, address indexed owner, string metadata)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterRollupRegistered(opts *bind.FilterOpts, rollupId []uint64, owner []common.Address) (*CheckpointRegistryRollupRegisteredIterator, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "RollupRegistered", rollupIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryRollupRegisteredIterator{contract: _CheckpointRegistry.contract, event: "RollupRegistered", logs: logs, sub: sub}, nil
}

// WatchRollupRegistered is a free log subscription operation binding the contract event 0x90c61666a6340cb630369e892d5ff55892dde58413bccc4f08794c0a5dd93860.
//
// Solidity: event RollupRegistered(uint64 indexed rollupId, address indexed owner, string metadata)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchRollupRegistered(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryRollupRegistered, rollupId []uint64, owner []common.Address) (event.Subscription, error) {

	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "RollupRegistered", rollupIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryRollupRegistered)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRollupRegistered is a log parse operation binding the contract event 0x90c61666a6340cb630369e892d5ff55892dde58413bccc4f08794c0a5dd93860.
//
// Solidity: event RollupRegistered(uint64 indexed rollupId, address indexed owner, string metadata)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseRollupRegistered(log types.Log) (*CheckpointRegistryRollupRegistered, error) {
	event := new(CheckpointRegistryRollupRegistered)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "RollupRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistrySlasherSetIterator is returned from FilterSlasherSet and is used to iterate over the raw logs and unpacked data for SlasherSet events raised by the CheckpointRegistry contract.
type CheckpointRegistrySlasherSetIterator struct {
	Event *CheckpointRegistrySlasherSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistrySlasherSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistrySlasherSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistrySlasherSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistrySlasherSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistrySlasherSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistrySlasherSet represents a SlasherSet event raised by the CheckpointRegistry contract.
type CheckpointRegistrySlasherSet struct {
	Slasher common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSlasherSet is a free log retrieval operation binding the contract event 0x93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e.
//
// Solidity: event SlasherSet(address slasher)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterSlasherSet(opts *bind.FilterOpts) (*CheckpointRegistrySlasherSetIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "SlasherSet")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistrySlasherSetIterator{contract: _CheckpointRegistry.contract, event: "SlasherSet", logs: logs, sub: sub}, nil
}

// WatchSlasherSet is a free log subscription operation binding the contract event 0x93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e.
//
// Solidity: event SlasherSet(address slasher)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchSlasherSet(opts *bind.WatchOpts, sink chan<- *CheckpointRegistrySlasherSet) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "SlasherSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistrySlasherSet)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "SlasherSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSlasherSet is a log parse operation binding the contract event 0x93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e.
//
// Solidity: event SlasherSet(address slasher)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseSlasherSet(log types.Log) (*CheckpointRegistrySlasherSet, error) {
	event := new(CheckpointRegistrySlasherSet)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "SlasherSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CheckpointRegistryThresholdUpdatedIterator is returned from FilterThresholdUpdated and is used to iterate over the raw logs and unpacked data for ThresholdUpdated events raised by the CheckpointRegistry contract.
type CheckpointRegistryThresholdUpdatedIterator struct {
	Event *CheckpointRegistryThresholdUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointRegistryThresholdUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointRegistryThresholdUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointRegistryThresholdUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointRegistryThresholdUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointRegistryThresholdUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointRegistryThresholdUpdated represents a ThresholdUpdated event raised by the CheckpointRegistry contract.
type CheckpointRegistryThresholdUpdated struct {
	PreviousBips uint16
	NewBips      uint16
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterThresholdUpdated is a free log retrieval operation binding the contract event 0x6d376155ca9c94f7d9c66ca45d5899caa3558291c377422b93b6aefc3093f3dc.
//
// Solidity: event ThresholdUpdated(uint16 previousBips, uint16 newBips)
func (_CheckpointRegistry *CheckpointRegistryFilterer) FilterThresholdUpdated(opts *bind.FilterOpts) (*CheckpointRegistryThresholdUpdatedIterator, error) {

	logs, sub, err := _CheckpointRegistry.contract.FilterLogs(opts, "ThresholdUpdated")
	if err != nil {
		return nil, err
	}
	return &CheckpointRegistryThresholdUpdatedIterator{contract: _CheckpointRegistry.contract, event: "ThresholdUpdated", logs: logs, sub: sub}, nil
}

// WatchThresholdUpdated is a free log subscription operation binding the contract event 0x6d376155ca9c94f7d9c66ca45d5899caa3558291c377422b93b6aefc3093f3dc.
//
// Solidity: event ThresholdUpdated(uint16 previousBips, uint16 newBips)
func (_CheckpointRegistry *CheckpointRegistryFilterer) WatchThresholdUpdated(opts *bind.WatchOpts, sink chan<- *CheckpointRegistryThresholdUpdated) (event.Subscription, error) {

	logs, sub, err := _CheckpointRegistry.contract.WatchLogs(opts, "ThresholdUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointRegistryThresholdUpdated)
				if err := _CheckpointRegistry.contract.UnpackLog(event, "ThresholdUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThresholdUpdated is a log parse operation binding the contract event 0x6d376155ca9c94f7d9c66ca45d5899caa3558291c377422b93b6aefc3093f3dc.
//
// Solidity: event ThresholdUpdated(uint16 previousBips, uint16 newBips)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseThresholdUpdated(log types.Log) (*CheckpointRegistryThresholdUpdated, error) {
	event := new(CheckpointRegistryThresholdUpdated)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "ThresholdUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
