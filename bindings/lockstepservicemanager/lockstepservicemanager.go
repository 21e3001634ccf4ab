// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package lockstepservicemanager

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

// IAllocationManagerOperatorSet is an auto generated low-level Go binding around an user-defined struct.
type IAllocationManagerOperatorSet struct {
	Avs common.Address
	Id  uint32
}

// IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission is an auto generated low-level Go binding around an user-defined struct.
type IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission struct {
	StrategiesAndMultipliers []IRewardsCoordinatorTypesStrategyAndMultiplier
	Token                    common.Address
	OperatorRewards          []IRewardsCoordinatorTypesOperatorReward
	StartTimestamp           uint32
	Duration                 uint32
	Description              string
}

// IRewardsCoordinatorTypesOperatorReward is an auto generated low-level Go binding around an user-defined struct.
type IRewardsCoordinatorTypesOperatorReward struct {
	Operator common.Address
	Amount   *big.Int
}

// IRewardsCoordinatorTypesRewardsSubmission is an auto generated low-level Go binding around an user-defined struct.
type IRewardsCoordinatorTypesRewardsSubmission struct {
	StrategiesAndMultipliers []IRewardsCoordinatorTypesStrategyAndMultiplier
	Token                    common.Address
	Amount                   *big.Int
	StartTimestamp           uint32
	Duration                 uint32
}

// IRewardsCoordinatorTypesStrategyAndMultiplier is an auto generated low-level Go binding around an user-defined struct.
type IRewardsCoordinatorTypesStrategyAndMultiplier struct {
	Strategy   common.Address
	Multiplier *big.Int
}

// LockstepServiceManagerMetaData contains all meta data concerning the LockstepServiceManager contract.
var LockstepServiceManagerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"allocationManager_\",\"type\":\"address\",\"internalType\":\"contractIAllocationManager\"},{\"name\":\"permissionController_\",\"type\":\"address\",\"internalType\":\"contractIPermissionController\"},{\"name\":\"rewardsCoordinator_\",\"type\":\"address\",\"internalType\":\"contractIRewardsCoordinator\"},{\"name\":\"avsDirectory_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registryCoordinator_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stakeRegistry_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allocationManager\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAllocationManager\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"avsDirectory\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createAVSRewardsSubmission\",\"inputs\":[{\"name\":\"submissions\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorTypes.RewardsSubmission[]\",\"components\":[{\"name\":\"strategiesAndMultipliers\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorTypes.StrategyAndMultiplier[]\",\"components\":[{\"name\":\"strategy\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"multiplier\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"startTimestamp\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"duration\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createOperatorDirectedOperatorSetRewardsSubmission\",\"inputs\":[{\"name\":\"operatorSet\",\"type\":\"tuple\",\"internalType\":\"structIAllocationManager.OperatorSet\",\"components\":[{\"name\":\"avs\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"name\":\"submissions\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[]\",\"components\":[{\"name\":\"strategiesAndMultipliers\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorTypes.StrategyAndMultiplier[]\",\"components\":[{\"name\":\"strategy\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"multiplier\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"operatorRewards\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardsCoordinatorTypes.OperatorReward[]\",\"components\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"startTimestamp\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"duration\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"description\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialRewardsInitiator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permissionController\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIPermissionController\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registryCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeAppointee\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardsCoordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardsCoordinator\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardsInitiator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setAppointee\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setClaimerFor\",\"inputs\":[{\"name\":\"claimer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewardsInitiator\",\"inputs\":[{\"name\":\"newRewardsInitiator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateAVSMetadataURI\",\"inputs\":[{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AVSMetadataURIUpdated\",\"inputs\":[{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AppointeeRemoved\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":false,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AppointeeSet\",\"inputs\":[{\"name\":\"appointee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"target\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":false,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ClaimerSet\",\"inputs\":[{\"name\":\"claimer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Initialized\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsInitiatorUpdated\",\"inputs\":[{\"name\":\"previousRewardsInitiator\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newRewardsInitiator\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPendingOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotRewardsInitiator\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotThisAVS\",\"inputs\":[{\"name\":\"avs\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161234038038061234083398101604081905261002f916101c5565b6001600160a01b038616158061004c57506001600160a01b038516155b8061005e57506001600160a01b038416155b8061007057506001600160a01b038316155b8061008257506001600160a01b038216155b8061009457506001600160a01b038116155b156100b25760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0380871660805285811660a05284811660c0528381166101205282811660e0528116610100526100e76100f2565b505050505050610248565b5f54610100900460ff161561015d5760405162461bcd60e51b815260206004820152602760248201527f496e697469616c697a61626c653a20636f6e747261637420697320696e697469604482015266616c697a696e6760c81b606482015260840160405180910390fd5b5f5460ff908116146101ac575f805460ff191660ff9081179091556040519081527f7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb38474024989060200160405180910390a15b565b6001600160a01b03811681146101c2575f5ffd5b50565b5f5f5f5f5f5f60c087890312156101da575f5ffd5b86516101e5816101ae565b60208801519096506101f6816101ae565b6040880151909550610207816101ae565b6060880151909450610218816101ae565b6080880151909350610229816101ae565b60a088015190925061023a816101ae565b809150509295509295509295565b60805160a05160c05160e051610100516101205161206b6102d55f395f61020701525f6101e301525f61023001525f818161025f015281816104ee01528181610d9c0152818161125e01526112ea01525f818161018d0152818161061201528181610a5701528181610ae201528181610b7f0152610ffe01525f81816102d50152610eae015261206b5ff3fe608060405234801561000f575f5ffd5b5060043610610149575f3560e01c80638a2fc4e3116100c7578063ca8aa7c71161007d578063f2fde38b11610063578063f2fde38b14610308578063fc299dee1461031b578063fce36c7d1461032c575f5ffd5b8063ca8aa7c7146102d0578063e30c3978146102f7575f5ffd5b8063a0169ddd116100ad578063a0169ddd14610297578063a98fb355146102aa578063ba550880146102bd575f5ffd5b80638a2fc4e31461025a5780638da5cb5b14610281575f5ffd5b8063485cc9551161011c5780636b3aa72e116101025780636b3aa72e146102055780636d14a9871461022b57806379ba509714610252575f5ffd5b8063485cc955146101cb57806368304835146101de575f5ffd5b80630ca298991461014d5780631fdb0cfd146101625780633bc28c8c146101755780634657e26a14610188575b5f5ffd5b61016061015b3660046117fb565b61033f565b005b610160610170366004611868565b610559565b6101606101833660046118d4565b6106d3565b6101af7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b6101606101d93660046118f6565b6107d8565b6101af7f000000000000000000000000000000000000000000000000000000000000000081565b7f00000000000000000000000000000000000000000000000000000000000000006101af565b6101af7f000000000000000000000000000000000000000000000000000000000000000081565b610160610c3f565b6101af7f000000000000000000000000000000000000000000000000000000000000000081565b5f546201000090046001600160a01b03166101af565b6101606102a53660046118d4565b610d19565b6101606102b836600461192d565b610e33565b6101606102cb366004611868565b610f45565b6101af7f000000000000000000000000000000000000000000000000000000000000000081565b6001546001600160a01b03166101af565b6101606103163660046118d4565b6110b6565b6002546001600160a01b03166101af565b61016061033a36600461199b565b611170565b6002546001600160a01b0316331461038a576040517fce5dd4f20000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b3061039860208501856118d4565b6001600160a01b0316146103f1576103b360208401846118d4565b6040517f9daa5dfe0000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610381565b5f5b818110156104bd57365f84848481811061040f5761040f6119da565b90506020028101906104219190611a07565b61042f906040810190611a43565b90925090505f805b8281101561047057838382818110610451576104516119da565b90506040020160200135826104669190611aa7565b9150600101610437565b506104af868686818110610486576104866119da565b90506020028101906104989190611a07565b6104a99060408101906020016118d4565b826112c6565b5050508060010190506103f3565b506040517f0ca298990000000000000000000000000000000000000000000000000000000081526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630ca298999061052790869086908690600401611c74565b5f604051808303815f87803b15801561053e575f5ffd5b505af1158015610550573d5f5f3e3d5ffd5b50505050505050565b5f546201000090046001600160a01b031633146105a4576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b6040517f950d806e0000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b03848116602483015283811660448301527fffffffff00000000000000000000000000000000000000000000000000000000831660648301527f0000000000000000000000000000000000000000000000000000000000000000169063950d806e906084015f604051808303815f87803b158015610653575f5ffd5b505af1158015610665573d5f5f3e3d5ffd5b50506040517fffffffff00000000000000000000000000000000000000000000000000000000841681526001600160a01b038086169350861691507f1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3906020015b60405180910390a3505050565b5f546201000090046001600160a01b0316331461071e576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b6001600160a01b03811661075e576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280546001600160a01b038381167fffffffffffffffffffffffff000000000000000000000000000000000000000083168117909355604080519190921680825260208201939093527fe11cddf1816a43318ca175bbc52cd0185436e9cbead7c83acc54a73e461717e391015b60405180910390a15050565b5f54610100900460ff16158080156107f657505f54600160ff909116105b8061080f5750303b15801561080f57505f5460ff166001145b61089b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602e60248201527f496e697469616c697a61626c653a20636f6e747261637420697320616c72656160448201527f647920696e697469616c697a65640000000000000000000000000000000000006064820152608401610381565b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905580156108f7575f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff166101001790555b6001600160a01b038316158061091457506001600160a01b038216155b1561094b576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffff0000000000000000000000000000000000000000ffff16620100006001600160a01b0386169081029190911782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038416908117909155604080515f815260208101929092527fe11cddf1816a43318ca175bbc52cd0185436e9cbead7c83acc54a73e461717e3910160405180910390a16040517feb5a4e87000000000000000000000000000000000000000000000000000000008152306004820181905260248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eb5a4e87906044015f604051808303815f87803b158015610aa0575f5ffd5b505af1158015610ab2573d5f5f3e3d5ffd5b50506040517f628806ef0000000000000000000000000000000000000000000000000000000081523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063628806ef91506024015f604051808303815f87803b158015610b2d575f5ffd5b505af1158015610b3f573d5f5f3e3d5ffd5b50506040517feb5a4e870000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b0386811660248301527f000000000000000000000000000000000000000000000000000000000000000016925063eb5a4e8791506044015f604051808303815f87803b158015610bc2575f5ffd5b505af1158015610bd4573d5f5f3e3d5ffd5b505050508015610c3a575f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff169055604051600181527f7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb38474024989060200160405180910390a15b505050565b6001546001600160a01b03163314610c85576040517fa09b9a43000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b5f805433620100008181027fffffffffffffffffffff0000000000000000000000000000000000000000ffff8416178455600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556040516001600160a01b03919093041692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b5f546201000090046001600160a01b03163314610d64576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b6040517fa0169ddd0000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063a0169ddd906024015f604051808303815f87803b158015610ddd575f5ffd5b505af1158015610def573d5f5f3e3d5ffd5b50506040516001600160a01b03841681527fa04eca05f1c4f5674beaad80f345070124aa2192abced410b9b227c0c04e755a9250602001905060405180910390a150565b5f546201000090046001600160a01b03163314610e7e576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b6040517fa98218210000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a982182190610ee790309086908690600401611e40565b5f604051808303815f87803b158015610efe575f5ffd5b505af1158015610f10573d5f5f3e3d5ffd5b505050507f0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b4382826040516107cc929190611e6b565b5f546201000090046001600160a01b03163314610f90576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b6040517f066412010000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b03848116602483015283811660448301527fffffffff00000000000000000000000000000000000000000000000000000000831660648301527f000000000000000000000000000000000000000000000000000000000000000016906306641201906084015f604051808303815f87803b15801561103f575f5ffd5b505af1158015611051573d5f5f3e3d5ffd5b50506040517fffffffff00000000000000000000000000000000000000000000000000000000841681526001600160a01b038086169350861691507fdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d906020016106c6565b5f546201000090046001600160a01b03163314611101576040517f245aecd3000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038381169182179092555f805460405192936201000090910416917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b6002546001600160a01b031633146111b6576040517fce5dd4f2000000000000000000000000000000000000000000000000000000008152336004820152602401610381565b5f5b8181101561122d576112258383838181106111d5576111d56119da565b90506020028101906111e79190611e7e565b6111f89060408101906020016118d4565b84848481811061120a5761120a6119da565b905060200281019061121c9190611e7e565b604001356112c6565b6001016111b8565b506040517ffce36c7d0000000000000000000000000000000000000000000000000000000081526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fce36c7d906112959085908590600401611eb0565b5f604051808303815f87803b1580156112ac575f5ffd5b505af11580156112be573d5f5f3e3d5ffd5b505050505050565b6112db6001600160a01b038316333084611313565b61130f6001600160a01b0383167f0000000000000000000000000000000000000000000000000000000000000000836113e8565b5050565b6040516001600160a01b03808516602483015283166044820152606481018290526113e29085907f23b872dd00000000000000000000000000000000000000000000000000000000906084015b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff00000000000000000000000000000000000000000000000000000000909316929092179091526114c4565b50505050565b6040517fdd62ed3e0000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b0383811660248301525f919085169063dd62ed3e90604401602060405180830381865afa15801561144e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114729190611fcc565b90506113e2847f095ea7b300000000000000000000000000000000000000000000000000000000856114a48686611aa7565b6040516001600160a01b0390921660248301526044820152606401611360565b5f611518826040518060400160405280602081526020017f5361666545524332303a206c6f772d6c6576656c2063616c6c206661696c6564815250856001600160a01b03166115c49092919063ffffffff16565b905080515f14806115385750808060200190518101906115389190611fe3565b610c3a576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e60448201527f6f742073756363656564000000000000000000000000000000000000000000006064820152608401610381565b60606115d284845f856115da565b949350505050565b60608247101561166c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602660248201527f416464726573733a20696e73756666696369656e742062616c616e636520666f60448201527f722063616c6c00000000000000000000000000000000000000000000000000006064820152608401610381565b5f5f866001600160a01b031685876040516116879190612002565b5f6040518083038185875af1925050503d805f81146116c1576040519150601f19603f3d011682016040523d82523d5f602084013e6116c6565b606091505b50915091506116d7878383876116e2565b979650505050505050565b6060831561176a5782515f03611763576001600160a01b0385163b611763576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e74726163740000006044820152606401610381565b50816115d2565b6115d2838381511561177f5781518083602001fd5b806040517f08c379a00000000000000000000000000000000000000000000000000000000081526004016103819190612018565b5f5f83601f8401126117c3575f5ffd5b50813567ffffffffffffffff8111156117da575f5ffd5b6020830191508360208260051b85010111156117f4575f5ffd5b9250929050565b5f5f5f838503606081121561180e575f5ffd5b604081121561181b575f5ffd5b50839250604084013567ffffffffffffffff811115611838575f5ffd5b611844868287016117b3565b9497909650939450505050565b6001600160a01b0381168114611865575f5ffd5b50565b5f5f5f6060848603121561187a575f5ffd5b833561188581611851565b9250602084013561189581611851565b915060408401357fffffffff00000000000000000000000000000000000000000000000000000000811681146118c9575f5ffd5b809150509250925092565b5f602082840312156118e4575f5ffd5b81356118ef81611851565b9392505050565b5f5f60408385031215611907575f5ffd5b823561191281611851565b9150602083013561192281611851565b809150509250929050565b5f5f6020838503121561193e575f5ffd5b823567ffffffffffffffff811115611954575f5ffd5b8301601f81018513611964575f5ffd5b803567ffffffffffffffff81111561197a575f5ffd5b85602082840101111561198b575f5ffd5b6020919091019590945092505050565b5f5f602083850312156119ac575f5ffd5b823567ffffffffffffffff8111156119c2575f5ffd5b6119ce858286016117b3565b90969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff41833603018112611a39575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611a76575f5ffd5b83018035915067ffffffffffffffff821115611a90575f5ffd5b6020019150600681901b36038213156117f4575f5ffd5b80820180821115611adf577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b803563ffffffff81168114611af8575f5ffd5b919050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611b30575f5ffd5b830160208101925035905067ffffffffffffffff811115611b4f575f5ffd5b8060061b36038213156117f4575f5ffd5b8183526020830192505f815f5b84811015611bc3578135611b8081611851565b6001600160a01b0316865260208201356bffffffffffffffffffffffff8116808214611baa575f5ffd5b6020880152506040958601959190910190600101611b6d565b5093949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c00575f5ffd5b830160208101925035905067ffffffffffffffff811115611c1f575f5ffd5b8036038213156117f4575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b5f606082018535611c8481611851565b6001600160a01b0316835263ffffffff611ca060208801611ae5565b166020840152606060408401528390526080600584901b83018101908301855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff4136839003015b87821015611e32577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff808786030184528235818112611d23575f5ffd5b8901611d2f8180611afd565b60c08852611d4160c089018284611b60565b9150506020820135611d5281611851565b6001600160a01b03166020880152611d6d6040830183611afd565b88830360408a015280835290915f91906020015b81831015611dbc578335611d9481611851565b6001600160a01b03168152602084810135908201526040938401936001939093019201611d81565b611dc860608601611ae5565b63ffffffff811660608c01529350611de260808601611ae5565b63ffffffff811660808c01529350611dfd60a0860186611bcd565b9550935089810360a08b0152611e14818686611c2d565b99505050505050602083019250602084019350600182019150611ce7565b509298975050505050505050565b6001600160a01b0384168152604060208201525f611e62604083018486611c2d565b95945050505050565b602081525f6115d2602083018486611c2d565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61833603018112611a39575f5ffd5b602080825281018290525f6040600584901b8301810190830185837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6136839003015b87821015611fbf577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08786030184528235818112611f2e575f5ffd5b8901611f3a8180611afd565b60a08852611f4c60a089018284611b60565b9150506020820135611f5d81611851565b6001600160a01b031660208801526040828101359088015263ffffffff611f8660608401611ae5565b16606088015263ffffffff611f9d60808401611ae5565b1660808801528096505050602083019250602084019350600182019150611ef2565b5092979650505050505050565b5f60208284031215611fdc575f5ffd5b5051919050565b5f60208284031215611ff3575f5ffd5b815180151581146118ef575f5ffd5b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168401019150509291505056",
}

// LockstepServiceManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use LockstepServiceManagerMetaData.ABI instead.
var LockstepServiceManagerABI = LockstepServiceManagerMetaData.ABI

// LockstepServiceManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use LockstepServiceManagerMetaData.Bin instead.
var LockstepServiceManagerBin = LockstepServiceManagerMetaData.Bin

// DeployLockstepServiceManager deploys a new Ethereum contract, binding an instance of LockstepServiceManager to it.
func DeployLockstepServiceManager(auth *bind.TransactOpts, backend bind.ContractBackend, allocationManager_ common.Address, permissionController_ common.Address, rewardsCoordinator_ common.Address, avsDirectory_ common.Address, registryCoordinator_ common.Address, stakeRegistry_ common.Address) (common.Address, *types.Transaction, *LockstepServiceManager, error) {
	parsed, err := LockstepServiceManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(LockstepServiceManagerBin), backend, allocationManager_, permissionController_, rewardsCoordinator_, avsDirectory_, registryCoordinator_, stakeRegistry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &LockstepServiceManager{LockstepServiceManagerCaller: LockstepServiceManagerCaller{contract: contract}, LockstepServiceManagerTransactor: LockstepServiceManagerTransactor{contract: contract}, LockstepServiceManagerFilterer: LockstepServiceManagerFilterer{contract: contract}}, nil
}

// LockstepServiceManager is an auto generated Go binding around an Ethereum contract.
type LockstepServiceManager struct {
	LockstepServiceManagerCaller     // Read-only binding to the contract
	LockstepServiceManagerTransactor // Write-only binding to the contract
	LockstepServiceManagerFilterer   // Log filterer for contract events
}

// LockstepServiceManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type LockstepServiceManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// LockstepServiceManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type LockstepServiceManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// LockstepServiceManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type LockstepServiceManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// LockstepServiceManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type LockstepServiceManagerSession struct {
	Contract     *LockstepServiceManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts           // Call options to use throughout this session
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// LockstepServiceManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type LockstepServiceManagerCallerSession struct {
	Contract *LockstepServiceManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                 // Call options to use throughout this session
}

// LockstepServiceManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type LockstepServiceManagerTransactorSession struct {
	Contract     *LockstepServiceManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                 // Transaction auth options to use throughout this session
}

// LockstepServiceManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type LockstepServiceManagerRaw struct {
	Contract *LockstepServiceManager // Generic contract binding to access the raw methods on
}

// LockstepServiceManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type LockstepServiceManagerCallerRaw struct {
	Contract *LockstepServiceManagerCaller // Generic read-only contract binding to access the raw methods on
}

// LockstepServiceManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type LockstepServiceManagerTransactorRaw struct {
	Contract *LockstepServiceManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewLockstepServiceManager creates a new instance of LockstepServiceManager, bound to a specific deployed contract.
func NewLockstepServiceManager(address common.Address, backend bind.ContractBackend) (*LockstepServiceManager, error) {
	contract, err := bindLockstepServiceManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManager{LockstepServiceManagerCaller: LockstepServiceManagerCaller{contract: contract}, LockstepServiceManagerTransactor: LockstepServiceManagerTransactor{contract: contract}, LockstepServiceManagerFilterer: LockstepServiceManagerFilterer{contract: contract}}, nil
}

// NewLockstepServiceManagerCaller creates a new read-only instance of LockstepServiceManager, bound to a specific deployed contract.
func NewLockstepServiceManagerCaller(address common.Address, caller bind.ContractCaller) (*LockstepServiceManagerCaller, error) {
	contract, err := bindLockstepServiceManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerCaller{contract: contract}, nil
}

// NewLockstepServiceManagerTransactor creates a new write-only instance of LockstepServiceManager, bound to a specific deployed contract.
func NewLockstepServiceManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*LockstepServiceManagerTransactor, error) {
	contract, err := bindLockstepServiceManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerTransactor{contract: contract}, nil
}

// NewLockstepServiceManagerFilterer creates a new log filterer instance of LockstepServiceManager, bound to a specific deployed contract.
func NewLockstepServiceManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*LockstepServiceManagerFilterer, error) {
	contract, err := bindLockstepServiceManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerFilterer{contract: contract}, nil
}

// bindLockstepServiceManager binds a generic wrapper to an already deployed contract.
func bindLockstepServiceManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := LockstepServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_LockstepServiceManager *LockstepServiceManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _LockstepServiceManager.Contract.LockstepServiceManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_LockstepServiceManager *LockstepServiceManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.LockstepServiceManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_LockstepServiceManager *LockstepServiceManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.LockstepServiceManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_LockstepServiceManager *LockstepServiceManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _LockstepServiceManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_LockstepServiceManager *LockstepServiceManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_LockstepServiceManager *LockstepServiceManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.contract.Transact(opts, method, params...)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) AllocationManager() (common.Address, error) {
	return _LockstepServiceManager.Contract.AllocationManager(&_LockstepServiceManager.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) AllocationManager() (common.Address, error) {
	return _LockstepServiceManager.Contract.AllocationManager(&_LockstepServiceManager.CallOpts)
}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) AvsDirectory(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "avsDirectory")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) AvsDirectory() (common.Address, error) {
	return _LockstepServiceManager.Contract.AvsDirectory(&_LockstepServiceManager.CallOpts)
}

// AvsDirectory is a free data retrieval call binding the contract method 0x6b3aa72e.
//
// Solidity: function avsDirectory() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) AvsDirectory() (common.Address, error) {
	return _LockstepServiceManager.Contract.AvsDirectory(&_LockstepServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) Owner() (common.Address, error) {
	return _LockstepServiceManager.Contract.Owner(&_LockstepServiceManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) Owner() (common.Address, error) {
	return _LockstepServiceManager.Contract.Owner(&_LockstepServiceManager.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) PendingOwner() (common.Address, error) {
	return _LockstepServiceManager.Contract.PendingOwner(&_LockstepServiceManager.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) PendingOwner() (common.Address, error) {
	return _LockstepServiceManager.Contract.PendingOwner(&_LockstepServiceManager.CallOpts)
}

// PermissionController is a free data retrieval call binding the contract method 0x4657e26a.
//
// Solidity: function permissionController() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) PermissionController(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "permissionController")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PermissionController is a free data retrieval call binding the contract method 0x4657e26a.
//
// Solidity: function permissionController() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) PermissionController() (common.Address, error) {
	return _LockstepServiceManager.Contract.PermissionController(&_LockstepServiceManager.CallOpts)
}

// PermissionController is a free data retrieval call binding the contract method 0x4657e26a.
//
// Solidity: function permissionController() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) PermissionController() (common.Address, error) {
	return _LockstepServiceManager.Contract.PermissionController(&_LockstepServiceManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) RegistryCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "registryCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) RegistryCoordinator() (common.Address, error) {
	return _LockstepServiceManager.Contract.RegistryCoordinator(&_LockstepServiceManager.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) RegistryCoordinator() (common.Address, error) {
	return _LockstepServiceManager.Contract.RegistryCoordinator(&_LockstepServiceManager.CallOpts)
}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) RewardsCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "rewardsCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) RewardsCoordinator() (common.Address, error) {
	return _LockstepServiceManager.Contract.RewardsCoordinator(&_LockstepServiceManager.CallOpts)
}

// RewardsCoordinator is a free data retrieval call binding the contract method 0x8a2fc4e3.
//
// Solidity: function rewardsCoordinator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) RewardsCoordinator() (common.Address, error) {
	return _LockstepServiceManager.Contract.RewardsCoordinator(&_LockstepServiceManager.CallOpts)
}

// RewardsInitiator is a free data retrieval call binding the contract method 0xfc299dee.
//
// Solidity: function rewardsInitiator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) RewardsInitiator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "rewardsInitiator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RewardsInitiator is a free data retrieval call binding the contract method 0xfc299dee.
//
// Solidity: function rewardsInitiator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) RewardsInitiator() (common.Address, error) {
	return _LockstepServiceManager.Contract.RewardsInitiator(&_LockstepServiceManager.CallOpts)
}

// RewardsInitiator is a free data retrieval call binding the contract method 0xfc299dee.
//
// Solidity: function rewardsInitiator() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) RewardsInitiator() (common.Address, error) {
	return _LockstepServiceManager.Contract.RewardsInitiator(&_LockstepServiceManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _LockstepServiceManager.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerSession) StakeRegistry() (common.Address, error) {
	return _LockstepServiceManager.Contract.StakeRegistry(&_LockstepServiceManager.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_LockstepServiceManager *LockstepServiceManagerCallerSession) StakeRegistry() (common.Address, error) {
	return _LockstepServiceManager.Contract.StakeRegistry(&_LockstepServiceManager.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) AcceptOwnership() (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.AcceptOwnership(&_LockstepServiceManager.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.AcceptOwnership(&_LockstepServiceManager.TransactOpts)
}

// CreateAVSRewardsSubmission is a paid mutator transaction binding the contract method 0xfce36c7d.
//
// Solidity: function createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[] submissions) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) CreateAVSRewardsSubmission(opts *bind.TransactOpts, submissions []IRewardsCoordinatorTypesRewardsSubmission) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "createAVSRewardsSubmission", submissions)
}

// CreateAVSRewardsSubmission is a paid mutator transaction binding the contract method 0xfce36c7d.
//
// Solidity: function createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[] submissions) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) CreateAVSRewardsSubmission(submissions []IRewardsCoordinatorTypesRewardsSubmission) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.CreateAVSRewardsSubmission(&_LockstepServiceManager.TransactOpts, submissions)
}

// CreateAVSRewardsSubmission is a paid mutator transaction binding the contract method 0xfce36c7d.
//
// Solidity: function createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[] submissions) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) CreateAVSRewardsSubmission(submissions []IRewardsCoordinatorTypesRewardsSubmission) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.CreateAVSRewardsSubmission(&_LockstepServiceManager.TransactOpts, submissions)
}

// CreateOperatorDirectedOperatorSetRewardsSubmission is a paid mutator transaction binding the contract method 0x0ca29899.
//
// Solidity: function createOperatorDirectedOperatorSetRewardsSubmission((address,uint32) operatorSet, ((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[] submissions) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) CreateOperatorDirectedOperatorSetRewardsSubmission(opts *bind.TransactOpts, operatorSet IAllocationManagerOperatorSet, submissions []IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "createOperatorDirectedOperatorSetRewardsSubmission", operatorSet, submissions)
}

// CreateOperatorDirectedOperatorSetRewardsSubmission is a paid mutator transaction binding the contract method 0x0ca29899.
//
// Solidity: function createOperatorDirectedOperatorSetRewardsSubmission((address,uint32) operatorSet, ((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[] submissions) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) CreateOperatorDirectedOperatorSetRewardsSubmission(operatorSet IAllocationManagerOperatorSet, submissions []IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.CreateOperatorDirectedOperatorSetRewardsSubmission(&_LockstepServiceManager.TransactOpts, operatorSet, submissions)
}

// CreateOperatorDirectedOperatorSetRewardsSubmission is a paid mutator transaction binding the contract method 0x0ca29899.
//
// Solidity: function createOperatorDirectedOperatorSetRewardsSubmission((address,uint32) operatorSet, ((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[] submissions) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) CreateOperatorDirectedOperatorSetRewardsSubmission(operatorSet IAllocationManagerOperatorSet, submissions []IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.CreateOperatorDirectedOperatorSetRewardsSubmission(&_LockstepServiceManager.TransactOpts, operatorSet, submissions)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address initialOwner, address initialRewardsInitiator) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) Initialize(opts *bind.TransactOpts, initialOwner common.Address, initialRewardsInitiator common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "initialize", initialOwner, initialRewardsInitiator)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address initialOwner, address initialRewardsInitiator) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) Initialize(initialOwner common.Address, initialRewardsInitiator common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.Initialize(&_LockstepServiceManager.TransactOpts, initialOwner, initialRewardsInitiator)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address initialOwner, address initialRewardsInitiator) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) Initialize(initialOwner common.Address, initialRewardsInitiator common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.Initialize(&_LockstepServiceManager.TransactOpts, initialOwner, initialRewardsInitiator)
}

// RemoveAppointee is a paid mutator transaction binding the contract method 0xba550880.
//
// Solidity: function removeAppointee(address appointee, address target, bytes4 selector) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) RemoveAppointee(opts *bind.TransactOpts, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "removeAppointee", appointee, target, selector)
}

// RemoveAppointee is a paid mutator transaction binding the contract method 0xba550880.
//
// Solidity: function removeAppointee(address appointee, address target, bytes4 selector) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) RemoveAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.RemoveAppointee(&_LockstepServiceManager.TransactOpts, appointee, target, selector)
}

// RemoveAppointee is a paid mutator transaction binding the contract method 0xba550880.
//
// Solidity: function removeAppointee(address appointee, address target, bytes4 selector) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) RemoveAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.RemoveAppointee(&_LockstepServiceManager.TransactOpts, appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x1fdb0cfd.
//
// Solidity: function setAppointee(address appointee, address target, bytes4 selector) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) SetAppointee(opts *bind.TransactOpts, appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "setAppointee", appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x1fdb0cfd.
//
// Solidity: function setAppointee(address appointee, address target, bytes4 selector) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) SetAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.SetAppointee(&_LockstepServiceManager.TransactOpts, appointee, target, selector)
}

// SetAppointee is a paid mutator transaction binding the contract method 0x1fdb0cfd.
//
// Solidity: function setAppointee(address appointee, address target, bytes4 selector) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) SetAppointee(appointee common.Address, target common.Address, selector [4]byte) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.SetAppointee(&_LockstepServiceManager.TransactOpts, appointee, target, selector)
}

// SetClaimerFor is a paid mutator transaction binding the contract method 0xa0169ddd.
//
// Solidity: function setClaimerFor(address claimer) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) SetClaimerFor(opts *bind.TransactOpts, claimer common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "setClaimerFor", claimer)
}

// SetClaimerFor is a paid mutator transaction binding the contract method 0xa0169ddd.
//
// Solidity: function setClaimerFor(address claimer) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) SetClaimerFor(claimer common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.SetClaimerFor(&_LockstepServiceManager.TransactOpts, claimer)
}

// SetClaimerFor is a paid mutator transaction binding the contract method 0xa0169ddd.
//
// Solidity: function setClaimerFor(address claimer) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) SetClaimerFor(claimer common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.SetClaimerFor(&_LockstepServiceManager.TransactOpts, claimer)
}

// SetRewardsInitiator is a paid mutator transaction binding the contract method 0x3bc28c8c.
//
// Solidity: function setRewardsInitiator(address newRewardsInitiator) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) SetRewardsInitiator(opts *bind.TransactOpts, newRewardsInitiator common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "setRewardsInitiator", newRewardsInitiator)
}

// SetRewardsInitiator is a paid mutator transaction binding the contract method 0x3bc28c8c.
//
// Solidity: function setRewardsInitiator(address newRewardsInitiator) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) SetRewardsInitiator(newRewardsInitiator common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.SetRewardsInitiator(&_LockstepServiceManager.TransactOpts, newRewardsInitiator)
}

// SetRewardsInitiator is a paid mutator transaction binding the contract method 0x3bc28c8c.
//
// Solidity: function setRewardsInitiator(address newRewardsInitiator) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) SetRewardsInitiator(newRewardsInitiator common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.SetRewardsInitiator(&_LockstepServiceManager.TransactOpts, newRewardsInitiator)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.TransferOwnership(&_LockstepServiceManager.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.TransferOwnership(&_LockstepServiceManager.TransactOpts, newOwner)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string metadataURI) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactor) UpdateAVSMetadataURI(opts *bind.TransactOpts, metadataURI string) (*types.Transaction, error) {
	return _LockstepServiceManager.contract.Transact(opts, "updateAVSMetadataURI", metadataURI)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string metadataURI) returns()
func (_LockstepServiceManager *LockstepServiceManagerSession) UpdateAVSMetadataURI(metadataURI string) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.UpdateAVSMetadataURI(&_LockstepServiceManager.TransactOpts, metadataURI)
}

// UpdateAVSMetadataURI is a paid mutator transaction binding the contract method 0xa98fb355.
//
// Solidity: function updateAVSMetadataURI(string metadataURI) returns()
func (_LockstepServiceManager *LockstepServiceManagerTransactorSession) UpdateAVSMetadataURI(metadataURI string) (*types.Transaction, error) {
	return _LockstepServiceManager.Contract.UpdateAVSMetadataURI(&_LockstepServiceManager.TransactOpts, metadataURI)
}

// LockstepServiceManagerAVSMetadataURIUpdatedIterator is returned from FilterAVSMetadataURIUpdated and is used to iterate over the raw logs and unpacked data for AVSMetadataURIUpdated events raised by the LockstepServiceManager contract.
type LockstepServiceManagerAVSMetadataURIUpdatedIterator struct {
	Event *LockstepServiceManagerAVSMetadataURIUpdated // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerAVSMetadataURIUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerAVSMetadataURIUpdated)
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
		it.Event = new(LockstepServiceManagerAVSMetadataURIUpdated)
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
func (it *LockstepServiceManagerAVSMetadataURIUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerAVSMetadataURIUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerAVSMetadataURIUpdated represents a AVSMetadataURIUpdated event raised by the LockstepServiceManager contract.
type LockstepServiceManagerAVSMetadataURIUpdated struct {
	MetadataURI string
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAVSMetadataURIUpdated is a free log retrieval operation binding the contract event 0x0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b43.
//
// Solidity: event AVSMetadataURIUpdated(string metadataURI)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterAVSMetadataURIUpdated(opts *bind.FilterOpts) (*LockstepServiceManagerAVSMetadataURIUpdatedIterator, error) {

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "AVSMetadataURIUpdated")
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerAVSMetadataURIUpdatedIterator{contract: _LockstepServiceManager.contract, event: "AVSMetadataURIUpdated", logs: logs, sub: sub}, nil
}

// WatchAVSMetadataURIUpdated is a free log subscription operation binding the contract event 0x0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b43.
//
// Solidity: event AVSMetadataURIUpdated(string metadataURI)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchAVSMetadataURIUpdated(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerAVSMetadataURIUpdated) (event.Subscription, error) {

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "AVSMetadataURIUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerAVSMetadataURIUpdated)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "AVSMetadataURIUpdated", log); err != nil {
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

// ParseAVSMetadataURIUpdated is a log parse operation binding the contract event 0x0e5534dee8d6bd3b3b5161202cd469a34cd0f55cf9b63c01c587db57de244b43.
//
// Solidity: event AVSMetadataURIUpdated(string metadataURI)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseAVSMetadataURIUpdated(log types.Log) (*LockstepServiceManagerAVSMetadataURIUpdated, error) {
	event := new(LockstepServiceManagerAVSMetadataURIUpdated)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "AVSMetadataURIUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerAppointeeRemovedIterator is returned from FilterAppointeeRemoved and is used to iterate over the raw logs and unpacked data for AppointeeRemoved events raised by the LockstepServiceManager contract.
type LockstepServiceManagerAppointeeRemovedIterator struct {
	Event *LockstepServiceManagerAppointeeRemoved // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerAppointeeRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerAppointeeRemoved)
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
		it.Event = new(LockstepServiceManagerAppointeeRemoved)
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
func (it *LockstepServiceManagerAppointeeRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerAppointeeRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerAppointeeRemoved represents a AppointeeRemoved event raised by the LockstepServiceManager contract.
type LockstepServiceManagerAppointeeRemoved struct {
	Appointee common.Address
	Target    common.Address
	Selector  [4]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAppointeeRemoved is a free log retrieval operation binding the contract event 0xdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d.
//
// Solidity: event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterAppointeeRemoved(opts *bind.FilterOpts, appointee []common.Address, target []common.Address) (*LockstepServiceManagerAppointeeRemovedIterator, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "AppointeeRemoved", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerAppointeeRemovedIterator{contract: _LockstepServiceManager.contract, event: "AppointeeRemoved", logs: logs, sub: sub}, nil
}

// WatchAppointeeRemoved is a free log subscription operation binding the contract event 0xdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d.
//
// Solidity: event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchAppointeeRemoved(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerAppointeeRemoved, appointee []common.Address, target []common.Address) (event.Subscription, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "AppointeeRemoved", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerAppointeeRemoved)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "AppointeeRemoved", log); err != nil {
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

// ParseAppointeeRemoved is a log parse operation binding the contract event 0xdba1611b97217f4b460c2ab9c2fcc8a4e1dc0c6359cc1b962287b78532b5b81d.
//
// Solidity: event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseAppointeeRemoved(log types.Log) (*LockstepServiceManagerAppointeeRemoved, error) {
	event := new(LockstepServiceManagerAppointeeRemoved)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "AppointeeRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerAppointeeSetIterator is returned from FilterAppointeeSet and is used to iterate over the raw logs and unpacked data for AppointeeSet events raised by the LockstepServiceManager contract.
type LockstepServiceManagerAppointeeSetIterator struct {
	Event *LockstepServiceManagerAppointeeSet // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerAppointeeSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerAppointeeSet)
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
		it.Event = new(LockstepServiceManagerAppointeeSet)
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
func (it *LockstepServiceManagerAppointeeSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerAppointeeSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerAppointeeSet represents a AppointeeSet event raised by the LockstepServiceManager contract.
type LockstepServiceManagerAppointeeSet struct {
	Appointee common.Address
	Target    common.Address
	Selector  [4]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterAppointeeSet is a free log retrieval operation binding the contract event 0x1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3.
//
// Solidity: event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterAppointeeSet(opts *bind.FilterOpts, appointee []common.Address, target []common.Address) (*LockstepServiceManagerAppointeeSetIterator, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "AppointeeSet", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerAppointeeSetIterator{contract: _LockstepServiceManager.contract, event: "AppointeeSet", logs: logs, sub: sub}, nil
}

// WatchAppointeeSet is a free log subscription operation binding the contract event 0x1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3.
//
// Solidity: event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchAppointeeSet(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerAppointeeSet, appointee []common.Address, target []common.Address) (event.Subscription, error) {

	var appointeeRule []interface{}
	for _, appointeeItem := range appointee {
		appointeeRule = append(appointeeRule, appointeeItem)
	}
	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "AppointeeSet", appointeeRule, targetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerAppointeeSet)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "AppointeeSet", log); err != nil {
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

// ParseAppointeeSet is a log parse operation binding the contract event 0x1782a5b6e75901610987e6b182049c702ea9dbbe78c48dc92a4e6e08706eaeb3.
//
// Solidity: event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseAppointeeSet(log types.Log) (*LockstepServiceManagerAppointeeSet, error) {
	event := new(LockstepServiceManagerAppointeeSet)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "AppointeeSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerClaimerSetIterator is returned from FilterClaimerSet and is used to iterate over the raw logs and unpacked data for ClaimerSet events raised by the LockstepServiceManager contract.
type LockstepServiceManagerClaimerSetIterator struct {
	Event *LockstepServiceManagerClaimerSet // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerClaimerSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerClaimerSet)
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
		it.Event = new(LockstepServiceManagerClaimerSet)
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
func (it *LockstepServiceManagerClaimerSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerClaimerSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerClaimerSet represents a ClaimerSet event raised by the LockstepServiceManager contract.
type LockstepServiceManagerClaimerSet struct {
	Claimer common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterClaimerSet is a free log retrieval operation binding the contract event 0xa04eca05f1c4f5674beaad80f345070124aa2192abced410b9b227c0c04e755a.
//
// Solidity: event ClaimerSet(address claimer)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterClaimerSet(opts *bind.FilterOpts) (*LockstepServiceManagerClaimerSetIterator, error) {

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "ClaimerSet")
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerClaimerSetIterator{contract: _LockstepServiceManager.contract, event: "ClaimerSet", logs: logs, sub: sub}, nil
}

// WatchClaimerSet is a free log subscription operation binding the contract event 0xa04eca05f1c4f5674beaad80f345070124aa2192abced410b9b227c0c04e755a.
//
// Solidity: event ClaimerSet(address claimer)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchClaimerSet(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerClaimerSet) (event.Subscription, error) {

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "ClaimerSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerClaimerSet)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "ClaimerSet", log); err != nil {
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

// ParseClaimerSet is a log parse operation binding the contract event 0xa04eca05f1c4f5674beaad80f345070124aa2192abced410b9b227c0c04e755a.
//
// Solidity: event ClaimerSet(address claimer)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseClaimerSet(log types.Log) (*LockstepServiceManagerClaimerSet, error) {
	event := new(LockstepServiceManagerClaimerSet)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "ClaimerSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the LockstepServiceManager contract.
type LockstepServiceManagerInitializedIterator struct {
	Event *LockstepServiceManagerInitialized // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerInitialized)
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
		it.Event = new(LockstepServiceManagerInitialized)
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
func (it *LockstepServiceManagerInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerInitialized represents a Initialized event raised by the LockstepServiceManager contract.
type LockstepServiceManagerInitialized struct {
	Version uint8
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498.
//
// Solidity: event Initialized(uint8 version)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterInitialized(opts *bind.FilterOpts) (*LockstepServiceManagerInitializedIterator, error) {

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerInitializedIterator{contract: _LockstepServiceManager.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498.
//
// Solidity: event Initialized(uint8 version)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerInitialized) (event.Subscription, error) {

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerInitialized)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
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

// ParseInitialized is a log parse operation binding the contract event 0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498.
//
// Solidity: event Initialized(uint8 version)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseInitialized(log types.Log) (*LockstepServiceManagerInitialized, error) {
	event := new(LockstepServiceManagerInitialized)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the LockstepServiceManager contract.
type LockstepServiceManagerOwnershipTransferStartedIterator struct {
	Event *LockstepServiceManagerOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerOwnershipTransferStarted)
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
		it.Event = new(LockstepServiceManagerOwnershipTransferStarted)
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
func (it *LockstepServiceManagerOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the LockstepServiceManager contract.
type LockstepServiceManagerOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*LockstepServiceManagerOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerOwnershipTransferStartedIterator{contract: _LockstepServiceManager.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerOwnershipTransferStarted)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseOwnershipTransferStarted(log types.Log) (*LockstepServiceManagerOwnershipTransferStarted, error) {
	event := new(LockstepServiceManagerOwnershipTransferStarted)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the LockstepServiceManager contract.
type LockstepServiceManagerOwnershipTransferredIterator struct {
	Event *LockstepServiceManagerOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerOwnershipTransferred)
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
		it.Event = new(LockstepServiceManagerOwnershipTransferred)
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
func (it *LockstepServiceManagerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerOwnershipTransferred represents a OwnershipTransferred event raised by the LockstepServiceManager contract.
type LockstepServiceManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*LockstepServiceManagerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerOwnershipTransferredIterator{contract: _LockstepServiceManager.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerOwnershipTransferred)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseOwnershipTransferred(log types.Log) (*LockstepServiceManagerOwnershipTransferred, error) {
	event := new(LockstepServiceManagerOwnershipTransferred)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// LockstepServiceManagerRewardsInitiatorUpdatedIterator is returned from FilterRewardsInitiatorUpdated and is used to iterate over the raw logs and unpacked data for RewardsInitiatorUpdated events raised by the LockstepServiceManager contract.
type LockstepServiceManagerRewardsInitiatorUpdatedIterator struct {
	Event *LockstepServiceManagerRewardsInitiatorUpdated // Event containing the contract specifics and raw log

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
func (it *LockstepServiceManagerRewardsInitiatorUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(LockstepServiceManagerRewardsInitiatorUpdated)
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
		it.Event = new(LockstepServiceManagerRewardsInitiatorUpdated)
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
func (it *LockstepServiceManagerRewardsInitiatorUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *LockstepServiceManagerRewardsInitiatorUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// LockstepServiceManagerRewardsInitiatorUpdated represents a RewardsInitiatorUpdated event raised by the LockstepServiceManager contract.
type LockstepServiceManagerRewardsInitiatorUpdated struct {
	PreviousRewardsInitiator common.Address
	NewRewardsInitiator      common.Address
	Raw                      types.Log // Blockchain specific contextual infos
}

// FilterRewardsInitiatorUpdated is a free log retrieval operation binding the contract event 0xe11cddf1816a43318ca175bbc52cd0185436e9cbead7c83acc54a73e461717e3.
//
// Solidity: event RewardsInitiatorUpdated(address previousRewardsInitiator, address newRewardsInitiator)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) FilterRewardsInitiatorUpdated(opts *bind.FilterOpts) (*LockstepServiceManagerRewardsInitiatorUpdatedIterator, error) {

	logs, sub, err := _LockstepServiceManager.contract.FilterLogs(opts, "RewardsInitiatorUpdated")
	if err != nil {
		return nil, err
	}
	return &LockstepServiceManagerRewardsInitiatorUpdatedIterator{contract: _LockstepServiceManager.contract, event: "RewardsInitiatorUpdated", logs: logs, sub: sub}, nil
}

// WatchRewardsInitiatorUpdated is a free log subscription operation binding the contract event 0xe11cddf1816a43318ca175bbc52cd0185436e9cbead7c83acc54a73e461717e3.
//
// Solidity: event RewardsInitiatorUpdated(address previousRewardsInitiator, address newRewardsInitiator)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) WatchRewardsInitiatorUpdated(opts *bind.WatchOpts, sink chan<- *LockstepServiceManagerRewardsInitiatorUpdated) (event.Subscription, error) {

	logs, sub, err := _LockstepServiceManager.contract.WatchLogs(opts, "RewardsInitiatorUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(LockstepServiceManagerRewardsInitiatorUpdated)
				if err := _LockstepServiceManager.contract.UnpackLog(event, "RewardsInitiatorUpdated", log); err != nil {
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

// ParseRewardsInitiatorUpdated is a log parse operation binding the contract event 0xe11cddf1816a43318ca175bbc52cd0185436e9cbead7c83acc54a73e461717e3.
//
// Solidity: event RewardsInitiatorUpdated(address previousRewardsInitiator, address newRewardsInitiator)
func (_LockstepServiceManager *LockstepServiceManagerFilterer) ParseRewardsInitiatorUpdated(log types.Log) (*LockstepServiceManagerRewardsInitiatorUpdated, error) {
	event := new(LockstepServiceManagerRewardsInitiatorUpdated)
	if err := _LockstepServiceManager.contract.UnpackLog(event, "RewardsInitiatorUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
