// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package citycouncil

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

// CityCouncilProposalView is an auto generated low-level Go binding around an user-defined struct.
type CityCouncilProposalView struct {
	Proposer  common.Address
	Targets   []common.Address
	Values    []*big.Int
	Payloads  [][]byte
	Salt      [32]byte
	Approvals *big.Int
	State     uint8
	ReadyAt   *big.Int
}

// CityCouncilMetaData contains all meta data concerning the CityCouncil contract.
var CityCouncilMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"initialMembers\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"initialThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"emergency\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"initialPauseTargets\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CouncilAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"CouncilAlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CouncilAlreadyMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"CouncilAlreadyProposed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"}],\"name\":\"CouncilBadThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CouncilEmptyOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"CouncilNotEnoughApprovals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CouncilNotMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"CouncilNotPauseTarget\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"CouncilOperationCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"CouncilTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"CouncilUnknownOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CouncilZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"Approved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EmergencyPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"MemberAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"MemberRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"PauseTargetSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ProposalCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"ThresholdChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMERGENCY_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSE_SELECTOR\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"addMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"approvals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"emergencyPause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"executeProposal\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockController.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"hasApproved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"members\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseTargets\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"proposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"internalType\":\"enumCityCouncil.ProposalState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"internalType\":\"structCityCouncil.ProposalView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"proposalAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"proposalState\",\"outputs\":[{\"internalType\":\"enumCityCouncil.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"removeMember\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"scheduleApproved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setPauseTarget\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"setThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x608060405234801561001057600080fd5b5060405161405738038061405783398101604081905261002f91610786565b6040805160008152600160208083018281526060840185528794909291908401908036833701905050600061006481306102c8565b506001600160a01b038116156100815761007f6000826102c8565b505b60005b83518110156100f2576100c46000805160206140178339815191528583815181106100b1576100b1610830565b60200260200101516102c860201b60201c565b506100e96000805160206140378339815191528583815181106100b1576100b1610830565b50600101610084565b5060005b825181101561013e576101357fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e638483815181106100b1576100b1610830565b506001016100f6565b5060028490556040805160008152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a1505050506101a0600080516020614017833981519152306102c860201b60201c565b5060005b85518110156101dd576101d58682815181106101c2576101c2610830565b602002602001015161037460201b60201c565b6001016101a4565b506101e784610423565b60005b825181101561027e5760006001600160a01b031683828151811061021057610210610830565b60200260200101516001600160a01b03160361023f5760405163374ca51160e11b815260040160405180910390fd5b6102757fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b268483815181106100b1576100b1610830565b506001016101ea565b5060005b81518110156102bd576102b58282815181106102a0576102a0610830565b602002602001015160016104a560201b60201c565b600101610282565b50505050505061087d565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1661036a576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556103223390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161036e565b5060005b92915050565b6001600160a01b03811661039b5760405163374ca51160e11b815260040160405180910390fd5b6103a6600382610539565b6103d357604051633b49a79360e11b81526001600160a01b03821660048201526024015b60405180910390fd5b6103eb600080516020614037833981519152826102c8565b506040516001600160a01b038216907fb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd91490600090a250565b80158061043857506104356003610555565b81115b1561046a57806104486003610555565b604051637fb0d19560e01b8152600481019290925260248201526044016103ca565b60058190556040518181527f6c4ce60fd690e1216286a10b875c5662555f10774484e58142cedd7a90781baa9060200160405180910390a150565b6001600160a01b0382166104cc5760405163374ca51160e11b815260040160405180910390fd5b80156104e3576104dd600683610539565b506104f0565b6104ee60068361055f565b505b816001600160a01b03167fb2e5b7eb829ade69e851258d60f888c0c537f7ee686405d475f8320aa49c8ece8260405161052d911515815260200190565b60405180910390a25050565b600061054e836001600160a01b038416610574565b9392505050565b600061036e825490565b600061054e836001600160a01b0384166105bb565b600081815260018301602052604081205461036a5750815460018181018455600084815260208082209093018490558454848252828601909352604090209190915561036e565b600081815260018301602052604081205480156106a45760006105df600183610846565b85549091506000906105f390600190610846565b905080821461065857600086600001828154811061061357610613610830565b906000526020600020015490508087600001848154811061063657610636610830565b6000918252602080832090910192909255918252600188019052604090208390555b855486908061066957610669610867565b60019003818190600052602060002001600090559055856001016000868152602001908152602001600020600090556001935050505061036e565b600091505061036e565b634e487b7160e01b600052604160045260246000fd5b80516001600160a01b03811681146106db57600080fd5b919050565b600082601f8301126106f157600080fd5b81516001600160401b0381111561070a5761070a6106ae565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610738576107386106ae565b60405291825260208185018101929081018684111561075657600080fd5b6020860192505b8383101561077c5761076e836106c4565b81526020928301920161075d565b5095945050505050565b600080600080600060a0868803121561079e57600080fd5b85516001600160401b038111156107b457600080fd5b6107c0888289016106e0565b6020880151604089015160608a0151929850909650945090506001600160401b038111156107ed57600080fd5b6107f9888289016106e0565b608088015190935090506001600160401b0381111561081757600080fd5b610823888289016106e0565b9150509295509295909350565b634e487b7160e01b600052603260045260246000fd5b8181038181111561036e57634e487b7160e01b600052601160045260246000fd5b634e487b7160e01b600052603160045260246000fd5b61378b8061088c6000396000f3fe6080604052600436106102b25760003560e01c80638065657f11610175578063b08e51c0116100dc578063ca6d56dc11610095578063da35c6641161006f578063da35c66414610936578063e38335e51461094b578063f23a6e611461095e578063f27a0c921461098a57600080fd5b8063ca6d56dc146108c9578063d45c4435146108e9578063d547741f1461091657600080fd5b8063b08e51c014610806578063b1c5f42714610828578063bc197c8114610848578063bdd4d18d14610874578063bf7c213114610889578063c4d252f5146108a957600080fd5b8063980ff6c61161012e578063980ff6c61461075e5780639efad40d14610771578063a217fddf14610791578063a230c524146107a6578063a53a1adf146107c6578063a6e7cfe8146107e657600080fd5b80638065657f146106765780638f2a0bb0146106965780638f61f4f5146106b657806391d14854146106ea578063920c95361461070a578063960bfe041461073e57600080fd5b80632f2ff15d11610219578063584b153e116101d2578063584b153e1461059c5780635bb838cb146105bc57806364d62353146105dc5780636da59041146105fc5780637041b48a146106295780637958004c1461064957600080fd5b80632f2ff15d146104e557806331d507501461050557806336568abe146105255780633937f8291461054557806342cde4e8146105675780634caf3ffd1461057c57600080fd5b806313bc9f201161026b57806313bc9f20146103b7578063150b7a02146103d757806320df43591461041b57806323cdc3f11461044f578063248a9ca3146104955780632ab0f529146104c557600080fd5b806301d5062a146102be57806301ffc9a7146102e057806307bd0265146103155780630b1ca49a146103575780630bd8bef814610377578063134008d3146103a457600080fd5b366102b957005b600080fd5b3480156102ca57600080fd5b506102de6102d93660046127f2565b61099f565b005b3480156102ec57600080fd5b506103006102fb366004612866565b610a75565b60405190151581526020015b60405180910390f35b34801561032157600080fd5b506103497fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b60405190815260200161030c565b34801561036357600080fd5b506102de610372366004612890565b610a86565b34801561038357600080fd5b506103976103923660046128ab565b610b7e565b60405161030c91906128ee565b6102de6103b23660046128fc565b610c3e565b3480156103c357600080fd5b506103006103d23660046128ab565b610c6a565b3480156103e357600080fd5b506104026103f2366004612a1c565b630a85bd0160e11b949350505050565b6040516001600160e01b0319909116815260200161030c565b34801561042757600080fd5b506103497fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b2681565b34801561045b57600080fd5b5061030061046a366004612a83565b60009182526009602090815260408084206001600160a01b0393909316845291905290205460ff1690565b3480156104a157600080fd5b506103496104b03660046128ab565b60009081526020819052604090206001015490565b3480156104d157600080fd5b506103006104e03660046128ab565b610c90565b3480156104f157600080fd5b506102de610500366004612a83565b610c99565b34801561051157600080fd5b506103006105203660046128ab565b610cc4565b34801561053157600080fd5b506102de610540366004612a83565b610ce9565b34801561055157600080fd5b5061055a610d21565b60405161030c9190612aaf565b34801561057357600080fd5b50600554610349565b34801561058857600080fd5b506102de610597366004612afb565b610d32565b3480156105a857600080fd5b506103006105b73660046128ab565b610d4d565b3480156105c857600080fd5b506103496105d73660046128ab565b610d93565b3480156105e857600080fd5b506102de6105f73660046128ab565b610dba565b34801561060857600080fd5b5061061c6106173660046128ab565b610e28565b60405161030c9190612c4a565b34801561063557600080fd5b506102de610644366004612890565b61104f565b34801561065557600080fd5b506106696106643660046128ab565b61111b565b60405161030c9190612cfb565b34801561068257600080fd5b506103496106913660046128fc565b61116c565b3480156106a257600080fd5b506102de6106b1366004612d59565b6111ab565b3480156106c257600080fd5b506103497fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b3480156106f657600080fd5b50610300610705366004612a83565b611339565b34801561071657600080fd5b506104027f8456cb591a934d53f6ccc6332123a165a1f3562907bf11330d847a29ca49eb8981565b34801561074a57600080fd5b506102de6107593660046128ab565b611362565b6102de61076c3660046128ab565b61137b565b34801561077d57600080fd5b5061034961078c366004612e14565b611402565b34801561079d57600080fd5b50610349600081565b3480156107b257600080fd5b506103006107c1366004612890565b611690565b3480156107d257600080fd5b506102de6107e13660046128ab565b61169d565b3480156107f257600080fd5b506102de6108013660046128ab565b611719565b34801561081257600080fd5b5061034960008051602061373683398151915281565b34801561083457600080fd5b50610349610843366004612ec0565b611797565b34801561085457600080fd5b50610402610863366004612fea565b63bc197c8160e01b95945050505050565b34801561088057600080fd5b5061055a6117dc565b34801561089557600080fd5b506103496108a43660046128ab565b6117e8565b3480156108b557600080fd5b506102de6108c43660046128ab565b611852565b3480156108d557600080fd5b506102de6108e4366004612890565b6118e2565b3480156108f557600080fd5b506103496109043660046128ab565b60009081526001602052604090205490565b34801561092257600080fd5b506102de610931366004612a83565b6118f8565b34801561094257600080fd5b50600a54610349565b6102de610959366004612ec0565b61191d565b34801561096a57600080fd5b5061040261097936600461309d565b63f23a6e6160e01b95945050505050565b34801561099657600080fd5b50600254610349565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16109c98161194a565b60006109d989898989898961116c565b90506109e58184611954565b6000817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a604051610a219695949392919061311e565b60405180910390a38315610a6a57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610a6191815260200190565b60405180910390a25b505050505050505050565b6000610a80826119e8565b92915050565b333014610ab957335b60405163e2850c5960e01b81526001600160a01b0390911660048201526024015b60405180910390fd5b610ac4600382611a0d565b610aec57604051631c303a5f60e11b81526001600160a01b0382166004820152602401610ab0565b600554610af96003611a22565b1015610b2e57600554610b0c6003611a22565b604051637fb0d19560e01b815260048101929092526024820152604401610ab0565b610b4660008051602061373683398151915282611a2c565b506040516001600160a01b038216907f6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de68449290600090a250565b600081815260086020526040812080546001600160a01b0316610ba45750600092915050565b8054600160a01b900460ff1615610bbe5750600592915050565b6000610bc98461111b565b90506003816003811115610bdf57610bdf6128c4565b03610bee575060049392505050565b6002816003811115610c0257610c026128c4565b03610c11575060039392505050565b6001816003811115610c2557610c256128c4565b03610c34575060029392505050565b5060019392505050565b610c54610c4f87878787878761116c565b611a9f565b610c62868686868686611bb9565b505050505050565b600060025b610c788361111b565b6003811115610c8957610c896128c4565b1492915050565b60006003610c6f565b600082815260208190526040902060010154610cb48161194a565b610cbe8383611c64565b50505050565b600080610cd08361111b565b6003811115610ce157610ce16128c4565b141592915050565b6001600160a01b0381163314610d125760405163334bd91960e11b815260040160405180910390fd5b610d1c8282611a2c565b505050565b6060610d2d6006611cee565b905090565b333014610d3f5733610a8f565b610d498282611cfb565b5050565b600080610d598361111b565b90506001816003811115610d6f57610d6f6128c4565b1480610d8c57506002816003811115610d8a57610d8a6128c4565b145b9392505050565b6000600a8281548110610da857610da861315b565b90600052602060002001549050919050565b33308114610de65760405163e2850c5960e01b81526001600160a01b0382166004820152602401610ab0565b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b610e3061272c565b60008281526008602090815260409182902080546001600160a01b03168452600181018054845181850281018501909552808552919392909190830182828015610ea357602002820191906000526020600020905b81546001600160a01b03168152600190910190602001808311610e85575b5050505060208085019290925250600282018054604080518285028101850190915281815292830182828015610ef857602002820191906000526020600020905b815481526020019060010190808311610ee4575b505050506040808501929092525060038201805482516020808302820181019094528181529260009084015b82821015610fd0578382906000526020600020018054610f4390613171565b80601f0160208091040260200160405190810160405280929190818152602001828054610f6f90613171565b8015610fbc5780601f10610f9157610100808354040283529160200191610fbc565b820191906000526020600020905b815481529060010190602001808311610f9f57829003601f168201915b505050505081526020019060010190610f24565b50505050606083015260048101546080830152610fec836117e8565b60a0830152610ffa83610b7e565b8260c001906005811115611010576110106128c4565b90816005811115611023576110236128c4565b905250600083815260016020526040812054905060018111156110485760e083018190525b5050919050565b7fbf233dd2aafeb4d50879c4aa5c81e96d92f6e6945c906a58f9f2d1c1631b4b266110798161194a565b611084600683611d8f565b6110ac57604051631bc550bf60e31b81526001600160a01b0383166004820152602401610ab0565b6040805160048152602481019091526020810180516001600160e01b0316638456cb5960e01b1790526110e0908390611db1565b5060405133906001600160a01b038416907fd945487557ed7c45de56afebf9940631d774eb5ab23f11a46b0e590e1fe0af7f90600090a35050565b6000818152600160205260408120548060000361113b5750600092915050565b6001810361114c5750600392915050565b4281111561115d5750600192915050565b50600292915050565b50919050565b60008686868686866040516020016111899695949392919061311e565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16111d58161194a565b88871415806111e45750888514155b15611216576040516001624fcdef60e01b03198152600481018a90526024810186905260448101889052606401610ab0565b60006112288b8b8b8b8b8b8b8b611797565b90506112348184611954565b60005b8a8110156112ea5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e858181106112745761127461315b565b90506020020160208101906112899190612890565b8d8d8681811061129b5761129b61315b565b905060200201358c8c878181106112b4576112b461315b565b90506020028101906112c691906131a5565b8c8b6040516112da9695949392919061311e565b60405180910390a3600101611237565b50831561132c57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161132391815260200190565b60405180910390a25b5050505050505050505050565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b33301461136f5733610a8f565b61137881611dbf565b50565b600081815260086020526040902061139282611a9f565b60048082015460405163e38335e560e01b8152309263e38335e59234926113cc926001880192600289019260038a01926000929101613328565b6000604051808303818588803b1580156113e557600080fd5b505af11580156113f9573d6000803e3d6000fd5b50505050505050565b6000611411335b600390611d8f565b61143c57335b604051631c303a5f60e11b81526001600160a01b039091166004820152602401610ab0565b600087900361145e57604051630897519f60e11b815260040160405180910390fd5b868514158061146d5750868314155b1561149f576040516001624fcdef60e01b03198152600481018890526024810184905260448101869052606401610ab0565b6114b0888888888888600089611797565b60008181526008602052604090208054919250906001600160a01b0316156114ee57604051632e3c211360e21b815260048101839052602401610ab0565b80546001600160a01b031916331781556004810183905560005b888110156115f657816001018a8a838181106115265761152661315b565b905060200201602081019061153b9190612890565b81546001810183556000928352602090922090910180546001600160a01b0319166001600160a01b03909216919091179055600282018888838181106115835761158361315b565b83546001810185556000948552602094859020919094029290920135919092015550600382018686838181106115bb576115bb61315b565b90506020028101906115cd91906131a5565b825460018101845560009384526020909320909201916115ed91836133bd565b50600101611508565b50600a80546001810182556000919091527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a801829055336001600160a01b0316827f34409ec040cf4672a9c01eb0abfdeb9ac682609ee1bf42fb65f1e63ce24c114c8b8b8b8b8b8b8b6040516116729796959493929190613579565b60405180910390a36116848282611e1f565b50979650505050505050565b6000610a80600383611d8f565b6116a633611409565b6116b05733611417565b60008181526008602052604090206116c88282611ebe565b600082815260096020908152604080832033845290915290205460ff161561170f576040516001620e1f5f60e21b0319815260048101839052336024820152604401610ab0565b610d498282611e1f565b60008181526008602052604090206117318282611ebe565b60008281526001602052604090205415611749575050565b6000611754836117e8565b905060055481101561178e5760055460405163751519e560e11b815260048101859052602481018390526044810191909152606401610ab0565b610d1c82611f40565b600088888888888888886040516020016117b89897969594939291906135ca565b60405160208183030381529060405280519060200120905098975050505050505050565b6060610d2d6003611cee565b6000806117f56003611a22565b905060005b818110156110485760008481526009602052604081209061181c600384611fc3565b6001600160a01b0316815260208101919091526040016000205460ff161561184a5761184783613634565b92505b6001016117fa565b61185b33611409565b6118655733611417565b600081815260086020526040902061187d8282611ebe565b805460ff60a01b1916600160a01b1781556118953390565b6001600160a01b0316827f56a54393c88fb71d37dc109609d88e0b586637deb2452aef5f41d3eb32adedfc60405160405180910390a36118d482610d4d565b15610d4957610d4982611fcf565b3330146118ef5733610a8f565b61137881612068565b6000828152602081905260409020600101546119138161194a565b610cbe8383611a2c565b611930610c4f8989898989898989611797565b6119408888888888888888612112565b5050505050505050565b6113788133612299565b61195d82610cc4565b1561198f578161196d60006122d2565b604051635ead8eb560e01b815260048101929092526024820152604401610ab0565b600061199a60025490565b9050808210156119c757604051635433660960e01b81526004810183905260248101829052604401610ab0565b6119d1824261364d565b600093845260016020526040909320929092555050565b60006001600160e01b03198216630271189760e51b1480610a805750610a80826122f5565b6000610d8c836001600160a01b03841661232a565b6000610a80825490565b6000611a388383611339565b15611a97576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610a80565b506000610a80565b611aa881610c90565b15611ac95760405163040512d560e01b815260048101829052602401610ab0565b60008181526008602052604090208054600160a01b900460ff1615611b045760405163b1721f3360e01b815260048101839052602401610ab0565b611b0d82610c6a565b15611b16575050565b611b1f82610d4d565b15611b575760008281526001602052604090205482906040516317ebc48760e11b815260048101929092526024820152604401610ab0565b80546001600160a01b0316611b825760405163e4c7656f60e01b815260048101839052602401610ab0565b81611b8c836117e8565b60055460405163751519e560e11b8152600481019390935260248301919091526044820152606401610ab0565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63611be5816000611339565b611bf357611bf38133612299565b6000611c0388888888888861116c565b9050611c0f818561241d565b611c1b8888888861246b565b6000817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a604051611c539493929190613660565b60405180910390a3611940816124da565b6000611c708383611339565b611a97576000838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611ca63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610a80565b60606000610d8c83612506565b6001600160a01b038216611d225760405163374ca51160e11b815260040160405180910390fd5b8015611d3957611d33600683612562565b50611d46565b611d44600683611a0d565b505b816001600160a01b03167fb2e5b7eb829ade69e851258d60f888c0c537f7ee686405d475f8320aa49c8ece82604051611d83911515815260200190565b60405180910390a25050565b6001600160a01b03811660009081526001830160205260408120541515610d8c565b6060610d8c83836000612577565b801580611dd45750611dd16003611a22565b81115b15611de45780610b0c6003611a22565b60058190556040518181527f6c4ce60fd690e1216286a10b875c5662555f10774484e58142cedd7a90781baa9060200160405180910390a150565b60008281526009602090815260408083203384529091528120805460ff19166001179055611e4c836117e8565b9050336001600160a01b0316837f20f38d8bfe412e6f42eeb96bfc20c76b535e2e3d9ff81c730fdf46117b4e3c4383604051611e8a91815260200190565b60405180910390a36005548110158015611eb05750600083815260016020526040902054155b15610d1c57610d1c82611f40565b80546001600160a01b0316611ee95760405163e4c7656f60e01b815260048101839052602401610ab0565b8054600160a01b900460ff1615611f165760405163b1721f3360e01b815260048101839052602401610ab0565b611f1f82610c90565b15610d495760405163040512d560e01b815260048101839052602401610ab0565b306001600160a01b0316638f2a0bb08260010183600201846003016000801b8660040154611f6d60025490565b6040518763ffffffff1660e01b8152600401611f8e96959493929190613688565b600060405180830381600087803b158015611fa857600080fd5b505af1158015611fbc573d6000803e3d6000fd5b5050505050565b6000610d8c838361261b565b600080516020613736833981519152611fe78161194a565b611ff082610d4d565b61202c5781611fff60026122d2565b61200960016122d2565b604051635ead8eb560e01b81526004810193909352176024820152604401610ab0565b6000828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b6001600160a01b03811661208f5760405163374ca51160e11b815260040160405180910390fd5b61209a600382612562565b6120c257604051633b49a79360e11b81526001600160a01b0382166004820152602401610ab0565b6120da60008051602061373683398151915282611c64565b506040516001600160a01b038216907fb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd91490600090a250565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6361213e816000611339565b61214c5761214c8133612299565b878614158061215b5750878414155b1561218d576040516001624fcdef60e01b03198152600481018990526024810185905260448101879052606401610ab0565b600061219f8a8a8a8a8a8a8a8a611797565b90506121ab818561241d565b60005b898110156122835760008b8b838181106121ca576121ca61315b565b90506020020160208101906121df9190612890565b905060008a8a848181106121f5576121f561315b565b9050602002013590503660008a8a868181106122135761221361315b565b905060200281019061222591906131a5565b915091506122358484848461246b565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588686868660405161226c9493929190613660565b60405180910390a3505050508060010190506121ae565b5061228d816124da565b50505050505050505050565b6122a38282611339565b610d495760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ab0565b60008160038111156122e6576122e66128c4565b600160ff919091161b92915050565b60006001600160e01b03198216637965db0b60e01b1480610a8057506301ffc9a760e01b6001600160e01b0319831614610a80565b6000818152600183016020526040812054801561241357600061234e6001836136e0565b8554909150600090612362906001906136e0565b90508082146123c75760008660000182815481106123825761238261315b565b90600052602060002001549050808760000184815481106123a5576123a561315b565b6000918252602080832090910192909255918252600188019052604090208390555b85548690806123d8576123d86136f3565b600190038181906000526020600020016000905590558560010160008681526020019081526020016000206000905560019350505050610a80565b6000915050610a80565b61242682610c6a565b612435578161196d60026122d2565b801580159061244a575061244881610c90565b155b15610d495760405163121534c360e31b815260048101829052602401610ab0565b600080856001600160a01b0316858585604051612489929190613709565b60006040518083038185875af1925050503d80600081146124c6576040519150601f19603f3d011682016040523d82523d6000602084013e6124cb565b606091505b50915091506113f98282612645565b6124e381610c6a565b6124f2578061196d60026122d2565b600090815260016020819052604090912055565b60608160000180548060200260200160405190810160405280929190818152602001828054801561255657602002820191906000526020600020905b815481526020019060010190808311612542575b50505050509050919050565b6000610d8c836001600160a01b038416612661565b6060814710156125a35760405163cf47918160e01b815247600482015260248101839052604401610ab0565b600080856001600160a01b031684866040516125bf9190613719565b60006040518083038185875af1925050503d80600081146125fc576040519150601f19603f3d011682016040523d82523d6000602084013e612601565b606091505b50915091506126118683836126a8565b9695505050505050565b60008260000182815481106126325761263261315b565b9060005260206000200154905092915050565b60608261265a5761265582612704565b610a80565b5080610a80565b6000818152600183016020526040812054611a9757508154600181810184556000848152602080822090930184905584548482528286019093526040902091909155610a80565b6060826126bd576126b882612704565b610d8c565b81511580156126d457506001600160a01b0384163b155b156126fd57604051639996b31560e01b81526001600160a01b0385166004820152602401610ab0565b5080610d8c565b80511561271357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60405180610100016040528060006001600160a01b03168152602001606081526020016060815260200160608152602001600080191681526020016000815260200160006005811115612781576127816128c4565b8152602001600081525090565b80356001600160a01b03811681146127a557600080fd5b919050565b60008083601f8401126127bc57600080fd5b5081356001600160401b038111156127d357600080fd5b6020830191508360208285010111156127eb57600080fd5b9250929050565b600080600080600080600060c0888a03121561280d57600080fd5b6128168861278e565b96506020880135955060408801356001600160401b0381111561283857600080fd5b6128448a828b016127aa565b989b979a50986060810135976080820135975060a09091013595509350505050565b60006020828403121561287857600080fd5b81356001600160e01b031981168114610d8c57600080fd5b6000602082840312156128a257600080fd5b610d8c8261278e565b6000602082840312156128bd57600080fd5b5035919050565b634e487b7160e01b600052602160045260246000fd5b600681106128ea576128ea6128c4565b9052565b60208101610a8082846128da565b60008060008060008060a0878903121561291557600080fd5b61291e8761278e565b95506020870135945060408701356001600160401b0381111561294057600080fd5b61294c89828a016127aa565b979a9699509760608101359660809091013595509350505050565b634e487b7160e01b600052604160045260246000fd5b604051601f8201601f191681016001600160401b03811182821017156129a5576129a5612967565b604052919050565b600082601f8301126129be57600080fd5b81356001600160401b038111156129d7576129d7612967565b6129ea601f8201601f191660200161297d565b8181528460208386010111156129ff57600080fd5b816020850160208301376000918101602001919091529392505050565b60008060008060808587031215612a3257600080fd5b612a3b8561278e565b9350612a496020860161278e565b92506040850135915060608501356001600160401b03811115612a6b57600080fd5b612a77878288016129ad565b91505092959194509250565b60008060408385031215612a9657600080fd5b82359150612aa66020840161278e565b90509250929050565b602080825282518282018190526000918401906040840190835b81811015612af05783516001600160a01b0316835260209384019390920191600101612ac9565b509095945050505050565b60008060408385031215612b0e57600080fd5b612b178361278e565b915060208301358015158114612b2c57600080fd5b809150509250929050565b600081518084526020840193506020830160005b82811015612b725781516001600160a01b0316865260209586019590910190600101612b4b565b5093949350505050565b600081518084526020840193506020830160005b82811015612b72578151865260209586019590910190600101612b90565b60005b83811015612bc9578181015183820152602001612bb1565b50506000910152565b600082825180855260208501945060208160051b8301016020850160005b83811015612c3e57601f1985840301885281518051808552612c19816020870160208501612bae565b6020998a0199601f91909101601f191694909401840193929092019150600101612bf0565b50909695505050505050565b60208152612c646020820183516001600160a01b03169052565b600060208301516101006040840152612c81610120840182612b37565b90506040840151601f19848303016060850152612c9e8282612b7c565b9150506060840151601f19848303016080850152612cbc8282612bd2565b915050608084015160a084015260a084015160c084015260c0840151612ce560e08501826128da565b5060e08401516101008401528091505092915050565b6020810160048310612d0f57612d0f6128c4565b91905290565b60008083601f840112612d2757600080fd5b5081356001600160401b03811115612d3e57600080fd5b6020830191508360208260051b85010111156127eb57600080fd5b600080600080600080600080600060c08a8c031215612d7757600080fd5b89356001600160401b03811115612d8d57600080fd5b612d998c828d01612d15565b909a5098505060208a01356001600160401b03811115612db857600080fd5b612dc48c828d01612d15565b90985096505060408a01356001600160401b03811115612de357600080fd5b612def8c828d01612d15565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b60008060008060008060006080888a031215612e2f57600080fd5b87356001600160401b03811115612e4557600080fd5b612e518a828b01612d15565b90985096505060208801356001600160401b03811115612e7057600080fd5b612e7c8a828b01612d15565b90965094505060408801356001600160401b03811115612e9b57600080fd5b612ea78a828b01612d15565b989b979a50959894979596606090950135949350505050565b60008060008060008060008060a0898b031215612edc57600080fd5b88356001600160401b03811115612ef257600080fd5b612efe8b828c01612d15565b90995097505060208901356001600160401b03811115612f1d57600080fd5b612f298b828c01612d15565b90975095505060408901356001600160401b03811115612f4857600080fd5b612f548b828c01612d15565b999c989b509699959896976060870135966080013595509350505050565b600082601f830112612f8357600080fd5b81356001600160401b03811115612f9c57612f9c612967565b8060051b612fac6020820161297d565b91825260208185018101929081019086841115612fc857600080fd5b6020860192505b83831015612611578235825260209283019290910190612fcf565b600080600080600060a0868803121561300257600080fd5b61300b8661278e565b94506130196020870161278e565b935060408601356001600160401b0381111561303457600080fd5b61304088828901612f72565b93505060608601356001600160401b0381111561305c57600080fd5b61306888828901612f72565b92505060808601356001600160401b0381111561308457600080fd5b613090888289016129ad565b9150509295509295909350565b600080600080600060a086880312156130b557600080fd5b6130be8661278e565b94506130cc6020870161278e565b9350604086013592506060860135915060808601356001600160401b0381111561308457600080fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a06040820152600061314660a0830186886130f5565b60608301949094525060800152949350505050565b634e487b7160e01b600052603260045260246000fd5b600181811c9082168061318557607f821691505b60208210810361116657634e487b7160e01b600052602260045260246000fd5b6000808335601e198436030181126131bc57600080fd5b8301803591506001600160401b038211156131d657600080fd5b6020019150368190038213156127eb57600080fd5b6000815480845260208401935082600052602060002060005b82811015612b725781546001600160a01b0316865260209095019460019182019101613204565b6000815480845260208401935082600052602060002060005b82811015612b72578154865260209095019460019182019101613244565b600082825480855260208501945060208160051b83010184600052602060002060005b83811015612c3e57601f19858403018852600082546132a381613171565b8086526001821680156132bd57600181146132d957613310565b60ff1983166020880152602082151560051b8801019350613310565b85600052602060002060005b838110156133075781546020828b0101526001820191506020810190506132e5565b88016020019450505b50505060209890980197925060019182019101613285565b60a08152600061333b60a08301886131eb565b828103602084015261334d818861322b565b905082810360408401526133618187613262565b60608401959095525050608001529392505050565b601f821115610d1c57806000526020600020601f840160051c8101602085101561339d5750805b601f840160051c820191505b81811015611fbc57600081556001016133a9565b6001600160401b038311156133d4576133d4612967565b6133e8836133e28354613171565b83613376565b6000601f84116001811461341c57600085156134045750838201355b600019600387901b1c1916600186901b178355611fbc565b600083815260209020601f19861690835b8281101561344d578685013582556020948501946001909201910161342d565b508682101561346a5760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835260208301925060008160005b84811015612b72576001600160a01b036134a48361278e565b168652602095860195919091019060010161348b565b81835260006001600160fb1b038311156134d357600080fd5b8260051b80836020870137939093016020019392505050565b60008383855260208501945060208460051b8201018360005b86811015612c3e57838303601f19018852813536879003601e1901811261352b57600080fd5b86016020810190356001600160401b0381111561354757600080fd5b80360382131561355657600080fd5b6135618582846130f5565b60209a8b019a90955093909301925050600101613505565b60808152600061358d60808301898b61347c565b82810360208401526135a081888a6134ba565b905082810360408401526135b58186886134ec565b91505082606083015298975050505050505050565b60a0815260006135de60a083018a8c61347c565b82810360208401526135f181898b6134ba565b905082810360408401526136068187896134ec565b60608401959095525050608001529695505050505050565b634e487b7160e01b600052601160045260246000fd5b6000600182016136465761364661361e565b5060010190565b80820180821115610a8057610a8061361e565b60018060a01b03851681528360208201526060604082015260006126116060830184866130f5565b60c08152600061369b60c08301896131eb565b82810360208401526136ad818961322b565b905082810360408401526136c18188613262565b60608401969096525050608081019290925260a0909101529392505050565b81810381811115610a8057610a8061361e565b634e487b7160e01b600052603160045260246000fd5b8183823760009101908152919050565b6000825161372b818460208701612bae565b919091019291505056fefd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783a264697066735822122073aa0c5e33f986193fa78a3868e95c75b41e0e0ac8416e6afb7d0f8c5b12738664736f6c634300081c0033b09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1fd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783",
}

// CityCouncilABI is the input ABI used to generate the binding from.
// Deprecated: Use CityCouncilMetaData.ABI instead.
var CityCouncilABI = CityCouncilMetaData.ABI

// CityCouncilBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CityCouncilMetaData.Bin instead.
var CityCouncilBin = CityCouncilMetaData.Bin

// DeployCityCouncil deploys a new Ethereum contract, binding an instance of CityCouncil to it.
func DeployCityCouncil(auth *bind.TransactOpts, backend bind.ContractBackend, initialMembers []common.Address, initialThreshold *big.Int, minDelay *big.Int, emergency []common.Address, initialPauseTargets []common.Address) (common.Address, *types.Transaction, *CityCouncil, error) {
	parsed, err := CityCouncilMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CityCouncilBin), backend, initialMembers, initialThreshold, minDelay, emergency, initialPauseTargets)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CityCouncil{CityCouncilCaller: CityCouncilCaller{contract: contract}, CityCouncilTransactor: CityCouncilTransactor{contract: contract}, CityCouncilFilterer: CityCouncilFilterer{contract: contract}}, nil
}

// CityCouncil is an auto generated Go binding around an Ethereum contract.
type CityCouncil struct {
	CityCouncilCaller     // Read-only binding to the contract
	CityCouncilTransactor // Write-only binding to the contract
	CityCouncilFilterer   // Log filterer for contract events
}

// CityCouncilCaller is an auto generated read-only Go binding around an Ethereum contract.
type CityCouncilCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityCouncilTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CityCouncilTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityCouncilFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CityCouncilFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CityCouncilSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CityCouncilSession struct {
	Contract     *CityCouncil      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CityCouncilCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CityCouncilCallerSession struct {
	Contract *CityCouncilCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// CityCouncilTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CityCouncilTransactorSession struct {
	Contract     *CityCouncilTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// CityCouncilRaw is an auto generated low-level Go binding around an Ethereum contract.
type CityCouncilRaw struct {
	Contract *CityCouncil // Generic contract binding to access the raw methods on
}

// CityCouncilCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CityCouncilCallerRaw struct {
	Contract *CityCouncilCaller // Generic read-only contract binding to access the raw methods on
}

// CityCouncilTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CityCouncilTransactorRaw struct {
	Contract *CityCouncilTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCityCouncil creates a new instance of CityCouncil, bound to a specific deployed contract.
func NewCityCouncil(address common.Address, backend bind.ContractBackend) (*CityCouncil, error) {
	contract, err := bindCityCouncil(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CityCouncil{CityCouncilCaller: CityCouncilCaller{contract: contract}, CityCouncilTransactor: CityCouncilTransactor{contract: contract}, CityCouncilFilterer: CityCouncilFilterer{contract: contract}}, nil
}

// NewCityCouncilCaller creates a new read-only instance of CityCouncil, bound to a specific deployed contract.
func NewCityCouncilCaller(address common.Address, caller bind.ContractCaller) (*CityCouncilCaller, error) {
	contract, err := bindCityCouncil(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CityCouncilCaller{contract: contract}, nil
}

// NewCityCouncilTransactor creates a new write-only instance of CityCouncil, bound to a specific deployed contract.
func NewCityCouncilTransactor(address common.Address, transactor bind.ContractTransactor) (*CityCouncilTransactor, error) {
	contract, err := bindCityCouncil(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CityCouncilTransactor{contract: contract}, nil
}

// NewCityCouncilFilterer creates a new log filterer instance of CityCouncil, bound to a specific deployed contract.
func NewCityCouncilFilterer(address common.Address, filterer bind.ContractFilterer) (*CityCouncilFilterer, error) {
	contract, err := bindCityCouncil(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CityCouncilFilterer{contract: contract}, nil
}

// bindCityCouncil binds a generic wrapper to an already deployed contract.
func bindCityCouncil(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CityCouncilMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CityCouncil *CityCouncilRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CityCouncil.Contract.CityCouncilCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CityCouncil *CityCouncilRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityCouncil.Contract.CityCouncilTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CityCouncil *CityCouncilRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CityCouncil.Contract.CityCouncilTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CityCouncil *CityCouncilCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CityCouncil.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CityCouncil *CityCouncilTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityCouncil.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CityCouncil *CityCouncilTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CityCouncil.Contract.contract.Transact(opts, method, params...)
}

// CANCELLERROLE is a free data retrieval call binding the contract method 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) CANCELLERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "CANCELLER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CANCELLERROLE is a free data retrieval call binding the contract method 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilSession) CANCELLERROLE() ([32]byte, error) {
	return _CityCouncil.Contract.CANCELLERROLE(&_CityCouncil.CallOpts)
}

// CANCELLERROLE is a free data retrieval call binding the contract method 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) CANCELLERROLE() ([32]byte, error) {
	return _CityCouncil.Contract.CANCELLERROLE(&_CityCouncil.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _CityCouncil.Contract.DEFAULTADMINROLE(&_CityCouncil.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _CityCouncil.Contract.DEFAULTADMINROLE(&_CityCouncil.CallOpts)
}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) EMERGENCYROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "EMERGENCY_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilSession) EMERGENCYROLE() ([32]byte, error) {
	return _CityCouncil.Contract.EMERGENCYROLE(&_CityCouncil.CallOpts)
}

// EMERGENCYROLE is a free data retrieval call binding the contract method 0x20df4359.
//
// Solidity: function EMERGENCY_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) EMERGENCYROLE() ([32]byte, error) {
	return _CityCouncil.Contract.EMERGENCYROLE(&_CityCouncil.CallOpts)
}

// EXECUTORROLE is a free data retrieval call binding the contract method 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) EXECUTORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "EXECUTOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EXECUTORROLE is a free data retrieval call binding the contract method 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilSession) EXECUTORROLE() ([32]byte, error) {
	return _CityCouncil.Contract.EXECUTORROLE(&_CityCouncil.CallOpts)
}

// EXECUTORROLE is a free data retrieval call binding the contract method 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) EXECUTORROLE() ([32]byte, error) {
	return _CityCouncil.Contract.EXECUTORROLE(&_CityCouncil.CallOpts)
}

// PAUSESELECTOR is a free data retrieval call binding the contract method 0x920c9536.
//
// Solidity: function PAUSE_SELECTOR() view returns(bytes4)
func (_CityCouncil *CityCouncilCaller) PAUSESELECTOR(opts *bind.CallOpts) ([4]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "PAUSE_SELECTOR")

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// PAUSESELECTOR is a free data retrieval call binding the contract method 0x920c9536.
//
// Solidity: function PAUSE_SELECTOR() view returns(bytes4)
func (_CityCouncil *CityCouncilSession) PAUSESELECTOR() ([4]byte, error) {
	return _CityCouncil.Contract.PAUSESELECTOR(&_CityCouncil.CallOpts)
}

// PAUSESELECTOR is a free data retrieval call binding the contract method 0x920c9536.
//
// Solidity: function PAUSE_SELECTOR() view returns(bytes4)
func (_CityCouncil *CityCouncilCallerSession) PAUSESELECTOR() ([4]byte, error) {
	return _CityCouncil.Contract.PAUSESELECTOR(&_CityCouncil.CallOpts)
}

// PROPOSERROLE is a free data retrieval call binding the contract method 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) PROPOSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "PROPOSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PROPOSERROLE is a free data retrieval call binding the contract method 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilSession) PROPOSERROLE() ([32]byte, error) {
	return _CityCouncil.Contract.PROPOSERROLE(&_CityCouncil.CallOpts)
}

// PROPOSERROLE is a free data retrieval call binding the contract method 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) PROPOSERROLE() ([32]byte, error) {
	return _CityCouncil.Contract.PROPOSERROLE(&_CityCouncil.CallOpts)
}

// Approvals is a free data retrieval call binding the contract method 0xbf7c2131.
//
// Solidity: function approvals(bytes32 id) view returns(uint256 n)
func (_CityCouncil *CityCouncilCaller) Approvals(opts *bind.CallOpts, id [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "approvals", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Approvals is a free data retrieval call binding the contract method 0xbf7c2131.
//
// Solidity: function approvals(bytes32 id) view returns(uint256 n)
func (_CityCouncil *CityCouncilSession) Approvals(id [32]byte) (*big.Int, error) {
	return _CityCouncil.Contract.Approvals(&_CityCouncil.CallOpts, id)
}

// Approvals is a free data retrieval call binding the contract method 0xbf7c2131.
//
// Solidity: function approvals(bytes32 id) view returns(uint256 n)
func (_CityCouncil *CityCouncilCallerSession) Approvals(id [32]byte) (*big.Int, error) {
	return _CityCouncil.Contract.Approvals(&_CityCouncil.CallOpts, id)
}

// GetMinDelay is a free data retrieval call binding the contract method 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (_CityCouncil *CityCouncilCaller) GetMinDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "getMinDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetMinDelay is a free data retrieval call binding the contract method 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (_CityCouncil *CityCouncilSession) GetMinDelay() (*big.Int, error) {
	return _CityCouncil.Contract.GetMinDelay(&_CityCouncil.CallOpts)
}

// GetMinDelay is a free data retrieval call binding the contract method 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (_CityCouncil *CityCouncilCallerSession) GetMinDelay() (*big.Int, error) {
	return _CityCouncil.Contract.GetMinDelay(&_CityCouncil.CallOpts)
}

// GetOperationState is a free data retrieval call binding the contract method 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (_CityCouncil *CityCouncilCaller) GetOperationState(opts *bind.CallOpts, id [32]byte) (uint8, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "getOperationState", id)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// GetOperationState is a free data retrieval call binding the contract method 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (_CityCouncil *CityCouncilSession) GetOperationState(id [32]byte) (uint8, error) {
	return _CityCouncil.Contract.GetOperationState(&_CityCouncil.CallOpts, id)
}

// GetOperationState is a free data retrieval call binding the contract method 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (_CityCouncil *CityCouncilCallerSession) GetOperationState(id [32]byte) (uint8, error) {
	return _CityCouncil.Contract.GetOperationState(&_CityCouncil.CallOpts, id)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CityCouncil *CityCouncilSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _CityCouncil.Contract.GetRoleAdmin(&_CityCouncil.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _CityCouncil.Contract.GetRoleAdmin(&_CityCouncil.CallOpts, role)
}

// GetTimestamp is a free data retrieval call binding the contract method 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (_CityCouncil *CityCouncilCaller) GetTimestamp(opts *bind.CallOpts, id [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "getTimestamp", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetTimestamp is a free data retrieval call binding the contract method 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (_CityCouncil *CityCouncilSession) GetTimestamp(id [32]byte) (*big.Int, error) {
	return _CityCouncil.Contract.GetTimestamp(&_CityCouncil.CallOpts, id)
}

// GetTimestamp is a free data retrieval call binding the contract method 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (_CityCouncil *CityCouncilCallerSession) GetTimestamp(id [32]byte) (*big.Int, error) {
	return _CityCouncil.Contract.GetTimestamp(&_CityCouncil.CallOpts, id)
}

// HasApproved is a free data retrieval call binding the contract method 0x23cdc3f1.
//
// Solidity: function hasApproved(bytes32 id, address member) view returns(bool)
func (_CityCouncil *CityCouncilCaller) HasApproved(opts *bind.CallOpts, id [32]byte, member common.Address) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "hasApproved", id, member)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasApproved is a free data retrieval call binding the contract method 0x23cdc3f1.
//
// Solidity: function hasApproved(bytes32 id, address member) view returns(bool)
func (_CityCouncil *CityCouncilSession) HasApproved(id [32]byte, member common.Address) (bool, error) {
	return _CityCouncil.Contract.HasApproved(&_CityCouncil.CallOpts, id, member)
}

// HasApproved is a free data retrieval call binding the contract method 0x23cdc3f1.
//
// Solidity: function hasApproved(bytes32 id, address member) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) HasApproved(id [32]byte, member common.Address) (bool, error) {
	return _CityCouncil.Contract.HasApproved(&_CityCouncil.CallOpts, id, member)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CityCouncil *CityCouncilCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CityCouncil *CityCouncilSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _CityCouncil.Contract.HasRole(&_CityCouncil.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _CityCouncil.Contract.HasRole(&_CityCouncil.CallOpts, role, account)
}

// HashOperation is a free data retrieval call binding the contract method 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (_CityCouncil *CityCouncilCaller) HashOperation(opts *bind.CallOpts, target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "hashOperation", target, value, data, predecessor, salt)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashOperation is a free data retrieval call binding the contract method 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (_CityCouncil *CityCouncilSession) HashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([32]byte, error) {
	return _CityCouncil.Contract.HashOperation(&_CityCouncil.CallOpts, target, value, data, predecessor, salt)
}

// HashOperation is a free data retrieval call binding the contract method 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) HashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([32]byte, error) {
	return _CityCouncil.Contract.HashOperation(&_CityCouncil.CallOpts, target, value, data, predecessor, salt)
}

// HashOperationBatch is a free data retrieval call binding the contract method 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (_CityCouncil *CityCouncilCaller) HashOperationBatch(opts *bind.CallOpts, targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "hashOperationBatch", targets, values, payloads, predecessor, salt)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashOperationBatch is a free data retrieval call binding the contract method 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (_CityCouncil *CityCouncilSession) HashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([32]byte, error) {
	return _CityCouncil.Contract.HashOperationBatch(&_CityCouncil.CallOpts, targets, values, payloads, predecessor, salt)
}

// HashOperationBatch is a free data retrieval call binding the contract method 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) HashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([32]byte, error) {
	return _CityCouncil.Contract.HashOperationBatch(&_CityCouncil.CallOpts, targets, values, payloads, predecessor, salt)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address account) view returns(bool)
func (_CityCouncil *CityCouncilCaller) IsMember(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "isMember", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address account) view returns(bool)
func (_CityCouncil *CityCouncilSession) IsMember(account common.Address) (bool, error) {
	return _CityCouncil.Contract.IsMember(&_CityCouncil.CallOpts, account)
}

// IsMember is a free data retrieval call binding the contract method 0xa230c524.
//
// Solidity: function isMember(address account) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) IsMember(account common.Address) (bool, error) {
	return _CityCouncil.Contract.IsMember(&_CityCouncil.CallOpts, account)
}

// IsOperation is a free data retrieval call binding the contract method 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCaller) IsOperation(opts *bind.CallOpts, id [32]byte) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "isOperation", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperation is a free data retrieval call binding the contract method 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilSession) IsOperation(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperation(&_CityCouncil.CallOpts, id)
}

// IsOperation is a free data retrieval call binding the contract method 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) IsOperation(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperation(&_CityCouncil.CallOpts, id)
}

// IsOperationDone is a free data retrieval call binding the contract method 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCaller) IsOperationDone(opts *bind.CallOpts, id [32]byte) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "isOperationDone", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperationDone is a free data retrieval call binding the contract method 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilSession) IsOperationDone(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperationDone(&_CityCouncil.CallOpts, id)
}

// IsOperationDone is a free data retrieval call binding the contract method 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) IsOperationDone(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperationDone(&_CityCouncil.CallOpts, id)
}

// IsOperationPending is a free data retrieval call binding the contract method 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCaller) IsOperationPending(opts *bind.CallOpts, id [32]byte) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "isOperationPending", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperationPending is a free data retrieval call binding the contract method 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilSession) IsOperationPending(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperationPending(&_CityCouncil.CallOpts, id)
}

// IsOperationPending is a free data retrieval call binding the contract method 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) IsOperationPending(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperationPending(&_CityCouncil.CallOpts, id)
}

// IsOperationReady is a free data retrieval call binding the contract method 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCaller) IsOperationReady(opts *bind.CallOpts, id [32]byte) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "isOperationReady", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsOperationReady is a free data retrieval call binding the contract method 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilSession) IsOperationReady(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperationReady(&_CityCouncil.CallOpts, id)
}

// IsOperationReady is a free data retrieval call binding the contract method 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) IsOperationReady(id [32]byte) (bool, error) {
	return _CityCouncil.Contract.IsOperationReady(&_CityCouncil.CallOpts, id)
}

// Members is a free data retrieval call binding the contract method 0xbdd4d18d.
//
// Solidity: function members() view returns(address[])
func (_CityCouncil *CityCouncilCaller) Members(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "members")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Members is a free data retrieval call binding the contract method 0xbdd4d18d.
//
// Solidity: function members() view returns(address[])
func (_CityCouncil *CityCouncilSession) Members() ([]common.Address, error) {
	return _CityCouncil.Contract.Members(&_CityCouncil.CallOpts)
}

// Members is a free data retrieval call binding the contract method 0xbdd4d18d.
//
// Solidity: function members() view returns(address[])
func (_CityCouncil *CityCouncilCallerSession) Members() ([]common.Address, error) {
	return _CityCouncil.Contract.Members(&_CityCouncil.CallOpts)
}

// PauseTargets is a free data retrieval call binding the contract method 0x3937f829.
//
// Solidity: function pauseTargets() view returns(address[])
func (_CityCouncil *CityCouncilCaller) PauseTargets(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "pauseTargets")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// PauseTargets is a free data retrieval call binding the contract method 0x3937f829.
//
// Solidity: function pauseTargets() view returns(address[])
func (_CityCouncil *CityCouncilSession) PauseTargets() ([]common.Address, error) {
	return _CityCouncil.Contract.PauseTargets(&_CityCouncil.CallOpts)
}

// PauseTargets is a free data retrieval call binding the contract method 0x3937f829.
//
// Solidity: function pauseTargets() view returns(address[])
func (_CityCouncil *CityCouncilCallerSession) PauseTargets() ([]common.Address, error) {
	return _CityCouncil.Contract.PauseTargets(&_CityCouncil.CallOpts)
}

// Proposal is a free data retrieval call binding the contract method 0x6da59041.
//
// Solidity: function proposal(bytes32 id) view returns((address,address[],uint256[],bytes[],bytes32,uint256,uint8,uint256) v)
func (_CityCouncil *CityCouncilCaller) Proposal(opts *bind.CallOpts, id [32]byte) (CityCouncilProposalView, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "proposal", id)

	if err != nil {
		return *new(CityCouncilProposalView), err
	}

	out0 := *abi.ConvertType(out[0], new(CityCouncilProposalView)).(*CityCouncilProposalView)

	return out0, err

}

// Proposal is a free data retrieval call binding the contract method 0x6da59041.
//
// Solidity: function proposal(bytes32 id) view returns((address,address[],uint256[],bytes[],bytes32,uint256,uint8,uint256) v)
func (_CityCouncil *CityCouncilSession) Proposal(id [32]byte) (CityCouncilProposalView, error) {
	return _CityCouncil.Contract.Proposal(&_CityCouncil.CallOpts, id)
}

// Proposal is a free data retrieval call binding the contract method 0x6da59041.
//
// Solidity: function proposal(bytes32 id) view returns((address,address[],uint256[],bytes[],bytes32,uint256,uint8,uint256) v)
func (_CityCouncil *CityCouncilCallerSession) Proposal(id [32]byte) (CityCouncilProposalView, error) {
	return _CityCouncil.Contract.Proposal(&_CityCouncil.CallOpts, id)
}

// ProposalAt is a free data retrieval call binding the contract method 0x5bb838cb.
//
// Solidity: function proposalAt(uint256 index) view returns(bytes32)
func (_CityCouncil *CityCouncilCaller) ProposalAt(opts *bind.CallOpts, index *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "proposalAt", index)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProposalAt is a free data retrieval call binding the contract method 0x5bb838cb.
//
// Solidity: function proposalAt(uint256 index) view returns(bytes32)
func (_CityCouncil *CityCouncilSession) ProposalAt(index *big.Int) ([32]byte, error) {
	return _CityCouncil.Contract.ProposalAt(&_CityCouncil.CallOpts, index)
}

// ProposalAt is a free data retrieval call binding the contract method 0x5bb838cb.
//
// Solidity: function proposalAt(uint256 index) view returns(bytes32)
func (_CityCouncil *CityCouncilCallerSession) ProposalAt(index *big.Int) ([32]byte, error) {
	return _CityCouncil.Contract.ProposalAt(&_CityCouncil.CallOpts, index)
}

// ProposalCount is a free data retrieval call binding the contract method 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (_CityCouncil *CityCouncilCaller) ProposalCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "proposalCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalCount is a free data retrieval call binding the contract method 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (_CityCouncil *CityCouncilSession) ProposalCount() (*big.Int, error) {
	return _CityCouncil.Contract.ProposalCount(&_CityCouncil.CallOpts)
}

// ProposalCount is a free data retrieval call binding the contract method 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (_CityCouncil *CityCouncilCallerSession) ProposalCount() (*big.Int, error) {
	return _CityCouncil.Contract.ProposalCount(&_CityCouncil.CallOpts)
}

// ProposalState is a free data retrieval call binding the contract method 0x0bd8bef8.
//
// Solidity: function proposalState(bytes32 id) view returns(uint8)
func (_CityCouncil *CityCouncilCaller) ProposalState(opts *bind.CallOpts, id [32]byte) (uint8, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "proposalState", id)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ProposalState is a free data retrieval call binding the contract method 0x0bd8bef8.
//
// Solidity: function proposalState(bytes32 id) view returns(uint8)
func (_CityCouncil *CityCouncilSession) ProposalState(id [32]byte) (uint8, error) {
	return _CityCouncil.Contract.ProposalState(&_CityCouncil.CallOpts, id)
}

// ProposalState is a free data retrieval call binding the contract method 0x0bd8bef8.
//
// Solidity: function proposalState(bytes32 id) view returns(uint8)
func (_CityCouncil *CityCouncilCallerSession) ProposalState(id [32]byte) (uint8, error) {
	return _CityCouncil.Contract.ProposalState(&_CityCouncil.CallOpts, id)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CityCouncil *CityCouncilCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CityCouncil *CityCouncilSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CityCouncil.Contract.SupportsInterface(&_CityCouncil.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_CityCouncil *CityCouncilCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _CityCouncil.Contract.SupportsInterface(&_CityCouncil.CallOpts, interfaceId)
}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (_CityCouncil *CityCouncilCaller) Threshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CityCouncil.contract.Call(opts, &out, "threshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (_CityCouncil *CityCouncilSession) Threshold() (*big.Int, error) {
	return _CityCouncil.Contract.Threshold(&_CityCouncil.CallOpts)
}

// Threshold is a free data retrieval call binding the contract method 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (_CityCouncil *CityCouncilCallerSession) Threshold() (*big.Int, error) {
	return _CityCouncil.Contract.Threshold(&_CityCouncil.CallOpts)
}

// AddMember is a paid mutator transaction binding the contract method 0xca6d56dc.
//
// Solidity: function addMember(address account) returns()
func (_CityCouncil *CityCouncilTransactor) AddMember(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "addMember", account)
}

// AddMember is a paid mutator transaction binding the contract method 0xca6d56dc.
//
// Solidity: function addMember(address account) returns()
func (_CityCouncil *CityCouncilSession) AddMember(account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.AddMember(&_CityCouncil.TransactOpts, account)
}

// AddMember is a paid mutator transaction binding the contract method 0xca6d56dc.
//
// Solidity: function addMember(address account) returns()
func (_CityCouncil *CityCouncilTransactorSession) AddMember(account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.AddMember(&_CityCouncil.TransactOpts, account)
}

// Approve is a paid mutator transaction binding the contract method 0xa53a1adf.
//
// Solidity: function approve(bytes32 id) returns()
func (_CityCouncil *CityCouncilTransactor) Approve(opts *bind.TransactOpts, id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "approve", id)
}

// Approve is a paid mutator transaction binding the contract method 0xa53a1adf.
//
// Solidity: function approve(bytes32 id) returns()
func (_CityCouncil *CityCouncilSession) Approve(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Approve(&_CityCouncil.TransactOpts, id)
}

// Approve is a paid mutator transaction binding the contract method 0xa53a1adf.
//
// Solidity: function approve(bytes32 id) returns()
func (_CityCouncil *CityCouncilTransactorSession) Approve(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Approve(&_CityCouncil.TransactOpts, id)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 id) returns()
func (_CityCouncil *CityCouncilTransactor) Cancel(opts *bind.TransactOpts, id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "cancel", id)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 id) returns()
func (_CityCouncil *CityCouncilSession) Cancel(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Cancel(&_CityCouncil.TransactOpts, id)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 id) returns()
func (_CityCouncil *CityCouncilTransactorSession) Cancel(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Cancel(&_CityCouncil.TransactOpts, id)
}

// EmergencyPause is a paid mutator transaction binding the contract method 0x7041b48a.
//
// Solidity: function emergencyPause(address target) returns()
func (_CityCouncil *CityCouncilTransactor) EmergencyPause(opts *bind.TransactOpts, target common.Address) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "emergencyPause", target)
}

// EmergencyPause is a paid mutator transaction binding the contract method 0x7041b48a.
//
// Solidity: function emergencyPause(address target) returns()
func (_CityCouncil *CityCouncilSession) EmergencyPause(target common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.EmergencyPause(&_CityCouncil.TransactOpts, target)
}

// EmergencyPause is a paid mutator transaction binding the contract method 0x7041b48a.
//
// Solidity: function emergencyPause(address target) returns()
func (_CityCouncil *CityCouncilTransactorSession) EmergencyPause(target common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.EmergencyPause(&_CityCouncil.TransactOpts, target)
}

// Execute is a paid mutator transaction binding the contract method 0x134008d3.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (_CityCouncil *CityCouncilTransactor) Execute(opts *bind.TransactOpts, target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "execute", target, value, payload, predecessor, salt)
}

// Execute is a paid mutator transaction binding the contract method 0x134008d3.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (_CityCouncil *CityCouncilSession) Execute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Execute(&_CityCouncil.TransactOpts, target, value, payload, predecessor, salt)
}

// Execute is a paid mutator transaction binding the contract method 0x134008d3.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (_CityCouncil *CityCouncilTransactorSession) Execute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Execute(&_CityCouncil.TransactOpts, target, value, payload, predecessor, salt)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xe38335e5.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (_CityCouncil *CityCouncilTransactor) ExecuteBatch(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "executeBatch", targets, values, payloads, predecessor, salt)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xe38335e5.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (_CityCouncil *CityCouncilSession) ExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.ExecuteBatch(&_CityCouncil.TransactOpts, targets, values, payloads, predecessor, salt)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xe38335e5.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (_CityCouncil *CityCouncilTransactorSession) ExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.ExecuteBatch(&_CityCouncil.TransactOpts, targets, values, payloads, predecessor, salt)
}

// ExecuteProposal is a paid mutator transaction binding the contract method 0x980ff6c6.
//
// Solidity: function executeProposal(bytes32 id) payable returns()
func (_CityCouncil *CityCouncilTransactor) ExecuteProposal(opts *bind.TransactOpts, id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "executeProposal", id)
}

// ExecuteProposal is a paid mutator transaction binding the contract method 0x980ff6c6.
//
// Solidity: function executeProposal(bytes32 id) payable returns()
func (_CityCouncil *CityCouncilSession) ExecuteProposal(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.ExecuteProposal(&_CityCouncil.TransactOpts, id)
}

// ExecuteProposal is a paid mutator transaction binding the contract method 0x980ff6c6.
//
// Solidity: function executeProposal(bytes32 id) payable returns()
func (_CityCouncil *CityCouncilTransactorSession) ExecuteProposal(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.ExecuteProposal(&_CityCouncil.TransactOpts, id)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CityCouncil *CityCouncilTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CityCouncil *CityCouncilSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.GrantRole(&_CityCouncil.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_CityCouncil *CityCouncilTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.GrantRole(&_CityCouncil.TransactOpts, role, account)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilTransactor) OnERC1155BatchReceived(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.OnERC1155BatchReceived(&_CityCouncil.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilTransactorSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.OnERC1155BatchReceived(&_CityCouncil.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilTransactor) OnERC1155Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.OnERC1155Received(&_CityCouncil.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilTransactorSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.OnERC1155Received(&_CityCouncil.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilTransactor) OnERC721Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "onERC721Received", arg0, arg1, arg2, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.OnERC721Received(&_CityCouncil.TransactOpts, arg0, arg1, arg2, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_CityCouncil *CityCouncilTransactorSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.OnERC721Received(&_CityCouncil.TransactOpts, arg0, arg1, arg2, arg3)
}

// Propose is a paid mutator transaction binding the contract method 0x9efad40d.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] payloads, bytes32 salt) returns(bytes32 id)
func (_CityCouncil *CityCouncilTransactor) Propose(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, payloads [][]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "propose", targets, values, payloads, salt)
}

// Propose is a paid mutator transaction binding the contract method 0x9efad40d.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] payloads, bytes32 salt) returns(bytes32 id)
func (_CityCouncil *CityCouncilSession) Propose(targets []common.Address, values []*big.Int, payloads [][]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Propose(&_CityCouncil.TransactOpts, targets, values, payloads, salt)
}

// Propose is a paid mutator transaction binding the contract method 0x9efad40d.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] payloads, bytes32 salt) returns(bytes32 id)
func (_CityCouncil *CityCouncilTransactorSession) Propose(targets []common.Address, values []*big.Int, payloads [][]byte, salt [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.Propose(&_CityCouncil.TransactOpts, targets, values, payloads, salt)
}

// RemoveMember is a paid mutator transaction binding the contract method 0x0b1ca49a.
//
// Solidity: function removeMember(address account) returns()
func (_CityCouncil *CityCouncilTransactor) RemoveMember(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "removeMember", account)
}

// RemoveMember is a paid mutator transaction binding the contract method 0x0b1ca49a.
//
// Solidity: function removeMember(address account) returns()
func (_CityCouncil *CityCouncilSession) RemoveMember(account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.RemoveMember(&_CityCouncil.TransactOpts, account)
}

// RemoveMember is a paid mutator transaction binding the contract method 0x0b1ca49a.
//
// Solidity: function removeMember(address account) returns()
func (_CityCouncil *CityCouncilTransactorSession) RemoveMember(account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.RemoveMember(&_CityCouncil.TransactOpts, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CityCouncil *CityCouncilTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CityCouncil *CityCouncilSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.RenounceRole(&_CityCouncil.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_CityCouncil *CityCouncilTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.RenounceRole(&_CityCouncil.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CityCouncil *CityCouncilTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CityCouncil *CityCouncilSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.RevokeRole(&_CityCouncil.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_CityCouncil *CityCouncilTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _CityCouncil.Contract.RevokeRole(&_CityCouncil.TransactOpts, role, account)
}

// Schedule is a paid mutator transaction binding the contract method 0x01d5062a.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (_CityCouncil *CityCouncilTransactor) Schedule(opts *bind.TransactOpts, target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "schedule", target, value, data, predecessor, salt, delay)
}

// Schedule is a paid mutator transaction binding the contract method 0x01d5062a.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (_CityCouncil *CityCouncilSession) Schedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.Schedule(&_CityCouncil.TransactOpts, target, value, data, predecessor, salt, delay)
}

// Schedule is a paid mutator transaction binding the contract method 0x01d5062a.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (_CityCouncil *CityCouncilTransactorSession) Schedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.Schedule(&_CityCouncil.TransactOpts, target, value, data, predecessor, salt, delay)
}

// ScheduleApproved is a paid mutator transaction binding the contract method 0xa6e7cfe8.
//
// Solidity: function scheduleApproved(bytes32 id) returns()
func (_CityCouncil *CityCouncilTransactor) ScheduleApproved(opts *bind.TransactOpts, id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "scheduleApproved", id)
}

// ScheduleApproved is a paid mutator transaction binding the contract method 0xa6e7cfe8.
//
// Solidity: function scheduleApproved(bytes32 id) returns()
func (_CityCouncil *CityCouncilSession) ScheduleApproved(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.ScheduleApproved(&_CityCouncil.TransactOpts, id)
}

// ScheduleApproved is a paid mutator transaction binding the contract method 0xa6e7cfe8.
//
// Solidity: function scheduleApproved(bytes32 id) returns()
func (_CityCouncil *CityCouncilTransactorSession) ScheduleApproved(id [32]byte) (*types.Transaction, error) {
	return _CityCouncil.Contract.ScheduleApproved(&_CityCouncil.TransactOpts, id)
}

// ScheduleBatch is a paid mutator transaction binding the contract method 0x8f2a0bb0.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (_CityCouncil *CityCouncilTransactor) ScheduleBatch(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// ScheduleBatch is a paid mutator transaction binding the contract method 0x8f2a0bb0.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (_CityCouncil *CityCouncilSession) ScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.ScheduleBatch(&_CityCouncil.TransactOpts, targets, values, payloads, predecessor, salt, delay)
}

// ScheduleBatch is a paid mutator transaction binding the contract method 0x8f2a0bb0.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (_CityCouncil *CityCouncilTransactorSession) ScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.ScheduleBatch(&_CityCouncil.TransactOpts, targets, values, payloads, predecessor, salt, delay)
}

// SetPauseTarget is a paid mutator transaction binding the contract method 0x4caf3ffd.
//
// Solidity: function setPauseTarget(address target, bool allowed) returns()
func (_CityCouncil *CityCouncilTransactor) SetPauseTarget(opts *bind.TransactOpts, target common.Address, allowed bool) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "setPauseTarget", target, allowed)
}

// SetPauseTarget is a paid mutator transaction binding the contract method 0x4caf3ffd.
//
// Solidity: function setPauseTarget(address target, bool allowed) returns()
func (_CityCouncil *CityCouncilSession) SetPauseTarget(target common.Address, allowed bool) (*types.Transaction, error) {
	return _CityCouncil.Contract.SetPauseTarget(&_CityCouncil.TransactOpts, target, allowed)
}

// SetPauseTarget is a paid mutator transaction binding the contract method 0x4caf3ffd.
//
// Solidity: function setPauseTarget(address target, bool allowed) returns()
func (_CityCouncil *CityCouncilTransactorSession) SetPauseTarget(target common.Address, allowed bool) (*types.Transaction, error) {
	return _CityCouncil.Contract.SetPauseTarget(&_CityCouncil.TransactOpts, target, allowed)
}

// SetThreshold is a paid mutator transaction binding the contract method 0x960bfe04.
//
// Solidity: function setThreshold(uint256 threshold_) returns()
func (_CityCouncil *CityCouncilTransactor) SetThreshold(opts *bind.TransactOpts, threshold_ *big.Int) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "setThreshold", threshold_)
}

// SetThreshold is a paid mutator transaction binding the contract method 0x960bfe04.
//
// Solidity: function setThreshold(uint256 threshold_) returns()
func (_CityCouncil *CityCouncilSession) SetThreshold(threshold_ *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.SetThreshold(&_CityCouncil.TransactOpts, threshold_)
}

// SetThreshold is a paid mutator transaction binding the contract method 0x960bfe04.
//
// Solidity: function setThreshold(uint256 threshold_) returns()
func (_CityCouncil *CityCouncilTransactorSession) SetThreshold(threshold_ *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.SetThreshold(&_CityCouncil.TransactOpts, threshold_)
}

// UpdateDelay is a paid mutator transaction binding the contract method 0x64d62353.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (_CityCouncil *CityCouncilTransactor) UpdateDelay(opts *bind.TransactOpts, newDelay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.contract.Transact(opts, "updateDelay", newDelay)
}

// UpdateDelay is a paid mutator transaction binding the contract method 0x64d62353.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (_CityCouncil *CityCouncilSession) UpdateDelay(newDelay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.UpdateDelay(&_CityCouncil.TransactOpts, newDelay)
}

// UpdateDelay is a paid mutator transaction binding the contract method 0x64d62353.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (_CityCouncil *CityCouncilTransactorSession) UpdateDelay(newDelay *big.Int) (*types.Transaction, error) {
	return _CityCouncil.Contract.UpdateDelay(&_CityCouncil.TransactOpts, newDelay)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_CityCouncil *CityCouncilTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CityCouncil.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_CityCouncil *CityCouncilSession) Receive() (*types.Transaction, error) {
	return _CityCouncil.Contract.Receive(&_CityCouncil.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_CityCouncil *CityCouncilTransactorSession) Receive() (*types.Transaction, error) {
	return _CityCouncil.Contract.Receive(&_CityCouncil.TransactOpts)
}

// CityCouncilApprovedIterator is returned from FilterApproved and is used to iterate over the raw logs and unpacked data for Approved events raised by the CityCouncil contract.
type CityCouncilApprovedIterator struct {
	Event *CityCouncilApproved // Event containing the contract specifics and raw log

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
func (it *CityCouncilApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilApproved)
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
		it.Event = new(CityCouncilApproved)
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
func (it *CityCouncilApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilApproved represents a Approved event raised by the CityCouncil contract.
type CityCouncilApproved struct {
	Id        [32]byte
	Member    common.Address
	Approvals *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterApproved is a free log retrieval operation binding the contract event 0x20f38d8bfe412e6f42eeb96bfc20c76b535e2e3d9ff81c730fdf46117b4e3c43.
//
// Solidity: event Approved(bytes32 indexed id, address indexed member, uint256 approvals)
func (_CityCouncil *CityCouncilFilterer) FilterApproved(opts *bind.FilterOpts, id [][32]byte, member []common.Address) (*CityCouncilApprovedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "Approved", idRule, memberRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilApprovedIterator{contract: _CityCouncil.contract, event: "Approved", logs: logs, sub: sub}, nil
}

// WatchApproved is a free log subscription operation binding the contract event 0x20f38d8bfe412e6f42eeb96bfc20c76b535e2e3d9ff81c730fdf46117b4e3c43.
//
// Solidity: event Approved(bytes32 indexed id, address indexed member, uint256 approvals)
func (_CityCouncil *CityCouncilFilterer) WatchApproved(opts *bind.WatchOpts, sink chan<- *CityCouncilApproved, id [][32]byte, member []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var memberRule []interface{}
	for _, memberItem := range member {
		memberRule = append(memberRule, memberItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "Approved", idRule, memberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilApproved)
				if err := _CityCouncil.contract.UnpackLog(event, "Approved", log); err != nil {
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

// ParseApproved is a log parse operation binding the contract event 0x20f38d8bfe412e6f42eeb96bfc20c76b535e2e3d9ff81c730fdf46117b4e3c43.
//
// Solidity: event Approved(bytes32 indexed id, address indexed member, uint256 approvals)
func (_CityCouncil *CityCouncilFilterer) ParseApproved(log types.Log) (*CityCouncilApproved, error) {
	event := new(CityCouncilApproved)
	if err := _CityCouncil.contract.UnpackLog(event, "Approved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilCallExecutedIterator is returned from FilterCallExecuted and is used to iterate over the raw logs and unpacked data for CallExecuted events raised by the CityCouncil contract.
type CityCouncilCallExecutedIterator struct {
	Event *CityCouncilCallExecuted // Event containing the contract specifics and raw log

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
func (it *CityCouncilCallExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilCallExecuted)
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
		it.Event = new(CityCouncilCallExecuted)
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
func (it *CityCouncilCallExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilCallExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilCallExecuted represents a CallExecuted event raised by the CityCouncil contract.
type CityCouncilCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterCallExecuted is a free log retrieval operation binding the contract event 0xc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (_CityCouncil *CityCouncilFilterer) FilterCallExecuted(opts *bind.FilterOpts, id [][32]byte, index []*big.Int) (*CityCouncilCallExecutedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "CallExecuted", idRule, indexRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilCallExecutedIterator{contract: _CityCouncil.contract, event: "CallExecuted", logs: logs, sub: sub}, nil
}

// WatchCallExecuted is a free log subscription operation binding the contract event 0xc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (_CityCouncil *CityCouncilFilterer) WatchCallExecuted(opts *bind.WatchOpts, sink chan<- *CityCouncilCallExecuted, id [][32]byte, index []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "CallExecuted", idRule, indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilCallExecuted)
				if err := _CityCouncil.contract.UnpackLog(event, "CallExecuted", log); err != nil {
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

// ParseCallExecuted is a log parse operation binding the contract event 0xc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b58.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (_CityCouncil *CityCouncilFilterer) ParseCallExecuted(log types.Log) (*CityCouncilCallExecuted, error) {
	event := new(CityCouncilCallExecuted)
	if err := _CityCouncil.contract.UnpackLog(event, "CallExecuted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilCallSaltIterator is returned from FilterCallSalt and is used to iterate over the raw logs and unpacked data for CallSalt events raised by the CityCouncil contract.
type CityCouncilCallSaltIterator struct {
	Event *CityCouncilCallSalt // Event containing the contract specifics and raw log

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
func (it *CityCouncilCallSaltIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilCallSalt)
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
		it.Event = new(CityCouncilCallSalt)
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
func (it *CityCouncilCallSaltIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilCallSaltIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilCallSalt represents a CallSalt event raised by the CityCouncil contract.
type CityCouncilCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterCallSalt is a free log retrieval operation binding the contract event 0x20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d0387.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (_CityCouncil *CityCouncilFilterer) FilterCallSalt(opts *bind.FilterOpts, id [][32]byte) (*CityCouncilCallSaltIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "CallSalt", idRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilCallSaltIterator{contract: _CityCouncil.contract, event: "CallSalt", logs: logs, sub: sub}, nil
}

// WatchCallSalt is a free log subscription operation binding the contract event 0x20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d0387.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (_CityCouncil *CityCouncilFilterer) WatchCallSalt(opts *bind.WatchOpts, sink chan<- *CityCouncilCallSalt, id [][32]byte) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "CallSalt", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilCallSalt)
				if err := _CityCouncil.contract.UnpackLog(event, "CallSalt", log); err != nil {
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

// ParseCallSalt is a log parse operation binding the contract event 0x20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d0387.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (_CityCouncil *CityCouncilFilterer) ParseCallSalt(log types.Log) (*CityCouncilCallSalt, error) {
	event := new(CityCouncilCallSalt)
	if err := _CityCouncil.contract.UnpackLog(event, "CallSalt", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilCallScheduledIterator is returned from FilterCallScheduled and is used to iterate over the raw logs and unpacked data for CallScheduled events raised by the CityCouncil contract.
type CityCouncilCallScheduledIterator struct {
	Event *CityCouncilCallScheduled // Event containing the contract specifics and raw log

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
func (it *CityCouncilCallScheduledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilCallScheduled)
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
		it.Event = new(CityCouncilCallScheduled)
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
func (it *CityCouncilCallScheduledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilCallScheduledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilCallScheduled represents a CallScheduled event raised by the CityCouncil contract.
type CityCouncilCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterCallScheduled is a free log retrieval operation binding the contract event 0x4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (_CityCouncil *CityCouncilFilterer) FilterCallScheduled(opts *bind.FilterOpts, id [][32]byte, index []*big.Int) (*CityCouncilCallScheduledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "CallScheduled", idRule, indexRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilCallScheduledIterator{contract: _CityCouncil.contract, event: "CallScheduled", logs: logs, sub: sub}, nil
}

// WatchCallScheduled is a free log subscription operation binding the contract event 0x4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (_CityCouncil *CityCouncilFilterer) WatchCallScheduled(opts *bind.WatchOpts, sink chan<- *CityCouncilCallScheduled, id [][32]byte, index []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "CallScheduled", idRule, indexRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilCallScheduled)
				if err := _CityCouncil.contract.UnpackLog(event, "CallScheduled", log); err != nil {
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

// ParseCallScheduled is a log parse operation binding the contract event 0x4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (_CityCouncil *CityCouncilFilterer) ParseCallScheduled(log types.Log) (*CityCouncilCallScheduled, error) {
	event := new(CityCouncilCallScheduled)
	if err := _CityCouncil.contract.UnpackLog(event, "CallScheduled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilCancelledIterator is returned from FilterCancelled and is used to iterate over the raw logs and unpacked data for Cancelled events raised by the CityCouncil contract.
type CityCouncilCancelledIterator struct {
	Event *CityCouncilCancelled // Event containing the contract specifics and raw log

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
func (it *CityCouncilCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilCancelled)
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
		it.Event = new(CityCouncilCancelled)
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
func (it *CityCouncilCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilCancelled represents a Cancelled event raised by the CityCouncil contract.
type CityCouncilCancelled struct {
	Id  [32]byte
	Raw types.Log // Blockchain specific contextual infos
}

// FilterCancelled is a free log retrieval operation binding the contract event 0xbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb70.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (_CityCouncil *CityCouncilFilterer) FilterCancelled(opts *bind.FilterOpts, id [][32]byte) (*CityCouncilCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "Cancelled", idRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilCancelledIterator{contract: _CityCouncil.contract, event: "Cancelled", logs: logs, sub: sub}, nil
}

// WatchCancelled is a free log subscription operation binding the contract event 0xbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb70.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (_CityCouncil *CityCouncilFilterer) WatchCancelled(opts *bind.WatchOpts, sink chan<- *CityCouncilCancelled, id [][32]byte) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "Cancelled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilCancelled)
				if err := _CityCouncil.contract.UnpackLog(event, "Cancelled", log); err != nil {
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

// ParseCancelled is a log parse operation binding the contract event 0xbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb70.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (_CityCouncil *CityCouncilFilterer) ParseCancelled(log types.Log) (*CityCouncilCancelled, error) {
	event := new(CityCouncilCancelled)
	if err := _CityCouncil.contract.UnpackLog(event, "Cancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilEmergencyPausedIterator is returned from FilterEmergencyPaused and is used to iterate over the raw logs and unpacked data for EmergencyPaused events raised by the CityCouncil contract.
type CityCouncilEmergencyPausedIterator struct {
	Event *CityCouncilEmergencyPaused // Event containing the contract specifics and raw log

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
func (it *CityCouncilEmergencyPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilEmergencyPaused)
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
		it.Event = new(CityCouncilEmergencyPaused)
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
func (it *CityCouncilEmergencyPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilEmergencyPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilEmergencyPaused represents a EmergencyPaused event raised by the CityCouncil contract.
type CityCouncilEmergencyPaused struct {
	Target common.Address
	By     common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterEmergencyPaused is a free log retrieval operation binding the contract event 0xd945487557ed7c45de56afebf9940631d774eb5ab23f11a46b0e590e1fe0af7f.
//
// Solidity: event EmergencyPaused(address indexed target, address indexed by)
func (_CityCouncil *CityCouncilFilterer) FilterEmergencyPaused(opts *bind.FilterOpts, target []common.Address, by []common.Address) (*CityCouncilEmergencyPausedIterator, error) {

	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "EmergencyPaused", targetRule, byRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilEmergencyPausedIterator{contract: _CityCouncil.contract, event: "EmergencyPaused", logs: logs, sub: sub}, nil
}

// WatchEmergencyPaused is a free log subscription operation binding the contract event 0xd945487557ed7c45de56afebf9940631d774eb5ab23f11a46b0e590e1fe0af7f.
//
// Solidity: event EmergencyPaused(address indexed target, address indexed by)
func (_CityCouncil *CityCouncilFilterer) WatchEmergencyPaused(opts *bind.WatchOpts, sink chan<- *CityCouncilEmergencyPaused, target []common.Address, by []common.Address) (event.Subscription, error) {

	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "EmergencyPaused", targetRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilEmergencyPaused)
				if err := _CityCouncil.contract.UnpackLog(event, "EmergencyPaused", log); err != nil {
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

// ParseEmergencyPaused is a log parse operation binding the contract event 0xd945487557ed7c45de56afebf9940631d774eb5ab23f11a46b0e590e1fe0af7f.
//
// Solidity: event EmergencyPaused(address indexed target, address indexed by)
func (_CityCouncil *CityCouncilFilterer) ParseEmergencyPaused(log types.Log) (*CityCouncilEmergencyPaused, error) {
	event := new(CityCouncilEmergencyPaused)
	if err := _CityCouncil.contract.UnpackLog(event, "EmergencyPaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilMemberAddedIterator is returned from FilterMemberAdded and is used to iterate over the raw logs and unpacked data for MemberAdded events raised by the CityCouncil contract.
type CityCouncilMemberAddedIterator struct {
	Event *CityCouncilMemberAdded // Event containing the contract specifics and raw log

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
func (it *CityCouncilMemberAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilMemberAdded)
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
		it.Event = new(CityCouncilMemberAdded)
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
func (it *CityCouncilMemberAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilMemberAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilMemberAdded represents a MemberAdded event raised by the CityCouncil contract.
type CityCouncilMemberAdded struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterMemberAdded is a free log retrieval operation binding the contract event 0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914.
//
// Solidity: event MemberAdded(address indexed account)
func (_CityCouncil *CityCouncilFilterer) FilterMemberAdded(opts *bind.FilterOpts, account []common.Address) (*CityCouncilMemberAddedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "MemberAdded", accountRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilMemberAddedIterator{contract: _CityCouncil.contract, event: "MemberAdded", logs: logs, sub: sub}, nil
}

// WatchMemberAdded is a free log subscription operation binding the contract event 0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914.
//
// Solidity: event MemberAdded(address indexed account)
func (_CityCouncil *CityCouncilFilterer) WatchMemberAdded(opts *bind.WatchOpts, sink chan<- *CityCouncilMemberAdded, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "MemberAdded", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilMemberAdded)
				if err := _CityCouncil.contract.UnpackLog(event, "MemberAdded", log); err != nil {
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

// ParseMemberAdded is a log parse operation binding the contract event 0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914.
//
// Solidity: event MemberAdded(address indexed account)
func (_CityCouncil *CityCouncilFilterer) ParseMemberAdded(log types.Log) (*CityCouncilMemberAdded, error) {
	event := new(CityCouncilMemberAdded)
	if err := _CityCouncil.contract.UnpackLog(event, "MemberAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilMemberRemovedIterator is returned from FilterMemberRemoved and is used to iterate over the raw logs and unpacked data for MemberRemoved events raised by the CityCouncil contract.
type CityCouncilMemberRemovedIterator struct {
	Event *CityCouncilMemberRemoved // Event containing the contract specifics and raw log

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
func (it *CityCouncilMemberRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilMemberRemoved)
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
		it.Event = new(CityCouncilMemberRemoved)
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
func (it *CityCouncilMemberRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilMemberRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilMemberRemoved represents a MemberRemoved event raised by the CityCouncil contract.
type CityCouncilMemberRemoved struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterMemberRemoved is a free log retrieval operation binding the contract event 0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492.
//
// Solidity: event MemberRemoved(address indexed account)
func (_CityCouncil *CityCouncilFilterer) FilterMemberRemoved(opts *bind.FilterOpts, account []common.Address) (*CityCouncilMemberRemovedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "MemberRemoved", accountRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilMemberRemovedIterator{contract: _CityCouncil.contract, event: "MemberRemoved", logs: logs, sub: sub}, nil
}

// WatchMemberRemoved is a free log subscription operation binding the contract event 0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492.
//
// Solidity: event MemberRemoved(address indexed account)
func (_CityCouncil *CityCouncilFilterer) WatchMemberRemoved(opts *bind.WatchOpts, sink chan<- *CityCouncilMemberRemoved, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "MemberRemoved", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilMemberRemoved)
				if err := _CityCouncil.contract.UnpackLog(event, "MemberRemoved", log); err != nil {
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

// ParseMemberRemoved is a log parse operation binding the contract event 0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492.
//
// Solidity: event MemberRemoved(address indexed account)
func (_CityCouncil *CityCouncilFilterer) ParseMemberRemoved(log types.Log) (*CityCouncilMemberRemoved, error) {
	event := new(CityCouncilMemberRemoved)
	if err := _CityCouncil.contract.UnpackLog(event, "MemberRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilMinDelayChangeIterator is returned from FilterMinDelayChange and is used to iterate over the raw logs and unpacked data for MinDelayChange events raised by the CityCouncil contract.
type CityCouncilMinDelayChangeIterator struct {
	Event *CityCouncilMinDelayChange // Event containing the contract specifics and raw log

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
func (it *CityCouncilMinDelayChangeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilMinDelayChange)
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
		it.Event = new(CityCouncilMinDelayChange)
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
func (it *CityCouncilMinDelayChangeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilMinDelayChangeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilMinDelayChange represents a MinDelayChange event raised by the CityCouncil contract.
type CityCouncilMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterMinDelayChange is a free log retrieval operation binding the contract event 0x11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (_CityCouncil *CityCouncilFilterer) FilterMinDelayChange(opts *bind.FilterOpts) (*CityCouncilMinDelayChangeIterator, error) {

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "MinDelayChange")
	if err != nil {
		return nil, err
	}
	return &CityCouncilMinDelayChangeIterator{contract: _CityCouncil.contract, event: "MinDelayChange", logs: logs, sub: sub}, nil
}

// WatchMinDelayChange is a free log subscription operation binding the contract event 0x11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (_CityCouncil *CityCouncilFilterer) WatchMinDelayChange(opts *bind.WatchOpts, sink chan<- *CityCouncilMinDelayChange) (event.Subscription, error) {

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "MinDelayChange")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilMinDelayChange)
				if err := _CityCouncil.contract.UnpackLog(event, "MinDelayChange", log); err != nil {
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

// ParseMinDelayChange is a log parse operation binding the contract event 0x11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (_CityCouncil *CityCouncilFilterer) ParseMinDelayChange(log types.Log) (*CityCouncilMinDelayChange, error) {
	event := new(CityCouncilMinDelayChange)
	if err := _CityCouncil.contract.UnpackLog(event, "MinDelayChange", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilPauseTargetSetIterator is returned from FilterPauseTargetSet and is used to iterate over the raw logs and unpacked data for PauseTargetSet events raised by the CityCouncil contract.
type CityCouncilPauseTargetSetIterator struct {
	Event *CityCouncilPauseTargetSet // Event containing the contract specifics and raw log

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
func (it *CityCouncilPauseTargetSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilPauseTargetSet)
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
		it.Event = new(CityCouncilPauseTargetSet)
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
func (it *CityCouncilPauseTargetSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilPauseTargetSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilPauseTargetSet represents a PauseTargetSet event raised by the CityCouncil contract.
type CityCouncilPauseTargetSet struct {
	Target  common.Address
	Allowed bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPauseTargetSet is a free log retrieval operation binding the contract event 0xb2e5b7eb829ade69e851258d60f888c0c537f7ee686405d475f8320aa49c8ece.
//
// Solidity: event PauseTargetSet(address indexed target, bool allowed)
func (_CityCouncil *CityCouncilFilterer) FilterPauseTargetSet(opts *bind.FilterOpts, target []common.Address) (*CityCouncilPauseTargetSetIterator, error) {

	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "PauseTargetSet", targetRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilPauseTargetSetIterator{contract: _CityCouncil.contract, event: "PauseTargetSet", logs: logs, sub: sub}, nil
}

// WatchPauseTargetSet is a free log subscription operation binding the contract event 0xb2e5b7eb829ade69e851258d60f888c0c537f7ee686405d475f8320aa49c8ece.
//
// Solidity: event PauseTargetSet(address indexed target, bool allowed)
func (_CityCouncil *CityCouncilFilterer) WatchPauseTargetSet(opts *bind.WatchOpts, sink chan<- *CityCouncilPauseTargetSet, target []common.Address) (event.Subscription, error) {

	var targetRule []interface{}
	for _, targetItem := range target {
		targetRule = append(targetRule, targetItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "PauseTargetSet", targetRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilPauseTargetSet)
				if err := _CityCouncil.contract.UnpackLog(event, "PauseTargetSet", log); err != nil {
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

// ParsePauseTargetSet is a log parse operation binding the contract event 0xb2e5b7eb829ade69e851258d60f888c0c537f7ee686405d475f8320aa49c8ece.
//
// Solidity: event PauseTargetSet(address indexed target, bool allowed)
func (_CityCouncil *CityCouncilFilterer) ParsePauseTargetSet(log types.Log) (*CityCouncilPauseTargetSet, error) {
	event := new(CityCouncilPauseTargetSet)
	if err := _CityCouncil.contract.UnpackLog(event, "PauseTargetSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilProposalCancelledIterator is returned from FilterProposalCancelled and is used to iterate over the raw logs and unpacked data for ProposalCancelled events raised by the CityCouncil contract.
type CityCouncilProposalCancelledIterator struct {
	Event *CityCouncilProposalCancelled // Event containing the contract specifics and raw log

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
func (it *CityCouncilProposalCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilProposalCancelled)
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
		it.Event = new(CityCouncilProposalCancelled)
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
func (it *CityCouncilProposalCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilProposalCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilProposalCancelled represents a ProposalCancelled event raised by the CityCouncil contract.
type CityCouncilProposalCancelled struct {
	Id  [32]byte
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterProposalCancelled is a free log retrieval operation binding the contract event 0x56a54393c88fb71d37dc109609d88e0b586637deb2452aef5f41d3eb32adedfc.
//
// Solidity: event ProposalCancelled(bytes32 indexed id, address indexed by)
func (_CityCouncil *CityCouncilFilterer) FilterProposalCancelled(opts *bind.FilterOpts, id [][32]byte, by []common.Address) (*CityCouncilProposalCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "ProposalCancelled", idRule, byRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilProposalCancelledIterator{contract: _CityCouncil.contract, event: "ProposalCancelled", logs: logs, sub: sub}, nil
}

// WatchProposalCancelled is a free log subscription operation binding the contract event 0x56a54393c88fb71d37dc109609d88e0b586637deb2452aef5f41d3eb32adedfc.
//
// Solidity: event ProposalCancelled(bytes32 indexed id, address indexed by)
func (_CityCouncil *CityCouncilFilterer) WatchProposalCancelled(opts *bind.WatchOpts, sink chan<- *CityCouncilProposalCancelled, id [][32]byte, by []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "ProposalCancelled", idRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilProposalCancelled)
				if err := _CityCouncil.contract.UnpackLog(event, "ProposalCancelled", log); err != nil {
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

// ParseProposalCancelled is a log parse operation binding the contract event 0x56a54393c88fb71d37dc109609d88e0b586637deb2452aef5f41d3eb32adedfc.
//
// Solidity: event ProposalCancelled(bytes32 indexed id, address indexed by)
func (_CityCouncil *CityCouncilFilterer) ParseProposalCancelled(log types.Log) (*CityCouncilProposalCancelled, error) {
	event := new(CityCouncilProposalCancelled)
	if err := _CityCouncil.contract.UnpackLog(event, "ProposalCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilProposedIterator is returned from FilterProposed and is used to iterate over the raw logs and unpacked data for Proposed events raised by the CityCouncil contract.
type CityCouncilProposedIterator struct {
	Event *CityCouncilProposed // Event containing the contract specifics and raw log

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
func (it *CityCouncilProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilProposed)
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
		it.Event = new(CityCouncilProposed)
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
func (it *CityCouncilProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilProposed represents a Proposed event raised by the CityCouncil contract.
type CityCouncilProposed struct {
	Id       [32]byte
	Proposer common.Address
	Targets  []common.Address
	Values   []*big.Int
	Payloads [][]byte
	Salt     [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProposed is a free log retrieval operation binding the contract event 0x34409ec040cf4672a9c01eb0abfdeb9ac682609ee1bf42fb65f1e63ce24c114c.
//
// Solidity: event Proposed(bytes32 indexed id, address indexed proposer, address[] targets, uint256[] values, bytes[] payloads, bytes32 salt)
func (_CityCouncil *CityCouncilFilterer) FilterProposed(opts *bind.FilterOpts, id [][32]byte, proposer []common.Address) (*CityCouncilProposedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "Proposed", idRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilProposedIterator{contract: _CityCouncil.contract, event: "Proposed", logs: logs, sub: sub}, nil
}

// WatchProposed is a free log subscription operation binding the contract event 0x34409ec040cf4672a9c01eb0abfdeb9ac682609ee1bf42fb65f1e63ce24c114c.
//
// Solidity: event Proposed(bytes32 indexed id, address indexed proposer, address[] targets, uint256[] values, bytes[] payloads, bytes32 salt)
func (_CityCouncil *CityCouncilFilterer) WatchProposed(opts *bind.WatchOpts, sink chan<- *CityCouncilProposed, id [][32]byte, proposer []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "Proposed", idRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilProposed)
				if err := _CityCouncil.contract.UnpackLog(event, "Proposed", log); err != nil {
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

// ParseProposed is a log parse operation binding the contract event 0x34409ec040cf4672a9c01eb0abfdeb9ac682609ee1bf42fb65f1e63ce24c114c.
//
// Solidity: event Proposed(bytes32 indexed id, address indexed proposer, address[] targets, uint256[] values, bytes[] payloads, bytes32 salt)
func (_CityCouncil *CityCouncilFilterer) ParseProposed(log types.Log) (*CityCouncilProposed, error) {
	event := new(CityCouncilProposed)
	if err := _CityCouncil.contract.UnpackLog(event, "Proposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the CityCouncil contract.
type CityCouncilRoleAdminChangedIterator struct {
	Event *CityCouncilRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *CityCouncilRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilRoleAdminChanged)
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
		it.Event = new(CityCouncilRoleAdminChanged)
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
func (it *CityCouncilRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilRoleAdminChanged represents a RoleAdminChanged event raised by the CityCouncil contract.
type CityCouncilRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CityCouncil *CityCouncilFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*CityCouncilRoleAdminChangedIterator, error) {

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

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilRoleAdminChangedIterator{contract: _CityCouncil.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_CityCouncil *CityCouncilFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *CityCouncilRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilRoleAdminChanged)
				if err := _CityCouncil.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_CityCouncil *CityCouncilFilterer) ParseRoleAdminChanged(log types.Log) (*CityCouncilRoleAdminChanged, error) {
	event := new(CityCouncilRoleAdminChanged)
	if err := _CityCouncil.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the CityCouncil contract.
type CityCouncilRoleGrantedIterator struct {
	Event *CityCouncilRoleGranted // Event containing the contract specifics and raw log

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
func (it *CityCouncilRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilRoleGranted)
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
		it.Event = new(CityCouncilRoleGranted)
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
func (it *CityCouncilRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilRoleGranted represents a RoleGranted event raised by the CityCouncil contract.
type CityCouncilRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CityCouncil *CityCouncilFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*CityCouncilRoleGrantedIterator, error) {

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

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilRoleGrantedIterator{contract: _CityCouncil.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_CityCouncil *CityCouncilFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *CityCouncilRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilRoleGranted)
				if err := _CityCouncil.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_CityCouncil *CityCouncilFilterer) ParseRoleGranted(log types.Log) (*CityCouncilRoleGranted, error) {
	event := new(CityCouncilRoleGranted)
	if err := _CityCouncil.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the CityCouncil contract.
type CityCouncilRoleRevokedIterator struct {
	Event *CityCouncilRoleRevoked // Event containing the contract specifics and raw log

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
func (it *CityCouncilRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilRoleRevoked)
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
		it.Event = new(CityCouncilRoleRevoked)
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
func (it *CityCouncilRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilRoleRevoked represents a RoleRevoked event raised by the CityCouncil contract.
type CityCouncilRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CityCouncil *CityCouncilFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*CityCouncilRoleRevokedIterator, error) {

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

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &CityCouncilRoleRevokedIterator{contract: _CityCouncil.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_CityCouncil *CityCouncilFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *CityCouncilRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilRoleRevoked)
				if err := _CityCouncil.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_CityCouncil *CityCouncilFilterer) ParseRoleRevoked(log types.Log) (*CityCouncilRoleRevoked, error) {
	event := new(CityCouncilRoleRevoked)
	if err := _CityCouncil.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CityCouncilThresholdChangedIterator is returned from FilterThresholdChanged and is used to iterate over the raw logs and unpacked data for ThresholdChanged events raised by the CityCouncil contract.
type CityCouncilThresholdChangedIterator struct {
	Event *CityCouncilThresholdChanged // Event containing the contract specifics and raw log

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
func (it *CityCouncilThresholdChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CityCouncilThresholdChanged)
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
		it.Event = new(CityCouncilThresholdChanged)
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
func (it *CityCouncilThresholdChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CityCouncilThresholdChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CityCouncilThresholdChanged represents a ThresholdChanged event raised by the CityCouncil contract.
type CityCouncilThresholdChanged struct {
	Threshold *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterThresholdChanged is a free log retrieval operation binding the contract event 0x6c4ce60fd690e1216286a10b875c5662555f10774484e58142cedd7a90781baa.
//
// Solidity: event ThresholdChanged(uint256 threshold)
func (_CityCouncil *CityCouncilFilterer) FilterThresholdChanged(opts *bind.FilterOpts) (*CityCouncilThresholdChangedIterator, error) {

	logs, sub, err := _CityCouncil.contract.FilterLogs(opts, "ThresholdChanged")
	if err != nil {
		return nil, err
	}
	return &CityCouncilThresholdChangedIterator{contract: _CityCouncil.contract, event: "ThresholdChanged", logs: logs, sub: sub}, nil
}

// WatchThresholdChanged is a free log subscription operation binding the contract event 0x6c4ce60fd690e1216286a10b875c5662555f10774484e58142cedd7a90781baa.
//
// Solidity: event ThresholdChanged(uint256 threshold)
func (_CityCouncil *CityCouncilFilterer) WatchThresholdChanged(opts *bind.WatchOpts, sink chan<- *CityCouncilThresholdChanged) (event.Subscription, error) {

	logs, sub, err := _CityCouncil.contract.WatchLogs(opts, "ThresholdChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CityCouncilThresholdChanged)
				if err := _CityCouncil.contract.UnpackLog(event, "ThresholdChanged", log); err != nil {
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

// ParseThresholdChanged is a log parse operation binding the contract event 0x6c4ce60fd690e1216286a10b875c5662555f10774484e58142cedd7a90781baa.
//
// Solidity: event ThresholdChanged(uint256 threshold)
func (_CityCouncil *CityCouncilFilterer) ParseThresholdChanged(log types.Log) (*CityCouncilThresholdChanged, error) {
	event := new(CityCouncilThresholdChanged)
	if err := _CityCouncil.contract.UnpackLog(event, "ThresholdChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
