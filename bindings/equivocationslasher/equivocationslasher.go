// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package equivocationslasher

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

// EquivocationSlasherMetaData contains all meta data concerning the EquivocationSlasher contract.
var EquivocationSlasherMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"contractICheckpointRegistry\"},{\"name\":\"coordinator_\",\"type\":\"address\",\"internalType\":\"contractISlashingRegistryCoordinator\"},{\"name\":\"apkRegistry_\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistry\"},{\"name\":\"stakeRegistry_\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistry\"},{\"name\":\"allocationManager_\",\"type\":\"address\",\"internalType\":\"contractIAllocationManager\"},{\"name\":\"wadToSlash_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allocationManager\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAllocationManager\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"apkRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSApkRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"avs\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"coordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractISlashingRegistryCoordinator\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isSlashed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proveEquivocation\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"a\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"sigA\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"b\",\"type\":\"tuple\",\"internalType\":\"structICheckpointRegistryTypes.Checkpoint\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"startHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"endHeight\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"l1Origin\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"forcedAcc\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"name\":\"sigB\",\"type\":\"tuple\",\"internalType\":\"structBN254Types.G1Point\",\"components\":[{\"name\":\"X\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"Y\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quorumNumbers\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractICheckpointRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWadToSlash\",\"inputs\":[{\"name\":\"newWad\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signatureChecker\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIBLSSignatureChecker\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stakeRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStakeRegistry\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"wadToSlash\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EquivocationSlashed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"number\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"digestA\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"digestB\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"wadToSlash\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ejected\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"reporter\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WadToSlashUpdated\",\"inputs\":[{\"name\":\"previousWad\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newWad\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadySlashed\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"CheckpointNumberMismatch\",\"inputs\":[{\"name\":\"numberA\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"numberB\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidOperatorSignature\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidWadToSlash\",\"inputs\":[{\"name\":\"wad\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotConflicting\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"OperatorHasNoBLSKey\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OperatorNotSlashable\",\"inputs\":[{\"name\":\"operator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612b71380380612b7183398101604081905261002f9161033d565b61003833610285565b6001600160a01b038716158061005557506001600160a01b038616155b8061006757506001600160a01b038516155b8061007957506001600160a01b038416155b8061008b57506001600160a01b038316155b8061009d57506001600160a01b038116155b156100bb5760405163d92e233d60e01b815260040160405180910390fd5b6100c4826102a1565b5f876001600160a01b031663efb2bfd36040518163ffffffff1660e01b8152600401602060405180830381865afa158015610101573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012591906103ca565b90505f876001600160a01b031663de1164bb6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610164573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061018891906103ca565b90506001600160a01b03821615806101a757506001600160a01b038116155b156101c55760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808a16608081905289821660a05288821660c05287821660e05286821661010052838216610120529082166101405260408051632a8414fd60e01b81529051632a8414fd916004808201925f929091908290030181865afa158015610234573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261025b9190810190610400565b6003906102689082610534565b50600284905561027783610285565b5050505050505050506105ee565b600180546001600160a01b031916905561029e816102da565b50565b8015806102b55750670de0b6b3a764000081115b1561029e5760405163027b0a3f60e11b81526004810182905260240160405180910390fd5b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461029e575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610353575f5ffd5b875161035e81610329565b602089015190975061036f81610329565b604089015190965061038081610329565b606089015190955061039181610329565b60808901519094506103a281610329565b60a089015160c08a015191945092506103ba81610329565b8091505092959891949750929550565b5f602082840312156103da575f5ffd5b81516103e581610329565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215610410575f5ffd5b81516001600160401b03811115610425575f5ffd5b8201601f81018413610435575f5ffd5b80516001600160401b0381111561044e5761044e6103ec565b604051601f8201601f19908116603f011681016001600160401b038111828210171561047c5761047c6103ec565b604052818152828201602001861015610493575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b600181811c908216806104c457607f821691505b6020821081036104e257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561052f57805f5260205f20601f840160051c8101602085101561050d5750805b601f840160051c820191505b8181101561052c575f8155600101610519565b50505b505050565b81516001600160401b0381111561054d5761054d6103ec565b6105618161055b84546104b0565b846104e8565b6020601f821160018114610593575f831561057c5750848201515b5f19600385901b1c1916600184901b17845561052c565b5f84815260208120601f198516915b828110156105c257878501518255602094850194600190920191016105a2565b50848210156105df57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a05160c05160e0516101005161012051610140516124c26106af5f395f81816102a9015281816111ba015261175f01525f81816102ee015261104e01525f818161026f01528181611273015261172301525f81816101840152818161190a01526119ff01525f81816101b5015281816109f101528181610af50152610bbc01525f818161011e01528181610ec7015281816113c3015261146501525f81816101e4015281816105ac015281816105e80152610f5d01526124c25ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c80638da5cb5b116100ad578063ce1718aa1161007d578063e30c397811610063578063e30c3978146102cb578063efb2bfd3146102e9578063f2fde38b14610310575f5ffd5b8063ce1718aa14610291578063de1164bb146102a4575f5ffd5b80638da5cb5b14610219578063c378a81e14610236578063c897c60114610259578063ca8aa7c71461026a575f5ffd5b8063795623f9116100e8578063795623f9146101b057806379ba5097146101d75780637b103999146101df57806385a1db4214610206575f5ffd5b80630a009097146101195780632a8414fd1461016a578063683048351461017f578063715018a6146101a6575b5f5ffd5b6101407f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b610172610323565b6040516101619190611d4e565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6101ae6103b3565b005b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6101ae6103c6565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6101ae610214366004611d60565b610480565b5f5473ffffffffffffffffffffffffffffffffffffffff16610140565b610249610244366004611db4565b6104d6565b6040519015158152602001610161565b600254604051908152602001610161565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6101ae61029f366004611e0d565b61051a565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b60015473ffffffffffffffffffffffffffffffffffffffff16610140565b6101407f000000000000000000000000000000000000000000000000000000000000000081565b6101ae61031e366004611e78565b610718565b60606003805461033290611e93565b80601f016020809104026020016040519081016040528092919081815260200182805461035e90611e93565b80156103a95780601f10610380576101008083540402835291602001916103a9565b820191905f5260205f20905b81548152906001019060200180831161038c57829003601f168201915b5050505050905090565b6103bb6107c7565b6103c45f610847565b565b600154339073ffffffffffffffffffffffffffffffffffffffff168114610474576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152602960248201527f4f776e61626c6532537465703a2063616c6c6572206973206e6f74207468652060448201527f6e6577206f776e6572000000000000000000000000000000000000000000000060648201526084015b60405180910390fd5b61047d81610847565b50565b6104886107c7565b61049181610878565b600280549082905560408051828152602081018490527f5c6238a2da090a550189f28d6407a5b164937e9c32625817e506f7efe0089700910160405180910390a15050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260046020908152604080832067ffffffffffffffff8516845290915290205460ff165b92915050565b5f6105286020860186611ede565b90506105376020840184611ede565b67ffffffffffffffff168167ffffffffffffffff16146105a5578061055f6020850185611ede565b6040517f158dfd4e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161046b565b5f6105df467f00000000000000000000000000000000000000000000000000000000000000006105da368a90038a018a611f4d565b6108c6565b90505f610616467f00000000000000000000000000000000000000000000000000000000000000006105da36899003890189611f4d565b9050808203610654576040517f1c55aeef0000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b73ffffffffffffffffffffffffffffffffffffffff88165f90815260046020908152604080832067ffffffffffffffff8716845290915290205460ff16156106f0576040517f6f5484ca00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8916600482015267ffffffffffffffff8416602482015260440161046b565b5f6106fe89848985896109aa565b905061070d8982868686610cc6565b505050505050505050565b6107206107c7565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556107825f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146103c4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e6572604482015260640161046b565b600180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561047d81610fd6565b80158061088c5750670de0b6b3a764000081115b1561047d576040517f04f6147e0000000000000000000000000000000000000000000000000000000081526004810182905260240161046b565b5f7fe68fa26e7a78e62fe044334da0d963e6f1f8e79acef3af724e9955fc39b28f658484845f015185602001518660400151876060015188608001518960a001518a60c0015160405160200161098a9a99989796959493929190998a5260208a019890985273ffffffffffffffffffffffffffffffffffffffff96909616604089015267ffffffffffffffff9485166060890152928416608088015290831660a087015260c0860152811660e0850152166101008301526101208201526101400190565b6040516020818303038152906040528051906020012090505b9392505050565b6040517fde29fac000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff86811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063de29fac090602401602060405180830381865afa158015610a38573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a5c9190611ff1565b905080610aad576040517f04c9a5be00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015260240161046b565b6040517ea1f4cb00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff87811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169062a1f4cb906024016040805180830381865afa158015610b38573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b5c9190612008565b6040805180820182528381526020810183905290517f6716991100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8c81166004830152939550919350915f917f000000000000000000000000000000000000000000000000000000000000000090911690636716991190602401608060405180830381865afa158015610c03573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c279190612077565b90508383171580610c505750602081810151808201519051835192830151925190921790911717155b15610c9f576040517f04c9a5be00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8b16600482015260240161046b565b610cac8a8a84848c61104a565b610cb98a8884848a61104a565b5050505095945050505050565b5f60038054610cd490611e93565b80601f0160208091040260200160405190810160405280929190818152602001828054610d0090611e93565b8015610d4b5780601f10610d2257610100808354040283529160200191610d4b565b820191905f5260205f20905b815481529060010190602001808311610d2e57829003601f168201915b505050505090505f610d5d8783611157565b905080515f03610db1576040517f797deebb00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8816600482015260240161046b565b5f610dbd888885611378565b60025473ffffffffffffffffffffffffffffffffffffffff8a165f81815260046020908152604080832067ffffffffffffffff8d168085529083529281902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055855181518c81529283018b90529082018590521515606082015233608082015293945091927f31b3b899eb937782976e44801446c2ad14e5413490901fe2dc1c9c072a6186b19060a00160405180910390a3610e8389888584611611565b81511561070d576040517f6e3b17db00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636e3b17db90610efe908c9086906004016120e3565b5f604051808303815f87803b158015610f15575f5ffd5b505af1158015610f27573d5f5f3e3d5ffd5b50506040517f1998830400000000000000000000000000000000000000000000000000000000815263ffffffff431660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169250631998830491506024015f604051808303815f87803b158015610fb5575f5ffd5b505af1158015610fc7573d5f5f3e3d5ffd5b50505050505050505050505050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663171f1d5b878787876040518563ffffffff1660e01b81526004016110ab9493929190612141565b6040805180830381865afa1580156110c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110e991906121a8565b915091508115806110f8575080155b1561114e576040517f03a5918200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff881660048201526024810187905260440161046b565b50505050505050565b6060815167ffffffffffffffff81111561117357611173611ef7565b6040519080825280601f01601f19166020018201604052801561119d576020820181803683370190505b5090505f805b835181101561136f575f60405180604001604052807f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168152602001868481518110611206576112066120b6565b6020910181015160f81c9091526040517f1352c3e600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff89811660048301528351811660248301529183015163ffffffff1660448201529192507f00000000000000000000000000000000000000000000000000000000000000001690631352c3e690606401602060405180830381865afa1580156112b8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112dc91906121d0565b15611366578482815181106112f3576112f36120b6565b01602001517fff0000000000000000000000000000000000000000000000000000000000000016848461132581612216565b955081518110611337576113376120b6565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505b506001016111a3565b50815292915050565b6040517ffd39105a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301526060916001917f0000000000000000000000000000000000000000000000000000000000000000169063fd39105a90602401602060405180830381865afa158015611408573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061142c919061222e565b60ff16036109a3576040517f871ef049000000000000000000000000000000000000000000000000000000008152600481018490525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063871ef04990602401602060405180830381865afa1580156114bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e3919061224e565b77ffffffffffffffffffffffffffffffffffffffffffffffff169050825167ffffffffffffffff81111561151957611519611ef7565b6040519080825280601f01601f191660200182016040528015611543576020820181803683370190505b5091505f805b845181101561160657848181518110611564576115646120b6565b0160200151600160f89190911c1b8316156115fe5784818151811061158b5761158b6120b6565b01602001517fff000000000000000000000000000000000000000000000000000000000000001684836115bd81612216565b9450815181106115cf576115cf6120b6565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a9053505b600101611549565b508252509392505050565b5f6116258467ffffffffffffffff16611822565b6040516020016116359190612285565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905290505f5b835181101561181a575f848281518110611683576116836120b6565b016020015160f81c90505f611697826118bf565b905080515f036116a8575050611812565b5f815167ffffffffffffffff8111156116c3576116c3611ef7565b6040519080825280602002602001820160405280156116ec578160200160208202803683370190505b5090505f5b8151811015611720578682828151811061170d5761170d6120b6565b60209081029190910101526001016116f1565b507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663363520577f00000000000000000000000000000000000000000000000000000000000000006040518060a001604052808d73ffffffffffffffffffffffffffffffffffffffff1681526020018760ff1663ffffffff168152602001868152602001858152602001898152506040518363ffffffff1660e01b81526004016117e1929190612324565b5f604051808303815f87803b1580156117f8575f5ffd5b505af115801561180a573d5f5f3e3d5ffd5b505050505050505b600101611667565b505050505050565b60605f61182e83611c21565b60010190505f8167ffffffffffffffff81111561184d5761184d611ef7565b6040519080825280601f01601f191660200182016040528015611877576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a850494508461188157509392505050565b6040517f3ca5a5f500000000000000000000000000000000000000000000000000000000815260ff821660048201526060905f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690633ca5a5f590602401602060405180830381865afa15801561194f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119739190611ff1565b90508067ffffffffffffffff81111561198e5761198e611ef7565b6040519080825280602002602001820160405280156119b7578160200160208202803683370190505b5091505f805b82811015611c18576040517fadc804da00000000000000000000000000000000000000000000000000000000815260ff86166004820152602481018290525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063adc804da906044016040805180830381865afa158015611a58573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a7c9190612455565b519050825b5f81118015611ade575073ffffffffffffffffffffffffffffffffffffffff821686611aae60018461249a565b81518110611abe57611abe6120b6565b602002602001015173ffffffffffffffffffffffffffffffffffffffff16115b15611aeb575f1901611a81565b5f81118015611b48575073ffffffffffffffffffffffffffffffffffffffff821686611b1860018461249a565b81518110611b2857611b286120b6565b602002602001015173ffffffffffffffffffffffffffffffffffffffff16145b15611b54575050611c10565b835b81811115611bc95786611b6a60018361249a565b81518110611b7a57611b7a6120b6565b6020026020010151878281518110611b9457611b946120b6565b73ffffffffffffffffffffffffffffffffffffffff90921660209283029190910190910152611bc2816124ad565b9050611b56565b5081868281518110611bdd57611bdd6120b6565b73ffffffffffffffffffffffffffffffffffffffff90921660209283029190910190910152611c0b84612216565b935050505b6001016119bd565b50825250919050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310611c69577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310611c95576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611cb357662386f26fc10000830492506010015b6305f5e1008310611ccb576305f5e100830492506008015b6127108310611cdf57612710830492506004015b60648310611cf1576064830492506002015b600a83106105145760010192915050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6109a36020830184611d02565b5f60208284031215611d70575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff8116811461047d575f5ffd5b803567ffffffffffffffff81168114611daf575f5ffd5b919050565b5f5f60408385031215611dc5575f5ffd5b8235611dd081611d77565b9150611dde60208401611d98565b90509250929050565b5f60e08284031215611df7575f5ffd5b50919050565b5f60408284031215611df7575f5ffd5b5f5f5f5f5f6102608688031215611e22575f5ffd5b8535611e2d81611d77565b9450611e3c8760208801611de7565b9350611e4c876101008801611dfd565b9250611e5c876101408801611de7565b9150611e6c876102208801611dfd565b90509295509295909350565b5f60208284031215611e88575f5ffd5b81356109a381611d77565b600181811c90821680611ea757607f821691505b602082108103611df7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f60208284031215611eee575f5ffd5b6109a382611d98565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040805190810167ffffffffffffffff81118282101715611f4757611f47611ef7565b60405290565b5f60e0828403128015611f5e575f5ffd5b5060405160e0810167ffffffffffffffff81118282101715611f8257611f82611ef7565b604052611f8e83611d98565b8152611f9c60208401611d98565b6020820152611fad60408401611d98565b604082015260608381013590820152611fc860808401611d98565b6080820152611fd960a08401611d98565b60a082015260c0928301359281019290925250919050565b5f60208284031215612001575f5ffd5b5051919050565b5f5f60408385031215612019575f5ffd5b505080516020909101519092909150565b5f82601f830112612039575f5ffd5b612041611f24565b806040840185811115612052575f5ffd5b845b8181101561206c578051845260209384019301612054565b509095945050505050565b5f6080828403128015612088575f5ffd5b50612091611f24565b61209b848461202a565b81526120aa846040850161202a565b60208201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b73ffffffffffffffffffffffffffffffffffffffff83168152604060208201525f6121116040830184611d02565b949350505050565b805f5b600281101561213b57815184526020938401939091019060010161211c565b50505050565b5f61012082019050858252845160208301526020850151604083015261216b606083018551612119565b602084015161217d60a0840182612119565b50823560e0830152602090920135610100909101529392505050565b80518015158114611daf575f5ffd5b5f5f604083850312156121b9575f5ffd5b6121c283612199565b9150611dde60208401612199565b5f602082840312156121e0575f5ffd5b6109a382612199565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f5f198203612227576122276121e9565b5060010190565b5f6020828403121561223e575f5ffd5b815160ff811681146109a3575f5ffd5b5f6020828403121561225e575f5ffd5b815177ffffffffffffffffffffffffffffffffffffffffffffffff811681146109a3575f5ffd5b7f6c6f636b737465703a2065717569766f636174696f6e20617420636865636b7081527f6f696e742000000000000000000000000000000000000000000000000000000060208201525f82518060208501602585015e5f920160250191825250919050565b5f8151808452602084019350602083015f5b8281101561231a5781518652602095860195909101906001016122fc565b5093949350505050565b73ffffffffffffffffffffffffffffffffffffffff83168152604060208201525f60e0820173ffffffffffffffffffffffffffffffffffffffff845116604084015263ffffffff6020850151166060840152604084015160a06080850152818151808452610100860191506020830193505f92505b808310156123d25773ffffffffffffffffffffffffffffffffffffffff8451168252602082019150602084019350600183019250612399565b50606086015192507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08582030160a086015261240e81846122ea565b9250505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08483030160c085015261244b8282611d02565b9695505050505050565b5f6040828403128015612466575f5ffd5b5061246f611f24565b825161247a81611d77565b815260208301516bffffffffffffffffffffffff811681146120aa575f5ffd5b81810381811115610514576105146121e9565b5f816124bb576124bb6121e9565b505f19019056",
}

// EquivocationSlasherABI is the input ABI used to generate the binding from.
// Deprecated: Use EquivocationSlasherMetaData.ABI instead.
var EquivocationSlasherABI = EquivocationSlasherMetaData.ABI

// EquivocationSlasherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EquivocationSlasherMetaData.Bin instead.
var EquivocationSlasherBin = EquivocationSlasherMetaData.Bin

// DeployEquivocationSlasher deploys a new Ethereum contract, binding an instance of EquivocationSlasher to it.
func DeployEquivocationSlasher(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, coordinator_ common.Address, apkRegistry_ common.Address, stakeRegistry_ common.Address, allocationManager_ common.Address, wadToSlash_ *big.Int, initialOwner common.Address) (common.Address, *types.Transaction, *EquivocationSlasher, error) {
	parsed, err := EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EquivocationSlasherBin), backend, registry_, coordinator_, apkRegistry_, stakeRegistry_, allocationManager_, wadToSlash_, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EquivocationSlasher{EquivocationSlasherCaller: EquivocationSlasherCaller{contract: contract}, EquivocationSlasherTransactor: EquivocationSlasherTransactor{contract: contract}, EquivocationSlasherFilterer: EquivocationSlasherFilterer{contract: contract}}, nil
}

// EquivocationSlasher is an auto generated Go binding around an Ethereum contract.
type EquivocationSlasher struct {
	EquivocationSlasherCaller     // Read-only binding to the contract
	EquivocationSlasherTransactor // Write-only binding to the contract
	EquivocationSlasherFilterer   // Log filterer for contract events
}

// EquivocationSlasherCaller is an auto generated read-only Go binding around an Ethereum contract.
type EquivocationSlasherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EquivocationSlasherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EquivocationSlasherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EquivocationSlasherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EquivocationSlasherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EquivocationSlasherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EquivocationSlasherSession struct {
	Contract     *EquivocationSlasher // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// EquivocationSlasherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EquivocationSlasherCallerSession struct {
	Contract *EquivocationSlasherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// EquivocationSlasherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EquivocationSlasherTransactorSession struct {
	Contract     *EquivocationSlasherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// EquivocationSlasherRaw is an auto generated low-level Go binding around an Ethereum contract.
type EquivocationSlasherRaw struct {
	Contract *EquivocationSlasher // Generic contract binding to access the raw methods on
}

// EquivocationSlasherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EquivocationSlasherCallerRaw struct {
	Contract *EquivocationSlasherCaller // Generic read-only contract binding to access the raw methods on
}

// EquivocationSlasherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EquivocationSlasherTransactorRaw struct {
	Contract *EquivocationSlasherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEquivocationSlasher creates a new instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasher(address common.Address, backend bind.ContractBackend) (*EquivocationSlasher, error) {
	contract, err := bindEquivocationSlasher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasher{EquivocationSlasherCaller: EquivocationSlasherCaller{contract: contract}, EquivocationSlasherTransactor: EquivocationSlasherTransactor{contract: contract}, EquivocationSlasherFilterer: EquivocationSlasherFilterer{contract: contract}}, nil
}

// NewEquivocationSlasherCaller creates a new read-only instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasherCaller(address common.Address, caller bind.ContractCaller) (*EquivocationSlasherCaller, error) {
	contract, err := bindEquivocationSlasher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherCaller{contract: contract}, nil
}

// NewEquivocationSlasherTransactor creates a new write-only instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasherTransactor(address common.Address, transactor bind.ContractTransactor) (*EquivocationSlasherTransactor, error) {
	contract, err := bindEquivocationSlasher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherTransactor{contract: contract}, nil
}

// NewEquivocationSlasherFilterer creates a new log filterer instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasherFilterer(address common.Address, filterer bind.ContractFilterer) (*EquivocationSlasherFilterer, error) {
	contract, err := bindEquivocationSlasher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherFilterer{contract: contract}, nil
}

// bindEquivocationSlasher binds a generic wrapper to an already deployed contract.
func bindEquivocationSlasher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EquivocationSlasher *EquivocationSlasherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EquivocationSlasher.Contract.EquivocationSlasherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EquivocationSlasher *EquivocationSlasherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.EquivocationSlasherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EquivocationSlasher *EquivocationSlasherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.EquivocationSlasherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EquivocationSlasher *EquivocationSlasherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EquivocationSlasher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EquivocationSlasher *EquivocationSlasherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EquivocationSlasher *EquivocationSlasherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.contract.Transact(opts, method, params...)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) AllocationManager() (common.Address, error) {
	return _EquivocationSlasher.Contract.AllocationManager(&_EquivocationSlasher.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) AllocationManager() (common.Address, error) {
	return _EquivocationSlasher.Contract.AllocationManager(&_EquivocationSlasher.CallOpts)
}

// ApkRegistry is a free data retrieval call binding the contract method 0x795623f9.
//
// Solidity: function apkRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) ApkRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "apkRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ApkRegistry is a free data retrieval call binding the contract method 0x795623f9.
//
// Solidity: function apkRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) ApkRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.ApkRegistry(&_EquivocationSlasher.CallOpts)
}

// ApkRegistry is a free data retrieval call binding the contract method 0x795623f9.
//
// Solidity: function apkRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) ApkRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.ApkRegistry(&_EquivocationSlasher.CallOpts)
}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) Avs(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "avs")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) Avs() (common.Address, error) {
	return _EquivocationSlasher.Contract.Avs(&_EquivocationSlasher.CallOpts)
}

// Avs is a free data retrieval call binding the contract method 0xde1164bb.
//
// Solidity: function avs() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) Avs() (common.Address, error) {
	return _EquivocationSlasher.Contract.Avs(&_EquivocationSlasher.CallOpts)
}

// Coordinator is a free data retrieval call binding the contract method 0x0a009097.
//
// Solidity: function coordinator() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) Coordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "coordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Coordinator is a free data retrieval call binding the contract method 0x0a009097.
//
// Solidity: function coordinator() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) Coordinator() (common.Address, error) {
	return _EquivocationSlasher.Contract.Coordinator(&_EquivocationSlasher.CallOpts)
}

// Coordinator is a free data retrieval call binding the contract method 0x0a009097.
//
// Solidity: function coordinator() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) Coordinator() (common.Address, error) {
	return _EquivocationSlasher.Contract.Coordinator(&_EquivocationSlasher.CallOpts)
}

// IsSlashed is a free data retrieval call binding the contract method 0xc378a81e.
//
// Solidity: function isSlashed(address operator, uint64 number) view returns(bool)
func (_EquivocationSlasher *EquivocationSlasherCaller) IsSlashed(opts *bind.CallOpts, operator common.Address, number uint64) (bool, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "isSlashed", operator, number)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSlashed is a free data retrieval call binding the contract method 0xc378a81e.
//
// Solidity: function isSlashed(address operator, uint64 number) view returns(bool)
func (_EquivocationSlasher *EquivocationSlasherSession) IsSlashed(operator common.Address, number uint64) (bool, error) {
	return _EquivocationSlasher.Contract.IsSlashed(&_EquivocationSlasher.CallOpts, operator, number)
}

// IsSlashed is a free data retrieval call binding the contract method 0xc378a81e.
//
// Solidity: function isSlashed(address operator, uint64 number) view returns(bool)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) IsSlashed(operator common.Address, number uint64) (bool, error) {
	return _EquivocationSlasher.Contract.IsSlashed(&_EquivocationSlasher.CallOpts, operator, number)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) Owner() (common.Address, error) {
	return _EquivocationSlasher.Contract.Owner(&_EquivocationSlasher.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) Owner() (common.Address, error) {
	return _EquivocationSlasher.Contract.Owner(&_EquivocationSlasher.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) PendingOwner() (common.Address, error) {
	return _EquivocationSlasher.Contract.PendingOwner(&_EquivocationSlasher.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) PendingOwner() (common.Address, error) {
	return _EquivocationSlasher.Contract.PendingOwner(&_EquivocationSlasher.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_EquivocationSlasher *EquivocationSlasherCaller) QuorumNumbers(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "quorumNumbers")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_EquivocationSlasher *EquivocationSlasherSession) QuorumNumbers() ([]byte, error) {
	return _EquivocationSlasher.Contract.QuorumNumbers(&_EquivocationSlasher.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) QuorumNumbers() ([]byte, error) {
	return _EquivocationSlasher.Contract.QuorumNumbers(&_EquivocationSlasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) Registry() (common.Address, error) {
	return _EquivocationSlasher.Contract.Registry(&_EquivocationSlasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) Registry() (common.Address, error) {
	return _EquivocationSlasher.Contract.Registry(&_EquivocationSlasher.CallOpts)
}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) SignatureChecker(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "signatureChecker")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) SignatureChecker() (common.Address, error) {
	return _EquivocationSlasher.Contract.SignatureChecker(&_EquivocationSlasher.CallOpts)
}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) SignatureChecker() (common.Address, error) {
	return _EquivocationSlasher.Contract.SignatureChecker(&_EquivocationSlasher.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) StakeRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.StakeRegistry(&_EquivocationSlasher.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) StakeRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.StakeRegistry(&_EquivocationSlasher.CallOpts)
}

// WadToSlash is a free data retrieval call binding the contract method 0xc897c601.
//
// Solidity: function wadToSlash() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherCaller) WadToSlash(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "wadToSlash")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WadToSlash is a free data retrieval call binding the contract method 0xc897c601.
//
// Solidity: function wadToSlash() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherSession) WadToSlash() (*big.Int, error) {
	return _EquivocationSlasher.Contract.WadToSlash(&_EquivocationSlasher.CallOpts)
}

// WadToSlash is a free data retrieval call binding the contract method 0xc897c601.
//
// Solidity: function wadToSlash() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) WadToSlash() (*big.Int, error) {
	return _EquivocationSlasher.Contract.WadToSlash(&_EquivocationSlasher.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_EquivocationSlasher *EquivocationSlasherSession) AcceptOwnership() (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.AcceptOwnership(&_EquivocationSlasher.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.AcceptOwnership(&_EquivocationSlasher.TransactOpts)
}

// ProveEquivocation is a paid mutator transaction binding the contract method 0xce1718aa.
//
// Solidity: function proveEquivocation(address operator, (uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) a, (uint256,uint256) sigA, (uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) b, (uint256,uint256) sigB) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) ProveEquivocation(opts *bind.TransactOpts, operator common.Address, a ICheckpointRegistryTypesCheckpoint, sigA BN254TypesG1Point, b ICheckpointRegistryTypesCheckpoint, sigB BN254TypesG1Point) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "proveEquivocation", operator, a, sigA, b, sigB)
}

// ProveEquivocation is a paid mutator transaction binding the contract method 0xce1718aa.
//
// Solidity: function proveEquivocation(address operator, (uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) a, (uint256,uint256) sigA, (uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) b, (uint256,uint256) sigB) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) ProveEquivocation(operator common.Address, a ICheckpointRegistryTypesCheckpoint, sigA BN254TypesG1Point, b ICheckpointRegistryTypesCheckpoint, sigB BN254TypesG1Point) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.ProveEquivocation(&_EquivocationSlasher.TransactOpts, operator, a, sigA, b, sigB)
}

// ProveEquivocation is a paid mutator transaction binding the contract method 0xce1718aa.
//
// Solidity: function proveEquivocation(address operator, (uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) a, (uint256,uint256) sigA, (uint64,uint64,uint64,bytes32,uint64,uint64,bytes32) b, (uint256,uint256) sigB) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) ProveEquivocation(operator common.Address, a ICheckpointRegistryTypesCheckpoint, sigA BN254TypesG1Point, b ICheckpointRegistryTypesCheckpoint, sigB BN254TypesG1Point) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.ProveEquivocation(&_EquivocationSlasher.TransactOpts, operator, a, sigA, b, sigB)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_EquivocationSlasher *EquivocationSlasherSession) RenounceOwnership() (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.RenounceOwnership(&_EquivocationSlasher.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.RenounceOwnership(&_EquivocationSlasher.TransactOpts)
}

// SetWadToSlash is a paid mutator transaction binding the contract method 0x85a1db42.
//
// Solidity: function setWadToSlash(uint256 newWad) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SetWadToSlash(opts *bind.TransactOpts, newWad *big.Int) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "setWadToSlash", newWad)
}

// SetWadToSlash is a paid mutator transaction binding the contract method 0x85a1db42.
//
// Solidity: function setWadToSlash(uint256 newWad) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SetWadToSlash(newWad *big.Int) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SetWadToSlash(&_EquivocationSlasher.TransactOpts, newWad)
}

// SetWadToSlash is a paid mutator transaction binding the contract method 0x85a1db42.
//
// Solidity: function setWadToSlash(uint256 newWad) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) SetWadToSlash(newWad *big.Int) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SetWadToSlash(&_EquivocationSlasher.TransactOpts, newWad)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.TransferOwnership(&_EquivocationSlasher.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.TransferOwnership(&_EquivocationSlasher.TransactOpts, newOwner)
}

// EquivocationSlasherEquivocationSlashedIterator is returned from FilterEquivocationSlashed and is used to iterate over the raw logs and unpacked data for EquivocationSlashed events raised by the EquivocationSlasher contract.
type EquivocationSlasherEquivocationSlashedIterator struct {
	Event *EquivocationSlasherEquivocationSlashed // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherEquivocationSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherEquivocationSlashed)
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
		it.Event = new(EquivocationSlasherEquivocationSlashed)
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
func (it *EquivocationSlasherEquivocationSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherEquivocationSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherEquivocationSlashed represents a EquivocationSlashed event raised by the EquivocationSlasher contract.
type EquivocationSlasherEquivocationSlashed struct {
	Operator   common.Address
	Number     uint64
	DigestA    [32]byte
	DigestB    [32]byte
	WadToSlash *big.Int
	Ejected    bool
	Reporter   common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEquivocationSlashed is a free log retrieval operation binding the contract event 0x31b3b899eb937782976e44801446c2ad14e5413490901fe2dc1c9c072a6186b1.
//
// Solidity: event EquivocationSlashed(address indexed operator, uint64 indexed number, bytes32 digestA, bytes32 digestB, uint256 wadToSlash, bool ejected, address reporter)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterEquivocationSlashed(opts *bind.FilterOpts, operator []common.Address, number []uint64) (*EquivocationSlasherEquivocationSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "EquivocationSlashed", operatorRule, numberRule)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherEquivocationSlashedIterator{contract: _EquivocationSlasher.contract, event: "EquivocationSlashed", logs: logs, sub: sub}, nil
}

// WatchEquivocationSlashed is a free log subscription operation binding the contract event 0x31b3b899eb937782976e44801446c2ad14e5413490901fe2dc1c9c072a6186b1.
//
// Solidity: event EquivocationSlashed(address indexed operator, uint64 indexed number, bytes32 digestA, bytes32 digestB, uint256 wadToSlash, bool ejected, address reporter)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchEquivocationSlashed(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherEquivocationSlashed, operator []common.Address, number []uint64) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "EquivocationSlashed", operatorRule, numberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherEquivocationSlashed)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "EquivocationSlashed", log); err != nil {
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

// ParseEquivocationSlashed is a log parse operation binding the contract event 0x31b3b899eb937782976e44801446c2ad14e5413490901fe2dc1c9c072a6186b1.
//
// Solidity: event EquivocationSlashed(address indexed operator, uint64 indexed number, bytes32 digestA, bytes32 digestB, uint256 wadToSlash, bool ejected, address reporter)
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseEquivocationSlashed(log types.Log) (*EquivocationSlasherEquivocationSlashed, error) {
	event := new(EquivocationSlasherEquivocationSlashed)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "EquivocationSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EquivocationSlasherOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the EquivocationSlasher contract.
type EquivocationSlasherOwnershipTransferStartedIterator struct {
	Event *EquivocationSlasherOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherOwnershipTransferStarted)
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
		it.Event = new(EquivocationSlasherOwnershipTransferStarted)
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
func (it *EquivocationSlasherOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the EquivocationSlasher contract.
type EquivocationSlasherOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*EquivocationSlasherOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherOwnershipTransferStartedIterator{contract: _EquivocationSlasher.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherOwnershipTransferStarted)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseOwnershipTransferStarted(log types.Log) (*EquivocationSlasherOwnershipTransferStarted, error) {
	event := new(EquivocationSlasherOwnershipTransferStarted)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EquivocationSlasherOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the EquivocationSlasher contract.
type EquivocationSlasherOwnershipTransferredIterator struct {
	Event *EquivocationSlasherOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherOwnershipTransferred)
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
		it.Event = new(EquivocationSlasherOwnershipTransferred)
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
func (it *EquivocationSlasherOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherOwnershipTransferred represents a OwnershipTransferred event raised by the EquivocationSlasher contract.
type EquivocationSlasherOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*EquivocationSlasherOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherOwnershipTransferredIterator{contract: _EquivocationSlasher.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherOwnershipTransferred)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseOwnershipTransferred(log types.Log) (*EquivocationSlasherOwnershipTransferred, error) {
	event := new(EquivocationSlasherOwnershipTransferred)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EquivocationSlasherWadToSlashUpdatedIterator is returned from FilterWadToSlashUpdated and is used to iterate over the raw logs and unpacked data for WadToSlashUpdated events raised by the EquivocationSlasher contract.
type EquivocationSlasherWadToSlashUpdatedIterator struct {
	Event *EquivocationSlasherWadToSlashUpdated // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherWadToSlashUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherWadToSlashUpdated)
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
		it.Event = new(EquivocationSlasherWadToSlashUpdated)
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
func (it *EquivocationSlasherWadToSlashUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherWadToSlashUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherWadToSlashUpdated represents a WadToSlashUpdated event raised by the EquivocationSlasher contract.
type EquivocationSlasherWadToSlashUpdated struct {
	PreviousWad *big.Int
	NewWad      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterWadToSlashUpdated is a free log retrieval operation binding the contract event 0x5c6238a2da090a550189f28d6407a5b164937e9c32625817e506f7efe0089700.
//
// Solidity: event WadToSlashUpdated(uint256 previousWad, uint256 newWad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterWadToSlashUpdated(opts *bind.FilterOpts) (*EquivocationSlasherWadToSlashUpdatedIterator, error) {

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "WadToSlashUpdated")
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherWadToSlashUpdatedIterator{contract: _EquivocationSlasher.contract, event: "WadToSlashUpdated", logs: logs, sub: sub}, nil
}

// WatchWadToSlashUpdated is a free log subscription operation binding the contract event 0x5c6238a2da090a550189f28d6407a5b164937e9c32625817e506f7efe0089700.
//
// Solidity: event WadToSlashUpdated(uint256 previousWad, uint256 newWad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchWadToSlashUpdated(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherWadToSlashUpdated) (event.Subscription, error) {

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "WadToSlashUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherWadToSlashUpdated)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "WadToSlashUpdated", log); err != nil {
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

// ParseWadToSlashUpdated is a log parse operation binding the contract event 0x5c6238a2da090a550189f28d6407a5b164937e9c32625817e506f7efe0089700.
//
// Solidity: event WadToSlashUpdated(uint256 previousWad, uint256 newWad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseWadToSlashUpdated(log types.Log) (*EquivocationSlasherWadToSlashUpdated, error) {
	event := new(EquivocationSlasherWadToSlashUpdated)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "WadToSlashUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
