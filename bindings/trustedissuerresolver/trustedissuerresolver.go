// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package trustedissuerresolver

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

// Attestation is an auto generated low-level Go binding around an user-defined struct.
type Attestation struct {
	Uid            [32]byte
	Schema         [32]byte
	Time           uint64
	ExpirationTime uint64
	RevocationTime uint64
	RefUID         [32]byte
	Recipient      common.Address
	Attester       common.Address
	Revocable      bool
	Data           []byte
}

// TrustedIssuerResolverMetaData contains all meta data concerning the TrustedIssuerResolver contract.
var TrustedIssuerResolverMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEAS\",\"name\":\"eas\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"ResolverIssuerAlreadyTrusted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"ResolverIssuerNotTrusted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"}],\"name\":\"ResolverNoExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"}],\"name\":\"ResolverNoHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ResolverNotEAS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"ResolverUntrustedIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"ResolverUpgradeChangesEAS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ResolverZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"IssuerAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"IssuerRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EAS\",\"outputs\":[{\"internalType\":\"contractIEAS\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"addIssuer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expirationTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revocationTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"refUID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"}],\"name\":\"attest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isPayable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"isTrusted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"}],\"name\":\"issuers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expirationTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revocationTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"refUID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structAttestation[]\",\"name\":\"attestations\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"name\":\"multiAttest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expirationTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revocationTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"refUID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structAttestation[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"name\":\"multiRevoke\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"}],\"name\":\"removeIssuer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expirationTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revocationTime\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"refUID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"revocable\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structAttestation\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"revoke\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060805234801561001457600080fd5b506040516119cb3803806119cb83398101604081905261003391610127565b6001600160a01b03811661005a5760405163c42596f760e01b815260040160405180910390fd5b6001600160a01b03811660a05261006f610075565b50610157565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100c55760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101245780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561013957600080fd5b81516001600160a01b038116811461015057600080fd5b9392505050565b60805160a0516118176101b4600039600081816101ae01528181610624015281816106b3015281816108b50152818161090901528181610c810152610ccf015260008181610b7401528181610b9d0152610dcc01526118176000f3fe6080604052600436106101405760003560e01c806391db0b7e116100b6578063d547741f1161006f578063d547741f146103a2578063e49617e1146103c2578063e60c3505146103d5578063e8591f7f146103e8578063f265d42714610408578063f68e95531461042857600080fd5b806391db0b7e146102e8578063a217fddf146102fb578063ad3cb1cc14610310578063c4d66de814610341578063c53a441314610361578063ce46e0461461038e57600080fd5b806336568abe1161010857806336568abe146102365780634f1ef2861461025657806352d1902d1461026957806354fd4d501461027e57806388e5b2d9146102b557806391d14854146102c857600080fd5b806301ffc9a71461014557806306a52a4b1461017a5780630911beb41461019c578063248a9ca3146101e85780632f2ff15d14610216575b600080fd5b34801561015157600080fd5b5061016561016036600461135e565b61044a565b60405190151581526020015b60405180910390f35b34801561018657600080fd5b5061019a61019536600461139d565b610481565b005b3480156101a857600080fd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610171565b3480156101f457600080fd5b506102086102033660046113cd565b61055f565b604051908152602001610171565b34801561022257600080fd5b5061019a61023136600461139d565b610581565b34801561024257600080fd5b5061019a61025136600461139d565b6105a3565b61019a6102643660046113fc565b6105db565b34801561027557600080fd5b506102086105fa565b34801561028a57600080fd5b506040805180820190915260058152640312e302e360dc1b60208201525b60405161017191906114ec565b6101656102c336600461156b565b610617565b3480156102d457600080fd5b506101656102e336600461139d565b61066e565b6101656102f636600461156b565b6106a6565b34801561030757600080fd5b50610208600081565b34801561031c57600080fd5b506102a8604051806040016040528060058152602001640352e302e360dc1b81525081565b34801561034d57600080fd5b5061019a61035c3660046115dc565b61073d565b34801561036d57600080fd5b5061038161037c3660046113cd565b610865565b60405161017191906115f9565b34801561039a57600080fd5b506000610165565b3480156103ae57600080fd5b5061019a6103bd36600461139d565b61088c565b6101656103d0366004611645565b6108a8565b6101656103e3366004611645565b6108fc565b3480156103f457600080fd5b5061016561040336600461139d565b610951565b34801561041457600080fd5b5061019a61042336600461139d565b61097d565b34801561043457600080fd5b506102086000805160206117c283398151915281565b60006001600160e01b03198216637965db0b60e01b148061047b57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000805160206117c283398151915261049981610a26565b6001600160a01b0382166104c05760405163c42596f760e01b815260040160405180910390fd5b6000838152600080516020611762833981519152602052604090206104e59083610a33565b61051957604051630bdb847b60e11b8152600481018490526001600160a01b03831660248201526044015b60405180910390fd5b6040513381526001600160a01b0383169084907fcdaed052a071eb5e150b5780cc3c27ccb7e084e19ea728e894702ded67669a2c906020015b60405180910390a3505050565b60009081526000805160206117a2833981519152602052604090206001015490565b61058a8261055f565b61059381610a26565b61059d8383610a48565b50505050565b6001600160a01b03811633146105cc5760405163334bd91960e11b815260040160405180910390fd5b6105d68282610aed565b505050565b6105e3610b69565b6105ec82610c10565b6105f68282610d04565b5050565b6000610604610dc1565b5060008051602061178283398151915290565b6000336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106635760405162923aef60e61b8152336004820152602401610510565b506001949350505050565b60009182526000805160206117a2833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106f25760405162923aef60e61b8152336004820152602401610510565b60005b848110156107315761072986868381811061071257610712611681565b90506020028101906107249190611697565b610e0a565b6001016106f5565b50600195945050505050565b6000610747610f09565b805490915060ff600160401b820416159067ffffffffffffffff1660008115801561076f5750825b905060008267ffffffffffffffff16600114801561078c5750303b155b90508115801561079a575080155b156107b85760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156107e257845460ff60401b1916600160401b1785555b6107ea610f32565b6107f2610f32565b6107fd600087610a48565b506108166000805160206117c283398151915287610a48565b50831561085d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b60008181526000805160206117628339815191526020526040902060609061047b90610f3a565b6108958261055f565b61089e81610a26565b61059d8383610aed565b6000336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108f45760405162923aef60e61b8152336004820152602401610510565b506001919050565b6000336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109485760405162923aef60e61b8152336004820152602401610510565b6108f482610e0a565b6000828152600080516020611762833981519152602052604081206109769083610f47565b9392505050565b6000805160206117c283398151915261099581610a26565b6000838152600080516020611762833981519152602052604090206109ba9083610f69565b6109e95760405163063994ab60e51b8152600481018490526001600160a01b0383166024820152604401610510565b6040513381526001600160a01b0383169084907f7cb2c2db725b2d0e3d4d4ece05ac156a559aeb3602ddaadff2383a9f877e855690602001610552565b610a308133610f7e565b50565b6000610976836001600160a01b038416610fb7565b60006000805160206117a2833981519152610a63848461066e565b610ae3576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610a993390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061047b565b600091505061047b565b60006000805160206117a2833981519152610b08848461066e565b15610ae3576000848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4600191505061047b565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480610bf057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610be4600080516020611782833981519152546001600160a01b031690565b6001600160a01b031614155b15610c0e5760405163703e46dd60e11b815260040160405180910390fd5b565b6000610c1b81610a26565b6000826001600160a01b0316630911beb46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610c77575060408051601f3d908101601f19168201909252610c74918101906116b8565b60015b15610c7f5790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146105d6576040516303b62b6960e31b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610510565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610d5e575060408051601f3d908101601f19168201909252610d5b918101906116d5565b60015b610d8657604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610510565b6000805160206117828339815191528114610db757604051632a87526960e21b815260048101829052602401610510565b6105d68383611006565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c0e5760405163703e46dd60e11b815260040160405180910390fd5b610e45610e1e610100830160e084016115dc565b60008051602061176283398151915260208085013560009081529190526040902090610f47565b610e8a576020810135610e5f610100830160e084016115dc565b604051630372d50360e51b815260048101929092526001600160a01b03166024820152604401610510565b6000610e9c60e0830160c084016115dc565b6001600160a01b031603610ec95760405163307c2e8760e01b815260208201356004820152602401610510565b610ed960808201606083016116ee565b67ffffffffffffffff16600003610a3057604051631ac083bd60e21b815260208201356004820152602401610510565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061047b565b610c0e61105c565b6060600061097683611081565b6001600160a01b03811660009081526001830160205260408120541515610976565b6000610976836001600160a01b0384166110dd565b610f88828261066e565b6105f65760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610510565b6000818152600183016020526040812054610ffe5750815460018181018455600084815260208082209093018490558454848252828601909352604090209190915561047b565b50600061047b565b61100f826111c6565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115611054576105d6828261122b565b6105f66112a1565b6110646112c0565b610c0e57604051631afcd79f60e31b815260040160405180910390fd5b6060816000018054806020026020016040519081016040528092919081815260200182805480156110d157602002820191906000526020600020905b8154815260200190600101908083116110bd575b50505050509050919050565b60008181526001830160205260408120548015610ae3576000611101600183611718565b855490915060009061111590600190611718565b905080821461117a57600086600001828154811061113557611135611681565b906000526020600020015490508087600001848154811061115857611158611681565b6000918252602080832090910192909255918252600188019052604090208390555b855486908061118b5761118b611739565b60019003818190600052602060002001600090559055856001016000868152602001908152602001600020600090556001935050505061047b565b806001600160a01b03163b6000036111fc57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610510565b60008051602061178283398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051611248919061174f565b600060405180830381855af49150503d8060008114611283576040519150601f19603f3d011682016040523d82523d6000602084013e611288565b606091505b50915091506112988583836112da565b95945050505050565b3415610c0e5760405163b398979f60e01b815260040160405180910390fd5b60006112ca610f09565b54600160401b900460ff16919050565b6060826112ef576112ea82611336565b610976565b815115801561130657506001600160a01b0384163b155b1561132f57604051639996b31560e01b81526001600160a01b0385166004820152602401610510565b5092915050565b80511561134557805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60006020828403121561137057600080fd5b81356001600160e01b03198116811461097657600080fd5b6001600160a01b0381168114610a3057600080fd5b600080604083850312156113b057600080fd5b8235915060208301356113c281611388565b809150509250929050565b6000602082840312156113df57600080fd5b5035919050565b634e487b7160e01b600052604160045260246000fd5b6000806040838503121561140f57600080fd5b823561141a81611388565b9150602083013567ffffffffffffffff81111561143657600080fd5b8301601f8101851361144757600080fd5b803567ffffffffffffffff811115611461576114616113e6565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611490576114906113e6565b6040528181528282016020018710156114a857600080fd5b816020840160208301376000602083830101528093505050509250929050565b60005b838110156114e35781810151838201526020016114cb565b50506000910152565b602081526000825180602084015261150b8160408501602087016114c8565b601f01601f19169190910160400192915050565b60008083601f84011261153157600080fd5b50813567ffffffffffffffff81111561154957600080fd5b6020830191508360208260051b850101111561156457600080fd5b9250929050565b6000806000806040858703121561158157600080fd5b843567ffffffffffffffff81111561159857600080fd5b6115a48782880161151f565b909550935050602085013567ffffffffffffffff8111156115c457600080fd5b6115d08782880161151f565b95989497509550505050565b6000602082840312156115ee57600080fd5b813561097681611388565b602080825282518282018190526000918401906040840190835b8181101561163a5783516001600160a01b0316835260209384019390920191600101611613565b509095945050505050565b60006020828403121561165757600080fd5b813567ffffffffffffffff81111561166e57600080fd5b8201610140818503121561097657600080fd5b634e487b7160e01b600052603260045260246000fd5b6000823561013e198336030181126116ae57600080fd5b9190910192915050565b6000602082840312156116ca57600080fd5b815161097681611388565b6000602082840312156116e757600080fd5b5051919050565b60006020828403121561170057600080fd5b813567ffffffffffffffff8116811461097657600080fd5b8181038181111561047b57634e487b7160e01b600052601160045260246000fd5b634e487b7160e01b600052603160045260246000fd5b600082516116ae8184602087016114c856fee19ca0ef9bcf5c683760a356ef12df6f3c4592fe620ec52353b2ce150f25bf00360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a26469706673582212204d162bbc546053c40d2234e540cf96aba599e9194f979074841238e8d46db50664736f6c634300081c0033",
}

// TrustedIssuerResolverABI is the input ABI used to generate the binding from.
// Deprecated: Use TrustedIssuerResolverMetaData.ABI instead.
var TrustedIssuerResolverABI = TrustedIssuerResolverMetaData.ABI

// TrustedIssuerResolverBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TrustedIssuerResolverMetaData.Bin instead.
var TrustedIssuerResolverBin = TrustedIssuerResolverMetaData.Bin

// DeployTrustedIssuerResolver deploys a new Ethereum contract, binding an instance of TrustedIssuerResolver to it.
func DeployTrustedIssuerResolver(auth *bind.TransactOpts, backend bind.ContractBackend, eas common.Address) (common.Address, *types.Transaction, *TrustedIssuerResolver, error) {
	parsed, err := TrustedIssuerResolverMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TrustedIssuerResolverBin), backend, eas)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TrustedIssuerResolver{TrustedIssuerResolverCaller: TrustedIssuerResolverCaller{contract: contract}, TrustedIssuerResolverTransactor: TrustedIssuerResolverTransactor{contract: contract}, TrustedIssuerResolverFilterer: TrustedIssuerResolverFilterer{contract: contract}}, nil
}

// TrustedIssuerResolver is an auto generated Go binding around an Ethereum contract.
type TrustedIssuerResolver struct {
	TrustedIssuerResolverCaller     // Read-only binding to the contract
	TrustedIssuerResolverTransactor // Write-only binding to the contract
	TrustedIssuerResolverFilterer   // Log filterer for contract events
}

// TrustedIssuerResolverCaller is an auto generated read-only Go binding around an Ethereum contract.
type TrustedIssuerResolverCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TrustedIssuerResolverTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TrustedIssuerResolverTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TrustedIssuerResolverFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TrustedIssuerResolverFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TrustedIssuerResolverSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TrustedIssuerResolverSession struct {
	Contract     *TrustedIssuerResolver // Generic contract binding to set the session for
	CallOpts     bind.CallOpts          // Call options to use throughout this session
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// TrustedIssuerResolverCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TrustedIssuerResolverCallerSession struct {
	Contract *TrustedIssuerResolverCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                // Call options to use throughout this session
}

// TrustedIssuerResolverTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TrustedIssuerResolverTransactorSession struct {
	Contract     *TrustedIssuerResolverTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                // Transaction auth options to use throughout this session
}

// TrustedIssuerResolverRaw is an auto generated low-level Go binding around an Ethereum contract.
type TrustedIssuerResolverRaw struct {
	Contract *TrustedIssuerResolver // Generic contract binding to access the raw methods on
}

// TrustedIssuerResolverCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TrustedIssuerResolverCallerRaw struct {
	Contract *TrustedIssuerResolverCaller // Generic read-only contract binding to access the raw methods on
}

// TrustedIssuerResolverTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TrustedIssuerResolverTransactorRaw struct {
	Contract *TrustedIssuerResolverTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTrustedIssuerResolver creates a new instance of TrustedIssuerResolver, bound to a specific deployed contract.
func NewTrustedIssuerResolver(address common.Address, backend bind.ContractBackend) (*TrustedIssuerResolver, error) {
	contract, err := bindTrustedIssuerResolver(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolver{TrustedIssuerResolverCaller: TrustedIssuerResolverCaller{contract: contract}, TrustedIssuerResolverTransactor: TrustedIssuerResolverTransactor{contract: contract}, TrustedIssuerResolverFilterer: TrustedIssuerResolverFilterer{contract: contract}}, nil
}

// NewTrustedIssuerResolverCaller creates a new read-only instance of TrustedIssuerResolver, bound to a specific deployed contract.
func NewTrustedIssuerResolverCaller(address common.Address, caller bind.ContractCaller) (*TrustedIssuerResolverCaller, error) {
	contract, err := bindTrustedIssuerResolver(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverCaller{contract: contract}, nil
}

// NewTrustedIssuerResolverTransactor creates a new write-only instance of TrustedIssuerResolver, bound to a specific deployed contract.
func NewTrustedIssuerResolverTransactor(address common.Address, transactor bind.ContractTransactor) (*TrustedIssuerResolverTransactor, error) {
	contract, err := bindTrustedIssuerResolver(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverTransactor{contract: contract}, nil
}

// NewTrustedIssuerResolverFilterer creates a new log filterer instance of TrustedIssuerResolver, bound to a specific deployed contract.
func NewTrustedIssuerResolverFilterer(address common.Address, filterer bind.ContractFilterer) (*TrustedIssuerResolverFilterer, error) {
	contract, err := bindTrustedIssuerResolver(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverFilterer{contract: contract}, nil
}

// bindTrustedIssuerResolver binds a generic wrapper to an already deployed contract.
func bindTrustedIssuerResolver(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TrustedIssuerResolverMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TrustedIssuerResolver *TrustedIssuerResolverRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TrustedIssuerResolver.Contract.TrustedIssuerResolverCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TrustedIssuerResolver *TrustedIssuerResolverRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.TrustedIssuerResolverTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TrustedIssuerResolver *TrustedIssuerResolverRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.TrustedIssuerResolverTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TrustedIssuerResolver.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.DEFAULTADMINROLE(&_TrustedIssuerResolver.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.DEFAULTADMINROLE(&_TrustedIssuerResolver.CallOpts)
}

// EAS is a free data retrieval call binding the contract method 0x0911beb4.
//
// Solidity: function EAS() view returns(address)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) EAS(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "EAS")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EAS is a free data retrieval call binding the contract method 0x0911beb4.
//
// Solidity: function EAS() view returns(address)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) EAS() (common.Address, error) {
	return _TrustedIssuerResolver.Contract.EAS(&_TrustedIssuerResolver.CallOpts)
}

// EAS is a free data retrieval call binding the contract method 0x0911beb4.
//
// Solidity: function EAS() view returns(address)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) EAS() (common.Address, error) {
	return _TrustedIssuerResolver.Contract.EAS(&_TrustedIssuerResolver.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) REGISTRARROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "REGISTRAR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) REGISTRARROLE() ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.REGISTRARROLE(&_TrustedIssuerResolver.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) REGISTRARROLE() ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.REGISTRARROLE(&_TrustedIssuerResolver.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _TrustedIssuerResolver.Contract.UPGRADEINTERFACEVERSION(&_TrustedIssuerResolver.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _TrustedIssuerResolver.Contract.UPGRADEINTERFACEVERSION(&_TrustedIssuerResolver.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.GetRoleAdmin(&_TrustedIssuerResolver.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.GetRoleAdmin(&_TrustedIssuerResolver.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _TrustedIssuerResolver.Contract.HasRole(&_TrustedIssuerResolver.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _TrustedIssuerResolver.Contract.HasRole(&_TrustedIssuerResolver.CallOpts, role, account)
}

// IsPayable is a free data retrieval call binding the contract method 0xce46e046.
//
// Solidity: function isPayable() pure returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) IsPayable(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "isPayable")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPayable is a free data retrieval call binding the contract method 0xce46e046.
//
// Solidity: function isPayable() pure returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) IsPayable() (bool, error) {
	return _TrustedIssuerResolver.Contract.IsPayable(&_TrustedIssuerResolver.CallOpts)
}

// IsPayable is a free data retrieval call binding the contract method 0xce46e046.
//
// Solidity: function isPayable() pure returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) IsPayable() (bool, error) {
	return _TrustedIssuerResolver.Contract.IsPayable(&_TrustedIssuerResolver.CallOpts)
}

// IsTrusted is a free data retrieval call binding the contract method 0xe8591f7f.
//
// Solidity: function isTrusted(bytes32 schema, address issuer) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) IsTrusted(opts *bind.CallOpts, schema [32]byte, issuer common.Address) (bool, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "isTrusted", schema, issuer)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrusted is a free data retrieval call binding the contract method 0xe8591f7f.
//
// Solidity: function isTrusted(bytes32 schema, address issuer) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) IsTrusted(schema [32]byte, issuer common.Address) (bool, error) {
	return _TrustedIssuerResolver.Contract.IsTrusted(&_TrustedIssuerResolver.CallOpts, schema, issuer)
}

// IsTrusted is a free data retrieval call binding the contract method 0xe8591f7f.
//
// Solidity: function isTrusted(bytes32 schema, address issuer) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) IsTrusted(schema [32]byte, issuer common.Address) (bool, error) {
	return _TrustedIssuerResolver.Contract.IsTrusted(&_TrustedIssuerResolver.CallOpts, schema, issuer)
}

// Issuers is a free data retrieval call binding the contract method 0xc53a4413.
//
// Solidity: function issuers(bytes32 schema) view returns(address[])
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) Issuers(opts *bind.CallOpts, schema [32]byte) ([]common.Address, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "issuers", schema)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Issuers is a free data retrieval call binding the contract method 0xc53a4413.
//
// Solidity: function issuers(bytes32 schema) view returns(address[])
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) Issuers(schema [32]byte) ([]common.Address, error) {
	return _TrustedIssuerResolver.Contract.Issuers(&_TrustedIssuerResolver.CallOpts, schema)
}

// Issuers is a free data retrieval call binding the contract method 0xc53a4413.
//
// Solidity: function issuers(bytes32 schema) view returns(address[])
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) Issuers(schema [32]byte) ([]common.Address, error) {
	return _TrustedIssuerResolver.Contract.Issuers(&_TrustedIssuerResolver.CallOpts, schema)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) ProxiableUUID() ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.ProxiableUUID(&_TrustedIssuerResolver.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) ProxiableUUID() ([32]byte, error) {
	return _TrustedIssuerResolver.Contract.ProxiableUUID(&_TrustedIssuerResolver.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _TrustedIssuerResolver.Contract.SupportsInterface(&_TrustedIssuerResolver.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _TrustedIssuerResolver.Contract.SupportsInterface(&_TrustedIssuerResolver.CallOpts, interfaceId)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (_TrustedIssuerResolver *TrustedIssuerResolverCaller) Version(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TrustedIssuerResolver.contract.Call(opts, &out, "version")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) Version() (string, error) {
	return _TrustedIssuerResolver.Contract.Version(&_TrustedIssuerResolver.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (_TrustedIssuerResolver *TrustedIssuerResolverCallerSession) Version() (string, error) {
	return _TrustedIssuerResolver.Contract.Version(&_TrustedIssuerResolver.CallOpts)
}

// AddIssuer is a paid mutator transaction binding the contract method 0x06a52a4b.
//
// Solidity: function addIssuer(bytes32 schema, address issuer) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) AddIssuer(opts *bind.TransactOpts, schema [32]byte, issuer common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "addIssuer", schema, issuer)
}

// AddIssuer is a paid mutator transaction binding the contract method 0x06a52a4b.
//
// Solidity: function addIssuer(bytes32 schema, address issuer) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) AddIssuer(schema [32]byte, issuer common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.AddIssuer(&_TrustedIssuerResolver.TransactOpts, schema, issuer)
}

// AddIssuer is a paid mutator transaction binding the contract method 0x06a52a4b.
//
// Solidity: function addIssuer(bytes32 schema, address issuer) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) AddIssuer(schema [32]byte, issuer common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.AddIssuer(&_TrustedIssuerResolver.TransactOpts, schema, issuer)
}

// Attest is a paid mutator transaction binding the contract method 0xe60c3505.
//
// Solidity: function attest((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes) attestation) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) Attest(opts *bind.TransactOpts, attestation Attestation) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "attest", attestation)
}

// Attest is a paid mutator transaction binding the contract method 0xe60c3505.
//
// Solidity: function attest((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes) attestation) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) Attest(attestation Attestation) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.Attest(&_TrustedIssuerResolver.TransactOpts, attestation)
}

// Attest is a paid mutator transaction binding the contract method 0xe60c3505.
//
// Solidity: function attest((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes) attestation) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) Attest(attestation Attestation) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.Attest(&_TrustedIssuerResolver.TransactOpts, attestation)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.GrantRole(&_TrustedIssuerResolver.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.GrantRole(&_TrustedIssuerResolver.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) Initialize(opts *bind.TransactOpts, admin common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "initialize", admin)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) Initialize(admin common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.Initialize(&_TrustedIssuerResolver.TransactOpts, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) Initialize(admin common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.Initialize(&_TrustedIssuerResolver.TransactOpts, admin)
}

// MultiAttest is a paid mutator transaction binding the contract method 0x91db0b7e.
//
// Solidity: function multiAttest((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes)[] attestations, uint256[] ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) MultiAttest(opts *bind.TransactOpts, attestations []Attestation, arg1 []*big.Int) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "multiAttest", attestations, arg1)
}

// MultiAttest is a paid mutator transaction binding the contract method 0x91db0b7e.
//
// Solidity: function multiAttest((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes)[] attestations, uint256[] ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) MultiAttest(attestations []Attestation, arg1 []*big.Int) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.MultiAttest(&_TrustedIssuerResolver.TransactOpts, attestations, arg1)
}

// MultiAttest is a paid mutator transaction binding the contract method 0x91db0b7e.
//
// Solidity: function multiAttest((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes)[] attestations, uint256[] ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) MultiAttest(attestations []Attestation, arg1 []*big.Int) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.MultiAttest(&_TrustedIssuerResolver.TransactOpts, attestations, arg1)
}

// MultiRevoke is a paid mutator transaction binding the contract method 0x88e5b2d9.
//
// Solidity: function multiRevoke((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes)[] , uint256[] ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) MultiRevoke(opts *bind.TransactOpts, arg0 []Attestation, arg1 []*big.Int) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "multiRevoke", arg0, arg1)
}

// MultiRevoke is a paid mutator transaction binding the contract method 0x88e5b2d9.
//
// Solidity: function multiRevoke((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes)[] , uint256[] ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) MultiRevoke(arg0 []Attestation, arg1 []*big.Int) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.MultiRevoke(&_TrustedIssuerResolver.TransactOpts, arg0, arg1)
}

// MultiRevoke is a paid mutator transaction binding the contract method 0x88e5b2d9.
//
// Solidity: function multiRevoke((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes)[] , uint256[] ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) MultiRevoke(arg0 []Attestation, arg1 []*big.Int) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.MultiRevoke(&_TrustedIssuerResolver.TransactOpts, arg0, arg1)
}

// RemoveIssuer is a paid mutator transaction binding the contract method 0xf265d427.
//
// Solidity: function removeIssuer(bytes32 schema, address issuer) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) RemoveIssuer(opts *bind.TransactOpts, schema [32]byte, issuer common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "removeIssuer", schema, issuer)
}

// RemoveIssuer is a paid mutator transaction binding the contract method 0xf265d427.
//
// Solidity: function removeIssuer(bytes32 schema, address issuer) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) RemoveIssuer(schema [32]byte, issuer common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.RemoveIssuer(&_TrustedIssuerResolver.TransactOpts, schema, issuer)
}

// RemoveIssuer is a paid mutator transaction binding the contract method 0xf265d427.
//
// Solidity: function removeIssuer(bytes32 schema, address issuer) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) RemoveIssuer(schema [32]byte, issuer common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.RemoveIssuer(&_TrustedIssuerResolver.TransactOpts, schema, issuer)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.RenounceRole(&_TrustedIssuerResolver.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.RenounceRole(&_TrustedIssuerResolver.TransactOpts, role, callerConfirmation)
}

// Revoke is a paid mutator transaction binding the contract method 0xe49617e1.
//
// Solidity: function revoke((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes) ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) Revoke(opts *bind.TransactOpts, arg0 Attestation) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "revoke", arg0)
}

// Revoke is a paid mutator transaction binding the contract method 0xe49617e1.
//
// Solidity: function revoke((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes) ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) Revoke(arg0 Attestation) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.Revoke(&_TrustedIssuerResolver.TransactOpts, arg0)
}

// Revoke is a paid mutator transaction binding the contract method 0xe49617e1.
//
// Solidity: function revoke((bytes32,bytes32,uint64,uint64,uint64,bytes32,address,address,bool,bytes) ) payable returns(bool)
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) Revoke(arg0 Attestation) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.Revoke(&_TrustedIssuerResolver.TransactOpts, arg0)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.RevokeRole(&_TrustedIssuerResolver.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.RevokeRole(&_TrustedIssuerResolver.TransactOpts, role, account)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _TrustedIssuerResolver.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.UpgradeToAndCall(&_TrustedIssuerResolver.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_TrustedIssuerResolver *TrustedIssuerResolverTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _TrustedIssuerResolver.Contract.UpgradeToAndCall(&_TrustedIssuerResolver.TransactOpts, newImplementation, data)
}

// TrustedIssuerResolverInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverInitializedIterator struct {
	Event *TrustedIssuerResolverInitialized // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverInitialized)
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
		it.Event = new(TrustedIssuerResolverInitialized)
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
func (it *TrustedIssuerResolverInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverInitialized represents a Initialized event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterInitialized(opts *bind.FilterOpts) (*TrustedIssuerResolverInitializedIterator, error) {

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverInitializedIterator{contract: _TrustedIssuerResolver.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverInitialized) (event.Subscription, error) {

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverInitialized)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseInitialized(log types.Log) (*TrustedIssuerResolverInitialized, error) {
	event := new(TrustedIssuerResolverInitialized)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrustedIssuerResolverIssuerAddedIterator is returned from FilterIssuerAdded and is used to iterate over the raw logs and unpacked data for IssuerAdded events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverIssuerAddedIterator struct {
	Event *TrustedIssuerResolverIssuerAdded // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverIssuerAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverIssuerAdded)
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
		it.Event = new(TrustedIssuerResolverIssuerAdded)
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
func (it *TrustedIssuerResolverIssuerAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverIssuerAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverIssuerAdded represents a IssuerAdded event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverIssuerAdded struct {
	Schema [32]byte
	Issuer common.Address
	By     common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterIssuerAdded is a free log retrieval operation binding the contract event 0xcdaed052a071eb5e150b5780cc3c27ccb7e084e19ea728e894702ded67669a2c.
//
// Solidity: event IssuerAdded(bytes32 indexed schema, address indexed issuer, address by)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterIssuerAdded(opts *bind.FilterOpts, schema [][32]byte, issuer []common.Address) (*TrustedIssuerResolverIssuerAddedIterator, error) {

	var schemaRule []interface{}
	for _, schemaItem := range schema {
		schemaRule = append(schemaRule, schemaItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "IssuerAdded", schemaRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverIssuerAddedIterator{contract: _TrustedIssuerResolver.contract, event: "IssuerAdded", logs: logs, sub: sub}, nil
}

// WatchIssuerAdded is a free log subscription operation binding the contract event 0xcdaed052a071eb5e150b5780cc3c27ccb7e084e19ea728e894702ded67669a2c.
//
// Solidity: event IssuerAdded(bytes32 indexed schema, address indexed issuer, address by)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchIssuerAdded(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverIssuerAdded, schema [][32]byte, issuer []common.Address) (event.Subscription, error) {

	var schemaRule []interface{}
	for _, schemaItem := range schema {
		schemaRule = append(schemaRule, schemaItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "IssuerAdded", schemaRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverIssuerAdded)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "IssuerAdded", log); err != nil {
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

// ParseIssuerAdded is a log parse operation binding the contract event 0xcdaed052a071eb5e150b5780cc3c27ccb7e084e19ea728e894702ded67669a2c.
//
// Solidity: event IssuerAdded(bytes32 indexed schema, address indexed issuer, address by)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseIssuerAdded(log types.Log) (*TrustedIssuerResolverIssuerAdded, error) {
	event := new(TrustedIssuerResolverIssuerAdded)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "IssuerAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrustedIssuerResolverIssuerRemovedIterator is returned from FilterIssuerRemoved and is used to iterate over the raw logs and unpacked data for IssuerRemoved events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverIssuerRemovedIterator struct {
	Event *TrustedIssuerResolverIssuerRemoved // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverIssuerRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverIssuerRemoved)
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
		it.Event = new(TrustedIssuerResolverIssuerRemoved)
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
func (it *TrustedIssuerResolverIssuerRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverIssuerRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverIssuerRemoved represents a IssuerRemoved event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverIssuerRemoved struct {
	Schema [32]byte
	Issuer common.Address
	By     common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterIssuerRemoved is a free log retrieval operation binding the contract event 0x7cb2c2db725b2d0e3d4d4ece05ac156a559aeb3602ddaadff2383a9f877e8556.
//
// Solidity: event IssuerRemoved(bytes32 indexed schema, address indexed issuer, address by)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterIssuerRemoved(opts *bind.FilterOpts, schema [][32]byte, issuer []common.Address) (*TrustedIssuerResolverIssuerRemovedIterator, error) {

	var schemaRule []interface{}
	for _, schemaItem := range schema {
		schemaRule = append(schemaRule, schemaItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "IssuerRemoved", schemaRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverIssuerRemovedIterator{contract: _TrustedIssuerResolver.contract, event: "IssuerRemoved", logs: logs, sub: sub}, nil
}

// WatchIssuerRemoved is a free log subscription operation binding the contract event 0x7cb2c2db725b2d0e3d4d4ece05ac156a559aeb3602ddaadff2383a9f877e8556.
//
// Solidity: event IssuerRemoved(bytes32 indexed schema, address indexed issuer, address by)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchIssuerRemoved(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverIssuerRemoved, schema [][32]byte, issuer []common.Address) (event.Subscription, error) {

	var schemaRule []interface{}
	for _, schemaItem := range schema {
		schemaRule = append(schemaRule, schemaItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "IssuerRemoved", schemaRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverIssuerRemoved)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "IssuerRemoved", log); err != nil {
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

// ParseIssuerRemoved is a log parse operation binding the contract event 0x7cb2c2db725b2d0e3d4d4ece05ac156a559aeb3602ddaadff2383a9f877e8556.
//
// Solidity: event IssuerRemoved(bytes32 indexed schema, address indexed issuer, address by)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseIssuerRemoved(log types.Log) (*TrustedIssuerResolverIssuerRemoved, error) {
	event := new(TrustedIssuerResolverIssuerRemoved)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "IssuerRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrustedIssuerResolverRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverRoleAdminChangedIterator struct {
	Event *TrustedIssuerResolverRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverRoleAdminChanged)
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
		it.Event = new(TrustedIssuerResolverRoleAdminChanged)
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
func (it *TrustedIssuerResolverRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverRoleAdminChanged represents a RoleAdminChanged event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*TrustedIssuerResolverRoleAdminChangedIterator, error) {

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

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverRoleAdminChangedIterator{contract: _TrustedIssuerResolver.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverRoleAdminChanged)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseRoleAdminChanged(log types.Log) (*TrustedIssuerResolverRoleAdminChanged, error) {
	event := new(TrustedIssuerResolverRoleAdminChanged)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrustedIssuerResolverRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverRoleGrantedIterator struct {
	Event *TrustedIssuerResolverRoleGranted // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverRoleGranted)
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
		it.Event = new(TrustedIssuerResolverRoleGranted)
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
func (it *TrustedIssuerResolverRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverRoleGranted represents a RoleGranted event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*TrustedIssuerResolverRoleGrantedIterator, error) {

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

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverRoleGrantedIterator{contract: _TrustedIssuerResolver.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverRoleGranted)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseRoleGranted(log types.Log) (*TrustedIssuerResolverRoleGranted, error) {
	event := new(TrustedIssuerResolverRoleGranted)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrustedIssuerResolverRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverRoleRevokedIterator struct {
	Event *TrustedIssuerResolverRoleRevoked // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverRoleRevoked)
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
		it.Event = new(TrustedIssuerResolverRoleRevoked)
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
func (it *TrustedIssuerResolverRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverRoleRevoked represents a RoleRevoked event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*TrustedIssuerResolverRoleRevokedIterator, error) {

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

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverRoleRevokedIterator{contract: _TrustedIssuerResolver.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverRoleRevoked)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseRoleRevoked(log types.Log) (*TrustedIssuerResolverRoleRevoked, error) {
	event := new(TrustedIssuerResolverRoleRevoked)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrustedIssuerResolverUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverUpgradedIterator struct {
	Event *TrustedIssuerResolverUpgraded // Event containing the contract specifics and raw log

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
func (it *TrustedIssuerResolverUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrustedIssuerResolverUpgraded)
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
		it.Event = new(TrustedIssuerResolverUpgraded)
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
func (it *TrustedIssuerResolverUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrustedIssuerResolverUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrustedIssuerResolverUpgraded represents a Upgraded event raised by the TrustedIssuerResolver contract.
type TrustedIssuerResolverUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*TrustedIssuerResolverUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _TrustedIssuerResolver.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &TrustedIssuerResolverUpgradedIterator{contract: _TrustedIssuerResolver.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *TrustedIssuerResolverUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _TrustedIssuerResolver.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrustedIssuerResolverUpgraded)
				if err := _TrustedIssuerResolver.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_TrustedIssuerResolver *TrustedIssuerResolverFilterer) ParseUpgraded(log types.Log) (*TrustedIssuerResolverUpgraded, error) {
	event := new(TrustedIssuerResolverUpgraded)
	if err := _TrustedIssuerResolver.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
