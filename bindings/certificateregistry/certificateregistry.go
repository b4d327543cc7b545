// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package certificateregistry

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

// CertificateRegistryBatch is an auto generated low-level Go binding around an user-defined struct.
type CertificateRegistryBatch struct {
	Office    common.Address
	IssuedAt  uint64
	ExpiresAt uint64
	RevokedAt uint64
	Reason    uint16
}

// CertificateRegistryOffice is an auto generated low-level Go binding around an user-defined struct.
type CertificateRegistryOffice struct {
	Name       string
	Registered bool
	Since      uint64
}

// CertificateRegistryRevocation is an auto generated low-level Go binding around an user-defined struct.
type CertificateRegistryRevocation struct {
	At     uint64
	Reason uint16
}

// CertificateRegistryMetaData contains all meta data concerning the CertificateRegistry contract.
var CertificateRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"CertBadName\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"CertBatchAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"}],\"name\":\"CertDocumentAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"CertExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"CertNameTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertNoReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CertNotBatchOffice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"}],\"name\":\"CertNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"}],\"name\":\"CertOfficeAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"}],\"name\":\"CertOfficeNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"}],\"name\":\"CertRootAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"CertUnknownBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertZeroRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"BatchRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"DocumentRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"OfficeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"OfficeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NAME_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"addOffice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"internalType\":\"structCertificateRegistry.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"included\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"office\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"issuedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"internalType\":\"structCertificateRegistry.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"internalType\":\"structCertificateRegistry.Revocation\",\"name\":\"r\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"}],\"name\":\"documentRevocation\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"internalType\":\"structCertificateRegistry.Revocation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"office\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"since\",\"type\":\"uint64\"}],\"internalType\":\"structCertificateRegistry.Office\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offices\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"removeOffice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"revokeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"document\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"revokeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60a06040523060805234801561001457600080fd5b5061001d610022565b6100d4565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100725760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d15780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516121756100fd6000396000818161141801528181611441015261158701526121756000f3fe60806040526004361061014b5760003560e01c80636c3761aa116100b6578063d547741f1161006f578063d547741f14610439578063d9c7dccd14610459578063db2c4aca1461047b578063f68e95531461049b578063fa1f938c146104bd578063fddaa065146104dd57600080fd5b80636c3761aa1461036657806378fe3cd81461038657806391d14854146103a6578063a217fddf146103c6578063ad3cb1cc146103db578063c4d66de81461041957600080fd5b806336568abe1161010857806336568abe14610251578063404445c9146102715780634f1ef2861461029157806352d1902d146102a4578063657b39ae146102b9578063680c60c71461035157600080fd5b806301ffc9a7146101505780631cd8e4e614610185578063248a9ca3146101b357806326eedcd2146101d35780632cbf681e146102025780632f2ff15d1461022f575b600080fd5b34801561015c57600080fd5b5061017061016b366004611987565b6105bb565b60405190151581526020015b60405180910390f35b34801561019157600080fd5b506101a56101a03660046119b1565b6105f2565b60405190815260200161017c565b3480156101bf57600080fd5b506101a56101ce3660046119b1565b610624565b3480156101df57600080fd5b506101f36101ee366004611a15565b610646565b60405161017c93929190611abe565b34801561020e57600080fd5b5061022261021d366004611b14565b61077e565b60405161017c9190611b7f565b34801561023b57600080fd5b5061024f61024a366004611bc6565b610884565b005b34801561025d57600080fd5b5061024f61026c366004611bc6565b6108a6565b34801561027d57600080fd5b5061024f61028c366004611c04565b6108de565b61024f61029f366004611c3d565b6109ac565b3480156102b057600080fd5b506101a56109cb565b3480156102c557600080fd5b506103446102d4366004611d04565b604080518082018252600080825260209182018190529384527fcd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a058152818420928452918252918290208251808401909352546001600160401b0381168352600160401b900461ffff169082015290565b60405161017c9190611d26565b34801561035d57600080fd5b506101a5606081565b34801561037257600080fd5b5061024f610381366004611b14565b6109e8565b34801561039257600080fd5b5061024f6103a1366004611d4a565b610aa4565b3480156103b257600080fd5b506101706103c1366004611bc6565b610d2f565b3480156103d257600080fd5b506101a5600081565b3480156103e757600080fd5b5061040c604051806040016040528060058152602001640352e302e360dc1b81525081565b60405161017c9190611dcd565b34801561042557600080fd5b5061024f610434366004611b14565b610d67565b34801561044557600080fd5b5061024f610454366004611bc6565b610e8d565b34801561046557600080fd5b5061046e610ea9565b60405161017c9190611de0565b34801561048757600080fd5b5061024f610496366004611e2c565b610ed9565b3480156104a757600080fd5b506101a560008051602061212083398151915281565b3480156104c957600080fd5b5061024f6104d8366004611e68565b6110e8565b3480156104e957600080fd5b506105ae6104f83660046119b1565b6040805160a0808201835260008083526020808401829052838501829052606080850183905260809485018390529582527fcd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a048152908490208451928301855280546001600160a01b0381168452600160a01b90046001600160401b03908116928401929092526001015480821694830194909452600160401b84041693810193909352600160801b90910461ffff169082015290565b60405161017c9190611ecf565b60006001600160e01b03198216637965db0b60e01b14806105ec57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60008160405160200161060791815260200190565b604051602081830303815290604052805190602001209050919050565b6000908152600080516020612100833981519152602052604090206001015490565b6040805160a0810182526000808252602082018190529181018290526060810182905260808101829052604080518082019091526000808252602082015260006000805160206120e08339815191526000888152600482016020908152604091829020825160a08101845281546001600160a01b038116808352600160a01b9091046001600160401b039081169483019490945260019092015480841694820194909452600160401b84049092166060830152600160801b90920461ffff16608082015294509091501580159061072c575061072c8686896107278c6105f2565b611203565b6000978852600590910160209081526040808920998952988152968890208851808a01909952546001600160401b038116895261ffff600160401b909104169688019690965250939593949392505050565b6040805160608082018352808252600060208084018290528385018290526001600160a01b03861682526000805160206120e083398151915290528390208351918201909352825491929091829082906107d790611edd565b80601f016020809104026020016040519081016040528092919081815260200182805461080390611edd565b80156108505780601f1061082557610100808354040283529160200191610850565b820191906000526020600020905b81548152906001019060200180831161083357829003601f168201915b50505091835250506001919091015460ff81161515602083015261010090046001600160401b031660409091015292915050565b61088d82610624565b6108968161121d565b6108a0838361122a565b50505050565b6001600160a01b03811633146108cf5760405163334bd91960e11b815260040160405180910390fd5b6108d982826112cf565b505050565b60006108ea838361134b565b6001810154909150600160401b90046001600160401b03161561092857604051634b6b7e2760e01b8152600481018490526024015b60405180910390fd5b60018101805471ffffffffffffffffffff00000000000000001916600160401b426001600160401b03160261ffff60801b191617600160801b61ffff851690810291909117909155604051908152339084907fad9ec8e61247c4c1afade361557d332101a68c1962298bfaa7103a8bef807b6f9060200160405180910390a3505050565b6109b461140d565b6109bd826114b4565b6109c782826114bf565b5050565b60006109d561157c565b506000805160206120c083398151915290565b600080516020612120833981519152610a008161121d565b6001600160a01b03821660009081526000805160206120e083398151915260205260409020600181015460ff16610a55576040516334a0039560e11b81526001600160a01b038416600482015260240161091f565b60018101805460ff191690556040513381526001600160a01b038416907f8787d6506952e4454c7d0379097d4f9e8732a5e48aaafd0b6d9a898a636fe26d9060200160405180910390a2505050565b600080516020612120833981519152610abc8161121d565b6001600160a01b038416610ae357604051632422428f60e11b815260040160405180910390fd5b81801580610af15750606081115b15610b1257604051632a803b5f60e11b81526004810182905260240161091f565b6001600160a01b03851660009081526000805160206120e0833981519152602081905260409091206001015460ff1615610b6a57604051637224fd3f60e01b81526001600160a01b038716600482015260240161091f565b60008585604051610b7c929190611f17565b604080519182900390912060008181526003850160205291909120549091506001600160a01b03168015801590610bc55750876001600160a01b0316816001600160a01b031614155b15610be957868682604051637f9aacf160e01b815260040161091f93929190611f27565b600082815260038401602090815260409182902080546001600160a01b038c166001600160a01b031990911617905581516080601f8a01839004909202810182019092526060820188815282918a908a90819085018382808284376000920182905250938552505060016020808501919091526001600160401b0342166040948501526001600160a01b038d168352879052502081518190610c8b9082611fb6565b506020820151600191820180546040909401516001600160401b03166101000268ffffffffffffffff00199215159290921668ffffffffffffffffff199094169390931717909155610cdf908401896115c5565b50876001600160a01b03167f921b34f066deff5c1e8ed24ea23e11174337ecca2e59d8a66e794ece2676d9af888833604051610d1d93929190611f27565b60405180910390a25050505050505050565b6000918252600080516020612100833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000610d716115e1565b805490915060ff600160401b82041615906001600160401b0316600081158015610d985750825b90506000826001600160401b03166001148015610db45750303b155b905081158015610dc2575080155b15610de05760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610e0a57845460ff60401b1916600160401b1785555b610e1261160a565b610e1a61160a565b610e2560008761122a565b50610e3e6000805160206121208339815191528761122a565b508315610e8557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b610e9682610624565b610e9f8161121d565b6108a083836112cf565b6060610ed47fcd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a01611612565b905090565b3360009081526000805160206120e0833981519152602081905260409091206001015460ff16610f1e576040516334a0039560e11b815233600482015260240161091f565b82610f3c5760405163346cfe1d60e01b815260040160405180910390fd5b60008381526004820160205260409020546001600160a01b03168015610f875760405163574e807160e01b8152600481018590526001600160a01b038216602482015260440161091f565b6001600160401b03831615801590610fa8575042836001600160401b031611155b15610fd95760405163d5049c1960e01b81526001600160401b0380851660048301524216602482015260440161091f565b6040805160a081018252338082526001600160401b034281166020808501918252888316858701908152600060608701818152608088018281528d835260048c01909452908890209651875494518616600160a01b026001600160e01b03199095166001600160a01b03919091161793909317865551600190950180549251915161ffff16600160801b0261ffff60801b19928516600160401b026fffffffffffffffffffffffffffffffff199094169690941695909517919091171617909155905185907fe49334b935920c8dc88e7aeb52d38415b5fe9f4288a8b7daa1f70a28ab45ad29906110da9087906001600160401b0391909116815260200190565b60405180910390a350505050565b6110f2858261134b565b50611102838387610727886105f2565b61112957604051630341998360e41b8152600481018690526024810185905260440161091f565b60008581527fcd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a0560209081526040808320878452909152902080546001600160401b0316156111945760405163cc797f1960e01b8152600481018790526024810186905260440161091f565b805461ffff8316600160401b810269ffffffffffffffffffff199092166001600160401b034216179190911782556040519081523390869088907f74f293051d6df0ccb2ceebd8273c52250b1f3ea1c397ef6aad13022294bd874e9060200160405180910390a4505050505050565b60008261121186868561161f565b1490505b949350505050565b6112278133611661565b50565b60006000805160206121008339815191526112458484610d2f565b6112c5576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561127b3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506105ec565b60009150506105ec565b60006000805160206121008339815191526112ea8484610d2f565b156112c5576000848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506105ec565b60008281527fcd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a046020526040902080546001600160a01b03166113a357604051635ef7025560e01b81526004810184905260240161091f565b80546001600160a01b031633146113e85780546040516349e2b8d960e01b8152600481018590526001600160a01b03909116602482015233604482015260640161091f565b8161ffff166000036105ec576040516302a7fec760e11b815260040160405180910390fd5b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061149457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166114886000805160206120c0833981519152546001600160a01b031690565b6001600160a01b031614155b156114b25760405163703e46dd60e11b815260040160405180910390fd5b565b60006109c78161121d565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611519575060408051601f3d908101601f1916820190925261151691810190612074565b60015b61154157604051634c9c8ce360e01b81526001600160a01b038316600482015260240161091f565b6000805160206120c0833981519152811461157257604051632a87526960e21b81526004810182905260240161091f565b6108d9838361169a565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114b25760405163703e46dd60e11b815260040160405180910390fd5b60006115da836001600160a01b0384166116f0565b9392505050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006105ec565b6114b261173f565b606060006115da83611764565b600081815b848110156116585761164e828787848181106116425761164261208d565b905060200201356117c0565b9150600101611624565b50949350505050565b61166b8282610d2f565b6109c75760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161091f565b6116a3826117ef565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156116e8576108d98282611854565b6109c76118ca565b6000818152600183016020526040812054611737575081546001818101845560008481526020808220909301849055845484825282860190935260409020919091556105ec565b5060006105ec565b6117476118e9565b6114b257604051631afcd79f60e31b815260040160405180910390fd5b6060816000018054806020026020016040519081016040528092919081815260200182805480156117b457602002820191906000526020600020905b8154815260200190600101908083116117a0575b50505050509050919050565b60008183106117dc5760008281526020849052604090206115da565b60008381526020839052604090206115da565b806001600160a01b03163b60000361182557604051634c9c8ce360e01b81526001600160a01b038216600482015260240161091f565b6000805160206120c083398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b03168460405161187191906120a3565b600060405180830381855af49150503d80600081146118ac576040519150601f19603f3d011682016040523d82523d6000602084013e6118b1565b606091505b50915091506118c1858383611903565b95945050505050565b34156114b25760405163b398979f60e01b815260040160405180910390fd5b60006118f36115e1565b54600160401b900460ff16919050565b606082611918576119138261195f565b6115da565b815115801561192f57506001600160a01b0384163b155b1561195857604051639996b31560e01b81526001600160a01b038516600482015260240161091f565b50806115da565b80511561196e57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60006020828403121561199957600080fd5b81356001600160e01b0319811681146115da57600080fd5b6000602082840312156119c357600080fd5b5035919050565b60008083601f8401126119dc57600080fd5b5081356001600160401b038111156119f357600080fd5b6020830191508360208260051b8501011115611a0e57600080fd5b9250929050565b60008060008060608587031215611a2b57600080fd5b843593506020850135925060408501356001600160401b03811115611a4f57600080fd5b611a5b878288016119ca565b95989497509550505050565b60018060a01b0381511682526001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b03606082015116606083015261ffff60808201511660808301525050565b83151581526101008101611ad56020830185611a67565b82516001600160401b031660c0830152602083015161ffff1660e0830152611215565b80356001600160a01b0381168114611b0f57600080fd5b919050565b600060208284031215611b2657600080fd5b6115da82611af8565b60005b83811015611b4a578181015183820152602001611b32565b50506000910152565b60008151808452611b6b816020860160208601611b2f565b601f01601f19169290920160200192915050565b602081526000825160606020840152611b9b6080840182611b53565b90506020840151151560408401526001600160401b0360408501511660608401528091505092915050565b60008060408385031215611bd957600080fd5b82359150611be960208401611af8565b90509250929050565b803561ffff81168114611b0f57600080fd5b60008060408385031215611c1757600080fd5b82359150611be960208401611bf2565b634e487b7160e01b600052604160045260246000fd5b60008060408385031215611c5057600080fd5b611c5983611af8565b915060208301356001600160401b03811115611c7457600080fd5b8301601f81018513611c8557600080fd5b80356001600160401b03811115611c9e57611c9e611c27565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611ccc57611ccc611c27565b604052818152828201602001871015611ce457600080fd5b816020840160208301376000602083830101528093505050509250929050565b60008060408385031215611d1757600080fd5b50508035926020909101359150565b81516001600160401b0316815260208083015161ffff1690820152604081016105ec565b600080600060408486031215611d5f57600080fd5b611d6884611af8565b925060208401356001600160401b03811115611d8357600080fd5b8401601f81018613611d9457600080fd5b80356001600160401b03811115611daa57600080fd5b866020828401011115611dbc57600080fd5b939660209190910195509293505050565b6020815260006115da6020830184611b53565b602080825282518282018190526000918401906040840190835b81811015611e215783516001600160a01b0316835260209384019390920191600101611dfa565b509095945050505050565b60008060408385031215611e3f57600080fd5b8235915060208301356001600160401b0381168114611e5d57600080fd5b809150509250929050565b600080600080600060808688031215611e8057600080fd5b853594506020860135935060408601356001600160401b03811115611ea457600080fd5b611eb0888289016119ca565b9094509250611ec3905060608701611bf2565b90509295509295909350565b60a081016105ec8284611a67565b600181811c90821680611ef157607f821691505b602082108103611f1157634e487b7160e01b600052602260045260246000fd5b50919050565b8183823760009101908152919050565b6040815282604082015282846060830137600060608483018101919091526001600160a01b03929092166020820152601f909201601f191690910101919050565b601f8211156108d957806000526020600020601f840160051c81016020851015611f8f5750805b601f840160051c820191505b81811015611faf5760008155600101611f9b565b5050505050565b81516001600160401b03811115611fcf57611fcf611c27565b611fe381611fdd8454611edd565b84611f68565b6020601f8211600181146120175760008315611fff5750848201515b600019600385901b1c1916600184901b178455611faf565b600084815260208120601f198516915b828110156120475787850151825560209485019460019092019101612027565b50848210156120655786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b60006020828403121561208657600080fd5b5051919050565b634e487b7160e01b600052603260045260246000fd5b600082516120b5818460208701611b2f565b919091019291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbccd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a0002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a26469706673582212205e164b3d0ebc747b68489efb520cf38753512eb2a2ea0e7f7abf79d7f508d76964736f6c634300081c0033",
}

// CertificateRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use CertificateRegistryMetaData.ABI instead.
var CertificateRegistryABI = CertificateRegistryMetaData.ABI

// CertificateRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CertificateRegistryMetaData.Bin instead.
var CertificateRegistryBin = CertificateRegistryMetaData.Bin

// DeployCertificateRegistry deploys a new Ethereum contract, binding an instance of CertificateRegistry to it.
func DeployCertificateRegistry(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *CertificateRegistry, error) {
	parsed, err := CertificateRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CertificateRegistryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CertificateRegistry{CertificateRegistryCaller: CertificateRegistryCaller{contract: contract}, CertificateRegistryTransactor: CertificateRegistryTransactor{contract: contract}, CertificateRegistryFilterer: CertificateRegistryFilterer{contract: contract}}, nil
}

// CertificateRegistry is an auto generated Go binding around an Ethereum contract.
type CertificateRegistry struct {
	CertificateRegistryCaller     // Read-only binding to the contract
	CertificateRegistryTransactor // Write-only binding to the contract
	CertificateRegistryFilterer   // Log filterer for contract events
}

// CertificateRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type CertificateRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CertificateRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CertificateRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CertificateRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CertificateRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CertificateRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CertificateRegistrySession struct {
	Contract     *CertificateRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// CertificateRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CertificateRegistryCallerSession struct {
	Contract *CertificateRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// CertificateRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CertificateRegistryTransactorSession struct {
	Contract     *CertificateRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// CertificateRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type CertificateRegistryRaw struct {
	Contract *CertificateRegistry // Generic contract binding to access the raw methods on
}

// CertificateRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CertificateRegistryCallerRaw struct {
	Contract *CertificateRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// CertificateRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CertificateRegistryTransactorRaw struct {
	Contract *CertificateRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCertificateRegistry creates a new instance of CertificateRegistry, bound to a specific deployed contract.
func NewCertificateRegistry(address common.Address, backend bind.ContractBackend) (*CertificateRegistry, error) {
	contract, err := bindCertificateRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistry{CertificateRegistryCaller: CertificateRegistryCaller{contract: contract}, CertificateRegistryTransactor: CertificateRegistryTransactor{contract: contract}, CertificateRegistryFilterer: CertificateRegistryFilterer{contract: contract}}, nil
}

// NewCertificateRegistryCaller creates a new read-only instance of CertificateRegistry, bound to a specific deployed contract.
func NewCertificateRegistryCaller(address common.Address, caller bind.ContractCaller) (*CertificateRegistryCaller, error) {
	contract, err := bindCertificateRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryCaller{contract: contract}, nil
}

// NewCertificateRegistryTransactor creates a new write-only instance of CertificateRegistry, bound to a specific deployed contract.
func NewCertificateRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*CertificateRegistryTransactor, error) {
	contract, err := bindCertificateRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryTransactor{contract: contract}, nil
}

// NewCertificateRegistryFilterer creates a new log filterer instance of CertificateRegistry, bound to a specific deployed contract.
func NewCertificateRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*CertificateRegistryFilterer, error) {
	contract, err := bindCertificateRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryFilterer{contract: contract}, nil
}

// bindCertificateRegistry binds a generic wrapper to an already deployed contract.
func bindCertificateRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CertificateRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CertificateRegistry *CertificateRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CertificateRegistry.Contract.CertificateRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CertificateRegistry *CertificateRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.CertificateRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CertificateRegistry *CertificateRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.CertificateRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CertificateRegistry *CertificateRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CertificateRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CertificateRegistry *CertificateRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CertificateRegistry *CertificateRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _CertificateRegistry.Contract.DEFAULTADMINROLE(&_CertificateRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _CertificateRegistry.Contract.DEFAULTADMINROLE(&_CertificateRegistry.CallOpts)
}

// MAXNAMEBYTES is a free data retrieval call binding the contract method 0x680c60c7.
//
// Solidity: function MAX_NAME_BYTES() view returns(uint256)
func (_CertificateRegistry *CertificateRegistryCaller) MAXNAMEBYTES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "MAX_NAME_BYTES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXNAMEBYTES is a free data retrieval call binding the contract method 0x680c60c7.
//
// Solidity: function MAX_NAME_BYTES() view returns(uint256)
func (_CertificateRegistry *CertificateRegistrySession) MAXNAMEBYTES() (*big.Int, error) {
	return _CertificateRegistry.Contract.MAXNAMEBYTES(&_CertificateRegistry.CallOpts)
}

// MAXNAMEBYTES is a free data retrieval call binding the contract method 0x680c60c7.
//
// Solidity: function MAX_NAME_BYTES() view returns(uint256)
func (_CertificateRegistry *CertificateRegistryCallerSession) MAXNAMEBYTES() (*big.Int, error) {
	return _CertificateRegistry.Contract.MAXNAMEBYTES(&_CertificateRegistry.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCaller) REGISTRARROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "REGISTRAR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistrySession) REGISTRARROLE() ([32]byte, error) {
	return _CertificateRegistry.Contract.REGISTRARROLE(&_CertificateRegistry.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCallerSession) REGISTRARROLE() ([32]byte, error) {
	return _CertificateRegistry.Contract.REGISTRARROLE(&_CertificateRegistry.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_CertificateRegistry *CertificateRegistryCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_CertificateRegistry *CertificateRegistrySession) UPGRADEINTERFACEVERSION() (string, error) {
	return _CertificateRegistry.Contract.UPGRADEINTERFACEVERSION(&_CertificateRegistry.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_CertificateRegistry *CertificateRegistryCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _CertificateRegistry.Contract.UPGRADEINTERFACEVERSION(&_CertificateRegistry.CallOpts)
}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 root) view returns((address,uint64,uint64,uint64,uint16))
func (_CertificateRegistry *CertificateRegistryCaller) Batch(opts *bind.CallOpts, root [32]byte) (CertificateRegistryBatch, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "batch", root)

	if err != nil {
		return *new(CertificateRegistryBatch), err
	}

	out0 := *abi.ConvertType(out[0], new(CertificateRegistryBatch)).(*CertificateRegistryBatch)

	return out0, err

}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 root) view returns((address,uint64,uint64,uint64,uint16))
func (_CertificateRegistry *CertificateRegistrySession) Batch(root [32]byte) (CertificateRegistryBatch, error) {
	return _CertificateRegistry.Contract.Batch(&_CertificateRegistry.CallOpts, root)
}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 root) view returns((address,uint64,uint64,uint64,uint16))
func (_CertificateRegistry *CertificateRegistryCallerSession) Batch(root [32]byte) (CertificateRegistryBatch, error) {
	return _CertificateRegistry.Contract.Batch(&_CertificateRegistry.CallOpts, root)
}

// Check is a free data retrieval call binding the contract method 0x26eedcd2.
//
// Solidity: function check(bytes32 document, bytes32 root, bytes32[] proof) view returns(bool included, (address,uint64,uint64,uint64,uint16) b, (uint64,uint16) r)
func (_CertificateRegistry *CertificateRegistryCaller) Check(opts *bind.CallOpts, document [32]byte, root [32]byte, proof [][32]byte) (struct {
	Included bool
	B        CertificateRegistryBatch
	R        CertificateRegistryRevocation
}, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "check", document, root, proof)

	outstruct := new(struct {
		Included bool
		B        CertificateRegistryBatch
		R        CertificateRegistryRevocation
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Included = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.B = *abi.ConvertType(out[1], new(CertificateRegistryBatch)).(*CertificateRegistryBatch)
	outstruct.R = *abi.ConvertType(out[2], new(CertificateRegistryRevocation)).(*CertificateRegistryRevocation)

	return *outstruct, err

}

// Check is a free data retrieval call binding the contract method 0x26eedcd2.
//
// Solidity: function check(bytes32 document, bytes32 root, bytes32[] proof) view returns(bool included, (address,uint64,uint64,uint64,uint16) b, (uint64,uint16) r)
func (_CertificateRegistry *CertificateRegistrySession) Check(document [32]byte, root [32]byte, proof [][32]byte) (struct {
	Included bool
	B        CertificateRegistryBatch
	R        CertificateRegistryRevocation
}, error) {
	return _CertificateRegistry.Contract.Check(&_CertificateRegistry.CallOpts, document, root, proof)
}

// Check is a free data retrieval call binding the contract method 0x26eedcd2.
//
// Solidity: function check(bytes32 document, bytes32 root, bytes32[] proof) view returns(bool included, (address,uint64,uint64,uint64,uint16) b, (uint64,uint16) r)
func (_CertificateRegistry *CertificateRegistryCallerSession) Check(document [32]byte, root [32]byte, proof [][32]byte) (struct {
	Included bool
	B        CertificateRegistryBatch
	R        CertificateRegistryRevocation
}, error) {
	return _CertificateRegistry.Contract.Check(&_CertificateRegistry.CallOpts, document, root, proof)
}

// DocumentRevocation is a free data retrieval call binding the contract method 0x657b39ae.
//
// Solidity: function documentRevocation(bytes32 root, bytes32 document) view returns((uint64,uint16))
func (_CertificateRegistry *CertificateRegistryCaller) DocumentRevocation(opts *bind.CallOpts, root [32]byte, document [32]byte) (CertificateRegistryRevocation, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "documentRevocation", root, document)

	if err != nil {
		return *new(CertificateRegistryRevocation), err
	}

	out0 := *abi.ConvertType(out[0], new(CertificateRegistryRevocation)).(*CertificateRegistryRevocation)

	return out0, err

}

// DocumentRevocation is a free data retrieval call binding the contract method 0x657b39ae.
//
// Solidity: function documentRevocation(bytes32 root, bytes32 document) view returns((uint64,uint16))
func (_CertificateRegistry *CertificateRegistrySession) DocumentRevocation(root [32]byte, document [32]byte) (CertificateRegistryRevocation, error) {
	return _CertificateRegistry.Contract.DocumentRevocation(&_CertificateRegistry.CallOpts, root, document)
}

// DocumentRevocation is a free data retrieval call binding the contract method 0x657b39ae.
//
// Solidity: function documentRevocation(bytes32 root, bytes32 document) view returns((uint64,uint16))
func (_CertificateRegistry *CertificateRegistryCallerSession) DocumentRevocation(root [32]byte, document [32]byte) (CertificateRegistryRevocation, error) {
	return _CertificateRegistry.Contract.DocumentRevocation(&_CertificateRegistry.CallOpts, root, document)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CertificateRegistry *CertificateRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _CertificateRegistry.Contract.GetRoleAdmin(&_CertificateRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _CertificateRegistry.Contract.GetRoleAdmin(&_CertificateRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CertificateRegistry *CertificateRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CertificateRegistry *CertificateRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _CertificateRegistry.Contract.HasRole(&_CertificateRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CertificateRegistry *CertificateRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _CertificateRegistry.Contract.HasRole(&_CertificateRegistry.CallOpts, role, account)
}

// Leaf is a free data retrieval call binding the contract method 0x1cd8e4e6.
//
// Solidity: function leaf(bytes32 document) pure returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCaller) Leaf(opts *bind.CallOpts, document [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "leaf", document)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// Leaf is a free data retrieval call binding the contract method 0x1cd8e4e6.
//
// Solidity: function leaf(bytes32 document) pure returns(bytes32)
func (_CertificateRegistry *CertificateRegistrySession) Leaf(document [32]byte) ([32]byte, error) {
	return _CertificateRegistry.Contract.Leaf(&_CertificateRegistry.CallOpts, document)
}

// Leaf is a free data retrieval call binding the contract method 0x1cd8e4e6.
//
// Solidity: function leaf(bytes32 document) pure returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCallerSession) Leaf(document [32]byte) ([32]byte, error) {
	return _CertificateRegistry.Contract.Leaf(&_CertificateRegistry.CallOpts, document)
}

// Office is a free data retrieval call binding the contract method 0x2cbf681e.
//
// Solidity: function office(address who) view returns((string,bool,uint64))
func (_CertificateRegistry *CertificateRegistryCaller) Office(opts *bind.CallOpts, who common.Address) (CertificateRegistryOffice, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "office", who)

	if err != nil {
		return *new(CertificateRegistryOffice), err
	}

	out0 := *abi.ConvertType(out[0], new(CertificateRegistryOffice)).(*CertificateRegistryOffice)

	return out0, err

}

// Office is a free data retrieval call binding the contract method 0x2cbf681e.
//
// Solidity: function office(address who) view returns((string,bool,uint64))
func (_CertificateRegistry *CertificateRegistrySession) Office(who common.Address) (CertificateRegistryOffice, error) {
	return _CertificateRegistry.Contract.Office(&_CertificateRegistry.CallOpts, who)
}

// Office is a free data retrieval call binding the contract method 0x2cbf681e.
//
// Solidity: function office(address who) view returns((string,bool,uint64))
func (_CertificateRegistry *CertificateRegistryCallerSession) Office(who common.Address) (CertificateRegistryOffice, error) {
	return _CertificateRegistry.Contract.Office(&_CertificateRegistry.CallOpts, who)
}

// Offices is a free data retrieval call binding the contract method 0xd9c7dccd.
//
// Solidity: function offices() view returns(address[])
func (_CertificateRegistry *CertificateRegistryCaller) Offices(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "offices")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Offices is a free data retrieval call binding the contract method 0xd9c7dccd.
//
// Solidity: function offices() view returns(address[])
func (_CertificateRegistry *CertificateRegistrySession) Offices() ([]common.Address, error) {
	return _CertificateRegistry.Contract.Offices(&_CertificateRegistry.CallOpts)
}

// Offices is a free data retrieval call binding the contract method 0xd9c7dccd.
//
// Solidity: function offices() view returns(address[])
func (_CertificateRegistry *CertificateRegistryCallerSession) Offices() ([]common.Address, error) {
	return _CertificateRegistry.Contract.Offices(&_CertificateRegistry.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistrySession) ProxiableUUID() ([32]byte, error) {
	return _CertificateRegistry.Contract.ProxiableUUID(&_CertificateRegistry.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_CertificateRegistry *CertificateRegistryCallerSession) ProxiableUUID() ([32]byte, error) {
	return _CertificateRegistry.Contract.ProxiableUUID(&_CertificateRegistry.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CertificateRegistry *CertificateRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _CertificateRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CertificateRegistry *CertificateRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CertificateRegistry.Contract.SupportsInterface(&_CertificateRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CertificateRegistry *CertificateRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CertificateRegistry.Contract.SupportsInterface(&_CertificateRegistry.CallOpts, interfaceId)
}

// AddOffice is a paid mutator transaction binding the contract method 0x78fe3cd8.
//
// Solidity: function addOffice(address who, string name) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) AddOffice(opts *bind.TransactOpts, who common.Address, name string) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "addOffice", who, name)
}

// AddOffice is a paid mutator transaction binding the contract method 0x78fe3cd8.
//
// Solidity: function addOffice(address who, string name) returns()
func (_CertificateRegistry *CertificateRegistrySession) AddOffice(who common.Address, name string) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.AddOffice(&_CertificateRegistry.TransactOpts, who, name)
}

// AddOffice is a paid mutator transaction binding the contract method 0x78fe3cd8.
//
// Solidity: function addOffice(address who, string name) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) AddOffice(who common.Address, name string) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.AddOffice(&_CertificateRegistry.TransactOpts, who, name)
}

// Anchor is a paid mutator transaction binding the contract method 0xdb2c4aca.
//
// Solidity: function anchor(bytes32 root, uint64 expiresAt) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) Anchor(opts *bind.TransactOpts, root [32]byte, expiresAt uint64) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "anchor", root, expiresAt)
}

// Anchor is a paid mutator transaction binding the contract method 0xdb2c4aca.
//
// Solidity: function anchor(bytes32 root, uint64 expiresAt) returns()
func (_CertificateRegistry *CertificateRegistrySession) Anchor(root [32]byte, expiresAt uint64) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.Anchor(&_CertificateRegistry.TransactOpts, root, expiresAt)
}

// Anchor is a paid mutator transaction binding the contract method 0xdb2c4aca.
//
// Solidity: function anchor(bytes32 root, uint64 expiresAt) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) Anchor(root [32]byte, expiresAt uint64) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.Anchor(&_CertificateRegistry.TransactOpts, root, expiresAt)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CertificateRegistry *CertificateRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.GrantRole(&_CertificateRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.GrantRole(&_CertificateRegistry.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) Initialize(opts *bind.TransactOpts, admin common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "initialize", admin)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_CertificateRegistry *CertificateRegistrySession) Initialize(admin common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.Initialize(&_CertificateRegistry.TransactOpts, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) Initialize(admin common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.Initialize(&_CertificateRegistry.TransactOpts, admin)
}

// RemoveOffice is a paid mutator transaction binding the contract method 0x6c3761aa.
//
// Solidity: function removeOffice(address who) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) RemoveOffice(opts *bind.TransactOpts, who common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "removeOffice", who)
}

// RemoveOffice is a paid mutator transaction binding the contract method 0x6c3761aa.
//
// Solidity: function removeOffice(address who) returns()
func (_CertificateRegistry *CertificateRegistrySession) RemoveOffice(who common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RemoveOffice(&_CertificateRegistry.TransactOpts, who)
}

// RemoveOffice is a paid mutator transaction binding the contract method 0x6c3761aa.
//
// Solidity: function removeOffice(address who) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) RemoveOffice(who common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RemoveOffice(&_CertificateRegistry.TransactOpts, who)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CertificateRegistry *CertificateRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RenounceRole(&_CertificateRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RenounceRole(&_CertificateRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0x404445c9.
//
// Solidity: function revokeBatch(bytes32 root, uint16 reason) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) RevokeBatch(opts *bind.TransactOpts, root [32]byte, reason uint16) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "revokeBatch", root, reason)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0x404445c9.
//
// Solidity: function revokeBatch(bytes32 root, uint16 reason) returns()
func (_CertificateRegistry *CertificateRegistrySession) RevokeBatch(root [32]byte, reason uint16) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RevokeBatch(&_CertificateRegistry.TransactOpts, root, reason)
}

// RevokeBatch is a paid mutator transaction binding the contract method 0x404445c9.
//
// Solidity: function revokeBatch(bytes32 root, uint16 reason) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) RevokeBatch(root [32]byte, reason uint16) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RevokeBatch(&_CertificateRegistry.TransactOpts, root, reason)
}

// RevokeDocument is a paid mutator transaction binding the contract method 0xfa1f938c.
//
// Solidity: function revokeDocument(bytes32 root, bytes32 document, bytes32[] proof, uint16 reason) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) RevokeDocument(opts *bind.TransactOpts, root [32]byte, document [32]byte, proof [][32]byte, reason uint16) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "revokeDocument", root, document, proof, reason)
}

// RevokeDocument is a paid mutator transaction binding the contract method 0xfa1f938c.
//
// Solidity: function revokeDocument(bytes32 root, bytes32 document, bytes32[] proof, uint16 reason) returns()
func (_CertificateRegistry *CertificateRegistrySession) RevokeDocument(root [32]byte, document [32]byte, proof [][32]byte, reason uint16) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RevokeDocument(&_CertificateRegistry.TransactOpts, root, document, proof, reason)
}

// RevokeDocument is a paid mutator transaction binding the contract method 0xfa1f938c.
//
// Solidity: function revokeDocument(bytes32 root, bytes32 document, bytes32[] proof, uint16 reason) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) RevokeDocument(root [32]byte, document [32]byte, proof [][32]byte, reason uint16) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RevokeDocument(&_CertificateRegistry.TransactOpts, root, document, proof, reason)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CertificateRegistry *CertificateRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CertificateRegistry *CertificateRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RevokeRole(&_CertificateRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.RevokeRole(&_CertificateRegistry.TransactOpts, role, account)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_CertificateRegistry *CertificateRegistryTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _CertificateRegistry.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_CertificateRegistry *CertificateRegistrySession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.UpgradeToAndCall(&_CertificateRegistry.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_CertificateRegistry *CertificateRegistryTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _CertificateRegistry.Contract.UpgradeToAndCall(&_CertificateRegistry.TransactOpts, newImplementation, data)
}

// CertificateRegistryBatchAnchoredIterator is returned from FilterBatchAnchored and is used to iterate over the raw logs and unpacked data for BatchAnchored events raised by the CertificateRegistry contract.
type CertificateRegistryBatchAnchoredIterator struct {
	Event *CertificateRegistryBatchAnchored // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryBatchAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryBatchAnchored)
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
		it.Event = new(CertificateRegistryBatchAnchored)
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
func (it *CertificateRegistryBatchAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryBatchAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryBatchAnchored represents a BatchAnchored event raised by the CertificateRegistry contract.
type CertificateRegistryBatchAnchored struct {
	Root      [32]byte
	Office    common.Address
	ExpiresAt uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterBatchAnchored is a free log retrieval operation binding the contract event 0xe49334b935920c8dc88e7aeb52d38415b5fe9f4288a8b7daa1f70a28ab45ad29.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address indexed office, uint64 expiresAt)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterBatchAnchored(opts *bind.FilterOpts, root [][32]byte, office []common.Address) (*CertificateRegistryBatchAnchoredIterator, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}
	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "BatchAnchored", rootRule, officeRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryBatchAnchoredIterator{contract: _CertificateRegistry.contract, event: "BatchAnchored", logs: logs, sub: sub}, nil
}

// WatchBatchAnchored is a free log subscription operation binding the contract event 0xe49334b935920c8dc88e7aeb52d38415b5fe9f4288a8b7daa1f70a28ab45ad29.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address indexed office, uint64 expiresAt)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchBatchAnchored(opts *bind.WatchOpts, sink chan<- *CertificateRegistryBatchAnchored, root [][32]byte, office []common.Address) (event.Subscription, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}
	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "BatchAnchored", rootRule, officeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryBatchAnchored)
				if err := _CertificateRegistry.contract.UnpackLog(event, "BatchAnchored", log); err != nil {
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

// ParseBatchAnchored is a log parse operation binding the contract event 0xe49334b935920c8dc88e7aeb52d38415b5fe9f4288a8b7daa1f70a28ab45ad29.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address indexed office, uint64 expiresAt)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseBatchAnchored(log types.Log) (*CertificateRegistryBatchAnchored, error) {
	event := new(CertificateRegistryBatchAnchored)
	if err := _CertificateRegistry.contract.UnpackLog(event, "BatchAnchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryBatchRevokedIterator is returned from FilterBatchRevoked and is used to iterate over the raw logs and unpacked data for BatchRevoked events raised by the CertificateRegistry contract.
type CertificateRegistryBatchRevokedIterator struct {
	Event *CertificateRegistryBatchRevoked // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryBatchRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryBatchRevoked)
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
		it.Event = new(CertificateRegistryBatchRevoked)
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
func (it *CertificateRegistryBatchRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryBatchRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryBatchRevoked represents a BatchRevoked event raised by the CertificateRegistry contract.
type CertificateRegistryBatchRevoked struct {
	Root   [32]byte
	Office common.Address
	Reason uint16
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBatchRevoked is a free log retrieval operation binding the contract event 0xad9ec8e61247c4c1afade361557d332101a68c1962298bfaa7103a8bef807b6f.
//
// Solidity: event BatchRevoked(bytes32 indexed root, address indexed office, uint16 reason)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterBatchRevoked(opts *bind.FilterOpts, root [][32]byte, office []common.Address) (*CertificateRegistryBatchRevokedIterator, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}
	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "BatchRevoked", rootRule, officeRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryBatchRevokedIterator{contract: _CertificateRegistry.contract, event: "BatchRevoked", logs: logs, sub: sub}, nil
}

// WatchBatchRevoked is a free log subscription operation binding the contract event 0xad9ec8e61247c4c1afade361557d332101a68c1962298bfaa7103a8bef807b6f.
//
// Solidity: event BatchRevoked(bytes32 indexed root, address indexed office, uint16 reason)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchBatchRevoked(opts *bind.WatchOpts, sink chan<- *CertificateRegistryBatchRevoked, root [][32]byte, office []common.Address) (event.Subscription, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}
	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "BatchRevoked", rootRule, officeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryBatchRevoked)
				if err := _CertificateRegistry.contract.UnpackLog(event, "BatchRevoked", log); err != nil {
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

// ParseBatchRevoked is a log parse operation binding the contract event 0xad9ec8e61247c4c1afade361557d332101a68c1962298bfaa7103a8bef807b6f.
//
// Solidity: event BatchRevoked(bytes32 indexed root, address indexed office, uint16 reason)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseBatchRevoked(log types.Log) (*CertificateRegistryBatchRevoked, error) {
	event := new(CertificateRegistryBatchRevoked)
	if err := _CertificateRegistry.contract.UnpackLog(event, "BatchRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryDocumentRevokedIterator is returned from FilterDocumentRevoked and is used to iterate over the raw logs and unpacked data for DocumentRevoked events raised by the CertificateRegistry contract.
type CertificateRegistryDocumentRevokedIterator struct {
	Event *CertificateRegistryDocumentRevoked // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryDocumentRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryDocumentRevoked)
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
		it.Event = new(CertificateRegistryDocumentRevoked)
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
func (it *CertificateRegistryDocumentRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryDocumentRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryDocumentRevoked represents a DocumentRevoked event raised by the CertificateRegistry contract.
type CertificateRegistryDocumentRevoked struct {
	Root     [32]byte
	Document [32]byte
	Office   common.Address
	Reason   uint16
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterDocumentRevoked is a free log retrieval operation binding the contract event 0x74f293051d6df0ccb2ceebd8273c52250b1f3ea1c397ef6aad13022294bd874e.
//
// Solidity: event DocumentRevoked(bytes32 indexed root, bytes32 indexed document, address indexed office, uint16 reason)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterDocumentRevoked(opts *bind.FilterOpts, root [][32]byte, document [][32]byte, office []common.Address) (*CertificateRegistryDocumentRevokedIterator, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}
	var documentRule []interface{}
	for _, documentItem := range document {
		documentRule = append(documentRule, documentItem)
	}
	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "DocumentRevoked", rootRule, documentRule, officeRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryDocumentRevokedIterator{contract: _CertificateRegistry.contract, event: "DocumentRevoked", logs: logs, sub: sub}, nil
}

// WatchDocumentRevoked is a free log subscription operation binding the contract event 0x74f293051d6df0ccb2ceebd8273c52250b1f3ea1c397ef6aad13022294bd874e.
//
// Solidity: event DocumentRevoked(bytes32 indexed root, bytes32 indexed document, address indexed office, uint16 reason)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchDocumentRevoked(opts *bind.WatchOpts, sink chan<- *CertificateRegistryDocumentRevoked, root [][32]byte, document [][32]byte, office []common.Address) (event.Subscription, error) {

	var rootRule []interface{}
	for _, rootItem := range root {
		rootRule = append(rootRule, rootItem)
	}
	var documentRule []interface{}
	for _, documentItem := range document {
		documentRule = append(documentRule, documentItem)
	}
	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "DocumentRevoked", rootRule, documentRule, officeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryDocumentRevoked)
				if err := _CertificateRegistry.contract.UnpackLog(event, "DocumentRevoked", log); err != nil {
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

// ParseDocumentRevoked is a log parse operation binding the contract event 0x74f293051d6df0ccb2ceebd8273c52250b1f3ea1c397ef6aad13022294bd874e.
//
// Solidity: event DocumentRevoked(bytes32 indexed root, bytes32 indexed document, address indexed office, uint16 reason)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseDocumentRevoked(log types.Log) (*CertificateRegistryDocumentRevoked, error) {
	event := new(CertificateRegistryDocumentRevoked)
	if err := _CertificateRegistry.contract.UnpackLog(event, "DocumentRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the CertificateRegistry contract.
type CertificateRegistryInitializedIterator struct {
	Event *CertificateRegistryInitialized // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryInitialized)
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
		it.Event = new(CertificateRegistryInitialized)
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
func (it *CertificateRegistryInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryInitialized represents a Initialized event raised by the CertificateRegistry contract.
type CertificateRegistryInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterInitialized(opts *bind.FilterOpts) (*CertificateRegistryInitializedIterator, error) {

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryInitializedIterator{contract: _CertificateRegistry.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *CertificateRegistryInitialized) (event.Subscription, error) {

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryInitialized)
				if err := _CertificateRegistry.contract.UnpackLog(event, "Initialized", log); err != nil {
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

// ParseInitialized is a log parse operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseInitialized(log types.Log) (*CertificateRegistryInitialized, error) {
	event := new(CertificateRegistryInitialized)
	if err := _CertificateRegistry.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryOfficeAddedIterator is returned from FilterOfficeAdded and is used to iterate over the raw logs and unpacked data for OfficeAdded events raised by the CertificateRegistry contract.
type CertificateRegistryOfficeAddedIterator struct {
	Event *CertificateRegistryOfficeAdded // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryOfficeAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryOfficeAdded)
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
		it.Event = new(CertificateRegistryOfficeAdded)
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
func (it *CertificateRegistryOfficeAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryOfficeAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryOfficeAdded represents a OfficeAdded event raised by the CertificateRegistry contract.
type CertificateRegistryOfficeAdded struct {
	Office common.Address
	Name   string
	By     common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterOfficeAdded is a free log retrieval operation binding the contract event 0x921b34f066deff5c1e8ed24ea23e11174337ecca2e59d8a66e794ece2676d9af.
//
// Solidity: event OfficeAdded(address indexed office, string name, address by)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterOfficeAdded(opts *bind.FilterOpts, office []common.Address) (*CertificateRegistryOfficeAddedIterator, error) {

	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "OfficeAdded", officeRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryOfficeAddedIterator{contract: _CertificateRegistry.contract, event: "OfficeAdded", logs: logs, sub: sub}, nil
}

// WatchOfficeAdded is a free log subscription operation binding the contract event 0x921b34f066deff5c1e8ed24ea23e11174337ecca2e59d8a66e794ece2676d9af.
//
// Solidity: event OfficeAdded(address indexed office, string name, address by)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchOfficeAdded(opts *bind.WatchOpts, sink chan<- *CertificateRegistryOfficeAdded, office []common.Address) (event.Subscription, error) {

	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "OfficeAdded", officeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryOfficeAdded)
				if err := _CertificateRegistry.contract.UnpackLog(event, "OfficeAdded", log); err != nil {
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

// ParseOfficeAdded is a log parse operation binding the contract event 0x921b34f066deff5c1e8ed24ea23e11174337ecca2e59d8a66e794ece2676d9af.
//
// Solidity: event OfficeAdded(address indexed office, string name, address by)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseOfficeAdded(log types.Log) (*CertificateRegistryOfficeAdded, error) {
	event := new(CertificateRegistryOfficeAdded)
	if err := _CertificateRegistry.contract.UnpackLog(event, "OfficeAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryOfficeRemovedIterator is returned from FilterOfficeRemoved and is used to iterate over the raw logs and unpacked data for OfficeRemoved events raised by the CertificateRegistry contract.
type CertificateRegistryOfficeRemovedIterator struct {
	Event *CertificateRegistryOfficeRemoved // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryOfficeRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryOfficeRemoved)
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
		it.Event = new(CertificateRegistryOfficeRemoved)
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
func (it *CertificateRegistryOfficeRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryOfficeRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryOfficeRemoved represents a OfficeRemoved event raised by the CertificateRegistry contract.
type CertificateRegistryOfficeRemoved struct {
	Office common.Address
	By     common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterOfficeRemoved is a free log retrieval operation binding the contract event 0x8787d6506952e4454c7d0379097d4f9e8732a5e48aaafd0b6d9a898a636fe26d.
//
// Solidity: event OfficeRemoved(address indexed office, address by)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterOfficeRemoved(opts *bind.FilterOpts, office []common.Address) (*CertificateRegistryOfficeRemovedIterator, error) {

	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "OfficeRemoved", officeRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryOfficeRemovedIterator{contract: _CertificateRegistry.contract, event: "OfficeRemoved", logs: logs, sub: sub}, nil
}

// WatchOfficeRemoved is a free log subscription operation binding the contract event 0x8787d6506952e4454c7d0379097d4f9e8732a5e48aaafd0b6d9a898a636fe26d.
//
// Solidity: event OfficeRemoved(address indexed office, address by)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchOfficeRemoved(opts *bind.WatchOpts, sink chan<- *CertificateRegistryOfficeRemoved, office []common.Address) (event.Subscription, error) {

	var officeRule []interface{}
	for _, officeItem := range office {
		officeRule = append(officeRule, officeItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "OfficeRemoved", officeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryOfficeRemoved)
				if err := _CertificateRegistry.contract.UnpackLog(event, "OfficeRemoved", log); err != nil {
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

// ParseOfficeRemoved is a log parse operation binding the contract event 0x8787d6506952e4454c7d0379097d4f9e8732a5e48aaafd0b6d9a898a636fe26d.
//
// Solidity: event OfficeRemoved(address indexed office, address by)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseOfficeRemoved(log types.Log) (*CertificateRegistryOfficeRemoved, error) {
	event := new(CertificateRegistryOfficeRemoved)
	if err := _CertificateRegistry.contract.UnpackLog(event, "OfficeRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the CertificateRegistry contract.
type CertificateRegistryRoleAdminChangedIterator struct {
	Event *CertificateRegistryRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryRoleAdminChanged)
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
		it.Event = new(CertificateRegistryRoleAdminChanged)
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
func (it *CertificateRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the CertificateRegistry contract.
type CertificateRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*CertificateRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryRoleAdminChangedIterator{contract: _CertificateRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *CertificateRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryRoleAdminChanged)
				if err := _CertificateRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*CertificateRegistryRoleAdminChanged, error) {
	event := new(CertificateRegistryRoleAdminChanged)
	if err := _CertificateRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the CertificateRegistry contract.
type CertificateRegistryRoleGrantedIterator struct {
	Event *CertificateRegistryRoleGranted // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryRoleGranted)
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
		it.Event = new(CertificateRegistryRoleGranted)
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
func (it *CertificateRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryRoleGranted represents a RoleGranted event raised by the CertificateRegistry contract.
type CertificateRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*CertificateRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryRoleGrantedIterator{contract: _CertificateRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *CertificateRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryRoleGranted)
				if err := _CertificateRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseRoleGranted(log types.Log) (*CertificateRegistryRoleGranted, error) {
	event := new(CertificateRegistryRoleGranted)
	if err := _CertificateRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the CertificateRegistry contract.
type CertificateRegistryRoleRevokedIterator struct {
	Event *CertificateRegistryRoleRevoked // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryRoleRevoked)
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
		it.Event = new(CertificateRegistryRoleRevoked)
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
func (it *CertificateRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryRoleRevoked represents a RoleRevoked event raised by the CertificateRegistry contract.
type CertificateRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*CertificateRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryRoleRevokedIterator{contract: _CertificateRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *CertificateRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryRoleRevoked)
				if err := _CertificateRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CertificateRegistry *CertificateRegistryFilterer) ParseRoleRevoked(log types.Log) (*CertificateRegistryRoleRevoked, error) {
	event := new(CertificateRegistryRoleRevoked)
	if err := _CertificateRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateRegistryUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the CertificateRegistry contract.
type CertificateRegistryUpgradedIterator struct {
	Event *CertificateRegistryUpgraded // Event containing the contract specifics and raw log

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
func (it *CertificateRegistryUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateRegistryUpgraded)
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
		it.Event = new(CertificateRegistryUpgraded)
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
func (it *CertificateRegistryUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateRegistryUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateRegistryUpgraded represents a Upgraded event raised by the CertificateRegistry contract.
type CertificateRegistryUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CertificateRegistry *CertificateRegistryFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*CertificateRegistryUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _CertificateRegistry.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &CertificateRegistryUpgradedIterator{contract: _CertificateRegistry.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CertificateRegistry *CertificateRegistryFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *CertificateRegistryUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _CertificateRegistry.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateRegistryUpgraded)
				if err := _CertificateRegistry.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_CertificateRegistry *CertificateRegistryFilterer) ParseUpgraded(log types.Log) (*CertificateRegistryUpgraded, error) {
	event := new(CertificateRegistryUpgraded)
	if err := _CertificateRegistry.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
