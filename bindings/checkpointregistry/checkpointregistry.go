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
}

// CheckpointRegistryMetaData contains all meta data concerning the CheckpointRegistry contract.
var CheckpointRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"checker\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"},{\"name\":\"quorumNumbers_\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"thresholdBips_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"maxReferenceAge_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_METADATA_BYTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkpointByHeight\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkpointDigest\",\"inputs\":[{\"name\":\"checkpoint\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregisterRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getCheckpoint\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Rollup\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRollupRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestCheckpoint\",\"inputs\":[],\"outputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.StoredCheckpoint\",\"components\":[{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"l1Block\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestCheckpointNumber\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestEndHeight\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxReferenceAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minReferenceBlock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumbers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"raiseMinReferenceBlock\",\"inputs\":[{\"name\":\"blockNumber\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerRollup\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rollupOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rollupIds\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64[]\",\"internalType\":\"uint64[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setMaxReferenceAge\",\"inputs\":[{\"name\":\"newAge\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlasher\",\"inputs\":[{\"name\":\"newSlasher\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setThresholdBips\",\"inputs\":[{\"name\":\"newBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signatureChecker\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slasher\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitCheckpoint\",\"inputs\":[{\"name\":\"checkpoint\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"signature\",\"type\":\"tuple\",\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"components\":[{\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\",\"internalType\":\"structBN254Types.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApks\",\"type\":\"tuple[]\",\"internalType\":\"structBN254Types.G1Point[]\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"apkG2\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G2Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"},{\"name\":\"Y\",\"type\":\"uint256[2]\",\"internalType\":\"uint256[2]\"}]},{\"name\":\"sigma\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\",\"internalType\":\"uint32[]\"},{\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\",\"internalType\":\"uint32[][]\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"thresholdBips\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferRollupOwnership\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateRollupMetadata\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CheckpointSubmitted\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxReferenceAgeUpdated\",\"inputs\":[{\"name\":\"previousAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newAge\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinReferenceBlockRaised\",\"inputs\":[{\"name\":\"minReferenceBlock\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupDeregistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupMetadataUpdated\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupOwnershipTransferred\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherSet\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ThresholdUpdated\",\"inputs\":[{\"name\":\"previousBips\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"newBips\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointAlreadySubmitted\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CheckpointNotFound\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"EmptyQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"HeightNotCheckpointed\",\"inputs\":[{\"name\":\"height\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InsufficientSignedStake\",\"inputs\":[{\"name\":\"quorumNumber\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signedStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"totalStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"thresholdBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"InvalidHeightRange\",\"inputs\":[{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidMaxReferenceAge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorumNumbers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRollupId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidThreshold\",\"inputs\":[{\"name\":\"thresholdBips\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"type\":\"error\",\"name\":\"MetadataTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NonContiguousHeights\",\"inputs\":[{\"name\":\"expectedStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"gotStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NonSequentialCheckpoint\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"got\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"NotRollupOwner\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OnlySlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReferenceBlockNotInPast\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"currentBlock\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RollupAlreadyRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"RollupNotRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SlasherAlreadySet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StaleReferenceBlock\",\"inputs\":[{\"name\":\"referenceBlock\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"oldestAllowed\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161372b38038061372b83398101604081905261002e916102be565b610037336101b5565b6001600160a01b038516158061005457506001600160a01b038116155b156100725760405163d92e233d60e01b815260040160405180910390fd5b83515f0361009357604051633ed9ff1160e11b815260040160405180910390fd5b5f5b8451811015610122575f8582815181106100b1576100b16103b2565b016020015160f81c905060c0811015806100fb57505f821180156100fb5750856100dc6001846103c6565b815181106100ec576100ec6103b2565b016020015160f81c60ff821611155b156101195760405163459637c760e11b815260040160405180910390fd5b50600101610095565b5061012c836101d1565b8163ffffffff165f036101525760405163033a721360e11b815260040160405180910390fd5b6001600160a01b038516608052600461016b858261046f565b506003805465ffffffffffff60a01b1916600160c01b61ffff86160263ffffffff60a01b191617600160a01b63ffffffff8516021790556101ab816101b5565b5050505050610529565b600180546001600160a01b03191690556101ce81610213565b50565b6113888161ffff161115806101eb57506127108161ffff16115b156101ce5760405163313cc5c160e01b815261ffff8216600482015260240160405180910390fd5b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146101ce575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b805161ffff8116811461029b575f5ffd5b919050565b805163ffffffff8116811461029b575f5ffd5b805161029b81610262565b5f5f5f5f5f60a086880312156102d2575f5ffd5b85516102dd81610262565b60208701519095506001600160401b038111156102f8575f5ffd5b8601601f81018813610308575f5ffd5b80516001600160401b0381111561032157610321610276565b604051601f8201601f19908116603f011681016001600160401b038111828210171561034f5761034f610276565b6040528181528282016020018a1015610366575f5ffd5b8160208401602083015e5f6020838301015280965050505061038a6040870161028a565b9250610398606087016102a0565b91506103a6608087016102b3565b90509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b818103818111156103e557634e487b7160e01b5f52601160045260245ffd5b92915050565b600181811c908216806103ff57607f821691505b60208210810361041d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561046a57805f5260205f20601f840160051c810160208510156104485750805b601f840160051c820191505b81811015610467575f8155600101610454565b50505b505050565b81516001600160401b0381111561048857610488610276565b61049c8161049684546103eb565b84610423565b6020601f8211600181146104ce575f83156104b75750848201515b5f19600385901b1c1916600184901b178455610467565b5f84815260208120601f198516915b828110156104fd57878501518255602094850194600190920191016104dd565b508482101561051a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6080516131e36105485f395f81816104f801526121f001526131e35ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c80638da5cb5b116100fe578063bc5c06af1161009e578063ea329afc1161006e578063ea329afc146104cb578063ee5dcd50146104de578063efb2bfd3146104f3578063f2fde38b1461051a575f5ffd5b8063bc5c06af14610462578063dc20aaa514610488578063e30c39781461049a578063e42c9e3c146104b8575f5ffd5b80639d5e2426116100d95780639d5e2426146103fe578063a39384d01461041e578063aabc249614610431578063b134427114610444575f5ffd5b80638da5cb5b146103a5578063907c0f92146103e35780639a7ebc22146103eb575f5ffd5b806357e8ec431161017457806373e505721161014457806373e505721461035657806379ba5097146103695780637c430526146103715780638a01794b14610392575f5ffd5b806357e8ec43146102945780635f25cf59146102ca578063694a645e146102fd578063715018a61461034e575f5ffd5b8063246e26a2116101af578063246e26a214610239578063248aef111461024c5780632a8414fd1461025f57806351da5a6814610274575f5ffd5b806304c541ba146101d5578063199883041461020d5780631f7979a214610222575b5f5ffd5b60035468010000000000000000900467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b61022061021b3660046125c4565b61052d565b005b61022b61040081565b604051908152602001610204565b6102206102473660046125f3565b61062e565b61022061025a3660046126d4565b6109fe565b610267610cd2565b604051610204919061275f565b610287610282366004612771565b610d62565b604051610204919061278a565b6003547801000000000000000000000000000000000000000000000000900461ffff1660405161ffff9091168152602001610204565b600354700100000000000000000000000000000000900463ffffffff165b60405163ffffffff9091168152602001610204565b61033e61030b366004612771565b67ffffffffffffffff165f9081526006602052604090205473ffffffffffffffffffffffffffffffffffffffff16151590565b6040519015158152602001610204565b610220610ed4565b6102206103643660046125c4565b610ee7565b610220610fc1565b61038461037f366004612771565b611073565b6040516102049291906127e0565b61022b6103a0366004612849565b6112b6565b5f5473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610204565b6103846112cb565b6102206103f9366004612863565b6113d0565b61041161040c366004612771565b61146e565b6040516102049190612884565b61022061042c3660046128dd565b611593565b61022061043f36600461292c565b6116e4565b60025473ffffffffffffffffffffffffffffffffffffffff166103be565b60035474010000000000000000000000000000000000000000900463ffffffff166102e8565b60035467ffffffffffffffff166101ef565b60015473ffffffffffffffffffffffffffffffffffffffff166103be565b6102206104c6366004612945565b6117fc565b6102206104d9366004612771565b6119aa565b6104e6611c23565b6040516102049190612976565b6103be7f000000000000000000000000000000000000000000000000000000000000000081565b61022061052836600461292c565b611cab565b60025473ffffffffffffffffffffffffffffffffffffffff163314610585576040517f179cd0fa0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b60035463ffffffff7001000000000000000000000000000000009091048116908216111561062b57600380547fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000063ffffffff8416908102919091179091556040519081527f33334c8adf7b6f6263edffb0eecf2ffcd67a959df29ff8a2c97794a75a6c4538906020015b60405180910390a15b50565b6040805160a08101825260035467ffffffffffffffff8082168352680100000000000000008204166020830152700100000000000000000000000000000000810463ffffffff908116938301939093527401000000000000000000000000000000000000000081049092166060820152780100000000000000000000000000000000000000000000000090910461ffff1660808201526106ce8185611d5a565b6106d88184611f78565b5f6106f246306106ed36899003890189612a20565b612061565b90505f6107058286868660800151612109565b90505f6107156020880188612771565b90505f6107286060890160408a01612771565b90506040518060a00160405280896060013581526020018960200160208101906107529190612771565b67ffffffffffffffff1681526020018267ffffffffffffffff1681526020018863ffffffff1681526020014363ffffffff1681525060055f8467ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f01556020820151816001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060608201518160010160106101000a81548163ffffffff021916908363ffffffff16021790555060808201518160010160146101000a81548163ffffffff021916908363ffffffff16021790555090505081855f019067ffffffffffffffff16908167ffffffffffffffff168152505080856020019067ffffffffffffffff16908167ffffffffffffffff16815250508460035f820151815f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506020820151815f0160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151815f0160106101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f0160186101000a81548161ffff021916908361ffff1602179055509050508167ffffffffffffffff167f2da10d1e4cdf1ac05d262d59166e525a4a068a4d62c3b3162fe7e0cab7612b2f8960200160208101906109ae9190612771565b6040805167ffffffffffffffff9283168152918516602083015260608c81013583830152820188905263ffffffff8b16608083015260a08201879052519081900360c00190a25050505050505050565b8367ffffffffffffffff165f03610a41576040517f5f11575300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84165f9081526006602052604090205473ffffffffffffffffffffffffffffffffffffffff1615610ab3576040517f55ddbf1d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015260240161057c565b73ffffffffffffffffffffffffffffffffffffffff8316610b00576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b0a828261239b565b60405180606001604052808473ffffffffffffffffffffffffffffffffffffffff1681526020014367ffffffffffffffff16815260200183838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505067ffffffffffffffff808816825260066020908152604092839020855181549287015190931674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090921673ffffffffffffffffffffffffffffffffffffffff90931692909217178155908301519091506001820190610c0e9082612b28565b505060078054600181018255600481047fa66cc928b5edb82af9bd49922954155ab7b0942694bea4ce44661d9a8736c68801805467ffffffffffffffff808a166008600390951685026101000a8181029202199092161790915591545f838152602092909252604091829020555173ffffffffffffffffffffffffffffffffffffffff861692507f90c61666a6340cb630369e892d5ff55892dde58413bccc4f08794c0a5dd9386090610cc49086908690612be3565b60405180910390a350505050565b606060048054610ce190612a99565b80601f0160208091040260200160405190810160405280929190818152602001828054610d0d90612a99565b8015610d585780601f10610d2f57610100808354040283529160200191610d58565b820191905f5260205f20905b815481529060010190602001808311610d3b57829003601f168201915b5050505050905090565b60408051606080820183525f808352602080840182905283850183905267ffffffffffffffff86811683526006825285832086519485018752805473ffffffffffffffffffffffffffffffffffffffff8116865274010000000000000000000000000000000000000000900490911691840191909152600181018054949592949192840191610df090612a99565b80601f0160208091040260200160405190810160405280929190818152602001828054610e1c90612a99565b8015610e675780601f10610e3e57610100808354040283529160200191610e67565b820191905f5260205f20905b815481529060010190602001808311610e4a57829003601f168201915b50505091909252505081519192505073ffffffffffffffffffffffffffffffffffffffff16610ece576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260240161057c565b92915050565b610edc6123e6565b610ee55f612466565b565b610eef6123e6565b8063ffffffff165f03610f2e576040517f0674e42600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003805463ffffffff838116740100000000000000000000000000000000000000008181027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917ff5067e3033ff9d6335b75c753b10a89689efd0ae2c0e4d722b0a0a9343ac0fb891015b60405180910390a15050565b600154339073ffffffffffffffffffffffffffffffffffffffff16811461106a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602960248201527f4f776e61626c6532537465703a2063616c6c6572206973206e6f74207468652060448201527f6e6577206f776e65720000000000000000000000000000000000000000000000606482015260840161057c565b61062b81612466565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081018290526040805160a08101825260035467ffffffffffffffff80821683526801000000000000000082048116602084015263ffffffff7001000000000000000000000000000000008304811694840194909452740100000000000000000000000000000000000000008204909316606083015261ffff780100000000000000000000000000000000000000000000000090910416608082015290841615806111585750806020015167ffffffffffffffff168467ffffffffffffffff16115b1561119b576040517f712485e300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015260240161057c565b80516001905b8067ffffffffffffffff168267ffffffffffffffff16101561121c575f600267ffffffffffffffff8484031604830167ffffffffffffffff8181165f908152600560205260409020600101549192508881166801000000000000000090920416101561121257806001019250611216565b8091505b506111a1565b5067ffffffffffffffff8082165f90815260056020908152604091829020825160a08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff70010000000000000000000000000000000082048116606084015274010000000000000000000000000000000000000000909104166080820152909590945092505050565b5f610ece46306106ed36869003860186612a20565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905260035467ffffffffffffffff169182900361133d576040517fac477fc10000000000000000000000000000000000000000000000000000000081525f600482015260240161057c565b5067ffffffffffffffff8082165f90815260056020908152604091829020825160a08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff700100000000000000000000000000000000820481166060840152740100000000000000000000000000000000000000009091041660808201529091565b6113d86123e6565b6113e181612497565b6003805461ffff83811678010000000000000000000000000000000000000000000000008181027fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917f6d376155ca9c94f7d9c66ca45d5899caa3558291c377422b93b6aefc3093f3dc9101610fb5565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915267ffffffffffffffff821615806114be575060035467ffffffffffffffff908116908316115b15611501576040517fac477fc100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161057c565b5067ffffffffffffffff9081165f90815260056020908152604091829020825160a08101845281548152600190910154808516928201929092526801000000000000000082049093169183019190915263ffffffff7001000000000000000000000000000000008204811660608401527401000000000000000000000000000000000000000090910416608082015290565b67ffffffffffffffff83165f90815260066020526040902054839073ffffffffffffffffffffffffffffffffffffffff1680611607576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161057c565b3373ffffffffffffffffffffffffffffffffffffffff821614611668576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015233602482015260440161057c565b611672848461239b565b67ffffffffffffffff85165f908152600660205260409020600101611698848683612c11565b508467ffffffffffffffff167f63f36a083f098a5d1a399baf89cf73bc5fcbba188c44c40ce04be990664637c485856040516116d5929190612be3565b60405180910390a25050505050565b6116ec6123e6565b73ffffffffffffffffffffffffffffffffffffffff8116611739576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60025473ffffffffffffffffffffffffffffffffffffffff1615611789576040517f9aaca9be00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040519081527f93984378289228ac490c326f8dbcc3f9b2c703753c272e7c572949e115da985e90602001610622565b67ffffffffffffffff82165f90815260066020526040902054829073ffffffffffffffffffffffffffffffffffffffff1680611870576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161057c565b3373ffffffffffffffffffffffffffffffffffffffff8216146118d1576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015233602482015260440161057c565b73ffffffffffffffffffffffffffffffffffffffff831661191e576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b67ffffffffffffffff84165f8181526006602052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff881690811790915590519092339290917fd166f67da2b0ff72b47ae18b94c238aa4b06ac483b164a9a0d82a01add830de69190a450505050565b67ffffffffffffffff81165f90815260066020526040902054819073ffffffffffffffffffffffffffffffffffffffff1680611a1e576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161057c565b3373ffffffffffffffffffffffffffffffffffffffff821614611a7f576040517fd01126ea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015233602482015260440161057c565b67ffffffffffffffff83165f90815260066020526040812080547fffffffff0000000000000000000000000000000000000000000000000000000016815590611acb6001830182612562565b505067ffffffffffffffff83165f90815260086020526040902054600754808214611b9b575f6007611afe600184612cf8565b81548110611b0e57611b0e612d0b565b5f918252602090912060048204015460039091166008026101000a900467ffffffffffffffff169050806007611b45600186612cf8565b81548110611b5557611b55612d0b565b5f91825260208083206004830401805467ffffffffffffffff9586166008600390951685026101000a908102908702199091161790559390921681529152604090208290555b6007805480611bac57611bac612d38565b5f828152602080822060045f1990940193840401805467ffffffffffffffff60086003871681026101000a820219909216909255939094559288168082529190925260408083208390555190917fcb4d0512c361c434712692edfb8788af83071c7c06ffd98924bf817be46a029291a25050505050565b60606007805480602002602001604051908101604052809291908181526020018280548015610d5857602002820191905f5260205f20905f905b82829054906101000a900467ffffffffffffffff1667ffffffffffffffff1681526020019060080190602082600701049283019260010382029150808411611c5d5790505050505050905090565b611cb36123e6565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611d155f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611d686020830183612771565b9050825f015167ffffffffffffffff168167ffffffffffffffff1611158015611d9a575067ffffffffffffffff811615155b15611ddd576040517fbea436f200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015260240161057c565b825160010167ffffffffffffffff82811690821614611e3c576040517fc64f171500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80831660048301528316602482015260440161057c565b5f84602001516001611e4e9190612d65565b905067ffffffffffffffff8116611e6b6040860160208701612771565b67ffffffffffffffff1614611ed15780611e8b6040860160208701612771565b6040517f80d9cdc300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161057c565b611ee16040850160208601612771565b67ffffffffffffffff16611efb6060860160408701612771565b67ffffffffffffffff161015611f7157611f1b6040850160208601612771565b611f2b6060860160408701612771565b6040517f88a65e2000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161057c565b5050505050565b438163ffffffff1610611fc5576040517f41b1af0900000000000000000000000000000000000000000000000000000000815263ffffffff8216600482015243602482015260440161057c565b5f826060015163ffffffff164311611fdd575f611feb565b826060015163ffffffff1643035b9050826040015163ffffffff1681101561200c5750604082015163ffffffff165b808263ffffffff16101561205c576040517fdcf478ae00000000000000000000000000000000000000000000000000000000815263ffffffff80841660048301528216602482015260440161057c565b505050565b805160208083015160408085015160608087015183517f765a31009f21ae53ec38c152ca04e63dfdfa8df9af43032667706609eb10431a818801528085018b905273ffffffffffffffffffffffffffffffffffffffff8a169281019290925267ffffffffffffffff968716608083015293861660a0820152941660c085015260e0808501929092528051808503909201825261010090930190925281519101205b9392505050565b5f5f6004805461211890612a99565b80601f016020809104026020016040519081016040528092919081815260200182805461214490612a99565b801561218f5780601f106121665761010080835404028352916020019161218f565b820191905f5260205f20905b81548152906001019060200180831161217257829003601f168201915b505050505090506121b3604051806040016040528060608152602001606081525090565b6040517f6efb463600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636efb46369061222b908a9086908b908b90600401612f37565b5f60405180830381865afa158015612245573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261226c919081019061310b565b935090505f5b8251811015612390575f825f0151828151811061229157612291612d0b565b602002602001015190505f836020015183815181106122b2576122b2612d0b565b60200260200101519050806bffffffffffffffffffffffff165f148061230b57506122ef61ffff88166bffffffffffffffffffffffff83166131cc565b6123096127106bffffffffffffffffffffffff85166131cc565b105b156123865784838151811061232257612322612d0b565b01602001516040517f594da63a00000000000000000000000000000000000000000000000000000000815260f89190911c60048201526bffffffffffffffffffffffff83811660248301528216604482015261ffff8816606482015260840161057c565b5050600101612272565b505050949350505050565b6104008111156123e2576040517f9b05b6a600000000000000000000000000000000000000000000000000000000815260048101829052610400602482015260440161057c565b5050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610ee5576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e6572604482015260640161057c565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561062b816124ee565b6113888161ffff161115806124b157506127108161ffff16115b1561062b576040517f313cc5c100000000000000000000000000000000000000000000000000000000815261ffff8216600482015260240161057c565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b50805461256e90612a99565b5f825580601f1061257d575050565b601f0160209004905f5260205f209081019061062b91905b808211156125a8575f8155600101612595565b5090565b803563ffffffff811681146125bf575f5ffd5b919050565b5f602082840312156125d4575f5ffd5b612102826125ac565b5f608082840312156125ed575f5ffd5b50919050565b5f5f5f60c08486031215612605575f5ffd5b61260f85856125dd565b925061261d608085016125ac565b915060a084013567ffffffffffffffff811115612638575f5ffd5b8401610180818703121561264a575f5ffd5b809150509250925092565b803567ffffffffffffffff811681146125bf575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff811681146125bf575f5ffd5b5f5f83601f84011261269f575f5ffd5b50813567ffffffffffffffff8111156126b6575f5ffd5b6020830191508360208285010111156126cd575f5ffd5b9250929050565b5f5f5f5f606085870312156126e7575f5ffd5b6126f085612655565b93506126fe6020860161266c565b9250604085013567ffffffffffffffff811115612719575f5ffd5b6127258782880161268f565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6121026020830184612731565b5f60208284031215612781575f5ffd5b61210282612655565b6020815273ffffffffffffffffffffffffffffffffffffffff825116602082015267ffffffffffffffff60208301511660408201525f60408301516060808401526127d86080840182612731565b949350505050565b67ffffffffffffffff8316815260c0810161210260208301848051825267ffffffffffffffff602082015116602083015267ffffffffffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b5f60808284031215612859575f5ffd5b61210283836125dd565b5f60208284031215612873575f5ffd5b813561ffff81168114612102575f5ffd5b60a08101610ece82848051825267ffffffffffffffff602082015116602083015267ffffffffffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b5f5f5f604084860312156128ef575f5ffd5b6128f884612655565b9250602084013567ffffffffffffffff811115612913575f5ffd5b61291f8682870161268f565b9497909650939450505050565b5f6020828403121561293c575f5ffd5b6121028261266c565b5f5f60408385031215612956575f5ffd5b61295f83612655565b915061296d6020840161266c565b90509250929050565b602080825282518282018190525f918401906040840190835b818110156129b757835167ffffffffffffffff1683526020938401939092019160010161298f565b509095945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715612a1857612a186129c2565b604052919050565b5f6080828403128015612a31575f5ffd5b506040516080810167ffffffffffffffff81118282101715612a5557612a556129c2565b604052612a6183612655565b8152612a6f60208401612655565b6020820152612a8060408401612655565b6040820152606083013560608201528091505092915050565b600181811c90821680612aad57607f821691505b6020821081036125ed577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561205c57805f5260205f20601f840160051c81016020851015612b095750805b601f840160051c820191505b81811015611f71575f8155600101612b15565b815167ffffffffffffffff811115612b4257612b426129c2565b612b5681612b508454612a99565b84612ae4565b6020601f821160018114612b88575f8315612b715750848201515b5f19600385901b1c1916600184901b178455611f71565b5f84815260208120601f198516915b82811015612bb75787850151825560209485019460019092019101612b97565b5084821015612bd457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b67ffffffffffffffff831115612c2957612c296129c2565b612c3d83612c378354612a99565b83612ae4565b5f601f841160018114612c6e575f8515612c575750838201355b5f19600387901b1c1916600186901b178355611f71565b5f83815260208120601f198716915b82811015612c9d5786850135825560209485019460019092019101612c7d565b5086821015612cb9575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610ece57610ece612ccb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b67ffffffffffffffff8181168382160190811115610ece57610ece612ccb565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612db8575f5ffd5b830160208101925035905067ffffffffffffffff811115612dd7575f5ffd5b8060051b36038213156126cd575f5ffd5b8183526020830192505f815f5b84811015612e215763ffffffff612e0b836125ac565b1686526020958601959190910190600101612df5565b5093949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612e5e575f5ffd5b830160208101925035905067ffffffffffffffff811115612e7d575f5ffd5b8060061b36038213156126cd575f5ffd5b8183526020830192505f815f5b84811015612e2157813586526020808301359087015260409586019590910190600101612e9b565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b86811015612f2b57601f19848403018852612f088287612d85565b612f13858284612de8565b60209a8b019a90955093909301925050600101612eed565b50909695505050505050565b848152608060208201525f612f4f6080830186612731565b63ffffffff851660408401528281036060840152612f6d8485612d85565b6101808352612f8161018084018284612de8565b915050612f916020860186612e2b565b8383036020850152612fa4838284612e8e565b92505050612fb56040860186612e2b565b8383036040850152612fc8838284612e8e565b92505050612fdc6060830160608701612ec3565b612ff660e0830160e0870180358252602090810135910152565b613004610120860186612d85565b838303610120850152613018838284612de8565b9250505061302a610140860186612d85565b83830361014085015261303e838284612de8565b92505050613050610160860186612d85565b838303610160850152613064838284612ed6565b9a9950505050505050505050565b5f82601f830112613081575f5ffd5b815167ffffffffffffffff81111561309b5761309b6129c2565b8060051b6130ab602082016129ef565b918252602081850181019290810190868411156130c6575f5ffd5b6020860192505b838310156131015782516bffffffffffffffffffffffff811681146130f0575f5ffd5b8252602092830192909101906130cd565b9695505050505050565b5f5f6040838503121561311c575f5ffd5b825167ffffffffffffffff811115613132575f5ffd5b830160408186031215613143575f5ffd5b6040805190810167ffffffffffffffff81118282101715613166576131666129c2565b604052815167ffffffffffffffff81111561317f575f5ffd5b61318b87828501613072565b825250602082015167ffffffffffffffff8111156131a7575f5ffd5b6131b387828501613072565b6020830152508093505050602083015190509250929050565b8082028115828204841417610ece57610ece612ccb56",
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
// Solidity: function checkpointByHeight(uint64 height) view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32))
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
// Solidity: function checkpointByHeight(uint64 height) view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistrySession) CheckpointByHeight(height uint64) (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.CheckpointByHeight(&_CheckpointRegistry.CallOpts, height)
}

// CheckpointByHeight is a free data retrieval call binding the contract method 0x7c430526.
//
// Solidity: function checkpointByHeight(uint64 height) view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistryCallerSession) CheckpointByHeight(height uint64) (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.CheckpointByHeight(&_CheckpointRegistry.CallOpts, height)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8a01794b.
//
// Solidity: function checkpointDigest((uint64,uint64,uint64,bytes32) checkpoint) view returns(bytes32)
func (_CheckpointRegistry *CheckpointRegistryCaller) CheckpointDigest(opts *bind.CallOpts, checkpoint ICheckpointRegistryTypesCheckpoint) ([32]byte, error) {
	var out []interface{}
	err := _CheckpointRegistry.contract.Call(opts, &out, "checkpointDigest", checkpoint)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8a01794b.
//
// Solidity: function checkpointDigest((uint64,uint64,uint64,bytes32) checkpoint) view returns(bytes32)
func (_CheckpointRegistry *CheckpointRegistrySession) CheckpointDigest(checkpoint ICheckpointRegistryTypesCheckpoint) ([32]byte, error) {
	return _CheckpointRegistry.Contract.CheckpointDigest(&_CheckpointRegistry.CallOpts, checkpoint)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8a01794b.
//
// Solidity: function checkpointDigest((uint64,uint64,uint64,bytes32) checkpoint) view returns(bytes32)
func (_CheckpointRegistry *CheckpointRegistryCallerSession) CheckpointDigest(checkpoint ICheckpointRegistryTypesCheckpoint) ([32]byte, error) {
	return _CheckpointRegistry.Contract.CheckpointDigest(&_CheckpointRegistry.CallOpts, checkpoint)
}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 number) view returns((bytes32,uint64,uint64,uint32,uint32))
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
// Solidity: function getCheckpoint(uint64 number) view returns((bytes32,uint64,uint64,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistrySession) GetCheckpoint(number uint64) (ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.GetCheckpoint(&_CheckpointRegistry.CallOpts, number)
}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 number) view returns((bytes32,uint64,uint64,uint32,uint32))
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
// Solidity: function latestCheckpoint() view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32))
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
// Solidity: function latestCheckpoint() view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32))
func (_CheckpointRegistry *CheckpointRegistrySession) LatestCheckpoint() (uint64, ICheckpointRegistryTypesStoredCheckpoint, error) {
	return _CheckpointRegistry.Contract.LatestCheckpoint(&_CheckpointRegistry.CallOpts)
}

// LatestCheckpoint is a free data retrieval call binding the contract method 0x907c0f92.
//
// Solidity: function latestCheckpoint() view returns(uint64 number, (bytes32,uint64,uint64,uint32,uint32))
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

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x246e26a2.
//
// Solidity: function submitCheckpoint((uint64,uint64,uint64,bytes32) checkpoint, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_CheckpointRegistry *CheckpointRegistryTransactor) SubmitCheckpoint(opts *bind.TransactOpts, checkpoint ICheckpointRegistryTypesCheckpoint, referenceBlock uint32, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _CheckpointRegistry.contract.Transact(opts, "submitCheckpoint", checkpoint, referenceBlock, signature)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x246e26a2.
//
// Solidity: function submitCheckpoint((uint64,uint64,uint64,bytes32) checkpoint, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_CheckpointRegistry *CheckpointRegistrySession) SubmitCheckpoint(checkpoint ICheckpointRegistryTypesCheckpoint, referenceBlock uint32, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _CheckpointRegistry.Contract.SubmitCheckpoint(&_CheckpointRegistry.TransactOpts, checkpoint, referenceBlock, signature)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x246e26a2.
//
// Solidity: function submitCheckpoint((uint64,uint64,uint64,bytes32) checkpoint, uint32 referenceBlock, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
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
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterCheckpointSubmitted is a free log retrieval operation binding the contract event 0x2da10d1e4cdf1ac05d262d59166e525a4a068a4d62c3b3162fe7e0cab7612b2f.
//
// Solidity: event CheckpointSubmitted(uint64 indexed number, uint64 startHeight, uint64 endHeight, bytes32 root, bytes32 digest, uint32 referenceBlock, bytes32 signatoryRecordHash)
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

// WatchCheckpointSubmitted is a free log subscription operation binding the contract event 0x2da10d1e4cdf1ac05d262d59166e525a4a068a4d62c3b3162fe7e0cab7612b2f.
//
// Solidity: event CheckpointSubmitted(uint64 indexed number, uint64 startHeight, uint64 endHeight, bytes32 root, bytes32 digest, uint32 referenceBlock, bytes32 signatoryRecordHash)
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

// ParseCheckpointSubmitted is a log parse operation binding the contract event 0x2da10d1e4cdf1ac05d262d59166e525a4a068a4d62c3b3162fe7e0cab7612b2f.
//
// Solidity: event CheckpointSubmitted(uint64 indexed number, uint64 startHeight, uint64 endHeight, bytes32 root, bytes32 digest, uint32 referenceBlock, bytes32 signatoryRecordHash)
func (_CheckpointRegistry *CheckpointRegistryFilterer) ParseCheckpointSubmitted(log types.Log) (*CheckpointRegistryCheckpointSubmitted, error) {
	event := new(CheckpointRegistryCheckpointSubmitted)
	if err := _CheckpointRegistry.contract.UnpackLog(event, "CheckpointSubmitted", log); err != nil {
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
