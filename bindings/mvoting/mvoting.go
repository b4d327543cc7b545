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
	Trustees     uint8
	Committed    uint8
	Decrypted    uint8
	RollRoot     [32]byte
	ResultHash   [32]byte
}

// MVotingNewElection is an auto generated low-level Go binding around an user-defined struct.
type MVotingNewElection struct {
	Title       string
	OptionNames []string
	MaxChoices  uint8
	Start       uint64
	End         uint64
	RollRoot    [32]byte
	RollSize    uint32
	QuorumBps   uint16
	Secret      bool
	Threshold   uint8
	TrusteeKeys [][]byte
}

// MVotingSecretBallot is an auto generated low-level Go binding around an user-defined struct.
type MVotingSecretBallot struct {
	Ciphertexts  [][4]*big.Int
	ChoiceProofs [][4]*big.Int
	SumProof     []*big.Int
}

// MVotingMetaData contains all meta data concerning the MVoting contract.
var MVotingMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractElectionKeys\",\"name\":\"keys\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"BN254PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingAlreadyDecrypted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"VotingAlreadyStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingBadChoiceProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingBadDecryption\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadMaxChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadOptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumBps\",\"type\":\"uint256\"}],\"name\":\"VotingBadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingBadSumProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingBadTrustees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingBadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ciphertexts\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBallotLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ballots\",\"type\":\"uint256\"}],\"name\":\"VotingCountAboveBallots\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"}],\"name\":\"VotingCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingDecryptionLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingDisqualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingDuplicateChoice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingEmptyRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingKeyNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingNoChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingNotOnRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"VotingNotTrustee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingOptionOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"VotingPointNotOnCurve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingPreviousBallotMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingResultLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"counted\",\"type\":\"uint256\"}],\"name\":\"VotingResultMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingResultPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"VotingSumProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"VotingTooFewDecryptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chosen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"}],\"name\":\"VotingTooManyChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingUnknownElection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"VotingUpgradeChangesKeys\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"VotingWrongBallotKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"shares\",\"type\":\"uint256[2][]\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"proofs\",\"type\":\"uint256[2][]\"}],\"name\":\"DecryptionPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ElectionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"}],\"name\":\"ElectionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"}],\"name\":\"ElectionRoll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"name\":\"ElectionTrustees\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"ElectionWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"OpenBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256[4][]\",\"name\":\"ciphertexts\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[4][]\",\"name\":\"choiceProofs\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[]\",\"name\":\"sumProof\",\"type\":\"uint256[]\"}],\"indexed\":false,\"internalType\":\"structMVoting.SecretBallot\",\"name\":\"ballot\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"SecretBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ELECTION_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEYS\",\"outputs\":[{\"internalType\":\"contractElectionKeys\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256[4][]\",\"name\":\"ciphertexts\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[4][]\",\"name\":\"choiceProofs\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[]\",\"name\":\"sumProof\",\"type\":\"uint256[]\"}],\"internalType\":\"structMVoting.SecretBallot\",\"name\":\"ballot\",\"type\":\"tuple\"},{\"internalType\":\"uint256[4][]\",\"name\":\"previous\",\"type\":\"uint256[4][]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"countsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"internalType\":\"structMVoting.NewElection\",\"name\":\"e\",\"type\":\"tuple\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionKey\",\"outputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"key\",\"type\":\"uint256[2]\"},{\"internalType\":\"bool\",\"name\":\"ready\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"options\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"resultPosted\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ballots\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"trustees\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"committed\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"decrypted\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMVoting.Election\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[2][]\",\"name\":\"shares\",\"type\":\"uint256[2][]\"},{\"internalType\":\"uint256[2][]\",\"name\":\"proofs\",\"type\":\"uint256[2][]\"}],\"name\":\"postDecryption\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"}],\"name\":\"postResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sumsOf\",\"outputs\":[{\"internalType\":\"uint256[4][]\",\"name\":\"sums\",\"type\":\"uint256[4][]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"turnout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"quorumReached\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60e06040523060a05234801561001457600080fd5b506040516156d33803806156d383398101604081905261003391610105565b60006080526001600160a01b03811660c05261004d610053565b50610135565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100a35760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101025780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561011757600080fd5b81516001600160a01b038116811461012e57600080fd5b9392505050565b60805160a05160c0516155256101ae6000396000818161077e01528181610a0f01528181610cbc01528181610d64015281816111ae01528181611de8015281816123de0152818161242c0152818161261101526129a10152600081816122ea0152818161231301526125290152600050506155256000f3fe6080604052600436106101c25760003560e01c806378be9944116100f7578063c509a7d311610095578063da74222811610064578063da7422281461056f578063dc8ed48a1461058f578063f349f34c146105af578063f411d8dd1461076c57600080fd5b8063c509a7d3146104ef578063cf61b7521461050f578063d414a4c31461052f578063d547741f1461054f57600080fd5b8063997d2830116100d1578063997d283014610458578063a217fddf1461046e578063ad3cb1cc14610483578063b34bbacd146104c157600080fd5b806378be9944146103e95780637da0a8771461040b57806391d148541461043857600080fd5b8063438596321161016457806352d1902d1161013e57806352d1902d14610367578063572b6c051461037c5780635ba371531461039c5780635ceed6ea146103bc57600080fd5b806343859632146102ee578063485cc955146103345780634f1ef2861461035457600080fd5b80632cd30e2b116101a05780632cd30e2b146102575780632f2ff15d1461028c57806336568abe146102ae57806340e58ee5146102ce57600080fd5b806301ffc9a7146101c75780630c90b0c7146101fc578063248a9ca314610229575b600080fd5b3480156101d357600080fd5b506101e76101e23660046142cc565b6107a0565b60405190151581526020015b60405180910390f35b34801561020857600080fd5b5061021c6102173660046142f6565b6107d7565b6040516101f3919061430f565b34801561023557600080fd5b506102496102443660046142f6565b610839565b6040519081526020016101f3565b34801561026357600080fd5b506102776102723660046142f6565b61085b565b604080519283529015156020830152016101f3565b34801561029857600080fd5b506102ac6102a7366004614367565b6108d7565b005b3480156102ba57600080fd5b506102ac6102c9366004614367565b6108f9565b3480156102da57600080fd5b506102ac6102e93660046142f6565b610941565b3480156102fa57600080fd5b506101e7610309366004614367565b60009182526004602090815260408084206001600160a01b0393909316845291905290205460ff1690565b34801561034057600080fd5b506102ac61034f366004614397565b610aa4565b6102ac61036236600461440b565b610bd4565b34801561037357600080fd5b50610249610bf3565b34801561038857600080fd5b506101e76103973660046144b6565b610c10565b3480156103a857600080fd5b506102ac6103b736600461451e565b610c35565b3480156103c857600080fd5b506103dc6103d73660046142f6565b61101d565b6040516101f3919061459b565b3480156103f557600080fd5b5061024960008051602061547083398151915281565b34801561041757600080fd5b50610420611107565b6040516001600160a01b0390911681526020016101f3565b34801561044457600080fd5b506101e7610453366004614367565b61113a565b34801561046457600080fd5b5061024960005481565b34801561047a57600080fd5b50610249600081565b34801561048f57600080fd5b506104b4604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101f3919061461f565b3480156104cd57600080fd5b506104e16104dc3660046142f6565b611172565b6040516101f3929190614652565b3480156104fb57600080fd5b506102ac61050a3660046146d0565b61122f565b34801561051b57600080fd5b506102ac61052a3660046147b0565b6115b9565b34801561053b57600080fd5b506102ac61054a36600461481c565b611762565b34801561055b57600080fd5b506102ac61056a366004614367565b611973565b34801561057b57600080fd5b506102ac61058a3660046144b6565b61198f565b34801561059b57600080fd5b506102496105aa366004614867565b6119a3565b3480156105bb57600080fd5b5061075f6105ca3660046142f6565b6040805161020081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101919091525060009081526001602081815260409283902083516102008101855281546001600160401b038082168352600160401b8204169382019390935260ff600160801b8404811695820195909552600160881b830485166060820152600160901b8304851615156080820152600160981b83048516151560a0820152600160a01b83048516151560c082015261ffff600160a81b84041660e082015263ffffffff600160b81b8404811661010080840191909152600160d81b8504909116610120830152600160f81b9093048516610140820152928101548085166101608501529182048416610180840152620100009091049092166101a082015260028201546101c08201526003909101546101e082015290565b6040516101f391906148a2565b34801561077857600080fd5b506104207f000000000000000000000000000000000000000000000000000000000000000081565b60006001600160e01b03198216637965db0b60e01b14806107d157506301ffc9a760e01b6001600160e01b03198316145b92915050565b60008181526002602090815260409182902080548351818402810184019094528084526060939283018282801561082d57602002820191906000526020600020905b815481526020019060010190808311610819575b50505050509050919050565b60009081526000805160206154d0833981519152602052604090206001015490565b60008181526001602052604081208054829190600160b81b900463ffffffff16820361088d5750600093849350915050565b805463ffffffff600160b81b82048116916108b391600160d81b90910416612710614a0f565b6108bd9190614a3c565b90549094600160a81b90910461ffff168510159350915050565b6108e082610839565b6108e9816120ea565b6108f383836120fe565b50505050565b6109016121ab565b6001600160a01b0316816001600160a01b0316146109325760405163334bd91960e11b815260040160405180910390fd5b61093c82826121ba565b505050565b600080516020615470833981519152610959816120ea565b600061096483612254565b8054909150600160981b900460ff16156109995760405163f13e8f8b60e01b8152600481018490526024015b60405180910390fd5b80546001600160401b031642106109d85780546040516372a5d17f60e11b8152600481018590526001600160401b039091166024820152604401610990565b805460ff60981b1916600160981b17808255600160901b900460ff1615610a74576040516340e58ee560e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906340e58ee590602401600060405180830381600087803b158015610a5b57600080fd5b505af1158015610a6f573d6000803e3d6000fd5b505050505b60405183907fc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc428790600090a2505050565b6000610aae61229b565b805490915060ff600160401b82041615906001600160401b0316600081158015610ad55750825b90506000826001600160401b03166001148015610af15750303b155b905081158015610aff575080155b15610b1d5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610b4757845460ff60401b1916600160401b1785555b610b50876122c4565b610b586122d5565b610b606122d5565b610b6b6000876120fe565b50610b84600080516020615470833981519152876120fe565b508315610bcb57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610bdc6122df565b610be58261236d565b610bef8282612461565b5050565b6000610bfd61251e565b5060008051602061549083398151915290565b6000610c1a611107565b6001600160a01b0316826001600160a01b0316149050919050565b6000610c4086612567565b8054909150600160901b900460ff16610c7657604051633e92908160e11b81526004810187905260006024820152604401610990565b8054600160a01b900460ff1615610ca3576040516306f727cd60e51b815260048101879052602401610990565b60405163b34bbacd60e01b8152600481018790526000907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b34bbacd90602401606060405180830381865afa158015610d0b573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610d2f9190614acd565b91505080610d53576040516307b003eb60e01b815260048101889052602401610990565b6000610d5d6121ab565b90506000807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ec9fe77f8b856040518363ffffffff1660e01b8152600401610dc29291909182526001600160a01b0316602082015260400190565b6040805180830381865afa158015610dde573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610e029190614b09565b915091508160ff16600003610e3c57604051630da571a760e11b8152600481018b90526001600160a01b0384166024820152604401610990565b80610e6c576040516396e05fc960e01b8152600481018b90526001600160a01b0384166024820152604401610990565b60008a81526005602090815260408083206001600160a01b03871684529091529020805462010000900460ff1615610ec957604051634ac86ca160e11b8152600481018c90526001600160a01b0385166024820152604401610990565b8554600160801b900460ff1689141580610eee57508554600160801b900460ff168714155b15610f2f578554604051632cc715a360e21b8152600481018d9052602481018b905260448101899052600160801b90910460ff166064820152608401610990565b610f3e8b85858d8d8d8d6125ef565b805462ff000019166201000090811782556001870180549091600291610f6891900460ff16614b38565b825460ff91821661010093840a908102908302199091161790925560008d81526009602090815260408083208054600181018255908452928290209183049091018054888616601f90941690940a928302929094021990921617909155516001600160a01b038516908c907f748147977b242ad032a297c70bf47e4828938f803096cb858f30ec8ab6b15552906110089087908f908f908f908f90614b90565b60405180910390a35050505050505050505050565b600081815260016020526040902054606090600160801b900460ff166001600160401b03811115611050576110506143c5565b60405190808252806020026020018201604052801561108957816020015b6110766141e5565b81526020019060019003908161106e5790505b50905060005b815181101561110157600083815260076020908152604080832084845290915290819020815160808101928390529160049082845b8154815260200190600101908083116110c45750505050508282815181106110ee576110ee614bcc565b602090810291909101015260010161108f565b50919050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b60009182526000805160206154d0833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61117a614203565b600082815260016020526040812054600160901b900460ff161561122a5760405163b34bbacd60e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b34bbacd90602401606060405180830381865afa1580156111fd573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906112219190614acd565b91509150915091565b915091565b600061123e87848460016127cf565b9050600061124a6121ab565b90506112588883838a61297e565b60008881526008602090815260408083206001600160a01b038516845290915290205480156112b257808787604051602001611295929190614c11565b6040516020818303038152906040528051906020012014156112b6565b8515155b156112e657604051631908bb0760e21b8152600481018a90526001600160a01b0383166024820152604401610990565b60005b6112f38980614c2d565b90508110156115165760008a81526007602090815260408083208484529091528120906113208b80614c2d565b8481811061133057611330614bcc565b905060800201600480602002604051908101604052809291908260046020028082843760009201829052506040805180820182528754815260018089015460208084019190915283518085019094528751845296975092956113a5955090935090919082019086905b60200201519052612f49565b905060006113f46040518060400160405280866002600481106113ca576113ca614bcc565b01548152600380880154602092830152604080518082018252908801518152918201908790611399565b905085156114e7576114758260405180604001604052808f8f8a81811061141d5761141d614bcc565b90506080020160006004811061143557611435614bcc565b602002013581526020018f8f8a81811061145157611451614bcc565b90506080020160016004811061146957611469614bcc565b60200201359052613008565b91506114e48160405180604001604052808f8f8a81811061149857611498614bcc565b9050608002016002600481106114b0576114b0614bcc565b602002013581526020018f8f8a8181106114cc576114cc614bcc565b90506080020160036004811061146957611469614bcc565b90505b8151602092830151825192909301516003860155600285019190915560018481019290925590925550016112e9565b506115218880614c2d565b604051602001611532929190614c11565b60408051601f19818403018152918152815160209283012060008c8152600884528281206001600160a01b03871680835294529190912055897fdd9c8786637042a222f621c40dd7290c85175a3dbb1b9493ab708d10936abe0d8a611598838888613029565b6040516115a6929190614cf0565b60405180910390a3505050505050505050565b60006115c886848460006127cf565b80549091506000906115f1908790879060ff600160801b8204811691600160881b9004166130c4565b905060006115fd6121ab565b60008981526003602090815260408083206001600160a01b03851684528252808320548c84526002909252822092935063ffffffff1691905b8554600160801b900460ff168110156116d957600163ffffffff8083169190911b8416161561168d5781818154811061167157611671614bcc565b906000526020600020016000815461168890614daf565b909155505b600163ffffffff8083169190911b861616156116d1578181815481106116b5576116b5614bcc565b90600052602060002001600081546116cc90614dc6565b909155505b600101611636565b5060008a81526003602090815260408083206001600160a01b0387168085529252909120805463ffffffff191663ffffffff87161790558a7f3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb8b8b61173f848b8a613029565b60405161174e93929190614ddf565b60405180910390a350505050505050505050565b60008051602061547083398151915261177a816120ea565b600061178585612567565b8054909150600160a01b900460ff16156117b5576040516306f727cd60e51b815260048101869052602401610990565b8054600160801b900460ff1683146117f557805460405163633dc0a360e11b815260048101859052600160801b90910460ff166024820152604401610990565b8054600160901b900460ff161561181757611812858286866131c0565b6118ef565b60005b838110156118ed57600086815260026020526040902080548290811061184257611842614bcc565b906000526020600020015485858381811061185f5761185f614bcc565b90506020020135146118e557858186868481811061187f5761187f614bcc565b90506020020135600260008a815260200190815260200160002084815481106118aa576118aa614bcc565b60009182526020909120015460405163084b8d3160e41b81526004810194909452602484019290925260448301526064820152608401610990565b60010161181a565b505b805460ff60a01b1916600160a01b1781556040516119139085908590602001614e32565b60408051601f198184030181529082905280516020909101206003830181905586917f31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b3916119649188918891614e46565b60405180910390a25050505050565b61197c82610839565b611985816120ea565b6108f383836121ba565b600061199a816120ea565b610bef826135d2565b60006000805160206154708339815191526119bd816120ea565b60006119cc6020850185614e6a565b91505060028110806119de5750602081115b156119ff5760405163382c81f160e21b815260048101829052602401610990565b611a0f6060850160408601614eb3565b60ff161580611a2f575080611a2a6060860160408701614eb3565b60ff16115b15611a6a57611a446060850160408601614eb3565b604051634825ed3f60e01b815260ff909116600482015260248101829052604401610990565b42611a7b6080860160608701614ed0565b6001600160401b03161080611ac05750611a9b6080850160608601614ed0565b6001600160401b0316611ab460a0860160808701614ed0565b6001600160401b031611155b15611b1157611ad56080850160608601614ed0565b611ae560a0860160808701614ed0565b604051635cf069f560e11b81526001600160401b03928316600482015291166024820152604401610990565b60a08401351580611b355750611b2d60e0850160c08601614ef9565b63ffffffff16155b15611b535760405163ec627e1560e01b815260040160405180910390fd5b612710611b67610100860160e08701614f1f565b61ffff161115611ba257611b82610100850160e08601614f1f565b604051631b571b2360e01b815261ffff9091166004820152602401610990565b6000808154611bb090614dc6565b91829055506000818152600160205260409020909350611bd66080860160608701614ed0565b611be660a0870160808801614ed0565b83611bf76060890160408a01614eb3565b611c096101208a016101008b01614f43565b855461ffff60881b1916600160901b9115159190910260ff60881b191617600160881b60ff928316021770ffffffffffffffffff00000000000000001916600160801b92909116919091026fffffffffffffffff0000000000000000191617600160401b6001600160401b03928316021767ffffffffffffffff1916911617815560a0850135611c9f60e0870160c08801614ef9565b611cb0610100880160e08901614f1f565b835463ffffffff909216600160b81b0263ffffffff60b81b1961ffff909216600160a81b029190911665ffffffffffff60a81b199092169190911717825560028201556060611d0761012087016101008801614f43565b15611ead576000611d1c610140880188614e6a565b9150611d32905061014088016101208901614eb3565b60ff161580611d54575080611d4f61014089016101208a01614eb3565b60ff16115b80611d5f5750602081115b15611d9c57611d7661014088016101208901614eb3565b60405163576df36b60e01b815260ff909116600482015260248101829052604401610990565b611dae61014088016101208901614eb3565b60018401805460ff80851660ff199092169190911790915584549116600160f81b026001600160f81b039091161783556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a9d603bf87611e1e60808b0160608c01614ed0565b611e306101408c016101208d01614eb3565b611e3e6101408d018d614e6a565b6040518663ffffffff1660e01b8152600401611e5e959493929190615031565b6000604051808303816000875af1158015611e7d573d6000803e3d6000fd5b505050506040513d6000823e601f3d908101601f19168201604052611ea59190810190615063565b915050611f14565b826001600160401b03811115611ec557611ec56143c5565b604051908082528060200260200182016040528015611eee578160200160208202803683370190505b5060008681526002602090815260409091208251611f129391929190910190614221565b505b847fb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d79611f40888061510f565b611f4d60208b018b614e6a565b604051611f5d9493929190615155565b60405180910390a2847fb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d611f976080890160608a01614ed0565b611fa760a08a0160808b01614ed0565b611fb760608b0160408c01614eb3565b611fc96101208c016101008d01614f43565b604080516001600160401b03958616815293909416602084015260ff91909116828401521515606082015290519081900360800190a2847f30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd60a088013561203660e08a0160c08b01614ef9565b6120476101008b0160e08c01614f1f565b6040805193845263ffffffff909216602084015261ffff169082015260600160405180910390a261208061012087016101008801614f43565b156120e157847f06319ae0f9ebecdbe8a8add9cac993a11424abefeaea05e344ed1b97e51de7916120b961014089016101208a01614eb3565b836120c86101408b018b614e6a565b6040516120d894939291906151d5565b60405180910390a25b50505050919050565b6120fb816120f66121ab565b61363b565b50565b60006000805160206154d0833981519152612119848461113a565b61219a576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556121506121ab565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506107d1565b60009150506107d1565b5092915050565b60006121b5613674565b905090565b60006000805160206154d08339815191526121d5848461113a565b1561219a576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916905561220a6121ab565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a460019150506107d1565b600081815260016020526040812080549091600160b81b90910463ffffffff1690036122965760405163d06695d160e01b815260048101839052602401610990565b919050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006107d1565b6122cc6136bc565b6120fb816135d2565b6122dd6136bc565b565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061234f57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166123436136e1565b6001600160a01b031614155b156122dd5760405163703e46dd60e11b815260040160405180910390fd5b6000612378816120ea565b6000826001600160a01b031663f411d8dd6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156123d4575060408051601f3d908101601f191682019092526123d191810190615239565b60015b156123dc5790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b03161461093c5760405163bad5bca360e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610990565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156124bb575060408051601f3d908101601f191682019092526124b891810190615256565b60015b6124e357604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610990565b600080516020615490833981519152811461251457604051632a87526960e21b815260048101829052602401610990565b61093c83836136f7565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146122dd5760405163703e46dd60e11b815260040160405180910390fd5b600061257282612254565b8054909150600160981b900460ff16156125a25760405163f13e8f8b60e01b815260048101839052602401610990565b8054600160401b90046001600160401b0316421015612296578054604051631cb7581560e11b815260048101849052600160401b9091046001600160401b03166024820152604401610990565b604051630449e66160e11b81526004810188905260ff861660248201526000907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630893ccc2906044016040805180830381865afa15801561265f573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612683919061526f565b905060006126b27fbd8f89641d01bce9a3717c5e59789f0e5dd83438bb9d0406894f5a6d3e9452248a8a61374d565b60008a8152600a6020908152604080832060ff8c16845290915281209192505b868110156127c25760006126fc8989848181106126f1576126f1614bcc565b90506040020161379b565b60008d815260076020908152604080832086845290915280822081518083019092529293506127599187918991819086015481526020018560010154905285878d8d8281811061274e5761274e614bcc565b9050604002016137cf565b61278f576040516308d725cb60e21b8152600481018e90526001600160a01b038d16602482015260448101849052606401610990565b83546001810185556000858152602090206127b491600290810290910190849061426c565b5050508060010190506126d2565b5050505050505050505050565b60006127da85612254565b8054909150600160981b900460ff161561280a5760405163f13e8f8b60e01b815260048101869052602401610990565b80546001600160401b031642108061283357508054600160401b90046001600160401b03164210155b1561287c578054604051631fa5a2fd60e11b8152600481018790524260248201526001600160401b038083166044830152600160401b9092049091166064820152608401610990565b805460ff600160901b909104161515821515146128c3578054604051633e92908160e11b815260048101879052600160901b90910460ff1615156024820152604401610990565b60006128cd6121ab565b8254604080516001600160a01b039093166020840152600160b81b90910463ffffffff169082015260600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905061293d85858460020154846138af565b612975578561294a6121ab565b60405163050aaaaf60e51b815260048101929092526001600160a01b03166024820152604401610990565b50949350505050565b60405163b34bbacd60e01b81526004810185905260009081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b34bbacd90602401606060405180830381865afa1580156129e8573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612a0c9190614acd565b9150915080612a31576040516307b003eb60e01b815260048101879052602401610990565b8454600160801b900460ff1680612a488580614c2d565b9050141580612a65575080612a606020860186614c2d565b905014155b15612ab65786612a758580614c2d565b9050612a846020870187614c2d565b604051630eb533a360e11b81526004810194909452602484019290925250604482015260648101829052608401610990565b8554600160881b900460ff16612acd816002614a0f565b612ada6040870187614e6a565b905014612b265787612aef6040870187614e6a565b9050612afc836002614a0f565b604051630a640c9b60e31b8152600481019390935260248301919091526044820152606401610990565b6000612b537f052b7f86c32f964c765dcd856283263c8039dcae09992d4f7572b164165484488a8961374d565b9050612b5d6141e5565b60408051600280825260608201835260009260208301908036833750506040805160028082526060820183529394506000939092509060208301908036833701905050905060005b86811015612e585736612bb88b80614c2d565b83818110612bc857612bc8614bcc565b9050608002019050612bf981600060048110612be657612be6614bcc565b60200201358260015b60200201356138c7565b612c096040820135826003612bef565b36612c1760208d018d614c2d565b84818110612c2757612c27614bcc565b905060800201905080600060048110612c4257612c42614bcc565b602002013581600160200201358260026020020135836003602002013588600081518110612c7257612c72614bcc565b6020026020010189600181518110612c8c57612c8c614bcc565b6020026020010189600081518110612ca657612ca6614bcc565b602002602001018a600181518110612cc057612cc0614bcc565b60209081029190910101939093529290915291905252604080516080818101909252612d0d9189918e9187919087906004908390839080828437600092018290525091508b90508a6138f8565b612d4a578e8d8460405163e035dfbd60e01b8152600401610990939291909283526001600160a01b03919091166020830152604082015260600190565b6000612db8604051806040016040528089600060048110612d6d57612d6d614bcc565b6020020151815260200189600160048110612d8a57612d8a614bcc565b6020908102919091015190915260408051808201909152863581529081018660015b60200201359052612f49565b90506000612e2c60405180604001604052808a600260048110612ddd57612ddd614bcc565b602002015181526020018a600360048110612dfa57612dfa614bcc565b6020020151905260408051808201909152808760026020020135815260200187600360048110612dac57612dac614bcc565b825160209384015182519285015160608c015260408b0192909252928901525086525050600101612ba5565b50612e6660408a018a614e6a565b612e7491879160009161528b565b80806020026020016040519081016040528093929190818152602001838360200280828437600092019190915250929450612eb69250505060408a018a614e6a565b612ec3918790829061528b565b80806020026020016040519081016040528093929190818152602001838360200280828437600092019190915250929350612f0c92508691508a905061ffff86600187876138f8565b612f3b5760405163aaa326e160e01b8152600481018d90526001600160a01b038b166024820152604401610990565b505050505050505050505050565b612f51614203565b6000604051806080016040528085600060028110612f7157612f71614bcc565b6020020151815260200185600160028110612f8e57612f8e614bcc565b6020020151815260200184600060028110612fab57612fab614bcc565b6020020151815260200184600160028110612fc857612fc8614bcc565b602002015190529050600060408360808460065afa90508061300057604051634e7294ad60e11b815260066004820152602401610990565b505092915050565b613010614203565b6130228361301d84613ca2565b612f49565b9392505050565b60008381526004602090815260408083206001600160a01b038516845290915290205460ff16806130225760008481526004602090815260408083206001600160a01b03861684529091529020805460ff1916600117905582548390601b9061309f9063ffffffff600160d81b909104166152b9565b91906101000a81548163ffffffff021916908363ffffffff1602179055509392505050565b60008381036130e6576040516376f1454b60e01b815260040160405180910390fd5b60ff82168411156131165760405163bdf6e7e760e01b81526004810185905260ff83166024820152604401610990565b60005b8481101561297557600086868381811061313557613135614bcc565b905060200201602081019061314a9190614eb3565b90508460ff168160ff161061317f57604051631ee1b3bb60e01b815260ff808316600483015286166024820152604401610990565b600160ff82161b83811663ffffffff16156131b2576040516360083cbf60e11b815260ff83166004820152602401610990565b929092179150600101613119565b600084815260096020526040902083548154600160f81b90910460ff1690811115613212578154604051633721d73960e21b815260048101889052602481019190915260448101829052606401610990565b6000816001600160401b0381111561322c5761322c6143c5565b604051908082528060200260200182016040528015613255578160200160208202803683370190505b50905060005b828110156133975760018060005b858110156133555780841461334d576000805160206154b083398151915287828154811061329957613299614bcc565b60009182526020918290209181049091015460ff601f9092166101000a900416840992506000805160206154b0833981519152808886815481106132df576132df614bcc565b60009182526020918290209181049091015461331591601f166101000a900460ff166000805160206154b08339815191526152d5565b89848154811061332757613327614bcc565b60009182526020918290209181049091015460ff601f9092166101000a90041608830991505b600101613269565b506000805160206154b083398151915261336e82613cf4565b830984848151811061338257613382614bcc565b6020908102919091010152505060010161325b565b5060005b848110156135c8578654600160d81b900463ffffffff168686838181106133c4576133c4614bcc565b90506020020135111561342b5787818787848181106133e5576133e5614bcc565b8b54604051632ee95c1760e01b81526004810196909652602486019490945260200290910135604484015250600160d81b900463ffffffff166064820152608401610990565b600061344e87878481811061344257613442614bcc565b90506020020135613d91565b905060005b8481101561352f576135258261301d600a60008e815260200190815260200160002060008a868154811061348957613489614bcc565b90600052602060002090602091828204019190069054906101000a900460ff1660ff16815260200190815260200160002086815481106134cb576134cb614bcc565b600091825260209091206040805180820191829052926002908102909201919082845b8154815260200190600101908083116134ee57505050505087858151811061351857613518614bcc565b6020026020010151613db5565b9150600101613453565b5060408051808201825260008b81526007602090815283822086835280825293822060028101548452918690529283526003015491810191909152613575908290613e39565b6135bf57888288888581811061358d5761358d614bcc565b6040516339f48aeb60e21b81526004810195909552602485019390935250602090910201356044820152606401610990565b5060010161339b565b5050505050505050565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b613645828261113a565b610bef5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610990565b600036601480821080159061368d575061368d33610c10565b156136b4576136a1368284038160006152e8565b6136aa91615312565b60601c9250505090565b339250505090565b6136c4613e56565b6122dd57604051631afcd79f60e31b815260040160405180910390fd5b600060008051602061549083398151915261112b565b61370082613e70565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156137455761093c8282613ed5565b610bef613f4b565b60408051602080820195909552468183015230606082015260808101939093526001600160a01b039190911660a0808401919091528151808403909101815260c09092019052805191012090565b6137a3614203565b6137b08235836001612bef565b5060408051808201909152813581526020918201359181019190915290565b6000813560208301356000805160206154b08339815191528210158061380357506000805160206154b08339815191528110155b15613813576000925050506138a5565b600061383061382183613d91565b61382b8b86613db5565b613008565b9050600061384b6138418a85613db5565b61382b8a87613db5565b9050836000805160206154b08339815191528c898d8d8d888860405160200161387a9796959493929190615375565b6040516020818303038152906040528051906020012060001c61389d91906153d0565b149450505050505b9695505050505050565b6000826138bd868685613f6a565b1495945050505050565b6138d18282613fa3565b610bef576040516324f7ce5b60e21b81526004810183905260248101829052604401610990565b600080835160046139099190614a0f565b6139149060076153e4565b6001600160401b0381111561392b5761392b6143c5565b604051908082528060200260200182016040528015613954578160200160208202803683370190505b5090508685600186518861396891906153e4565b61397291906152d5565b885160208a015160408b015160608c01518751889060009061399657613996614bcc565b60200260200101886001815181106139b0576139b0614bcc565b60200260200101896002815181106139ca576139ca614bcc565b602002602001018a6003815181106139e4576139e4614bcc565b602002602001018b6004815181106139fe576139fe614bcc565b602002602001018c600581518110613a1857613a18614bcc565b602002602001018d600681518110613a3257613a32614bcc565b602090810291909101019690965295909452949093529390529290529190525260008515613aad57613aa8604051806040016040528089600260048110613a7b57613a7b614bcc565b6020020151815260200189600360048110613a9857613a98614bcc565b6020020151905261382b88613d91565b613ac7565b604080518082018252908801518152606088015160208201525b90506000805b8651811015613c49576000805160206154b0833981519152878281518110613af757613af7614bcc565b6020026020010151101580613b3357506000805160206154b0833981519152868281518110613b2857613b28614bcc565b602002602001015110155b15613b45576000945050505050613c97565b613bdd84613b54836004614a0f565b613b5f9060076153e4565b8d60405180604001604052808e600060048110613b7e57613b7e614bcc565b602002015181526020018e600160048110613b9b57613b9b614bcc565b6020020151815250878c8781518110613bb657613bb6614bcc565b60200260200101518c8881518110613bd057613bd0614bcc565b6020026020010151614045565b6000805160206154b0833981519152878281518110613bfe57613bfe614bcc565b602002602001015183088751909250613c188260016153e4565b1015613c4157613c3e836040518060400160405280600181526020016002815250613008565b92505b600101613acd565b50806000805160206154b08339815191528c85604051602001613c6d9291906153f7565b6040516020818303038152906040528051906020012060001c613c9091906153d0565b1493505050505b979650505050505050565b613caa614203565b6020820151600003613cba575090565b6040805180820190915282518152602081018360016020020151613cec906000805160206154508339815191526152d5565b905292915050565b6000806040518060c0016040528060208152602001602081526020016020815260200184815260200160026000805160206154b0833981519152613d3891906152d5565b81526020016000805160206154b08339815191528152509050613d59614299565b600060208260c08560055afa905080613d8857604051634e7294ad60e11b815260056004820152602401610990565b50519392505050565b613d99614203565b6107d16040518060400160405280600181526020016002815250835b613dbd614203565b6000604051806060016040528085600060028110613ddd57613ddd614bcc565b6020020151815260200185600160028110613dfa57613dfa614bcc565b60200201518152602001848152509050600060408360608460075afa90508061300057604051634e7294ad60e11b815260076004820152602401610990565b805182516000911480156130225750506020908101519101511490565b6000613e6061229b565b54600160401b900460ff16919050565b806001600160a01b03163b600003613ea657604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610990565b60008051602061549083398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051613ef29190615433565b600060405180830381855af49150503d8060008114613f2d576040519150601f19603f3d011682016040523d82523d6000602084013e613f32565b606091505b5091509150613f42858383614132565b95945050505050565b34156122dd5760405163b398979f60e01b815260040160405180910390fd5b600081815b8481101561297557613f9982878784818110613f8d57613f8d614bcc565b9050602002013561418e565b9150600101613f6f565b600082158015613fb1575081155b15613fbe575060016107d1565b60008051602061545083398151915283101580613fe957506000805160206154508339815191528210155b15613ff6575060006107d1565b6000805160206154508339815191526003600080516020615450833981519152856000805160206154508339815191528788090908600080516020615450833981519152838409149392505050565b600061405d61405383613d91565b61382b8786613db5565b9050600061407861406e8885613db5565b61382b8787613db5565b82516020808501518351918401518d5194955092939092908d908d9081106140a2576140a2614bcc565b602002602001018d8d60016140b791906153e4565b815181106140c7576140c7614bcc565b602002602001018e8e60026140dc91906153e4565b815181106140ec576140ec614bcc565b602002602001018f8f600361410191906153e4565b8151811061411157614111614bcc565b60209081029190910101939093529290915291905252505050505050505050565b60608261414757614142826141bd565b613022565b815115801561415e57506001600160a01b0384163b155b1561418757604051639996b31560e01b81526001600160a01b0385166004820152602401610990565b5080613022565b60008183106141aa576000828152602084905260409020613022565b6000838152602083905260409020613022565b8051156141cc57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b82805482825590600052602060002090810192821561425c579160200282015b8281111561425c578251825591602001919060010190614241565b506142689291506142b7565b5090565b826002810192821561425c579160200282018281111561425c578251825591602001919060010190614241565b60405180602001604052806001906020820280368337509192915050565b5b8082111561426857600081556001016142b8565b6000602082840312156142de57600080fd5b81356001600160e01b03198116811461302257600080fd5b60006020828403121561430857600080fd5b5035919050565b602080825282518282018190526000918401906040840190835b81811015614347578351835260209384019390920191600101614329565b509095945050505050565b6001600160a01b03811681146120fb57600080fd5b6000806040838503121561437a57600080fd5b82359150602083013561438c81614352565b809150509250929050565b600080604083850312156143aa57600080fd5b82356143b581614352565b9150602083013561438c81614352565b634e487b7160e01b600052604160045260246000fd5b604051601f8201601f191681016001600160401b0381118282101715614403576144036143c5565b604052919050565b6000806040838503121561441e57600080fd5b823561442981614352565b915060208301356001600160401b0381111561444457600080fd5b8301601f8101851361445557600080fd5b80356001600160401b0381111561446e5761446e6143c5565b614481601f8201601f19166020016143db565b81815286602083850101111561449657600080fd5b816020840160208301376000602083830101528093505050509250929050565b6000602082840312156144c857600080fd5b813561302281614352565b60008083601f8401126144e557600080fd5b5081356001600160401b038111156144fc57600080fd5b6020830191508360208260061b850101111561451757600080fd5b9250929050565b60008060008060006060868803121561453657600080fd5b8535945060208601356001600160401b0381111561455357600080fd5b61455f888289016144d3565b90955093505060408601356001600160401b0381111561457e57600080fd5b61458a888289016144d3565b969995985093965092949392505050565b602080825282518282018190526000918401906040840190835b818110156143475783518360005b60048110156145e25782518252602092830192909101906001016145c3565b50505060209390930192608092909201916001016145b5565b60005b838110156146165781810151838201526020016145fe565b50506000910152565b602081526000825180602084015261463e8160408501602087016145fb565b601f01601f19169190910160400192915050565b60608101818460005b600281101561467a57815183526020928301929091019060010161465b565b50505082151560408301529392505050565b60008083601f84011261469e57600080fd5b5081356001600160401b038111156146b557600080fd5b6020830191508360208260051b850101111561451757600080fd5b600080600080600080608087890312156146e957600080fd5b8635955060208701356001600160401b0381111561470657600080fd5b87016060818a03121561471857600080fd5b945060408701356001600160401b0381111561473357600080fd5b8701601f8101891361474457600080fd5b80356001600160401b0381111561475a57600080fd5b8960208260071b840101111561476f57600080fd5b6020919091019450925060608701356001600160401b0381111561479257600080fd5b61479e89828a0161468c565b979a9699509497509295939492505050565b6000806000806000606086880312156147c857600080fd5b8535945060208601356001600160401b038111156147e557600080fd5b6147f18882890161468c565b90955093505060408601356001600160401b0381111561481057600080fd5b61458a8882890161468c565b60008060006040848603121561483157600080fd5b8335925060208401356001600160401b0381111561484e57600080fd5b61485a8682870161468c565b9497909650939450505050565b60006020828403121561487957600080fd5b81356001600160401b0381111561488f57600080fd5b8201610160818503121561302257600080fd5b81516001600160401b03168152610200810160208301516148ce60208401826001600160401b03169052565b5060408301516148e3604084018260ff169052565b5060608301516148f8606084018260ff169052565b50608083015161490c608084018215159052565b5060a083015161492060a084018215159052565b5060c083015161493460c084018215159052565b5060e083015161494a60e084018261ffff169052565b5061010083015161496461010084018263ffffffff169052565b5061012083015161497e61012084018263ffffffff169052565b5061014083015161499561014084018260ff169052565b506101608301516149ac61016084018260ff169052565b506101808301516149c361018084018260ff169052565b506101a08301516149da6101a084018260ff169052565b506101c08301516101c08301526101e08301516101e083015292915050565b634e487b7160e01b600052601160045260246000fd5b80820281158282048414176107d1576107d16149f9565b634e487b7160e01b600052601260045260246000fd5b600082614a4b57614a4b614a26565b500490565b600082601f830112614a6157600080fd5b604080519081016001600160401b0381118282101715614a8357614a836143c5565b8060405250806040840185811115614a9a57600080fd5b845b81811015614ab4578051835260209283019201614a9c565b509195945050505050565b80151581146120fb57600080fd5b60008060608385031215614ae057600080fd5b614aea8484614a50565b9150604083015161438c81614abf565b60ff811681146120fb57600080fd5b60008060408385031215614b1c57600080fd5b8251614b2781614afa565b602084015190925061438c81614abf565b600060ff821660ff8103614b4e57614b4e6149f9565b60010192915050565b81835260208301925060008160005b84811015614b865760408287376040958601959190910190600101614b66565b5093949350505050565b60ff86168152606060208201526000614bad606083018688614b57565b8281036040840152614bc0818587614b57565b98975050505050505050565b634e487b7160e01b600052603260045260246000fd5b81835260208301925060008160005b84811015614b865760808287376080958601959190910190600101614bf1565b602081526000614c25602083018486614be2565b949350505050565b6000808335601e19843603018112614c4457600080fd5b8301803591506001600160401b03821115614c5e57600080fd5b6020019150600781901b360382131561451757600080fd5b6000808335601e19843603018112614c8d57600080fd5b83016020810192503590506001600160401b03811115614cac57600080fd5b8060071b360382131561451757600080fd5b81835260006001600160fb1b03831115614cd757600080fd5b8260051b80836020870137939093016020019392505050565b604081526000614d008485614c76565b60606040850152614d1560a085018284614be2565b915050614d256020860186614c76565b848303603f19016060860152614d3c838284614be2565b925050506040850135601e19863603018112614d5757600080fd5b85016020810190356001600160401b03811115614d7357600080fd5b8060051b3603821315614d8557600080fd5b848303603f19016080860152614d9c838284614cbe565b9350505050613022602083018415159052565b600081614dbe57614dbe6149f9565b506000190190565b600060018201614dd857614dd86149f9565b5060010190565b6040808252810183905260008460608301825b86811015614e1c578235614e0581614afa565b60ff16825260209283019290910190600101614df2565b5080925050508215156020830152949350505050565b602081526000614c25602083018486614cbe565b604081526000614e5a604083018587614cbe565b9050826020830152949350505050565b6000808335601e19843603018112614e8157600080fd5b8301803591506001600160401b03821115614e9b57600080fd5b6020019150600581901b360382131561451757600080fd5b600060208284031215614ec557600080fd5b813561302281614afa565b600060208284031215614ee257600080fd5b81356001600160401b038116811461302257600080fd5b600060208284031215614f0b57600080fd5b813563ffffffff8116811461302257600080fd5b600060208284031215614f3157600080fd5b813561ffff8116811461302257600080fd5b600060208284031215614f5557600080fd5b813561302281614abf565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b6000808335601e19843603018112614fa057600080fd5b83016020810192503590506001600160401b03811115614fbf57600080fd5b80360382131561451757600080fd5b60008383855260208501945060208460051b8201018360005b8681101561502557838303601f190188526150028287614f89565b61500d858284614f60565b60209a8b019a90955093909301925050600101614fe7565b50909695505050505050565b8581526001600160401b038516602082015260ff84166040820152608060608201526000613c97608083018486614fce565b60006020828403121561507557600080fd5b81516001600160401b0381111561508b57600080fd5b8201601f8101841361509c57600080fd5b80516001600160401b038111156150b5576150b56143c5565b8060051b6150c5602082016143db565b918252602081840181019290810190878411156150e157600080fd5b6020850194505b83851015613c9757845192506150fd83614352565b828252602094850194909101906150e8565b6000808335601e1984360301811261512657600080fd5b8301803591506001600160401b0382111561514057600080fd5b60200191503681900382131561451757600080fd5b604081526000615169604083018688614f60565b82810360208401528084825260208201905060208560051b8301018660005b878110156151c657848303601f190184526151a3828a614f89565b6151ae858284614f60565b60209687019690955093909301925050600101615188565b50909998505050505050505050565b60006060820160ff871683526060602084015280865180835260808501915060208801925060005b818110156152245783516001600160a01b03168352602093840193909201916001016151fd565b50508381036040850152614bc0818688614fce565b60006020828403121561524b57600080fd5b815161302281614352565b60006020828403121561526857600080fd5b5051919050565b60006040828403121561528157600080fd5b6130228383614a50565b6000808585111561529b57600080fd5b838611156152a857600080fd5b5050600583901b0193919092039150565b600063ffffffff821663ffffffff8103614b4e57614b4e6149f9565b818103818111156107d1576107d16149f9565b600080858511156152f857600080fd5b8386111561530557600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156121a4576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b8060005b60028110156108f3578151845260209384019390910190600101615356565b87815286602082015261538b6040820187615352565b6153986080820186615352565b6153a560c0820185615352565b6153b3610100820184615352565b6153c1610140820183615352565b61018001979650505050505050565b6000826153df576153df614a26565b500690565b808201808211156107d1576107d16149f9565b82815260006020820183516020850160005b82811015615427578151845260209384019390910190600101615409565b50919695505050505050565b600082516154458184602087016145fb565b919091019291505056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4716f50c1fe196fa8f2d59c3eca367f2f7bf83b35c12ed36436b26d5af3695f5c4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220b2fd22892d8c0c8493cf839d0f20e19454d1aa2c17bf229e6cbee08fc7165b9364736f6c634300081c0033",
}

// MVotingABI is the input ABI used to generate the binding from.
// Deprecated: Use MVotingMetaData.ABI instead.
var MVotingABI = MVotingMetaData.ABI

// MVotingBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MVotingMetaData.Bin instead.
var MVotingBin = MVotingMetaData.Bin

// DeployMVoting deploys a new Ethereum contract, binding an instance of MVoting to it.
func DeployMVoting(auth *bind.TransactOpts, backend bind.ContractBackend, keys common.Address) (common.Address, *types.Transaction, *MVoting, error) {
	parsed, err := MVotingMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MVotingBin), backend, keys)
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

// KEYS is a free data retrieval call binding the contract method 0xf411d8dd.
//
// Solidity: function KEYS() view returns(address)
func (_MVoting *MVotingCaller) KEYS(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "KEYS")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KEYS is a free data retrieval call binding the contract method 0xf411d8dd.
//
// Solidity: function KEYS() view returns(address)
func (_MVoting *MVotingSession) KEYS() (common.Address, error) {
	return _MVoting.Contract.KEYS(&_MVoting.CallOpts)
}

// KEYS is a free data retrieval call binding the contract method 0xf411d8dd.
//
// Solidity: function KEYS() view returns(address)
func (_MVoting *MVotingCallerSession) KEYS() (common.Address, error) {
	return _MVoting.Contract.KEYS(&_MVoting.CallOpts)
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

// ElectionKey is a free data retrieval call binding the contract method 0xb34bbacd.
//
// Solidity: function electionKey(uint256 id) view returns(uint256[2] key, bool ready)
func (_MVoting *MVotingCaller) ElectionKey(opts *bind.CallOpts, id *big.Int) (struct {
	Key   [2]*big.Int
	Ready bool
}, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "electionKey", id)

	outstruct := new(struct {
		Key   [2]*big.Int
		Ready bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Key = *abi.ConvertType(out[0], new([2]*big.Int)).(*[2]*big.Int)
	outstruct.Ready = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// ElectionKey is a free data retrieval call binding the contract method 0xb34bbacd.
//
// Solidity: function electionKey(uint256 id) view returns(uint256[2] key, bool ready)
func (_MVoting *MVotingSession) ElectionKey(id *big.Int) (struct {
	Key   [2]*big.Int
	Ready bool
}, error) {
	return _MVoting.Contract.ElectionKey(&_MVoting.CallOpts, id)
}

// ElectionKey is a free data retrieval call binding the contract method 0xb34bbacd.
//
// Solidity: function electionKey(uint256 id) view returns(uint256[2] key, bool ready)
func (_MVoting *MVotingCallerSession) ElectionKey(id *big.Int) (struct {
	Key   [2]*big.Int
	Ready bool
}, error) {
	return _MVoting.Contract.ElectionKey(&_MVoting.CallOpts, id)
}

// ElectionOf is a free data retrieval call binding the contract method 0xf349f34c.
//
// Solidity: function electionOf(uint256 id) view returns((uint64,uint64,uint8,uint8,bool,bool,bool,uint16,uint32,uint32,uint8,uint8,uint8,uint8,bytes32,bytes32))
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
// Solidity: function electionOf(uint256 id) view returns((uint64,uint64,uint8,uint8,bool,bool,bool,uint16,uint32,uint32,uint8,uint8,uint8,uint8,bytes32,bytes32))
func (_MVoting *MVotingSession) ElectionOf(id *big.Int) (MVotingElection, error) {
	return _MVoting.Contract.ElectionOf(&_MVoting.CallOpts, id)
}

// ElectionOf is a free data retrieval call binding the contract method 0xf349f34c.
//
// Solidity: function electionOf(uint256 id) view returns((uint64,uint64,uint8,uint8,bool,bool,bool,uint16,uint32,uint32,uint8,uint8,uint8,uint8,bytes32,bytes32))
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

// SumsOf is a free data retrieval call binding the contract method 0x5ceed6ea.
//
// Solidity: function sumsOf(uint256 id) view returns(uint256[4][] sums)
func (_MVoting *MVotingCaller) SumsOf(opts *bind.CallOpts, id *big.Int) ([][4]*big.Int, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "sumsOf", id)

	if err != nil {
		return *new([][4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([][4]*big.Int)).(*[][4]*big.Int)

	return out0, err

}

// SumsOf is a free data retrieval call binding the contract method 0x5ceed6ea.
//
// Solidity: function sumsOf(uint256 id) view returns(uint256[4][] sums)
func (_MVoting *MVotingSession) SumsOf(id *big.Int) ([][4]*big.Int, error) {
	return _MVoting.Contract.SumsOf(&_MVoting.CallOpts, id)
}

// SumsOf is a free data retrieval call binding the contract method 0x5ceed6ea.
//
// Solidity: function sumsOf(uint256 id) view returns(uint256[4][] sums)
func (_MVoting *MVotingCallerSession) SumsOf(id *big.Int) ([][4]*big.Int, error) {
	return _MVoting.Contract.SumsOf(&_MVoting.CallOpts, id)
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

// CastSecret is a paid mutator transaction binding the contract method 0xc509a7d3.
//
// Solidity: function castSecret(uint256 id, (uint256[4][],uint256[4][],uint256[]) ballot, uint256[4][] previous, bytes32[] proof) returns()
func (_MVoting *MVotingTransactor) CastSecret(opts *bind.TransactOpts, id *big.Int, ballot MVotingSecretBallot, previous [][4]*big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "castSecret", id, ballot, previous, proof)
}

// CastSecret is a paid mutator transaction binding the contract method 0xc509a7d3.
//
// Solidity: function castSecret(uint256 id, (uint256[4][],uint256[4][],uint256[]) ballot, uint256[4][] previous, bytes32[] proof) returns()
func (_MVoting *MVotingSession) CastSecret(id *big.Int, ballot MVotingSecretBallot, previous [][4]*big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CastSecret(&_MVoting.TransactOpts, id, ballot, previous, proof)
}

// CastSecret is a paid mutator transaction binding the contract method 0xc509a7d3.
//
// Solidity: function castSecret(uint256 id, (uint256[4][],uint256[4][],uint256[]) ballot, uint256[4][] previous, bytes32[] proof) returns()
func (_MVoting *MVotingTransactorSession) CastSecret(id *big.Int, ballot MVotingSecretBallot, previous [][4]*big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CastSecret(&_MVoting.TransactOpts, id, ballot, previous, proof)
}

// Create is a paid mutator transaction binding the contract method 0xdc8ed48a.
//
// Solidity: function create((string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,uint8,bytes[]) e) returns(uint256 id)
func (_MVoting *MVotingTransactor) Create(opts *bind.TransactOpts, e MVotingNewElection) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "create", e)
}

// Create is a paid mutator transaction binding the contract method 0xdc8ed48a.
//
// Solidity: function create((string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,uint8,bytes[]) e) returns(uint256 id)
func (_MVoting *MVotingSession) Create(e MVotingNewElection) (*types.Transaction, error) {
	return _MVoting.Contract.Create(&_MVoting.TransactOpts, e)
}

// Create is a paid mutator transaction binding the contract method 0xdc8ed48a.
//
// Solidity: function create((string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,uint8,bytes[]) e) returns(uint256 id)
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

// PostDecryption is a paid mutator transaction binding the contract method 0x5ba37153.
//
// Solidity: function postDecryption(uint256 id, uint256[2][] shares, uint256[2][] proofs) returns()
func (_MVoting *MVotingTransactor) PostDecryption(opts *bind.TransactOpts, id *big.Int, shares [][2]*big.Int, proofs [][2]*big.Int) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "postDecryption", id, shares, proofs)
}

// PostDecryption is a paid mutator transaction binding the contract method 0x5ba37153.
//
// Solidity: function postDecryption(uint256 id, uint256[2][] shares, uint256[2][] proofs) returns()
func (_MVoting *MVotingSession) PostDecryption(id *big.Int, shares [][2]*big.Int, proofs [][2]*big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.PostDecryption(&_MVoting.TransactOpts, id, shares, proofs)
}

// PostDecryption is a paid mutator transaction binding the contract method 0x5ba37153.
//
// Solidity: function postDecryption(uint256 id, uint256[2][] shares, uint256[2][] proofs) returns()
func (_MVoting *MVotingTransactorSession) PostDecryption(id *big.Int, shares [][2]*big.Int, proofs [][2]*big.Int) (*types.Transaction, error) {
	return _MVoting.Contract.PostDecryption(&_MVoting.TransactOpts, id, shares, proofs)
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

// MVotingDecryptionPostedIterator is returned from FilterDecryptionPosted and is used to iterate over the raw logs and unpacked data for DecryptionPosted events raised by the MVoting contract.
type MVotingDecryptionPostedIterator struct {
	Event *MVotingDecryptionPosted // Event containing the contract specifics and raw log

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
func (it *MVotingDecryptionPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingDecryptionPosted)
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
		it.Event = new(MVotingDecryptionPosted)
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
func (it *MVotingDecryptionPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingDecryptionPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingDecryptionPosted represents a DecryptionPosted event raised by the MVoting contract.
type MVotingDecryptionPosted struct {
	Id      *big.Int
	Trustee common.Address
	Index   uint8
	Shares  [][2]*big.Int
	Proofs  [][2]*big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterDecryptionPosted is a free log retrieval operation binding the contract event 0x748147977b242ad032a297c70bf47e4828938f803096cb858f30ec8ab6b15552.
//
// Solidity: event DecryptionPosted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] shares, uint256[2][] proofs)
func (_MVoting *MVotingFilterer) FilterDecryptionPosted(opts *bind.FilterOpts, id []*big.Int, trustee []common.Address) (*MVotingDecryptionPostedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "DecryptionPosted", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return &MVotingDecryptionPostedIterator{contract: _MVoting.contract, event: "DecryptionPosted", logs: logs, sub: sub}, nil
}

// WatchDecryptionPosted is a free log subscription operation binding the contract event 0x748147977b242ad032a297c70bf47e4828938f803096cb858f30ec8ab6b15552.
//
// Solidity: event DecryptionPosted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] shares, uint256[2][] proofs)
func (_MVoting *MVotingFilterer) WatchDecryptionPosted(opts *bind.WatchOpts, sink chan<- *MVotingDecryptionPosted, id []*big.Int, trustee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "DecryptionPosted", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingDecryptionPosted)
				if err := _MVoting.contract.UnpackLog(event, "DecryptionPosted", log); err != nil {
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

// ParseDecryptionPosted is a log parse operation binding the contract event 0x748147977b242ad032a297c70bf47e4828938f803096cb858f30ec8ab6b15552.
//
// Solidity: event DecryptionPosted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] shares, uint256[2][] proofs)
func (_MVoting *MVotingFilterer) ParseDecryptionPosted(log types.Log) (*MVotingDecryptionPosted, error) {
	event := new(MVotingDecryptionPosted)
	if err := _MVoting.contract.UnpackLog(event, "DecryptionPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
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

// MVotingElectionTrusteesIterator is returned from FilterElectionTrustees and is used to iterate over the raw logs and unpacked data for ElectionTrustees events raised by the MVoting contract.
type MVotingElectionTrusteesIterator struct {
	Event *MVotingElectionTrustees // Event containing the contract specifics and raw log

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
func (it *MVotingElectionTrusteesIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionTrustees)
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
		it.Event = new(MVotingElectionTrustees)
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
func (it *MVotingElectionTrusteesIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionTrusteesIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionTrustees represents a ElectionTrustees event raised by the MVoting contract.
type MVotingElectionTrustees struct {
	Id          *big.Int
	Threshold   uint8
	Trustees    []common.Address
	TrusteeKeys [][]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterElectionTrustees is a free log retrieval operation binding the contract event 0x06319ae0f9ebecdbe8a8add9cac993a11424abefeaea05e344ed1b97e51de791.
//
// Solidity: event ElectionTrustees(uint256 indexed id, uint8 threshold, address[] trustees, bytes[] trusteeKeys)
func (_MVoting *MVotingFilterer) FilterElectionTrustees(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionTrusteesIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionTrustees", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionTrusteesIterator{contract: _MVoting.contract, event: "ElectionTrustees", logs: logs, sub: sub}, nil
}

// WatchElectionTrustees is a free log subscription operation binding the contract event 0x06319ae0f9ebecdbe8a8add9cac993a11424abefeaea05e344ed1b97e51de791.
//
// Solidity: event ElectionTrustees(uint256 indexed id, uint8 threshold, address[] trustees, bytes[] trusteeKeys)
func (_MVoting *MVotingFilterer) WatchElectionTrustees(opts *bind.WatchOpts, sink chan<- *MVotingElectionTrustees, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionTrustees", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionTrustees)
				if err := _MVoting.contract.UnpackLog(event, "ElectionTrustees", log); err != nil {
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

// ParseElectionTrustees is a log parse operation binding the contract event 0x06319ae0f9ebecdbe8a8add9cac993a11424abefeaea05e344ed1b97e51de791.
//
// Solidity: event ElectionTrustees(uint256 indexed id, uint8 threshold, address[] trustees, bytes[] trusteeKeys)
func (_MVoting *MVotingFilterer) ParseElectionTrustees(log types.Log) (*MVotingElectionTrustees, error) {
	event := new(MVotingElectionTrustees)
	if err := _MVoting.contract.UnpackLog(event, "ElectionTrustees", log); err != nil {
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
	Id       *big.Int
	Voter    common.Address
	Ballot   MVotingSecretBallot
	Replaced bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSecretBallotCast is a free log retrieval operation binding the contract event 0xdd9c8786637042a222f621c40dd7290c85175a3dbb1b9493ab708d10936abe0d.
//
// Solidity: event SecretBallotCast(uint256 indexed id, address indexed voter, (uint256[4][],uint256[4][],uint256[]) ballot, bool replaced)
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

// WatchSecretBallotCast is a free log subscription operation binding the contract event 0xdd9c8786637042a222f621c40dd7290c85175a3dbb1b9493ab708d10936abe0d.
//
// Solidity: event SecretBallotCast(uint256 indexed id, address indexed voter, (uint256[4][],uint256[4][],uint256[]) ballot, bool replaced)
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

// ParseSecretBallotCast is a log parse operation binding the contract event 0xdd9c8786637042a222f621c40dd7290c85175a3dbb1b9493ab708d10936abe0d.
//
// Solidity: event SecretBallotCast(uint256 indexed id, address indexed voter, (uint256[4][],uint256[4][],uint256[]) ballot, bool replaced)
func (_MVoting *MVotingFilterer) ParseSecretBallotCast(log types.Log) (*MVotingSecretBallotCast, error) {
	event := new(MVotingSecretBallotCast)
	if err := _MVoting.contract.UnpackLog(event, "SecretBallotCast", log); err != nil {
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
