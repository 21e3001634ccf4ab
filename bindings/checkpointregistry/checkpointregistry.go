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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"checker\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"},{\"name\":\"quorumNumbers_\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"thresholdBips_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxReferenceAge_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_FORCED_INCLUSION_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_MAX_FORCED_PER_CHECKPOINT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_METADATA_BYTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkpointByHeight\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Origin\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"forcedCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkpointDigest\",\"inputs\":[{\"name\":\"checkpoint\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregisterRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"forcedInclusionDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"forcedInclusionInbox\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getCheckpoint\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Origin\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"forcedCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Rollup\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRollupRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestCheckpoint\",\"inputs\":[],\"outputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Origin\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"forcedCount\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestCheckpointNumber\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestEndHeight\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestForcedCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxForcedPerCheckpoint\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxReferenceAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minReferenceBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumbers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"raiseMinReferenceBlock\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rollupOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollupIds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setForcedInclusionDelay\",\"inputs\":[{\"name\":\"newDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setForcedInclusionInbox\",\"inputs\":[{\"name\":\"inbox\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxForcedPerCheckpoint\",\"inputs\":[{\"name\":\"newMax\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxReferenceAge\",\"inputs\":[{\"name\":\"newAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlasher\",\"inputs\":[{\"name\":\"newSlasher\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setThresholdBips\",\"inputs\":[{\"name\":\"newBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signatureChecker\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slasher\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitCheckpoint\",\"inputs\":[{\"name\":\"checkpoint\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"signature\",\"type\":\"tuple\",\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254Types.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254Types.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"thresholdBips\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferRollupOwnership\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateRollupMetadata\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CheckpointSubmitted\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ForcedInclusionDelayUpdated\",\"inputs\":[{\"name\":\"previousDelay\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newDelay\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ForcedInclusionInboxSet\",\"inputs\":[{\"name\":\"inbox\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxForcedPerCheckpointUpdated\",\"inputs\":[{\"name\":\"previousMax\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newMax\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxReferenceAgeUpdated\",\"inputs\":[{\"name\":\"previousAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinReferenceBlockRaised\",\"inputs\":[{\"name\":\"minReferenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupDeregistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupMetadataUpdated\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupOwnershipTransferred\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherSet\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ThresholdUpdated\",\"inputs\":[{\"name\":\"previousBips\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newBips\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointAlreadySubmitted\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotFound\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ForcedAccumulatorMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ForcedCursorBackwards\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedCursorBeyondQueue\",\"inputs\":[{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"queued\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedEntryNotVisible\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"queuedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedEntryOverdue\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"queuedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ForcedInclusionInboxAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"HeightNotCheckpointed\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InsufficientSignedStake\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"thresholdBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"InvalidForcedInclusionDelay\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidHeightRange\",\"inputs\":[{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidMaxForcedPerCheckpoint\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidMaxReferenceAge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRollupId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"thresholdBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"L1OriginBackwards\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"L1OriginNotInPast\",\"inputs\":[{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"currentBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MetadataTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NonContiguousHeights\",\"inputs\":[{\"name\":\"expectedStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"gotStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NonSequentialCheckpoint\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotRegistryOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotRollupOwner\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlySlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReferenceBlockNotInPast\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RollupAlreadyRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RollupNotRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SlasherAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StaleReferenceBlock\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oldestAllowed\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161449838038061449883398101604081905261002e91610303565b610037336101fa565b6001600160a01b038516158061005457506001600160a01b038116155b156100725760405163d92e233d60e01b815260040160405180910390fd5b83515f0361009357604051633ed9ff1160e11b815260040160405180910390fd5b5f5b8451811015610122575f8582815181106100b1576100b16103f7565b016020015160f81c905060c0811015806100fb57505f821180156100fb5750856100dc60018461040b565b815181106100ec576100ec6103f7565b016020015160f81c60ff821611155b156101195760405163459637c760e11b815260040160405180910390fd5b50600101610095565b5061012c83610216565b8163ffffffff165f036101525760405163033a721360e11b815260040160405180910390fd5b6001600160a01b038516608052600561016b85826104b4565b506040805160a0810182525f815263ffffffff84166020820181905261ffff8616928201839052601060608301819052608090920191909152600480546001600160d01b031916600160a01b90920261ffff60c01b191691909117600160c01b909202919091176001600160d01b031664010000000160d41b1790556101f0816101fa565b505050505061056e565b600180546001600160a01b031916905561021381610258565b50565b6113888161ffff1611158061023057506127108161ffff16115b156102135760405163313cc5c160e01b815261ffff8216600482015260240160405180910390fd5b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610213575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b805161ffff811681146102e0575f5ffd5b919050565b805163ffffffff811681146102e0575f5ffd5b80516102e0816102a7565b5f5f5f5f5f60a08688031215610317575f5ffd5b8551610322816102a7565b60208701519095506001600160401b0381111561033d575f5ffd5b8601601f8101881361034d575f5ffd5b80516001600160401b03811115610366576103666102bb565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610394576103946102bb565b6040528181528282016020018a10156103ab575f5ffd5b8160208401602083015e5f602083830101528096505050506103cf604087016102cf565b92506103dd606087016102e5565b91506103eb608087016102f8565b90509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561042a57634e487b7160e01b5f52601160045260245ffd5b92915050565b600181811c9082168061044457607f821691505b60208210810361046257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104af57805f5260205f20601f840160051c8101602085101561048d5750805b601f840160051c820191505b818110156104ac575f8155600101610499565b50505b505050565b81516001600160401b038111156104cd576104cd6102bb565b6104e1816104db8454610430565b84610468565b6020601f821160018114610513575f83156104fc5750848201515b5f19600385901b1c1916600184901b1784556104ac565b5f84815260208120601f198516915b828110156105425787850151825560209485019460019092019101610522565b508482101561055f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608051613f0b61058d5f395f81816106620152612ec70152613f0b5ff3fe608060405234801561000f575f5ffd5b506004361061029d575f3560e01c8063822d8bea11610171578063bc5c06af116100d2578063ea329afc11610088578063ee835a5f1161006e578063ee835a5f1461064a578063efb2bfd31461065d578063f2fde38b14610684575f5ffd5b8063ea329afc14610622578063ee5dcd5014610635575f5ffd5b8063dc20aaa5116100b8578063dc20aaa5146105ec578063e30c3978146105fe578063e42c9e3c1461060f575f5ffd5b8063bc5c06af146105b5578063c2b7a73e146105db575f5ffd5b80639d5e242611610127578063a590243d1161010d578063a590243d14610589578063aabc249614610591578063b1344271146105a4575f5ffd5b80639d5e242614610556578063a39384d014610576575f5ffd5b80638e219995116101575780638e21999514610528578063907c0f921461053b5780639a7ebc2214610543575f5ffd5b8063822d8bea146104da5780638da5cb5b14610504575f5ffd5b80634f2509891161021b578063694a645e116101d157806373e50572116101b757806373e505721461049e57806379ba5097146104b15780637c430526146104b9575f5ffd5b8063694a645e14610452578063715018a614610496575f5ffd5b806357e8ec431161020157806357e8ec43146104005780635b90ac8f146104285780635f25cf5914610430575f5ffd5b80634f250989146103cd57806351da5a68146103e0575f5ffd5b80631b46310611610270578063248aef1111610256578063248aef11146103685780632a8414fd1461037b5780632f2f764114610390575f5ffd5b80631b463106146103145780631f7979a214610351575f5ffd5b806304c541ba146102a15780630ddd2b84146102d9578063155f594b146102ee5780631998830414610301575b5f5ffd5b60035468010000000000000000900467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b6102ec6102e7366004613226565b610697565b005b6102ec6102fc366004613252565b61078f565b6102ec61030f366004613252565b61086f565b6004547e01000000000000000000000000000000000000000000000000000000000000900461ffff165b60405161ffff90911681526020016102d0565b61035a61040081565b6040519081526020016102d0565b6102ec6103763660046132d0565b61095e565b610383610c58565b6040516102d0919061335d565b6004547a010000000000000000000000000000000000000000000000000000900463ffffffff165b60405163ffffffff90911681526020016102d0565b6102ec6103db36600461336f565b610ce8565b6103f36103ee366004613390565b610dbe565b6040516102d091906133ab565b6004547801000000000000000000000000000000000000000000000000900461ffff1661033e565b6103b8601081565b600354700100000000000000000000000000000000900463ffffffff166103b8565b610486610460366004613390565b67ffffffffffffffff165f908152600760205260409020546001600160a01b0316151590565b60405190151581526020016102d0565b6102ec610f16565b6102ec6104ac366004613252565b610f29565b6102ec610ffb565b6104cc6104c7366004613390565b6110a0565b6040516102d092919061346c565b6003547801000000000000000000000000000000000000000000000000900463ffffffff166102bb565b5f546001600160a01b03165b6040516001600160a01b0390911681526020016102d0565b61035a6105363660046134a1565b611339565b6104cc611353565b6102ec61055136600461336f565b6114b0565b610569610564366004613390565b61154e565b6040516102d091906134bb565b6102ec6105843660046134c9565b6116cb565b61033e601081565b6102ec61059f366004613226565b611802565b6002546001600160a01b0316610510565b60045474010000000000000000000000000000000000000000900463ffffffff166103b8565b6004546001600160a01b0316610510565b60035467ffffffffffffffff166102bb565b6001546001600160a01b0316610510565b6102ec61061d36600461351a565b6118f3565b6102ec610630366004613390565b611a6d565b61063d611d03565b6040516102d0919061354d565b6102ec610658366004613599565b611d8b565b6105107f000000000000000000000000000000000000000000000000000000000000000081565b6102ec610692366004613226565b612252565b61069f6122da565b6001600160a01b0381166106df576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004546001600160a01b031615610722576040517fab1a03e900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f848ec50e710d7a5638c608d1123d8e9162dedb1a117b2d6c85f749fc35eb22b4906020015b60405180910390a150565b6107976122da565b8063ffffffff165f036107d6576040517fa4f1d24e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805463ffffffff8381167a0100000000000000000000000000000000000000000000000000008181027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917f2dec98aa4ce60f1fa4f1822b3102fa712c545f24e704a851849c104c6ed7d9a691015b60405180910390a15050565b6002546001600160a01b031633146108ba576040517f179cd0fa0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60035463ffffffff7001000000000000000000000000000000009091048116908216111561095b57600380547fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000063ffffffff8416908102919091179091556040519081527f33334c8adf7b6f6263edffb0eecf2ffcd67a959df29ff8a2c97794a75a6c453890602001610784565b50565b5f546001600160a01b031633146109c657336109815f546001600160a01b031690565b6040517fa035b8920000000000000000000000000000000000000000000000000000000081526001600160a01b039283166004820152911660248201526044016108b1565b8367ffffffffffffffff165f03610a09576040517f5f11575300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84165f908152600760205260409020546001600160a01b031615610a6e576040517f55ddbf1d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016108b1565b6001600160a01b038316610aae576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610ab8828261234d565b6040518060600160405280846001600160a01b031681526020014367ffffffffffffffff16815260200183838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505067ffffffffffffffff808816825260076020908152604092839020855181549287015190931674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009092166001600160a01b0390931692909217178155908301519091506001820190610ba290826136b9565b505060088054600181018255600481047ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee301805467ffffffffffffffff808a16600390941685026101000a84810291021990911617905590545f828152600960205260409081902091909155516001600160a01b03861692507f90c61666a6340cb630369e892d5ff55892dde58413bccc4f08794c0a5dd9386090610c4a9086908690613774565b60405180910390a350505050565b606060058054610c679061362a565b80601f0160208091040260200160405190810160405280929190818152602001828054610c939061362a565b8015610cde5780601f10610cb557610100808354040283529160200191610cde565b820191905f5260205f20905b815481529060010190602001808311610cc157829003601f168201915b5050505050905090565b610cf06122da565b8061ffff165f03610d2d576040517fb2308f8d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805461ffff8381167e010000000000000000000000000000000000000000000000000000000000008181027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917fcfad4c1131bbe1a1e7a2c32952c50a829adcee44a97d638d57e058ccf0ec7d9b9101610863565b60408051606080820183525f808352602080840182905283850183905267ffffffffffffffff8681168352600782528583208651948501875280546001600160a01b038116865274010000000000000000000000000000000000000000900490911691840191909152600181018054949592949192840191610e3f9061362a565b80601f0160208091040260200160405190810160405280929190818152602001828054610e6b9061362a565b8015610eb65780601f10610e8d57610100808354040283529160200191610eb6565b820191905f5260205f20905b815481529060010190602001808311610e9957829003601f168201915b5050509190925250508151919250506001600160a01b0316610f10576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff841660048201526024016108b1565b92915050565b610f1e6122da565b610f275f612398565b565b610f316122da565b8063ffffffff165f03610f70576040517f0674e42600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004805463ffffffff838116740100000000000000000000000000000000000000008181027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917ff5067e3033ff9d6335b75c753b10a89689efd0ae2c0e4d722b0a0a9343ac0fb89101610863565b60015433906001600160a01b03168114611097576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602960248201527f4f776e61626c6532537465703a2063616c6c6572206973206e6f74207468652060448201527f6e6577206f776e6572000000000000000000000000000000000000000000000060648201526084016108b1565b61095b81612398565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081018290526040805160a08101825260035467ffffffffffffffff80821683526801000000000000000082048116602084015263ffffffff7001000000000000000000000000000000008304811694840194909452740100000000000000000000000000000000000000008204841660608401527801000000000000000000000000000000000000000000000000909104909216608082015290841615806111915750806020015167ffffffffffffffff168467ffffffffffffffff16115b156111d4576040517f712485e300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016108b1565b80516001905b8067ffffffffffffffff168267ffffffffffffffff161015611255575f600267ffffffffffffffff8484031604830167ffffffffffffffff8181165f908152600660205260409020600101549192508881166801000000000000000090920416101561124b5780600101925061124f565b8091505b506111da565b5067ffffffffffffffff8082165f90815260066020908152604091829020825160e08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000008204811660a08401527c01000000000000000000000000000000000000000000000000000000009091041660c0820152909590945092505050565b5f610f10463061134e368690038601866137fc565b6123c9565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260035467ffffffffffffffff16918290036113d3576040517fac477fc10000000000000000000000000000000000000000000000000000000081525f60048201526024016108b1565b5067ffffffffffffffff8082165f90815260066020908152604091829020825160e08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000008204811660a08401527c01000000000000000000000000000000000000000000000000000000009091041660c08201529091565b6114b86122da565b6114c1816124a0565b6004805461ffff83811678010000000000000000000000000000000000000000000000008181027fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917f6d376155ca9c94f7d9c66ca45d5899caa3558291c377422b93b6aefc3093f3dc9101610863565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915267ffffffffffffffff821615806115ac575060035467ffffffffffffffff908116908316115b156115ef576040517fac477fc100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016108b1565b5067ffffffffffffffff9081165f90815260066020908152604091829020825160e08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000082048116608084015278010000000000000000000000000000000000000000000000008204811660a08401527c01000000000000000000000000000000000000000000000000000000009091041660c082015290565b67ffffffffffffffff83165f9081526007602052604090205483906001600160a01b031680611732576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016108b1565b336001600160a01b03821614611786576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201523360248201526044016108b1565b611790848461234d565b67ffffffffffffffff85165f9081526007602052604090206001016117b684868361388a565b508467ffffffffffffffff167f63f36a083f098a5d1a399baf89cf73bc5fcbba188c44c40ce04be990664637c485856040516117f3929190613774565b60405180910390a25050505050565b61180a6122da565b6001600160a01b03811661184a576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160a01b03161561188d576040517f9aaca9be00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527f93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e90602001610784565b67ffffffffffffffff82165f9081526007602052604090205482906001600160a01b03168061195a576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016108b1565b336001600160a01b038216146119ae576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201523360248201526044016108b1565b6001600160a01b0383166119ee576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84165f8181526007602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03881690811790915590519092339290917fd166f67da2b0ff72b47ae18b94c238aa4b06ac483b164a9a0d82a01add830de69190a450505050565b67ffffffffffffffff81165f9081526007602052604090205481906001600160a01b031680611ad4576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016108b1565b336001600160a01b03821614801590611af757505f546001600160a01b03163314155b15611b40576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201523360248201526044016108b1565b67ffffffffffffffff83165f90815260076020526040812080547fffffffff0000000000000000000000000000000000000000000000000000000016815590611b8c60018301826131c1565b505067ffffffffffffffff83165f90815260096020526040902054600854808214611c7c575f6008611bbf600184613971565b81548110611bcf57611bcf613984565b5f918252602090912060048204015467ffffffffffffffff6008600390931683026101000a9091041691508190611c07600186613971565b81548110611c1757611c17613984565b905f5260205f2090600491828204019190066008026101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508260095f8367ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f2081905550505b6008805480611c8d57611c8d6139b1565b5f828152602080822060045f1990940193840401805467ffffffffffffffff600860038716026101000a8102199091169091559290935590871680825260099092526040808220829055517fcb4d0512c361c434712692edfb8788af83071c7c06ffd98924bf817be46a02929190a25050505050565b60606008805480602002602001604051908101604052809291908181526020018280548015610cde57602002820191905f5260205f20905f905b82829054906101000a900467ffffffffffffffff1667ffffffffffffffff1681526020019060080190602082600701049283019260010382029150808411611d3d5790505050505050905090565b6040805160a0808201835260035467ffffffffffffffff80821684526801000000000000000082041660208085019190915263ffffffff70010000000000000000000000000000000083048116858701527401000000000000000000000000000000000000000080840482166060808801919091527801000000000000000000000000000000000000000000000000948590048316608080890191909152885196870189526004546001600160a01b038116885292830484169487019490945261ffff9482048516978601979097527a0100000000000000000000000000000000000000000000000000008104909116958401959095527e01000000000000000000000000000000000000000000000000000000000000909404169281019290925290611eb882866124f7565b611ec3828286612715565b611edc82611ed760a0880160808901613390565b6127ff565b611ee78282876128c0565b5f611efc463061134e368a90038a018a6137fc565b90505f611f0f8287878660400151612ded565b90505f611f1f6020890189613390565b90505f611f3260608a0160408b01613390565b90505f611f4560a08b0160808c01613390565b90505f611f5860c08c0160a08d01613390565b90506040518060e001604052808c6060013581526020018c6020016020810190611f829190613390565b67ffffffffffffffff1681526020018467ffffffffffffffff1681526020018b63ffffffff1681526020014363ffffffff1681526020018363ffffffff1681526020018263ffffffff1681525060065f8667ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f01556020820151816001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060608201518160010160106101000a81548163ffffffff021916908363ffffffff16021790555060808201518160010160146101000a81548163ffffffff021916908363ffffffff16021790555060a08201518160010160186101000a81548163ffffffff021916908363ffffffff16021790555060c082015181600101601c6101000a81548163ffffffff021916908363ffffffff16021790555090505083885f019067ffffffffffffffff16908167ffffffffffffffff168152505082886020019067ffffffffffffffff16908167ffffffffffffffff168152505081886060019063ffffffff16908163ffffffff168152505080886080019063ffffffff16908163ffffffff16815250508760035f820151815f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506020820151815f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160106101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055509050506122458b878c88613072565b5050505050505050505050565b61225a6122da565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556122a25f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f546001600160a01b03163314610f27576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e657260448201526064016108b1565b610400811115612394576040517f9b05b6a60000000000000000000000000000000000000000000000000000000081526004810182905261040060248201526044016108b1565b5050565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561095b8161315a565b5f7fe68fa26e7a78e62fe044334da0d963e6f1f8e79acef3af724e9955fc39b28f658484845f015185602001518660400151876060015188608001518960a001518a60c001516040516020016124809a99989796959493929190998a5260208a01989098526001600160a01b0396909616604089015267ffffffffffffffff9485166060890152928416608088015290831660a087015260c0860152811660e0850152166101008301526101208201526101400190565b6040516020818303038152906040528051906020012090505b9392505050565b6113888161ffff161115806124ba57506127108161ffff16115b1561095b576040517f313cc5c100000000000000000000000000000000000000000000000000000000815261ffff821660048201526024016108b1565b5f6125056020830183613390565b9050825f015167ffffffffffffffff168167ffffffffffffffff1611158015612537575067ffffffffffffffff811615155b1561257a576040517fbea436f200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016108b1565b825160010167ffffffffffffffff828116908216146125d9576040517fc64f171500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8083166004830152831660248201526044016108b1565b5f846020015160016125eb91906139de565b905067ffffffffffffffff81166126086040860160208701613390565b67ffffffffffffffff161461266e57806126286040860160208701613390565b6040517f80d9cdc300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9283166004820152911660248201526044016108b1565b61267e6040850160208601613390565b67ffffffffffffffff166126986060860160408701613390565b67ffffffffffffffff16101561270e576126b86040850160208601613390565b6126c86060860160408701613390565b6040517f88a65e2000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9283166004820152911660248201526044016108b1565b5050505050565b438163ffffffff1610612762576040517f41b1af0900000000000000000000000000000000000000000000000000000000815263ffffffff821660048201524360248201526044016108b1565b5f826020015163ffffffff16431161277a575f612788565b826020015163ffffffff1643035b9050836040015163ffffffff168110156127a95750604083015163ffffffff165b808263ffffffff1610156127f9576040517fdcf478ae00000000000000000000000000000000000000000000000000000000815263ffffffff8084166004830152821660248201526044016108b1565b50505050565b438167ffffffffffffffff1610612854576040517f3297cf1600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201524360248201526044016108b1565b816060015163ffffffff168167ffffffffffffffff1610156123945760608201516040517fcc27670600000000000000000000000000000000000000000000000000000000815263ffffffff909116600482015267ffffffffffffffff821660248201526044016108b1565b5f6128d160c0830160a08401613390565b608085015190915063ffffffff1667ffffffffffffffff8216811115612937576040517fc9ec23e000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8083166004830152831660248201526044016108b1565b83516001600160a01b03166129e25767ffffffffffffffff82161561299a576040517fc0f0db9500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201525f60248201526044016108b1565b60c08301351561270e576040517f326b01f60000000000000000000000000000000000000000000000000000000081525f600482015260c084013560248201526044016108b1565b5f845f015190505f816001600160a01b03166306661abd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612a26573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a4a91906139fe565b90508067ffffffffffffffff168467ffffffffffffffff161115612aae576040517fc0f0db9500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8086166004830152821660248201526044016108b1565b6040517ff7a2ce3d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f906001600160a01b0384169063f7a2ce3d90602401602060405180830381865afa158015612b15573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b399190613a19565b90508560c001358114612b85576040517f326b01f60000000000000000000000000000000000000000000000000000000081526004810182905260c087013560248201526044016108b1565b5f612b9660a0880160808901613390565b905067ffffffffffffffff861615612cab576040517f6ced947d0000000000000000000000000000000000000000000000000000000081525f19870167ffffffffffffffff81166004830152905f906001600160a01b03871690636ced947d90602401608060405180830381865afa158015612c14573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c389190613a30565b6020015190508267ffffffffffffffff168167ffffffffffffffff161115612ca8576040517f0523d3e000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80841660048301528083166024830152841660448201526064016108b1565b50505b84860367ffffffffffffffff808516908816108015612cdb5750886080015161ffff168167ffffffffffffffff16105b15612de1576040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff881660048201525f906001600160a01b03871690636ced947d90602401608060405180830381865afa158015612d47573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d6b9190613a30565b9050806060015167ffffffffffffffff168367ffffffffffffffff1611156122455760208101516040517f1d5bfc0500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b166004830152918216602482015290841660448201526064016108b1565b50505050505050505050565b5f5f60058054612dfc9061362a565b80601f0160208091040260200160405190810160405280929190818152602001828054612e289061362a565b8015612e735780601f10612e4a57610100808354040283529160200191612e73565b820191905f5260205f20905b815481529060010190602001808311612e5657829003601f168201915b50505050509050612e97604051806040016040528060608152602001606081525090565b6040517f6efb46360000000000000000000000000000000000000000000000000000000081526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636efb463690612f02908a9086908b908b90600401613c5e565b5f60405180830381865afa158015612f1c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612f439190810190613e32565b935090505f5b8251811015613067575f825f01518281518110612f6857612f68613984565b602002602001015190505f83602001518381518110612f8957612f89613984565b60200260200101519050806bffffffffffffffffffffffff165f1480612fe25750612fc661ffff88166bffffffffffffffffffffffff8316613ef4565b612fe06127106bffffffffffffffffffffffff8516613ef4565b105b1561305d57848381518110612ff957612ff9613984565b01602001516040517f594da63a00000000000000000000000000000000000000000000000000000000815260f89190911c60048201526bffffffffffffffffffffffff83811660248301528216604482015261ffff881660648201526084016108b1565b5050600101612f49565b505050949350505050565b61307f6020850185613390565b67ffffffffffffffff167f4a1c984ed5602494267471900bee3c0dc523a3df26db87f10fb23f61b8af977d6130ba6040870160208801613390565b6130ca6060880160408901613390565b60608801358787876130e260a08d0160808e01613390565b6130f260c08e0160a08f01613390565b6040805167ffffffffffffffff998a1681529789166020890152870195909552606086019390935263ffffffff909116608085015260a0840152831660c083810191909152921660e0820152908701356101008201526101200160405180910390a250505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5080546131cd9061362a565b5f825580601f106131dc575050565b601f0160209004905f5260205f209081019061095b91905b80821115613207575f81556001016131f4565b5090565b80356001600160a01b0381168114613221575f5ffd5b919050565b5f60208284031215613236575f5ffd5b6124998261320b565b803563ffffffff81168114613221575f5ffd5b5f60208284031215613262575f5ffd5b6124998261323f565b67ffffffffffffffff8116811461095b575f5ffd5b80356132218161326b565b5f5f83601f84011261329b575f5ffd5b50813567ffffffffffffffff8111156132b2575f5ffd5b6020830191508360208285010111156132c9575f5ffd5b9250929050565b5f5f5f5f606085870312156132e3575f5ffd5b84356132ee8161326b565b93506132fc6020860161320b565b9250604085013567ffffffffffffffff811115613317575f5ffd5b6133238782880161328b565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f612499602083018461332f565b5f6020828403121561337f575f5ffd5b813561ffff81168114612499575f5ffd5b5f602082840312156133a0575f5ffd5b81356124998161326b565b602081526001600160a01b03825116602082015267ffffffffffffffff60208301511660408201525f60408301516060808401526133ec608084018261332f565b949350505050565b8051825267ffffffffffffffff602082015116602083015267ffffffffffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff608082015116608083015263ffffffff60a08201511660a083015260c081015161346760c084018263ffffffff169052565b505050565b67ffffffffffffffff83168152610100810161249960208301846133f4565b5f60e0828403121561349b575f5ffd5b50919050565b5f60e082840312156134b1575f5ffd5b612499838361348b565b60e08101610f1082846133f4565b5f5f5f604084860312156134db575f5ffd5b83356134e68161326b565b9250602084013567ffffffffffffffff811115613501575f5ffd5b61350d8682870161328b565b9497909650939450505050565b5f5f6040838503121561352b575f5ffd5b82356135368161326b565b91506135446020840161320b565b90509250929050565b602080825282518282018190525f918401906040840190835b8181101561358e57835167ffffffffffffffff16835260209384019390920191600101613566565b509095945050505050565b5f5f5f61012084860312156135ac575f5ffd5b6135b6858561348b565b92506135c460e0850161323f565b915061010084013567ffffffffffffffff8111156135e0575f5ffd5b840161018081870312156135f2575f5ffd5b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c9082168061363e57607f821691505b60208210810361349b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561346757805f5260205f20601f840160051c8101602085101561369a5750805b601f840160051c820191505b8181101561270e575f81556001016136a6565b815167ffffffffffffffff8111156136d3576136d36135fd565b6136e7816136e1845461362a565b84613675565b6020601f821160018114613719575f83156137025750848201515b5f19600385901b1c1916600184901b17845561270e565b5f84815260208120601f198516915b828110156137485787850151825560209485019460019092019101613728565b508482101561376557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b60405160e0810167ffffffffffffffff811182821017156137c5576137c56135fd565b60405290565b604051601f8201601f1916810167ffffffffffffffff811182821017156137f4576137f46135fd565b604052919050565b5f60e082840312801561380d575f5ffd5b506138166137a2565b82356138218161326b565b815260208301356138318161326b565b602082015260408301356138448161326b565b60408201526060838101359082015260808301356138618161326b565b608082015261387260a08401613280565b60a082015260c0928301359281019290925250919050565b67ffffffffffffffff8311156138a2576138a26135fd565b6138b6836138b0835461362a565b83613675565b5f601f8411600181146138e7575f85156138d05750838201355b5f19600387901b1c1916600186901b17835561270e565b5f83815260208120601f198716915b8281101561391657868501358255602094850194600190920191016138f6565b5086821015613932575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610f1057610f10613944565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b67ffffffffffffffff8181168382160190811115610f1057610f10613944565b5f60208284031215613a0e575f5ffd5b81516124998161326b565b5f60208284031215613a29575f5ffd5b5051919050565b5f6080828403128015613a41575f5ffd5b506040516080810167ffffffffffffffff81118282101715613a6557613a656135fd565b604052825181526020830151613a7a8161326b565b60208201526040830151613a8d8161326b565b60408201526060830151613aa08161326b565b60608201529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613adf575f5ffd5b830160208101925035905067ffffffffffffffff811115613afe575f5ffd5b8060051b36038213156132c9575f5ffd5b8183526020830192505f815f5b84811015613b485763ffffffff613b328361323f565b1686526020958601959190910190600101613b1c565b5093949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613b85575f5ffd5b830160208101925035905067ffffffffffffffff811115613ba4575f5ffd5b8060061b36038213156132c9575f5ffd5b8183526020830192505f815f5b84811015613b4857813586526020808301359087015260409586019590910190600101613bc2565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b86811015613c5257601f19848403018852613c2f8287613aac565b613c3a858284613b0f565b60209a8b019a90955093909301925050600101613c14565b50909695505050505050565b848152608060208201525f613c76608083018661332f565b63ffffffff851660408401528281036060840152613c948485613aac565b6101808352613ca861018084018284613b0f565b915050613cb86020860186613b52565b8383036020850152613ccb838284613bb5565b92505050613cdc6040860186613b52565b8383036040850152613cef838284613bb5565b92505050613d036060830160608701613bea565b613d1d60e0830160e0870180358252602090810135910152565b613d2b610120860186613aac565b838303610120850152613d3f838284613b0f565b92505050613d51610140860186613aac565b838303610140850152613d65838284613b0f565b92505050613d77610160860186613aac565b838303610160850152613d8b838284613bfd565b9a9950505050505050505050565b5f82601f830112613da8575f5ffd5b815167ffffffffffffffff811115613dc257613dc26135fd565b8060051b613dd2602082016137cb565b91825260208185018101929081019086841115613ded575f5ffd5b6020860192505b83831015613e285782516bffffffffffffffffffffffff81168114613e17575f5ffd5b825260209283019290910190613df4565b9695505050505050565b5f5f60408385031215613e43575f5ffd5b825167ffffffffffffffff811115613e59575f5ffd5b830160408186031215613e6a575f5ffd5b6040805190810167ffffffffffffffff81118282101715613e8d57613e8d6135fd565b604052815167ffffffffffffffff811115613ea6575f5ffd5b613eb287828501613d99565b825250602082015167ffffffffffffffff811115613ece575f5ffd5b613eda87828501613d99565b602083810191909152959095015190969095509350505050565b8082028115828204841417610f1057610f1061394456",
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
