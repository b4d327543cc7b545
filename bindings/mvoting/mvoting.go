// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package mvoting

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

// MVotingElection is an auto generated low-level Go binding around an user-defined struct.
type MVotingElection struct {
	Start        uint64
	End          uint64
	Options      uint8
	MaxChoices   uint8
	Secret       bool
	Cancelled    bool
	ResultPosted bool
	QuorumBps    uint16
	RollSize     uint32
	Ballots      uint32
	Threshold    uint8
	RollRoot     [32]byte
	KeyAddress   common.Address
	PrivateKey   *big.Int
	ResultHash   [32]byte
}

// MVotingNewElection is an auto generated low-level Go binding around an user-defined struct.
type MVotingNewElection struct {
	Title           string
	OptionNames     []string
	MaxChoices      uint8
	Start           uint64
	End             uint64
	RollRoot        [32]byte
	RollSize        uint32
	QuorumBps       uint16
	Secret          bool
	PublicKey       []byte
	Threshold       uint8
	Trustees        []common.Address
	EncryptedShares [][]byte
}

// MVotingMetaData contains all meta data concerning the MVoting contract.
var MVotingMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"VotingAlreadyStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingBadKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadMaxChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadOptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumBps\",\"type\":\"uint256\"}],\"name\":\"VotingBadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"VotingBadTrustees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingBadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ballots\",\"type\":\"uint256\"}],\"name\":\"VotingCountAboveBallots\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxTotal\",\"type\":\"uint256\"}],\"name\":\"VotingCountsAboveChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingDuplicateChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingDuplicateTrustee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingEmptyRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingKeyAlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"VotingKeyNotOnCurve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingKeyNotPublished\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingNoChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingNotOnRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"VotingNotTrustee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingOptionOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingResultLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"counted\",\"type\":\"uint256\"}],\"name\":\"VotingResultMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingResultPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chosen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"}],\"name\":\"VotingTooManyChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingUnknownElection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"VotingWrongBallotKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingWrongKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VotingZeroTrustee\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ElectionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"}],\"name\":\"ElectionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"encryptedShares\",\"type\":\"bytes[]\"}],\"name\":\"ElectionKey\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"}],\"name\":\"ElectionRoll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"ElectionWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"privateKey\",\"type\":\"uint256\"}],\"name\":\"KeyPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"OpenBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"ciphertext\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"SecretBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"share\",\"type\":\"bytes\"}],\"name\":\"ShareRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ELECTION_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ciphertext\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"countsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"internalType\":\"bytes[]\",\"name\":\"encryptedShares\",\"type\":\"bytes[]\"}],\"internalType\":\"structMVoting.NewElection\",\"name\":\"e\",\"type\":\"tuple\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"options\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"resultPosted\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ballots\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"keyAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"privateKey\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMVoting.Election\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"}],\"name\":\"postResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"privateKey\",\"type\":\"uint256\"}],\"name\":\"publishKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"share\",\"type\":\"bytes\"}],\"name\":\"revealShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"turnout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"quorumReached\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a05161342061010960003960008181611e6b01528181611e940152611fc10152600050506134206000f3fe60806040526004361061019c5760003560e01c80637473d1a8116100ec578063a217fddf1161008a578063d414a4c311610064578063d414a4c3146104ee578063d547741f1461050e578063da7422281461052e578063f349f34c1461054e57600080fd5b8063a217fddf1461047b578063ad3cb1cc14610490578063cf61b752146104ce57600080fd5b8063906f6034116100c6578063906f60341461040557806391d1485414610425578063997d2830146104455780639a5c17341461045b57600080fd5b80637473d1a81461039657806378be9944146103b65780637da0a877146103d857600080fd5b806336568abe11610159578063485cc95511610133578063485cc9551461032e5780634f1ef2861461034e57806352d1902d14610361578063572b6c051461037657600080fd5b806336568abe146102a857806340e58ee5146102c857806343859632146102e857600080fd5b806301ffc9a7146101a15780630c90b0c7146101d657806312a0d08214610203578063248a9ca3146102255780632cd30e2b146102535780632f2ff15d14610288575b600080fd5b3480156101ad57600080fd5b506101c16101bc366004612839565b6106f4565b60405190151581526020015b60405180910390f35b3480156101e257600080fd5b506101f66101f1366004612863565b61072b565b6040516101cd919061287c565b34801561020f57600080fd5b5061022361021e36600461294b565b61078d565b005b34801561023157600080fd5b50610245610240366004612863565b610825565b6040519081526020016101cd565b34801561025f57600080fd5b5061027361026e366004612863565b610847565b604080519283529015156020830152016101cd565b34801561029457600080fd5b506102236102a33660046129df565b6108c3565b3480156102b457600080fd5b506102236102c33660046129df565b6108e5565b3480156102d457600080fd5b506102236102e3366004612863565b61092d565b3480156102f457600080fd5b506101c16103033660046129df565b60009182526004602090815260408084206001600160a01b0393909316845291905290205460ff1690565b34801561033a57600080fd5b50610223610349366004612a0b565b610a05565b61022361035c366004612a4b565b610b35565b34801561036d57600080fd5b50610245610b54565b34801561038257600080fd5b506101c1610391366004612b12565b610b71565b3480156103a257600080fd5b506102456103b1366004612b2d565b610b96565b3480156103c257600080fd5b5061024560008051602061338b83398151915281565b3480156103e457600080fd5b506103ed6113c5565b6040516001600160a01b0390911681526020016101cd565b34801561041157600080fd5b50610223610420366004612b68565b6113f8565b34801561043157600080fd5b506101c16104403660046129df565b6114f5565b34801561045157600080fd5b5061024560005481565b34801561046757600080fd5b50610223610476366004612bb3565b61152d565b34801561048757600080fd5b50610245600081565b34801561049c57600080fd5b506104c1604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101cd9190612bf9565b3480156104da57600080fd5b506102236104e9366004612c2c565b61160e565b3480156104fa57600080fd5b50610223610509366004612c6d565b6117b7565b34801561051a57600080fd5b506102236105293660046129df565b6119f0565b34801561053a57600080fd5b50610223610549366004612b12565b611a0c565b34801561055a57600080fd5b506106e7610569366004612863565b604080516101e081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c08101919091525060009081526001602081815260409283902083516101e08101855281546001600160401b038082168352600160401b8204169382019390935260ff600160801b8404811695820195909552600160881b830485166060820152600160901b8304851615156080820152600160981b83048516151560a0820152600160a01b83048516151560c082015261ffff600160a81b84041660e082015263ffffffff600160b81b84048116610100830152600160d81b840416610120820152600160f81b9092049093166101408201529082015461016082015260028201546001600160a01b031661018082015260038201546101a08201526004909101546101c082015290565b6040516101cd9190612cab565b60006001600160e01b03198216637965db0b60e01b148061072557506301ffc9a760e01b6001600160e01b03198316145b92915050565b60008181526002602090815260409182902080548351818402810184019094528084526060939283018282801561078157602002820191906000526020600020905b81548152602001906001019080831161076d575b50505050509050919050565b600061079c8684846001611a20565b905060008490036107c0576040516376f1454b60e01b815260040160405180910390fd5b60006107ca611bcf565b9050806001600160a01b0316877f11950832b9faa47ad37bc78f7b0c3b6694d1463b6ad71609453b97bc2686ad4588886108058c8888611bde565b60405161081493929190612e0f565b60405180910390a350505050505050565b60009081526000805160206133cb833981519152602052604090206001015490565b60008181526001602052604081208054829190600160b81b900463ffffffff1682036108795750600093849350915050565b805463ffffffff600160b81b820481169161089f91600160d81b90910416612710612e4b565b6108a99190612e62565b90549094600160a81b90910461ffff168510159350915050565b6108cc82610825565b6108d581611c7a565b6108df8383611c8e565b50505050565b6108ed611bcf565b6001600160a01b0316816001600160a01b03161461091e5760405163334bd91960e11b815260040160405180910390fd5b6109288282611d3b565b505050565b60008051602061338b83398151915261094581611c7a565b600061095083611dd5565b8054909150600160981b900460ff16156109855760405163f13e8f8b60e01b8152600481018490526024015b60405180910390fd5b80546001600160401b031642106109c45780546040516372a5d17f60e11b8152600481018590526001600160401b03909116602482015260440161097c565b805460ff60981b1916600160981b17815560405183907fc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc428790600090a2505050565b6000610a0f611e1c565b805490915060ff600160401b82041615906001600160401b0316600081158015610a365750825b90506000826001600160401b03166001148015610a525750303b155b905081158015610a60575080155b15610a7e5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610aa857845460ff60401b1916600160401b1785555b610ab187611e45565b610ab9611e56565b610ac1611e56565b610acc600087611c8e565b50610ae560008051602061338b83398151915287611c8e565b508315610b2c57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610b3d611e60565b610b4682611eee565b610b508282611ef9565b5050565b6000610b5e611fb6565b506000805160206133ab83398151915290565b6000610b7b6113c5565b6001600160a01b0316826001600160a01b0316149050919050565b600060008051602061338b833981519152610bb081611c7a565b6000610bbf6020850185612e84565b9150506002811080610bd15750602081115b15610bf25760405163382c81f160e21b81526004810182905260240161097c565b610c026060850160408601612ede565b60ff161580610c22575080610c1d6060860160408701612ede565b60ff16115b15610c5d57610c376060850160408601612ede565b604051634825ed3f60e01b815260ff90911660048201526024810182905260440161097c565b42610c6e6080860160608701612ef9565b6001600160401b03161080610cb35750610c8e6080850160608601612ef9565b6001600160401b0316610ca760a0860160808701612ef9565b6001600160401b031611155b15610d0457610cc86080850160608601612ef9565b610cd860a0860160808701612ef9565b604051635cf069f560e11b81526001600160401b0392831660048201529116602482015260440161097c565b60a08401351580610d285750610d2060e0850160c08601612f22565b63ffffffff16155b15610d465760405163ec627e1560e01b815260040160405180910390fd5b612710610d5a610100860160e08701612f48565b61ffff161115610d9557610d75610100850160e08601612f48565b604051631b571b2360e01b815261ffff909116600482015260240161097c565b6000808154610da390612f6c565b91829055506000818152600160205260409020909350610dc96080860160608701612ef9565b610dd960a0870160808801612ef9565b83610dea6060890160408a01612ede565b610dfc6101208a016101008b01612f85565b855461ffff60881b1916600160901b9115159190910260ff60881b191617600160881b60ff928316021770ffffffffffffffffff00000000000000001916600160801b92909116919091026fffffffffffffffff0000000000000000191617600160401b6001600160401b03928316021767ffffffffffffffff1916911617815560a0850135610e9260e0870160c08801612f22565b610ea3610100880160e08901612f48565b835463ffffffff909216600160b81b0263ffffffff60b81b1961ffff909216600160a81b029190911665ffffffffffff60a81b19909216919091171782556001820155610ef861012086016101008701612f85565b1561116b57610f0b610120860186612fa7565b9050604014610f2d57604051636a02af6560e01b815260040160405180910390fd5b610f43610f3e610120870187612fa7565b611fff565b6000610f53610160870187612e84565b9150610f69905061016087016101408801612ede565b60ff161580610f8b575080610f8661016088016101408901612ede565b60ff16115b80610fa5575080610fa0610180880188612e84565b905014155b15610ff857610fbc61016087016101408801612ede565b81610fcb610180890189612e84565b604051631e49747b60e11b815260ff9094166004850152602484019290925250604482015260640161097c565b611006610120870187612fa7565b604051611014929190612fed565b6040519081900390206002830180546001600160a01b0319166001600160a01b0390921691909117905561105061016087016101408801612ede565b825460ff91909116600160f81b026001600160f81b0390911617825560005b81811015611164576000611087610160890189612e84565b8381811061109757611097612ffd565b90506020020160208101906110ac9190612b12565b90506001600160a01b0381166110d857604051630b0491d560e21b81526004810183905260240161097c565b60008781526005602090815260408083206001600160a01b038516845290915290205460ff161561112e57604051636912ac5f60e01b8152600481018390526001600160a01b038216602482015260440161097c565b60008781526005602090815260408083206001600160a01b03909416835292905220805460ff191660019081179091550161106f565b50506111d2565b816001600160401b0381111561118357611183612a35565b6040519080825280602002602001820160405280156111ac578160200160208202803683370190505b50600085815260026020908152604090912082516111d093919291909101906127d9565b505b837fb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d796111fe8780612fa7565b61120b60208a018a612e84565b60405161121b9493929190613058565b60405180910390a2837fb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d6112556080880160608901612ef9565b61126560a0890160808a01612ef9565b61127560608a0160408b01612ede565b6112876101208b016101008c01612f85565b604080516001600160401b03958616815293909416602084015260ff91909116828401521515606082015290519081900360800190a2837f30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd60a08701356112f460e0890160c08a01612f22565b6113056101008a0160e08b01612f48565b6040805193845263ffffffff909216602084015261ffff169082015260600160405180910390a261133e61012086016101008701612f85565b156113bd57837fec6c497aeabab1f14ab48e6482072b1e1b33d644d59c8b7a7caba57d0f59d972611373610120880188612fa7565b6113856101608a016101408b01612ede565b6113936101608b018b612e84565b6113a16101808d018d612e84565b6040516113b497969594939291906130d8565b60405180910390a25b505050919050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000611403846120a6565b600085815260056020526040812091925061141c611bcf565b6001600160a01b0316815260208101919091526040016000205460ff166114715783611446611bcf565b604051630da571a760e11b815260048101929092526001600160a01b0316602482015260440161097c565b8054600160901b900460ff166114a457604051633e92908160e11b8152600481018590526000602482015260440161097c565b6114ac611bcf565b6001600160a01b0316847ffa437fb7c7a2f4cb002d275cf4ad04f9cb5592417b10b74fa3218396e2f3849385856040516114e79291906131a7565b60405180910390a350505050565b60009182526000805160206133cb833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000611538836120a6565b8054909150600160901b900460ff1661156e57604051633e92908160e11b8152600481018490526000602482015260440161097c565b60038101541561159457604051631827d49160e21b81526004810184905260240161097c565b60028101546115ad9083906001600160a01b031661212e565b6115cd57604051631ebb285760e01b81526004810184905260240161097c565b6003810182905560405182815283907fdc660da990d0773a6a8a959450c81f558a4427bf4294b5d1f8519ff57f753f749060200160405180910390a2505050565b600061161d8684846000611a20565b8054909150600090611646908790879060ff600160801b8204811691600160881b90041661222d565b90506000611652611bcf565b60008981526003602090815260408083206001600160a01b03851684528252808320548c84526002909252822092935063ffffffff1691905b8554600160801b900460ff1681101561172e57600163ffffffff8083169190911b841616156116e2578181815481106116c6576116c6612ffd565b90600052602060002001600081546116dd906131c3565b909155505b600163ffffffff8083169190911b861616156117265781818154811061170a5761170a612ffd565b906000526020600020016000815461172190612f6c565b909155505b60010161168b565b5060008a81526003602090815260408083206001600160a01b0387168085529252909120805463ffffffff191663ffffffff87161790558a7f3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb8b8b611794848b8a611bde565b6040516117a3939291906131da565b60405180910390a350505050505050505050565b60008051602061338b8339815191526117cf81611c7a565b60006117da856120a6565b8054909150600160a01b900460ff161561180a576040516306f727cd60e51b81526004810186905260240161097c565b8054600160801b900460ff16831461184a57805460405163633dc0a360e11b815260048101859052600160801b90910460ff16602482015260440161097c565b8054600160901b900460ff1615611894578060030154600003611883576040516332d31f7d60e01b81526004810186905260240161097c565b61188f85828686612329565b61196c565b60005b8381101561196a5760008681526002602052604090208054829081106118bf576118bf612ffd565b90600052602060002001548585838181106118dc576118dc612ffd565b90506020020135146119625785818686848181106118fc576118fc612ffd565b90506020020135600260008a8152602001908152602001600020848154811061192757611927612ffd565b60009182526020909120015460405163084b8d3160e41b8152600481019490945260248401929092526044830152606482015260840161097c565b600101611897565b505b805460ff60a01b1916600160a01b178155604051611990908590859060200161325d565b60408051601f198184030181529082905280516020909101206004830181905586917f31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b3916119e19188918891613271565b60405180910390a25050505050565b6119f982610825565b611a0281611c7a565b6108df8383611d3b565b6000611a1781611c7a565b610b5082612449565b6000611a2b85611dd5565b8054909150600160981b900460ff1615611a5b5760405163f13e8f8b60e01b81526004810186905260240161097c565b80546001600160401b0316421080611a8457508054600160401b90046001600160401b03164210155b15611acd578054604051631fa5a2fd60e11b8152600481018790524260248201526001600160401b038083166044830152600160401b909204909116606482015260840161097c565b805460ff600160901b90910416151582151514611b14578054604051633e92908160e11b815260048101879052600160901b90910460ff161515602482015260440161097c565b6000611b1e611bcf565b8254604080516001600160a01b039093166020840152600160b81b90910463ffffffff169082015260600160408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050611b8e85858460010154846124b2565b611bc65785611b9b611bcf565b60405163050aaaaf60e51b815260048101929092526001600160a01b0316602482015260440161097c565b50949350505050565b6000611bd96124ca565b905090565b60008381526004602090815260408083206001600160a01b038516845290915290205460ff1680611c735760008481526004602090815260408083206001600160a01b03861684529091529020805460ff1916600117905582548390601b90611c549063ffffffff600160d81b90910416613295565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b9392505050565b611c8b81611c86611bcf565b612512565b50565b60006000805160206133cb833981519152611ca984846114f5565b611d2a576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611ce0611bcf565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610725565b6000915050610725565b5092915050565b60006000805160206133cb833981519152611d5684846114f5565b15611d2a576000848152602082815260408083206001600160a01b03871684529091529020805460ff19169055611d8b611bcf565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610725565b600081815260016020526040812080549091600160b81b90910463ffffffff169003611e175760405163d06695d160e01b81526004810183905260240161097c565b919050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610725565b611e4d61254b565b611c8b81612449565b611e5e61254b565b565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480611ed057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611ec4612570565b6001600160a01b031614155b15611e5e5760405163703e46dd60e11b815260040160405180910390fd5b6000610b5081611c7a565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611f53575060408051601f3d908101601f19168201909252611f50918101906132ba565b60015b611f7b57604051634c9c8ce360e01b81526001600160a01b038316600482015260240161097c565b6000805160206133ab8339815191528114611fac57604051632a87526960e21b81526004810182905260240161097c565b6109288383612586565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611e5e5760405163703e46dd60e11b815260040160405180910390fd5b600061200e60208284866132d3565b612017916132fd565b9050600061202883602081876132d3565b612031916132fd565b90506401000003d0198210158061204e57506401000003d0198110155b8061207e57506401000003d01960076401000003d019846401000003d01986870909086401000003d01982830914155b156108df5760405163c58f134f60e01b8152600481018390526024810182905260440161097c565b60006120b182611dd5565b8054909150600160981b900460ff16156120e15760405163f13e8f8b60e01b81526004810183905260240161097c565b8054600160401b90046001600160401b0316421015611e17578054604051631cb7581560e11b815260048101849052600160401b9091046001600160401b0316602482015260440161097c565b600082158061214f575070014551231950b75fc4402da1732fc9bebe198310155b1561215c57506000610725565b6001600160a01b03821660016000601b7f79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f8179870014551231950b75fc4402da1732fc9bebe197f79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f8179889096040805160008152602081018083529590955260ff909316928401929092526060830152608082015260a0016020604051602081039080840390855afa158015612211573d6000803e3d6000fd5b505050602060405103516001600160a01b031614905092915050565b600083810361224f576040516376f1454b60e01b815260040160405180910390fd5b60ff821684111561227f5760405163bdf6e7e760e01b81526004810185905260ff8316602482015260440161097c565b60005b84811015611bc657600086868381811061229e5761229e612ffd565b90506020020160208101906122b39190612ede565b90508460ff168160ff16106122e857604051631ee1b3bb60e01b815260ff80831660048301528616602482015260440161097c565b600160ff82161b83811663ffffffff161561231b576040516360083cbf60e11b815260ff8316600482015260240161097c565b929092179150600101612282565b8254600160d81b900463ffffffff166000805b838110156123df578285858381811061235757612357612ffd565b9050602002013511156123b157868186868481811061237857612378612ffd565b604051632ee95c1760e01b815260048101959095526024850193909352506020909102013560448201526064810184905260840161097c565b8484828181106123c3576123c3612ffd565b90506020020135826123d5919061331b565b915060010161233c565b5084546123f690600160881b900460ff1683612e4b565b8111156124415784548690829061241790600160881b900460ff1685612e4b565b60405163bac7ca0560e01b815260048101939093526024830191909152604482015260640161097c565b505050505050565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6000826124c08686856125dc565b1495945050505050565b60003660148082108015906124e357506124e333610b71565b1561250a576124f7368284038160006132d3565b6125009161332e565b60601c9250505090565b339250505090565b61251c82826114f5565b610b505760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161097c565b612553612615565b611e5e57604051631afcd79f60e31b815260040160405180910390fd5b60006000805160206133ab8339815191526113e9565b61258f8261262f565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156125d4576109288282612694565b610b5061270a565b600081815b84811015611bc65761260b828787848181106125ff576125ff612ffd565b90506020020135612729565b91506001016125e1565b600061261f611e1c565b54600160401b900460ff16919050565b806001600160a01b03163b60000361266557604051634c9c8ce360e01b81526001600160a01b038216600482015260240161097c565b6000805160206133ab83398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516126b1919061336e565b600060405180830381855af49150503d80600081146126ec576040519150601f19603f3d011682016040523d82523d6000602084013e6126f1565b606091505b5091509150612701858383612755565b95945050505050565b3415611e5e5760405163b398979f60e01b815260040160405180910390fd5b6000818310612745576000828152602084905260409020611c73565b5060009182526020526040902090565b60608261276a57612765826127b1565b611c73565b815115801561278157506001600160a01b0384163b155b156127aa57604051639996b31560e01b81526001600160a01b038516600482015260240161097c565b5080611c73565b8051156127c057805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b828054828255906000526020600020908101928215612814579160200282015b828111156128145782518255916020019190600101906127f9565b50612820929150612824565b5090565b5b808211156128205760008155600101612825565b60006020828403121561284b57600080fd5b81356001600160e01b031981168114611c7357600080fd5b60006020828403121561287557600080fd5b5035919050565b602080825282518282018190526000918401906040840190835b818110156128b4578351835260209384019390920191600101612896565b509095945050505050565b60008083601f8401126128d157600080fd5b5081356001600160401b038111156128e857600080fd5b60208301915083602082850101111561290057600080fd5b9250929050565b60008083601f84011261291957600080fd5b5081356001600160401b0381111561293057600080fd5b6020830191508360208260051b850101111561290057600080fd5b60008060008060006060868803121561296357600080fd5b8535945060208601356001600160401b0381111561298057600080fd5b61298c888289016128bf565b90955093505060408601356001600160401b038111156129ab57600080fd5b6129b788828901612907565b969995985093965092949392505050565b80356001600160a01b0381168114611e1757600080fd5b600080604083850312156129f257600080fd5b82359150612a02602084016129c8565b90509250929050565b60008060408385031215612a1e57600080fd5b612a27836129c8565b9150612a02602084016129c8565b634e487b7160e01b600052604160045260246000fd5b60008060408385031215612a5e57600080fd5b612a67836129c8565b915060208301356001600160401b03811115612a8257600080fd5b8301601f81018513612a9357600080fd5b80356001600160401b03811115612aac57612aac612a35565b604051601f8201601f19908116603f011681016001600160401b0381118282101715612ada57612ada612a35565b604052818152828201602001871015612af257600080fd5b816020840160208301376000602083830101528093505050509250929050565b600060208284031215612b2457600080fd5b611c73826129c8565b600060208284031215612b3f57600080fd5b81356001600160401b03811115612b5557600080fd5b82016101a08185031215611c7357600080fd5b600080600060408486031215612b7d57600080fd5b8335925060208401356001600160401b03811115612b9a57600080fd5b612ba6868287016128bf565b9497909650939450505050565b60008060408385031215612bc657600080fd5b50508035926020909101359150565b60005b83811015612bf0578181015183820152602001612bd8565b50506000910152565b6020815260008251806020840152612c18816040850160208701612bd5565b601f01601f19169190910160400192915050565b600080600080600060608688031215612c4457600080fd5b8535945060208601356001600160401b03811115612c6157600080fd5b61298c88828901612907565b600080600060408486031215612c8257600080fd5b8335925060208401356001600160401b03811115612c9f57600080fd5b612ba686828701612907565b81516001600160401b031681526101e081016020830151612cd760208401826001600160401b03169052565b506040830151612cec604084018260ff169052565b506060830151612d01606084018260ff169052565b506080830151612d15608084018215159052565b5060a0830151612d2960a084018215159052565b5060c0830151612d3d60c084018215159052565b5060e0830151612d5360e084018261ffff169052565b50610100830151612d6d61010084018263ffffffff169052565b50610120830151612d8761012084018263ffffffff169052565b50610140830151612d9e61014084018260ff169052565b50610160830151610160830152610180830151612dc76101808401826001600160a01b03169052565b506101a08301516101a08301526101c08301516101c083015292915050565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b604081526000612e23604083018587612de6565b90508215156020830152949350505050565b634e487b7160e01b600052601160045260246000fd5b808202811582820484141761072557610725612e35565b600082612e7f57634e487b7160e01b600052601260045260246000fd5b500490565b6000808335601e19843603018112612e9b57600080fd5b8301803591506001600160401b03821115612eb557600080fd5b6020019150600581901b360382131561290057600080fd5b803560ff81168114611e1757600080fd5b600060208284031215612ef057600080fd5b611c7382612ecd565b600060208284031215612f0b57600080fd5b81356001600160401b0381168114611c7357600080fd5b600060208284031215612f3457600080fd5b813563ffffffff81168114611c7357600080fd5b600060208284031215612f5a57600080fd5b813561ffff81168114611c7357600080fd5b600060018201612f7e57612f7e612e35565b5060010190565b600060208284031215612f9757600080fd5b81358015158114611c7357600080fd5b6000808335601e19843603018112612fbe57600080fd5b8301803591506001600160401b03821115612fd857600080fd5b60200191503681900382131561290057600080fd5b8183823760009101908152919050565b634e487b7160e01b600052603260045260246000fd5b6000808335601e1984360301811261302a57600080fd5b83016020810192503590506001600160401b0381111561304957600080fd5b80360382131561290057600080fd5b60408152600061306c604083018688612de6565b82810360208401528084825260208201905060208560051b8301018660005b878110156130c957848303601f190184526130a6828a613013565b6130b1858284612de6565b6020968701969095509390930192505060010161308b565b50909998505050505050505050565b6080815260006130ec60808301898b612de6565b60ff8816602084810191909152838203604085015286825287910160005b87811015613138576001600160a01b03613123846129c8565b1682526020928301929091019060010161310a565b50838103606085015284815260208082019250600586901b8201018660005b8781101561319557838303601f19018552613172828a613013565b61317d858284612de6565b60209788019790955093909301925050600101613157565b50909c9b505050505050505050505050565b6020815260006131bb602083018486612de6565b949350505050565b6000816131d2576131d2612e35565b506000190190565b6040808252810183905260008460608301825b868110156132155760ff61320084612ecd565b168252602092830192909101906001016131ed565b5080925050508215156020830152949350505050565b81835260006001600160fb1b0383111561324457600080fd5b8260051b80836020870137939093016020019392505050565b6020815260006131bb60208301848661322b565b60408152600061328560408301858761322b565b9050826020830152949350505050565b600063ffffffff821663ffffffff81036132b1576132b1612e35565b60010192915050565b6000602082840312156132cc57600080fd5b5051919050565b600080858511156132e357600080fd5b838611156132f057600080fd5b5050820193919092039150565b8035602083101561072557600019602084900360031b1b1692915050565b8082018082111561072557610725612e35565b80356bffffffffffffffffffffffff198116906014841015611d34576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b60008251613380818460208701612bd5565b919091019291505056fe16f50c1fe196fa8f2d59c3eca367f2f7bf83b35c12ed36436b26d5af3695f5c4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220d708c64b7d1f64579ae9043ba660645ed95322dde26dba080566183d2af5966964736f6c634300081c0033",
}

// MVotingABI is the input ABI used to generate the binding from.
// Deprecated: Use MVotingMetaData.ABI instead.
var MVotingABI = MVotingMetaData.ABI

// MVotingBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MVotingMetaData.Bin instead.
var MVotingBin = MVotingMetaData.Bin

// DeployMVoting deploys a new Ethereum contract, binding an instance of MVoting to it.
func DeployMVoting(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *MVoting, error) {
	parsed, err := MVotingMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MVotingBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MVoting{MVotingCaller: MVotingCaller{contract: contract}, MVotingTransactor: MVotingTransactor{contract: contract}, MVotingFilterer: MVotingFilterer{contract: contract}}, nil
}

// MVoting is an auto generated Go binding around an Ethereum contract.
type MVoting struct {
	MVotingCaller     // Read-only binding to the contract
	MVotingTransactor // Write-only binding to the contract
	MVotingFilterer   // Log filterer for contract events
}

// MVotingCaller is an auto generated read-only Go binding around an Ethereum contract.
type MVotingCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MVotingTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MVotingTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MVotingFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MVotingFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MVotingSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MVotingSession struct {
	Contract     *MVoting          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MVotingCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MVotingCallerSession struct {
	Contract *MVotingCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// MVotingTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MVotingTransactorSession struct {
	Contract     *MVotingTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// MVotingRaw is an auto generated low-level Go binding around an Ethereum contract.
type MVotingRaw struct {
	Contract *MVoting // Generic contract binding to access the raw methods on
}

// MVotingCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MVotingCallerRaw struct {
	Contract *MVotingCaller // Generic read-only contract binding to access the raw methods on
}

// MVotingTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MVotingTransactorRaw struct {
	Contract *MVotingTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMVoting creates a new instance of MVoting, bound to a specific deployed contract.
func NewMVoting(address common.Address, backend bind.ContractBackend) (*MVoting, error) {
	contract, err := bindMVoting(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MVoting{MVotingCaller: MVotingCaller{contract: contract}, MVotingTransactor: MVotingTransactor{contract: contract}, MVotingFilterer: MVotingFilterer{contract: contract}}, nil
}

// NewMVotingCaller creates a new read-only instance of MVoting, bound to a specific deployed contract.
func NewMVotingCaller(address common.Address, caller bind.ContractCaller) (*MVotingCaller, error) {
	contract, err := bindMVoting(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MVotingCaller{contract: contract}, nil
}

// NewMVotingTransactor creates a new write-only instance of MVoting, bound to a specific deployed contract.
func NewMVotingTransactor(address common.Address, transactor bind.ContractTransactor) (*MVotingTransactor, error) {
	contract, err := bindMVoting(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MVotingTransactor{contract: contract}, nil
}

// NewMVotingFilterer creates a new log filterer instance of MVoting, bound to a specific deployed contract.
func NewMVotingFilterer(address common.Address, filterer bind.ContractFilterer) (*MVotingFilterer, error) {
	contract, err := bindMVoting(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MVotingFilterer{contract: contract}, nil
}

// bindMVoting binds a generic wrapper to an already deployed contract.
func bindMVoting(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MVotingMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MVoting *MVotingRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MVoting.Contract.MVotingCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MVoting *MVotingRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MVoting.Contract.MVotingTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MVoting *MVotingRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MVoting.Contract.MVotingTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MVoting *MVotingCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MVoting.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MVoting *MVotingTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MVoting.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MVoting *MVotingTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MVoting.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_MVoting *MVotingCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_MVoting *MVotingSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _MVoting.Contract.DEFAULTADMINROLE(&_MVoting.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_MVoting *MVotingCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _MVoting.Contract.DEFAULTADMINROLE(&_MVoting.CallOpts)
}

// ELECTIONADMINROLE is a free data retrieval call binding the contract method 0x78be9944.
//
// Solidity: function ELECTION_ADMIN_ROLE() view returns(bytes32)
func (_MVoting *MVotingCaller) ELECTIONADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "ELECTION_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ELECTIONADMINROLE is a free data retrieval call binding the contract method 0x78be9944.
//
// Solidity: function ELECTION_ADMIN_ROLE() view returns(bytes32)
func (_MVoting *MVotingSession) ELECTIONADMINROLE() ([32]byte, error) {
	return _MVoting.Contract.ELECTIONADMINROLE(&_MVoting.CallOpts)
}

// ELECTIONADMINROLE is a free data retrieval call binding the contract method 0x78be9944.
//
// Solidity: function ELECTION_ADMIN_ROLE() view returns(bytes32)
func (_MVoting *MVotingCallerSession) ELECTIONADMINROLE() ([32]byte, error) {
	return _MVoting.Contract.ELECTIONADMINROLE(&_MVoting.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_MVoting *MVotingCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_MVoting *MVotingSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _MVoting.Contract.UPGRADEINTERFACEVERSION(&_MVoting.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_MVoting *MVotingCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _MVoting.Contract.UPGRADEINTERFACEVERSION(&_MVoting.CallOpts)
}

// CountsOf is a free data retrieval call binding the contract method 0x0c90b0c7.
//
// Solidity: function countsOf(uint256 id) view returns(uint256[])
func (_MVoting *MVotingCaller) CountsOf(opts *bind.CallOpts, id *big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "countsOf", id)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// CountsOf is a free data retrieval call binding the contract method 0x0c90b0c7.
//
// Solidity: function countsOf(uint256 id) view returns(uint256[])
func (_MVoting *MVotingSession) CountsOf(id *big.Int) ([]*big.Int, error) {
	return _MVoting.Contract.CountsOf(&_MVoting.CallOpts, id)
}

// CountsOf is a free data retrieval call binding the contract method 0x0c90b0c7.
//
// Solidity: function countsOf(uint256 id) view returns(uint256[])
func (_MVoting *MVotingCallerSession) CountsOf(id *big.Int) ([]*big.Int, error) {
	return _MVoting.Contract.CountsOf(&_MVoting.CallOpts, id)
}

// ElectionCount is a free data retrieval call binding the contract method 0x997d2830.
//
// Solidity: function electionCount() view returns(uint256)
func (_MVoting *MVotingCaller) ElectionCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "electionCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ElectionCount is a free data retrieval call binding the contract method 0x997d2830.
//
// Solidity: function electionCount() view returns(uint256)
func (_MVoting *MVotingSession) ElectionCount() (*big.Int, error) {
	return _MVoting.Contract.ElectionCount(&_MVoting.CallOpts)
}

// ElectionCount is a free data retrieval call binding the contract method 0x997d2830.
//
// Solidity: function electionCount() view returns(uint256)
func (_MVoting *MVotingCallerSession) ElectionCount() (*big.Int, error) {
	return _MVoting.Contract.ElectionCount(&_MVoting.CallOpts)
}

// ElectionOf is a free data retrieval call binding the contract method 0xf349f34c.
//
// Solidity: function electionOf(uint256 id) view returns((uint64,uint64,uint8,uint8,bool,bool,bool,uint16,uint32,uint32,uint8,bytes32,address,uint256,bytes32))
func (_MVoting *MVotingCaller) ElectionOf(opts *bind.CallOpts, id *big.Int) (MVotingElection, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "electionOf", id)

	if err != nil {
		return *new(MVotingElection), err
	}

	out0 := *abi.ConvertType(out[0], new(MVotingElection)).(*MVotingElection)

	return out0, err

}

// ElectionOf is a free data retrieval call binding the contract method 0xf349f34c.
//
// Solidity: function electionOf(uint256 id) view returns((uint64,uint64,uint8,uint8,bool,bool,bool,uint16,uint32,uint32,uint8,bytes32,address,uint256,bytes32))
func (_MVoting *MVotingSession) ElectionOf(id *big.Int) (MVotingElection, error) {
	return _MVoting.Contract.ElectionOf(&_MVoting.CallOpts, id)
}

// ElectionOf is a free data retrieval call binding the contract method 0xf349f34c.
//
// Solidity: function electionOf(uint256 id) view returns((uint64,uint64,uint8,uint8,bool,bool,bool,uint16,uint32,uint32,uint8,bytes32,address,uint256,bytes32))
func (_MVoting *MVotingCallerSession) ElectionOf(id *big.Int) (MVotingElection, error) {
	return _MVoting.Contract.ElectionOf(&_MVoting.CallOpts, id)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_MVoting *MVotingCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_MVoting *MVotingSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _MVoting.Contract.GetRoleAdmin(&_MVoting.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_MVoting *MVotingCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _MVoting.Contract.GetRoleAdmin(&_MVoting.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_MVoting *MVotingCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_MVoting *MVotingSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _MVoting.Contract.HasRole(&_MVoting.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_MVoting *MVotingCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _MVoting.Contract.HasRole(&_MVoting.CallOpts, role, account)
}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (_MVoting *MVotingCaller) HasVoted(opts *bind.CallOpts, id *big.Int, voter common.Address) (bool, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "hasVoted", id, voter)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (_MVoting *MVotingSession) HasVoted(id *big.Int, voter common.Address) (bool, error) {
	return _MVoting.Contract.HasVoted(&_MVoting.CallOpts, id, voter)
}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (_MVoting *MVotingCallerSession) HasVoted(id *big.Int, voter common.Address) (bool, error) {
	return _MVoting.Contract.HasVoted(&_MVoting.CallOpts, id, voter)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_MVoting *MVotingCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_MVoting *MVotingSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _MVoting.Contract.IsTrustedForwarder(&_MVoting.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_MVoting *MVotingCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _MVoting.Contract.IsTrustedForwarder(&_MVoting.CallOpts, forwarder)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_MVoting *MVotingCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_MVoting *MVotingSession) ProxiableUUID() ([32]byte, error) {
	return _MVoting.Contract.ProxiableUUID(&_MVoting.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_MVoting *MVotingCallerSession) ProxiableUUID() ([32]byte, error) {
	return _MVoting.Contract.ProxiableUUID(&_MVoting.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_MVoting *MVotingCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_MVoting *MVotingSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _MVoting.Contract.SupportsInterface(&_MVoting.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_MVoting *MVotingCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _MVoting.Contract.SupportsInterface(&_MVoting.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_MVoting *MVotingCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_MVoting *MVotingSession) TrustedForwarder() (common.Address, error) {
	return _MVoting.Contract.TrustedForwarder(&_MVoting.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_MVoting *MVotingCallerSession) TrustedForwarder() (common.Address, error) {
	return _MVoting.Contract.TrustedForwarder(&_MVoting.CallOpts)
}

// Turnout is a free data retrieval call binding the contract method 0x2cd30e2b.
//
// Solidity: function turnout(uint256 id) view returns(uint256 bps, bool quorumReached)
func (_MVoting *MVotingCaller) Turnout(opts *bind.CallOpts, id *big.Int) (struct {
	Bps           *big.Int
	QuorumReached bool
}, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "turnout", id)

	outstruct := new(struct {
		Bps           *big.Int
		QuorumReached bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Bps = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.QuorumReached = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// Turnout is a free data retrieval call binding the contract method 0x2cd30e2b.
//
// Solidity: function turnout(uint256 id) view returns(uint256 bps, bool quorumReached)
func (_MVoting *MVotingSession) Turnout(id *big.Int) (struct {
	Bps           *big.Int
	QuorumReached bool
}, error) {
	return _MVoting.Contract.Turnout(&_MVoting.CallOpts, id)
}

// Turnout is a free data retrieval call binding the contract method 0x2cd30e2b.
//
// Solidity: function turnout(uint256 id) view returns(uint256 bps, bool quorumReached)
func (_MVoting *MVotingCallerSession) Turnout(id *big.Int) (struct {
	Bps           *big.Int
	QuorumReached bool
}, error) {
	return _MVoting.Contract.Turnout(&_MVoting.CallOpts, id)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 id) returns()
func (_MVoting *MVotingTransactor) Cancel(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "cancel", id)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 id) returns()
func (_MVoting *MVotingSession) Cancel(id *big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.Cancel(&_MVoting.TransactOpts, id)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 id) returns()
func (_MVoting *MVotingTransactorSession) Cancel(id *big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.Cancel(&_MVoting.TransactOpts, id)
}

// CastOpen is a paid mutator transaction binding the contract method 0xcf61b752.
//
// Solidity: function castOpen(uint256 id, uint8[] choices, bytes32[] proof) returns()
func (_MVoting *MVotingTransactor) CastOpen(opts *bind.TransactOpts, id *big.Int, choices []uint8, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "castOpen", id, choices, proof)
}

// CastOpen is a paid mutator transaction binding the contract method 0xcf61b752.
//
// Solidity: function castOpen(uint256 id, uint8[] choices, bytes32[] proof) returns()
func (_MVoting *MVotingSession) CastOpen(id *big.Int, choices []uint8, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CastOpen(&_MVoting.TransactOpts, id, choices, proof)
}

// CastOpen is a paid mutator transaction binding the contract method 0xcf61b752.
//
// Solidity: function castOpen(uint256 id, uint8[] choices, bytes32[] proof) returns()
func (_MVoting *MVotingTransactorSession) CastOpen(id *big.Int, choices []uint8, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CastOpen(&_MVoting.TransactOpts, id, choices, proof)
}

// CastSecret is a paid mutator transaction binding the contract method 0x12a0d082.
//
// Solidity: function castSecret(uint256 id, bytes ciphertext, bytes32[] proof) returns()
func (_MVoting *MVotingTransactor) CastSecret(opts *bind.TransactOpts, id *big.Int, ciphertext []byte, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "castSecret", id, ciphertext, proof)
}

// CastSecret is a paid mutator transaction binding the contract method 0x12a0d082.
//
// Solidity: function castSecret(uint256 id, bytes ciphertext, bytes32[] proof) returns()
func (_MVoting *MVotingSession) CastSecret(id *big.Int, ciphertext []byte, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CastSecret(&_MVoting.TransactOpts, id, ciphertext, proof)
}

// CastSecret is a paid mutator transaction binding the contract method 0x12a0d082.
//
// Solidity: function castSecret(uint256 id, bytes ciphertext, bytes32[] proof) returns()
func (_MVoting *MVotingTransactorSession) CastSecret(id *big.Int, ciphertext []byte, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CastSecret(&_MVoting.TransactOpts, id, ciphertext, proof)
}

// Create is a paid mutator transaction binding the contract method 0x7473d1a8.
//
// Solidity: function create((string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,bytes,uint8,address[],bytes[]) e) returns(uint256 id)
func (_MVoting *MVotingTransactor) Create(opts *bind.TransactOpts, e MVotingNewElection) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "create", e)
}

// Create is a paid mutator transaction binding the contract method 0x7473d1a8.
//
// Solidity: function create((string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,bytes,uint8,address[],bytes[]) e) returns(uint256 id)
func (_MVoting *MVotingSession) Create(e MVotingNewElection) (*types.Transaction, error) {
	return _MVoting.Contract.Create(&_MVoting.TransactOpts, e)
}

// Create is a paid mutator transaction binding the contract method 0x7473d1a8.
//
// Solidity: function create((string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,bytes,uint8,address[],bytes[]) e) returns(uint256 id)
func (_MVoting *MVotingTransactorSession) Create(e MVotingNewElection) (*types.Transaction, error) {
	return _MVoting.Contract.Create(&_MVoting.TransactOpts, e)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_MVoting *MVotingTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_MVoting *MVotingSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.GrantRole(&_MVoting.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_MVoting *MVotingTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.GrantRole(&_MVoting.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_MVoting *MVotingTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "initialize", forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_MVoting *MVotingSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.Initialize(&_MVoting.TransactOpts, forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_MVoting *MVotingTransactorSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.Initialize(&_MVoting.TransactOpts, forwarder, admin)
}

// PostResult is a paid mutator transaction binding the contract method 0xd414a4c3.
//
// Solidity: function postResult(uint256 id, uint256[] counts) returns()
func (_MVoting *MVotingTransactor) PostResult(opts *bind.TransactOpts, id *big.Int, counts []*big.Int) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "postResult", id, counts)
}

// PostResult is a paid mutator transaction binding the contract method 0xd414a4c3.
//
// Solidity: function postResult(uint256 id, uint256[] counts) returns()
func (_MVoting *MVotingSession) PostResult(id *big.Int, counts []*big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.PostResult(&_MVoting.TransactOpts, id, counts)
}

// PostResult is a paid mutator transaction binding the contract method 0xd414a4c3.
//
// Solidity: function postResult(uint256 id, uint256[] counts) returns()
func (_MVoting *MVotingTransactorSession) PostResult(id *big.Int, counts []*big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.PostResult(&_MVoting.TransactOpts, id, counts)
}

// PublishKey is a paid mutator transaction binding the contract method 0x9a5c1734.
//
// Solidity: function publishKey(uint256 id, uint256 privateKey) returns()
func (_MVoting *MVotingTransactor) PublishKey(opts *bind.TransactOpts, id *big.Int, privateKey *big.Int) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "publishKey", id, privateKey)
}

// PublishKey is a paid mutator transaction binding the contract method 0x9a5c1734.
//
// Solidity: function publishKey(uint256 id, uint256 privateKey) returns()
func (_MVoting *MVotingSession) PublishKey(id *big.Int, privateKey *big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.PublishKey(&_MVoting.TransactOpts, id, privateKey)
}

// PublishKey is a paid mutator transaction binding the contract method 0x9a5c1734.
//
// Solidity: function publishKey(uint256 id, uint256 privateKey) returns()
func (_MVoting *MVotingTransactorSession) PublishKey(id *big.Int, privateKey *big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.PublishKey(&_MVoting.TransactOpts, id, privateKey)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_MVoting *MVotingTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_MVoting *MVotingSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.RenounceRole(&_MVoting.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_MVoting *MVotingTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.RenounceRole(&_MVoting.TransactOpts, role, callerConfirmation)
}

// RevealShare is a paid mutator transaction binding the contract method 0x906f6034.
//
// Solidity: function revealShare(uint256 id, bytes share) returns()
func (_MVoting *MVotingTransactor) RevealShare(opts *bind.TransactOpts, id *big.Int, share []byte) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "revealShare", id, share)
}

// RevealShare is a paid mutator transaction binding the contract method 0x906f6034.
//
// Solidity: function revealShare(uint256 id, bytes share) returns()
func (_MVoting *MVotingSession) RevealShare(id *big.Int, share []byte) (*types.Transaction, error) {
	return _MVoting.Contract.RevealShare(&_MVoting.TransactOpts, id, share)
}

// RevealShare is a paid mutator transaction binding the contract method 0x906f6034.
//
// Solidity: function revealShare(uint256 id, bytes share) returns()
func (_MVoting *MVotingTransactorSession) RevealShare(id *big.Int, share []byte) (*types.Transaction, error) {
	return _MVoting.Contract.RevealShare(&_MVoting.TransactOpts, id, share)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_MVoting *MVotingTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_MVoting *MVotingSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.RevokeRole(&_MVoting.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_MVoting *MVotingTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.RevokeRole(&_MVoting.TransactOpts, role, account)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_MVoting *MVotingTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_MVoting *MVotingSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.SetTrustedForwarder(&_MVoting.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_MVoting *MVotingTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.SetTrustedForwarder(&_MVoting.TransactOpts, forwarder)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_MVoting *MVotingTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_MVoting *MVotingSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _MVoting.Contract.UpgradeToAndCall(&_MVoting.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_MVoting *MVotingTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _MVoting.Contract.UpgradeToAndCall(&_MVoting.TransactOpts, newImplementation, data)
}

// MVotingElectionCancelledIterator is returned from FilterElectionCancelled and is used to iterate over the raw logs and unpacked data for ElectionCancelled events raised by the MVoting contract.
type MVotingElectionCancelledIterator struct {
	Event *MVotingElectionCancelled // Event containing the contract specifics and raw log

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
func (it *MVotingElectionCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionCancelled)
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
		it.Event = new(MVotingElectionCancelled)
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
func (it *MVotingElectionCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionCancelled represents a ElectionCancelled event raised by the MVoting contract.
type MVotingElectionCancelled struct {
	Id  *big.Int
	Raw types.Log // Blockchain specific contextual infos
}

// FilterElectionCancelled is a free log retrieval operation binding the contract event 0xc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc4287.
//
// Solidity: event ElectionCancelled(uint256 indexed id)
func (_MVoting *MVotingFilterer) FilterElectionCancelled(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionCancelledIterator{contract: _MVoting.contract, event: "ElectionCancelled", logs: logs, sub: sub}, nil
}

// WatchElectionCancelled is a free log subscription operation binding the contract event 0xc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc4287.
//
// Solidity: event ElectionCancelled(uint256 indexed id)
func (_MVoting *MVotingFilterer) WatchElectionCancelled(opts *bind.WatchOpts, sink chan<- *MVotingElectionCancelled, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionCancelled)
				if err := _MVoting.contract.UnpackLog(event, "ElectionCancelled", log); err != nil {
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

// ParseElectionCancelled is a log parse operation binding the contract event 0xc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc4287.
//
// Solidity: event ElectionCancelled(uint256 indexed id)
func (_MVoting *MVotingFilterer) ParseElectionCancelled(log types.Log) (*MVotingElectionCancelled, error) {
	event := new(MVotingElectionCancelled)
	if err := _MVoting.contract.UnpackLog(event, "ElectionCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingElectionCreatedIterator is returned from FilterElectionCreated and is used to iterate over the raw logs and unpacked data for ElectionCreated events raised by the MVoting contract.
type MVotingElectionCreatedIterator struct {
	Event *MVotingElectionCreated // Event containing the contract specifics and raw log

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
func (it *MVotingElectionCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionCreated)
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
		it.Event = new(MVotingElectionCreated)
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
func (it *MVotingElectionCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionCreated represents a ElectionCreated event raised by the MVoting contract.
type MVotingElectionCreated struct {
	Id          *big.Int
	Title       string
	OptionNames []string
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterElectionCreated is a free log retrieval operation binding the contract event 0xb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d79.
//
// Solidity: event ElectionCreated(uint256 indexed id, string title, string[] optionNames)
func (_MVoting *MVotingFilterer) FilterElectionCreated(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionCreatedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionCreated", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionCreatedIterator{contract: _MVoting.contract, event: "ElectionCreated", logs: logs, sub: sub}, nil
}

// WatchElectionCreated is a free log subscription operation binding the contract event 0xb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d79.
//
// Solidity: event ElectionCreated(uint256 indexed id, string title, string[] optionNames)
func (_MVoting *MVotingFilterer) WatchElectionCreated(opts *bind.WatchOpts, sink chan<- *MVotingElectionCreated, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionCreated", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionCreated)
				if err := _MVoting.contract.UnpackLog(event, "ElectionCreated", log); err != nil {
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

// ParseElectionCreated is a log parse operation binding the contract event 0xb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d79.
//
// Solidity: event ElectionCreated(uint256 indexed id, string title, string[] optionNames)
func (_MVoting *MVotingFilterer) ParseElectionCreated(log types.Log) (*MVotingElectionCreated, error) {
	event := new(MVotingElectionCreated)
	if err := _MVoting.contract.UnpackLog(event, "ElectionCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingElectionKeyIterator is returned from FilterElectionKey and is used to iterate over the raw logs and unpacked data for ElectionKey events raised by the MVoting contract.
type MVotingElectionKeyIterator struct {
	Event *MVotingElectionKey // Event containing the contract specifics and raw log

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
func (it *MVotingElectionKeyIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionKey)
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
		it.Event = new(MVotingElectionKey)
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
func (it *MVotingElectionKeyIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionKeyIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionKey represents a ElectionKey event raised by the MVoting contract.
type MVotingElectionKey struct {
	Id              *big.Int
	PublicKey       []byte
	Threshold       uint8
	Trustees        []common.Address
	EncryptedShares [][]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterElectionKey is a free log retrieval operation binding the contract event 0xec6c497aeabab1f14ab48e6482072b1e1b33d644d59c8b7a7caba57d0f59d972.
//
// Solidity: event ElectionKey(uint256 indexed id, bytes publicKey, uint8 threshold, address[] trustees, bytes[] encryptedShares)
func (_MVoting *MVotingFilterer) FilterElectionKey(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionKeyIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionKey", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionKeyIterator{contract: _MVoting.contract, event: "ElectionKey", logs: logs, sub: sub}, nil
}

// WatchElectionKey is a free log subscription operation binding the contract event 0xec6c497aeabab1f14ab48e6482072b1e1b33d644d59c8b7a7caba57d0f59d972.
//
// Solidity: event ElectionKey(uint256 indexed id, bytes publicKey, uint8 threshold, address[] trustees, bytes[] encryptedShares)
func (_MVoting *MVotingFilterer) WatchElectionKey(opts *bind.WatchOpts, sink chan<- *MVotingElectionKey, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionKey", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionKey)
				if err := _MVoting.contract.UnpackLog(event, "ElectionKey", log); err != nil {
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

// ParseElectionKey is a log parse operation binding the contract event 0xec6c497aeabab1f14ab48e6482072b1e1b33d644d59c8b7a7caba57d0f59d972.
//
// Solidity: event ElectionKey(uint256 indexed id, bytes publicKey, uint8 threshold, address[] trustees, bytes[] encryptedShares)
func (_MVoting *MVotingFilterer) ParseElectionKey(log types.Log) (*MVotingElectionKey, error) {
	event := new(MVotingElectionKey)
	if err := _MVoting.contract.UnpackLog(event, "ElectionKey", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingElectionRollIterator is returned from FilterElectionRoll and is used to iterate over the raw logs and unpacked data for ElectionRoll events raised by the MVoting contract.
type MVotingElectionRollIterator struct {
	Event *MVotingElectionRoll // Event containing the contract specifics and raw log

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
func (it *MVotingElectionRollIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionRoll)
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
		it.Event = new(MVotingElectionRoll)
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
func (it *MVotingElectionRollIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionRollIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionRoll represents a ElectionRoll event raised by the MVoting contract.
type MVotingElectionRoll struct {
	Id        *big.Int
	RollRoot  [32]byte
	RollSize  uint32
	QuorumBps uint16
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterElectionRoll is a free log retrieval operation binding the contract event 0x30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd.
//
// Solidity: event ElectionRoll(uint256 indexed id, bytes32 rollRoot, uint32 rollSize, uint16 quorumBps)
func (_MVoting *MVotingFilterer) FilterElectionRoll(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionRollIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionRoll", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionRollIterator{contract: _MVoting.contract, event: "ElectionRoll", logs: logs, sub: sub}, nil
}

// WatchElectionRoll is a free log subscription operation binding the contract event 0x30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd.
//
// Solidity: event ElectionRoll(uint256 indexed id, bytes32 rollRoot, uint32 rollSize, uint16 quorumBps)
func (_MVoting *MVotingFilterer) WatchElectionRoll(opts *bind.WatchOpts, sink chan<- *MVotingElectionRoll, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionRoll", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionRoll)
				if err := _MVoting.contract.UnpackLog(event, "ElectionRoll", log); err != nil {
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

// ParseElectionRoll is a log parse operation binding the contract event 0x30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd.
//
// Solidity: event ElectionRoll(uint256 indexed id, bytes32 rollRoot, uint32 rollSize, uint16 quorumBps)
func (_MVoting *MVotingFilterer) ParseElectionRoll(log types.Log) (*MVotingElectionRoll, error) {
	event := new(MVotingElectionRoll)
	if err := _MVoting.contract.UnpackLog(event, "ElectionRoll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingElectionWindowIterator is returned from FilterElectionWindow and is used to iterate over the raw logs and unpacked data for ElectionWindow events raised by the MVoting contract.
type MVotingElectionWindowIterator struct {
	Event *MVotingElectionWindow // Event containing the contract specifics and raw log

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
func (it *MVotingElectionWindowIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionWindow)
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
		it.Event = new(MVotingElectionWindow)
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
func (it *MVotingElectionWindowIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionWindowIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionWindow represents a ElectionWindow event raised by the MVoting contract.
type MVotingElectionWindow struct {
	Id         *big.Int
	Start      uint64
	End        uint64
	MaxChoices uint8
	Secret     bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterElectionWindow is a free log retrieval operation binding the contract event 0xb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d.
//
// Solidity: event ElectionWindow(uint256 indexed id, uint64 start, uint64 end, uint8 maxChoices, bool secret)
func (_MVoting *MVotingFilterer) FilterElectionWindow(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionWindowIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionWindow", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionWindowIterator{contract: _MVoting.contract, event: "ElectionWindow", logs: logs, sub: sub}, nil
}

// WatchElectionWindow is a free log subscription operation binding the contract event 0xb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d.
//
// Solidity: event ElectionWindow(uint256 indexed id, uint64 start, uint64 end, uint8 maxChoices, bool secret)
func (_MVoting *MVotingFilterer) WatchElectionWindow(opts *bind.WatchOpts, sink chan<- *MVotingElectionWindow, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionWindow", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionWindow)
				if err := _MVoting.contract.UnpackLog(event, "ElectionWindow", log); err != nil {
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

// ParseElectionWindow is a log parse operation binding the contract event 0xb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d.
//
// Solidity: event ElectionWindow(uint256 indexed id, uint64 start, uint64 end, uint8 maxChoices, bool secret)
func (_MVoting *MVotingFilterer) ParseElectionWindow(log types.Log) (*MVotingElectionWindow, error) {
	event := new(MVotingElectionWindow)
	if err := _MVoting.contract.UnpackLog(event, "ElectionWindow", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the MVoting contract.
type MVotingInitializedIterator struct {
	Event *MVotingInitialized // Event containing the contract specifics and raw log

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
func (it *MVotingInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingInitialized)
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
		it.Event = new(MVotingInitialized)
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
func (it *MVotingInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingInitialized represents a Initialized event raised by the MVoting contract.
type MVotingInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MVoting *MVotingFilterer) FilterInitialized(opts *bind.FilterOpts) (*MVotingInitializedIterator, error) {

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &MVotingInitializedIterator{contract: _MVoting.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_MVoting *MVotingFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *MVotingInitialized) (event.Subscription, error) {

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingInitialized)
				if err := _MVoting.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_MVoting *MVotingFilterer) ParseInitialized(log types.Log) (*MVotingInitialized, error) {
	event := new(MVotingInitialized)
	if err := _MVoting.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingKeyPublishedIterator is returned from FilterKeyPublished and is used to iterate over the raw logs and unpacked data for KeyPublished events raised by the MVoting contract.
type MVotingKeyPublishedIterator struct {
	Event *MVotingKeyPublished // Event containing the contract specifics and raw log

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
func (it *MVotingKeyPublishedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingKeyPublished)
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
		it.Event = new(MVotingKeyPublished)
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
func (it *MVotingKeyPublishedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingKeyPublishedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingKeyPublished represents a KeyPublished event raised by the MVoting contract.
type MVotingKeyPublished struct {
	Id         *big.Int
	PrivateKey *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterKeyPublished is a free log retrieval operation binding the contract event 0xdc660da990d0773a6a8a959450c81f558a4427bf4294b5d1f8519ff57f753f74.
//
// Solidity: event KeyPublished(uint256 indexed id, uint256 privateKey)
func (_MVoting *MVotingFilterer) FilterKeyPublished(opts *bind.FilterOpts, id []*big.Int) (*MVotingKeyPublishedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "KeyPublished", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingKeyPublishedIterator{contract: _MVoting.contract, event: "KeyPublished", logs: logs, sub: sub}, nil
}

// WatchKeyPublished is a free log subscription operation binding the contract event 0xdc660da990d0773a6a8a959450c81f558a4427bf4294b5d1f8519ff57f753f74.
//
// Solidity: event KeyPublished(uint256 indexed id, uint256 privateKey)
func (_MVoting *MVotingFilterer) WatchKeyPublished(opts *bind.WatchOpts, sink chan<- *MVotingKeyPublished, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "KeyPublished", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingKeyPublished)
				if err := _MVoting.contract.UnpackLog(event, "KeyPublished", log); err != nil {
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

// ParseKeyPublished is a log parse operation binding the contract event 0xdc660da990d0773a6a8a959450c81f558a4427bf4294b5d1f8519ff57f753f74.
//
// Solidity: event KeyPublished(uint256 indexed id, uint256 privateKey)
func (_MVoting *MVotingFilterer) ParseKeyPublished(log types.Log) (*MVotingKeyPublished, error) {
	event := new(MVotingKeyPublished)
	if err := _MVoting.contract.UnpackLog(event, "KeyPublished", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingOpenBallotCastIterator is returned from FilterOpenBallotCast and is used to iterate over the raw logs and unpacked data for OpenBallotCast events raised by the MVoting contract.
type MVotingOpenBallotCastIterator struct {
	Event *MVotingOpenBallotCast // Event containing the contract specifics and raw log

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
func (it *MVotingOpenBallotCastIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingOpenBallotCast)
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
		it.Event = new(MVotingOpenBallotCast)
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
func (it *MVotingOpenBallotCastIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingOpenBallotCastIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingOpenBallotCast represents a OpenBallotCast event raised by the MVoting contract.
type MVotingOpenBallotCast struct {
	Id       *big.Int
	Voter    common.Address
	Choices  []uint8
	Replaced bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOpenBallotCast is a free log retrieval operation binding the contract event 0x3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb.
//
// Solidity: event OpenBallotCast(uint256 indexed id, address indexed voter, uint8[] choices, bool replaced)
func (_MVoting *MVotingFilterer) FilterOpenBallotCast(opts *bind.FilterOpts, id []*big.Int, voter []common.Address) (*MVotingOpenBallotCastIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "OpenBallotCast", idRule, voterRule)
	if err != nil {
		return nil, err
	}
	return &MVotingOpenBallotCastIterator{contract: _MVoting.contract, event: "OpenBallotCast", logs: logs, sub: sub}, nil
}

// WatchOpenBallotCast is a free log subscription operation binding the contract event 0x3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb.
//
// Solidity: event OpenBallotCast(uint256 indexed id, address indexed voter, uint8[] choices, bool replaced)
func (_MVoting *MVotingFilterer) WatchOpenBallotCast(opts *bind.WatchOpts, sink chan<- *MVotingOpenBallotCast, id []*big.Int, voter []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "OpenBallotCast", idRule, voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingOpenBallotCast)
				if err := _MVoting.contract.UnpackLog(event, "OpenBallotCast", log); err != nil {
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

// ParseOpenBallotCast is a log parse operation binding the contract event 0x3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb.
//
// Solidity: event OpenBallotCast(uint256 indexed id, address indexed voter, uint8[] choices, bool replaced)
func (_MVoting *MVotingFilterer) ParseOpenBallotCast(log types.Log) (*MVotingOpenBallotCast, error) {
	event := new(MVotingOpenBallotCast)
	if err := _MVoting.contract.UnpackLog(event, "OpenBallotCast", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingResultPostedIterator is returned from FilterResultPosted and is used to iterate over the raw logs and unpacked data for ResultPosted events raised by the MVoting contract.
type MVotingResultPostedIterator struct {
	Event *MVotingResultPosted // Event containing the contract specifics and raw log

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
func (it *MVotingResultPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingResultPosted)
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
		it.Event = new(MVotingResultPosted)
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
func (it *MVotingResultPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingResultPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingResultPosted represents a ResultPosted event raised by the MVoting contract.
type MVotingResultPosted struct {
	Id         *big.Int
	Counts     []*big.Int
	ResultHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterResultPosted is a free log retrieval operation binding the contract event 0x31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b3.
//
// Solidity: event ResultPosted(uint256 indexed id, uint256[] counts, bytes32 resultHash)
func (_MVoting *MVotingFilterer) FilterResultPosted(opts *bind.FilterOpts, id []*big.Int) (*MVotingResultPostedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ResultPosted", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingResultPostedIterator{contract: _MVoting.contract, event: "ResultPosted", logs: logs, sub: sub}, nil
}

// WatchResultPosted is a free log subscription operation binding the contract event 0x31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b3.
//
// Solidity: event ResultPosted(uint256 indexed id, uint256[] counts, bytes32 resultHash)
func (_MVoting *MVotingFilterer) WatchResultPosted(opts *bind.WatchOpts, sink chan<- *MVotingResultPosted, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ResultPosted", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingResultPosted)
				if err := _MVoting.contract.UnpackLog(event, "ResultPosted", log); err != nil {
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

// ParseResultPosted is a log parse operation binding the contract event 0x31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b3.
//
// Solidity: event ResultPosted(uint256 indexed id, uint256[] counts, bytes32 resultHash)
func (_MVoting *MVotingFilterer) ParseResultPosted(log types.Log) (*MVotingResultPosted, error) {
	event := new(MVotingResultPosted)
	if err := _MVoting.contract.UnpackLog(event, "ResultPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the MVoting contract.
type MVotingRoleAdminChangedIterator struct {
	Event *MVotingRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *MVotingRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingRoleAdminChanged)
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
		it.Event = new(MVotingRoleAdminChanged)
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
func (it *MVotingRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingRoleAdminChanged represents a RoleAdminChanged event raised by the MVoting contract.
type MVotingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_MVoting *MVotingFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*MVotingRoleAdminChangedIterator, error) {

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

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &MVotingRoleAdminChangedIterator{contract: _MVoting.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_MVoting *MVotingFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *MVotingRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingRoleAdminChanged)
				if err := _MVoting.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_MVoting *MVotingFilterer) ParseRoleAdminChanged(log types.Log) (*MVotingRoleAdminChanged, error) {
	event := new(MVotingRoleAdminChanged)
	if err := _MVoting.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the MVoting contract.
type MVotingRoleGrantedIterator struct {
	Event *MVotingRoleGranted // Event containing the contract specifics and raw log

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
func (it *MVotingRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingRoleGranted)
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
		it.Event = new(MVotingRoleGranted)
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
func (it *MVotingRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingRoleGranted represents a RoleGranted event raised by the MVoting contract.
type MVotingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_MVoting *MVotingFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*MVotingRoleGrantedIterator, error) {

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

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &MVotingRoleGrantedIterator{contract: _MVoting.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_MVoting *MVotingFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *MVotingRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingRoleGranted)
				if err := _MVoting.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_MVoting *MVotingFilterer) ParseRoleGranted(log types.Log) (*MVotingRoleGranted, error) {
	event := new(MVotingRoleGranted)
	if err := _MVoting.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the MVoting contract.
type MVotingRoleRevokedIterator struct {
	Event *MVotingRoleRevoked // Event containing the contract specifics and raw log

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
func (it *MVotingRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingRoleRevoked)
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
		it.Event = new(MVotingRoleRevoked)
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
func (it *MVotingRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingRoleRevoked represents a RoleRevoked event raised by the MVoting contract.
type MVotingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_MVoting *MVotingFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*MVotingRoleRevokedIterator, error) {

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

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &MVotingRoleRevokedIterator{contract: _MVoting.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_MVoting *MVotingFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *MVotingRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingRoleRevoked)
				if err := _MVoting.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_MVoting *MVotingFilterer) ParseRoleRevoked(log types.Log) (*MVotingRoleRevoked, error) {
	event := new(MVotingRoleRevoked)
	if err := _MVoting.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingSecretBallotCastIterator is returned from FilterSecretBallotCast and is used to iterate over the raw logs and unpacked data for SecretBallotCast events raised by the MVoting contract.
type MVotingSecretBallotCastIterator struct {
	Event *MVotingSecretBallotCast // Event containing the contract specifics and raw log

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
func (it *MVotingSecretBallotCastIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingSecretBallotCast)
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
		it.Event = new(MVotingSecretBallotCast)
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
func (it *MVotingSecretBallotCastIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingSecretBallotCastIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingSecretBallotCast represents a SecretBallotCast event raised by the MVoting contract.
type MVotingSecretBallotCast struct {
	Id         *big.Int
	Voter      common.Address
	Ciphertext []byte
	Replaced   bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSecretBallotCast is a free log retrieval operation binding the contract event 0x11950832b9faa47ad37bc78f7b0c3b6694d1463b6ad71609453b97bc2686ad45.
//
// Solidity: event SecretBallotCast(uint256 indexed id, address indexed voter, bytes ciphertext, bool replaced)
func (_MVoting *MVotingFilterer) FilterSecretBallotCast(opts *bind.FilterOpts, id []*big.Int, voter []common.Address) (*MVotingSecretBallotCastIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "SecretBallotCast", idRule, voterRule)
	if err != nil {
		return nil, err
	}
	return &MVotingSecretBallotCastIterator{contract: _MVoting.contract, event: "SecretBallotCast", logs: logs, sub: sub}, nil
}

// WatchSecretBallotCast is a free log subscription operation binding the contract event 0x11950832b9faa47ad37bc78f7b0c3b6694d1463b6ad71609453b97bc2686ad45.
//
// Solidity: event SecretBallotCast(uint256 indexed id, address indexed voter, bytes ciphertext, bool replaced)
func (_MVoting *MVotingFilterer) WatchSecretBallotCast(opts *bind.WatchOpts, sink chan<- *MVotingSecretBallotCast, id []*big.Int, voter []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "SecretBallotCast", idRule, voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingSecretBallotCast)
				if err := _MVoting.contract.UnpackLog(event, "SecretBallotCast", log); err != nil {
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

// ParseSecretBallotCast is a log parse operation binding the contract event 0x11950832b9faa47ad37bc78f7b0c3b6694d1463b6ad71609453b97bc2686ad45.
//
// Solidity: event SecretBallotCast(uint256 indexed id, address indexed voter, bytes ciphertext, bool replaced)
func (_MVoting *MVotingFilterer) ParseSecretBallotCast(log types.Log) (*MVotingSecretBallotCast, error) {
	event := new(MVotingSecretBallotCast)
	if err := _MVoting.contract.UnpackLog(event, "SecretBallotCast", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingShareRevealedIterator is returned from FilterShareRevealed and is used to iterate over the raw logs and unpacked data for ShareRevealed events raised by the MVoting contract.
type MVotingShareRevealedIterator struct {
	Event *MVotingShareRevealed // Event containing the contract specifics and raw log

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
func (it *MVotingShareRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingShareRevealed)
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
		it.Event = new(MVotingShareRevealed)
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
func (it *MVotingShareRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingShareRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingShareRevealed represents a ShareRevealed event raised by the MVoting contract.
type MVotingShareRevealed struct {
	Id      *big.Int
	Trustee common.Address
	Share   []byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterShareRevealed is a free log retrieval operation binding the contract event 0xfa437fb7c7a2f4cb002d275cf4ad04f9cb5592417b10b74fa3218396e2f38493.
//
// Solidity: event ShareRevealed(uint256 indexed id, address indexed trustee, bytes share)
func (_MVoting *MVotingFilterer) FilterShareRevealed(opts *bind.FilterOpts, id []*big.Int, trustee []common.Address) (*MVotingShareRevealedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ShareRevealed", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return &MVotingShareRevealedIterator{contract: _MVoting.contract, event: "ShareRevealed", logs: logs, sub: sub}, nil
}

// WatchShareRevealed is a free log subscription operation binding the contract event 0xfa437fb7c7a2f4cb002d275cf4ad04f9cb5592417b10b74fa3218396e2f38493.
//
// Solidity: event ShareRevealed(uint256 indexed id, address indexed trustee, bytes share)
func (_MVoting *MVotingFilterer) WatchShareRevealed(opts *bind.WatchOpts, sink chan<- *MVotingShareRevealed, id []*big.Int, trustee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ShareRevealed", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingShareRevealed)
				if err := _MVoting.contract.UnpackLog(event, "ShareRevealed", log); err != nil {
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

// ParseShareRevealed is a log parse operation binding the contract event 0xfa437fb7c7a2f4cb002d275cf4ad04f9cb5592417b10b74fa3218396e2f38493.
//
// Solidity: event ShareRevealed(uint256 indexed id, address indexed trustee, bytes share)
func (_MVoting *MVotingFilterer) ParseShareRevealed(log types.Log) (*MVotingShareRevealed, error) {
	event := new(MVotingShareRevealed)
	if err := _MVoting.contract.UnpackLog(event, "ShareRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the MVoting contract.
type MVotingTrustedForwarderSetIterator struct {
	Event *MVotingTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *MVotingTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingTrustedForwarderSet)
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
		it.Event = new(MVotingTrustedForwarderSet)
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
func (it *MVotingTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingTrustedForwarderSet represents a TrustedForwarderSet event raised by the MVoting contract.
type MVotingTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_MVoting *MVotingFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*MVotingTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &MVotingTrustedForwarderSetIterator{contract: _MVoting.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_MVoting *MVotingFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *MVotingTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingTrustedForwarderSet)
				if err := _MVoting.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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

// ParseTrustedForwarderSet is a log parse operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_MVoting *MVotingFilterer) ParseTrustedForwarderSet(log types.Log) (*MVotingTrustedForwarderSet, error) {
	event := new(MVotingTrustedForwarderSet)
	if err := _MVoting.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// MVotingUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the MVoting contract.
type MVotingUpgradedIterator struct {
	Event *MVotingUpgraded // Event containing the contract specifics and raw log

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
func (it *MVotingUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingUpgraded)
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
		it.Event = new(MVotingUpgraded)
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
func (it *MVotingUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingUpgraded represents a Upgraded event raised by the MVoting contract.
type MVotingUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_MVoting *MVotingFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*MVotingUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &MVotingUpgradedIterator{contract: _MVoting.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_MVoting *MVotingFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *MVotingUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingUpgraded)
				if err := _MVoting.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_MVoting *MVotingFilterer) ParseUpgraded(log types.Log) (*MVotingUpgraded, error) {
	event := new(MVotingUpgraded)
	if err := _MVoting.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
