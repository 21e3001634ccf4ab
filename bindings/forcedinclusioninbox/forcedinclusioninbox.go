// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package forcedinclusioninbox

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

// IForcedInclusionInboxTypesEntry is an auto generated low-level Go binding around an user-defined struct.
type IForcedInclusionInboxTypesEntry struct {
	Acc      [32]byte
	L1Block  uint64
	RollupId uint64
	Deadline uint64
}

// ForcedInclusionInboxMetaData contains all meta data concerning the ForcedInclusionInbox contract.
var ForcedInclusionInboxMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"contractICheckpointRegistry\"},{\"name\":\"baseFee_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPayloadBytes_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"feeDoublingQueue_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"feeRecipient_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_ENTRIES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PAYLOAD_BYTES_CAP\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"accumulatorAt\",\"inputs\":[{\"name\":\"n\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"baseFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"count\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"entry\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIForcedInclusionInboxTypes.Entry\",\"components\":[{\"name\":\"acc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Block\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feeDoublingQueue\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feeRecipient\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"forceInclude\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"payload\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"maxPayloadBytes\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractICheckpointRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setBaseFee\",\"inputs\":[{\"name\":\"newFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeDoublingQueue\",\"inputs\":[{\"name\":\"newLength\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeRecipient\",\"inputs\":[{\"name\":\"newRecipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMaxPayloadBytes\",\"inputs\":[{\"name\":\"newMax\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BaseFeeUpdated\",\"inputs\":[{\"name\":\"previousFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeDoublingQueueUpdated\",\"inputs\":[{\"name\":\"previousLength\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newLength\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeRecipientUpdated\",\"inputs\":[{\"name\":\"previousRecipient\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newRecipient\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesWithdrawn\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ForcedInclusionQueued\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"rollupId\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"l1Block\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"deadline\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"payloadHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"acc\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"payload\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MaxPayloadBytesUpdated\",\"inputs\":[{\"name\":\"previousMax\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"newMax\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BaseFeeTooHigh\",\"inputs\":[{\"name\":\"baseFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyPayload\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"IndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InsufficientFee\",\"inputs\":[{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidFeeDoublingQueue\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidMaxPayloadBytes\",\"inputs\":[{\"name\":\"maxPayloadBytes\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"cap\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"PayloadTooLarge\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"QueueFull\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RollupNotRegistered\",\"inputs\":[{\"name\":\"rollupId\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"WithdrawFailed\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611aaa380380611aaa83398101604081905261002e91610290565b6100373361017f565b6001600160a01b038616158061005457506001600160a01b038216155b8061006657506001600160a01b038116155b156100845760405163d92e233d60e01b815260040160405180910390fd5b61008d8561019b565b610096846101cb565b8263ffffffff165f036100bc5760405163fda3fa6960e01b815260040160405180910390fd5b6001600160a01b0386811660809081526040805191820181525f825263ffffffff878116602084018190529087169183018290526001600160801b038981166060909401849052600280546001600160801b0319166801000000000000000090930263ffffffff60601b1916929092176c0100000000000000000000000090930292909217909116600160801b909202919091179055600380546001600160a01b031916918416919091179055846101738261017f565b50505050505050610303565b600180546001600160a01b031916905561019881610215565b50565b6001600160801b0381111561019857604051633038a51560e11b8152600481018290526024015b60405180910390fd5b63ffffffff811615806101e657506202000063ffffffff8216115b156101985760405163e5731add60e01b815263ffffffff821660048201526202000060248201526044016101c2565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610198575f5ffd5b805163ffffffff8116811461028b575f5ffd5b919050565b5f5f5f5f5f5f60c087890312156102a5575f5ffd5b86516102b081610264565b602088015190965094506102c660408801610278565b93506102d460608801610278565b925060808701516102e481610264565b60a08801519092506102f581610264565b809150509295509295509295565b60805161177a6103305f395f81816103a8015281816108cd0152818161102d01526111ec015261177a5ff3fe60806040526004361061016d575f3560e01c806379ba5097116100c6578063ddca3f431161007c578063f2fde38b11610057578063f2fde38b14610486578063f41365da146104a5578063f7a2ce3d146104c4575f5ffd5b8063ddca3f4314610429578063e30c39781461043d578063e74b981b14610467575f5ffd5b80637d4cb964116100ac5780637d4cb964146103ca5780638da5cb5b146103e1578063d2adf35f1461040a575f5ffd5b806379ba5097146103835780637b10399914610397575f5ffd5b806346904840116101265780636ef25c3a116101015780636ef25c3a14610318578063715018a61461035c5780637621357914610370575f5ffd5b8063469048401461022f5780634b05b9981461027a5780636ced947d146102a4575f5ffd5b806306661abd1161015657806306661abd146101c75780633ccfd60b146101fa5780634686069814610210575f5ffd5b8063017c08c814610171578063062a2d46146101a1575b5f5ffd5b34801561017c575f5ffd5b506101876202000081565b60405163ffffffff90911681526020015b60405180910390f35b3480156101ac575f5ffd5b5060025468010000000000000000900463ffffffff16610187565b3480156101d2575f5ffd5b5060025467ffffffffffffffff165b60405167ffffffffffffffff9091168152602001610198565b348015610205575f5ffd5b5061020e6104e3565b005b34801561021b575f5ffd5b5061020e61022a3660046114ea565b6105fd565b34801561023a575f5ffd5b5060035473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610198565b348015610285575f5ffd5b506002546c01000000000000000000000000900463ffffffff16610187565b3480156102af575f5ffd5b506102c36102be366004611516565b610686565b60405161019891905f6080820190508251825267ffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015292915050565b348015610323575f5ffd5b5060025470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff165b604051908152602001610198565b348015610367575f5ffd5b5061020e610776565b6101e161037e366004611538565b610789565b34801561038e575f5ffd5b5061020e610a59565b3480156103a2575f5ffd5b506102557f000000000000000000000000000000000000000000000000000000000000000081565b3480156103d5575f5ffd5b506101e163ffffffff81565b3480156103ec575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff16610255565b348015610415575f5ffd5b5061020e6104243660046115c9565b610b0e565b348015610434575f5ffd5b5061034e610bd8565b348015610448575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff16610255565b348015610472575f5ffd5b5061020e6104813660046115e4565b610c5f565b348015610491575f5ffd5b5061020e6104a03660046115e4565b610d33565b3480156104b0575f5ffd5b5061020e6104bf3660046115c9565b610de2565b3480156104cf575f5ffd5b5061034e6104de366004611516565b610e72565b6104eb610f2b565b6003546040514780825273ffffffffffffffffffffffffffffffffffffffff909216919082907fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a9060200160405180910390a25f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114610594576040519150601f19603f3d011682016040523d82523d5f602084013e610599565b606091505b50509050806105f8576040517fa226991200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018390526044015b60405180910390fd5b505050565b610605610f2b565b61060e81610fab565b600280546fffffffffffffffffffffffffffffffff8381167001000000000000000000000000000000009081028284161790935560408051939092041680835260208301849052917f19ad72acd40a59cad104f97c7897cc5675e52fe1e2679088c4bfffd96a9d58a791015b60405180910390a15050565b604080516080810182525f80825260208201819052918101829052606081019190915260025467ffffffffffffffff9081169083168111610707576040517f5afd7fec00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8085166004830152821660248201526044016105ef565b505067ffffffffffffffff9081165f90815260046020908152604091829020825160808101845281548152600190910154808516928201929092526801000000000000000082048416928101929092527001000000000000000000000000000000009004909116606082015290565b61077e610f2b565b6107875f610ff8565b565b6040805160808101825260025467ffffffffffffffff8116825268010000000000000000810463ffffffff90811660208401526c01000000000000000000000000820416928201929092527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff1660608201525f908280830361083c576040517f2e3f1f3400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816020015163ffffffff168111156108955760208201516040517f042475640000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff90911660248201526044016105ef565b6040517f694a645e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063694a645e90602401602060405180830381865afa158015610927573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061094b9190611617565b61098d576040517fe3c1248c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201526024016105ef565b815192507fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000167ffffffffffffffff8416016109f4576040517f8acb5f2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6109fe83611029565b905080341015610a43576040517fa458261b000000000000000000000000000000000000000000000000000000008152600481018290523460248201526044016105ef565b610a4f84888888611139565b5050509392505050565b600154339073ffffffffffffffffffffffffffffffffffffffff168114610b02576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602960248201527f4f776e61626c6532537465703a2063616c6c6572206973206e6f74207468652060448201527f6e6577206f776e6572000000000000000000000000000000000000000000000060648201526084016105ef565b610b0b81610ff8565b50565b610b16610f2b565b8063ffffffff165f03610b55576040517ffda3fa6900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002805463ffffffff8381166c010000000000000000000000008181027fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff85161790945560408051949093049091168084526020840191909152917f2c084076fbeb667d26c0e2e131da47033ad265eb019735f1f4f6fc5c4e2b640c910161067a565b6040805160808101825260025467ffffffffffffffff8116825268010000000000000000810463ffffffff90811660208401526c01000000000000000000000000820416928201929092527001000000000000000000000000000000009091046fffffffffffffffffffffffffffffffff1660608201525f90610c5a90611029565b905090565b610c67610f2b565b73ffffffffffffffffffffffffffffffffffffffff8116610cb4576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff000000000000000000000000000000000000000083168117909355604080519190921680825260208201939093527faaebcf1bfa00580e41d966056b48521fa9f202645c86d4ddf28113e617c1b1d3910161067a565b610d3b610f2b565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155610d9d5f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b610dea610f2b565b610df381611413565b6002805463ffffffff838116680100000000000000008181027fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff85161790945560408051949093049091168084526020840191909152917f42d52590acf7942a9dade5f4201c5a7c26193d2da3a7ab77953cc846be4d8ea8910161067a565b6002545f9067ffffffffffffffff908116908316811015610ed3576040517f5afd7fec00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8085166004830152821660248201526044016105ef565b8267ffffffffffffffff165f03610eec57505f92915050565b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0167ffffffffffffffff165f9081526004602052604090205490565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610787576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e657260448201526064016105ef565b6fffffffffffffffffffffffffffffffff811115610b0b576040517f60714a2a000000000000000000000000000000000000000000000000000000008152600481018290526024016105ef565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610b0b81611476565b5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663822d8bea6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611094573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110b89190611636565b90505f8167ffffffffffffffff16845f015167ffffffffffffffff16116110df575f6110e5565b83518290035b67ffffffffffffffff1690505f846040015163ffffffff16826111089190611651565b90506080811115611117575060805b6060909401516fffffffffffffffffffffffffffffffff1690931b9392505050565b5f828260405161114a929190611689565b6040519081900390209050435f67ffffffffffffffff8716156111a4575067ffffffffffffffff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8701165f908152600460205260409020545b60408051602080820184905267ffffffffffffffff808a16838501526060830187905285166080808401919091528351808403909101815260a090920190925280519101205f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16632f2f76416040518163ffffffff1660e01b8152600401602060405180830381865afa158015611253573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112779190611698565b6112879063ffffffff16856116b3565b905060405180608001604052808381526020018567ffffffffffffffff1681526020018967ffffffffffffffff1681526020018267ffffffffffffffff1681525060045f8b67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f01556020820151816001015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160086101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060608201518160010160106101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055509050508860010160025f015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055508767ffffffffffffffff168967ffffffffffffffff167f9d026a2c590abcd3a321f667b9f8b7f241bcf8161e5c4784ccbf5c28a26fdb77868489878d8d604051611400969594939291906116fe565b60405180910390a3505050505050505050565b63ffffffff8116158061142e57506202000063ffffffff8216115b15610b0b576040517fe5731add00000000000000000000000000000000000000000000000000000000815263ffffffff821660048201526202000060248201526044016105ef565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f602082840312156114fa575f5ffd5b5035919050565b67ffffffffffffffff81168114610b0b575f5ffd5b5f60208284031215611526575f5ffd5b813561153181611501565b9392505050565b5f5f5f6040848603121561154a575f5ffd5b833561155581611501565b9250602084013567ffffffffffffffff811115611570575f5ffd5b8401601f81018613611580575f5ffd5b803567ffffffffffffffff811115611596575f5ffd5b8660208284010111156115a7575f5ffd5b939660209190910195509293505050565b63ffffffff81168114610b0b575f5ffd5b5f602082840312156115d9575f5ffd5b8135611531816115b8565b5f602082840312156115f4575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff81168114611531575f5ffd5b5f60208284031215611627575f5ffd5b81518015158114611531575f5ffd5b5f60208284031215611646575f5ffd5b815161153181611501565b5f82611684577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b818382375f9101908152919050565b5f602082840312156116a8575f5ffd5b8151611531816115b8565b67ffffffffffffffff81811683821601908111156116f8577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b67ffffffffffffffff8716815267ffffffffffffffff8616602082015284604082015283606082015260a060808201528160a0820152818360c08301375f81830160c090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019594505050505056",
}

// ForcedInclusionInboxABI is the input ABI used to generate the binding from.
// Deprecated: Use ForcedInclusionInboxMetaData.ABI instead.
var ForcedInclusionInboxABI = ForcedInclusionInboxMetaData.ABI

// ForcedInclusionInboxBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ForcedInclusionInboxMetaData.Bin instead.
var ForcedInclusionInboxBin = ForcedInclusionInboxMetaData.Bin

// DeployForcedInclusionInbox deploys a new Ethereum contract, binding an instance of ForcedInclusionInbox to it.
func DeployForcedInclusionInbox(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, baseFee_ *big.Int, maxPayloadBytes_ uint32, feeDoublingQueue_ uint32, feeRecipient_ common.Address, initialOwner common.Address) (common.Address, *types.Transaction, *ForcedInclusionInbox, error) {
	parsed, err := ForcedInclusionInboxMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ForcedInclusionInboxBin), backend, registry_, baseFee_, maxPayloadBytes_, feeDoublingQueue_, feeRecipient_, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ForcedInclusionInbox{ForcedInclusionInboxCaller: ForcedInclusionInboxCaller{contract: contract}, ForcedInclusionInboxTransactor: ForcedInclusionInboxTransactor{contract: contract}, ForcedInclusionInboxFilterer: ForcedInclusionInboxFilterer{contract: contract}}, nil
}

// ForcedInclusionInbox is an auto generated Go binding around an Ethereum contract.
type ForcedInclusionInbox struct {
	ForcedInclusionInboxCaller     // Read-only binding to the contract
	ForcedInclusionInboxTransactor // Write-only binding to the contract
	ForcedInclusionInboxFilterer   // Log filterer for contract events
}

// ForcedInclusionInboxCaller is an auto generated read-only Go binding around an Ethereum contract.
type ForcedInclusionInboxCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ForcedInclusionInboxTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ForcedInclusionInboxTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ForcedInclusionInboxFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ForcedInclusionInboxFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ForcedInclusionInboxSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ForcedInclusionInboxSession struct {
	Contract     *ForcedInclusionInbox // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// ForcedInclusionInboxCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ForcedInclusionInboxCallerSession struct {
	Contract *ForcedInclusionInboxCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// ForcedInclusionInboxTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ForcedInclusionInboxTransactorSession struct {
	Contract     *ForcedInclusionInboxTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// ForcedInclusionInboxRaw is an auto generated low-level Go binding around an Ethereum contract.
type ForcedInclusionInboxRaw struct {
	Contract *ForcedInclusionInbox // Generic contract binding to access the raw methods on
}

// ForcedInclusionInboxCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ForcedInclusionInboxCallerRaw struct {
	Contract *ForcedInclusionInboxCaller // Generic read-only contract binding to access the raw methods on
}

// ForcedInclusionInboxTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ForcedInclusionInboxTransactorRaw struct {
	Contract *ForcedInclusionInboxTransactor // Generic write-only contract binding to access the raw methods on
}

// NewForcedInclusionInbox creates a new instance of ForcedInclusionInbox, bound to a specific deployed contract.
func NewForcedInclusionInbox(address common.Address, backend bind.ContractBackend) (*ForcedInclusionInbox, error) {
	contract, err := bindForcedInclusionInbox(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInbox{ForcedInclusionInboxCaller: ForcedInclusionInboxCaller{contract: contract}, ForcedInclusionInboxTransactor: ForcedInclusionInboxTransactor{contract: contract}, ForcedInclusionInboxFilterer: ForcedInclusionInboxFilterer{contract: contract}}, nil
}

// NewForcedInclusionInboxCaller creates a new read-only instance of ForcedInclusionInbox, bound to a specific deployed contract.
func NewForcedInclusionInboxCaller(address common.Address, caller bind.ContractCaller) (*ForcedInclusionInboxCaller, error) {
	contract, err := bindForcedInclusionInbox(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxCaller{contract: contract}, nil
}

// NewForcedInclusionInboxTransactor creates a new write-only instance of ForcedInclusionInbox, bound to a specific deployed contract.
func NewForcedInclusionInboxTransactor(address common.Address, transactor bind.ContractTransactor) (*ForcedInclusionInboxTransactor, error) {
	contract, err := bindForcedInclusionInbox(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxTransactor{contract: contract}, nil
}

// NewForcedInclusionInboxFilterer creates a new log filterer instance of ForcedInclusionInbox, bound to a specific deployed contract.
func NewForcedInclusionInboxFilterer(address common.Address, filterer bind.ContractFilterer) (*ForcedInclusionInboxFilterer, error) {
	contract, err := bindForcedInclusionInbox(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxFilterer{contract: contract}, nil
}

// bindForcedInclusionInbox binds a generic wrapper to an already deployed contract.
func bindForcedInclusionInbox(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ForcedInclusionInboxMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ForcedInclusionInbox *ForcedInclusionInboxRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ForcedInclusionInbox.Contract.ForcedInclusionInboxCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ForcedInclusionInbox *ForcedInclusionInboxRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.ForcedInclusionInboxTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ForcedInclusionInbox *ForcedInclusionInboxRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.ForcedInclusionInboxTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ForcedInclusionInbox.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.contract.Transact(opts, method, params...)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint64)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) MAXENTRIES(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "MAX_ENTRIES")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint64)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) MAXENTRIES() (uint64, error) {
	return _ForcedInclusionInbox.Contract.MAXENTRIES(&_ForcedInclusionInbox.CallOpts)
}

// MAXENTRIES is a free data retrieval call binding the contract method 0x7d4cb964.
//
// Solidity: function MAX_ENTRIES() view returns(uint64)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) MAXENTRIES() (uint64, error) {
	return _ForcedInclusionInbox.Contract.MAXENTRIES(&_ForcedInclusionInbox.CallOpts)
}

// MAXPAYLOADBYTESCAP is a free data retrieval call binding the contract method 0x017c08c8.
//
// Solidity: function MAX_PAYLOAD_BYTES_CAP() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) MAXPAYLOADBYTESCAP(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "MAX_PAYLOAD_BYTES_CAP")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXPAYLOADBYTESCAP is a free data retrieval call binding the contract method 0x017c08c8.
//
// Solidity: function MAX_PAYLOAD_BYTES_CAP() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) MAXPAYLOADBYTESCAP() (uint32, error) {
	return _ForcedInclusionInbox.Contract.MAXPAYLOADBYTESCAP(&_ForcedInclusionInbox.CallOpts)
}

// MAXPAYLOADBYTESCAP is a free data retrieval call binding the contract method 0x017c08c8.
//
// Solidity: function MAX_PAYLOAD_BYTES_CAP() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) MAXPAYLOADBYTESCAP() (uint32, error) {
	return _ForcedInclusionInbox.Contract.MAXPAYLOADBYTESCAP(&_ForcedInclusionInbox.CallOpts)
}

// AccumulatorAt is a free data retrieval call binding the contract method 0xf7a2ce3d.
//
// Solidity: function accumulatorAt(uint64 n) view returns(bytes32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) AccumulatorAt(opts *bind.CallOpts, n uint64) ([32]byte, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "accumulatorAt", n)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AccumulatorAt is a free data retrieval call binding the contract method 0xf7a2ce3d.
//
// Solidity: function accumulatorAt(uint64 n) view returns(bytes32)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) AccumulatorAt(n uint64) ([32]byte, error) {
	return _ForcedInclusionInbox.Contract.AccumulatorAt(&_ForcedInclusionInbox.CallOpts, n)
}

// AccumulatorAt is a free data retrieval call binding the contract method 0xf7a2ce3d.
//
// Solidity: function accumulatorAt(uint64 n) view returns(bytes32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) AccumulatorAt(n uint64) ([32]byte, error) {
	return _ForcedInclusionInbox.Contract.AccumulatorAt(&_ForcedInclusionInbox.CallOpts, n)
}

// BaseFee is a free data retrieval call binding the contract method 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) BaseFee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "baseFee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BaseFee is a free data retrieval call binding the contract method 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) BaseFee() (*big.Int, error) {
	return _ForcedInclusionInbox.Contract.BaseFee(&_ForcedInclusionInbox.CallOpts)
}

// BaseFee is a free data retrieval call binding the contract method 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) BaseFee() (*big.Int, error) {
	return _ForcedInclusionInbox.Contract.BaseFee(&_ForcedInclusionInbox.CallOpts)
}

// Count is a free data retrieval call binding the contract method 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) Count(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "count")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Count is a free data retrieval call binding the contract method 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) Count() (uint64, error) {
	return _ForcedInclusionInbox.Contract.Count(&_ForcedInclusionInbox.CallOpts)
}

// Count is a free data retrieval call binding the contract method 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) Count() (uint64, error) {
	return _ForcedInclusionInbox.Contract.Count(&_ForcedInclusionInbox.CallOpts)
}

// Entry is a free data retrieval call binding the contract method 0x6ced947d.
//
// Solidity: function entry(uint64 index) view returns((bytes32,uint64,uint64,uint64))
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) Entry(opts *bind.CallOpts, index uint64) (IForcedInclusionInboxTypesEntry, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "entry", index)

	if err != nil {
		return *new(IForcedInclusionInboxTypesEntry), err
	}

	out0 := *abi.ConvertType(out[0], new(IForcedInclusionInboxTypesEntry)).(*IForcedInclusionInboxTypesEntry)

	return out0, err

}

// Entry is a free data retrieval call binding the contract method 0x6ced947d.
//
// Solidity: function entry(uint64 index) view returns((bytes32,uint64,uint64,uint64))
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) Entry(index uint64) (IForcedInclusionInboxTypesEntry, error) {
	return _ForcedInclusionInbox.Contract.Entry(&_ForcedInclusionInbox.CallOpts, index)
}

// Entry is a free data retrieval call binding the contract method 0x6ced947d.
//
// Solidity: function entry(uint64 index) view returns((bytes32,uint64,uint64,uint64))
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) Entry(index uint64) (IForcedInclusionInboxTypesEntry, error) {
	return _ForcedInclusionInbox.Contract.Entry(&_ForcedInclusionInbox.CallOpts, index)
}

// Fee is a free data retrieval call binding the contract method 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) Fee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "fee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Fee is a free data retrieval call binding the contract method 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) Fee() (*big.Int, error) {
	return _ForcedInclusionInbox.Contract.Fee(&_ForcedInclusionInbox.CallOpts)
}

// Fee is a free data retrieval call binding the contract method 0xddca3f43.
//
// Solidity: function fee() view returns(uint256)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) Fee() (*big.Int, error) {
	return _ForcedInclusionInbox.Contract.Fee(&_ForcedInclusionInbox.CallOpts)
}

// FeeDoublingQueue is a free data retrieval call binding the contract method 0x4b05b998.
//
// Solidity: function feeDoublingQueue() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) FeeDoublingQueue(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "feeDoublingQueue")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// FeeDoublingQueue is a free data retrieval call binding the contract method 0x4b05b998.
//
// Solidity: function feeDoublingQueue() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) FeeDoublingQueue() (uint32, error) {
	return _ForcedInclusionInbox.Contract.FeeDoublingQueue(&_ForcedInclusionInbox.CallOpts)
}

// FeeDoublingQueue is a free data retrieval call binding the contract method 0x4b05b998.
//
// Solidity: function feeDoublingQueue() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) FeeDoublingQueue() (uint32, error) {
	return _ForcedInclusionInbox.Contract.FeeDoublingQueue(&_ForcedInclusionInbox.CallOpts)
}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) FeeRecipient(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "feeRecipient")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) FeeRecipient() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.FeeRecipient(&_ForcedInclusionInbox.CallOpts)
}

// FeeRecipient is a free data retrieval call binding the contract method 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) FeeRecipient() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.FeeRecipient(&_ForcedInclusionInbox.CallOpts)
}

// MaxPayloadBytes is a free data retrieval call binding the contract method 0x062a2d46.
//
// Solidity: function maxPayloadBytes() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) MaxPayloadBytes(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "maxPayloadBytes")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxPayloadBytes is a free data retrieval call binding the contract method 0x062a2d46.
//
// Solidity: function maxPayloadBytes() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) MaxPayloadBytes() (uint32, error) {
	return _ForcedInclusionInbox.Contract.MaxPayloadBytes(&_ForcedInclusionInbox.CallOpts)
}

// MaxPayloadBytes is a free data retrieval call binding the contract method 0x062a2d46.
//
// Solidity: function maxPayloadBytes() view returns(uint32)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) MaxPayloadBytes() (uint32, error) {
	return _ForcedInclusionInbox.Contract.MaxPayloadBytes(&_ForcedInclusionInbox.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) Owner() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.Owner(&_ForcedInclusionInbox.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) Owner() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.Owner(&_ForcedInclusionInbox.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) PendingOwner() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.PendingOwner(&_ForcedInclusionInbox.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) PendingOwner() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.PendingOwner(&_ForcedInclusionInbox.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ForcedInclusionInbox.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) Registry() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.Registry(&_ForcedInclusionInbox.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ForcedInclusionInbox *ForcedInclusionInboxCallerSession) Registry() (common.Address, error) {
	return _ForcedInclusionInbox.Contract.Registry(&_ForcedInclusionInbox.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) AcceptOwnership() (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.AcceptOwnership(&_ForcedInclusionInbox.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.AcceptOwnership(&_ForcedInclusionInbox.TransactOpts)
}

// ForceInclude is a paid mutator transaction binding the contract method 0x76213579.
//
// Solidity: function forceInclude(uint64 rollupId, bytes payload) payable returns(uint64 index)
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) ForceInclude(opts *bind.TransactOpts, rollupId uint64, payload []byte) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "forceInclude", rollupId, payload)
}

// ForceInclude is a paid mutator transaction binding the contract method 0x76213579.
//
// Solidity: function forceInclude(uint64 rollupId, bytes payload) payable returns(uint64 index)
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) ForceInclude(rollupId uint64, payload []byte) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.ForceInclude(&_ForcedInclusionInbox.TransactOpts, rollupId, payload)
}

// ForceInclude is a paid mutator transaction binding the contract method 0x76213579.
//
// Solidity: function forceInclude(uint64 rollupId, bytes payload) payable returns(uint64 index)
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) ForceInclude(rollupId uint64, payload []byte) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.ForceInclude(&_ForcedInclusionInbox.TransactOpts, rollupId, payload)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) RenounceOwnership() (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.RenounceOwnership(&_ForcedInclusionInbox.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.RenounceOwnership(&_ForcedInclusionInbox.TransactOpts)
}

// SetBaseFee is a paid mutator transaction binding the contract method 0x46860698.
//
// Solidity: function setBaseFee(uint256 newFee) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) SetBaseFee(opts *bind.TransactOpts, newFee *big.Int) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "setBaseFee", newFee)
}

// SetBaseFee is a paid mutator transaction binding the contract method 0x46860698.
//
// Solidity: function setBaseFee(uint256 newFee) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) SetBaseFee(newFee *big.Int) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetBaseFee(&_ForcedInclusionInbox.TransactOpts, newFee)
}

// SetBaseFee is a paid mutator transaction binding the contract method 0x46860698.
//
// Solidity: function setBaseFee(uint256 newFee) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) SetBaseFee(newFee *big.Int) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetBaseFee(&_ForcedInclusionInbox.TransactOpts, newFee)
}

// SetFeeDoublingQueue is a paid mutator transaction binding the contract method 0xd2adf35f.
//
// Solidity: function setFeeDoublingQueue(uint32 newLength) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) SetFeeDoublingQueue(opts *bind.TransactOpts, newLength uint32) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "setFeeDoublingQueue", newLength)
}

// SetFeeDoublingQueue is a paid mutator transaction binding the contract method 0xd2adf35f.
//
// Solidity: function setFeeDoublingQueue(uint32 newLength) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) SetFeeDoublingQueue(newLength uint32) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetFeeDoublingQueue(&_ForcedInclusionInbox.TransactOpts, newLength)
}

// SetFeeDoublingQueue is a paid mutator transaction binding the contract method 0xd2adf35f.
//
// Solidity: function setFeeDoublingQueue(uint32 newLength) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) SetFeeDoublingQueue(newLength uint32) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetFeeDoublingQueue(&_ForcedInclusionInbox.TransactOpts, newLength)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) SetFeeRecipient(opts *bind.TransactOpts, newRecipient common.Address) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "setFeeRecipient", newRecipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) SetFeeRecipient(newRecipient common.Address) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetFeeRecipient(&_ForcedInclusionInbox.TransactOpts, newRecipient)
}

// SetFeeRecipient is a paid mutator transaction binding the contract method 0xe74b981b.
//
// Solidity: function setFeeRecipient(address newRecipient) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) SetFeeRecipient(newRecipient common.Address) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetFeeRecipient(&_ForcedInclusionInbox.TransactOpts, newRecipient)
}

// SetMaxPayloadBytes is a paid mutator transaction binding the contract method 0xf41365da.
//
// Solidity: function setMaxPayloadBytes(uint32 newMax) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) SetMaxPayloadBytes(opts *bind.TransactOpts, newMax uint32) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "setMaxPayloadBytes", newMax)
}

// SetMaxPayloadBytes is a paid mutator transaction binding the contract method 0xf41365da.
//
// Solidity: function setMaxPayloadBytes(uint32 newMax) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) SetMaxPayloadBytes(newMax uint32) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetMaxPayloadBytes(&_ForcedInclusionInbox.TransactOpts, newMax)
}

// SetMaxPayloadBytes is a paid mutator transaction binding the contract method 0xf41365da.
//
// Solidity: function setMaxPayloadBytes(uint32 newMax) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) SetMaxPayloadBytes(newMax uint32) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.SetMaxPayloadBytes(&_ForcedInclusionInbox.TransactOpts, newMax)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.TransferOwnership(&_ForcedInclusionInbox.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.TransferOwnership(&_ForcedInclusionInbox.TransactOpts, newOwner)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ForcedInclusionInbox.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxSession) Withdraw() (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.Withdraw(&_ForcedInclusionInbox.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ForcedInclusionInbox *ForcedInclusionInboxTransactorSession) Withdraw() (*types.Transaction, error) {
	return _ForcedInclusionInbox.Contract.Withdraw(&_ForcedInclusionInbox.TransactOpts)
}

// ForcedInclusionInboxBaseFeeUpdatedIterator is returned from FilterBaseFeeUpdated and is used to iterate over the raw logs and unpacked data for BaseFeeUpdated events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxBaseFeeUpdatedIterator struct {
	Event *ForcedInclusionInboxBaseFeeUpdated // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxBaseFeeUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxBaseFeeUpdated)
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
		it.Event = new(ForcedInclusionInboxBaseFeeUpdated)
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
func (it *ForcedInclusionInboxBaseFeeUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxBaseFeeUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxBaseFeeUpdated represents a BaseFeeUpdated event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxBaseFeeUpdated struct {
	PreviousFee *big.Int
	NewFee      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterBaseFeeUpdated is a free log retrieval operation binding the contract event 0x19ad72acd40a59cad104f97c7897cc5675e52fe1e2679088c4bfffd96a9d58a7.
//
// Solidity: event BaseFeeUpdated(uint256 previousFee, uint256 newFee)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterBaseFeeUpdated(opts *bind.FilterOpts) (*ForcedInclusionInboxBaseFeeUpdatedIterator, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "BaseFeeUpdated")
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxBaseFeeUpdatedIterator{contract: _ForcedInclusionInbox.contract, event: "BaseFeeUpdated", logs: logs, sub: sub}, nil
}

// WatchBaseFeeUpdated is a free log subscription operation binding the contract event 0x19ad72acd40a59cad104f97c7897cc5675e52fe1e2679088c4bfffd96a9d58a7.
//
// Solidity: event BaseFeeUpdated(uint256 previousFee, uint256 newFee)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchBaseFeeUpdated(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxBaseFeeUpdated) (event.Subscription, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "BaseFeeUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxBaseFeeUpdated)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "BaseFeeUpdated", log); err != nil {
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

// ParseBaseFeeUpdated is a log parse operation binding the contract event 0x19ad72acd40a59cad104f97c7897cc5675e52fe1e2679088c4bfffd96a9d58a7.
//
// Solidity: event BaseFeeUpdated(uint256 previousFee, uint256 newFee)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseBaseFeeUpdated(log types.Log) (*ForcedInclusionInboxBaseFeeUpdated, error) {
	event := new(ForcedInclusionInboxBaseFeeUpdated)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "BaseFeeUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxFeeDoublingQueueUpdatedIterator is returned from FilterFeeDoublingQueueUpdated and is used to iterate over the raw logs and unpacked data for FeeDoublingQueueUpdated events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxFeeDoublingQueueUpdatedIterator struct {
	Event *ForcedInclusionInboxFeeDoublingQueueUpdated // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxFeeDoublingQueueUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxFeeDoublingQueueUpdated)
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
		it.Event = new(ForcedInclusionInboxFeeDoublingQueueUpdated)
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
func (it *ForcedInclusionInboxFeeDoublingQueueUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxFeeDoublingQueueUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxFeeDoublingQueueUpdated represents a FeeDoublingQueueUpdated event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxFeeDoublingQueueUpdated struct {
	PreviousLength uint32
	NewLength      uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterFeeDoublingQueueUpdated is a free log retrieval operation binding the contract event 0x2c084076fbeb667d26c0e2e131da47033ad265eb019735f1f4f6fc5c4e2b640c.
//
// Solidity: event FeeDoublingQueueUpdated(uint32 previousLength, uint32 newLength)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterFeeDoublingQueueUpdated(opts *bind.FilterOpts) (*ForcedInclusionInboxFeeDoublingQueueUpdatedIterator, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "FeeDoublingQueueUpdated")
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxFeeDoublingQueueUpdatedIterator{contract: _ForcedInclusionInbox.contract, event: "FeeDoublingQueueUpdated", logs: logs, sub: sub}, nil
}

// WatchFeeDoublingQueueUpdated is a free log subscription operation binding the contract event 0x2c084076fbeb667d26c0e2e131da47033ad265eb019735f1f4f6fc5c4e2b640c.
//
// Solidity: event FeeDoublingQueueUpdated(uint32 previousLength, uint32 newLength)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchFeeDoublingQueueUpdated(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxFeeDoublingQueueUpdated) (event.Subscription, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "FeeDoublingQueueUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxFeeDoublingQueueUpdated)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "FeeDoublingQueueUpdated", log); err != nil {
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

// ParseFeeDoublingQueueUpdated is a log parse operation binding the contract event 0x2c084076fbeb667d26c0e2e131da47033ad265eb019735f1f4f6fc5c4e2b640c.
//
// Solidity: event FeeDoublingQueueUpdated(uint32 previousLength, uint32 newLength)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseFeeDoublingQueueUpdated(log types.Log) (*ForcedInclusionInboxFeeDoublingQueueUpdated, error) {
	event := new(ForcedInclusionInboxFeeDoublingQueueUpdated)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "FeeDoublingQueueUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxFeeRecipientUpdatedIterator is returned from FilterFeeRecipientUpdated and is used to iterate over the raw logs and unpacked data for FeeRecipientUpdated events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxFeeRecipientUpdatedIterator struct {
	Event *ForcedInclusionInboxFeeRecipientUpdated // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxFeeRecipientUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxFeeRecipientUpdated)
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
		it.Event = new(ForcedInclusionInboxFeeRecipientUpdated)
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
func (it *ForcedInclusionInboxFeeRecipientUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxFeeRecipientUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxFeeRecipientUpdated represents a FeeRecipientUpdated event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxFeeRecipientUpdated struct {
	PreviousRecipient common.Address
	NewRecipient      common.Address
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterFeeRecipientUpdated is a free log retrieval operation binding the contract event 0xaaebcf1bfa00580e41d966056b48521fa9f202645c86d4ddf28113e617c1b1d3.
//
// Solidity: event FeeRecipientUpdated(address previousRecipient, address newRecipient)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterFeeRecipientUpdated(opts *bind.FilterOpts) (*ForcedInclusionInboxFeeRecipientUpdatedIterator, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "FeeRecipientUpdated")
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxFeeRecipientUpdatedIterator{contract: _ForcedInclusionInbox.contract, event: "FeeRecipientUpdated", logs: logs, sub: sub}, nil
}

// WatchFeeRecipientUpdated is a free log subscription operation binding the contract event 0xaaebcf1bfa00580e41d966056b48521fa9f202645c86d4ddf28113e617c1b1d3.
//
// Solidity: event FeeRecipientUpdated(address previousRecipient, address newRecipient)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchFeeRecipientUpdated(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxFeeRecipientUpdated) (event.Subscription, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "FeeRecipientUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxFeeRecipientUpdated)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "FeeRecipientUpdated", log); err != nil {
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

// ParseFeeRecipientUpdated is a log parse operation binding the contract event 0xaaebcf1bfa00580e41d966056b48521fa9f202645c86d4ddf28113e617c1b1d3.
//
// Solidity: event FeeRecipientUpdated(address previousRecipient, address newRecipient)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseFeeRecipientUpdated(log types.Log) (*ForcedInclusionInboxFeeRecipientUpdated, error) {
	event := new(ForcedInclusionInboxFeeRecipientUpdated)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "FeeRecipientUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxFeesWithdrawnIterator is returned from FilterFeesWithdrawn and is used to iterate over the raw logs and unpacked data for FeesWithdrawn events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxFeesWithdrawnIterator struct {
	Event *ForcedInclusionInboxFeesWithdrawn // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxFeesWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxFeesWithdrawn)
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
		it.Event = new(ForcedInclusionInboxFeesWithdrawn)
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
func (it *ForcedInclusionInboxFeesWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxFeesWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxFeesWithdrawn represents a FeesWithdrawn event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxFeesWithdrawn struct {
	Recipient common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterFeesWithdrawn is a free log retrieval operation binding the contract event 0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a.
//
// Solidity: event FeesWithdrawn(address indexed recipient, uint256 amount)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterFeesWithdrawn(opts *bind.FilterOpts, recipient []common.Address) (*ForcedInclusionInboxFeesWithdrawnIterator, error) {

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "FeesWithdrawn", recipientRule)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxFeesWithdrawnIterator{contract: _ForcedInclusionInbox.contract, event: "FeesWithdrawn", logs: logs, sub: sub}, nil
}

// WatchFeesWithdrawn is a free log subscription operation binding the contract event 0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a.
//
// Solidity: event FeesWithdrawn(address indexed recipient, uint256 amount)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchFeesWithdrawn(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxFeesWithdrawn, recipient []common.Address) (event.Subscription, error) {

	var recipientRule []interface{}
	for _, recipientItem := range recipient {
		recipientRule = append(recipientRule, recipientItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "FeesWithdrawn", recipientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxFeesWithdrawn)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "FeesWithdrawn", log); err != nil {
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

// ParseFeesWithdrawn is a log parse operation binding the contract event 0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a.
//
// Solidity: event FeesWithdrawn(address indexed recipient, uint256 amount)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseFeesWithdrawn(log types.Log) (*ForcedInclusionInboxFeesWithdrawn, error) {
	event := new(ForcedInclusionInboxFeesWithdrawn)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "FeesWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxForcedInclusionQueuedIterator is returned from FilterForcedInclusionQueued and is used to iterate over the raw logs and unpacked data for ForcedInclusionQueued events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxForcedInclusionQueuedIterator struct {
	Event *ForcedInclusionInboxForcedInclusionQueued // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxForcedInclusionQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxForcedInclusionQueued)
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
		it.Event = new(ForcedInclusionInboxForcedInclusionQueued)
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
func (it *ForcedInclusionInboxForcedInclusionQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxForcedInclusionQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxForcedInclusionQueued represents a ForcedInclusionQueued event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxForcedInclusionQueued struct {
	Index       uint64
	RollupId    uint64
	L1Block     uint64
	Deadline    uint64
	PayloadHash [32]byte
	Acc         [32]byte
	Payload     []byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterForcedInclusionQueued is a free log retrieval operation binding the contract event 0x9d026a2c590abcd3a321f667b9f8b7f241bcf8161e5c4784ccbf5c28a26fdb77.
//
// Solidity: event ForcedInclusionQueued(uint64 indexed index, uint64 indexed rollupId, uint64 l1Block, uint64 deadline, bytes32 payloadHash, bytes32 acc, bytes payload)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterForcedInclusionQueued(opts *bind.FilterOpts, index []uint64, rollupId []uint64) (*ForcedInclusionInboxForcedInclusionQueuedIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "ForcedInclusionQueued", indexRule, rollupIdRule)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxForcedInclusionQueuedIterator{contract: _ForcedInclusionInbox.contract, event: "ForcedInclusionQueued", logs: logs, sub: sub}, nil
}

// WatchForcedInclusionQueued is a free log subscription operation binding the contract event 0x9d026a2c590abcd3a321f667b9f8b7f241bcf8161e5c4784ccbf5c28a26fdb77.
//
// Solidity: event ForcedInclusionQueued(uint64 indexed index, uint64 indexed rollupId, uint64 l1Block, uint64 deadline, bytes32 payloadHash, bytes32 acc, bytes payload)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchForcedInclusionQueued(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxForcedInclusionQueued, index []uint64, rollupId []uint64) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}
	var rollupIdRule []interface{}
	for _, rollupIdItem := range rollupId {
		rollupIdRule = append(rollupIdRule, rollupIdItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "ForcedInclusionQueued", indexRule, rollupIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxForcedInclusionQueued)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "ForcedInclusionQueued", log); err != nil {
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

// ParseForcedInclusionQueued is a log parse operation binding the contract event 0x9d026a2c590abcd3a321f667b9f8b7f241bcf8161e5c4784ccbf5c28a26fdb77.
//
// Solidity: event ForcedInclusionQueued(uint64 indexed index, uint64 indexed rollupId, uint64 l1Block, uint64 deadline, bytes32 payloadHash, bytes32 acc, bytes payload)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseForcedInclusionQueued(log types.Log) (*ForcedInclusionInboxForcedInclusionQueued, error) {
	event := new(ForcedInclusionInboxForcedInclusionQueued)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "ForcedInclusionQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxMaxPayloadBytesUpdatedIterator is returned from FilterMaxPayloadBytesUpdated and is used to iterate over the raw logs and unpacked data for MaxPayloadBytesUpdated events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxMaxPayloadBytesUpdatedIterator struct {
	Event *ForcedInclusionInboxMaxPayloadBytesUpdated // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxMaxPayloadBytesUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxMaxPayloadBytesUpdated)
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
		it.Event = new(ForcedInclusionInboxMaxPayloadBytesUpdated)
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
func (it *ForcedInclusionInboxMaxPayloadBytesUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxMaxPayloadBytesUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxMaxPayloadBytesUpdated represents a MaxPayloadBytesUpdated event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxMaxPayloadBytesUpdated struct {
	PreviousMax uint32
	NewMax      uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterMaxPayloadBytesUpdated is a free log retrieval operation binding the contract event 0x42d52590acf7942a9dade5f4201c5a7c26193d2da3a7ab77953cc846be4d8ea8.
//
// Solidity: event MaxPayloadBytesUpdated(uint32 previousMax, uint32 newMax)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterMaxPayloadBytesUpdated(opts *bind.FilterOpts) (*ForcedInclusionInboxMaxPayloadBytesUpdatedIterator, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "MaxPayloadBytesUpdated")
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxMaxPayloadBytesUpdatedIterator{contract: _ForcedInclusionInbox.contract, event: "MaxPayloadBytesUpdated", logs: logs, sub: sub}, nil
}

// WatchMaxPayloadBytesUpdated is a free log subscription operation binding the contract event 0x42d52590acf7942a9dade5f4201c5a7c26193d2da3a7ab77953cc846be4d8ea8.
//
// Solidity: event MaxPayloadBytesUpdated(uint32 previousMax, uint32 newMax)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchMaxPayloadBytesUpdated(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxMaxPayloadBytesUpdated) (event.Subscription, error) {

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "MaxPayloadBytesUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxMaxPayloadBytesUpdated)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "MaxPayloadBytesUpdated", log); err != nil {
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

// ParseMaxPayloadBytesUpdated is a log parse operation binding the contract event 0x42d52590acf7942a9dade5f4201c5a7c26193d2da3a7ab77953cc846be4d8ea8.
//
// Solidity: event MaxPayloadBytesUpdated(uint32 previousMax, uint32 newMax)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseMaxPayloadBytesUpdated(log types.Log) (*ForcedInclusionInboxMaxPayloadBytesUpdated, error) {
	event := new(ForcedInclusionInboxMaxPayloadBytesUpdated)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "MaxPayloadBytesUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxOwnershipTransferStartedIterator struct {
	Event *ForcedInclusionInboxOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxOwnershipTransferStarted)
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
		it.Event = new(ForcedInclusionInboxOwnershipTransferStarted)
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
func (it *ForcedInclusionInboxOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ForcedInclusionInboxOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxOwnershipTransferStartedIterator{contract: _ForcedInclusionInbox.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxOwnershipTransferStarted)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseOwnershipTransferStarted(log types.Log) (*ForcedInclusionInboxOwnershipTransferStarted, error) {
	event := new(ForcedInclusionInboxOwnershipTransferStarted)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ForcedInclusionInboxOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxOwnershipTransferredIterator struct {
	Event *ForcedInclusionInboxOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *ForcedInclusionInboxOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ForcedInclusionInboxOwnershipTransferred)
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
		it.Event = new(ForcedInclusionInboxOwnershipTransferred)
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
func (it *ForcedInclusionInboxOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ForcedInclusionInboxOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ForcedInclusionInboxOwnershipTransferred represents a OwnershipTransferred event raised by the ForcedInclusionInbox contract.
type ForcedInclusionInboxOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ForcedInclusionInboxOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ForcedInclusionInboxOwnershipTransferredIterator{contract: _ForcedInclusionInbox.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ForcedInclusionInboxOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ForcedInclusionInbox.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ForcedInclusionInboxOwnershipTransferred)
				if err := _ForcedInclusionInbox.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_ForcedInclusionInbox *ForcedInclusionInboxFilterer) ParseOwnershipTransferred(log types.Log) (*ForcedInclusionInboxOwnershipTransferred, error) {
	event := new(ForcedInclusionInboxOwnershipTransferred)
	if err := _ForcedInclusionInbox.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
