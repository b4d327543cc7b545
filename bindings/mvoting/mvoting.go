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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"BN254PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingAlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingAlreadyDecrypted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"VotingAlreadyStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingBadChoiceProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingBadCommitments\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingBadDecryption\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingBadKnowledgeProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadMaxChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadOptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumBps\",\"type\":\"uint256\"}],\"name\":\"VotingBadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingBadSumProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VotingBadTrusteeKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingBadTrustees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingBadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ciphertexts\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBallotLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ballots\",\"type\":\"uint256\"}],\"name\":\"VotingCountAboveBallots\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"}],\"name\":\"VotingCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingDecryptionLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingDuplicateChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingDuplicateTrustee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingEmptyRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"VotingKeyGenerationClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingKeyNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingNoChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingNotOnRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"VotingNotTrustee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingOptionOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"VotingPointNotOnCurve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingPreviousBallotMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingResultLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"counted\",\"type\":\"uint256\"}],\"name\":\"VotingResultMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingResultPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"VotingSumProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"VotingTooFewDecryptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chosen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"}],\"name\":\"VotingTooManyChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingUnknownElection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"VotingWrongBallotKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingZeroCommitment\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"shares\",\"type\":\"uint256[2][]\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"proofs\",\"type\":\"uint256[2][]\"}],\"name\":\"DecryptionPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ElectionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"}],\"name\":\"ElectionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[2]\",\"name\":\"key\",\"type\":\"uint256[2]\"}],\"name\":\"ElectionKeyReady\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"}],\"name\":\"ElectionRoll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"name\":\"ElectionTrustees\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"ElectionWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"OpenBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256[4][]\",\"name\":\"ciphertexts\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[4][]\",\"name\":\"choiceProofs\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[]\",\"name\":\"sumProof\",\"type\":\"uint256[]\"}],\"indexed\":false,\"internalType\":\"structMVoting.SecretBallot\",\"name\":\"ballot\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"SecretBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"commitments\",\"type\":\"uint256[2][]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"encryptedShares\",\"type\":\"bytes[]\"}],\"name\":\"TrusteeCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ELECTION_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256[4][]\",\"name\":\"ciphertexts\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[4][]\",\"name\":\"choiceProofs\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[]\",\"name\":\"sumProof\",\"type\":\"uint256[]\"}],\"internalType\":\"structMVoting.SecretBallot\",\"name\":\"ballot\",\"type\":\"tuple\"},{\"internalType\":\"uint256[4][]\",\"name\":\"previous\",\"type\":\"uint256[4][]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[2][]\",\"name\":\"commitments\",\"type\":\"uint256[2][]\"},{\"internalType\":\"uint256[2]\",\"name\":\"pok\",\"type\":\"uint256[2]\"},{\"internalType\":\"bytes[]\",\"name\":\"encryptedShares\",\"type\":\"bytes[]\"}],\"name\":\"commitKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"countsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"internalType\":\"structMVoting.NewElection\",\"name\":\"e\",\"type\":\"tuple\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionKey\",\"outputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"key\",\"type\":\"uint256[2]\"},{\"internalType\":\"bool\",\"name\":\"ready\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"options\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"resultPosted\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ballots\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"trustees\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"committed\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"decrypted\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMVoting.Election\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[2][]\",\"name\":\"shares\",\"type\":\"uint256[2][]\"},{\"internalType\":\"uint256[2][]\",\"name\":\"proofs\",\"type\":\"uint256[2][]\"}],\"name\":\"postDecryption\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"}],\"name\":\"postResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sumsOf\",\"outputs\":[{\"internalType\":\"uint256[4][]\",\"name\":\"sums\",\"type\":\"uint256[4][]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"turnout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"quorumReached\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"verificationKey\",\"outputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"k\",\"type\":\"uint256[2]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a0516157cc610109600039600081816128590152818161288201526129af0152600050506157cc6000f3fe6080604052600436106101cd5760003560e01c806378be9944116100f7578063c509a7d311610095578063da74222811610064578063da742228146105a7578063dc8ed48a146105c7578063ed2a5411146105e7578063f349f34c1461060757600080fd5b8063c509a7d314610527578063cf61b75214610547578063d414a4c314610567578063d547741f1461058757600080fd5b8063997d2830116100d1578063997d283014610490578063a217fddf146104a6578063ad3cb1cc146104bb578063b34bbacd146104f957600080fd5b806378be9944146104215780637da0a8771461044357806391d148541461047057600080fd5b806340e58ee51161016f57806352d1902d1161013e57806352d1902d1461039f578063572b6c05146103b45780635ba37153146103d45780635ceed6ea146103f457600080fd5b806340e58ee5146103065780634385963214610326578063485cc9551461036c5780634f1ef2861461038c57600080fd5b8063248a9ca3116101ab578063248a9ca3146102615780632cd30e2b1461028f5780632f2ff15d146102c457806336568abe146102e657600080fd5b806301ffc9a7146101d25780630893ccc2146102075780630c90b0c714610234575b600080fd5b3480156101de57600080fd5b506101f26101ed36600461465d565b6107c4565b60405190151581526020015b60405180910390f35b34801561021357600080fd5b50610227610222366004614687565b6107fb565b6040516101fe91906146cc565b34801561024057600080fd5b5061025461024f3660046146da565b61089d565b6040516101fe91906146f3565b34801561026d57600080fd5b5061028161027c3660046146da565b6108ff565b6040519081526020016101fe565b34801561029b57600080fd5b506102af6102aa3660046146da565b610921565b604080519283529015156020830152016101fe565b3480156102d057600080fd5b506102e46102df36600461474d565b61099d565b005b3480156102f257600080fd5b506102e461030136600461474d565b6109bf565b34801561031257600080fd5b506102e46103213660046146da565b610a07565b34801561033257600080fd5b506101f261034136600461474d565b60009182526004602090815260408084206001600160a01b0393909316845291905290205460ff1690565b34801561037857600080fd5b506102e4610387366004614779565b610adf565b6102e461039a3660046147b9565b610c0f565b3480156103ab57600080fd5b50610281610c2e565b3480156103c057600080fd5b506101f26103cf366004614880565b610c4b565b3480156103e057600080fd5b506102e46103ef3660046148e6565b610c70565b34801561040057600080fd5b5061041461040f3660046146da565b610f2d565b6040516101fe9190614963565b34801561042d57600080fd5b5061028160008051602061571783398151915281565b34801561044f57600080fd5b50610458611017565b6040516001600160a01b0390911681526020016101fe565b34801561047c57600080fd5b506101f261048b36600461474d565b61104a565b34801561049c57600080fd5b5061028160005481565b3480156104b257600080fd5b50610281600081565b3480156104c757600080fd5b506104ec604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101fe91906149e7565b34801561050557600080fd5b506105196105143660046146da565b611082565b6040516101fe929190614a1a565b34801561053357600080fd5b506102e4610542366004614a7b565b611129565b34801561055357600080fd5b506102e4610562366004614b5b565b611501565b34801561057357600080fd5b506102e4610582366004614bc7565b6116aa565b34801561059357600080fd5b506102e46105a236600461474d565b6118bb565b3480156105b357600080fd5b506102e46105c2366004614880565b6118d7565b3480156105d357600080fd5b506102816105e2366004614c12565b6118eb565b3480156105f357600080fd5b506102e4610602366004614c4d565b612127565b34801561061357600080fd5b506107b76106223660046146da565b6040805161020081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101919091525060009081526001602081815260409283902083516102008101855281546001600160401b038082168352600160401b8204169382019390935260ff600160801b8404811695820195909552600160881b830485166060820152600160901b8304851615156080820152600160981b83048516151560a0820152600160a01b83048516151560c082015261ffff600160a81b84041660e082015263ffffffff600160b81b8404811661010080840191909152600160d81b8504909116610120830152600160f81b9093048516610140820152928101548085166101608501529182048416610180840152620100009091049092166101a082015260028201546101c08201526003909101546101e082015290565b6040516101fe9190614cc1565b60006001600160e01b03198216637965db0b60e01b14806107f557506301ffc9a760e01b6001600160e01b03198316145b92915050565b610803614576565b600083815260066020526040902080545b801561089557610883610827848661251e565b83610833600185614e2e565b8154811061084357610843614e41565b600091825260209091206040805180820191829052926002908102909201919082845b8154815260200190600101908083116108665750505050506125a2565b925061088e81614e57565b9050610814565b505092915050565b6000818152600260209081526040918290208054835181840281018401909452808452606093928301828280156108f357602002820191906000526020600020905b8154815260200190600101908083116108df575b50505050509050919050565b6000908152600080516020615777833981519152602052604090206001015490565b60008181526001602052604081208054829190600160b81b900463ffffffff1682036109535750600093849350915050565b805463ffffffff600160b81b820481169161097991600160d81b90910416612710614e6e565b6109839190614e9b565b90549094600160a81b90910461ffff168510159350915050565b6109a6826108ff565b6109af81612659565b6109b9838361266d565b50505050565b6109c761271a565b6001600160a01b0316816001600160a01b0316146109f85760405163334bd91960e11b815260040160405180910390fd5b610a028282612729565b505050565b600080516020615717833981519152610a1f81612659565b6000610a2a836127c3565b8054909150600160981b900460ff1615610a5f5760405163f13e8f8b60e01b8152600481018490526024015b60405180910390fd5b80546001600160401b03164210610a9e5780546040516372a5d17f60e11b8152600481018590526001600160401b039091166024820152604401610a56565b805460ff60981b1916600160981b17815560405183907fc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc428790600090a2505050565b6000610ae961280a565b805490915060ff600160401b82041615906001600160401b0316600081158015610b105750825b90506000826001600160401b03166001148015610b2c5750303b155b905081158015610b3a575080155b15610b585760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610b8257845460ff60401b1916600160401b1785555b610b8b87612833565b610b93612844565b610b9b612844565b610ba660008761266d565b50610bbf6000805160206157178339815191528761266d565b508315610c0657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610c1761284e565b610c20826128dc565b610c2a82826128e7565b5050565b6000610c386129a4565b5060008051602061573783398151915290565b6000610c55611017565b6001600160a01b0316826001600160a01b0316149050919050565b6000610c7b866129ed565b8054909150600160901b900460ff16610cb157604051633e92908160e11b81526004810187905260006024820152604401610a56565b8054600160a01b900460ff1615610cde576040516306f727cd60e51b815260048101879052602401610a56565b6001810154610100810460ff908116911614610d2b57600181015460405163afbfac3560e01b81526004810188905260ff6101008304811660248301529091166044820152606401610a56565b6000610d3561271a565b60008881526005602090815260408083206001600160a01b0385168452909152812080549293509160ff169003610d9157604051630da571a760e11b8152600481018990526001600160a01b0383166024820152604401610a56565b805462010000900460ff1615610dcc57604051634ac86ca160e11b8152600481018990526001600160a01b0383166024820152604401610a56565b8254600160801b900460ff1686141580610df157508254600160801b900460ff168414155b15610e32578254604051632cc715a360e21b8152600481018a90526024810188905260448101869052600160801b90910460ff166064820152608401610a56565b8054610e48908990849060ff168a8a8a8a612a75565b805462ff000019166201000090811782556001840180549091600291610e7291900460ff16614eaf565b825460ff91821661010093840a908102908302199091161790925560008a815260096020908152604080832086548154600181018355918552938390209281049092018054601f90931690940a92851683029285021990911691909117909155825490516001600160a01b038516928b927f748147977b242ad032a297c70bf47e4828938f803096cb858f30ec8ab6b1555292610f1b9291909116908c908c908c908c90614f07565b60405180910390a35050505050505050565b600081815260016020526040902054606090600160801b900460ff166001600160401b03811115610f6057610f606147a3565b604051908082528060200260200182016040528015610f9957816020015b610f86614594565b815260200190600190039081610f7e5790505b50905060005b815181101561101157600083815260076020908152604080832084845290915290819020815160808101928390529160049082845b815481526020019060010190808311610fd4575050505050828281518110610ffe57610ffe614e41565b6020908102919091010152600101610f9f565b50919050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000918252600080516020615777833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61108a614576565b60008281526001602052604081208054600160901b900460ff1680156110be57506001810154610100810460ff9081169116145b9150811561112357600084815260066020526040812080549091906110e5576110e5614e41565b600091825260209091206040805180820191829052926002908102909201919082845b81548152602001906001019080831161110857505050505092505b50915091565b60006111388784846001612bb8565b6001810154909150610100810460ff90811691161461118857600181015460405163afbfac3560e01b81526004810189905260ff6101008304811660248301529091166044820152606401610a56565b600061119261271a565b90506111a08883838a612d67565b60008881526008602090815260408083206001600160a01b038516845290915290205480156111fa578087876040516020016111dd929190614f72565b6040516020818303038152906040528051906020012014156111fe565b8515155b1561122e57604051631908bb0760e21b8152600481018a90526001600160a01b0383166024820152604401610a56565b60005b61123b8980614f8e565b905081101561145e5760008a81526007602090815260408083208484529091528120906112688b80614f8e565b8481811061127857611278614e41565b905060800201600480602002604051908101604052809291908260046020028082843760009201829052506040805180820182528754815260018089015460208084019190915283518085019094528751845296975092956112ed955090935090919082019086905b602002015190526125a2565b9050600061133c60405180604001604052808660026004811061131257611312614e41565b015481526003808801546020928301526040805180820182529088015181529182019087906112e1565b9050851561142f576113bd8260405180604001604052808f8f8a81811061136557611365614e41565b90506080020160006004811061137d5761137d614e41565b602002013581526020018f8f8a81811061139957611399614e41565b9050608002016001600481106113b1576113b1614e41565b602002013590526132c8565b915061142c8160405180604001604052808f8f8a8181106113e0576113e0614e41565b9050608002016002600481106113f8576113f8614e41565b602002013581526020018f8f8a81811061141457611414614e41565b9050608002016003600481106113b1576113b1614e41565b90505b815160209283015182519290930151600386015560028501919091556001848101929092559092555001611231565b506114698880614f8e565b60405160200161147a929190614f72565b60408051601f19818403018152918152815160209283012060008c8152600884528281206001600160a01b03871680835294529190912055897fdd9c8786637042a222f621c40dd7290c85175a3dbb1b9493ab708d10936abe0d8a6114e08388886132e9565b6040516114ee929190615051565b60405180910390a3505050505050505050565b60006115108684846000612bb8565b8054909150600090611539908790879060ff600160801b8204811691600160881b900416613384565b9050600061154561271a565b60008981526003602090815260408083206001600160a01b03851684528252808320548c84526002909252822092935063ffffffff1691905b8554600160801b900460ff1681101561162157600163ffffffff8083169190911b841616156115d5578181815481106115b9576115b9614e41565b90600052602060002001600081546115d090614e57565b909155505b600163ffffffff8083169190911b86161615611619578181815481106115fd576115fd614e41565b906000526020600020016000815461161490615110565b909155505b60010161157e565b5060008a81526003602090815260408083206001600160a01b0387168085529252909120805463ffffffff191663ffffffff87161790558a7f3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb8b8b611687848b8a6132e9565b6040516116969392919061513a565b60405180910390a350505050505050505050565b6000805160206157178339815191526116c281612659565b60006116cd856129ed565b8054909150600160a01b900460ff16156116fd576040516306f727cd60e51b815260048101869052602401610a56565b8054600160801b900460ff16831461173d57805460405163633dc0a360e11b815260048101859052600160801b90910460ff166024820152604401610a56565b8054600160901b900460ff161561175f5761175a85828686613480565b611837565b60005b8381101561183557600086815260026020526040902080548290811061178a5761178a614e41565b90600052602060002001548585838181106117a7576117a7614e41565b905060200201351461182d5785818686848181106117c7576117c7614e41565b90506020020135600260008a815260200190815260200160002084815481106117f2576117f2614e41565b60009182526020909120015460405163084b8d3160e41b81526004810194909452602484019290925260448301526064820152608401610a56565b600101611762565b505b805460ff60a01b1916600160a01b17815560405161185b908590859060200161518b565b60408051601f198184030181529082905280516020909101206003830181905586917f31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b3916118ac918891889161519f565b60405180910390a25050505050565b6118c4826108ff565b6118cd81612659565b6109b98383612729565b60006118e281612659565b610c2a82613892565b600060008051602061571783398151915261190581612659565b600061191460208501856151c3565b91505060028110806119265750602081115b156119475760405163382c81f160e21b815260048101829052602401610a56565b611957606085016040860161520c565b60ff161580611977575080611972606086016040870161520c565b60ff16115b156119b25761198c606085016040860161520c565b604051634825ed3f60e01b815260ff909116600482015260248101829052604401610a56565b426119c36080860160608701615227565b6001600160401b03161080611a0857506119e36080850160608601615227565b6001600160401b03166119fc60a0860160808701615227565b6001600160401b031611155b15611a5957611a1d6080850160608601615227565b611a2d60a0860160808701615227565b604051635cf069f560e11b81526001600160401b03928316600482015291166024820152604401610a56565b60a08401351580611a7d5750611a7560e0850160c08601615250565b63ffffffff16155b15611a9b5760405163ec627e1560e01b815260040160405180910390fd5b612710611aaf610100860160e08701615276565b61ffff161115611aea57611aca610100850160e08601615276565b604051631b571b2360e01b815261ffff9091166004820152602401610a56565b6000808154611af890615110565b91829055506000818152600160205260409020909350611b1e6080860160608701615227565b611b2e60a0870160808801615227565b83611b3f6060890160408a0161520c565b611b516101208a016101008b0161529a565b855461ffff60881b1916600160901b9115159190910260ff60881b191617600160881b60ff928316021770ffffffffffffffffff00000000000000001916600160801b92909116919091026fffffffffffffffff0000000000000000191617600160401b6001600160401b03928316021767ffffffffffffffff1916911617815560a0850135611be760e0870160c08801615250565b611bf8610100880160e08901615276565b835463ffffffff909216600160b81b0263ffffffff60b81b1961ffff909216600160a81b029190911665ffffffffffff60a81b199092169190911717825560028201556060611c4f6101208701610100880161529a565b15611eea576000611c646101408801886151c3565b9150611c7a90506101408801610120890161520c565b60ff161580611c9c575080611c9761014089016101208a0161520c565b60ff16115b80611ca75750602081115b15611ce457611cbe6101408801610120890161520c565b60405163576df36b60e01b815260ff909116600482015260248101829052604401610a56565b611cf66101408801610120890161520c565b60018401805460ff80851660ff199092169190911790915584549116600160f81b026001600160f81b03909116178355806001600160401b03811115611d3e57611d3e6147a3565b604051908082528060200260200182016040528015611d67578160200160208202803683370190505b50915060005b81811015611ee357611d836101408901896151c3565b82818110611d9357611d93614e41565b9050602002810190611da591906152bc565b9050604014611dca57604051633bf15fdb60e01b815260048101829052602401610a56565b6000611dda6101408a018a6151c3565b83818110611dea57611dea614e41565b9050602002810190611dfc91906152bc565b604051611e0a929190615302565b604080519182900390912060008a8152600560209081528382206001600160a01b03841683529052919091205490915060ff1615611e6d57604051636912ac5f60e01b8152600481018390526001600160a01b0382166024820152604401610a56565b611e78826001615312565b60008981526005602090815260408083206001600160a01b03861684529091529020805460ff191660ff9290921691909117905583518190859084908110611ec257611ec2614e41565b6001600160a01b039092166020928302919091019091015250600101611d6d565b5050611f51565b826001600160401b03811115611f0257611f026147a3565b604051908082528060200260200182016040528015611f2b578160200160208202803683370190505b5060008681526002602090815260409091208251611f4f93919291909101906145b2565b505b847fb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d79611f7d88806152bc565b611f8a60208b018b6151c3565b604051611f9a9493929190615393565b60405180910390a2847fb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d611fd46080890160608a01615227565b611fe460a08a0160808b01615227565b611ff460608b0160408c0161520c565b6120066101208c016101008d0161529a565b604080516001600160401b03958616815293909416602084015260ff91909116828401521515606082015290519081900360800190a2847f30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd60a088013561207360e08a0160c08b01615250565b6120846101008b0160e08c01615276565b6040805193845263ffffffff909216602084015261ffff169082015260600160405180910390a26120bd6101208701610100880161529a565b1561211e57847f06319ae0f9ebecdbe8a8add9cac993a11424abefeaea05e344ed1b97e51de7916120f661014089016101208a0161520c565b836121056101408b018b6151c3565b6040516121159493929190615476565b60405180910390a25b50505050919050565b6000612132876127c3565b8054909150600160901b900460ff1661216857604051633e92908160e11b81526004810188905260006024820152604401610a56565b8054600160981b900460ff16156121955760405163f13e8f8b60e01b815260048101889052602401610a56565b80546001600160401b031642106121d45780546040516306988a2160e21b8152600481018990526001600160401b039091166024820152604401610a56565b60006121de61271a565b60008981526005602090815260408083206001600160a01b0385168452909152812080549293509160ff16900361223a57604051630da571a760e11b8152600481018a90526001600160a01b0383166024820152604401610a56565b8054610100900460ff161561227457604051631328bf8760e11b8152600481018a90526001600160a01b0383166024820152604401610a56565b8254600160f81b900460ff16871415806122955750600183015460ff168414155b156122e35782546001840154604051631281b73760e01b8152600481018c9052602481018a9052600160f81b90920460ff90811660448401526064830187905216608482015260a401610a56565b61230789838a8a60008181106122fb576122fb614e41565b905060400201896138fb565b6000898152600660205260408120805490919015905b898110156124095760006123478c8c8481811061233c5761233c614e41565b905060400201613a51565b9050821561237a5783546001810185556000858152602090206123749160029081029091019083906145fd565b50612400565b6123d084838154811061238f5761238f614e41565b600091825260209091206040805180820191829052926002908102909201919082845b8154815260200190600101908083116123b2575050505050826125a2565b8483815481106123e2576123e2614e41565b90600052602060002090600202019060026123fe9291906145fd565b505b5060010161231d565b50825461ff001916610100908117845560018681018054909261242f910460ff16614eaf565b91906101000a81548160ff021916908360ff160217905550836001600160a01b03168b7f9bc72baa83b9d0fe9a7bc69e1bda003eb81203596b4f0bce2c27aedcbec83f8a8560000160009054906101000a900460ff168d8d8c8c60405161249a9594939291906154da565b60405180910390a3600185015460ff8082166101009092041603612511578a7f807f3cf2b9d5919cbcc91d8297c701d96d5adff4c03d646c98d53d6b2e36fc3d836000815481106124ed576124ed614e41565b9060005260206000209060020201604051612508919061550a565b60405180910390a25b5050505050505050505050565b612526614576565b600060405180606001604052808560006002811061254657612546614e41565b602002015181526020018560016002811061256357612563614e41565b60200201518152602001848152509050600060408360608460075afa90508061089557604051634e7294ad60e11b815260076004820152602401610a56565b6125aa614576565b60006040518060800160405280856000600281106125ca576125ca614e41565b60200201518152602001856001600281106125e7576125e7614e41565b602002015181526020018460006002811061260457612604614e41565b602002015181526020018460016002811061262157612621614e41565b602002015190529050600060408360808460065afa90508061089557604051634e7294ad60e11b815260066004820152602401610a56565b61266a8161266561271a565b613a85565b50565b6000600080516020615777833981519152612688848461104a565b612709576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556126bf61271a565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506107f5565b60009150506107f5565b5092915050565b6000612724613abe565b905090565b6000600080516020615777833981519152612744848461104a565b15612709576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916905561277961271a565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a460019150506107f5565b600081815260016020526040812080549091600160b81b90910463ffffffff1690036128055760405163d06695d160e01b815260048101839052602401610a56565b919050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006107f5565b61283b613b06565b61266a81613892565b61284c613b06565b565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806128be57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166128b2613b2b565b6001600160a01b031614155b1561284c5760405163703e46dd60e11b815260040160405180910390fd5b6000610c2a81612659565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612941575060408051601f3d908101601f1916820190925261293e9181019061553b565b60015b61296957604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610a56565b600080516020615737833981519152811461299a57604051632a87526960e21b815260048101829052602401610a56565b610a028383613b41565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461284c5760405163703e46dd60e11b815260040160405180910390fd5b60006129f8826127c3565b8054909150600160981b900460ff1615612a285760405163f13e8f8b60e01b815260048101839052602401610a56565b8054600160401b90046001600160401b0316421015612805578054604051631cb7581560e11b815260048101849052600160401b9091046001600160401b03166024820152604401610a56565b6000612a84888760ff166107fb565b90506000612ab37fbd8f89641d01bce9a3717c5e59789f0e5dd83438bb9d0406894f5a6d3e9452248a8a613b97565b60008a8152600a6020908152604080832060ff8c16845290915281209192505b86811015612511576000612af289898481811061233c5761233c614e41565b60008d81526007602090815260408083208684529091528082208151808301909252929350612b4f9187918991819086015481526020018560010154905285878d8d82818110612b4457612b44614e41565b905060400201613be5565b612b85576040516308d725cb60e21b8152600481018e90526001600160a01b038d16602482015260448101849052606401610a56565b8354600181018555600085815260209020612baa9160029081029091019084906145fd565b505050806001019050612ad3565b6000612bc3856127c3565b8054909150600160981b900460ff1615612bf35760405163f13e8f8b60e01b815260048101869052602401610a56565b80546001600160401b0316421080612c1c57508054600160401b90046001600160401b03164210155b15612c65578054604051631fa5a2fd60e11b8152600481018790524260248201526001600160401b038083166044830152600160401b9092049091166064820152608401610a56565b805460ff600160901b90910416151582151514612cac578054604051633e92908160e11b815260048101879052600160901b90910460ff1615156024820152604401610a56565b6000612cb661271a565b8254604080516001600160a01b039093166020840152600160b81b90910463ffffffff169082015260600160408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050612d268585846002015484613cc0565b612d5e5785612d3361271a565b60405163050aaaaf60e51b815260048101929092526001600160a01b03166024820152604401610a56565b50949350505050565b8254600160801b900460ff1680612d7e8380614f8e565b9050141580612d9b575080612d966020840184614f8e565b905014155b15612dec5784612dab8380614f8e565b9050612dba6020850185614f8e565b604051630eb533a360e11b81526004810194909452602484019290925250604482015260648101829052608401610a56565b8354600160881b900460ff16612e03816002614e6e565b612e1060408501856151c3565b905014612e5c5785612e2560408501856151c3565b9050612e32836002614e6e565b604051630a640c9b60e31b8152600481019390935260248301919091526044820152606401610a56565b6000612e897f052b7f86c32f964c765dcd856283263c8039dcae09992d4f7572b164165484488887613b97565b6000888152600660205260408120805492935090918290612eac57612eac614e41565b600091825260209091206040805180820191829052926002908102909201919082845b815481526020019060010190808311612ecf5750505050509050612ef1614594565b60408051600280825260608201835260009260208301908036833750506040805160028082526060820183529394506000939092509060208301908036833701905050905060005b878110156131e55736612f4c8a80614f8e565b83818110612f5c57612f5c614e41565b9050608002019050612f8d81600060048110612f7a57612f7a614e41565b60200201358260015b6020020135613cd8565b612f9d6040820135826003612f83565b36612fab60208c018c614f8e565b84818110612fbb57612fbb614e41565b905060800201905080600060048110612fd657612fd6614e41565b60200201358160016020020135826002602002013583600360200201358860008151811061300657613006614e41565b602002602001018960018151811061302057613020614e41565b602002602001018960008151811061303a5761303a614e41565b602002602001018a60018151811061305457613054614e41565b602090810291909101019390935292909152919052526040805160808181019092526130a1918a918a9187919087906004908390839080828437600092018290525091508b90508a613d09565b6130d75760405163e035dfbd60e01b8152600481018f90526001600160a01b038d16602482015260448101849052606401610a56565b60006131456040518060400160405280896000600481106130fa576130fa614e41565b602002015181526020018960016004811061311757613117614e41565b6020908102919091015190915260408051808201909152863581529081018660015b602002013590526125a2565b905060006131b960405180604001604052808a60026004811061316a5761316a614e41565b602002015181526020018a60036004811061318757613187614e41565b602002015190526040805180820190915280876002602002013581526020018760036004811061313957613139614e41565b825160209384015182519285015160608c015260408b0192909252928901525086525050600101612f39565b506131f360408901896151c3565b613201918891600091615554565b808060200260200160405190810160405280939291908181526020018383602002808284376000920191909152509294506132439250505060408901896151c3565b6132509188908290615554565b80806020026020016040519081016040528093929190818152602001838360200280828437600092019190915250929350613299925087915086905061ffff8660018787613d09565b6125115760405163aaa326e160e01b8152600481018c90526001600160a01b038a166024820152604401610a56565b6132d0614576565b6132e2836132dd846140b3565b6125a2565b9392505050565b60008381526004602090815260408083206001600160a01b038516845290915290205460ff16806132e25760008481526004602090815260408083206001600160a01b03861684529091529020805460ff1916600117905582548390601b9061335f9063ffffffff600160d81b90910416615582565b91906101000a81548163ffffffff021916908363ffffffff1602179055509392505050565b60008381036133a6576040516376f1454b60e01b815260040160405180910390fd5b60ff82168411156133d65760405163bdf6e7e760e01b81526004810185905260ff83166024820152604401610a56565b60005b84811015612d5e5760008686838181106133f5576133f5614e41565b905060200201602081019061340a919061520c565b90508460ff168160ff161061343f57604051631ee1b3bb60e01b815260ff808316600483015286166024820152604401610a56565b600160ff82161b83811663ffffffff1615613472576040516360083cbf60e11b815260ff83166004820152602401610a56565b9290921791506001016133d9565b600084815260096020526040902083548154600160f81b90910460ff16908111156134d2578154604051633721d73960e21b815260048101889052602481019190915260448101829052606401610a56565b6000816001600160401b038111156134ec576134ec6147a3565b604051908082528060200260200182016040528015613515578160200160208202803683370190505b50905060005b828110156136575760018060005b858110156136155780841461360d5760008051602061575783398151915287828154811061355957613559614e41565b60009182526020918290209181049091015460ff601f9092166101000a900416840992506000805160206157578339815191528088868154811061359f5761359f614e41565b6000918252602091829020918104909101546135d591601f166101000a900460ff16600080516020615757833981519152614e2e565b8984815481106135e7576135e7614e41565b60009182526020918290209181049091015460ff601f9092166101000a90041608830991505b600101613529565b5060008051602061575783398151915261362e82614105565b830984848151811061364257613642614e41565b6020908102919091010152505060010161351b565b5060005b84811015613888578654600160d81b900463ffffffff1686868381811061368457613684614e41565b9050602002013511156136eb5787818787848181106136a5576136a5614e41565b8b54604051632ee95c1760e01b81526004810196909652602486019490945260200290910135604484015250600160d81b900463ffffffff166064820152608401610a56565b600061370e87878481811061370257613702614e41565b905060200201356141a2565b905060005b848110156137ef576137e5826132dd600a60008e815260200190815260200160002060008a868154811061374957613749614e41565b90600052602060002090602091828204019190069054906101000a900460ff1660ff168152602001908152602001600020868154811061378b5761378b614e41565b600091825260209091206040805180820191829052926002908102909201919082845b8154815260200190600101908083116137ae5750505050508785815181106137d8576137d8614e41565b602002602001015161251e565b9150600101613713565b5060408051808201825260008b815260076020908152838220868352808252938220600281015484529186905292835260030154918101919091526138359082906141ca565b61387f57888288888581811061384d5761384d614e41565b6040516339f48aeb60e21b81526004810195909552602485019390935250602090910201356044820152606401610a56565b5060010161365b565b5050505050505050565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b600061390683613a51565b805190915015801561391a57506020810151155b1561394a57604051630f9b125f60e01b8152600481018690526001600160a01b0385166024820152604401610a56565b600061396c61395c60208501356141a2565b61396784863561251e565b6132c8565b9050600061399b7f048fe619efc10dcff6ee5f8de71c5b8bf7d01a3299f033427f085c71c185cde18888613b97565b905060008051602061575783398151915284351015806139cd5750600080516020615757833981519152602085013510155b80613a215750604051843590600080516020615757833981519152906139fb9084908790879060200161559e565b6040516020818303038152906040528051906020012060001c613a1e91906155c5565b14155b15610c0657604051632cf17e4b60e11b8152600481018890526001600160a01b0387166024820152604401610a56565b613a59614576565b613a668235836001612f83565b5060408051808201909152813581526020918201359181019190915290565b613a8f828261104a565b610c2a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a56565b6000366014808210801590613ad75750613ad733610c4b565b15613afe57613aeb368284038160006155d9565b613af491615603565b60601c9250505090565b339250505090565b613b0e6141e7565b61284c57604051631afcd79f60e31b815260040160405180910390fd5b600060008051602061573783398151915261103b565b613b4a82614201565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115613b8f57610a028282614266565b610c2a6142dc565b60408051602080820195909552468183015230606082015260808101939093526001600160a01b039190911660a0808401919091528151808403909101815260c09092019052805191012090565b60008135602083013560008051602061575783398151915282101580613c1957506000805160206157578339815191528110155b15613c2957600092505050613cb6565b6000613c41613c37836141a2565b6139678b8661251e565b90506000613c5c613c528a8561251e565b6139678a8761251e565b9050836000805160206157578339815191528c898d8d8d8888604051602001613c8b9796959493929190615643565b6040516020818303038152906040528051906020012060001c613cae91906155c5565b149450505050505b9695505050505050565b600082613cce8686856142fb565b1495945050505050565b613ce28282614334565b610c2a576040516324f7ce5b60e21b81526004810183905260248101829052604401610a56565b60008083516004613d1a9190614e6e565b613d25906007615312565b6001600160401b03811115613d3c57613d3c6147a3565b604051908082528060200260200182016040528015613d65578160200160208202803683370190505b50905086856001865188613d799190615312565b613d839190614e2e565b885160208a015160408b015160608c015187518890600090613da757613da7614e41565b6020026020010188600181518110613dc157613dc1614e41565b6020026020010189600281518110613ddb57613ddb614e41565b602002602001018a600381518110613df557613df5614e41565b602002602001018b600481518110613e0f57613e0f614e41565b602002602001018c600581518110613e2957613e29614e41565b602002602001018d600681518110613e4357613e43614e41565b602090810291909101019690965295909452949093529390529290529190525260008515613ebe57613eb9604051806040016040528089600260048110613e8c57613e8c614e41565b6020020151815260200189600360048110613ea957613ea9614e41565b60200201519052613967886141a2565b613ed8565b604080518082018252908801518152606088015160208201525b90506000805b865181101561405a57600080516020615757833981519152878281518110613f0857613f08614e41565b6020026020010151101580613f445750600080516020615757833981519152868281518110613f3957613f39614e41565b602002602001015110155b15613f565760009450505050506140a8565b613fee84613f65836004614e6e565b613f70906007615312565b8d60405180604001604052808e600060048110613f8f57613f8f614e41565b602002015181526020018e600160048110613fac57613fac614e41565b6020020151815250878c8781518110613fc757613fc7614e41565b60200260200101518c8881518110613fe157613fe1614e41565b60200260200101516143d6565b60008051602061575783398151915287828151811061400f5761400f614e41565b602002602001015183088751909250614029826001615312565b10156140525761404f8360405180604001604052806001815260200160028152506132c8565b92505b600101613ede565b50806000805160206157578339815191528c8560405160200161407e92919061569e565b6040516020818303038152906040528051906020012060001c6140a191906155c5565b1493505050505b979650505050505050565b6140bb614576565b60208201516000036140cb575090565b60408051808201909152825181526020810183600160200201516140fd906000805160206156f7833981519152614e2e565b905292915050565b6000806040518060c0016040528060208152602001602081526020016020815260200184815260200160026000805160206157578339815191526141499190614e2e565b8152602001600080516020615757833981519152815250905061416a61462a565b600060208260c08560055afa90508061419957604051634e7294ad60e11b815260056004820152602401610a56565b50519392505050565b6141aa614576565b6107f560405180604001604052806001815260200160028152508361251e565b805182516000911480156132e25750506020908101519101511490565b60006141f161280a565b54600160401b900460ff16919050565b806001600160a01b03163b60000361423757604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610a56565b60008051602061573783398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b03168460405161428391906156da565b600060405180830381855af49150503d80600081146142be576040519150601f19603f3d011682016040523d82523d6000602084013e6142c3565b606091505b50915091506142d38583836144c3565b95945050505050565b341561284c5760405163b398979f60e01b815260040160405180910390fd5b600081815b84811015612d5e5761432a8287878481811061431e5761431e614e41565b9050602002013561451f565b9150600101614300565b600082158015614342575081155b1561434f575060016107f5565b6000805160206156f78339815191528310158061437a57506000805160206156f78339815191528210155b15614387575060006107f5565b6000805160206156f783398151915260036000805160206156f7833981519152856000805160206156f783398151915287880909086000805160206156f7833981519152838409149392505050565b60006143ee6143e4836141a2565b613967878661251e565b905060006144096143ff888561251e565b613967878761251e565b82516020808501518351918401518d5194955092939092908d908d90811061443357614433614e41565b602002602001018d8d60016144489190615312565b8151811061445857614458614e41565b602002602001018e8e600261446d9190615312565b8151811061447d5761447d614e41565b602002602001018f8f60036144929190615312565b815181106144a2576144a2614e41565b60209081029190910101939093529290915291905252505050505050505050565b6060826144d8576144d38261454e565b6132e2565b81511580156144ef57506001600160a01b0384163b155b1561451857604051639996b31560e01b81526001600160a01b0385166004820152602401610a56565b50806132e2565b600081831061453b5760008281526020849052604090206132e2565b60008381526020839052604090206132e2565b80511561455d57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60405180604001604052806002906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b8280548282559060005260206000209081019282156145ed579160200282015b828111156145ed5782518255916020019190600101906145d2565b506145f9929150614648565b5090565b82600281019282156145ed57916020028201828111156145ed5782518255916020019190600101906145d2565b60405180602001604052806001906020820280368337509192915050565b5b808211156145f95760008155600101614649565b60006020828403121561466f57600080fd5b81356001600160e01b0319811681146132e257600080fd5b6000806040838503121561469a57600080fd5b50508035926020909101359150565b8060005b60028110156109b95781518452602093840193909101906001016146ad565b604081016107f582846146a9565b6000602082840312156146ec57600080fd5b5035919050565b602080825282518282018190526000918401906040840190835b8181101561472b57835183526020938401939092019160010161470d565b509095945050505050565b80356001600160a01b038116811461280557600080fd5b6000806040838503121561476057600080fd5b8235915061477060208401614736565b90509250929050565b6000806040838503121561478c57600080fd5b61479583614736565b915061477060208401614736565b634e487b7160e01b600052604160045260246000fd5b600080604083850312156147cc57600080fd5b6147d583614736565b915060208301356001600160401b038111156147f057600080fd5b8301601f8101851361480157600080fd5b80356001600160401b0381111561481a5761481a6147a3565b604051601f8201601f19908116603f011681016001600160401b0381118282101715614848576148486147a3565b60405281815282820160200187101561486057600080fd5b816020840160208301376000602083830101528093505050509250929050565b60006020828403121561489257600080fd5b6132e282614736565b60008083601f8401126148ad57600080fd5b5081356001600160401b038111156148c457600080fd5b6020830191508360208260061b85010111156148df57600080fd5b9250929050565b6000806000806000606086880312156148fe57600080fd5b8535945060208601356001600160401b0381111561491b57600080fd5b6149278882890161489b565b90955093505060408601356001600160401b0381111561494657600080fd5b6149528882890161489b565b969995985093965092949392505050565b602080825282518282018190526000918401906040840190835b8181101561472b5783518360005b60048110156149aa57825182526020928301929091019060010161498b565b505050602093909301926080929092019160010161497d565b60005b838110156149de5781810151838201526020016149c6565b50506000910152565b6020815260008251806020840152614a068160408501602087016149c3565b601f01601f19169190910160400192915050565b60608101614a2882856146a9565b82151560408301529392505050565b60008083601f840112614a4957600080fd5b5081356001600160401b03811115614a6057600080fd5b6020830191508360208260051b85010111156148df57600080fd5b60008060008060008060808789031215614a9457600080fd5b8635955060208701356001600160401b03811115614ab157600080fd5b87016060818a031215614ac357600080fd5b945060408701356001600160401b03811115614ade57600080fd5b8701601f81018913614aef57600080fd5b80356001600160401b03811115614b0557600080fd5b8960208260071b8401011115614b1a57600080fd5b6020919091019450925060608701356001600160401b03811115614b3d57600080fd5b614b4989828a01614a37565b979a9699509497509295939492505050565b600080600080600060608688031215614b7357600080fd5b8535945060208601356001600160401b03811115614b9057600080fd5b614b9c88828901614a37565b90955093505060408601356001600160401b03811115614bbb57600080fd5b61495288828901614a37565b600080600060408486031215614bdc57600080fd5b8335925060208401356001600160401b03811115614bf957600080fd5b614c0586828701614a37565b9497909650939450505050565b600060208284031215614c2457600080fd5b81356001600160401b03811115614c3a57600080fd5b820161016081850312156132e257600080fd5b60008060008060008060a08789031215614c6657600080fd5b8635955060208701356001600160401b03811115614c8357600080fd5b614c8f89828a0161489b565b9096509450506080870188811115614ca657600080fd5b604088019350356001600160401b03811115614b3d57600080fd5b81516001600160401b0316815261020081016020830151614ced60208401826001600160401b03169052565b506040830151614d02604084018260ff169052565b506060830151614d17606084018260ff169052565b506080830151614d2b608084018215159052565b5060a0830151614d3f60a084018215159052565b5060c0830151614d5360c084018215159052565b5060e0830151614d6960e084018261ffff169052565b50610100830151614d8361010084018263ffffffff169052565b50610120830151614d9d61012084018263ffffffff169052565b50610140830151614db461014084018260ff169052565b50610160830151614dcb61016084018260ff169052565b50610180830151614de261018084018260ff169052565b506101a0830151614df96101a084018260ff169052565b506101c08301516101c08301526101e08301516101e083015292915050565b634e487b7160e01b600052601160045260246000fd5b818103818111156107f5576107f5614e18565b634e487b7160e01b600052603260045260246000fd5b600081614e6657614e66614e18565b506000190190565b80820281158282048414176107f5576107f5614e18565b634e487b7160e01b600052601260045260246000fd5b600082614eaa57614eaa614e85565b500490565b600060ff821660ff8103614ec557614ec5614e18565b60010192915050565b81835260208301925060008160005b84811015614efd5760408287376040958601959190910190600101614edd565b5093949350505050565b60ff86168152606060208201526000614f24606083018688614ece565b8281036040840152614f37818587614ece565b98975050505050505050565b81835260208301925060008160005b84811015614efd5760808287376080958601959190910190600101614f52565b602081526000614f86602083018486614f43565b949350505050565b6000808335601e19843603018112614fa557600080fd5b8301803591506001600160401b03821115614fbf57600080fd5b6020019150600781901b36038213156148df57600080fd5b6000808335601e19843603018112614fee57600080fd5b83016020810192503590506001600160401b0381111561500d57600080fd5b8060071b36038213156148df57600080fd5b81835260006001600160fb1b0383111561503857600080fd5b8260051b80836020870137939093016020019392505050565b6040815260006150618485614fd7565b6060604085015261507660a085018284614f43565b9150506150866020860186614fd7565b848303603f1901606086015261509d838284614f43565b925050506040850135601e198636030181126150b857600080fd5b85016020810190356001600160401b038111156150d457600080fd5b8060051b36038213156150e657600080fd5b848303603f190160808601526150fd83828461501f565b93505050506132e2602083018415159052565b60006001820161512257615122614e18565b5060010190565b803560ff8116811461280557600080fd5b6040808252810183905260008460608301825b868110156151755760ff61516084615129565b1682526020928301929091019060010161514d565b5080925050508215156020830152949350505050565b602081526000614f8660208301848661501f565b6040815260006151b360408301858761501f565b9050826020830152949350505050565b6000808335601e198436030181126151da57600080fd5b8301803591506001600160401b038211156151f457600080fd5b6020019150600581901b36038213156148df57600080fd5b60006020828403121561521e57600080fd5b6132e282615129565b60006020828403121561523957600080fd5b81356001600160401b03811681146132e257600080fd5b60006020828403121561526257600080fd5b813563ffffffff811681146132e257600080fd5b60006020828403121561528857600080fd5b813561ffff811681146132e257600080fd5b6000602082840312156152ac57600080fd5b813580151581146132e257600080fd5b6000808335601e198436030181126152d357600080fd5b8301803591506001600160401b038211156152ed57600080fd5b6020019150368190038213156148df57600080fd5b8183823760009101908152919050565b808201808211156107f5576107f5614e18565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b6000808335601e1984360301811261536557600080fd5b83016020810192503590506001600160401b0381111561538457600080fd5b8036038213156148df57600080fd5b6040815260006153a7604083018688615325565b82810360208401528084825260208201905060208560051b8301018660005b8781101561540457848303601f190184526153e1828a61534e565b6153ec858284615325565b602096870196909550939093019250506001016153c6565b50909998505050505050505050565b60008383855260208501945060208460051b8201018360005b8681101561546a57838303601f19018852615447828761534e565b615452858284615325565b60209a8b019a9095509390930192505060010161542c565b50909695505050505050565b60006060820160ff871683526060602084015280865180835260808501915060208801925060005b818110156154c55783516001600160a01b031683526020938401939092019160010161549e565b50508381036040850152614f37818688615413565b60ff861681526060602082015260006154f7606083018688614ece565b8281036040840152614f37818587615413565b60408101818360005b6002811015615532578154835260209092019160019182019101615513565b50505092915050565b60006020828403121561554d57600080fd5b5051919050565b6000808585111561556457600080fd5b8386111561557157600080fd5b5050600583901b0193919092039150565b600063ffffffff821663ffffffff8103614ec557614ec5614e18565b8381526155ae60208201846146a9565b6155bb60608201836146a9565b60a0019392505050565b6000826155d4576155d4614e85565b500690565b600080858511156155e957600080fd5b838611156155f657600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015612713576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b87815286602082015261565960408201876146a9565b61566660808201866146a9565b61567360c08201856146a9565b6156816101008201846146a9565b61568f6101408201836146a9565b61018001979650505050505050565b82815260006020820183516020850160005b828110156156ce5781518452602093840193909101906001016156b0565b50919695505050505050565b600082516156ec8184602087016149c3565b919091019291505056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4716f50c1fe196fa8f2d59c3eca367f2f7bf83b35c12ed36436b26d5af3695f5c4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a26469706673582212206461c48f9a9f365d1c2974696fadb35ca14b92ccb90305e2a72870c5454a0e1a64736f6c634300081c0033",
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

// VerificationKey is a free data retrieval call binding the contract method 0x0893ccc2.
//
// Solidity: function verificationKey(uint256 id, uint256 index) view returns(uint256[2] k)
func (_MVoting *MVotingCaller) VerificationKey(opts *bind.CallOpts, id *big.Int, index *big.Int) ([2]*big.Int, error) {
	var out []interface{}
	err := _MVoting.contract.Call(opts, &out, "verificationKey", id, index)

	if err != nil {
		return *new([2]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([2]*big.Int)).(*[2]*big.Int)

	return out0, err

}

// VerificationKey is a free data retrieval call binding the contract method 0x0893ccc2.
//
// Solidity: function verificationKey(uint256 id, uint256 index) view returns(uint256[2] k)
func (_MVoting *MVotingSession) VerificationKey(id *big.Int, index *big.Int) ([2]*big.Int, error) {
	return _MVoting.Contract.VerificationKey(&_MVoting.CallOpts, id, index)
}

// VerificationKey is a free data retrieval call binding the contract method 0x0893ccc2.
//
// Solidity: function verificationKey(uint256 id, uint256 index) view returns(uint256[2] k)
func (_MVoting *MVotingCallerSession) VerificationKey(id *big.Int, index *big.Int) ([2]*big.Int, error) {
	return _MVoting.Contract.VerificationKey(&_MVoting.CallOpts, id, index)
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

// CommitKey is a paid mutator transaction binding the contract method 0xed2a5411.
//
// Solidity: function commitKey(uint256 id, uint256[2][] commitments, uint256[2] pok, bytes[] encryptedShares) returns()
func (_MVoting *MVotingTransactor) CommitKey(opts *bind.TransactOpts, id *big.Int, commitments [][2]*big.Int, pok [2]*big.Int, encryptedShares [][]byte) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "commitKey", id, commitments, pok, encryptedShares)
}

// CommitKey is a paid mutator transaction binding the contract method 0xed2a5411.
//
// Solidity: function commitKey(uint256 id, uint256[2][] commitments, uint256[2] pok, bytes[] encryptedShares) returns()
func (_MVoting *MVotingSession) CommitKey(id *big.Int, commitments [][2]*big.Int, pok [2]*big.Int, encryptedShares [][]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CommitKey(&_MVoting.TransactOpts, id, commitments, pok, encryptedShares)
}

// CommitKey is a paid mutator transaction binding the contract method 0xed2a5411.
//
// Solidity: function commitKey(uint256 id, uint256[2][] commitments, uint256[2] pok, bytes[] encryptedShares) returns()
func (_MVoting *MVotingTransactorSession) CommitKey(id *big.Int, commitments [][2]*big.Int, pok [2]*big.Int, encryptedShares [][]byte) (*types.Transaction, error) {
	return _MVoting.Contract.CommitKey(&_MVoting.TransactOpts, id, commitments, pok, encryptedShares)
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

// MVotingElectionKeyReadyIterator is returned from FilterElectionKeyReady and is used to iterate over the raw logs and unpacked data for ElectionKeyReady events raised by the MVoting contract.
type MVotingElectionKeyReadyIterator struct {
	Event *MVotingElectionKeyReady // Event containing the contract specifics and raw log

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
func (it *MVotingElectionKeyReadyIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingElectionKeyReady)
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
		it.Event = new(MVotingElectionKeyReady)
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
func (it *MVotingElectionKeyReadyIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingElectionKeyReadyIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingElectionKeyReady represents a ElectionKeyReady event raised by the MVoting contract.
type MVotingElectionKeyReady struct {
	Id  *big.Int
	Key [2]*big.Int
	Raw types.Log // Blockchain specific contextual infos
}

// FilterElectionKeyReady is a free log retrieval operation binding the contract event 0x807f3cf2b9d5919cbcc91d8297c701d96d5adff4c03d646c98d53d6b2e36fc3d.
//
// Solidity: event ElectionKeyReady(uint256 indexed id, uint256[2] key)
func (_MVoting *MVotingFilterer) FilterElectionKeyReady(opts *bind.FilterOpts, id []*big.Int) (*MVotingElectionKeyReadyIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "ElectionKeyReady", idRule)
	if err != nil {
		return nil, err
	}
	return &MVotingElectionKeyReadyIterator{contract: _MVoting.contract, event: "ElectionKeyReady", logs: logs, sub: sub}, nil
}

// WatchElectionKeyReady is a free log subscription operation binding the contract event 0x807f3cf2b9d5919cbcc91d8297c701d96d5adff4c03d646c98d53d6b2e36fc3d.
//
// Solidity: event ElectionKeyReady(uint256 indexed id, uint256[2] key)
func (_MVoting *MVotingFilterer) WatchElectionKeyReady(opts *bind.WatchOpts, sink chan<- *MVotingElectionKeyReady, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "ElectionKeyReady", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingElectionKeyReady)
				if err := _MVoting.contract.UnpackLog(event, "ElectionKeyReady", log); err != nil {
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

// ParseElectionKeyReady is a log parse operation binding the contract event 0x807f3cf2b9d5919cbcc91d8297c701d96d5adff4c03d646c98d53d6b2e36fc3d.
//
// Solidity: event ElectionKeyReady(uint256 indexed id, uint256[2] key)
func (_MVoting *MVotingFilterer) ParseElectionKeyReady(log types.Log) (*MVotingElectionKeyReady, error) {
	event := new(MVotingElectionKeyReady)
	if err := _MVoting.contract.UnpackLog(event, "ElectionKeyReady", log); err != nil {
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

// MVotingTrusteeCommittedIterator is returned from FilterTrusteeCommitted and is used to iterate over the raw logs and unpacked data for TrusteeCommitted events raised by the MVoting contract.
type MVotingTrusteeCommittedIterator struct {
	Event *MVotingTrusteeCommitted // Event containing the contract specifics and raw log

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
func (it *MVotingTrusteeCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingTrusteeCommitted)
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
		it.Event = new(MVotingTrusteeCommitted)
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
func (it *MVotingTrusteeCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingTrusteeCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingTrusteeCommitted represents a TrusteeCommitted event raised by the MVoting contract.
type MVotingTrusteeCommitted struct {
	Id              *big.Int
	Trustee         common.Address
	Index           uint8
	Commitments     [][2]*big.Int
	EncryptedShares [][]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterTrusteeCommitted is a free log retrieval operation binding the contract event 0x9bc72baa83b9d0fe9a7bc69e1bda003eb81203596b4f0bce2c27aedcbec83f8a.
//
// Solidity: event TrusteeCommitted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] commitments, bytes[] encryptedShares)
func (_MVoting *MVotingFilterer) FilterTrusteeCommitted(opts *bind.FilterOpts, id []*big.Int, trustee []common.Address) (*MVotingTrusteeCommittedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "TrusteeCommitted", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return &MVotingTrusteeCommittedIterator{contract: _MVoting.contract, event: "TrusteeCommitted", logs: logs, sub: sub}, nil
}

// WatchTrusteeCommitted is a free log subscription operation binding the contract event 0x9bc72baa83b9d0fe9a7bc69e1bda003eb81203596b4f0bce2c27aedcbec83f8a.
//
// Solidity: event TrusteeCommitted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] commitments, bytes[] encryptedShares)
func (_MVoting *MVotingFilterer) WatchTrusteeCommitted(opts *bind.WatchOpts, sink chan<- *MVotingTrusteeCommitted, id []*big.Int, trustee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "TrusteeCommitted", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingTrusteeCommitted)
				if err := _MVoting.contract.UnpackLog(event, "TrusteeCommitted", log); err != nil {
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

// ParseTrusteeCommitted is a log parse operation binding the contract event 0x9bc72baa83b9d0fe9a7bc69e1bda003eb81203596b4f0bce2c27aedcbec83f8a.
//
// Solidity: event TrusteeCommitted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] commitments, bytes[] encryptedShares)
func (_MVoting *MVotingFilterer) ParseTrusteeCommitted(log types.Log) (*MVotingTrusteeCommitted, error) {
	event := new(MVotingTrusteeCommitted)
	if err := _MVoting.contract.UnpackLog(event, "TrusteeCommitted", log); err != nil {
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
