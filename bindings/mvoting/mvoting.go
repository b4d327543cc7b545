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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"BN254PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingAlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingAlreadyDecrypted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"VotingAlreadyStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingBadChoiceProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingBadCommitments\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingBadDecryption\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingBadKnowledgeProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadMaxChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBadOptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumBps\",\"type\":\"uint256\"}],\"name\":\"VotingBadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingBadSumProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VotingBadTrusteeKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingBadTrustees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingBadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ciphertexts\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingBallotLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ballots\",\"type\":\"uint256\"}],\"name\":\"VotingCountAboveBallots\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"}],\"name\":\"VotingCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingDecryptionLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingDisqualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"}],\"name\":\"VotingDuplicateChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingDuplicateTrustee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingEmptyRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"}],\"name\":\"VotingKeyGenerationClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trustees\",\"type\":\"uint256\"}],\"name\":\"VotingKeyNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VotingNoChoice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingNotDisqualifiable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingNotOnRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"VotingNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"VotingNotTrustee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingOptionOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"VotingPointNotOnCurve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"VotingPreviousBallotMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"options\",\"type\":\"uint256\"}],\"name\":\"VotingResultLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"option\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"posted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"counted\",\"type\":\"uint256\"}],\"name\":\"VotingResultMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingResultPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"VotingSumProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"VotingTooFewDecryptions\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chosen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxChoices\",\"type\":\"uint256\"}],\"name\":\"VotingTooManyChoices\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"VotingUnknownElection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"VotingWrongBallotKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"VotingZeroCommitment\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"shares\",\"type\":\"uint256[2][]\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"proofs\",\"type\":\"uint256[2][]\"}],\"name\":\"DecryptionPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ElectionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"}],\"name\":\"ElectionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[2]\",\"name\":\"key\",\"type\":\"uint256[2]\"}],\"name\":\"ElectionKeyReady\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"}],\"name\":\"ElectionRoll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"trustees\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"name\":\"ElectionTrustees\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"}],\"name\":\"ElectionWindow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"OpenBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"ResultPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256[4][]\",\"name\":\"ciphertexts\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[4][]\",\"name\":\"choiceProofs\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[]\",\"name\":\"sumProof\",\"type\":\"uint256[]\"}],\"indexed\":false,\"internalType\":\"structMVoting.SecretBallot\",\"name\":\"ballot\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"replaced\",\"type\":\"bool\"}],\"name\":\"SecretBallotCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256[2][]\",\"name\":\"commitments\",\"type\":\"uint256[2][]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"encryptedShares\",\"type\":\"bytes[]\"}],\"name\":\"TrusteeCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"TrusteeDisqualified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ELECTION_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8[]\",\"name\":\"choices\",\"type\":\"uint8[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256[4][]\",\"name\":\"ciphertexts\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[4][]\",\"name\":\"choiceProofs\",\"type\":\"uint256[4][]\"},{\"internalType\":\"uint256[]\",\"name\":\"sumProof\",\"type\":\"uint256[]\"}],\"internalType\":\"structMVoting.SecretBallot\",\"name\":\"ballot\",\"type\":\"tuple\"},{\"internalType\":\"uint256[4][]\",\"name\":\"previous\",\"type\":\"uint256[4][]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"castSecret\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[2][]\",\"name\":\"commitments\",\"type\":\"uint256[2][]\"},{\"internalType\":\"uint256[2]\",\"name\":\"pok\",\"type\":\"uint256[2]\"},{\"internalType\":\"bytes[]\",\"name\":\"encryptedShares\",\"type\":\"bytes[]\"}],\"name\":\"commitKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"countsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"internalType\":\"structMVoting.NewElection\",\"name\":\"e\",\"type\":\"tuple\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"trustee\",\"type\":\"address\"}],\"name\":\"disqualify\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"electionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionKey\",\"outputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"key\",\"type\":\"uint256[2]\"},{\"internalType\":\"bool\",\"name\":\"ready\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"electionOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"options\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"resultPosted\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ballots\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"trustees\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"committed\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"decrypted\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structMVoting.Election\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[2][]\",\"name\":\"shares\",\"type\":\"uint256[2][]\"},{\"internalType\":\"uint256[2][]\",\"name\":\"proofs\",\"type\":\"uint256[2][]\"}],\"name\":\"postDecryption\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"}],\"name\":\"postResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sumsOf\",\"outputs\":[{\"internalType\":\"uint256[4][]\",\"name\":\"sums\",\"type\":\"uint256[4][]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"turnout\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"quorumReached\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"verificationKey\",\"outputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"k\",\"type\":\"uint256[2]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a051615a7661010960003960008181612a1a01528181612a430152612b70015260005050615a766000f3fe6080604052600436106101d85760003560e01c806378be994411610102578063c509a7d311610095578063da74222811610064578063da742228146105d2578063dc8ed48a146105f2578063ed2a541114610612578063f349f34c1461063257600080fd5b8063c509a7d314610552578063cf61b75214610572578063d414a4c314610592578063d547741f146105b257600080fd5b8063a217fddf116100d1578063a217fddf146104b1578063ad3cb1cc146104c6578063ad4948f614610504578063b34bbacd1461052457600080fd5b806378be99441461042c5780637da0a8771461044e57806391d148541461047b578063997d28301461049b57600080fd5b806340e58ee51161017a57806352d1902d1161014957806352d1902d146103aa578063572b6c05146103bf5780635ba37153146103df5780635ceed6ea146103ff57600080fd5b806340e58ee5146103115780634385963214610331578063485cc955146103775780634f1ef2861461039757600080fd5b8063248a9ca3116101b6578063248a9ca31461026c5780632cd30e2b1461029a5780632f2ff15d146102cf57806336568abe146102f157600080fd5b806301ffc9a7146101dd5780630893ccc2146102125780630c90b0c71461023f575b600080fd5b3480156101e957600080fd5b506101fd6101f83660046148ee565b6107ef565b60405190151581526020015b60405180910390f35b34801561021e57600080fd5b5061023261022d366004614918565b610826565b604051610209919061495d565b34801561024b57600080fd5b5061025f61025a36600461496b565b6108c8565b6040516102099190614984565b34801561027857600080fd5b5061028c61028736600461496b565b61092a565b604051908152602001610209565b3480156102a657600080fd5b506102ba6102b536600461496b565b61094c565b60408051928352901515602083015201610209565b3480156102db57600080fd5b506102ef6102ea3660046149de565b6109c8565b005b3480156102fd57600080fd5b506102ef61030c3660046149de565b6109ea565b34801561031d57600080fd5b506102ef61032c36600461496b565b610a32565b34801561033d57600080fd5b506101fd61034c3660046149de565b60009182526004602090815260408084206001600160a01b0393909316845291905290205460ff1690565b34801561038357600080fd5b506102ef610392366004614a0a565b610b0a565b6102ef6103a5366004614a4a565b610c3a565b3480156103b657600080fd5b5061028c610c59565b3480156103cb57600080fd5b506101fd6103da366004614b11565b610c76565b3480156103eb57600080fd5b506102ef6103fa366004614b77565b610c9b565b34801561040b57600080fd5b5061041f61041a36600461496b565b610f89565b6040516102099190614bf4565b34801561043857600080fd5b5061028c6000805160206159c183398151915281565b34801561045a57600080fd5b50610463611073565b6040516001600160a01b039091168152602001610209565b34801561048757600080fd5b506101fd6104963660046149de565b6110a6565b3480156104a757600080fd5b5061028c60005481565b3480156104bd57600080fd5b5061028c600081565b3480156104d257600080fd5b506104f7604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102099190614c78565b34801561051057600080fd5b506102ef61051f3660046149de565b6110de565b34801561053057600080fd5b5061054461053f36600461496b565b6112ba565b604051610209929190614cab565b34801561055e57600080fd5b506102ef61056d366004614d0c565b611358565b34801561057e57600080fd5b506102ef61058d366004614dec565b611727565b34801561059e57600080fd5b506102ef6105ad366004614e58565b6118d0565b3480156105be57600080fd5b506102ef6105cd3660046149de565b611ae1565b3480156105de57600080fd5b506102ef6105ed366004614b11565b611afd565b3480156105fe57600080fd5b5061028c61060d366004614ea3565b611b11565b34801561061e57600080fd5b506102ef61062d366004614ede565b61234d565b34801561063e57600080fd5b506107e261064d36600461496b565b6040805161020081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101919091525060009081526001602081815260409283902083516102008101855281546001600160401b038082168352600160401b8204169382019390935260ff600160801b8404811695820195909552600160881b830485166060820152600160901b8304851615156080820152600160981b83048516151560a0820152600160a01b83048516151560c082015261ffff600160a81b84041660e082015263ffffffff600160b81b8404811661010080840191909152600160d81b8504909116610120830152600160f81b9093048516610140820152928101548085166101608501529182048416610180840152620100009091049092166101a082015260028201546101c08201526003909101546101e082015290565b6040516102099190614f52565b60006001600160e01b03198216637965db0b60e01b148061082057506301ffc9a760e01b6001600160e01b03198316145b92915050565b61082e614807565b600083815260066020526040902080545b80156108c0576108ae61085284866126df565b8361085e6001856150bf565b8154811061086e5761086e6150d2565b600091825260209091206040805180820191829052926002908102909201919082845b815481526020019060010190808311610891575050505050612763565b92506108b9816150e8565b905061083f565b505092915050565b60008181526002602090815260409182902080548351818402810184019094528084526060939283018282801561091e57602002820191906000526020600020905b81548152602001906001019080831161090a575b50505050509050919050565b6000908152600080516020615a21833981519152602052604090206001015490565b60008181526001602052604081208054829190600160b81b900463ffffffff16820361097e5750600093849350915050565b805463ffffffff600160b81b82048116916109a491600160d81b909104166127106150ff565b6109ae919061512c565b90549094600160a81b90910461ffff168510159350915050565b6109d18261092a565b6109da8161281a565b6109e4838361282e565b50505050565b6109f26128db565b6001600160a01b0316816001600160a01b031614610a235760405163334bd91960e11b815260040160405180910390fd5b610a2d82826128ea565b505050565b6000805160206159c1833981519152610a4a8161281a565b6000610a5583612984565b8054909150600160981b900460ff1615610a8a5760405163f13e8f8b60e01b8152600481018490526024015b60405180910390fd5b80546001600160401b03164210610ac95780546040516372a5d17f60e11b8152600481018590526001600160401b039091166024820152604401610a81565b805460ff60981b1916600160981b17815560405183907fc28a75da4b0e0963a0241b197a7b92cb2dfc51804c8c096ec8d8897d20dc428790600090a2505050565b6000610b146129cb565b805490915060ff600160401b82041615906001600160401b0316600081158015610b3b5750825b90506000826001600160401b03166001148015610b575750303b155b905081158015610b65575080155b15610b835760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610bad57845460ff60401b1916600160401b1785555b610bb6876129f4565b610bbe612a05565b610bc6612a05565b610bd160008761282e565b50610bea6000805160206159c18339815191528761282e565b508315610c3157845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610c42612a0f565b610c4b82612a9d565b610c558282612aa8565b5050565b6000610c63612b65565b506000805160206159e183398151915290565b6000610c80611073565b6001600160a01b0316826001600160a01b0316149050919050565b6000610ca686612bae565b8054909150600160901b900460ff16610cdc57604051633e92908160e11b81526004810187905260006024820152604401610a81565b8054600160a01b900460ff1615610d09576040516306f727cd60e51b815260048101879052602401610a81565b610d138682612c36565b610d4e57600181015460405163afbfac3560e01b81526004810188905260ff6101008304811660248301529091166044820152606401610a81565b6000610d586128db565b60008881526005602090815260408083206001600160a01b0385168452909152812080549293509160ff169003610db457604051630da571a760e11b8152600481018990526001600160a01b0383166024820152604401610a81565b8054610100900460ff16610ded576040516396e05fc960e01b8152600481018990526001600160a01b0383166024820152604401610a81565b805462010000900460ff1615610e2857604051634ac86ca160e11b8152600481018990526001600160a01b0383166024820152604401610a81565b8254600160801b900460ff1686141580610e4d57508254600160801b900460ff168414155b15610e8e578254604051632cc715a360e21b8152600481018a90526024810188905260448101869052600160801b90910460ff166064820152608401610a81565b8054610ea4908990849060ff168a8a8a8a612c96565b805462ff000019166201000090811782556001840180549091600291610ece91900460ff16615140565b825460ff91821661010093840a908102908302199091161790925560008a815260096020908152604080832086548154600181018355918552938390209281049092018054601f90931690940a92851683029285021990911691909117909155825490516001600160a01b038516928b927f748147977b242ad032a297c70bf47e4828938f803096cb858f30ec8ab6b1555292610f779291909116908c908c908c908c90615198565b60405180910390a35050505050505050565b600081815260016020526040902054606090600160801b900460ff166001600160401b03811115610fbc57610fbc614a34565b604051908082528060200260200182016040528015610ff557816020015b610fe2614825565b815260200190600190039081610fda5790505b50905060005b815181101561106d57600083815260076020908152604080832084845290915290819020815160808101928390529160049082845b81548152602001906001019080831161103057505050505082828151811061105a5761105a6150d2565b6020908102919091010152600101610ffb565b50919050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000918252600080516020615a21833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60006110e983612984565b8054909150600160981b900460ff16156111195760405163f13e8f8b60e01b815260048101849052602401610a81565b60008381526005602090815260408083206001600160a01b038616845290915281208054909160ff909116900361117557604051630da571a760e11b8152600481018590526001600160a01b0384166024820152604401610a81565b6000848152600b602090815260408083206001600160a01b038716845290915290205460ff16156111cb576040516396e05fc960e01b8152600481018590526001600160a01b0384166024820152604401610a81565b8054610100900460ff16806111e9575081546001600160401b031642105b156112195760405163707b60ad60e01b8152600481018590526001600160a01b0384166024820152604401610a81565b6000848152600b602090815260408083206001600160a01b03871684528252808320805460ff19166001179055868352600c909152812080549091906112619060ff16615140565b91906101000a81548160ff021916908360ff160217905550826001600160a01b0316847fae895409a099076c8667fbca0fd8e5e7d154f46cd050eca8999b75c93ab9351160405160405180910390a36109e48483612dd9565b6112c2614807565b60008281526001602052604081208054600160901b900460ff1680156112ed57506112ed8482612c36565b915081156113525760008481526006602052604081208054909190611314576113146150d2565b600091825260209091206040805180820191829052926002908102909201919082845b81548152602001906001019080831161133757505050505092505b50915091565b60006113678784846001612e50565b90506113738782612c36565b6113ae57600181015460405163afbfac3560e01b81526004810189905260ff6101008304811660248301529091166044820152606401610a81565b60006113b86128db565b90506113c68883838a612fff565b60008881526008602090815260408083206001600160a01b0385168452909152902054801561142057808787604051602001611403929190615203565b604051602081830303815290604052805190602001201415611424565b8515155b1561145457604051631908bb0760e21b8152600481018a90526001600160a01b0383166024820152604401610a81565b60005b611461898061521f565b90508110156116845760008a815260076020908152604080832084845290915281209061148e8b8061521f565b8481811061149e5761149e6150d2565b90506080020160048060200260405190810160405280929190826004602002808284376000920182905250604080518082018252875481526001808901546020808401919091528351808501909452875184529697509295611513955090935090919082019086905b60200201519052612763565b90506000611562604051806040016040528086600260048110611538576115386150d2565b01548152600380880154602092830152604080518082018252908801518152918201908790611507565b90508515611655576115e38260405180604001604052808f8f8a81811061158b5761158b6150d2565b9050608002016000600481106115a3576115a36150d2565b602002013581526020018f8f8a8181106115bf576115bf6150d2565b9050608002016001600481106115d7576115d76150d2565b60200201359052613560565b91506116528160405180604001604052808f8f8a818110611606576116066150d2565b90506080020160026004811061161e5761161e6150d2565b602002013581526020018f8f8a81811061163a5761163a6150d2565b9050608002016003600481106115d7576115d76150d2565b90505b815160209283015182519290930151600386015560028501919091556001848101929092559092555001611457565b5061168f888061521f565b6040516020016116a0929190615203565b60408051601f19818403018152918152815160209283012060008c8152600884528281206001600160a01b03871680835294529190912055897fdd9c8786637042a222f621c40dd7290c85175a3dbb1b9493ab708d10936abe0d8a61170683888861357a565b6040516117149291906152e2565b60405180910390a3505050505050505050565b60006117368684846000612e50565b805490915060009061175f908790879060ff600160801b8204811691600160881b900416613615565b9050600061176b6128db565b60008981526003602090815260408083206001600160a01b03851684528252808320548c84526002909252822092935063ffffffff1691905b8554600160801b900460ff1681101561184757600163ffffffff8083169190911b841616156117fb578181815481106117df576117df6150d2565b90600052602060002001600081546117f6906150e8565b909155505b600163ffffffff8083169190911b8616161561183f57818181548110611823576118236150d2565b906000526020600020016000815461183a906153a1565b909155505b6001016117a4565b5060008a81526003602090815260408083206001600160a01b0387168085529252909120805463ffffffff191663ffffffff87161790558a7f3b6ebc68e84d4fa05d184849f14a52c946004afa20a83ece5c9623c0e76673eb8b8b6118ad848b8a61357a565b6040516118bc939291906153cb565b60405180910390a350505050505050505050565b6000805160206159c18339815191526118e88161281a565b60006118f385612bae565b8054909150600160a01b900460ff1615611923576040516306f727cd60e51b815260048101869052602401610a81565b8054600160801b900460ff16831461196357805460405163633dc0a360e11b815260048101859052600160801b90910460ff166024820152604401610a81565b8054600160901b900460ff16156119855761198085828686613711565b611a5d565b60005b83811015611a5b5760008681526002602052604090208054829081106119b0576119b06150d2565b90600052602060002001548585838181106119cd576119cd6150d2565b9050602002013514611a535785818686848181106119ed576119ed6150d2565b90506020020135600260008a81526020019081526020016000208481548110611a1857611a186150d2565b60009182526020909120015460405163084b8d3160e41b81526004810194909452602484019290925260448301526064820152608401610a81565b600101611988565b505b805460ff60a01b1916600160a01b178155604051611a81908590859060200161541c565b60408051601f198184030181529082905280516020909101206003830181905586917f31429677618ba4396931aace7db68e17d9c1248d87bf93c61c37d7039c9287b391611ad29188918891615430565b60405180910390a25050505050565b611aea8261092a565b611af38161281a565b6109e483836128ea565b6000611b088161281a565b610c5582613b23565b60006000805160206159c1833981519152611b2b8161281a565b6000611b3a6020850185615454565b9150506002811080611b4c5750602081115b15611b6d5760405163382c81f160e21b815260048101829052602401610a81565b611b7d606085016040860161549d565b60ff161580611b9d575080611b98606086016040870161549d565b60ff16115b15611bd857611bb2606085016040860161549d565b604051634825ed3f60e01b815260ff909116600482015260248101829052604401610a81565b42611be960808601606087016154b8565b6001600160401b03161080611c2e5750611c0960808501606086016154b8565b6001600160401b0316611c2260a08601608087016154b8565b6001600160401b031611155b15611c7f57611c4360808501606086016154b8565b611c5360a08601608087016154b8565b604051635cf069f560e11b81526001600160401b03928316600482015291166024820152604401610a81565b60a08401351580611ca35750611c9b60e0850160c086016154e1565b63ffffffff16155b15611cc15760405163ec627e1560e01b815260040160405180910390fd5b612710611cd5610100860160e08701615507565b61ffff161115611d1057611cf0610100850160e08601615507565b604051631b571b2360e01b815261ffff9091166004820152602401610a81565b6000808154611d1e906153a1565b91829055506000818152600160205260409020909350611d4460808601606087016154b8565b611d5460a08701608088016154b8565b83611d656060890160408a0161549d565b611d776101208a016101008b0161552b565b855461ffff60881b1916600160901b9115159190910260ff60881b191617600160881b60ff928316021770ffffffffffffffffff00000000000000001916600160801b92909116919091026fffffffffffffffff0000000000000000191617600160401b6001600160401b03928316021767ffffffffffffffff1916911617815560a0850135611e0d60e0870160c088016154e1565b611e1e610100880160e08901615507565b835463ffffffff909216600160b81b0263ffffffff60b81b1961ffff909216600160a81b029190911665ffffffffffff60a81b199092169190911717825560028201556060611e756101208701610100880161552b565b15612110576000611e8a610140880188615454565b9150611ea090506101408801610120890161549d565b60ff161580611ec2575080611ebd61014089016101208a0161549d565b60ff16115b80611ecd5750602081115b15611f0a57611ee46101408801610120890161549d565b60405163576df36b60e01b815260ff909116600482015260248101829052604401610a81565b611f1c6101408801610120890161549d565b60018401805460ff80851660ff199092169190911790915584549116600160f81b026001600160f81b03909116178355806001600160401b03811115611f6457611f64614a34565b604051908082528060200260200182016040528015611f8d578160200160208202803683370190505b50915060005b8181101561210957611fa9610140890189615454565b82818110611fb957611fb96150d2565b9050602002810190611fcb919061554d565b9050604014611ff057604051633bf15fdb60e01b815260048101829052602401610a81565b60006120006101408a018a615454565b83818110612010576120106150d2565b9050602002810190612022919061554d565b604051612030929190615593565b604080519182900390912060008a8152600560209081528382206001600160a01b03841683529052919091205490915060ff161561209357604051636912ac5f60e01b8152600481018390526001600160a01b0382166024820152604401610a81565b61209e8260016155a3565b60008981526005602090815260408083206001600160a01b03861684529091529020805460ff191660ff92909216919091179055835181908590849081106120e8576120e86150d2565b6001600160a01b039092166020928302919091019091015250600101611f93565b5050612177565b826001600160401b0381111561212857612128614a34565b604051908082528060200260200182016040528015612151578160200160208202803683370190505b50600086815260026020908152604090912082516121759391929190910190614843565b505b847fb322e78e06d418a27b1a7728240a809e6fe0014b14e194f8b187a9b911c63d796121a3888061554d565b6121b060208b018b615454565b6040516121c09493929190615624565b60405180910390a2847fb0a2018bb0a09201e850c1d841748f1a22620c2dd4d0a943860aeec01933841d6121fa6080890160608a016154b8565b61220a60a08a0160808b016154b8565b61221a60608b0160408c0161549d565b61222c6101208c016101008d0161552b565b604080516001600160401b03958616815293909416602084015260ff91909116828401521515606082015290519081900360800190a2847f30ba744309fbcb0aae67869b45608d92ed35a18311c07b0c4c482596198999dd60a088013561229960e08a0160c08b016154e1565b6122aa6101008b0160e08c01615507565b6040805193845263ffffffff909216602084015261ffff169082015260600160405180910390a26122e36101208701610100880161552b565b1561234457847f06319ae0f9ebecdbe8a8add9cac993a11424abefeaea05e344ed1b97e51de79161231c61014089016101208a0161549d565b8361232b6101408b018b615454565b60405161233b9493929190615707565b60405180910390a25b50505050919050565b600061235887612984565b8054909150600160901b900460ff1661238e57604051633e92908160e11b81526004810188905260006024820152604401610a81565b8054600160981b900460ff16156123bb5760405163f13e8f8b60e01b815260048101889052602401610a81565b80546001600160401b031642106123fa5780546040516306988a2160e21b8152600481018990526001600160401b039091166024820152604401610a81565b60006124046128db565b60008981526005602090815260408083206001600160a01b0385168452909152812080549293509160ff16900361246057604051630da571a760e11b8152600481018a90526001600160a01b0383166024820152604401610a81565b8054610100900460ff161561249a57604051631328bf8760e11b8152600481018a90526001600160a01b0383166024820152604401610a81565b8254600160f81b900460ff16871415806124bb5750600183015460ff168414155b156125095782546001840154604051631281b73760e01b8152600481018c9052602481018a9052600160f81b90920460ff90811660448401526064830187905216608482015260a401610a81565b61252d89838a8a6000818110612521576125216150d2565b90506040020189613b8c565b6000898152600660205260408120805490919015905b8981101561262f57600061256d8c8c84818110612562576125626150d2565b905060400201613ce2565b905082156125a057835460018101855560008581526020902061259a91600290810290910190839061488e565b50612626565b6125f68483815481106125b5576125b56150d2565b600091825260209091206040805180820191829052926002908102909201919082845b8154815260200190600101908083116125d857505050505082612763565b848381548110612608576126086150d2565b906000526020600020906002020190600261262492919061488e565b505b50600101612543565b50825461ff0019166101009081178455600186810180549092612655910460ff16615140565b91906101000a81548160ff021916908360ff160217905550836001600160a01b03168b7f9bc72baa83b9d0fe9a7bc69e1bda003eb81203596b4f0bce2c27aedcbec83f8a8560000160009054906101000a900460ff168d8d8c8c6040516126c095949392919061576b565b60405180910390a36126d28b86612dd9565b5050505050505050505050565b6126e7614807565b6000604051806060016040528085600060028110612707576127076150d2565b6020020151815260200185600160028110612724576127246150d2565b60200201518152602001848152509050600060408360608460075afa9050806108c057604051634e7294ad60e11b815260076004820152602401610a81565b61276b614807565b600060405180608001604052808560006002811061278b5761278b6150d2565b60200201518152602001856001600281106127a8576127a86150d2565b60200201518152602001846000600281106127c5576127c56150d2565b60200201518152602001846001600281106127e2576127e26150d2565b602002015190529050600060408360808460065afa9050806108c057604051634e7294ad60e11b815260066004820152602401610a81565b61282b816128266128db565b613d16565b50565b6000600080516020615a2183398151915261284984846110a6565b6128ca576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556128806128db565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610820565b6000915050610820565b5092915050565b60006128e5613d4f565b905090565b6000600080516020615a2183398151915261290584846110a6565b156128ca576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916905561293a6128db565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610820565b600081815260016020526040812080549091600160b81b90910463ffffffff1690036129c65760405163d06695d160e01b815260048101839052602401610a81565b919050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610820565b6129fc613d97565b61282b81613b23565b612a0d613d97565b565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612a7f57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612a73613dbc565b6001600160a01b031614155b15612a0d5760405163703e46dd60e11b815260040160405180910390fd5b6000610c558161281a565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612b02575060408051601f3d908101601f19168201909252612aff9181019061579b565b60015b612b2a57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610a81565b6000805160206159e18339815191528114612b5b57604051632a87526960e21b815260048101829052602401610a81565b610a2d8383613dd2565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612a0d5760405163703e46dd60e11b815260040160405180910390fd5b6000612bb982612984565b8054909150600160981b900460ff1615612be95760405163f13e8f8b60e01b815260048101839052602401610a81565b8054600160401b90046001600160401b03164210156129c6578054604051631cb7581560e11b815260048101849052600160401b9091046001600160401b03166024820152604401610a81565b60018101546000838152600c6020526040812054909160ff80821692612c669290821691610100909104166157b4565b60ff16148015612c8f575081546001830154600160f81b90910460ff9081166101009092041610155b9392505050565b6000612ca5888760ff16610826565b90506000612cd47fbd8f89641d01bce9a3717c5e59789f0e5dd83438bb9d0406894f5a6d3e9452248a8a613e28565b60008a8152600a6020908152604080832060ff8c16845290915281209192505b868110156126d2576000612d13898984818110612562576125626150d2565b60008d81526007602090815260408083208684529091528082208151808301909252929350612d709187918991819086015481526020018560010154905285878d8d82818110612d6557612d656150d2565b905060400201613e76565b612da6576040516308d725cb60e21b8152600481018e90526001600160a01b038d16602482015260448101849052606401610a81565b8354600181018555600085815260209020612dcb91600290810290910190849061488e565b505050806001019050612cf4565b612de38282612c36565b15610c55576000828152600660205260408120805484927f807f3cf2b9d5919cbcc91d8297c701d96d5adff4c03d646c98d53d6b2e36fc3d9291612e2957612e296150d2565b9060005260206000209060020201604051612e4491906157cd565b60405180910390a25050565b6000612e5b85612984565b8054909150600160981b900460ff1615612e8b5760405163f13e8f8b60e01b815260048101869052602401610a81565b80546001600160401b0316421080612eb457508054600160401b90046001600160401b03164210155b15612efd578054604051631fa5a2fd60e11b8152600481018790524260248201526001600160401b038083166044830152600160401b9092049091166064820152608401610a81565b805460ff600160901b90910416151582151514612f44578054604051633e92908160e11b815260048101879052600160901b90910460ff1615156024820152604401610a81565b6000612f4e6128db565b8254604080516001600160a01b039093166020840152600160b81b90910463ffffffff169082015260600160408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050612fbe8585846002015484613f51565b612ff65785612fcb6128db565b60405163050aaaaf60e51b815260048101929092526001600160a01b03166024820152604401610a81565b50949350505050565b8254600160801b900460ff1680613016838061521f565b905014158061303357508061302e602084018461521f565b905014155b156130845784613043838061521f565b9050613052602085018561521f565b604051630eb533a360e11b81526004810194909452602484019290925250604482015260648101829052608401610a81565b8354600160881b900460ff1661309b8160026150ff565b6130a86040850185615454565b9050146130f457856130bd6040850185615454565b90506130ca8360026150ff565b604051630a640c9b60e31b8152600481019390935260248301919091526044820152606401610a81565b60006131217f052b7f86c32f964c765dcd856283263c8039dcae09992d4f7572b164165484488887613e28565b6000888152600660205260408120805492935090918290613144576131446150d2565b600091825260209091206040805180820191829052926002908102909201919082845b8154815260200190600101908083116131675750505050509050613189614825565b60408051600280825260608201835260009260208301908036833750506040805160028082526060820183529394506000939092509060208301908036833701905050905060005b8781101561347d57366131e48a8061521f565b838181106131f4576131f46150d2565b905060800201905061322581600060048110613212576132126150d2565b60200201358260015b6020020135613f69565b613235604082013582600361321b565b3661324360208c018c61521f565b84818110613253576132536150d2565b90506080020190508060006004811061326e5761326e6150d2565b60200201358160016020020135826002602002013583600360200201358860008151811061329e5761329e6150d2565b60200260200101896001815181106132b8576132b86150d2565b60200260200101896000815181106132d2576132d26150d2565b602002602001018a6001815181106132ec576132ec6150d2565b60209081029190910101939093529290915291905252604080516080818101909252613339918a918a9187919087906004908390839080828437600092018290525091508b90508a613f9a565b61336f5760405163e035dfbd60e01b8152600481018f90526001600160a01b038d16602482015260448101849052606401610a81565b60006133dd604051806040016040528089600060048110613392576133926150d2565b60200201518152602001896001600481106133af576133af6150d2565b6020908102919091015190915260408051808201909152863581529081018660015b60200201359052612763565b9050600061345160405180604001604052808a600260048110613402576134026150d2565b602002015181526020018a60036004811061341f5761341f6150d2565b60200201519052604080518082019091528087600260200201358152602001876003600481106133d1576133d16150d2565b825160209384015182519285015160608c015260408b01929092529289015250865250506001016131d1565b5061348b6040890189615454565b6134999188916000916157fe565b808060200260200160405190810160405280939291908181526020018383602002808284376000920191909152509294506134db925050506040890189615454565b6134e891889082906157fe565b80806020026020016040519081016040528093929190818152602001838360200280828437600092019190915250929350613531925087915086905061ffff8660018787613f9a565b6126d25760405163aaa326e160e01b8152600481018c90526001600160a01b038a166024820152604401610a81565b613568614807565b612c8f8361357584614344565b612763565b60008381526004602090815260408083206001600160a01b038516845290915290205460ff1680612c8f5760008481526004602090815260408083206001600160a01b03861684529091529020805460ff1916600117905582548390601b906135f09063ffffffff600160d81b9091041661582c565b91906101000a81548163ffffffff021916908363ffffffff1602179055509392505050565b6000838103613637576040516376f1454b60e01b815260040160405180910390fd5b60ff82168411156136675760405163bdf6e7e760e01b81526004810185905260ff83166024820152604401610a81565b60005b84811015612ff6576000868683818110613686576136866150d2565b905060200201602081019061369b919061549d565b90508460ff168160ff16106136d057604051631ee1b3bb60e01b815260ff808316600483015286166024820152604401610a81565b600160ff82161b83811663ffffffff1615613703576040516360083cbf60e11b815260ff83166004820152602401610a81565b92909217915060010161366a565b600084815260096020526040902083548154600160f81b90910460ff1690811115613763578154604051633721d73960e21b815260048101889052602481019190915260448101829052606401610a81565b6000816001600160401b0381111561377d5761377d614a34565b6040519080825280602002602001820160405280156137a6578160200160208202803683370190505b50905060005b828110156138e85760018060005b858110156138a65780841461389e57600080516020615a018339815191528782815481106137ea576137ea6150d2565b60009182526020918290209181049091015460ff601f9092166101000a90041684099250600080516020615a0183398151915280888681548110613830576138306150d2565b60009182526020918290209181049091015461386691601f166101000a900460ff16600080516020615a018339815191526150bf565b898481548110613878576138786150d2565b60009182526020918290209181049091015460ff601f9092166101000a90041608830991505b6001016137ba565b50600080516020615a018339815191526138bf82614396565b83098484815181106138d3576138d36150d2565b602090810291909101015250506001016137ac565b5060005b84811015613b19578654600160d81b900463ffffffff16868683818110613915576139156150d2565b90506020020135111561397c578781878784818110613936576139366150d2565b8b54604051632ee95c1760e01b81526004810196909652602486019490945260200290910135604484015250600160d81b900463ffffffff166064820152608401610a81565b600061399f878784818110613993576139936150d2565b90506020020135614433565b905060005b84811015613a8057613a7682613575600a60008e815260200190815260200160002060008a86815481106139da576139da6150d2565b90600052602060002090602091828204019190069054906101000a900460ff1660ff1681526020019081526020016000208681548110613a1c57613a1c6150d2565b600091825260209091206040805180820191829052926002908102909201919082845b815481526020019060010190808311613a3f575050505050878581518110613a6957613a696150d2565b60200260200101516126df565b91506001016139a4565b5060408051808201825260008b81526007602090815283822086835280825293822060028101548452918690529283526003015491810191909152613ac690829061445b565b613b10578882888885818110613ade57613ade6150d2565b6040516339f48aeb60e21b81526004810195909552602485019390935250602090910201356044820152606401610a81565b506001016138ec565b5050505050505050565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6000613b9783613ce2565b8051909150158015613bab57506020810151155b15613bdb57604051630f9b125f60e01b8152600481018690526001600160a01b0385166024820152604401610a81565b6000613bfd613bed6020850135614433565b613bf88486356126df565b613560565b90506000613c2c7f048fe619efc10dcff6ee5f8de71c5b8bf7d01a3299f033427f085c71c185cde18888613e28565b9050600080516020615a018339815191528435101580613c5e5750600080516020615a01833981519152602085013510155b80613cb25750604051843590600080516020615a0183398151915290613c8c90849087908790602001615848565b6040516020818303038152906040528051906020012060001c613caf919061586f565b14155b15610c3157604051632cf17e4b60e11b8152600481018890526001600160a01b0387166024820152604401610a81565b613cea614807565b613cf7823583600161321b565b5060408051808201909152813581526020918201359181019190915290565b613d2082826110a6565b610c555760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a81565b6000366014808210801590613d685750613d6833610c76565b15613d8f57613d7c36828403816000615883565b613d85916158ad565b60601c9250505090565b339250505090565b613d9f614478565b612a0d57604051631afcd79f60e31b815260040160405180910390fd5b60006000805160206159e1833981519152611097565b613ddb82614492565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115613e2057610a2d82826144f7565b610c5561456d565b60408051602080820195909552468183015230606082015260808101939093526001600160a01b039190911660a0808401919091528151808403909101815260c09092019052805191012090565b600081356020830135600080516020615a0183398151915282101580613eaa5750600080516020615a018339815191528110155b15613eba57600092505050613f47565b6000613ed2613ec883614433565b613bf88b866126df565b90506000613eed613ee38a856126df565b613bf88a876126df565b905083600080516020615a018339815191528c898d8d8d8888604051602001613f1c97969594939291906158ed565b6040516020818303038152906040528051906020012060001c613f3f919061586f565b149450505050505b9695505050505050565b600082613f5f86868561458c565b1495945050505050565b613f7382826145c5565b610c55576040516324f7ce5b60e21b81526004810183905260248101829052604401610a81565b60008083516004613fab91906150ff565b613fb69060076155a3565b6001600160401b03811115613fcd57613fcd614a34565b604051908082528060200260200182016040528015613ff6578160200160208202803683370190505b5090508685600186518861400a91906155a3565b61401491906150bf565b885160208a015160408b015160608c015187518890600090614038576140386150d2565b6020026020010188600181518110614052576140526150d2565b602002602001018960028151811061406c5761406c6150d2565b602002602001018a600381518110614086576140866150d2565b602002602001018b6004815181106140a0576140a06150d2565b602002602001018c6005815181106140ba576140ba6150d2565b602002602001018d6006815181106140d4576140d46150d2565b60209081029190910101969096529590945294909352939052929052919052526000851561414f5761414a60405180604001604052808960026004811061411d5761411d6150d2565b602002015181526020018960036004811061413a5761413a6150d2565b60200201519052613bf888614433565b614169565b604080518082018252908801518152606088015160208201525b90506000805b86518110156142eb57600080516020615a01833981519152878281518110614199576141996150d2565b60200260200101511015806141d55750600080516020615a018339815191528682815181106141ca576141ca6150d2565b602002602001015110155b156141e7576000945050505050614339565b61427f846141f68360046150ff565b6142019060076155a3565b8d60405180604001604052808e600060048110614220576142206150d2565b602002015181526020018e60016004811061423d5761423d6150d2565b6020020151815250878c8781518110614258576142586150d2565b60200260200101518c8881518110614272576142726150d2565b6020026020010151614667565b600080516020615a018339815191528782815181106142a0576142a06150d2565b6020026020010151830887519092506142ba8260016155a3565b10156142e3576142e0836040518060400160405280600181526020016002815250613560565b92505b60010161416f565b5080600080516020615a018339815191528c8560405160200161430f929190615948565b6040516020818303038152906040528051906020012060001c614332919061586f565b1493505050505b979650505050505050565b61434c614807565b602082015160000361435c575090565b604080518082019091528251815260208101836001602002015161438e906000805160206159a18339815191526150bf565b905292915050565b6000806040518060c001604052806020815260200160208152602001602081526020018481526020016002600080516020615a018339815191526143da91906150bf565b8152602001600080516020615a0183398151915281525090506143fb6148bb565b600060208260c08560055afa90508061442a57604051634e7294ad60e11b815260056004820152602401610a81565b50519392505050565b61443b614807565b6108206040518060400160405280600181526020016002815250836126df565b80518251600091148015612c8f5750506020908101519101511490565b60006144826129cb565b54600160401b900460ff16919050565b806001600160a01b03163b6000036144c857604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610a81565b6000805160206159e183398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516145149190615984565b600060405180830381855af49150503d806000811461454f576040519150601f19603f3d011682016040523d82523d6000602084013e614554565b606091505b5091509150614564858383614754565b95945050505050565b3415612a0d5760405163b398979f60e01b815260040160405180910390fd5b600081815b84811015612ff6576145bb828787848181106145af576145af6150d2565b905060200201356147b0565b9150600101614591565b6000821580156145d3575081155b156145e057506001610820565b6000805160206159a18339815191528310158061460b57506000805160206159a18339815191528210155b1561461857506000610820565b6000805160206159a183398151915260036000805160206159a1833981519152856000805160206159a183398151915287880909086000805160206159a1833981519152838409149392505050565b600061467f61467583614433565b613bf887866126df565b9050600061469a61469088856126df565b613bf887876126df565b82516020808501518351918401518d5194955092939092908d908d9081106146c4576146c46150d2565b602002602001018d8d60016146d991906155a3565b815181106146e9576146e96150d2565b602002602001018e8e60026146fe91906155a3565b8151811061470e5761470e6150d2565b602002602001018f8f600361472391906155a3565b81518110614733576147336150d2565b60209081029190910101939093529290915291905252505050505050505050565b60608261476957614764826147df565b612c8f565b815115801561478057506001600160a01b0384163b155b156147a957604051639996b31560e01b81526001600160a01b0385166004820152602401610a81565b5080612c8f565b60008183106147cc576000828152602084905260409020612c8f565b6000838152602083905260409020612c8f565b8051156147ee57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60405180604001604052806002906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b82805482825590600052602060002090810192821561487e579160200282015b8281111561487e578251825591602001919060010190614863565b5061488a9291506148d9565b5090565b826002810192821561487e579160200282018281111561487e578251825591602001919060010190614863565b60405180602001604052806001906020820280368337509192915050565b5b8082111561488a57600081556001016148da565b60006020828403121561490057600080fd5b81356001600160e01b031981168114612c8f57600080fd5b6000806040838503121561492b57600080fd5b50508035926020909101359150565b8060005b60028110156109e457815184526020938401939091019060010161493e565b60408101610820828461493a565b60006020828403121561497d57600080fd5b5035919050565b602080825282518282018190526000918401906040840190835b818110156149bc57835183526020938401939092019160010161499e565b509095945050505050565b80356001600160a01b03811681146129c657600080fd5b600080604083850312156149f157600080fd5b82359150614a01602084016149c7565b90509250929050565b60008060408385031215614a1d57600080fd5b614a26836149c7565b9150614a01602084016149c7565b634e487b7160e01b600052604160045260246000fd5b60008060408385031215614a5d57600080fd5b614a66836149c7565b915060208301356001600160401b03811115614a8157600080fd5b8301601f81018513614a9257600080fd5b80356001600160401b03811115614aab57614aab614a34565b604051601f8201601f19908116603f011681016001600160401b0381118282101715614ad957614ad9614a34565b604052818152828201602001871015614af157600080fd5b816020840160208301376000602083830101528093505050509250929050565b600060208284031215614b2357600080fd5b612c8f826149c7565b60008083601f840112614b3e57600080fd5b5081356001600160401b03811115614b5557600080fd5b6020830191508360208260061b8501011115614b7057600080fd5b9250929050565b600080600080600060608688031215614b8f57600080fd5b8535945060208601356001600160401b03811115614bac57600080fd5b614bb888828901614b2c565b90955093505060408601356001600160401b03811115614bd757600080fd5b614be388828901614b2c565b969995985093965092949392505050565b602080825282518282018190526000918401906040840190835b818110156149bc5783518360005b6004811015614c3b578251825260209283019290910190600101614c1c565b5050506020939093019260809290920191600101614c0e565b60005b83811015614c6f578181015183820152602001614c57565b50506000910152565b6020815260008251806020840152614c97816040850160208701614c54565b601f01601f19169190910160400192915050565b60608101614cb9828561493a565b82151560408301529392505050565b60008083601f840112614cda57600080fd5b5081356001600160401b03811115614cf157600080fd5b6020830191508360208260051b8501011115614b7057600080fd5b60008060008060008060808789031215614d2557600080fd5b8635955060208701356001600160401b03811115614d4257600080fd5b87016060818a031215614d5457600080fd5b945060408701356001600160401b03811115614d6f57600080fd5b8701601f81018913614d8057600080fd5b80356001600160401b03811115614d9657600080fd5b8960208260071b8401011115614dab57600080fd5b6020919091019450925060608701356001600160401b03811115614dce57600080fd5b614dda89828a01614cc8565b979a9699509497509295939492505050565b600080600080600060608688031215614e0457600080fd5b8535945060208601356001600160401b03811115614e2157600080fd5b614e2d88828901614cc8565b90955093505060408601356001600160401b03811115614e4c57600080fd5b614be388828901614cc8565b600080600060408486031215614e6d57600080fd5b8335925060208401356001600160401b03811115614e8a57600080fd5b614e9686828701614cc8565b9497909650939450505050565b600060208284031215614eb557600080fd5b81356001600160401b03811115614ecb57600080fd5b82016101608185031215612c8f57600080fd5b60008060008060008060a08789031215614ef757600080fd5b8635955060208701356001600160401b03811115614f1457600080fd5b614f2089828a01614b2c565b9096509450506080870188811115614f3757600080fd5b604088019350356001600160401b03811115614dce57600080fd5b81516001600160401b0316815261020081016020830151614f7e60208401826001600160401b03169052565b506040830151614f93604084018260ff169052565b506060830151614fa8606084018260ff169052565b506080830151614fbc608084018215159052565b5060a0830151614fd060a084018215159052565b5060c0830151614fe460c084018215159052565b5060e0830151614ffa60e084018261ffff169052565b5061010083015161501461010084018263ffffffff169052565b5061012083015161502e61012084018263ffffffff169052565b5061014083015161504561014084018260ff169052565b5061016083015161505c61016084018260ff169052565b5061018083015161507361018084018260ff169052565b506101a083015161508a6101a084018260ff169052565b506101c08301516101c08301526101e08301516101e083015292915050565b634e487b7160e01b600052601160045260246000fd5b81810381811115610820576108206150a9565b634e487b7160e01b600052603260045260246000fd5b6000816150f7576150f76150a9565b506000190190565b8082028115828204841417610820576108206150a9565b634e487b7160e01b600052601260045260246000fd5b60008261513b5761513b615116565b500490565b600060ff821660ff8103615156576151566150a9565b60010192915050565b81835260208301925060008160005b8481101561518e576040828737604095860195919091019060010161516e565b5093949350505050565b60ff861681526060602082015260006151b560608301868861515f565b82810360408401526151c881858761515f565b98975050505050505050565b81835260208301925060008160005b8481101561518e57608082873760809586019591909101906001016151e3565b6020815260006152176020830184866151d4565b949350505050565b6000808335601e1984360301811261523657600080fd5b8301803591506001600160401b0382111561525057600080fd5b6020019150600781901b3603821315614b7057600080fd5b6000808335601e1984360301811261527f57600080fd5b83016020810192503590506001600160401b0381111561529e57600080fd5b8060071b3603821315614b7057600080fd5b81835260006001600160fb1b038311156152c957600080fd5b8260051b80836020870137939093016020019392505050565b6040815260006152f28485615268565b6060604085015261530760a0850182846151d4565b9150506153176020860186615268565b848303603f1901606086015261532e8382846151d4565b925050506040850135601e1986360301811261534957600080fd5b85016020810190356001600160401b0381111561536557600080fd5b8060051b360382131561537757600080fd5b848303603f1901608086015261538e8382846152b0565b9350505050612c8f602083018415159052565b6000600182016153b3576153b36150a9565b5060010190565b803560ff811681146129c657600080fd5b6040808252810183905260008460608301825b868110156154065760ff6153f1846153ba565b168252602092830192909101906001016153de565b5080925050508215156020830152949350505050565b6020815260006152176020830184866152b0565b6040815260006154446040830185876152b0565b9050826020830152949350505050565b6000808335601e1984360301811261546b57600080fd5b8301803591506001600160401b0382111561548557600080fd5b6020019150600581901b3603821315614b7057600080fd5b6000602082840312156154af57600080fd5b612c8f826153ba565b6000602082840312156154ca57600080fd5b81356001600160401b0381168114612c8f57600080fd5b6000602082840312156154f357600080fd5b813563ffffffff81168114612c8f57600080fd5b60006020828403121561551957600080fd5b813561ffff81168114612c8f57600080fd5b60006020828403121561553d57600080fd5b81358015158114612c8f57600080fd5b6000808335601e1984360301811261556457600080fd5b8301803591506001600160401b0382111561557e57600080fd5b602001915036819003821315614b7057600080fd5b8183823760009101908152919050565b80820180821115610820576108206150a9565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b6000808335601e198436030181126155f657600080fd5b83016020810192503590506001600160401b0381111561561557600080fd5b803603821315614b7057600080fd5b6040815260006156386040830186886155b6565b82810360208401528084825260208201905060208560051b8301018660005b8781101561569557848303601f19018452615672828a6155df565b61567d8582846155b6565b60209687019690955093909301925050600101615657565b50909998505050505050505050565b60008383855260208501945060208460051b8201018360005b868110156156fb57838303601f190188526156d882876155df565b6156e38582846155b6565b60209a8b019a909550939093019250506001016156bd565b50909695505050505050565b60006060820160ff871683526060602084015280865180835260808501915060208801925060005b818110156157565783516001600160a01b031683526020938401939092019160010161572f565b505083810360408501526151c88186886156a4565b60ff8616815260606020820152600061578860608301868861515f565b82810360408401526151c88185876156a4565b6000602082840312156157ad57600080fd5b5051919050565b60ff8181168382160190811115610820576108206150a9565b60408101818360005b60028110156157f55781548352602090920191600191820191016157d6565b50505092915050565b6000808585111561580e57600080fd5b8386111561581b57600080fd5b5050600583901b0193919092039150565b600063ffffffff821663ffffffff8103615156576151566150a9565b838152615858602082018461493a565b615865606082018361493a565b60a0019392505050565b60008261587e5761587e615116565b500690565b6000808585111561589357600080fd5b838611156158a057600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156128d4576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b878152866020820152615903604082018761493a565b615910608082018661493a565b61591d60c082018561493a565b61592b61010082018461493a565b61593961014082018361493a565b61018001979650505050505050565b82815260006020820183516020850160005b8281101561597857815184526020938401939091019060010161595a565b50919695505050505050565b60008251615996818460208701614c54565b919091019291505056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4716f50c1fe196fa8f2d59c3eca367f2f7bf83b35c12ed36436b26d5af3695f5c4360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000102dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220e48e38b24e5ddf8fe269c60adf76c2e6ba84dac6d0781af25872f2ff7149659b64736f6c634300081c0033",
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

// Disqualify is a paid mutator transaction binding the contract method 0xad4948f6.
//
// Solidity: function disqualify(uint256 id, address trustee) returns()
func (_MVoting *MVotingTransactor) Disqualify(opts *bind.TransactOpts, id *big.Int, trustee common.Address) (*types.Transaction, error) {
	return _MVoting.contract.Transact(opts, "disqualify", id, trustee)
}

// Disqualify is a paid mutator transaction binding the contract method 0xad4948f6.
//
// Solidity: function disqualify(uint256 id, address trustee) returns()
func (_MVoting *MVotingSession) Disqualify(id *big.Int, trustee common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.Disqualify(&_MVoting.TransactOpts, id, trustee)
}

// Disqualify is a paid mutator transaction binding the contract method 0xad4948f6.
//
// Solidity: function disqualify(uint256 id, address trustee) returns()
func (_MVoting *MVotingTransactorSession) Disqualify(id *big.Int, trustee common.Address) (*types.Transaction, error) {
	return _MVoting.Contract.Disqualify(&_MVoting.TransactOpts, id, trustee)
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

// MVotingTrusteeDisqualifiedIterator is returned from FilterTrusteeDisqualified and is used to iterate over the raw logs and unpacked data for TrusteeDisqualified events raised by the MVoting contract.
type MVotingTrusteeDisqualifiedIterator struct {
	Event *MVotingTrusteeDisqualified // Event containing the contract specifics and raw log

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
func (it *MVotingTrusteeDisqualifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(MVotingTrusteeDisqualified)
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
		it.Event = new(MVotingTrusteeDisqualified)
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
func (it *MVotingTrusteeDisqualifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *MVotingTrusteeDisqualifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// MVotingTrusteeDisqualified represents a TrusteeDisqualified event raised by the MVoting contract.
type MVotingTrusteeDisqualified struct {
	Id      *big.Int
	Trustee common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTrusteeDisqualified is a free log retrieval operation binding the contract event 0xae895409a099076c8667fbca0fd8e5e7d154f46cd050eca8999b75c93ab93511.
//
// Solidity: event TrusteeDisqualified(uint256 indexed id, address indexed trustee)
func (_MVoting *MVotingFilterer) FilterTrusteeDisqualified(opts *bind.FilterOpts, id []*big.Int, trustee []common.Address) (*MVotingTrusteeDisqualifiedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.FilterLogs(opts, "TrusteeDisqualified", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return &MVotingTrusteeDisqualifiedIterator{contract: _MVoting.contract, event: "TrusteeDisqualified", logs: logs, sub: sub}, nil
}

// WatchTrusteeDisqualified is a free log subscription operation binding the contract event 0xae895409a099076c8667fbca0fd8e5e7d154f46cd050eca8999b75c93ab93511.
//
// Solidity: event TrusteeDisqualified(uint256 indexed id, address indexed trustee)
func (_MVoting *MVotingFilterer) WatchTrusteeDisqualified(opts *bind.WatchOpts, sink chan<- *MVotingTrusteeDisqualified, id []*big.Int, trustee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var trusteeRule []interface{}
	for _, trusteeItem := range trustee {
		trusteeRule = append(trusteeRule, trusteeItem)
	}

	logs, sub, err := _MVoting.contract.WatchLogs(opts, "TrusteeDisqualified", idRule, trusteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(MVotingTrusteeDisqualified)
				if err := _MVoting.contract.UnpackLog(event, "TrusteeDisqualified", log); err != nil {
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

// ParseTrusteeDisqualified is a log parse operation binding the contract event 0xae895409a099076c8667fbca0fd8e5e7d154f46cd050eca8999b75c93ab93511.
//
// Solidity: event TrusteeDisqualified(uint256 indexed id, address indexed trustee)
func (_MVoting *MVotingFilterer) ParseTrusteeDisqualified(log types.Log) (*MVotingTrusteeDisqualified, error) {
	event := new(MVotingTrusteeDisqualified)
	if err := _MVoting.contract.UnpackLog(event, "TrusteeDisqualified", log); err != nil {
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
