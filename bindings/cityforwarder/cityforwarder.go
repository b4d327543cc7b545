// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package cityforwarder

import (
	"errors"
	"math/big"
	"strings"

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
)

// ERC2771ForwarderForwardRequestData is an auto generated low-level Go binding around an user-defined struct.
type ERC2771ForwarderForwardRequestData struct {
	From      common.Address
	To        common.Address
	Value     *big.Int
	Gas       *big.Int
	Deadline  *big.Int
	Data      []byte
	Signature []byte
}

// CityForwarderMetaData contains all meta data concerning the CityForwarder contract.
var CityForwarderMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"}],\"name\":\"ERC2771ForwarderExpiredRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"ERC2771ForwarderInvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestedValue\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"msgValue\",\"type\":\"uint256\"}],\"name\":\"ERC2771ForwarderMismatchedValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"ERC2771UntrustfulTarget\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ExecutedForwardRequest\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structERC2771Forwarder.ForwardRequestData\",\"name\":\"request\",\"type\":\"tuple\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structERC2771Forwarder.ForwardRequestData[]\",\"name\":\"requests\",\"type\":\"tuple[]\"},{\"internalType\":\"addresspayable\",\"name\":\"refundReceiver\",\"type\":\"address\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gas\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"deadline\",\"type\":\"uint48\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structERC2771Forwarder.ForwardRequestData\",\"name\":\"request\",\"type\":\"tuple\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x61016060405234801561001157600080fd5b50604080518082018252600a81526939b2b7bab631b430b4b760b11b602080830191909152825180840190935260018352603160f81b90830152908190610059826000610104565b61012052610068816001610104565b61014052815160208084019190912060e052815190820120610100524660a0526100f560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525061034d565b60006020835110156101205761011983610137565b9050610131565b8161012b848261021d565b5060ff90505b92915050565b600080829050601f8151111561016b578260405163305a27a960e01b815260040161016291906102db565b60405180910390fd5b805161017682610329565b179392505050565b634e487b7160e01b600052604160045260246000fd5b600181811c908216806101a857607f821691505b6020821081036101c857634e487b7160e01b600052602260045260246000fd5b50919050565b601f82111561021857806000526020600020601f840160051c810160208510156101f55750805b601f840160051c820191505b818110156102155760008155600101610201565b50505b505050565b81516001600160401b038111156102365761023661017e565b61024a816102448454610194565b846101ce565b6020601f82116001811461027e57600083156102665750848201515b600019600385901b1c1916600184901b178455610215565b600084815260208120601f198516915b828110156102ae578785015182556020948501946001909201910161028e565b50848210156102cc5786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b602081526000825180602084015260005b8181101561030957602081860181015160408684010152016102ec565b506000604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101c85760001960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610f936103a760003960006103b00152600061037e01526000610ac501526000610a9d015260006109f801526000610a2201526000610a4c0152610f936000f3fe60806040526004361061004a5760003560e01c806319d8d38c1461004f5780637ecebe001461008457806384b0196e146100c8578063ccf96b4a146100f0578063df905caf14610105575b600080fd5b34801561005b57600080fd5b5061006f61006a366004610c0d565b610118565b60405190151581526020015b60405180910390f35b34801561009057600080fd5b506100ba61009f366004610c64565b6001600160a01b031660009081526002602052604090205490565b60405190815260200161007b565b3480156100d457600080fd5b506100dd61014a565b60405161007b9796959493929190610cc7565b6101036100fe366004610d5f565b610190565b005b610103610113366004610c0d565b610297565b600080600080610127856102f2565b509250925092508280156101385750815b80156101415750805b95945050505050565b60006060806000806000606061015e610377565b6101666103a9565b60408051600080825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6001600160a01b03811615600080805b85811015610250578686828181106101ba576101ba610de8565b90506020028101906101cc9190610dfe565b6101da906040013584610e1e565b9250600061020b8888848181106101f3576101f3610de8565b90506020028101906102059190610dfe565b866103d6565b9050806102475787878381811061022457610224610de8565b90506020028101906102369190610dfe565b610244906040013584610e1e565b92505b506001016101a0565b5034821461027f576040516370647f7960e01b8152600481018390523460248201526044015b60405180910390fd5b801561028f5761028f84826105b9565b505050505050565b806040013534146102c757604080516370647f7960e01b8152908201356004820152346024820152604401610276565b6102d28160016103d6565b6102ef5760405163d6bda27560e01b815260040160405180910390fd5b50565b6000806000806000806103048761064f565b909250905061032161031c6040890160208a01610c64565b6107c4565b4261033260a08a0160808b01610e3f565b65ffffffffffff161015838015610366575061035160208a018a610c64565b6001600160a01b0316836001600160a01b0316145b919750955093509150509193509193565b60606103a47f00000000000000000000000000000000000000000000000000000000000000006000610841565b905090565b60606103a47f00000000000000000000000000000000000000000000000000000000000000006001610841565b60008060008060006103e7876102f2565b935093509350935085156104ad57836104355761040a6040880160208901610c64565b60405163d2650cd160e01b81526001600160a01b039091166004820152306024820152604401610276565b8261046e5761044a60a0880160808901610e3f565b604051634a777ac560e11b815265ffffffffffff9091166004820152602401610276565b816104ad57806104816020890189610c64565b604051636422d02b60e11b81526001600160a01b03928316600482015291166024820152604401610276565b8380156104b75750815b80156104c05750825b156105af576001600160a01b03811660009081526002602052604081208054600181019091559050606088013560006104ff60408b0160208c01610c64565b905060408a0135600061051560a08d018d610e67565b61052260208f018f610c64565b60405160200161053493929190610eb5565b6040516020818303038152906040529050600080600083516020850186888af19a505a9050610563818e6108ee565b604080518781528c151560208201526001600160a01b038916917f842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c910160405180910390a25050505050505b5050505092915050565b804710156105e35760405163cf47918160e01b815247600482015260248101829052604401610276565b600080836001600160a01b03168360405160006040518083038185875af1925050503d8060008114610631576040519150601f19603f3d011682016040523d82523d6000602084013e610636565b606091505b509150915081610649576106498161090a565b50505050565b600080808061079e61066460c0870187610e67565b8080601f01602080910402602001604051908101604052809392919081815260200183838082843760009201919091525061079892507f7f96328b83274ebc7c1cf4f7a3abda602b51a78b7fa1d86a2ce353d75e587cac91506106cc905060208a018a610c64565b6106dc60408b0160208c01610c64565b60408b013560608c01356106f661009f60208f018f610c64565b8d60800160208101906107099190610e3f565b8e8060a001906107199190610e67565b604051610727929190610edb565b6040805191829003822060208301999099526001600160a01b0397881690820152959094166060860152608085019290925260a084015260c083015265ffffffffffff1660e08201526101008101919091526101200160405160208183030381529060405280519060200120610932565b9061095f565b50909250905060008160038111156107b8576107b8610eeb565b14959194509092505050565b604051306024820152600090819060440160408051601f19818403018152919052602080820180516001600160e01b031663572b6c0560e01b17815282519293506000928392839290918391895afa92503d9150600051905082801561082b575060208210155b80156108375750600081115b9695505050505050565b606060ff831461085b57610854836109ac565b90506108e8565b81805461086790610f01565b80601f016020809104026020016040519081016040528092919081815260200182805461089390610f01565b80156108e05780601f106108b5576101008083540402835291602001916108e0565b820191906000526020600020905b8154815290600101906020018083116108c357829003601f168201915b505050505090505b92915050565b6108fd603f6060830135610f3b565b82101561090657fe5b5050565b80511561091957805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60006108e861093f6109eb565b8360405161190160f01b8152600281019290925260228201526042902090565b600080600083516041036109995760208401516040850151606086015160001a61098b88828585610b16565b9550955095505050506109a5565b50508151600091506002905b9250925092565b606060006109b983610be5565b604080516020808252818301909252919250600091906020820181803683375050509182525060208101929092525090565b6000306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a4457507f000000000000000000000000000000000000000000000000000000000000000046145b15610a6e57507f000000000000000000000000000000000000000000000000000000000000000090565b6103a4604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b600080807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610b515750600091506003905082610bdb565b604080516000808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610ba5573d6000803e3d6000fd5b5050604051601f1901519150506001600160a01b038116610bd157506000925060019150829050610bdb565b9250600091508190505b9450945094915050565b600060ff8216601f8111156108e857604051632cd44ac360e21b815260040160405180910390fd5b600060208284031215610c1f57600080fd5b813567ffffffffffffffff811115610c3657600080fd5b820160e08185031215610c4857600080fd5b9392505050565b6001600160a01b03811681146102ef57600080fd5b600060208284031215610c7657600080fd5b8135610c4881610c4f565b6000815180845260005b81811015610ca757602081850181015186830182015201610c8b565b506000602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201526000610ce660e0830189610c81565b8281036040840152610cf88189610c81565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501528451808252602080870193509091019060005b81811015610d4e578351835260209384019390920191600101610d30565b50909b9a5050505050505050505050565b600080600060408486031215610d7457600080fd5b833567ffffffffffffffff811115610d8b57600080fd5b8401601f81018613610d9c57600080fd5b803567ffffffffffffffff811115610db357600080fd5b8660208260051b8401011115610dc857600080fd5b602091820194509250840135610ddd81610c4f565b809150509250925092565b634e487b7160e01b600052603260045260246000fd5b6000823560de19833603018112610e1457600080fd5b9190910192915050565b808201808211156108e857634e487b7160e01b600052601160045260246000fd5b600060208284031215610e5157600080fd5b813565ffffffffffff81168114610c4857600080fd5b6000808335601e19843603018112610e7e57600080fd5b83018035915067ffffffffffffffff821115610e9957600080fd5b602001915036819003821315610eae57600080fd5b9250929050565b8284823760609190911b6bffffffffffffffffffffffff19169101908152601401919050565b8183823760009101908152919050565b634e487b7160e01b600052602160045260246000fd5b600181811c90821680610f1557607f821691505b602082108103610f3557634e487b7160e01b600052602260045260246000fd5b50919050565b600082610f5857634e487b7160e01b600052601260045260246000fd5b50049056fea26469706673582212208f6ef6539561486c46ef125230addead27de9194dfb38c442f4a74e18f9fea6364736f6c634300081c0033",
}

// CityForwarderABI is the input ABI used to generate the binding from.
// Deprecated: Use CityForwarderMetaData.ABI instead.
var CityForwarderABI = CityForwarderMetaData.ABI

// CityForwarderBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CityForwarderMetaData.Bin instead.
var CityForwarderBin = CityForwarderMetaData.Bin

// DeployCityForwarder deploys a new Ethereum contract, binding an instance of CityForwarder to it.
func DeployCityForwarder(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *CityForwarder, error) {
	parsed, err := CityForwarderMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CityForwarderBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CityForwarder{CityForwarderCaller: CityForwarderCaller{contract: contract}, CityForwarderTransactor: CityForwarderTransactor{contract: contract}, CityForwarderFilterer: CityForwarderFilterer{contract: contract}}, nil
}

// CityForwarder is an auto generated Go binding around an Ethereum contract.
type CityForwarder struct {
	CityForwarderCaller     // Read-only binding to the contract
	CityForwarderTransactor // Write-only binding to the contract
	CityForwarderFilterer   // Log filterer for contract events
}

// CityForwarderCaller is an auto generated read-only Go binding around an Ethereum contract.
type CityForwarderCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityForwarderTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CityForwarderTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityForwarderFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CityForwarderFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityForwarderSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CityForwarderSession struct {
	Contract     *CityForwarder    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CityForwarderCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CityForwarderCallerSession struct {
	Contract *CityForwarderCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// CityForwarderTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CityForwarderTransactorSession struct {
	Contract     *CityForwarderTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// CityForwarderRaw is an auto generated low-level Go binding around an Ethereum contract.
type CityForwarderRaw struct {
	Contract *CityForwarder // Generic contract binding to access the raw methods on
}

// CityForwarderCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CityForwarderCallerRaw struct {
	Contract *CityForwarderCaller // Generic read-only contract binding to access the raw methods on
}

// CityForwarderTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CityForwarderTransactorRaw struct {
	Contract *CityForwarderTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCityForwarder creates a new instance of CityForwarder, bound to a specific deployed contract.
func NewCityForwarder(address common.Address, backend bind.ContractBackend) (*CityForwarder, error) {
	contract, err := bindCityForwarder(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CityForwarder{CityForwarderCaller: CityForwarderCaller{contract: contract}, CityForwarderTransactor: CityForwarderTransactor{contract: contract}, CityForwarderFilterer: CityForwarderFilterer{contract: contract}}, nil
}

// NewCityForwarderCaller creates a new read-only instance of CityForwarder, bound to a specific deployed contract.
func NewCityForwarderCaller(address common.Address, caller bind.ContractCaller) (*CityForwarderCaller, error) {
	contract, err := bindCityForwarder(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CityForwarderCaller{contract: contract}, nil
}

// NewCityForwarderTransactor creates a new write-only instance of CityForwarder, bound to a specific deployed contract.
func NewCityForwarderTransactor(address common.Address, transactor bind.ContractTransactor) (*CityForwarderTransactor, error) {
	contract, err := bindCityForwarder(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CityForwarderTransactor{contract: contract}, nil
}

// NewCityForwarderFilterer creates a new log filterer instance of CityForwarder, bound to a specific deployed contract.
func NewCityForwarderFilterer(address common.Address, filterer bind.ContractFilterer) (*CityForwarderFilterer, error) {
	contract, err := bindCityForwarder(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CityForwarderFilterer{contract: contract}, nil
}

// bindCityForwarder binds a generic wrapper to an already deployed contract.
func bindCityForwarder(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CityForwarderMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CityForwarder *CityForwarderRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CityForwarder.Contract.CityForwarderCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CityForwarder *CityForwarderRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityForwarder.Contract.CityForwarderTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CityForwarder *CityForwarderRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CityForwarder.Contract.CityForwarderTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CityForwarder *CityForwarderCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CityForwarder.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CityForwarder *CityForwarderTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityForwarder.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CityForwarder *CityForwarderTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CityForwarder.Contract.contract.Transact(opts, method, params...)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_CityForwarder *CityForwarderCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _CityForwarder.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_CityForwarder *CityForwarderSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _CityForwarder.Contract.Eip712Domain(&_CityForwarder.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_CityForwarder *CityForwarderCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _CityForwarder.Contract.Eip712Domain(&_CityForwarder.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_CityForwarder *CityForwarderCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _CityForwarder.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_CityForwarder *CityForwarderSession) Nonces(owner common.Address) (*big.Int, error) {
	return _CityForwarder.Contract.Nonces(&_CityForwarder.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_CityForwarder *CityForwarderCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _CityForwarder.Contract.Nonces(&_CityForwarder.CallOpts, owner)
}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_CityForwarder *CityForwarderCaller) Verify(opts *bind.CallOpts, request ERC2771ForwarderForwardRequestData) (bool, error) {
	var out []interface{}
	err := _CityForwarder.contract.Call(opts, &out, "verify", request)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_CityForwarder *CityForwarderSession) Verify(request ERC2771ForwarderForwardRequestData) (bool, error) {
	return _CityForwarder.Contract.Verify(&_CityForwarder.CallOpts, request)
}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_CityForwarder *CityForwarderCallerSession) Verify(request ERC2771ForwarderForwardRequestData) (bool, error) {
	return _CityForwarder.Contract.Verify(&_CityForwarder.CallOpts, request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_CityForwarder *CityForwarderTransactor) Execute(opts *bind.TransactOpts, request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _CityForwarder.contract.Transact(opts, "execute", request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_CityForwarder *CityForwarderSession) Execute(request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _CityForwarder.Contract.Execute(&_CityForwarder.TransactOpts, request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_CityForwarder *CityForwarderTransactorSession) Execute(request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _CityForwarder.Contract.Execute(&_CityForwarder.TransactOpts, request)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_CityForwarder *CityForwarderTransactor) ExecuteBatch(opts *bind.TransactOpts, requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _CityForwarder.contract.Transact(opts, "executeBatch", requests, refundReceiver)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_CityForwarder *CityForwarderSession) ExecuteBatch(requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _CityForwarder.Contract.ExecuteBatch(&_CityForwarder.TransactOpts, requests, refundReceiver)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_CityForwarder *CityForwarderTransactorSession) ExecuteBatch(requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _CityForwarder.Contract.ExecuteBatch(&_CityForwarder.TransactOpts, requests, refundReceiver)
}

// CityForwarderEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the CityForwarder contract.
type CityForwarderEIP712DomainChangedIterator struct {
	Event *CityForwarderEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *CityForwarderEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityForwarderEIP712DomainChanged)
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
		it.Event = new(CityForwarderEIP712DomainChanged)
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
func (it *CityForwarderEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityForwarderEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityForwarderEIP712DomainChanged represents a EIP712DomainChanged event raised by the CityForwarder contract.
type CityForwarderEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_CityForwarder *CityForwarderFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*CityForwarderEIP712DomainChangedIterator, error) {

	logs, sub, err := _CityForwarder.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &CityForwarderEIP712DomainChangedIterator{contract: _CityForwarder.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_CityForwarder *CityForwarderFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *CityForwarderEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _CityForwarder.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityForwarderEIP712DomainChanged)
				if err := _CityForwarder.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_CityForwarder *CityForwarderFilterer) ParseEIP712DomainChanged(log types.Log) (*CityForwarderEIP712DomainChanged, error) {
	event := new(CityForwarderEIP712DomainChanged)
	if err := _CityForwarder.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityForwarderExecutedForwardRequestIterator is returned from FilterExecutedForwardRequest and is used to iterate over the raw logs and unpacked data for ExecutedForwardRequest events raised by the CityForwarder contract.
type CityForwarderExecutedForwardRequestIterator struct {
	Event *CityForwarderExecutedForwardRequest // Event containing the contract specifics and raw log

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
func (it *CityForwarderExecutedForwardRequestIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityForwarderExecutedForwardRequest)
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
		it.Event = new(CityForwarderExecutedForwardRequest)
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
func (it *CityForwarderExecutedForwardRequestIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityForwarderExecutedForwardRequestIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityForwarderExecutedForwardRequest represents a ExecutedForwardRequest event raised by the CityForwarder contract.
type CityForwarderExecutedForwardRequest struct {
	Signer  common.Address
	Nonce   *big.Int
	Success bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterExecutedForwardRequest is a free log retrieval operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_CityForwarder *CityForwarderFilterer) FilterExecutedForwardRequest(opts *bind.FilterOpts, signer []common.Address) (*CityForwarderExecutedForwardRequestIterator, error) {

	var signerRule []interface{}
	for _, signerItem := range signer {
		signerRule = append(signerRule, signerItem)
	}

	logs, sub, err := _CityForwarder.contract.FilterLogs(opts, "ExecutedForwardRequest", signerRule)
	if err != nil {
		return nil, err
	}
	return &CityForwarderExecutedForwardRequestIterator{contract: _CityForwarder.contract, event: "ExecutedForwardRequest", logs: logs, sub: sub}, nil
}

// WatchExecutedForwardRequest is a free log subscription operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_CityForwarder *CityForwarderFilterer) WatchExecutedForwardRequest(opts *bind.WatchOpts, sink chan<- *CityForwarderExecutedForwardRequest, signer []common.Address) (event.Subscription, error) {

	var signerRule []interface{}
	for _, signerItem := range signer {
		signerRule = append(signerRule, signerItem)
	}

	logs, sub, err := _CityForwarder.contract.WatchLogs(opts, "ExecutedForwardRequest", signerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityForwarderExecutedForwardRequest)
				if err := _CityForwarder.contract.UnpackLog(event, "ExecutedForwardRequest", log); err != nil {
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

// ParseExecutedForwardRequest is a log parse operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_CityForwarder *CityForwarderFilterer) ParseExecutedForwardRequest(log types.Log) (*CityForwarderExecutedForwardRequest, error) {
	event := new(CityForwarderExecutedForwardRequest)
	if err := _CityForwarder.contract.UnpackLog(event, "ExecutedForwardRequest", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
