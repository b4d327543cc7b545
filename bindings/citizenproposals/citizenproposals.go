// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package citizenproposals

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

// CitizenProposalsProposal is an auto generated low-level Go binding around an user-defined struct.
type CitizenProposalsProposal struct {
	Author             common.Address
	OpenedAt           uint64
	Rules              uint32
	ClosesAt           uint64
	Backers            uint32
	RollSize           uint32
	Category           uint16
	Stage              uint8
	PromotedByOverride bool
	Election           uint64
	RollRoot           [32]byte
	TitleHash          [32]byte
	TextHash           [32]byte
}

// CitizenProposalsRules is an auto generated low-level Go binding around an user-defined struct.
type CitizenProposalsRules struct {
	Thresholds    [3]uint32
	AnswerPeriods [3]uint32
	Window        uint32
	PromoteStage  uint8
}

// CitizenProposalsStage is an auto generated low-level Go binding around an user-defined struct.
type CitizenProposalsStage struct {
	ReachedAt  uint64
	Deadline   uint64
	AnsweredAt uint64
	AnswerHash [32]byte
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

// CitizenProposalsMetaData contains all meta data concerning the CitizenProposals contract.
var CitizenProposalsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"}],\"name\":\"ProposalAlreadyAnswered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"name\":\"ProposalAlreadyPromoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalAlreadySupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ProposalBadRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"}],\"name\":\"ProposalBadStage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProposalBadText\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProposalBadTitle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiration\",\"type\":\"uint64\"}],\"name\":\"ProposalCredentialExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalCredentialNotHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"}],\"name\":\"ProposalCredentialRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"ProposalCredentialUntrusted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"}],\"name\":\"ProposalCredentialWrongSchema\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalEmptyRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"ProposalHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoAnswer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoCategory\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoRoll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoVoting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalNotOnRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ProposalNotQualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalNotSupported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalResidenceNoResolver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalResidenceOff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reached\",\"type\":\"uint256\"}],\"name\":\"ProposalStageNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ProposalTitleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ProposalUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ProposalWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"late\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byOverride\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Promoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"}],\"name\":\"ProposalText\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"}],\"name\":\"ResidenceSchemaSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"RollSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"indexed\":false,\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"name\":\"RulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StageReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"}],\"name\":\"SupportWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"}],\"name\":\"Supported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"voting\",\"type\":\"address\"}],\"name\":\"VotingSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELIBERATION_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPARTMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TEXT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TITLE_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAYOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROMOTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLL_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STAGES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"answerRole\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRules\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"internalType\":\"structCitizenProposals.Rules\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"hasSupported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"mvoting\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"overdue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"internalType\":\"structMVoting.NewElection\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"byOverride\",\"type\":\"bool\"}],\"name\":\"promote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"openedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"rules\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"promotedByOverride\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"election\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"}],\"internalType\":\"structCitizenProposals.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"name\":\"proposalOfElection\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"}],\"name\":\"proposeWithCredential\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"residenceSchema\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roll\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"rulesAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"internalType\":\"structCitizenProposals.Rules\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schema\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"}],\"name\":\"setResidenceSchema\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"setRoll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"internalType\":\"structCitizenProposals.Rules\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"setRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mvoting\",\"type\":\"address\"}],\"name\":\"setVoting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"stageOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"reachedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"answeredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structCitizenProposals.Stage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"support\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"uid\",\"type\":\"bytes32\"}],\"name\":\"supportWithCredential\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voting\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a05161449561010960003960008181612777015281816127a001526128cf0152600050506144956000f3fe6080604052600436106102725760003560e01c8063761e28e81161014f578063ad3cb1cc116100c1578063d547741f1161007a578063d547741f14610834578063d6928e0614610854578063da35c66414610886578063da7422281461089b578063e82e4d82146108bb578063fce1ccca146108ef57600080fd5b8063ad3cb1cc14610747578063c0c53b8b14610785578063c4d07951146107a5578063c7f91f03146107c5578063cbbac09c146107e5578063cd5e3c5d1461080557600080fd5b8063996dc02211610113578063996dc0221461067b578063a217fddf146106af578063a2f9bae0146106c4578063a343bea3146106e4578063a3f6e3f914610704578063a7dc18681461072757600080fd5b8063761e28e8146105d85780637da0a877146105f857806388b56fdb14610625578063918360031461064557806391d148541461065b57600080fd5b80632f2ff15d116101e85780635706d99a116101ac5780635706d99a146104ee578063572b6c05146105155780635b6d68a2146105355780636d12805a146105575780636ed4a413146105775780636ffa4833146105a457600080fd5b80632f2ff15d1461045957806330326c171461047957806336568abe146104a65780634f1ef286146104c657806352d1902d146104d957600080fd5b80631ac1846b1161023a5780631ac1846b146103465780631d8bf54414610366578063248a9ca31461038657806328453713146103a65780632a584064146103c65780632e1a7d4d1461043957600080fd5b806301ffc9a71461027757806309b46c96146102ac5780630effdd26146102ce57806313217c07146102f257806317367b8d14610312575b600080fd5b34801561028357600080fd5b50610297610292366004613480565b610904565b60405190151581526020015b60405180910390f35b3480156102b857600080fd5b506102cc6102c73660046134f5565b61093b565b005b3480156102da57600080fd5b506102e461271081565b6040519081526020016102a3565b3480156102fe57600080fd5b506102e461030d366004613598565b610a26565b34801561031e57600080fd5b506102e47fe5cecc94fcdd589e4e4b6aaf17ed354b5d9b8eeb9d4f8af2883e79373b96902581565b34801561035257600080fd5b506102e4610361366004613672565b610ada565b34801561037257600080fd5b506102cc6103813660046136a2565b610b90565b34801561039257600080fd5b506102e46103a13660046136d2565b610ce8565b3480156103b257600080fd5b506102976103c13660046136eb565b610d0a565b3480156103d257600080fd5b506103e66103e13660046136eb565b610d84565b6040516102a3919060006080820190506001600160401b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151606083015292915050565b34801561044557600080fd5b506102cc6104543660046136d2565b610e4c565b34801561046557600080fd5b506102cc6104743660046136a2565b610f83565b34801561048557600080fd5b506104996104943660046136d2565b610fa5565b6040516102a39190613717565b3480156104b257600080fd5b506102cc6104c13660046136a2565b6110f3565b6102cc6104d43660046138c5565b61113b565b3480156104e557600080fd5b506102e461115a565b3480156104fa57600080fd5b50610503600381565b60405160ff90911681526020016102a3565b34801561052157600080fd5b50610297610530366004613957565b611177565b34801561054157600080fd5b506102e460008051602061444083398151915281565b34801561056357600080fd5b506102cc610572366004613974565b61119c565b34801561058357600080fd5b506105976105923660046136d2565b611237565b6040516102a391906139fc565b3480156105b057600080fd5b506102e47f8eec8b020504d98b9b8aade6b3c37e791120efe8c9a621b6a5abccbe3ec5d7f981565b3480156105e457600080fd5b506102cc6105f3366004613a0b565b611358565b34801561060457600080fd5b5061060d61137a565b6040516001600160a01b0390911681526020016102a3565b34801561063157600080fd5b506102e4610640366004613a27565b6113ad565b34801561065157600080fd5b506102e461012c81565b34801561066757600080fd5b506102976106763660046136a2565b6113d4565b34801561068757600080fd5b506102e47fe7837d04f36ce0b2f3cc662bf1b2b632a7fbd12ae95199e8bd3dcfbcc440b66b81565b3480156106bb57600080fd5b506102e4600081565b3480156106d057600080fd5b506102976106df3660046136a2565b61140c565b3480156106f057600080fd5b506102e46106ff366004613ae1565b611443565b34801561071057600080fd5b5061071961170e565b6040516102a3929190613b41565b34801561073357600080fd5b506102cc610742366004613b72565b61184a565b34801561075357600080fd5b50610778604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102a39190613bb9565b34801561079157600080fd5b506102cc6107a0366004613bec565b6118ff565b3480156107b157600080fd5b506102cc6107c0366004613957565b611b98565b3480156107d157600080fd5b506102e46107e03660046136d2565b611bff565b3480156107f157600080fd5b506102cc610800366004613c2c565b611c1d565b34801561081157600080fd5b5061081a611e3c565b6040805192835263ffffffff9091166020830152016102a3565b34801561084057600080fd5b506102cc61084f3660046136a2565b611e65565b34801561086057600080fd5b50610869611e81565b604080519283526001600160a01b039091166020830152016102a3565b34801561089257600080fd5b506102e4611ead565b3480156108a757600080fd5b506102cc6108b6366004613957565b611ec0565b3480156108c757600080fd5b506102e47f31d21b47aa35f094a3616347c7ceb430b0b5fc40cf6bda2b65bce38bd04a367a81565b3480156108fb57600080fd5b5061060d611ed4565b60006001600160e01b03198216637965db0b60e01b148061093557506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000610945611eda565b905060006109538286611efe565b9050600061095f611f58565b600087815260078501602090815260408083206001600160a01b038516845290915290205490915060ff16156109bf57604051636f231e9b60e11b8152600481018790526001600160a01b03821660248201526044015b60405180910390fd5b600282015460018301546109e39190600160601b900463ffffffff16838888611f67565b610a12576040516308b68e1960e21b8152600481018790526001600160a01b03821660248201526044016109b6565b610a1e83838884611fdc565b505050505050565b600080610a31611eda565b600281015490915063ffffffff16600003610a5f57604051636f3dc6f360e11b815260040160405180910390fd5b60018101546002820154610a83919063ffffffff16610a7c611f58565b8787611f67565b610abc576000610a91611f58565b6040516308b68e1960e21b815260048101929092526001600160a01b031660248201526044016109b6565b610acb8b8b8b8b8b8b8b6122f9565b9b9a5050505050505050505050565b60008160ff16600103610b0e57507fe7837d04f36ce0b2f3cc662bf1b2b632a7fbd12ae95199e8bd3dcfbcc440b66b919050565b8160ff16600203610b4057507fe5cecc94fcdd589e4e4b6aaf17ed354b5d9b8eeb9d4f8af2883e79373b969025919050565b8160ff16600303610b7257507f8eec8b020504d98b9b8aade6b3c37e791120efe8c9a621b6a5abccbe3ec5d7f9919050565b604051637c9c6e4560e11b815260ff831660048201526024016109b6565b600080516020614440833981519152610ba8816125d6565b6000610bb2611eda565b905060008415610c6e576001600160a01b038416610be357604051630a260c6960e21b815260040160405180910390fd5b836001600160a01b0316630911beb46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c21573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610c459190613c93565b90506001600160a01b038116610c6e57604051630a260c6960e21b815260040160405180910390fd5b600b820180546001600160a01b038381166001600160a01b031992831617909255600a840180549287169290911682179055600983018690556040805187815260208101929092527f112c303c53690887ebf338bf6f1f2e6ab2a4554e07d267387b5e0dd259f3038f910160405180910390a15050505050565b6000908152600080516020614420833981519152602052604090206001015490565b600080610d15611eda565b60008581526006919091016020908152604080832060ff87168452909152902080549091506001600160401b031615801590610d6057508054600160801b90046001600160401b0316155b8015610d7c57508054600160401b90046001600160401b031642115b949350505050565b60408051608081018252600080825260208201819052918101829052606081019190915260ff82161580610dbb5750600360ff8316115b15610dde57604051637c9c6e4560e11b815260ff831660048201526024016109b6565b610de6611eda565b60009384526006016020908152604080852060ff94909416855292815292829020825160808101845281546001600160401b038082168352600160401b8204811696830196909652600160801b9004909416928401929092525060010154606082015290565b6000610e56611eda565b90506000610e648284611efe565b90506000610e70611f58565b600085815260078501602090815260408083206001600160a01b038516845290915290205490915060ff16610eca57604051639735941f60e01b8152600481018590526001600160a01b03821660248201526044016109b6565b600084815260078401602090815260408083206001600160a01b03851684529091528120805460ff19169055600183810154610f139190600160401b900463ffffffff16613cc6565b60018401805463ffffffff60401b1916600160401b63ffffffff8416908102919091179091556040519081529091506001600160a01b0383169086907f72c4f1f8460dbe047ea8f422831912e2d3d1c80897d428b455d15b8c02e41eb39060200160405180910390a35050505050565b610f8c82610ce8565b610f95816125d6565b610f9f83836125ea565b50505050565b604080516101a081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915261101f611019611eda565b83612697565b604080516101a08101825282546001600160a01b03811682526001600160401b03600160a01b8083048216602085015263ffffffff600160e01b90930483169484019490945260018501548082166060850152600160401b810483166080850152600160601b810490921660a084015261ffff600160801b83041660c084015260ff600160901b8304811660e0850152600160981b83041615156101008401529290049091166101208201526002820154610140820152600382015461016082015260049091015461018082015292915050565b6110fb611f58565b6001600160a01b0316816001600160a01b03161461112c5760405163334bd91960e11b815260040160405180910390fd5b61113682826126d2565b505050565b61114361276c565b61114c826127fc565b6111568282612807565b5050565b60006111646128c4565b5060008051602061440083398151915290565b600061118161137a565b6001600160a01b0316826001600160a01b0316149050919050565b60006111a6611eda565b905060006111b48285611efe565b905060006111c0611f58565b600086815260078501602090815260408083206001600160a01b038516845290915290205490915060ff161561121b57604051636f231e9b60e11b8152600481018690526001600160a01b03821660248201526044016109b6565b6112248461290d565b61123083838784611fdc565b5050505050565b61123f61337d565b611247611eda565b600401828154811061125b5761125b613ce2565b6000918252602082206040805160e081019182905293600393840290920192849260808401928592918390855b82829054906101000a900463ffffffff1663ffffffff168152602001906004019060208260030104928301926001038202915080841161128857505050928452505060408051606081019182905260209093019291506001840190600390826000855b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116112eb575050509284525050506002919091015463ffffffff81166020830152640100000000900460ff1660409091015292915050565b6000611363816125d6565b61115661137536849003840184613d6c565b612b87565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b60006113b88261290d565b6113c7898989898989896122f9565b9998505050505050505050565b6000918252600080516020614420833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000611416611eda565b6000938452600701602090815260408085206001600160a01b039490941685529290525090205460ff1690565b60007f31d21b47aa35f094a3616347c7ceb430b0b5fc40cf6bda2b65bce38bd04a367a61146f816125d6565b6000611479611eda565b905060006114878288612697565b6001810154909150600160a01b90046001600160401b0316156114db57600181015460405163ca5904b960e01b815260048101899052600160a01b9091046001600160401b031660248201526044016109b6565b8054600483018054600092600160e01b900463ffffffff1690811061150257611502613ce2565b6000918252602090912060026003909202010154600183015460ff64010000000090920482169250600160901b900416811180159081611540575086155b1561157f57600183015460405163604ed2dd60e11b8152600481018b905260ff600160901b9092048216602482015290831660448201526064016109b6565b600383015461158e8980613ded565b60405161159c929190613e33565b6040518091039020146115c557604051636273b89360e01b8152600481018a90526024016109b6565b83546001600160a01b03166115ed5760405163159a522560e11b815260040160405180910390fd5b8354604051636e476a4560e11b81526001600160a01b039091169063dc8ed48a9061161c908b90600401613f7c565b6020604051808303816000875af115801561163b573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061165f91906140b9565b60018401805468ffffffffffffffffff60981b1916600160a01b6001600160401b0384160260ff60981b1916178315600160981b810291909117909155600082815260088701602052604090208b905590965086908a907f77376f63b7dff9dd7016001aa93de6ccaf4ca04f9cf1a94bb03a3ac91789c8f2906116e0611f58565b6040805192151583526001600160a01b0390911660208301520160405180910390a350505050509392505050565b61171661337d565b600080611721611eda565b6004810154909150611735906001906140d2565b915080600401828154811061174c5761174c613ce2565b6000918252602082206040805160e081019182905293600393840290920192849260808401928592918390855b82829054906101000a900463ffffffff1663ffffffff168152602001906004019060208260030104928301926001038202915080841161177957505050928452505060408051606081019182905260209093019291506001840190600390826000855b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116117dc575050509284525050506002919091015463ffffffff81166020830152640100000000900460ff166040909101529391925050565b600080516020614440833981519152611862816125d6565b821580611873575063ffffffff8216155b156118915760405163b62f9ad160e01b815260040160405180910390fd5b600061189b611eda565b60028101805463ffffffff191663ffffffff8616908117909155600182018690556040805187815260208101929092529192507f4d699286165f2763aabd65bc4c91c98774e33c4c838079a5ecd85a03642758b4910160405180910390a150505050565b6000611909612e73565b805490915060ff600160401b82041615906001600160401b03166000811580156119305750825b90506000826001600160401b0316600114801561194c5750303b155b90508115801561195a575080155b156119785760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156119a257845460ff60401b1916600160401b1785555b6119ab88612e9c565b6119b3612ead565b6119bb612ead565b6119c66000886125ea565b506119df600080516020614440833981519152886125ea565b50611a0a7fe7837d04f36ce0b2f3cc662bf1b2b632a7fbd12ae95199e8bd3dcfbcc440b66b886125ea565b50611a357fe5cecc94fcdd589e4e4b6aaf17ed354b5d9b8eeb9d4f8af2883e79373b969025886125ea565b50611a607f8eec8b020504d98b9b8aade6b3c37e791120efe8c9a621b6a5abccbe3ec5d7f9886125ea565b50611a8b7f31d21b47aa35f094a3616347c7ceb430b0b5fc40cf6bda2b65bce38bd04a367a886125ea565b5085611a95611eda565b80546001600160a01b0319166001600160a01b0392831617905560405190871681527f998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a19060200160405180910390a16040805160e0810182526032608082019081526101f460a083015261138860c0830152815281516060818101845262278d00808352624f1a0060208481019190915283860182905284019290925292820152600291810191909152611b4890612b87565b8315611b8e57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b6000611ba3816125d6565b81611bac611eda565b80546001600160a01b0319166001600160a01b0392831617905560405190831681527f998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a19060200160405180910390a15050565b6000611c09611eda565b600092835260080160205250604090205490565b60ff84161580611c305750600360ff8516115b15611c5357604051637c9c6e4560e11b815260ff851660048201526024016109b6565b611c64611c5f85610ada565b6125d6565b6000611c6e611eda565b90506000611c7c8288612697565b600181015490915060ff808816600160901b909204161015611cd357600181015460405163073c25db60e01b81526004810189905260ff8089166024830152600160901b90920490911660448201526064016109b6565b6000878152600683016020908152604080832060ff8a16845290915290208054600160801b90046001600160401b031615611d2d5760405163a10e43bf60e01b81526004810189905260ff881660248201526044016109b6565b85611d4b57604051634094d11160e01b815260040160405180910390fd5b8315801590611d715750858585604051611d66929190613e33565b604051809103902014155b15611da85760405163a040b10b60e01b815260206004820152600660248201526530b739bbb2b960d11b60448201526064016109b6565b6001810186905580546001600160401b0342818116600160801b0267ffffffffffffffff60801b19909316929092178084558a927f3629f7eced9adca18595fbf13bcd00f22e5c11a5a88478237fb612ada3007fe0928b928b92600160401b90910490911610611e16611f58565b8a8a604051611e2a969594939291906140e5565b60405180910390a25050505050505050565b6000806000611e49611eda565b6001810154600290910154909463ffffffff9091169350915050565b611e6e82610ce8565b611e77816125d6565b610f9f83836126d2565b6000806000611e8e611eda565b6009810154600a9091015490946001600160a01b039091169350915050565b6000611eb7611eda565b60030154905090565b6000611ecb816125d6565b61115682612eb5565b600061139e5b7f6151236ab98b209b8d63b54ceeb17184d508f4e5f44606a494b01f967da2d70090565b6000611f0a8383612697565b60018101549091506001600160401b03164210610935576001810154604051638b2f0bb360e01b8152600481018490524260248201526001600160401b0390911660448201526064016109b6565b6000611f62612f1e565b905090565b604080516001600160a01b038516602082015263ffffffff861691810191909152600090819060600160408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050611fd184848984612f66565b979650505050505050565b600082815260078501602090815260408083206001600160a01b038516845290915281208054600160ff1990911681179091558481015461202b91600160401b90910463ffffffff169061412a565b60018501805463ffffffff60401b1916600160401b63ffffffff8416908102919091179091556040519081529091506001600160a01b0383169084907f8cb17cd7239de6d0c355aafa4c41a4a542accf63c97a4446d94c6f9165332d7d9060200160405180910390a36001840154600160901b900460ff166003811015610a1e578454600487018054600092600160e01b900463ffffffff169081106120d3576120d3613ce2565b90600052602060002090600302019050806000018260ff16600381106120fb576120fb613ce2565b600891828204019190066004029054906101000a900463ffffffff1663ffffffff168363ffffffff16106122f0576000816001018360ff166003811061214357612143613ce2565b600891828204019190066004029054906101000a900463ffffffff1663ffffffff16426121709190614146565b905061217b83614165565b9250828760010160126101000a81548160ff021916908360ff1602179055506040518060800160405280426001600160401b03168152602001826001600160401b0316815260200160006001600160401b031681526020016000801b81525088600601600088815260200190815260200160002060008560ff16815260200190815260200160002060008201518160000160006101000a8154816001600160401b0302191690836001600160401b0316021790555060208201518160000160086101000a8154816001600160401b0302191690836001600160401b0316021790555060408201518160000160106101000a8154816001600160401b0302191690836001600160401b0316021790555060608201518160010155905050857f8d6a5d213fbbb401b9e48e90276ec80a53720cf079ad49244cda25846d8b3ef6848684604051611e2a9392919060ff93909316835263ffffffff9190911660208301526001600160401b0316604082015260600190565b50505050505050565b6000612309888888888888612f7e565b8161ffff1660000361232e57604051638c3deb5360e01b815260040160405180910390fd5b6000612338611eda565b90506000612344611f58565b9050816003016000815461235790614184565b91829055506004830154909350600090612373906001906140d2565b90506000836004018263ffffffff168154811061239257612392613ce2565b60009182526020909120600260039092020101546123b69063ffffffff1642614146565b9050600084600501600087815260200190815260200160002090508342848484600001600086600001601488600001601c8a60010160008891906101000a8154816001600160401b0302191690836001600160401b031602179055508791906101000a81548163ffffffff021916908363ffffffff1602179055508691906101000a8154816001600160401b0302191690836001600160401b031602179055508591906101000a8154816001600160a01b0302191690836001600160a01b03160217905550505050508460020160009054906101000a900463ffffffff1687866001015483600101600c85600101601087600201600086919050558591906101000a81548161ffff021916908361ffff1602179055508491906101000a81548163ffffffff021916908363ffffffff1602179055505050508888826003016000846004016000849190505583919050555050836001600160a01b0316867fc7461fd7eacbf3870600359ad801c58b08f2713dbaec558fec1f3f0d802e1d09898c8c8760405161256d949392919061ffff949094168452602084019290925260408301526001600160401b0316606082015260800190565b60405180910390a38b15158061258257508915155b156125c657857f8c4b6f76fc8b41ba0aee9e0627d02586b2497efedd83ab1aa1745ba63b6cce628e8e8e8e6040516125bd949392919061419d565b60405180910390a25b5050505050979650505050505050565b6125e7816125e2611f58565b6130ab565b50565b600060008051602061442083398151915261260584846113d4565b612686576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561263c611f58565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610935565b6000915050610935565b5092915050565b6000818152600583016020526040902080546001600160a01b031661093557604051637e2aef6960e11b8152600481018390526024016109b6565b60006000805160206144208339815191526126ed84846113d4565b15612686576000848152602082815260408083206001600160a01b03871684529091529020805460ff19169055612722611f58565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610935565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806127dc57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166127d06130e4565b6001600160a01b031614155b156127fa5760405163703e46dd60e11b815260040160405180910390fd5b565b6000611156816125d6565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612861575060408051601f3d908101601f1916820190925261285e918101906140b9565b60015b61288957604051634c9c8ce360e01b81526001600160a01b03831660048201526024016109b6565b60008051602061440083398151915281146128ba57604051632a87526960e21b8152600481018290526024016109b6565b61113683836130fa565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146127fa5760405163703e46dd60e11b815260040160405180910390fd5b6000612917611eda565b60098101549091508061293d57604051633f6ab74b60e11b815260040160405180910390fd5b600b8201546040516328c44a9960e21b8152600481018590526000916001600160a01b03169063a3112a6490602401600060405180830381865afa158015612989573d6000803e3d6000fd5b505050506040513d6000823e601f3d908101601f191682016040526129b1919081019061422a565b9050818160200151146129e757602081015160405163125c628d60e11b81526109b6918691600401918252602082015260400190565b60006129f1611f58565b9050806001600160a01b03168260c001516001600160a01b031614612a495760c0820151604051633de886bd60e11b8152600481018790526001600160a01b03918216602482015290821660448201526064016109b6565b60808201516001600160401b031615612a7857604051637e85bce560e01b8152600481018690526024016109b6565b60608201516001600160401b031615801590612aa157504282606001516001600160401b031611155b15612ad757606082015160405163c5e1e67960e01b8152600481018790526001600160401b0390911660248201526044016109b6565b600a84015460e083015160405163e8591f7f60e01b8152600481018690526001600160a01b03918216602482015291169063e8591f7f90604401602060405180830381865afa158015612b2e573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612b529190614322565b6112305760e082015160405163d09451ed60e01b8152600481018790526001600160a01b0390911660248201526044016109b6565b6000805b6003811015612cb257825163ffffffff8316908260038110612baf57612baf613ce2565b602002015163ffffffff1611612c14576040516312efeea560e21b8152602060048201526024808201527f7468726573686f6c6473206d7573742072697365207374726963746c792066726044820152636f6d203160e01b60648201526084016109b6565b82602001518160038110612c2a57612c2a613ce2565b602002015163ffffffff16600003612c90576040516312efeea560e21b815260206004820152602260248201527f6576657279207374616765206e6565647320616e20616e7377657220706572696044820152611bd960f21b60648201526084016109b6565b82518160038110612ca357612ca3613ce2565b60200201519150600101612b8b565b50816040015163ffffffff16600003612d0e576040516312efeea560e21b815260206004820152601b60248201527f74686520737570706f72742077696e646f7720697320656d707479000000000060448201526064016109b6565b606082015160ff161580612d2c5750600360ff16826060015160ff16115b15612d86576040516312efeea560e21b8152602060048201526024808201527f7468652070726f6d6f74696f6e2073746167652072756e732066726f6d203120604482015263746f203360e01b60648201526084016109b6565b6000612d90611eda565b6004810180546001810182556000918252602090912085519293508592600392830290910191612dc19183916133b1565b506020820151612dd790600183019060036133b1565b5060408201516002909101805460609093015160ff166401000000000264ffffffffff1990931663ffffffff909216919091179190911790556004810154612e21906001906140d2565b7f6dba98b382aa78642da581b5cdb32fc0e234b4b69dc49b8dff1cb1fb1eb47fd28460000151856020015186604001518760600151604051612e66949392919061433f565b60405180910390a2505050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610935565b612ea4613150565b6125e781612eb5565b6127fa613150565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6000366014808210801590612f375750612f3733611177565b15612f5e57612f4b36828403816000614379565b612f54916143a3565b60601c9250505090565b339250505090565b600082612f74868685613175565b1495945050505050565b848381158015612f8c575083155b80612f98575061012c82115b15612fb95760405163cf57093960e01b8152600481018390526024016109b6565b80158015612fc5575082155b80612fd1575061271081115b15612ff2576040516334419cf960e01b8152600481018290526024016109b6565b8115801590613018575083888860405161300d929190613e33565b604051809103902014155b1561304e5760405163a040b10b60e01b81526020600482015260056024820152647469746c6560d81b60448201526064016109b6565b80158015906130745750828686604051613069929190613e33565b604051809103902014155b15611b8e5760405163a040b10b60e01b81526004016109b6906020808252600490820152631d195e1d60e21b604082015260600190565b6130b582826113d4565b6111565760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016109b6565b600060008051602061440083398151915261139e565b613103826131b9565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a280511561314857611136828261321e565b611156613294565b6131586132b3565b6127fa57604051631afcd79f60e31b815260040160405180910390fd5b600081815b848110156131ae576131a48287878481811061319857613198613ce2565b905060200201356132cd565b915060010161317a565b5090505b9392505050565b806001600160a01b03163b6000036131ef57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016109b6565b60008051602061440083398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b03168460405161323b91906143e3565b600060405180830381855af49150503d8060008114613276576040519150601f19603f3d011682016040523d82523d6000602084013e61327b565b606091505b509150915061328b8583836132f9565b95945050505050565b34156127fa5760405163b398979f60e01b815260040160405180910390fd5b60006132bd612e73565b54600160401b900460ff16919050565b60008183106132e95760008281526020849052604090206131b2565b5060009182526020526040902090565b60608261330e5761330982613355565b6131b2565b815115801561332557506001600160a01b0384163b155b1561334e57604051639996b31560e01b81526001600160a01b03851660048201526024016109b6565b50806131b2565b80511561336457805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b604051806080016040528061339061344d565b815260200161339d61344d565b815260006020820181905260409091015290565b60018301918390821561343d5791602002820160005b8382111561340b57835183826101000a81548163ffffffff021916908363ffffffff16021790555092602001926004016020816003010492830192600103026133c7565b801561343b5782816101000a81549063ffffffff021916905560040160208160030104928301926001030261340b565b505b5061344992915061346b565b5090565b60405180606001604052806003906020820280368337509192915050565b5b80821115613449576000815560010161346c565b60006020828403121561349257600080fd5b81356001600160e01b0319811681146131b257600080fd5b60008083601f8401126134bc57600080fd5b5081356001600160401b038111156134d357600080fd5b6020830191508360208260051b85010111156134ee57600080fd5b9250929050565b60008060006040848603121561350a57600080fd5b8335925060208401356001600160401b0381111561352757600080fd5b613533868287016134aa565b9497909650939450505050565b60008083601f84011261355257600080fd5b5081356001600160401b0381111561356957600080fd5b6020830191508360208285010111156134ee57600080fd5b803561ffff8116811461359357600080fd5b919050565b600080600080600080600080600060c08a8c0312156135b657600080fd5b89356001600160401b038111156135cc57600080fd5b6135d88c828d01613540565b909a5098505060208a01356001600160401b038111156135f757600080fd5b6136038c828d01613540565b90985096505060408a0135945060608a0135935061362360808b01613581565b925060a08a01356001600160401b0381111561363e57600080fd5b61364a8c828d016134aa565b915080935050809150509295985092959850929598565b803560ff8116811461359357600080fd5b60006020828403121561368457600080fd5b6131b282613661565b6001600160a01b03811681146125e757600080fd5b600080604083850312156136b557600080fd5b8235915060208301356136c78161368d565b809150509250929050565b6000602082840312156136e457600080fd5b5035919050565b600080604083850312156136fe57600080fd5b8235915061370e60208401613661565b90509250929050565b81516001600160a01b031681526101a08101602083015161374360208401826001600160401b03169052565b50604083015161375b604084018263ffffffff169052565b50606083015161377660608401826001600160401b03169052565b50608083015161378e608084018263ffffffff169052565b5060a08301516137a660a084018263ffffffff169052565b5060c08301516137bc60c084018261ffff169052565b5060e08301516137d160e084018260ff169052565b506101008301516137e761010084018215159052565b506101208301516138046101208401826001600160401b03169052565b5061014083015161014083015261016083015161016083015261018083015161018083015292915050565b634e487b7160e01b600052604160045260246000fd5b60405161014081016001600160401b03811182821017156138685761386861382f565b60405290565b604051601f8201601f191681016001600160401b03811182821017156138965761389661382f565b604052919050565b60006001600160401b038211156138b7576138b761382f565b50601f01601f191660200190565b600080604083850312156138d857600080fd5b82356138e38161368d565b915060208301356001600160401b038111156138fe57600080fd5b8301601f8101851361390f57600080fd5b803561392261391d8261389e565b61386e565b81815286602083850101111561393757600080fd5b816020840160208301376000602083830101528093505050509250929050565b60006020828403121561396957600080fd5b81356131b28161368d565b6000806040838503121561398757600080fd5b50508035926020909101359150565b8060005b6003811015610f9f57815163ffffffff1684526020938401939091019060010161399a565b6139ca828251613996565b60208101516139dc6060840182613996565b50604081015163ffffffff1660c08301526060015160ff1660e090910152565b610100810161093582846139bf565b6000610100828403128015613a1f57600080fd5b509092915050565b60008060008060008060008060c0898b031215613a4357600080fd5b88356001600160401b03811115613a5957600080fd5b613a658b828c01613540565b90995097505060208901356001600160401b03811115613a8457600080fd5b613a908b828c01613540565b9097509550506040890135935060608901359250613ab060808a01613581565b979a969950949793969295919450919260a001359150565b80151581146125e757600080fd5b803561359381613ac8565b600080600060608486031215613af657600080fd5b8335925060208401356001600160401b03811115613b1357600080fd5b84016101608187031215613b2657600080fd5b91506040840135613b3681613ac8565b809150509250925092565b6101208101613b5082856139bf565b826101008301529392505050565b803563ffffffff8116811461359357600080fd5b60008060408385031215613b8557600080fd5b8235915061370e60208401613b5e565b60005b83811015613bb0578181015183820152602001613b98565b50506000910152565b6020815260008251806020840152613bd8816040850160208701613b95565b601f01601f19169190910160400192915050565b600080600060608486031215613c0157600080fd5b8335613c0c8161368d565b92506020840135613c1c8161368d565b91506040840135613b368161368d565b600080600080600060808688031215613c4457600080fd5b85359450613c5460208701613661565b93506040860135925060608601356001600160401b03811115613c7657600080fd5b613c8288828901613540565b969995985093965092949392505050565b600060208284031215613ca557600080fd5b81516131b28161368d565b634e487b7160e01b600052601160045260246000fd5b63ffffffff828116828216039081111561093557610935613cb0565b634e487b7160e01b600052603260045260246000fd5b600082601f830112613d0957600080fd5b604051606081016001600160401b0381118282101715613d2b57613d2b61382f565b604052806060840185811115613d4057600080fd5b845b81811015613d6157613d5381613b5e565b835260209283019201613d42565b509195945050505050565b6000610100828403128015613d8057600080fd5b50604051608081016001600160401b0381118282101715613da357613da361382f565b604052613db08484613cf8565b8152613dbf8460608501613cf8565b6020820152613dd060c08401613b5e565b6040820152613de160e08401613661565b60608201529392505050565b6000808335601e19843603018112613e0457600080fd5b8301803591506001600160401b03821115613e1e57600080fd5b6020019150368190038213156134ee57600080fd5b8183823760009101908152919050565b6000808335601e19843603018112613e5a57600080fd5b83016020810192503590506001600160401b03811115613e7957600080fd5b8036038213156134ee57600080fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b6000808335601e19843603018112613ec857600080fd5b83016020810192503590506001600160401b03811115613ee757600080fd5b8060051b36038213156134ee57600080fd5b60008383855260208501945060208460051b8201018360005b86811015613f5057838303601f19018852613f2d8287613e43565b613f38858284613e88565b60209a8b019a90955093909301925050600101613f12565b50909695505050505050565b6001600160401b03811681146125e757600080fd5b803561359381613f5c565b602081526000613f8c8384613e43565b6101606020850152613fa361018085018284613e88565b915050613fb36020850185613eb1565b848303601f19016040860152613fca838284613ef9565b92505050613fda60408501613661565b60ff8116606085015250613ff060608501613f71565b6001600160401b03811660808501525061400c60808501613f71565b6001600160401b03811660a08501525060a084013560c084810191909152614035908501613b5e565b63ffffffff811660e08501525061404e60e08501613581565b61ffff8116610100850152506140676101008501613ad6565b8015156101208501525061407e6101208501613661565b60ff811661014085015250614097610140850185613eb1565b848303601f19016101608601526140af838284613ef9565b9695505050505050565b6000602082840312156140cb57600080fd5b5051919050565b8181038181111561093557610935613cb0565b60ff87168152856020820152841515604082015260018060a01b038416606082015260a06080820152600061411e60a083018486613e88565b98975050505050505050565b63ffffffff818116838216019081111561093557610935613cb0565b6001600160401b03818116838216019081111561093557610935613cb0565b600060ff821660ff810361417b5761417b613cb0565b60010192915050565b60006001820161419657614196613cb0565b5060010190565b6040815260006141b1604083018688613e88565b8281036020840152611fd1818587613e88565b805161359381613f5c565b80516135938161368d565b805161359381613ac8565b600082601f8301126141f657600080fd5b815161420461391d8261389e565b81815284602083860101111561421957600080fd5b610d7c826020830160208701613b95565b60006020828403121561423c57600080fd5b81516001600160401b0381111561425257600080fd5b8201610140818503121561426557600080fd5b61426d613845565b8151815260208083015190820152614287604083016141c4565b6040820152614298606083016141c4565b60608201526142a9608083016141c4565b608082015260a082810151908201526142c460c083016141cf565b60c08201526142d560e083016141cf565b60e08201526142e761010083016141da565b6101008201526101208201516001600160401b0381111561430757600080fd5b614313868285016141e5565b61012083015250949350505050565b60006020828403121561433457600080fd5b81516131b281613ac8565b610100810161434e8287613996565b61435b6060830186613996565b63ffffffff841660c083015260ff831660e083015295945050505050565b6000808585111561438957600080fd5b8386111561439657600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015612690576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b600082516143f5818460208701613b95565b919091019291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680081f4176102da247b99e0bdae77d11d3dc2e6dc7223d1ab0d9776698b6090e6cfa2646970667358221220386fb7b04ce2fed149c8bb72ab1cae6c65f072c7931aa9ba35e9351ca619056864736f6c634300081c0033",
}

// CitizenProposalsABI is the input ABI used to generate the binding from.
// Deprecated: Use CitizenProposalsMetaData.ABI instead.
var CitizenProposalsABI = CitizenProposalsMetaData.ABI

// CitizenProposalsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CitizenProposalsMetaData.Bin instead.
var CitizenProposalsBin = CitizenProposalsMetaData.Bin

// DeployCitizenProposals deploys a new Ethereum contract, binding an instance of CitizenProposals to it.
func DeployCitizenProposals(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *CitizenProposals, error) {
	parsed, err := CitizenProposalsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CitizenProposalsBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CitizenProposals{CitizenProposalsCaller: CitizenProposalsCaller{contract: contract}, CitizenProposalsTransactor: CitizenProposalsTransactor{contract: contract}, CitizenProposalsFilterer: CitizenProposalsFilterer{contract: contract}}, nil
}

// CitizenProposals is an auto generated Go binding around an Ethereum contract.
type CitizenProposals struct {
	CitizenProposalsCaller     // Read-only binding to the contract
	CitizenProposalsTransactor // Write-only binding to the contract
	CitizenProposalsFilterer   // Log filterer for contract events
}

// CitizenProposalsCaller is an auto generated read-only Go binding around an Ethereum contract.
type CitizenProposalsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CitizenProposalsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CitizenProposalsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CitizenProposalsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CitizenProposalsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CitizenProposalsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CitizenProposalsSession struct {
	Contract     *CitizenProposals // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CitizenProposalsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CitizenProposalsCallerSession struct {
	Contract *CitizenProposalsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// CitizenProposalsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CitizenProposalsTransactorSession struct {
	Contract     *CitizenProposalsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// CitizenProposalsRaw is an auto generated low-level Go binding around an Ethereum contract.
type CitizenProposalsRaw struct {
	Contract *CitizenProposals // Generic contract binding to access the raw methods on
}

// CitizenProposalsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CitizenProposalsCallerRaw struct {
	Contract *CitizenProposalsCaller // Generic read-only contract binding to access the raw methods on
}

// CitizenProposalsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CitizenProposalsTransactorRaw struct {
	Contract *CitizenProposalsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCitizenProposals creates a new instance of CitizenProposals, bound to a specific deployed contract.
func NewCitizenProposals(address common.Address, backend bind.ContractBackend) (*CitizenProposals, error) {
	contract, err := bindCitizenProposals(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CitizenProposals{CitizenProposalsCaller: CitizenProposalsCaller{contract: contract}, CitizenProposalsTransactor: CitizenProposalsTransactor{contract: contract}, CitizenProposalsFilterer: CitizenProposalsFilterer{contract: contract}}, nil
}

// NewCitizenProposalsCaller creates a new read-only instance of CitizenProposals, bound to a specific deployed contract.
func NewCitizenProposalsCaller(address common.Address, caller bind.ContractCaller) (*CitizenProposalsCaller, error) {
	contract, err := bindCitizenProposals(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsCaller{contract: contract}, nil
}

// NewCitizenProposalsTransactor creates a new write-only instance of CitizenProposals, bound to a specific deployed contract.
func NewCitizenProposalsTransactor(address common.Address, transactor bind.ContractTransactor) (*CitizenProposalsTransactor, error) {
	contract, err := bindCitizenProposals(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsTransactor{contract: contract}, nil
}

// NewCitizenProposalsFilterer creates a new log filterer instance of CitizenProposals, bound to a specific deployed contract.
func NewCitizenProposalsFilterer(address common.Address, filterer bind.ContractFilterer) (*CitizenProposalsFilterer, error) {
	contract, err := bindCitizenProposals(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsFilterer{contract: contract}, nil
}

// bindCitizenProposals binds a generic wrapper to an already deployed contract.
func bindCitizenProposals(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CitizenProposalsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CitizenProposals *CitizenProposalsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CitizenProposals.Contract.CitizenProposalsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CitizenProposals *CitizenProposalsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CitizenProposals.Contract.CitizenProposalsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CitizenProposals *CitizenProposalsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CitizenProposals.Contract.CitizenProposalsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CitizenProposals *CitizenProposalsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CitizenProposals.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CitizenProposals *CitizenProposalsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CitizenProposals.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CitizenProposals *CitizenProposalsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CitizenProposals.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.DEFAULTADMINROLE(&_CitizenProposals.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.DEFAULTADMINROLE(&_CitizenProposals.CallOpts)
}

// DELIBERATIONROLE is a free data retrieval call binding the contract method 0x17367b8d.
//
// Solidity: function DELIBERATION_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) DELIBERATIONROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "DELIBERATION_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DELIBERATIONROLE is a free data retrieval call binding the contract method 0x17367b8d.
//
// Solidity: function DELIBERATION_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) DELIBERATIONROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.DELIBERATIONROLE(&_CitizenProposals.CallOpts)
}

// DELIBERATIONROLE is a free data retrieval call binding the contract method 0x17367b8d.
//
// Solidity: function DELIBERATION_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) DELIBERATIONROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.DELIBERATIONROLE(&_CitizenProposals.CallOpts)
}

// DEPARTMENTROLE is a free data retrieval call binding the contract method 0x996dc022.
//
// Solidity: function DEPARTMENT_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) DEPARTMENTROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "DEPARTMENT_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEPARTMENTROLE is a free data retrieval call binding the contract method 0x996dc022.
//
// Solidity: function DEPARTMENT_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) DEPARTMENTROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.DEPARTMENTROLE(&_CitizenProposals.CallOpts)
}

// DEPARTMENTROLE is a free data retrieval call binding the contract method 0x996dc022.
//
// Solidity: function DEPARTMENT_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) DEPARTMENTROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.DEPARTMENTROLE(&_CitizenProposals.CallOpts)
}

// MAXTEXTBYTES is a free data retrieval call binding the contract method 0x0effdd26.
//
// Solidity: function MAX_TEXT_BYTES() view returns(uint256)
func (_CitizenProposals *CitizenProposalsCaller) MAXTEXTBYTES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "MAX_TEXT_BYTES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXTEXTBYTES is a free data retrieval call binding the contract method 0x0effdd26.
//
// Solidity: function MAX_TEXT_BYTES() view returns(uint256)
func (_CitizenProposals *CitizenProposalsSession) MAXTEXTBYTES() (*big.Int, error) {
	return _CitizenProposals.Contract.MAXTEXTBYTES(&_CitizenProposals.CallOpts)
}

// MAXTEXTBYTES is a free data retrieval call binding the contract method 0x0effdd26.
//
// Solidity: function MAX_TEXT_BYTES() view returns(uint256)
func (_CitizenProposals *CitizenProposalsCallerSession) MAXTEXTBYTES() (*big.Int, error) {
	return _CitizenProposals.Contract.MAXTEXTBYTES(&_CitizenProposals.CallOpts)
}

// MAXTITLEBYTES is a free data retrieval call binding the contract method 0x91836003.
//
// Solidity: function MAX_TITLE_BYTES() view returns(uint256)
func (_CitizenProposals *CitizenProposalsCaller) MAXTITLEBYTES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "MAX_TITLE_BYTES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXTITLEBYTES is a free data retrieval call binding the contract method 0x91836003.
//
// Solidity: function MAX_TITLE_BYTES() view returns(uint256)
func (_CitizenProposals *CitizenProposalsSession) MAXTITLEBYTES() (*big.Int, error) {
	return _CitizenProposals.Contract.MAXTITLEBYTES(&_CitizenProposals.CallOpts)
}

// MAXTITLEBYTES is a free data retrieval call binding the contract method 0x91836003.
//
// Solidity: function MAX_TITLE_BYTES() view returns(uint256)
func (_CitizenProposals *CitizenProposalsCallerSession) MAXTITLEBYTES() (*big.Int, error) {
	return _CitizenProposals.Contract.MAXTITLEBYTES(&_CitizenProposals.CallOpts)
}

// MAYORROLE is a free data retrieval call binding the contract method 0x6ffa4833.
//
// Solidity: function MAYOR_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) MAYORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "MAYOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MAYORROLE is a free data retrieval call binding the contract method 0x6ffa4833.
//
// Solidity: function MAYOR_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) MAYORROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.MAYORROLE(&_CitizenProposals.CallOpts)
}

// MAYORROLE is a free data retrieval call binding the contract method 0x6ffa4833.
//
// Solidity: function MAYOR_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) MAYORROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.MAYORROLE(&_CitizenProposals.CallOpts)
}

// PROMOTERROLE is a free data retrieval call binding the contract method 0xe82e4d82.
//
// Solidity: function PROMOTER_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) PROMOTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "PROMOTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PROMOTERROLE is a free data retrieval call binding the contract method 0xe82e4d82.
//
// Solidity: function PROMOTER_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) PROMOTERROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.PROMOTERROLE(&_CitizenProposals.CallOpts)
}

// PROMOTERROLE is a free data retrieval call binding the contract method 0xe82e4d82.
//
// Solidity: function PROMOTER_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) PROMOTERROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.PROMOTERROLE(&_CitizenProposals.CallOpts)
}

// ROLLADMINROLE is a free data retrieval call binding the contract method 0x5b6d68a2.
//
// Solidity: function ROLL_ADMIN_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) ROLLADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "ROLL_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ROLLADMINROLE is a free data retrieval call binding the contract method 0x5b6d68a2.
//
// Solidity: function ROLL_ADMIN_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) ROLLADMINROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.ROLLADMINROLE(&_CitizenProposals.CallOpts)
}

// ROLLADMINROLE is a free data retrieval call binding the contract method 0x5b6d68a2.
//
// Solidity: function ROLL_ADMIN_ROLE() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) ROLLADMINROLE() ([32]byte, error) {
	return _CitizenProposals.Contract.ROLLADMINROLE(&_CitizenProposals.CallOpts)
}

// STAGES is a free data retrieval call binding the contract method 0x5706d99a.
//
// Solidity: function STAGES() view returns(uint8)
func (_CitizenProposals *CitizenProposalsCaller) STAGES(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "STAGES")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// STAGES is a free data retrieval call binding the contract method 0x5706d99a.
//
// Solidity: function STAGES() view returns(uint8)
func (_CitizenProposals *CitizenProposalsSession) STAGES() (uint8, error) {
	return _CitizenProposals.Contract.STAGES(&_CitizenProposals.CallOpts)
}

// STAGES is a free data retrieval call binding the contract method 0x5706d99a.
//
// Solidity: function STAGES() view returns(uint8)
func (_CitizenProposals *CitizenProposalsCallerSession) STAGES() (uint8, error) {
	return _CitizenProposals.Contract.STAGES(&_CitizenProposals.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_CitizenProposals *CitizenProposalsCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_CitizenProposals *CitizenProposalsSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _CitizenProposals.Contract.UPGRADEINTERFACEVERSION(&_CitizenProposals.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_CitizenProposals *CitizenProposalsCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _CitizenProposals.Contract.UPGRADEINTERFACEVERSION(&_CitizenProposals.CallOpts)
}

// AnswerRole is a free data retrieval call binding the contract method 0x1ac1846b.
//
// Solidity: function answerRole(uint8 stage) pure returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) AnswerRole(opts *bind.CallOpts, stage uint8) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "answerRole", stage)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AnswerRole is a free data retrieval call binding the contract method 0x1ac1846b.
//
// Solidity: function answerRole(uint8 stage) pure returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) AnswerRole(stage uint8) ([32]byte, error) {
	return _CitizenProposals.Contract.AnswerRole(&_CitizenProposals.CallOpts, stage)
}

// AnswerRole is a free data retrieval call binding the contract method 0x1ac1846b.
//
// Solidity: function answerRole(uint8 stage) pure returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) AnswerRole(stage uint8) ([32]byte, error) {
	return _CitizenProposals.Contract.AnswerRole(&_CitizenProposals.CallOpts, stage)
}

// CurrentRules is a free data retrieval call binding the contract method 0xa3f6e3f9.
//
// Solidity: function currentRules() view returns((uint32[3],uint32[3],uint32,uint8) r, uint256 version)
func (_CitizenProposals *CitizenProposalsCaller) CurrentRules(opts *bind.CallOpts) (struct {
	R       CitizenProposalsRules
	Version *big.Int
}, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "currentRules")

	outstruct := new(struct {
		R       CitizenProposalsRules
		Version *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.R = *abi.ConvertType(out[0], new(CitizenProposalsRules)).(*CitizenProposalsRules)
	outstruct.Version = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// CurrentRules is a free data retrieval call binding the contract method 0xa3f6e3f9.
//
// Solidity: function currentRules() view returns((uint32[3],uint32[3],uint32,uint8) r, uint256 version)
func (_CitizenProposals *CitizenProposalsSession) CurrentRules() (struct {
	R       CitizenProposalsRules
	Version *big.Int
}, error) {
	return _CitizenProposals.Contract.CurrentRules(&_CitizenProposals.CallOpts)
}

// CurrentRules is a free data retrieval call binding the contract method 0xa3f6e3f9.
//
// Solidity: function currentRules() view returns((uint32[3],uint32[3],uint32,uint8) r, uint256 version)
func (_CitizenProposals *CitizenProposalsCallerSession) CurrentRules() (struct {
	R       CitizenProposalsRules
	Version *big.Int
}, error) {
	return _CitizenProposals.Contract.CurrentRules(&_CitizenProposals.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _CitizenProposals.Contract.GetRoleAdmin(&_CitizenProposals.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _CitizenProposals.Contract.GetRoleAdmin(&_CitizenProposals.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CitizenProposals *CitizenProposalsCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CitizenProposals *CitizenProposalsSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _CitizenProposals.Contract.HasRole(&_CitizenProposals.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CitizenProposals *CitizenProposalsCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _CitizenProposals.Contract.HasRole(&_CitizenProposals.CallOpts, role, account)
}

// HasSupported is a free data retrieval call binding the contract method 0xa2f9bae0.
//
// Solidity: function hasSupported(uint256 id, address citizen) view returns(bool)
func (_CitizenProposals *CitizenProposalsCaller) HasSupported(opts *bind.CallOpts, id *big.Int, citizen common.Address) (bool, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "hasSupported", id, citizen)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasSupported is a free data retrieval call binding the contract method 0xa2f9bae0.
//
// Solidity: function hasSupported(uint256 id, address citizen) view returns(bool)
func (_CitizenProposals *CitizenProposalsSession) HasSupported(id *big.Int, citizen common.Address) (bool, error) {
	return _CitizenProposals.Contract.HasSupported(&_CitizenProposals.CallOpts, id, citizen)
}

// HasSupported is a free data retrieval call binding the contract method 0xa2f9bae0.
//
// Solidity: function hasSupported(uint256 id, address citizen) view returns(bool)
func (_CitizenProposals *CitizenProposalsCallerSession) HasSupported(id *big.Int, citizen common.Address) (bool, error) {
	return _CitizenProposals.Contract.HasSupported(&_CitizenProposals.CallOpts, id, citizen)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_CitizenProposals *CitizenProposalsCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_CitizenProposals *CitizenProposalsSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _CitizenProposals.Contract.IsTrustedForwarder(&_CitizenProposals.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_CitizenProposals *CitizenProposalsCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _CitizenProposals.Contract.IsTrustedForwarder(&_CitizenProposals.CallOpts, forwarder)
}

// Overdue is a free data retrieval call binding the contract method 0x28453713.
//
// Solidity: function overdue(uint256 id, uint8 stage) view returns(bool)
func (_CitizenProposals *CitizenProposalsCaller) Overdue(opts *bind.CallOpts, id *big.Int, stage uint8) (bool, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "overdue", id, stage)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Overdue is a free data retrieval call binding the contract method 0x28453713.
//
// Solidity: function overdue(uint256 id, uint8 stage) view returns(bool)
func (_CitizenProposals *CitizenProposalsSession) Overdue(id *big.Int, stage uint8) (bool, error) {
	return _CitizenProposals.Contract.Overdue(&_CitizenProposals.CallOpts, id, stage)
}

// Overdue is a free data retrieval call binding the contract method 0x28453713.
//
// Solidity: function overdue(uint256 id, uint8 stage) view returns(bool)
func (_CitizenProposals *CitizenProposalsCallerSession) Overdue(id *big.Int, stage uint8) (bool, error) {
	return _CitizenProposals.Contract.Overdue(&_CitizenProposals.CallOpts, id, stage)
}

// Proposal is a free data retrieval call binding the contract method 0x30326c17.
//
// Solidity: function proposal(uint256 id) view returns((address,uint64,uint32,uint64,uint32,uint32,uint16,uint8,bool,uint64,bytes32,bytes32,bytes32))
func (_CitizenProposals *CitizenProposalsCaller) Proposal(opts *bind.CallOpts, id *big.Int) (CitizenProposalsProposal, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "proposal", id)

	if err != nil {
		return *new(CitizenProposalsProposal), err
	}

	out0 := *abi.ConvertType(out[0], new(CitizenProposalsProposal)).(*CitizenProposalsProposal)

	return out0, err

}

// Proposal is a free data retrieval call binding the contract method 0x30326c17.
//
// Solidity: function proposal(uint256 id) view returns((address,uint64,uint32,uint64,uint32,uint32,uint16,uint8,bool,uint64,bytes32,bytes32,bytes32))
func (_CitizenProposals *CitizenProposalsSession) Proposal(id *big.Int) (CitizenProposalsProposal, error) {
	return _CitizenProposals.Contract.Proposal(&_CitizenProposals.CallOpts, id)
}

// Proposal is a free data retrieval call binding the contract method 0x30326c17.
//
// Solidity: function proposal(uint256 id) view returns((address,uint64,uint32,uint64,uint32,uint32,uint16,uint8,bool,uint64,bytes32,bytes32,bytes32))
func (_CitizenProposals *CitizenProposalsCallerSession) Proposal(id *big.Int) (CitizenProposalsProposal, error) {
	return _CitizenProposals.Contract.Proposal(&_CitizenProposals.CallOpts, id)
}

// ProposalCount is a free data retrieval call binding the contract method 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (_CitizenProposals *CitizenProposalsCaller) ProposalCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "proposalCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalCount is a free data retrieval call binding the contract method 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (_CitizenProposals *CitizenProposalsSession) ProposalCount() (*big.Int, error) {
	return _CitizenProposals.Contract.ProposalCount(&_CitizenProposals.CallOpts)
}

// ProposalCount is a free data retrieval call binding the contract method 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (_CitizenProposals *CitizenProposalsCallerSession) ProposalCount() (*big.Int, error) {
	return _CitizenProposals.Contract.ProposalCount(&_CitizenProposals.CallOpts)
}

// ProposalOfElection is a free data retrieval call binding the contract method 0xc7f91f03.
//
// Solidity: function proposalOfElection(uint256 election) view returns(uint256)
func (_CitizenProposals *CitizenProposalsCaller) ProposalOfElection(opts *bind.CallOpts, election *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "proposalOfElection", election)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalOfElection is a free data retrieval call binding the contract method 0xc7f91f03.
//
// Solidity: function proposalOfElection(uint256 election) view returns(uint256)
func (_CitizenProposals *CitizenProposalsSession) ProposalOfElection(election *big.Int) (*big.Int, error) {
	return _CitizenProposals.Contract.ProposalOfElection(&_CitizenProposals.CallOpts, election)
}

// ProposalOfElection is a free data retrieval call binding the contract method 0xc7f91f03.
//
// Solidity: function proposalOfElection(uint256 election) view returns(uint256)
func (_CitizenProposals *CitizenProposalsCallerSession) ProposalOfElection(election *big.Int) (*big.Int, error) {
	return _CitizenProposals.Contract.ProposalOfElection(&_CitizenProposals.CallOpts, election)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsSession) ProxiableUUID() ([32]byte, error) {
	return _CitizenProposals.Contract.ProxiableUUID(&_CitizenProposals.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_CitizenProposals *CitizenProposalsCallerSession) ProxiableUUID() ([32]byte, error) {
	return _CitizenProposals.Contract.ProxiableUUID(&_CitizenProposals.CallOpts)
}

// ResidenceSchema is a free data retrieval call binding the contract method 0xd6928e06.
//
// Solidity: function residenceSchema() view returns(bytes32 schema, address resolver)
func (_CitizenProposals *CitizenProposalsCaller) ResidenceSchema(opts *bind.CallOpts) (struct {
	Schema   [32]byte
	Resolver common.Address
}, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "residenceSchema")

	outstruct := new(struct {
		Schema   [32]byte
		Resolver common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Schema = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Resolver = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// ResidenceSchema is a free data retrieval call binding the contract method 0xd6928e06.
//
// Solidity: function residenceSchema() view returns(bytes32 schema, address resolver)
func (_CitizenProposals *CitizenProposalsSession) ResidenceSchema() (struct {
	Schema   [32]byte
	Resolver common.Address
}, error) {
	return _CitizenProposals.Contract.ResidenceSchema(&_CitizenProposals.CallOpts)
}

// ResidenceSchema is a free data retrieval call binding the contract method 0xd6928e06.
//
// Solidity: function residenceSchema() view returns(bytes32 schema, address resolver)
func (_CitizenProposals *CitizenProposalsCallerSession) ResidenceSchema() (struct {
	Schema   [32]byte
	Resolver common.Address
}, error) {
	return _CitizenProposals.Contract.ResidenceSchema(&_CitizenProposals.CallOpts)
}

// Roll is a free data retrieval call binding the contract method 0xcd5e3c5d.
//
// Solidity: function roll() view returns(bytes32 root, uint32 size)
func (_CitizenProposals *CitizenProposalsCaller) Roll(opts *bind.CallOpts) (struct {
	Root [32]byte
	Size uint32
}, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "roll")

	outstruct := new(struct {
		Root [32]byte
		Size uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Size = *abi.ConvertType(out[1], new(uint32)).(*uint32)

	return *outstruct, err

}

// Roll is a free data retrieval call binding the contract method 0xcd5e3c5d.
//
// Solidity: function roll() view returns(bytes32 root, uint32 size)
func (_CitizenProposals *CitizenProposalsSession) Roll() (struct {
	Root [32]byte
	Size uint32
}, error) {
	return _CitizenProposals.Contract.Roll(&_CitizenProposals.CallOpts)
}

// Roll is a free data retrieval call binding the contract method 0xcd5e3c5d.
//
// Solidity: function roll() view returns(bytes32 root, uint32 size)
func (_CitizenProposals *CitizenProposalsCallerSession) Roll() (struct {
	Root [32]byte
	Size uint32
}, error) {
	return _CitizenProposals.Contract.Roll(&_CitizenProposals.CallOpts)
}

// RulesAt is a free data retrieval call binding the contract method 0x6ed4a413.
//
// Solidity: function rulesAt(uint256 version) view returns((uint32[3],uint32[3],uint32,uint8))
func (_CitizenProposals *CitizenProposalsCaller) RulesAt(opts *bind.CallOpts, version *big.Int) (CitizenProposalsRules, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "rulesAt", version)

	if err != nil {
		return *new(CitizenProposalsRules), err
	}

	out0 := *abi.ConvertType(out[0], new(CitizenProposalsRules)).(*CitizenProposalsRules)

	return out0, err

}

// RulesAt is a free data retrieval call binding the contract method 0x6ed4a413.
//
// Solidity: function rulesAt(uint256 version) view returns((uint32[3],uint32[3],uint32,uint8))
func (_CitizenProposals *CitizenProposalsSession) RulesAt(version *big.Int) (CitizenProposalsRules, error) {
	return _CitizenProposals.Contract.RulesAt(&_CitizenProposals.CallOpts, version)
}

// RulesAt is a free data retrieval call binding the contract method 0x6ed4a413.
//
// Solidity: function rulesAt(uint256 version) view returns((uint32[3],uint32[3],uint32,uint8))
func (_CitizenProposals *CitizenProposalsCallerSession) RulesAt(version *big.Int) (CitizenProposalsRules, error) {
	return _CitizenProposals.Contract.RulesAt(&_CitizenProposals.CallOpts, version)
}

// StageOf is a free data retrieval call binding the contract method 0x2a584064.
//
// Solidity: function stageOf(uint256 id, uint8 stage) view returns((uint64,uint64,uint64,bytes32))
func (_CitizenProposals *CitizenProposalsCaller) StageOf(opts *bind.CallOpts, id *big.Int, stage uint8) (CitizenProposalsStage, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "stageOf", id, stage)

	if err != nil {
		return *new(CitizenProposalsStage), err
	}

	out0 := *abi.ConvertType(out[0], new(CitizenProposalsStage)).(*CitizenProposalsStage)

	return out0, err

}

// StageOf is a free data retrieval call binding the contract method 0x2a584064.
//
// Solidity: function stageOf(uint256 id, uint8 stage) view returns((uint64,uint64,uint64,bytes32))
func (_CitizenProposals *CitizenProposalsSession) StageOf(id *big.Int, stage uint8) (CitizenProposalsStage, error) {
	return _CitizenProposals.Contract.StageOf(&_CitizenProposals.CallOpts, id, stage)
}

// StageOf is a free data retrieval call binding the contract method 0x2a584064.
//
// Solidity: function stageOf(uint256 id, uint8 stage) view returns((uint64,uint64,uint64,bytes32))
func (_CitizenProposals *CitizenProposalsCallerSession) StageOf(id *big.Int, stage uint8) (CitizenProposalsStage, error) {
	return _CitizenProposals.Contract.StageOf(&_CitizenProposals.CallOpts, id, stage)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CitizenProposals *CitizenProposalsCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CitizenProposals *CitizenProposalsSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CitizenProposals.Contract.SupportsInterface(&_CitizenProposals.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CitizenProposals *CitizenProposalsCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CitizenProposals.Contract.SupportsInterface(&_CitizenProposals.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_CitizenProposals *CitizenProposalsCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_CitizenProposals *CitizenProposalsSession) TrustedForwarder() (common.Address, error) {
	return _CitizenProposals.Contract.TrustedForwarder(&_CitizenProposals.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_CitizenProposals *CitizenProposalsCallerSession) TrustedForwarder() (common.Address, error) {
	return _CitizenProposals.Contract.TrustedForwarder(&_CitizenProposals.CallOpts)
}

// Voting is a free data retrieval call binding the contract method 0xfce1ccca.
//
// Solidity: function voting() view returns(address)
func (_CitizenProposals *CitizenProposalsCaller) Voting(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CitizenProposals.contract.Call(opts, &out, "voting")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Voting is a free data retrieval call binding the contract method 0xfce1ccca.
//
// Solidity: function voting() view returns(address)
func (_CitizenProposals *CitizenProposalsSession) Voting() (common.Address, error) {
	return _CitizenProposals.Contract.Voting(&_CitizenProposals.CallOpts)
}

// Voting is a free data retrieval call binding the contract method 0xfce1ccca.
//
// Solidity: function voting() view returns(address)
func (_CitizenProposals *CitizenProposalsCallerSession) Voting() (common.Address, error) {
	return _CitizenProposals.Contract.Voting(&_CitizenProposals.CallOpts)
}

// Answer is a paid mutator transaction binding the contract method 0xcbbac09c.
//
// Solidity: function answer(uint256 id, uint8 stage, bytes32 answerHash, string text) returns()
func (_CitizenProposals *CitizenProposalsTransactor) Answer(opts *bind.TransactOpts, id *big.Int, stage uint8, answerHash [32]byte, text string) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "answer", id, stage, answerHash, text)
}

// Answer is a paid mutator transaction binding the contract method 0xcbbac09c.
//
// Solidity: function answer(uint256 id, uint8 stage, bytes32 answerHash, string text) returns()
func (_CitizenProposals *CitizenProposalsSession) Answer(id *big.Int, stage uint8, answerHash [32]byte, text string) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Answer(&_CitizenProposals.TransactOpts, id, stage, answerHash, text)
}

// Answer is a paid mutator transaction binding the contract method 0xcbbac09c.
//
// Solidity: function answer(uint256 id, uint8 stage, bytes32 answerHash, string text) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) Answer(id *big.Int, stage uint8, answerHash [32]byte, text string) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Answer(&_CitizenProposals.TransactOpts, id, stage, answerHash, text)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CitizenProposals *CitizenProposalsTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CitizenProposals *CitizenProposalsSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.GrantRole(&_CitizenProposals.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.GrantRole(&_CitizenProposals.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xc0c53b8b.
//
// Solidity: function initialize(address forwarder, address admin, address mvoting) returns()
func (_CitizenProposals *CitizenProposalsTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address, mvoting common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "initialize", forwarder, admin, mvoting)
}

// Initialize is a paid mutator transaction binding the contract method 0xc0c53b8b.
//
// Solidity: function initialize(address forwarder, address admin, address mvoting) returns()
func (_CitizenProposals *CitizenProposalsSession) Initialize(forwarder common.Address, admin common.Address, mvoting common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Initialize(&_CitizenProposals.TransactOpts, forwarder, admin, mvoting)
}

// Initialize is a paid mutator transaction binding the contract method 0xc0c53b8b.
//
// Solidity: function initialize(address forwarder, address admin, address mvoting) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) Initialize(forwarder common.Address, admin common.Address, mvoting common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Initialize(&_CitizenProposals.TransactOpts, forwarder, admin, mvoting)
}

// Promote is a paid mutator transaction binding the contract method 0xa343bea3.
//
// Solidity: function promote(uint256 id, (string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,uint8,bytes[]) e, bool byOverride) returns(uint256 election)
func (_CitizenProposals *CitizenProposalsTransactor) Promote(opts *bind.TransactOpts, id *big.Int, e MVotingNewElection, byOverride bool) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "promote", id, e, byOverride)
}

// Promote is a paid mutator transaction binding the contract method 0xa343bea3.
//
// Solidity: function promote(uint256 id, (string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,uint8,bytes[]) e, bool byOverride) returns(uint256 election)
func (_CitizenProposals *CitizenProposalsSession) Promote(id *big.Int, e MVotingNewElection, byOverride bool) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Promote(&_CitizenProposals.TransactOpts, id, e, byOverride)
}

// Promote is a paid mutator transaction binding the contract method 0xa343bea3.
//
// Solidity: function promote(uint256 id, (string,string[],uint8,uint64,uint64,bytes32,uint32,uint16,bool,uint8,bytes[]) e, bool byOverride) returns(uint256 election)
func (_CitizenProposals *CitizenProposalsTransactorSession) Promote(id *big.Int, e MVotingNewElection, byOverride bool) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Promote(&_CitizenProposals.TransactOpts, id, e, byOverride)
}

// Propose is a paid mutator transaction binding the contract method 0x13217c07.
//
// Solidity: function propose(string title, string text, bytes32 titleHash, bytes32 textHash, uint16 category, bytes32[] proof) returns(uint256 id)
func (_CitizenProposals *CitizenProposalsTransactor) Propose(opts *bind.TransactOpts, title string, text string, titleHash [32]byte, textHash [32]byte, category uint16, proof [][32]byte) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "propose", title, text, titleHash, textHash, category, proof)
}

// Propose is a paid mutator transaction binding the contract method 0x13217c07.
//
// Solidity: function propose(string title, string text, bytes32 titleHash, bytes32 textHash, uint16 category, bytes32[] proof) returns(uint256 id)
func (_CitizenProposals *CitizenProposalsSession) Propose(title string, text string, titleHash [32]byte, textHash [32]byte, category uint16, proof [][32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Propose(&_CitizenProposals.TransactOpts, title, text, titleHash, textHash, category, proof)
}

// Propose is a paid mutator transaction binding the contract method 0x13217c07.
//
// Solidity: function propose(string title, string text, bytes32 titleHash, bytes32 textHash, uint16 category, bytes32[] proof) returns(uint256 id)
func (_CitizenProposals *CitizenProposalsTransactorSession) Propose(title string, text string, titleHash [32]byte, textHash [32]byte, category uint16, proof [][32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Propose(&_CitizenProposals.TransactOpts, title, text, titleHash, textHash, category, proof)
}

// ProposeWithCredential is a paid mutator transaction binding the contract method 0x88b56fdb.
//
// Solidity: function proposeWithCredential(string title, string text, bytes32 titleHash, bytes32 textHash, uint16 category, bytes32 uid) returns(uint256 id)
func (_CitizenProposals *CitizenProposalsTransactor) ProposeWithCredential(opts *bind.TransactOpts, title string, text string, titleHash [32]byte, textHash [32]byte, category uint16, uid [32]byte) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "proposeWithCredential", title, text, titleHash, textHash, category, uid)
}

// ProposeWithCredential is a paid mutator transaction binding the contract method 0x88b56fdb.
//
// Solidity: function proposeWithCredential(string title, string text, bytes32 titleHash, bytes32 textHash, uint16 category, bytes32 uid) returns(uint256 id)
func (_CitizenProposals *CitizenProposalsSession) ProposeWithCredential(title string, text string, titleHash [32]byte, textHash [32]byte, category uint16, uid [32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.ProposeWithCredential(&_CitizenProposals.TransactOpts, title, text, titleHash, textHash, category, uid)
}

// ProposeWithCredential is a paid mutator transaction binding the contract method 0x88b56fdb.
//
// Solidity: function proposeWithCredential(string title, string text, bytes32 titleHash, bytes32 textHash, uint16 category, bytes32 uid) returns(uint256 id)
func (_CitizenProposals *CitizenProposalsTransactorSession) ProposeWithCredential(title string, text string, titleHash [32]byte, textHash [32]byte, category uint16, uid [32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.ProposeWithCredential(&_CitizenProposals.TransactOpts, title, text, titleHash, textHash, category, uid)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CitizenProposals *CitizenProposalsTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CitizenProposals *CitizenProposalsSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.RenounceRole(&_CitizenProposals.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.RenounceRole(&_CitizenProposals.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CitizenProposals *CitizenProposalsTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CitizenProposals *CitizenProposalsSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.RevokeRole(&_CitizenProposals.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.RevokeRole(&_CitizenProposals.TransactOpts, role, account)
}

// SetResidenceSchema is a paid mutator transaction binding the contract method 0x1d8bf544.
//
// Solidity: function setResidenceSchema(bytes32 schema, address resolver) returns()
func (_CitizenProposals *CitizenProposalsTransactor) SetResidenceSchema(opts *bind.TransactOpts, schema [32]byte, resolver common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "setResidenceSchema", schema, resolver)
}

// SetResidenceSchema is a paid mutator transaction binding the contract method 0x1d8bf544.
//
// Solidity: function setResidenceSchema(bytes32 schema, address resolver) returns()
func (_CitizenProposals *CitizenProposalsSession) SetResidenceSchema(schema [32]byte, resolver common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetResidenceSchema(&_CitizenProposals.TransactOpts, schema, resolver)
}

// SetResidenceSchema is a paid mutator transaction binding the contract method 0x1d8bf544.
//
// Solidity: function setResidenceSchema(bytes32 schema, address resolver) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) SetResidenceSchema(schema [32]byte, resolver common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetResidenceSchema(&_CitizenProposals.TransactOpts, schema, resolver)
}

// SetRoll is a paid mutator transaction binding the contract method 0xa7dc1868.
//
// Solidity: function setRoll(bytes32 root, uint32 size) returns()
func (_CitizenProposals *CitizenProposalsTransactor) SetRoll(opts *bind.TransactOpts, root [32]byte, size uint32) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "setRoll", root, size)
}

// SetRoll is a paid mutator transaction binding the contract method 0xa7dc1868.
//
// Solidity: function setRoll(bytes32 root, uint32 size) returns()
func (_CitizenProposals *CitizenProposalsSession) SetRoll(root [32]byte, size uint32) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetRoll(&_CitizenProposals.TransactOpts, root, size)
}

// SetRoll is a paid mutator transaction binding the contract method 0xa7dc1868.
//
// Solidity: function setRoll(bytes32 root, uint32 size) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) SetRoll(root [32]byte, size uint32) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetRoll(&_CitizenProposals.TransactOpts, root, size)
}

// SetRules is a paid mutator transaction binding the contract method 0x761e28e8.
//
// Solidity: function setRules((uint32[3],uint32[3],uint32,uint8) r) returns()
func (_CitizenProposals *CitizenProposalsTransactor) SetRules(opts *bind.TransactOpts, r CitizenProposalsRules) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "setRules", r)
}

// SetRules is a paid mutator transaction binding the contract method 0x761e28e8.
//
// Solidity: function setRules((uint32[3],uint32[3],uint32,uint8) r) returns()
func (_CitizenProposals *CitizenProposalsSession) SetRules(r CitizenProposalsRules) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetRules(&_CitizenProposals.TransactOpts, r)
}

// SetRules is a paid mutator transaction binding the contract method 0x761e28e8.
//
// Solidity: function setRules((uint32[3],uint32[3],uint32,uint8) r) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) SetRules(r CitizenProposalsRules) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetRules(&_CitizenProposals.TransactOpts, r)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_CitizenProposals *CitizenProposalsTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_CitizenProposals *CitizenProposalsSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetTrustedForwarder(&_CitizenProposals.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetTrustedForwarder(&_CitizenProposals.TransactOpts, forwarder)
}

// SetVoting is a paid mutator transaction binding the contract method 0xc4d07951.
//
// Solidity: function setVoting(address mvoting) returns()
func (_CitizenProposals *CitizenProposalsTransactor) SetVoting(opts *bind.TransactOpts, mvoting common.Address) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "setVoting", mvoting)
}

// SetVoting is a paid mutator transaction binding the contract method 0xc4d07951.
//
// Solidity: function setVoting(address mvoting) returns()
func (_CitizenProposals *CitizenProposalsSession) SetVoting(mvoting common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetVoting(&_CitizenProposals.TransactOpts, mvoting)
}

// SetVoting is a paid mutator transaction binding the contract method 0xc4d07951.
//
// Solidity: function setVoting(address mvoting) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) SetVoting(mvoting common.Address) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SetVoting(&_CitizenProposals.TransactOpts, mvoting)
}

// Support is a paid mutator transaction binding the contract method 0x09b46c96.
//
// Solidity: function support(uint256 id, bytes32[] proof) returns()
func (_CitizenProposals *CitizenProposalsTransactor) Support(opts *bind.TransactOpts, id *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "support", id, proof)
}

// Support is a paid mutator transaction binding the contract method 0x09b46c96.
//
// Solidity: function support(uint256 id, bytes32[] proof) returns()
func (_CitizenProposals *CitizenProposalsSession) Support(id *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Support(&_CitizenProposals.TransactOpts, id, proof)
}

// Support is a paid mutator transaction binding the contract method 0x09b46c96.
//
// Solidity: function support(uint256 id, bytes32[] proof) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) Support(id *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Support(&_CitizenProposals.TransactOpts, id, proof)
}

// SupportWithCredential is a paid mutator transaction binding the contract method 0x6d12805a.
//
// Solidity: function supportWithCredential(uint256 id, bytes32 uid) returns()
func (_CitizenProposals *CitizenProposalsTransactor) SupportWithCredential(opts *bind.TransactOpts, id *big.Int, uid [32]byte) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "supportWithCredential", id, uid)
}

// SupportWithCredential is a paid mutator transaction binding the contract method 0x6d12805a.
//
// Solidity: function supportWithCredential(uint256 id, bytes32 uid) returns()
func (_CitizenProposals *CitizenProposalsSession) SupportWithCredential(id *big.Int, uid [32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SupportWithCredential(&_CitizenProposals.TransactOpts, id, uid)
}

// SupportWithCredential is a paid mutator transaction binding the contract method 0x6d12805a.
//
// Solidity: function supportWithCredential(uint256 id, bytes32 uid) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) SupportWithCredential(id *big.Int, uid [32]byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.SupportWithCredential(&_CitizenProposals.TransactOpts, id, uid)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_CitizenProposals *CitizenProposalsTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_CitizenProposals *CitizenProposalsSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.UpgradeToAndCall(&_CitizenProposals.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _CitizenProposals.Contract.UpgradeToAndCall(&_CitizenProposals.TransactOpts, newImplementation, data)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 id) returns()
func (_CitizenProposals *CitizenProposalsTransactor) Withdraw(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _CitizenProposals.contract.Transact(opts, "withdraw", id)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 id) returns()
func (_CitizenProposals *CitizenProposalsSession) Withdraw(id *big.Int) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Withdraw(&_CitizenProposals.TransactOpts, id)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 id) returns()
func (_CitizenProposals *CitizenProposalsTransactorSession) Withdraw(id *big.Int) (*types.Transaction, error) {
	return _CitizenProposals.Contract.Withdraw(&_CitizenProposals.TransactOpts, id)
}

// CitizenProposalsAnsweredIterator is returned from FilterAnswered and is used to iterate over the raw logs and unpacked data for Answered events raised by the CitizenProposals contract.
type CitizenProposalsAnsweredIterator struct {
	Event *CitizenProposalsAnswered // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsAnsweredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsAnswered)
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
		it.Event = new(CitizenProposalsAnswered)
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
func (it *CitizenProposalsAnsweredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsAnsweredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsAnswered represents a Answered event raised by the CitizenProposals contract.
type CitizenProposalsAnswered struct {
	Id         *big.Int
	Stage      uint8
	AnswerHash [32]byte
	Late       bool
	By         common.Address
	Text       string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterAnswered is a free log retrieval operation binding the contract event 0x3629f7eced9adca18595fbf13bcd00f22e5c11a5a88478237fb612ada3007fe0.
//
// Solidity: event Answered(uint256 indexed id, uint8 stage, bytes32 answerHash, bool late, address by, string text)
func (_CitizenProposals *CitizenProposalsFilterer) FilterAnswered(opts *bind.FilterOpts, id []*big.Int) (*CitizenProposalsAnsweredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "Answered", idRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsAnsweredIterator{contract: _CitizenProposals.contract, event: "Answered", logs: logs, sub: sub}, nil
}

// WatchAnswered is a free log subscription operation binding the contract event 0x3629f7eced9adca18595fbf13bcd00f22e5c11a5a88478237fb612ada3007fe0.
//
// Solidity: event Answered(uint256 indexed id, uint8 stage, bytes32 answerHash, bool late, address by, string text)
func (_CitizenProposals *CitizenProposalsFilterer) WatchAnswered(opts *bind.WatchOpts, sink chan<- *CitizenProposalsAnswered, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "Answered", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsAnswered)
				if err := _CitizenProposals.contract.UnpackLog(event, "Answered", log); err != nil {
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

// ParseAnswered is a log parse operation binding the contract event 0x3629f7eced9adca18595fbf13bcd00f22e5c11a5a88478237fb612ada3007fe0.
//
// Solidity: event Answered(uint256 indexed id, uint8 stage, bytes32 answerHash, bool late, address by, string text)
func (_CitizenProposals *CitizenProposalsFilterer) ParseAnswered(log types.Log) (*CitizenProposalsAnswered, error) {
	event := new(CitizenProposalsAnswered)
	if err := _CitizenProposals.contract.UnpackLog(event, "Answered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the CitizenProposals contract.
type CitizenProposalsInitializedIterator struct {
	Event *CitizenProposalsInitialized // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsInitialized)
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
		it.Event = new(CitizenProposalsInitialized)
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
func (it *CitizenProposalsInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsInitialized represents a Initialized event raised by the CitizenProposals contract.
type CitizenProposalsInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_CitizenProposals *CitizenProposalsFilterer) FilterInitialized(opts *bind.FilterOpts) (*CitizenProposalsInitializedIterator, error) {

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsInitializedIterator{contract: _CitizenProposals.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_CitizenProposals *CitizenProposalsFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *CitizenProposalsInitialized) (event.Subscription, error) {

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsInitialized)
				if err := _CitizenProposals.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_CitizenProposals *CitizenProposalsFilterer) ParseInitialized(log types.Log) (*CitizenProposalsInitialized, error) {
	event := new(CitizenProposalsInitialized)
	if err := _CitizenProposals.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsPromotedIterator is returned from FilterPromoted and is used to iterate over the raw logs and unpacked data for Promoted events raised by the CitizenProposals contract.
type CitizenProposalsPromotedIterator struct {
	Event *CitizenProposalsPromoted // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsPromotedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsPromoted)
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
		it.Event = new(CitizenProposalsPromoted)
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
func (it *CitizenProposalsPromotedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsPromotedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsPromoted represents a Promoted event raised by the CitizenProposals contract.
type CitizenProposalsPromoted struct {
	Id         *big.Int
	Election   *big.Int
	ByOverride bool
	By         common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPromoted is a free log retrieval operation binding the contract event 0x77376f63b7dff9dd7016001aa93de6ccaf4ca04f9cf1a94bb03a3ac91789c8f2.
//
// Solidity: event Promoted(uint256 indexed id, uint256 indexed election, bool byOverride, address by)
func (_CitizenProposals *CitizenProposalsFilterer) FilterPromoted(opts *bind.FilterOpts, id []*big.Int, election []*big.Int) (*CitizenProposalsPromotedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var electionRule []interface{}
	for _, electionItem := range election {
		electionRule = append(electionRule, electionItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "Promoted", idRule, electionRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsPromotedIterator{contract: _CitizenProposals.contract, event: "Promoted", logs: logs, sub: sub}, nil
}

// WatchPromoted is a free log subscription operation binding the contract event 0x77376f63b7dff9dd7016001aa93de6ccaf4ca04f9cf1a94bb03a3ac91789c8f2.
//
// Solidity: event Promoted(uint256 indexed id, uint256 indexed election, bool byOverride, address by)
func (_CitizenProposals *CitizenProposalsFilterer) WatchPromoted(opts *bind.WatchOpts, sink chan<- *CitizenProposalsPromoted, id []*big.Int, election []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var electionRule []interface{}
	for _, electionItem := range election {
		electionRule = append(electionRule, electionItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "Promoted", idRule, electionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsPromoted)
				if err := _CitizenProposals.contract.UnpackLog(event, "Promoted", log); err != nil {
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

// ParsePromoted is a log parse operation binding the contract event 0x77376f63b7dff9dd7016001aa93de6ccaf4ca04f9cf1a94bb03a3ac91789c8f2.
//
// Solidity: event Promoted(uint256 indexed id, uint256 indexed election, bool byOverride, address by)
func (_CitizenProposals *CitizenProposalsFilterer) ParsePromoted(log types.Log) (*CitizenProposalsPromoted, error) {
	event := new(CitizenProposalsPromoted)
	if err := _CitizenProposals.contract.UnpackLog(event, "Promoted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsProposalCreatedIterator is returned from FilterProposalCreated and is used to iterate over the raw logs and unpacked data for ProposalCreated events raised by the CitizenProposals contract.
type CitizenProposalsProposalCreatedIterator struct {
	Event *CitizenProposalsProposalCreated // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsProposalCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsProposalCreated)
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
		it.Event = new(CitizenProposalsProposalCreated)
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
func (it *CitizenProposalsProposalCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsProposalCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsProposalCreated represents a ProposalCreated event raised by the CitizenProposals contract.
type CitizenProposalsProposalCreated struct {
	Id        *big.Int
	Author    common.Address
	Category  uint16
	TitleHash [32]byte
	TextHash  [32]byte
	ClosesAt  uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProposalCreated is a free log retrieval operation binding the contract event 0xc7461fd7eacbf3870600359ad801c58b08f2713dbaec558fec1f3f0d802e1d09.
//
// Solidity: event ProposalCreated(uint256 indexed id, address indexed author, uint16 category, bytes32 titleHash, bytes32 textHash, uint64 closesAt)
func (_CitizenProposals *CitizenProposalsFilterer) FilterProposalCreated(opts *bind.FilterOpts, id []*big.Int, author []common.Address) (*CitizenProposalsProposalCreatedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var authorRule []interface{}
	for _, authorItem := range author {
		authorRule = append(authorRule, authorItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "ProposalCreated", idRule, authorRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsProposalCreatedIterator{contract: _CitizenProposals.contract, event: "ProposalCreated", logs: logs, sub: sub}, nil
}

// WatchProposalCreated is a free log subscription operation binding the contract event 0xc7461fd7eacbf3870600359ad801c58b08f2713dbaec558fec1f3f0d802e1d09.
//
// Solidity: event ProposalCreated(uint256 indexed id, address indexed author, uint16 category, bytes32 titleHash, bytes32 textHash, uint64 closesAt)
func (_CitizenProposals *CitizenProposalsFilterer) WatchProposalCreated(opts *bind.WatchOpts, sink chan<- *CitizenProposalsProposalCreated, id []*big.Int, author []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var authorRule []interface{}
	for _, authorItem := range author {
		authorRule = append(authorRule, authorItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "ProposalCreated", idRule, authorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsProposalCreated)
				if err := _CitizenProposals.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
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

// ParseProposalCreated is a log parse operation binding the contract event 0xc7461fd7eacbf3870600359ad801c58b08f2713dbaec558fec1f3f0d802e1d09.
//
// Solidity: event ProposalCreated(uint256 indexed id, address indexed author, uint16 category, bytes32 titleHash, bytes32 textHash, uint64 closesAt)
func (_CitizenProposals *CitizenProposalsFilterer) ParseProposalCreated(log types.Log) (*CitizenProposalsProposalCreated, error) {
	event := new(CitizenProposalsProposalCreated)
	if err := _CitizenProposals.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsProposalTextIterator is returned from FilterProposalText and is used to iterate over the raw logs and unpacked data for ProposalText events raised by the CitizenProposals contract.
type CitizenProposalsProposalTextIterator struct {
	Event *CitizenProposalsProposalText // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsProposalTextIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsProposalText)
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
		it.Event = new(CitizenProposalsProposalText)
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
func (it *CitizenProposalsProposalTextIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsProposalTextIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsProposalText represents a ProposalText event raised by the CitizenProposals contract.
type CitizenProposalsProposalText struct {
	Id    *big.Int
	Title string
	Text  string
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterProposalText is a free log retrieval operation binding the contract event 0x8c4b6f76fc8b41ba0aee9e0627d02586b2497efedd83ab1aa1745ba63b6cce62.
//
// Solidity: event ProposalText(uint256 indexed id, string title, string text)
func (_CitizenProposals *CitizenProposalsFilterer) FilterProposalText(opts *bind.FilterOpts, id []*big.Int) (*CitizenProposalsProposalTextIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "ProposalText", idRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsProposalTextIterator{contract: _CitizenProposals.contract, event: "ProposalText", logs: logs, sub: sub}, nil
}

// WatchProposalText is a free log subscription operation binding the contract event 0x8c4b6f76fc8b41ba0aee9e0627d02586b2497efedd83ab1aa1745ba63b6cce62.
//
// Solidity: event ProposalText(uint256 indexed id, string title, string text)
func (_CitizenProposals *CitizenProposalsFilterer) WatchProposalText(opts *bind.WatchOpts, sink chan<- *CitizenProposalsProposalText, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "ProposalText", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsProposalText)
				if err := _CitizenProposals.contract.UnpackLog(event, "ProposalText", log); err != nil {
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

// ParseProposalText is a log parse operation binding the contract event 0x8c4b6f76fc8b41ba0aee9e0627d02586b2497efedd83ab1aa1745ba63b6cce62.
//
// Solidity: event ProposalText(uint256 indexed id, string title, string text)
func (_CitizenProposals *CitizenProposalsFilterer) ParseProposalText(log types.Log) (*CitizenProposalsProposalText, error) {
	event := new(CitizenProposalsProposalText)
	if err := _CitizenProposals.contract.UnpackLog(event, "ProposalText", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsResidenceSchemaSetIterator is returned from FilterResidenceSchemaSet and is used to iterate over the raw logs and unpacked data for ResidenceSchemaSet events raised by the CitizenProposals contract.
type CitizenProposalsResidenceSchemaSetIterator struct {
	Event *CitizenProposalsResidenceSchemaSet // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsResidenceSchemaSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsResidenceSchemaSet)
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
		it.Event = new(CitizenProposalsResidenceSchemaSet)
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
func (it *CitizenProposalsResidenceSchemaSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsResidenceSchemaSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsResidenceSchemaSet represents a ResidenceSchemaSet event raised by the CitizenProposals contract.
type CitizenProposalsResidenceSchemaSet struct {
	Schema   [32]byte
	Resolver common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterResidenceSchemaSet is a free log retrieval operation binding the contract event 0x112c303c53690887ebf338bf6f1f2e6ab2a4554e07d267387b5e0dd259f3038f.
//
// Solidity: event ResidenceSchemaSet(bytes32 schema, address resolver)
func (_CitizenProposals *CitizenProposalsFilterer) FilterResidenceSchemaSet(opts *bind.FilterOpts) (*CitizenProposalsResidenceSchemaSetIterator, error) {

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "ResidenceSchemaSet")
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsResidenceSchemaSetIterator{contract: _CitizenProposals.contract, event: "ResidenceSchemaSet", logs: logs, sub: sub}, nil
}

// WatchResidenceSchemaSet is a free log subscription operation binding the contract event 0x112c303c53690887ebf338bf6f1f2e6ab2a4554e07d267387b5e0dd259f3038f.
//
// Solidity: event ResidenceSchemaSet(bytes32 schema, address resolver)
func (_CitizenProposals *CitizenProposalsFilterer) WatchResidenceSchemaSet(opts *bind.WatchOpts, sink chan<- *CitizenProposalsResidenceSchemaSet) (event.Subscription, error) {

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "ResidenceSchemaSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsResidenceSchemaSet)
				if err := _CitizenProposals.contract.UnpackLog(event, "ResidenceSchemaSet", log); err != nil {
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

// ParseResidenceSchemaSet is a log parse operation binding the contract event 0x112c303c53690887ebf338bf6f1f2e6ab2a4554e07d267387b5e0dd259f3038f.
//
// Solidity: event ResidenceSchemaSet(bytes32 schema, address resolver)
func (_CitizenProposals *CitizenProposalsFilterer) ParseResidenceSchemaSet(log types.Log) (*CitizenProposalsResidenceSchemaSet, error) {
	event := new(CitizenProposalsResidenceSchemaSet)
	if err := _CitizenProposals.contract.UnpackLog(event, "ResidenceSchemaSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the CitizenProposals contract.
type CitizenProposalsRoleAdminChangedIterator struct {
	Event *CitizenProposalsRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsRoleAdminChanged)
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
		it.Event = new(CitizenProposalsRoleAdminChanged)
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
func (it *CitizenProposalsRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsRoleAdminChanged represents a RoleAdminChanged event raised by the CitizenProposals contract.
type CitizenProposalsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CitizenProposals *CitizenProposalsFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*CitizenProposalsRoleAdminChangedIterator, error) {

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

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsRoleAdminChangedIterator{contract: _CitizenProposals.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CitizenProposals *CitizenProposalsFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *CitizenProposalsRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsRoleAdminChanged)
				if err := _CitizenProposals.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_CitizenProposals *CitizenProposalsFilterer) ParseRoleAdminChanged(log types.Log) (*CitizenProposalsRoleAdminChanged, error) {
	event := new(CitizenProposalsRoleAdminChanged)
	if err := _CitizenProposals.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the CitizenProposals contract.
type CitizenProposalsRoleGrantedIterator struct {
	Event *CitizenProposalsRoleGranted // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsRoleGranted)
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
		it.Event = new(CitizenProposalsRoleGranted)
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
func (it *CitizenProposalsRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsRoleGranted represents a RoleGranted event raised by the CitizenProposals contract.
type CitizenProposalsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CitizenProposals *CitizenProposalsFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*CitizenProposalsRoleGrantedIterator, error) {

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

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsRoleGrantedIterator{contract: _CitizenProposals.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CitizenProposals *CitizenProposalsFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *CitizenProposalsRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsRoleGranted)
				if err := _CitizenProposals.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_CitizenProposals *CitizenProposalsFilterer) ParseRoleGranted(log types.Log) (*CitizenProposalsRoleGranted, error) {
	event := new(CitizenProposalsRoleGranted)
	if err := _CitizenProposals.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the CitizenProposals contract.
type CitizenProposalsRoleRevokedIterator struct {
	Event *CitizenProposalsRoleRevoked // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsRoleRevoked)
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
		it.Event = new(CitizenProposalsRoleRevoked)
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
func (it *CitizenProposalsRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsRoleRevoked represents a RoleRevoked event raised by the CitizenProposals contract.
type CitizenProposalsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CitizenProposals *CitizenProposalsFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*CitizenProposalsRoleRevokedIterator, error) {

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

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsRoleRevokedIterator{contract: _CitizenProposals.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CitizenProposals *CitizenProposalsFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *CitizenProposalsRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsRoleRevoked)
				if err := _CitizenProposals.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_CitizenProposals *CitizenProposalsFilterer) ParseRoleRevoked(log types.Log) (*CitizenProposalsRoleRevoked, error) {
	event := new(CitizenProposalsRoleRevoked)
	if err := _CitizenProposals.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsRollSetIterator is returned from FilterRollSet and is used to iterate over the raw logs and unpacked data for RollSet events raised by the CitizenProposals contract.
type CitizenProposalsRollSetIterator struct {
	Event *CitizenProposalsRollSet // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsRollSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsRollSet)
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
		it.Event = new(CitizenProposalsRollSet)
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
func (it *CitizenProposalsRollSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsRollSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsRollSet represents a RollSet event raised by the CitizenProposals contract.
type CitizenProposalsRollSet struct {
	Root [32]byte
	Size uint32
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterRollSet is a free log retrieval operation binding the contract event 0x4d699286165f2763aabd65bc4c91c98774e33c4c838079a5ecd85a03642758b4.
//
// Solidity: event RollSet(bytes32 root, uint32 size)
func (_CitizenProposals *CitizenProposalsFilterer) FilterRollSet(opts *bind.FilterOpts) (*CitizenProposalsRollSetIterator, error) {

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "RollSet")
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsRollSetIterator{contract: _CitizenProposals.contract, event: "RollSet", logs: logs, sub: sub}, nil
}

// WatchRollSet is a free log subscription operation binding the contract event 0x4d699286165f2763aabd65bc4c91c98774e33c4c838079a5ecd85a03642758b4.
//
// Solidity: event RollSet(bytes32 root, uint32 size)
func (_CitizenProposals *CitizenProposalsFilterer) WatchRollSet(opts *bind.WatchOpts, sink chan<- *CitizenProposalsRollSet) (event.Subscription, error) {

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "RollSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsRollSet)
				if err := _CitizenProposals.contract.UnpackLog(event, "RollSet", log); err != nil {
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

// ParseRollSet is a log parse operation binding the contract event 0x4d699286165f2763aabd65bc4c91c98774e33c4c838079a5ecd85a03642758b4.
//
// Solidity: event RollSet(bytes32 root, uint32 size)
func (_CitizenProposals *CitizenProposalsFilterer) ParseRollSet(log types.Log) (*CitizenProposalsRollSet, error) {
	event := new(CitizenProposalsRollSet)
	if err := _CitizenProposals.contract.UnpackLog(event, "RollSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsRulesSetIterator is returned from FilterRulesSet and is used to iterate over the raw logs and unpacked data for RulesSet events raised by the CitizenProposals contract.
type CitizenProposalsRulesSetIterator struct {
	Event *CitizenProposalsRulesSet // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsRulesSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsRulesSet)
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
		it.Event = new(CitizenProposalsRulesSet)
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
func (it *CitizenProposalsRulesSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsRulesSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsRulesSet represents a RulesSet event raised by the CitizenProposals contract.
type CitizenProposalsRulesSet struct {
	Version       *big.Int
	Thresholds    [3]uint32
	AnswerPeriods [3]uint32
	Window        uint32
	PromoteStage  uint8
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterRulesSet is a free log retrieval operation binding the contract event 0x6dba98b382aa78642da581b5cdb32fc0e234b4b69dc49b8dff1cb1fb1eb47fd2.
//
// Solidity: event RulesSet(uint256 indexed version, uint32[3] thresholds, uint32[3] answerPeriods, uint32 window, uint8 promoteStage)
func (_CitizenProposals *CitizenProposalsFilterer) FilterRulesSet(opts *bind.FilterOpts, version []*big.Int) (*CitizenProposalsRulesSetIterator, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "RulesSet", versionRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsRulesSetIterator{contract: _CitizenProposals.contract, event: "RulesSet", logs: logs, sub: sub}, nil
}

// WatchRulesSet is a free log subscription operation binding the contract event 0x6dba98b382aa78642da581b5cdb32fc0e234b4b69dc49b8dff1cb1fb1eb47fd2.
//
// Solidity: event RulesSet(uint256 indexed version, uint32[3] thresholds, uint32[3] answerPeriods, uint32 window, uint8 promoteStage)
func (_CitizenProposals *CitizenProposalsFilterer) WatchRulesSet(opts *bind.WatchOpts, sink chan<- *CitizenProposalsRulesSet, version []*big.Int) (event.Subscription, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "RulesSet", versionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsRulesSet)
				if err := _CitizenProposals.contract.UnpackLog(event, "RulesSet", log); err != nil {
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

// ParseRulesSet is a log parse operation binding the contract event 0x6dba98b382aa78642da581b5cdb32fc0e234b4b69dc49b8dff1cb1fb1eb47fd2.
//
// Solidity: event RulesSet(uint256 indexed version, uint32[3] thresholds, uint32[3] answerPeriods, uint32 window, uint8 promoteStage)
func (_CitizenProposals *CitizenProposalsFilterer) ParseRulesSet(log types.Log) (*CitizenProposalsRulesSet, error) {
	event := new(CitizenProposalsRulesSet)
	if err := _CitizenProposals.contract.UnpackLog(event, "RulesSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsStageReachedIterator is returned from FilterStageReached and is used to iterate over the raw logs and unpacked data for StageReached events raised by the CitizenProposals contract.
type CitizenProposalsStageReachedIterator struct {
	Event *CitizenProposalsStageReached // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsStageReachedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsStageReached)
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
		it.Event = new(CitizenProposalsStageReached)
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
func (it *CitizenProposalsStageReachedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsStageReachedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsStageReached represents a StageReached event raised by the CitizenProposals contract.
type CitizenProposalsStageReached struct {
	Id       *big.Int
	Stage    uint8
	Backers  uint32
	Deadline uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStageReached is a free log retrieval operation binding the contract event 0x8d6a5d213fbbb401b9e48e90276ec80a53720cf079ad49244cda25846d8b3ef6.
//
// Solidity: event StageReached(uint256 indexed id, uint8 stage, uint32 backers, uint64 deadline)
func (_CitizenProposals *CitizenProposalsFilterer) FilterStageReached(opts *bind.FilterOpts, id []*big.Int) (*CitizenProposalsStageReachedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "StageReached", idRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsStageReachedIterator{contract: _CitizenProposals.contract, event: "StageReached", logs: logs, sub: sub}, nil
}

// WatchStageReached is a free log subscription operation binding the contract event 0x8d6a5d213fbbb401b9e48e90276ec80a53720cf079ad49244cda25846d8b3ef6.
//
// Solidity: event StageReached(uint256 indexed id, uint8 stage, uint32 backers, uint64 deadline)
func (_CitizenProposals *CitizenProposalsFilterer) WatchStageReached(opts *bind.WatchOpts, sink chan<- *CitizenProposalsStageReached, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "StageReached", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsStageReached)
				if err := _CitizenProposals.contract.UnpackLog(event, "StageReached", log); err != nil {
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

// ParseStageReached is a log parse operation binding the contract event 0x8d6a5d213fbbb401b9e48e90276ec80a53720cf079ad49244cda25846d8b3ef6.
//
// Solidity: event StageReached(uint256 indexed id, uint8 stage, uint32 backers, uint64 deadline)
func (_CitizenProposals *CitizenProposalsFilterer) ParseStageReached(log types.Log) (*CitizenProposalsStageReached, error) {
	event := new(CitizenProposalsStageReached)
	if err := _CitizenProposals.contract.UnpackLog(event, "StageReached", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsSupportWithdrawnIterator is returned from FilterSupportWithdrawn and is used to iterate over the raw logs and unpacked data for SupportWithdrawn events raised by the CitizenProposals contract.
type CitizenProposalsSupportWithdrawnIterator struct {
	Event *CitizenProposalsSupportWithdrawn // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsSupportWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsSupportWithdrawn)
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
		it.Event = new(CitizenProposalsSupportWithdrawn)
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
func (it *CitizenProposalsSupportWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsSupportWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsSupportWithdrawn represents a SupportWithdrawn event raised by the CitizenProposals contract.
type CitizenProposalsSupportWithdrawn struct {
	Id      *big.Int
	Citizen common.Address
	Backers uint32
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSupportWithdrawn is a free log retrieval operation binding the contract event 0x72c4f1f8460dbe047ea8f422831912e2d3d1c80897d428b455d15b8c02e41eb3.
//
// Solidity: event SupportWithdrawn(uint256 indexed id, address indexed citizen, uint32 backers)
func (_CitizenProposals *CitizenProposalsFilterer) FilterSupportWithdrawn(opts *bind.FilterOpts, id []*big.Int, citizen []common.Address) (*CitizenProposalsSupportWithdrawnIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "SupportWithdrawn", idRule, citizenRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsSupportWithdrawnIterator{contract: _CitizenProposals.contract, event: "SupportWithdrawn", logs: logs, sub: sub}, nil
}

// WatchSupportWithdrawn is a free log subscription operation binding the contract event 0x72c4f1f8460dbe047ea8f422831912e2d3d1c80897d428b455d15b8c02e41eb3.
//
// Solidity: event SupportWithdrawn(uint256 indexed id, address indexed citizen, uint32 backers)
func (_CitizenProposals *CitizenProposalsFilterer) WatchSupportWithdrawn(opts *bind.WatchOpts, sink chan<- *CitizenProposalsSupportWithdrawn, id []*big.Int, citizen []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "SupportWithdrawn", idRule, citizenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsSupportWithdrawn)
				if err := _CitizenProposals.contract.UnpackLog(event, "SupportWithdrawn", log); err != nil {
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

// ParseSupportWithdrawn is a log parse operation binding the contract event 0x72c4f1f8460dbe047ea8f422831912e2d3d1c80897d428b455d15b8c02e41eb3.
//
// Solidity: event SupportWithdrawn(uint256 indexed id, address indexed citizen, uint32 backers)
func (_CitizenProposals *CitizenProposalsFilterer) ParseSupportWithdrawn(log types.Log) (*CitizenProposalsSupportWithdrawn, error) {
	event := new(CitizenProposalsSupportWithdrawn)
	if err := _CitizenProposals.contract.UnpackLog(event, "SupportWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsSupportedIterator is returned from FilterSupported and is used to iterate over the raw logs and unpacked data for Supported events raised by the CitizenProposals contract.
type CitizenProposalsSupportedIterator struct {
	Event *CitizenProposalsSupported // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsSupportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsSupported)
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
		it.Event = new(CitizenProposalsSupported)
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
func (it *CitizenProposalsSupportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsSupportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsSupported represents a Supported event raised by the CitizenProposals contract.
type CitizenProposalsSupported struct {
	Id      *big.Int
	Citizen common.Address
	Backers uint32
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterSupported is a free log retrieval operation binding the contract event 0x8cb17cd7239de6d0c355aafa4c41a4a542accf63c97a4446d94c6f9165332d7d.
//
// Solidity: event Supported(uint256 indexed id, address indexed citizen, uint32 backers)
func (_CitizenProposals *CitizenProposalsFilterer) FilterSupported(opts *bind.FilterOpts, id []*big.Int, citizen []common.Address) (*CitizenProposalsSupportedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "Supported", idRule, citizenRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsSupportedIterator{contract: _CitizenProposals.contract, event: "Supported", logs: logs, sub: sub}, nil
}

// WatchSupported is a free log subscription operation binding the contract event 0x8cb17cd7239de6d0c355aafa4c41a4a542accf63c97a4446d94c6f9165332d7d.
//
// Solidity: event Supported(uint256 indexed id, address indexed citizen, uint32 backers)
func (_CitizenProposals *CitizenProposalsFilterer) WatchSupported(opts *bind.WatchOpts, sink chan<- *CitizenProposalsSupported, id []*big.Int, citizen []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "Supported", idRule, citizenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsSupported)
				if err := _CitizenProposals.contract.UnpackLog(event, "Supported", log); err != nil {
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

// ParseSupported is a log parse operation binding the contract event 0x8cb17cd7239de6d0c355aafa4c41a4a542accf63c97a4446d94c6f9165332d7d.
//
// Solidity: event Supported(uint256 indexed id, address indexed citizen, uint32 backers)
func (_CitizenProposals *CitizenProposalsFilterer) ParseSupported(log types.Log) (*CitizenProposalsSupported, error) {
	event := new(CitizenProposalsSupported)
	if err := _CitizenProposals.contract.UnpackLog(event, "Supported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the CitizenProposals contract.
type CitizenProposalsTrustedForwarderSetIterator struct {
	Event *CitizenProposalsTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsTrustedForwarderSet)
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
		it.Event = new(CitizenProposalsTrustedForwarderSet)
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
func (it *CitizenProposalsTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsTrustedForwarderSet represents a TrustedForwarderSet event raised by the CitizenProposals contract.
type CitizenProposalsTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_CitizenProposals *CitizenProposalsFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*CitizenProposalsTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsTrustedForwarderSetIterator{contract: _CitizenProposals.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_CitizenProposals *CitizenProposalsFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *CitizenProposalsTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsTrustedForwarderSet)
				if err := _CitizenProposals.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_CitizenProposals *CitizenProposalsFilterer) ParseTrustedForwarderSet(log types.Log) (*CitizenProposalsTrustedForwarderSet, error) {
	event := new(CitizenProposalsTrustedForwarderSet)
	if err := _CitizenProposals.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the CitizenProposals contract.
type CitizenProposalsUpgradedIterator struct {
	Event *CitizenProposalsUpgraded // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsUpgraded)
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
		it.Event = new(CitizenProposalsUpgraded)
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
func (it *CitizenProposalsUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsUpgraded represents a Upgraded event raised by the CitizenProposals contract.
type CitizenProposalsUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CitizenProposals *CitizenProposalsFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*CitizenProposalsUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsUpgradedIterator{contract: _CitizenProposals.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_CitizenProposals *CitizenProposalsFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *CitizenProposalsUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsUpgraded)
				if err := _CitizenProposals.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_CitizenProposals *CitizenProposalsFilterer) ParseUpgraded(log types.Log) (*CitizenProposalsUpgraded, error) {
	event := new(CitizenProposalsUpgraded)
	if err := _CitizenProposals.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CitizenProposalsVotingSetIterator is returned from FilterVotingSet and is used to iterate over the raw logs and unpacked data for VotingSet events raised by the CitizenProposals contract.
type CitizenProposalsVotingSetIterator struct {
	Event *CitizenProposalsVotingSet // Event containing the contract specifics and raw log

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
func (it *CitizenProposalsVotingSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CitizenProposalsVotingSet)
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
		it.Event = new(CitizenProposalsVotingSet)
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
func (it *CitizenProposalsVotingSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CitizenProposalsVotingSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CitizenProposalsVotingSet represents a VotingSet event raised by the CitizenProposals contract.
type CitizenProposalsVotingSet struct {
	Voting common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterVotingSet is a free log retrieval operation binding the contract event 0x998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a1.
//
// Solidity: event VotingSet(address voting)
func (_CitizenProposals *CitizenProposalsFilterer) FilterVotingSet(opts *bind.FilterOpts) (*CitizenProposalsVotingSetIterator, error) {

	logs, sub, err := _CitizenProposals.contract.FilterLogs(opts, "VotingSet")
	if err != nil {
		return nil, err
	}
	return &CitizenProposalsVotingSetIterator{contract: _CitizenProposals.contract, event: "VotingSet", logs: logs, sub: sub}, nil
}

// WatchVotingSet is a free log subscription operation binding the contract event 0x998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a1.
//
// Solidity: event VotingSet(address voting)
func (_CitizenProposals *CitizenProposalsFilterer) WatchVotingSet(opts *bind.WatchOpts, sink chan<- *CitizenProposalsVotingSet) (event.Subscription, error) {

	logs, sub, err := _CitizenProposals.contract.WatchLogs(opts, "VotingSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CitizenProposalsVotingSet)
				if err := _CitizenProposals.contract.UnpackLog(event, "VotingSet", log); err != nil {
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

// ParseVotingSet is a log parse operation binding the contract event 0x998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a1.
//
// Solidity: event VotingSet(address voting)
func (_CitizenProposals *CitizenProposalsFilterer) ParseVotingSet(log types.Log) (*CitizenProposalsVotingSet, error) {
	event := new(CitizenProposalsVotingSet)
	if err := _CitizenProposals.contract.UnpackLog(event, "VotingSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
