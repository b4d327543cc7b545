// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package cityproxy

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

// CityProxyMetaData contains all meta data concerning the CityProxy contract.
var CityProxyMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"}]",
	Bin: "0x60806040526040516104133803806104138339810160408190526100229161026b565b818161002e8282610037565b5050505061035b565b61004082610096565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a280511561008a576100858282610112565b505050565b610092610189565b5050565b806001600160a01b03163b6000036100d157604051634c9c8ce360e01b81526001600160a01b03821660048201526024015b60405180910390fd5b7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc80546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b03168460405161012f919061033f565b600060405180830381855af49150503d806000811461016a576040519150601f19603f3d011682016040523d82523d6000602084013e61016f565b606091505b5090925090506101808583836101aa565b95945050505050565b34156101a85760405163b398979f60e01b815260040160405180910390fd5b565b6060826101bf576101ba82610209565b610202565b81511580156101d657506001600160a01b0384163b155b156101ff57604051639996b31560e01b81526001600160a01b03851660048201526024016100c8565b50805b9392505050565b80511561021857805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b634e487b7160e01b600052604160045260246000fd5b60005b8381101561026257818101518382015260200161024a565b50506000910152565b6000806040838503121561027e57600080fd5b82516001600160a01b038116811461029557600080fd5b60208401519092506001600160401b038111156102b157600080fd5b8301601f810185136102c257600080fd5b80516001600160401b038111156102db576102db610231565b604051601f8201601f19908116603f011681016001600160401b038111828210171561030957610309610231565b60405281815282820160200187101561032157600080fd5b610332826020830160208601610247565b8093505050509250929050565b60008251610351818460208701610247565b9190910192915050565b60aa806103696000396000f3fe6080604052600a600c565b005b60186014601a565b6051565b565b6000604c7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc546001600160a01b031690565b905090565b3660008037600080366000845af43d6000803e808015606f573d6000f35b3d6000fdfea26469706673582212201ffa955881435c84d63812934ba8a2c32a4cde00719b38f6dbf4f8dd0beec05a64736f6c634300081c0033",
}

// CityProxyABI is the input ABI used to generate the binding from.
// Deprecated: Use CityProxyMetaData.ABI instead.
var CityProxyABI = CityProxyMetaData.ABI

// CityProxyBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CityProxyMetaData.Bin instead.
var CityProxyBin = CityProxyMetaData.Bin

// DeployCityProxy deploys a new Ethereum contract, binding an instance of CityProxy to it.
func DeployCityProxy(auth *bind.TransactOpts, backend bind.ContractBackend, implementation common.Address, data []byte) (common.Address, *types.Transaction, *CityProxy, error) {
	parsed, err := CityProxyMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CityProxyBin), backend, implementation, data)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CityProxy{CityProxyCaller: CityProxyCaller{contract: contract}, CityProxyTransactor: CityProxyTransactor{contract: contract}, CityProxyFilterer: CityProxyFilterer{contract: contract}}, nil
}

// CityProxy is an auto generated Go binding around an Ethereum contract.
type CityProxy struct {
	CityProxyCaller     // Read-only binding to the contract
	CityProxyTransactor // Write-only binding to the contract
	CityProxyFilterer   // Log filterer for contract events
}

// CityProxyCaller is an auto generated read-only Go binding around an Ethereum contract.
type CityProxyCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityProxyTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CityProxyTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityProxyFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CityProxyFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityProxySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CityProxySession struct {
	Contract     *CityProxy        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CityProxyCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CityProxyCallerSession struct {
	Contract *CityProxyCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// CityProxyTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CityProxyTransactorSession struct {
	Contract     *CityProxyTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// CityProxyRaw is an auto generated low-level Go binding around an Ethereum contract.
type CityProxyRaw struct {
	Contract *CityProxy // Generic contract binding to access the raw methods on
}

// CityProxyCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CityProxyCallerRaw struct {
	Contract *CityProxyCaller // Generic read-only contract binding to access the raw methods on
}

// CityProxyTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CityProxyTransactorRaw struct {
	Contract *CityProxyTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCityProxy creates a new instance of CityProxy, bound to a specific deployed contract.
func NewCityProxy(address common.Address, backend bind.ContractBackend) (*CityProxy, error) {
	contract, err := bindCityProxy(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CityProxy{CityProxyCaller: CityProxyCaller{contract: contract}, CityProxyTransactor: CityProxyTransactor{contract: contract}, CityProxyFilterer: CityProxyFilterer{contract: contract}}, nil
}

// NewCityProxyCaller creates a new read-only instance of CityProxy, bound to a specific deployed contract.
func NewCityProxyCaller(address common.Address, caller bind.ContractCaller) (*CityProxyCaller, error) {
	contract, err := bindCityProxy(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CityProxyCaller{contract: contract}, nil
}

// NewCityProxyTransactor creates a new write-only instance of CityProxy, bound to a specific deployed contract.
func NewCityProxyTransactor(address common.Address, transactor bind.ContractTransactor) (*CityProxyTransactor, error) {
	contract, err := bindCityProxy(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CityProxyTransactor{contract: contract}, nil
}

// NewCityProxyFilterer creates a new log filterer instance of CityProxy, bound to a specific deployed contract.
func NewCityProxyFilterer(address common.Address, filterer bind.ContractFilterer) (*CityProxyFilterer, error) {
	contract, err := bindCityProxy(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CityProxyFilterer{contract: contract}, nil
}

// bindCityProxy binds a generic wrapper to an already deployed contract.
func bindCityProxy(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CityProxyMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CityProxy *CityProxyRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CityProxy.Contract.CityProxyCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CityProxy *CityProxyRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityProxy.Contract.CityProxyTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CityProxy *CityProxyRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CityProxy.Contract.CityProxyTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CityProxy *CityProxyCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CityProxy.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CityProxy *CityProxyTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityProxy.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CityProxy *CityProxyTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CityProxy.Contract.contract.Transact(opts, method, params...)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_CityProxy *CityProxyTransactor) Fallback(opts *bind.TransactOpts, calldata []byte) (*types.Transaction, error) {
	return _CityProxy.contract.RawTransact(opts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_CityProxy *CityProxySession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _CityProxy.Contract.Fallback(&_CityProxy.TransactOpts, calldata)
}

// Fallback is a paid mutator transaction binding the contract fallback function.
//
// Solidity: fallback() payable returns()
func (_CityProxy *CityProxyTransactorSession) Fallback(calldata []byte) (*types.Transaction, error) {
	return _CityProxy.Contract.Fallback(&_CityProxy.TransactOpts, calldata)
}

// CityProxyUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the CityProxy contract.
type CityProxyUpgradedIterator struct {
	Event *CityProxyUpgraded // Event containing the contract specifics and raw log

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
func (it *CityProxyUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityProxyUpgraded)
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
		it.Event = new(CityProxyUpgraded)
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
func (it *CityProxyUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityProxyUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityProxyUpgraded represents a Upgraded event raised by the CityProxy contract.
type CityProxyUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CityProxy *CityProxyFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*CityProxyUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _CityProxy.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &CityProxyUpgradedIterator{contract: _CityProxy.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CityProxy *CityProxyFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *CityProxyUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _CityProxy.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityProxyUpgraded)
				if err := _CityProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
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

// ParseUpgraded is a log parse operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CityProxy *CityProxyFilterer) ParseUpgraded(log types.Log) (*CityProxyUpgraded, error) {
	event := new(CityProxyUpgraded)
	if err := _CityProxy.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
