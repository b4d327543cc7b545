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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"}],\"name\":\"ProposalAlreadyAnswered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"name\":\"ProposalAlreadyPromoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalAlreadySupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ProposalBadRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"}],\"name\":\"ProposalBadStage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProposalBadText\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProposalBadTitle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalEmptyRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"ProposalHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoAnswer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoCategory\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoRoll\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProposalNoVoting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalNotOnRoll\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ProposalNotQualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"ProposalNotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stage\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reached\",\"type\":\"uint256\"}],\"name\":\"ProposalStageNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ProposalTitleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ProposalUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"time\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ProposalWindowClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"late\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byOverride\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Promoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"}],\"name\":\"ProposalText\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"RollSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"indexed\":false,\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"name\":\"RulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StageReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"}],\"name\":\"SupportWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"}],\"name\":\"Supported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"voting\",\"type\":\"address\"}],\"name\":\"VotingSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELIBERATION_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPARTMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TEXT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TITLE_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAYOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROMOTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLL_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STAGES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"answerRole\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentRules\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"internalType\":\"structCitizenProposals.Rules\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"hasSupported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"mvoting\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"overdue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"optionNames\",\"type\":\"string[]\"},{\"internalType\":\"uint8\",\"name\":\"maxChoices\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"secret\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"bytes[]\",\"name\":\"trusteeKeys\",\"type\":\"bytes[]\"}],\"internalType\":\"structMVoting.NewElection\",\"name\":\"e\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"byOverride\",\"type\":\"bool\"}],\"name\":\"promote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"openedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"rules\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"backers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rollSize\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"promotedByOverride\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"election\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"rollRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"}],\"internalType\":\"structCitizenProposals.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"election\",\"type\":\"uint256\"}],\"name\":\"proposalOfElection\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"title\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"text\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"titleHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"textHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"category\",\"type\":\"uint16\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"roll\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"rulesAt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"internalType\":\"structCitizenProposals.Rules\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"setRoll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32[3]\",\"name\":\"thresholds\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32[3]\",\"name\":\"answerPeriods\",\"type\":\"uint32[3]\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"promoteStage\",\"type\":\"uint8\"}],\"internalType\":\"structCitizenProposals.Rules\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"setRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mvoting\",\"type\":\"address\"}],\"name\":\"setVoting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"stage\",\"type\":\"uint8\"}],\"name\":\"stageOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"reachedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"answeredAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"answerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structCitizenProposals.Stage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"support\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voting\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a051613c47610109600039600081816125ad015281816125d60152612705015260005050613c476000f3fe6080604052600436106102465760003560e01c8063761e28e811610139578063ad3cb1cc116100b6578063cd5e3c5d1161007a578063cd5e3c5d1461078b578063d547741f146107ba578063da35c664146107da578063da742228146107ef578063e82e4d821461080f578063fce1ccca1461084357600080fd5b8063ad3cb1cc146106cd578063c0c53b8b1461070b578063c4d079511461072b578063c7f91f031461074b578063cbbac09c1461076b57600080fd5b8063a217fddf116100fd578063a217fddf14610635578063a2f9bae01461064a578063a343bea31461066a578063a3f6e3f91461068a578063a7dc1868146106ad57600080fd5b8063761e28e81461057e5780637da0a8771461059e57806391836003146105cb57806391d14854146105e1578063996dc0221461060157600080fd5b80632f2ff15d116101c75780635706d99a1161018b5780635706d99a146104a2578063572b6c05146104c95780635b6d68a2146104e95780636ed4a4131461051d5780636ffa48331461054a57600080fd5b80632f2ff15d1461040d57806330326c171461042d57806336568abe1461045a5780634f1ef2861461047a57806352d1902d1461048d57600080fd5b80631ac1846b1161020e5780631ac1846b1461031a578063248a9ca31461033a578063284537131461035a5780632a5840641461037a5780632e1a7d4d146103ed57600080fd5b806301ffc9a71461024b57806309b46c96146102805780630effdd26146102a257806313217c07146102c657806317367b8d146102e6575b600080fd5b34801561025757600080fd5b5061026b610266366004612f0f565b610858565b60405190151581526020015b60405180910390f35b34801561028c57600080fd5b506102a061029b366004612f84565b61088f565b005b3480156102ae57600080fd5b506102b861271081565b604051908152602001610277565b3480156102d257600080fd5b506102b86102e1366004613027565b610c90565b3480156102f257600080fd5b506102b87fe5cecc94fcdd589e4e4b6aaf17ed354b5d9b8eeb9d4f8af2883e79373b96902581565b34801561032657600080fd5b506102b8610335366004613101565b610d32565b34801561034657600080fd5b506102b861035536600461311c565b610de8565b34801561036657600080fd5b5061026b610375366004613135565b610e0a565b34801561038657600080fd5b5061039a610395366004613135565b610e84565b604051610277919060006080820190506001600160401b0383511682526001600160401b0360208401511660208301526001600160401b0360408401511660408301526060830151606083015292915050565b3480156103f957600080fd5b506102a061040836600461311c565b610f4c565b34801561041957600080fd5b506102a0610428366004613178565b611083565b34801561043957600080fd5b5061044d61044836600461311c565b6110a5565b604051610277919061319b565b34801561046657600080fd5b506102a0610475366004613178565b6111f3565b6102a06104883660046132f9565b61123b565b34801561049957600080fd5b506102b861125a565b3480156104ae57600080fd5b506104b7600381565b60405160ff9091168152602001610277565b3480156104d557600080fd5b5061026b6104e43660046133a2565b611277565b3480156104f557600080fd5b506102b87f81f4176102da247b99e0bdae77d11d3dc2e6dc7223d1ab0d9776698b6090e6cf81565b34801561052957600080fd5b5061053d61053836600461311c565b61129c565b6040516102779190613423565b34801561055657600080fd5b506102b87f8eec8b020504d98b9b8aade6b3c37e791120efe8c9a621b6a5abccbe3ec5d7f981565b34801561058a57600080fd5b506102a0610599366004613432565b6113bd565b3480156105aa57600080fd5b506105b36113df565b6040516001600160a01b039091168152602001610277565b3480156105d757600080fd5b506102b861012c81565b3480156105ed57600080fd5b5061026b6105fc366004613178565b611412565b34801561060d57600080fd5b506102b87fe7837d04f36ce0b2f3cc662bf1b2b632a7fbd12ae95199e8bd3dcfbcc440b66b81565b34801561064157600080fd5b506102b8600081565b34801561065657600080fd5b5061026b610665366004613178565b61144a565b34801561067657600080fd5b506102b861068536600461345e565b611481565b34801561069657600080fd5b5061069f61174c565b6040516102779291906134ba565b3480156106b957600080fd5b506102a06106c83660046134eb565b611888565b3480156106d957600080fd5b506106fe604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102779190613532565b34801561071757600080fd5b506102a0610726366004613565565b61194f565b34801561073757600080fd5b506102a06107463660046133a2565b611bf9565b34801561075757600080fd5b506102b861076636600461311c565b611c60565b34801561077757600080fd5b506102a061078636600461359f565b611c7e565b34801561079757600080fd5b506107a0611e9d565b6040805192835263ffffffff909116602083015201610277565b3480156107c657600080fd5b506102a06107d5366004613178565b611ec6565b3480156107e657600080fd5b506102b8611ee2565b3480156107fb57600080fd5b506102a061080a3660046133a2565b611ef5565b34801561081b57600080fd5b506102b87f31d21b47aa35f094a3616347c7ceb430b0b5fc40cf6bda2b65bce38bd04a367a81565b34801561084f57600080fd5b506105b3611f09565b60006001600160e01b03198216637965db0b60e01b148061088957506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000610899611f0f565b905060006108a78286611f33565b905060006108b3611f8d565b600087815260078501602090815260408083206001600160a01b038516845290915290205490915060ff161561091357604051636f231e9b60e11b8152600481018790526001600160a01b03821660248201526044015b60405180910390fd5b600282015460018301546109379190600160601b900463ffffffff16838888611f9c565b610966576040516308b68e1960e21b8152600481018790526001600160a01b038216602482015260440161090a565b600086815260078401602090815260408083206001600160a01b038516845290915281208054600160ff199091168117909155838101546109b591600160401b90910463ffffffff169061361c565b60018401805463ffffffff60401b1916600160401b63ffffffff8416908102919091179091556040519081529091506001600160a01b0383169088907f8cb17cd7239de6d0c355aafa4c41a4a542accf63c97a4446d94c6f9165332d7d9060200160405180910390a36001830154600160901b900460ff166003811015610c86578354600486018054600092600160e01b900463ffffffff16908110610a5d57610a5d613638565b90600052602060002090600302019050806000018260ff1660038110610a8557610a85613638565b600891828204019190066004029054906101000a900463ffffffff1663ffffffff168363ffffffff1610610c84576000816001018360ff1660038110610acd57610acd613638565b600891828204019190066004029054906101000a900463ffffffff1663ffffffff1642610afa919061364e565b9050610b058361366d565b9250828660010160126101000a81548160ff021916908360ff1602179055506040518060800160405280426001600160401b03168152602001826001600160401b0316815260200160006001600160401b031681526020016000801b8152508760060160008c815260200190815260200160002060008560ff16815260200190815260200160002060008201518160000160006101000a8154816001600160401b0302191690836001600160401b0316021790555060208201518160000160086101000a8154816001600160401b0302191690836001600160401b0316021790555060408201518160000160106101000a8154816001600160401b0302191690836001600160401b0316021790555060608201518160010155905050897f8d6a5d213fbbb401b9e48e90276ec80a53720cf079ad49244cda25846d8b3ef6848684604051610c7a9392919060ff93909316835263ffffffff9190911660208301526001600160401b0316604082015260600190565b60405180910390a2505b505b5050505050505050565b6000610ca08a8a8a8a8a8a612011565b8361ffff16600003610cc557604051638c3deb5360e01b815260040160405180910390fd5b610cd2868686868661213e565b905088151580610ce157508615155b15610d2557807f8c4b6f76fc8b41ba0aee9e0627d02586b2497efedd83ab1aa1745ba63b6cce628b8b8b8b604051610d1c94939291906136b5565b60405180910390a25b9998505050505050505050565b60008160ff16600103610d6657507fe7837d04f36ce0b2f3cc662bf1b2b632a7fbd12ae95199e8bd3dcfbcc440b66b919050565b8160ff16600203610d9857507fe5cecc94fcdd589e4e4b6aaf17ed354b5d9b8eeb9d4f8af2883e79373b969025919050565b8160ff16600303610dca57507f8eec8b020504d98b9b8aade6b3c37e791120efe8c9a621b6a5abccbe3ec5d7f9919050565b604051637c9c6e4560e11b815260ff8316600482015260240161090a565b6000908152600080516020613bf2833981519152602052604090206001015490565b600080610e15611f0f565b60008581526006919091016020908152604080832060ff87168452909152902080549091506001600160401b031615801590610e6057508054600160801b90046001600160401b0316155b8015610e7c57508054600160401b90046001600160401b031642115b949350505050565b60408051608081018252600080825260208201819052918101829052606081019190915260ff82161580610ebb5750600360ff8316115b15610ede57604051637c9c6e4560e11b815260ff8316600482015260240161090a565b610ee6611f0f565b60009384526006016020908152604080852060ff94909416855292815292829020825160808101845281546001600160401b038082168352600160401b8204811696830196909652600160801b9004909416928401929092525060010154606082015290565b6000610f56611f0f565b90506000610f648284611f33565b90506000610f70611f8d565b600085815260078501602090815260408083206001600160a01b038516845290915290205490915060ff16610fca57604051639735941f60e01b8152600481018590526001600160a01b038216602482015260440161090a565b600084815260078401602090815260408083206001600160a01b03851684529091528120805460ff191690556001838101546110139190600160401b900463ffffffff166136dc565b60018401805463ffffffff60401b1916600160401b63ffffffff8416908102919091179091556040519081529091506001600160a01b0383169086907f72c4f1f8460dbe047ea8f422831912e2d3d1c80897d428b455d15b8c02e41eb39060200160405180910390a35050505050565b61108c82610de8565b6110958161240c565b61109f8383612420565b50505050565b604080516101a081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915261111f611119611f0f565b836124cd565b604080516101a08101825282546001600160a01b03811682526001600160401b03600160a01b8083048216602085015263ffffffff600160e01b90930483169484019490945260018501548082166060850152600160401b810483166080850152600160601b810490921660a084015261ffff600160801b83041660c084015260ff600160901b8304811660e0850152600160981b83041615156101008401529290049091166101208201526002820154610140820152600382015461016082015260049091015461018082015292915050565b6111fb611f8d565b6001600160a01b0316816001600160a01b03161461122c5760405163334bd91960e11b815260040160405180910390fd5b6112368282612508565b505050565b6112436125a2565b61124c82612632565b611256828261263d565b5050565b60006112646126fa565b50600080516020613bd283398151915290565b60006112816113df565b6001600160a01b0316826001600160a01b0316149050919050565b6112a4612e0c565b6112ac611f0f565b60040182815481106112c0576112c0613638565b6000918252602082206040805160e081019182905293600393840290920192849260808401928592918390855b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116112ed57505050928452505060408051606081019182905260209093019291506001840190600390826000855b82829054906101000a900463ffffffff1663ffffffff1681526020019060040190602082600301049283019260010382029150808411611350575050509284525050506002919091015463ffffffff81166020830152640100000000900460ff1660409091015292915050565b60006113c88161240c565b6112566113da3684900384018461376c565b612743565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000918252600080516020613bf2833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000611454611f0f565b6000938452600701602090815260408085206001600160a01b039490941685529290525090205460ff1690565b60007f31d21b47aa35f094a3616347c7ceb430b0b5fc40cf6bda2b65bce38bd04a367a6114ad8161240c565b60006114b7611f0f565b905060006114c582886124cd565b6001810154909150600160a01b90046001600160401b03161561151957600181015460405163ca5904b960e01b815260048101899052600160a01b9091046001600160401b0316602482015260440161090a565b8054600483018054600092600160e01b900463ffffffff1690811061154057611540613638565b6000918252602090912060026003909202010154600183015460ff64010000000090920482169250600160901b90041681118015908161157e575086155b156115bd57600183015460405163604ed2dd60e11b8152600481018b905260ff600160901b90920482166024820152908316604482015260640161090a565b60038301546115cc89806137ed565b6040516115da929190613833565b60405180910390201461160357604051636273b89360e01b8152600481018a905260240161090a565b83546001600160a01b031661162b5760405163159a522560e11b815260040160405180910390fd5b8354604051636e476a4560e11b81526001600160a01b039091169063dc8ed48a9061165a908b9060040161394a565b6020604051808303816000875af1158015611679573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061169d9190613a87565b60018401805468ffffffffffffffffff60981b1916600160a01b6001600160401b0384160260ff60981b1916178315600160981b810291909117909155600082815260088701602052604090208b905590965086908a907f77376f63b7dff9dd7016001aa93de6ccaf4ca04f9cf1a94bb03a3ac91789c8f29061171e611f8d565b6040805192151583526001600160a01b0390911660208301520160405180910390a350505050509392505050565b611754612e0c565b60008061175f611f0f565b600481015490915061177390600190613aa0565b915080600401828154811061178a5761178a613638565b6000918252602082206040805160e081019182905293600393840290920192849260808401928592918390855b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116117b757505050928452505060408051606081019182905260209093019291506001840190600390826000855b82829054906101000a900463ffffffff1663ffffffff168152602001906004019060208260030104928301926001038202915080841161181a575050509284525050506002919091015463ffffffff81166020830152640100000000900460ff166040909101529391925050565b7f81f4176102da247b99e0bdae77d11d3dc2e6dc7223d1ab0d9776698b6090e6cf6118b28161240c565b8215806118c3575063ffffffff8216155b156118e15760405163b62f9ad160e01b815260040160405180910390fd5b60006118eb611f0f565b60028101805463ffffffff191663ffffffff8616908117909155600182018690556040805187815260208101929092529192507f4d699286165f2763aabd65bc4c91c98774e33c4c838079a5ecd85a03642758b4910160405180910390a150505050565b6000611959612a2f565b805490915060ff600160401b82041615906001600160401b03166000811580156119805750825b90506000826001600160401b0316600114801561199c5750303b155b9050811580156119aa575080155b156119c85760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156119f257845460ff60401b1916600160401b1785555b6119fb88612a58565b611a03612a69565b611a0b612a69565b611a16600088612420565b50611a417f81f4176102da247b99e0bdae77d11d3dc2e6dc7223d1ab0d9776698b6090e6cf88612420565b50611a6c7fe7837d04f36ce0b2f3cc662bf1b2b632a7fbd12ae95199e8bd3dcfbcc440b66b88612420565b50611a977fe5cecc94fcdd589e4e4b6aaf17ed354b5d9b8eeb9d4f8af2883e79373b96902588612420565b50611ac27f8eec8b020504d98b9b8aade6b3c37e791120efe8c9a621b6a5abccbe3ec5d7f988612420565b50611aed7f31d21b47aa35f094a3616347c7ceb430b0b5fc40cf6bda2b65bce38bd04a367a88612420565b5085611af7611f0f565b80546001600160a01b0319166001600160a01b0392831617905560405190871681527f998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a19060200160405180910390a16040805160e0810182526032608082019081526101f460a083015261138860c0830152815281516060818101845262278d00808352624f1a0060208481019190915283860182905284019290925292820152600291810191909152611baa90612743565b8315610c8657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15050505050505050565b6000611c048161240c565b81611c0d611f0f565b80546001600160a01b0319166001600160a01b0392831617905560405190831681527f998262ec58fa70ff26d33be8ba1fe09ef96475ed70fdb3622f908ea0a8f353a19060200160405180910390a15050565b6000611c6a611f0f565b600092835260080160205250604090205490565b60ff84161580611c915750600360ff8516115b15611cb457604051637c9c6e4560e11b815260ff8516600482015260240161090a565b611cc5611cc085610d32565b61240c565b6000611ccf611f0f565b90506000611cdd82886124cd565b600181015490915060ff808816600160901b909204161015611d3457600181015460405163073c25db60e01b81526004810189905260ff8089166024830152600160901b909204909116604482015260640161090a565b6000878152600683016020908152604080832060ff8a16845290915290208054600160801b90046001600160401b031615611d8e5760405163a10e43bf60e01b81526004810189905260ff8816602482015260440161090a565b85611dac57604051634094d11160e01b815260040160405180910390fd5b8315801590611dd25750858585604051611dc7929190613833565b604051809103902014155b15611e095760405163a040b10b60e01b815260206004820152600660248201526530b739bbb2b960d11b604482015260640161090a565b6001810186905580546001600160401b0342818116600160801b0267ffffffffffffffff60801b19909316929092178084558a927f3629f7eced9adca18595fbf13bcd00f22e5c11a5a88478237fb612ada3007fe0928b928b92600160401b90910490911610611e77611f8d565b8a8a604051611e8b96959493929190613ab3565b60405180910390a25050505050505050565b6000806000611eaa611f0f565b6001810154600290910154909463ffffffff9091169350915050565b611ecf82610de8565b611ed88161240c565b61109f8383612508565b6000611eec611f0f565b60030154905090565b6000611f008161240c565b61125682612a71565b60006114035b7f6151236ab98b209b8d63b54ceeb17184d508f4e5f44606a494b01f967da2d70090565b6000611f3f83836124cd565b60018101549091506001600160401b03164210610889576001810154604051638b2f0bb360e01b8152600481018490524260248201526001600160401b03909116604482015260640161090a565b6000611f97612ada565b905090565b604080516001600160a01b038516602082015263ffffffff861691810191909152600090819060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905061200684848984612b22565b979650505050505050565b84838115801561201f575083155b8061202b575061012c82115b1561204c5760405163cf57093960e01b81526004810183905260240161090a565b80158015612058575082155b80612064575061271081115b15612085576040516334419cf960e01b81526004810182905260240161090a565b81158015906120ab57508388886040516120a0929190613833565b604051809103902014155b156120e15760405163a040b10b60e01b81526020600482015260056024820152647469746c6560d81b604482015260640161090a565b801580159061210757508286866040516120fc929190613833565b604051809103902014155b15610c865760405163a040b10b60e01b815260040161090a906020808252600490820152631d195e1d60e21b604082015260600190565b600080612149611f0f565b600281015490915063ffffffff1660000361217757604051636f3dc6f360e11b815260040160405180910390fd5b6000612181611f8d565b600183015460028401549192506121a09163ffffffff16838888611f9c565b6121cf576040516308b68e1960e21b8152600060048201526001600160a01b038216602482015260440161090a565b81600301600081546121e090613af8565b918290555060048301549093506000906121fc90600190613aa0565b90506000836004018263ffffffff168154811061221b5761221b613638565b600091825260209091206002600390920201015461223f9063ffffffff164261364e565b9050600084600501600087815260200190815260200160002090508342848484600001600086600001601488600001601c8a60010160008891906101000a8154816001600160401b0302191690836001600160401b031602179055508791906101000a81548163ffffffff021916908363ffffffff1602179055508691906101000a8154816001600160401b0302191690836001600160401b031602179055508591906101000a8154816001600160a01b0302191690836001600160a01b03160217905550505050508460020160009054906101000a900463ffffffff1689866001015483600101600c85600101601087600201600086919050558591906101000a81548161ffff021916908361ffff1602179055508491906101000a81548163ffffffff021916908363ffffffff1602179055505050508a8a826003016000846004016000849190505583919050555050836001600160a01b0316867fc7461fd7eacbf3870600359ad801c58b08f2713dbaec558fec1f3f0d802e1d098b8e8e876040516123f6949392919061ffff949094168452602084019290925260408301526001600160401b0316606082015260800190565b60405180910390a3505050505095945050505050565b61241d81612418611f8d565b612b3a565b50565b6000600080516020613bf283398151915261243b8484611412565b6124bc576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612472611f8d565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610889565b6000915050610889565b5092915050565b6000818152600583016020526040902080546001600160a01b031661088957604051637e2aef6960e11b81526004810183905260240161090a565b6000600080516020613bf28339815191526125238484611412565b156124bc576000848152602082815260408083206001600160a01b03871684529091529020805460ff19169055612558611f8d565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610889565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061261257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612606612b73565b6001600160a01b031614155b156126305760405163703e46dd60e11b815260040160405180910390fd5b565b60006112568161240c565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612697575060408051601f3d908101601f1916820190925261269491810190613a87565b60015b6126bf57604051634c9c8ce360e01b81526001600160a01b038316600482015260240161090a565b600080516020613bd283398151915281146126f057604051632a87526960e21b81526004810182905260240161090a565b6112368383612b89565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146126305760405163703e46dd60e11b815260040160405180910390fd5b6000805b600381101561286e57825163ffffffff831690826003811061276b5761276b613638565b602002015163ffffffff16116127d0576040516312efeea560e21b8152602060048201526024808201527f7468726573686f6c6473206d7573742072697365207374726963746c792066726044820152636f6d203160e01b606482015260840161090a565b826020015181600381106127e6576127e6613638565b602002015163ffffffff1660000361284c576040516312efeea560e21b815260206004820152602260248201527f6576657279207374616765206e6565647320616e20616e7377657220706572696044820152611bd960f21b606482015260840161090a565b8251816003811061285f5761285f613638565b60200201519150600101612747565b50816040015163ffffffff166000036128ca576040516312efeea560e21b815260206004820152601b60248201527f74686520737570706f72742077696e646f7720697320656d7074790000000000604482015260640161090a565b606082015160ff1615806128e85750600360ff16826060015160ff16115b15612942576040516312efeea560e21b8152602060048201526024808201527f7468652070726f6d6f74696f6e2073746167652072756e732066726f6d203120604482015263746f203360e01b606482015260840161090a565b600061294c611f0f565b600481018054600181018255600091825260209091208551929350859260039283029091019161297d918391612e40565b5060208201516129939060018301906003612e40565b5060408201516002909101805460609093015160ff166401000000000264ffffffffff1990931663ffffffff9092169190911791909117905560048101546129dd90600190613aa0565b7f6dba98b382aa78642da581b5cdb32fc0e234b4b69dc49b8dff1cb1fb1eb47fd28460000151856020015186604001518760600151604051612a229493929190613b11565b60405180910390a2505050565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610889565b612a60612bdf565b61241d81612a71565b612630612bdf565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6000366014808210801590612af35750612af333611277565b15612b1a57612b0736828403816000613b4b565b612b1091613b75565b60601c9250505090565b339250505090565b600082612b30868685612c04565b1495945050505050565b612b448282611412565b6112565760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161090a565b6000600080516020613bd2833981519152611403565b612b9282612c48565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115612bd7576112368282612cad565b611256612d23565b612be7612d42565b61263057604051631afcd79f60e31b815260040160405180910390fd5b600081815b84811015612c3d57612c3382878784818110612c2757612c27613638565b90506020020135612d5c565b9150600101612c09565b5090505b9392505050565b806001600160a01b03163b600003612c7e57604051634c9c8ce360e01b81526001600160a01b038216600482015260240161090a565b600080516020613bd283398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051612cca9190613bb5565b600060405180830381855af49150503d8060008114612d05576040519150601f19603f3d011682016040523d82523d6000602084013e612d0a565b606091505b5091509150612d1a858383612d88565b95945050505050565b34156126305760405163b398979f60e01b815260040160405180910390fd5b6000612d4c612a2f565b54600160401b900460ff16919050565b6000818310612d78576000828152602084905260409020612c41565b5060009182526020526040902090565b606082612d9d57612d9882612de4565b612c41565b8151158015612db457506001600160a01b0384163b155b15612ddd57604051639996b31560e01b81526001600160a01b038516600482015260240161090a565b5080612c41565b805115612df357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b6040518060800160405280612e1f612edc565b8152602001612e2c612edc565b815260006020820181905260409091015290565b600183019183908215612ecc5791602002820160005b83821115612e9a57835183826101000a81548163ffffffff021916908363ffffffff1602179055509260200192600401602081600301049283019260010302612e56565b8015612eca5782816101000a81549063ffffffff0219169055600401602081600301049283019260010302612e9a565b505b50612ed8929150612efa565b5090565b60405180606001604052806003906020820280368337509192915050565b5b80821115612ed85760008155600101612efb565b600060208284031215612f2157600080fd5b81356001600160e01b031981168114612c4157600080fd5b60008083601f840112612f4b57600080fd5b5081356001600160401b03811115612f6257600080fd5b6020830191508360208260051b8501011115612f7d57600080fd5b9250929050565b600080600060408486031215612f9957600080fd5b8335925060208401356001600160401b03811115612fb657600080fd5b612fc286828701612f39565b9497909650939450505050565b60008083601f840112612fe157600080fd5b5081356001600160401b03811115612ff857600080fd5b602083019150836020828501011115612f7d57600080fd5b803561ffff8116811461302257600080fd5b919050565b600080600080600080600080600060c08a8c03121561304557600080fd5b89356001600160401b0381111561305b57600080fd5b6130678c828d01612fcf565b909a5098505060208a01356001600160401b0381111561308657600080fd5b6130928c828d01612fcf565b90985096505060408a0135945060608a013593506130b260808b01613010565b925060a08a01356001600160401b038111156130cd57600080fd5b6130d98c828d01612f39565b915080935050809150509295985092959850929598565b803560ff8116811461302257600080fd5b60006020828403121561311357600080fd5b612c41826130f0565b60006020828403121561312e57600080fd5b5035919050565b6000806040838503121561314857600080fd5b82359150613158602084016130f0565b90509250929050565b80356001600160a01b038116811461302257600080fd5b6000806040838503121561318b57600080fd5b8235915061315860208401613161565b81516001600160a01b031681526101a0810160208301516131c760208401826001600160401b03169052565b5060408301516131df604084018263ffffffff169052565b5060608301516131fa60608401826001600160401b03169052565b506080830151613212608084018263ffffffff169052565b5060a083015161322a60a084018263ffffffff169052565b5060c083015161324060c084018261ffff169052565b5060e083015161325560e084018260ff169052565b5061010083015161326b61010084018215159052565b506101208301516132886101208401826001600160401b03169052565b5061014083015161014083015261016083015161016083015261018083015161018083015292915050565b634e487b7160e01b600052604160045260246000fd5b604051601f8201601f191681016001600160401b03811182821017156132f1576132f16132b3565b604052919050565b6000806040838503121561330c57600080fd5b61331583613161565b915060208301356001600160401b0381111561333057600080fd5b8301601f8101851361334157600080fd5b80356001600160401b0381111561335a5761335a6132b3565b61336d601f8201601f19166020016132c9565b81815286602083850101111561338257600080fd5b816020840160208301376000602083830101528093505050509250929050565b6000602082840312156133b457600080fd5b612c4182613161565b8060005b600381101561109f57815163ffffffff168452602093840193909101906001016133c1565b6133f18282516133bd565b602081015161340360608401826133bd565b50604081015163ffffffff1660c08301526060015160ff1660e090910152565b610100810161088982846133e6565b600061010082840312801561344657600080fd5b509092915050565b8035801515811461302257600080fd5b60008060006060848603121561347357600080fd5b8335925060208401356001600160401b0381111561349057600080fd5b840161016081870312156134a357600080fd5b91506134b16040850161344e565b90509250925092565b61012081016134c982856133e6565b826101008301529392505050565b803563ffffffff8116811461302257600080fd5b600080604083850312156134fe57600080fd5b82359150613158602084016134d7565b60005b83811015613529578181015183820152602001613511565b50506000910152565b602081526000825180602084015261355181604085016020870161350e565b601f01601f19169190910160400192915050565b60008060006060848603121561357a57600080fd5b61358384613161565b925061359160208501613161565b91506134b160408501613161565b6000806000806000608086880312156135b757600080fd5b853594506135c7602087016130f0565b93506040860135925060608601356001600160401b038111156135e957600080fd5b6135f588828901612fcf565b969995985093965092949392505050565b634e487b7160e01b600052601160045260246000fd5b63ffffffff818116838216019081111561088957610889613606565b634e487b7160e01b600052603260045260246000fd5b6001600160401b03818116838216019081111561088957610889613606565b600060ff821660ff810361368357613683613606565b60010192915050565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b6040815260006136c960408301868861368c565b828103602084015261200681858761368c565b63ffffffff828116828216039081111561088957610889613606565b600082601f83011261370957600080fd5b604051606081016001600160401b038111828210171561372b5761372b6132b3565b60405280606084018581111561374057600080fd5b845b8181101561376157613753816134d7565b835260209283019201613742565b509195945050505050565b600061010082840312801561378057600080fd5b50604051608081016001600160401b03811182821017156137a3576137a36132b3565b6040526137b084846136f8565b81526137bf84606085016136f8565b60208201526137d060c084016134d7565b60408201526137e160e084016130f0565b60608201529392505050565b6000808335601e1984360301811261380457600080fd5b8301803591506001600160401b0382111561381e57600080fd5b602001915036819003821315612f7d57600080fd5b8183823760009101908152919050565b6000808335601e1984360301811261385a57600080fd5b83016020810192503590506001600160401b0381111561387957600080fd5b803603821315612f7d57600080fd5b6000808335601e1984360301811261389f57600080fd5b83016020810192503590506001600160401b038111156138be57600080fd5b8060051b3603821315612f7d57600080fd5b60008383855260208501945060208460051b8201018360005b8681101561392757838303601f190188526139048287613843565b61390f85828461368c565b60209a8b019a909550939093019250506001016138e9565b50909695505050505050565b80356001600160401b038116811461302257600080fd5b60208152600061395a8384613843565b61016060208501526139716101808501828461368c565b9150506139816020850185613888565b848303601f190160408601526139988382846138d0565b925050506139a8604085016130f0565b60ff81166060850152506139be60608501613933565b6001600160401b0381166080850152506139da60808501613933565b6001600160401b03811660a08501525060a084013560c084810191909152613a039085016134d7565b63ffffffff811660e085015250613a1c60e08501613010565b61ffff811661010085015250613a35610100850161344e565b80151561012085015250613a4c61012085016130f0565b60ff811661014085015250613a65610140850185613888565b848303601f1901610160860152613a7d8382846138d0565b9695505050505050565b600060208284031215613a9957600080fd5b5051919050565b8181038181111561088957610889613606565b60ff87168152856020820152841515604082015260018060a01b038416606082015260a060808201526000613aec60a08301848661368c565b98975050505050505050565b600060018201613b0a57613b0a613606565b5060010190565b6101008101613b2082876133bd565b613b2d60608301866133bd565b63ffffffff841660c083015260ff831660e083015295945050505050565b60008085851115613b5b57600080fd5b83861115613b6857600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156124c6576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b60008251613bc781846020870161350e565b919091019291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a26469706673582212201f1b7c52c09a1e489caa3365471afcd88f6381b77daeef8c4e6b08aec2dbb16364736f6c634300081c0033",
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
