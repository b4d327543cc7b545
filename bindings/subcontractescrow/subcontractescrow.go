// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package subcontractescrow

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

// SubcontractEscrowAmendment is an auto generated low-level Go binding around an user-defined struct.
type SubcontractEscrowAmendment struct {
	Nonce            uint64
	Pending          bool
	ApprovalsNeeded  *big.Int
	PlanHash         [32]byte
	MilestoneAmounts []*big.Int
	Shares           []*big.Int
}

// SubcontractEscrowClientChange is an auto generated low-level Go binding around an user-defined struct.
type SubcontractEscrowClientChange struct {
	NewClient    common.Address
	ExecuteAfter uint64
}

// SubcontractEscrowMilestoneMoney is an auto generated low-level Go binding around an user-defined struct.
type SubcontractEscrowMilestoneMoney struct {
	Funded  *big.Int
	PaidOut *big.Int
}

// SubcontractEscrowProject is an auto generated low-level Go binding around an user-defined struct.
type SubcontractEscrowProject struct {
	Client   common.Address
	Prime    common.Address
	Status   uint8
	Funded   *big.Int
	Released *big.Int
	Returned *big.Int
}

// SubcontractEscrowMetaData contains all meta data concerning the SubcontractEscrow contract.
var SubcontractEscrowMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"EscrowAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowAlreadyHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowAmendmentPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"executeAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"EscrowClientChangeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"EscrowClientRoleRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowDuplicatePayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowMilestoneLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paidOut\",\"type\":\"uint256\"}],\"name\":\"EscrowMilestoneOverpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newClient\",\"type\":\"address\"}],\"name\":\"EscrowNewClientWithoutRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"EscrowNoAmendment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"EscrowNoClientChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowNoMilestones\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowNoPayees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowNoSuchMilestone\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"EscrowNotAmendmentApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"EscrowNotClient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"EscrowNotClientOrAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"EscrowNotPayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"EscrowNotPrime\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowNothingToHold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowPayeeWithoutAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"}],\"name\":\"EscrowPrimeNotPayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"releasedPlusReturned\",\"type\":\"uint256\"}],\"name\":\"EscrowProjectInsolvent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"EscrowSharesLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sumOfShares\",\"type\":\"uint256\"}],\"name\":\"EscrowSplitMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"pendingNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"givenNonce\",\"type\":\"uint64\"}],\"name\":\"EscrowStaleAmendment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"EscrowUnknownProject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"enumSubcontractEscrow.MilestoneState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"EscrowWrongMilestoneState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumSubcontractEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"EscrowWrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"AmendmentApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"AmendmentApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvalsNeeded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"planHash\",\"type\":\"bytes32\"}],\"name\":\"AmendmentProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AmendmentRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ClientChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"executeAfter\",\"type\":\"uint256\"}],\"name\":\"ClientChangeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ClientChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"toPayee\",\"type\":\"bool\"}],\"name\":\"HoldResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"MilestoneApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MilestoneFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"name\":\"MilestonePlanned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"}],\"name\":\"PlanAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"name\":\"ProjectCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"}],\"name\":\"ProjectRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonRef\",\"type\":\"bytes32\"}],\"name\":\"ShareHeld\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLIENT_CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLIENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KRW\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"amendmentOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"approvalsNeeded\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"planHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"milestoneAmounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"internalType\":\"structSubcontractEscrow.Amendment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"approveAmendment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelClientChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientChangeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"newClient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"internalType\":\"structSubcontractEscrow.ClientChange\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"executeClientChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"reasonRef\",\"type\":\"bytes32\"}],\"name\":\"hold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"milestonesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"enumSubcontractEscrow.MilestoneState[]\",\"name\":\"states\",\"type\":\"uint8[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"moneyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paidOut\",\"type\":\"uint256\"}],\"internalType\":\"structSubcontractEscrow.MilestoneMoney\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"paid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"payeesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"projectCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"projectOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"},{\"internalType\":\"enumSubcontractEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"internalType\":\"structSubcontractEscrow.Project\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"milestoneAmounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"name\":\"proposeAmendment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"milestoneAmounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"rejectAmendment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newClient\",\"type\":\"address\"}],\"name\":\"requestClientChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"toPayee\",\"type\":\"bool\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561001057600080fd5b50604051613c48380380613c4883398101604081905261002f9161013e565b6001600160a01b03821660805261004760008261007a565b506100727fa5ff3ec7a96cdbba4d2d5172d66bbc73c6db3885f29b21be5da9fa7a7c0252328261007a565b505050610178565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1661011c576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100d43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610120565b5060005b92915050565b6001600160a01b038116811461013b57600080fd5b50565b6000806040838503121561015157600080fd5b825161015c81610126565b602084015190925061016d81610126565b809150509250929050565b608051613a996101af6000396000818161036801528181610d72015281816112dc01528181611a760152612d030152613a996000f3fe608060405234801561001057600080fd5b50600436106101fb5760003560e01c806358e507ef1161011a57806390e20146116100ad578063a65e2cfd1161007c578063a65e2cfd1461058e578063d198b811146105a1578063d547741f146105b4578063e2ee4268146105c7578063eae6f652146105da57600080fd5b806390e20146146104af57806391d148541461053d578063a031fb7f14610550578063a217fddf1461058657600080fd5b80637dac1a5b116100e95780637dac1a5b1461045f57806382cab8e21461046957806386d20cec1461047c578063878ecfec1461048f57600080fd5b806358e507ef146103a25780635d35a3d91461040c5780636119b3111461041f57806365e9ac331461043f57600080fd5b80633339d57a1161019257806340e58ee51161016157806340e58ee51461032a5780634208bc7f1461033d57806346bc29481461035057806356ef45141461036357600080fd5b80633339d57a146102e857806336568abe146102fb57806336fbad261461030e5780633d1504921461031757600080fd5b806319b05f49116101ce57806319b05f491461027e578063225afa7214610291578063248a9ca3146102a45780632f2ff15d146102d557600080fd5b806301ffc9a71461020057806302c581c11461022857806305083cab14610249578063129fcf1914610269575b600080fd5b61021361020e36600461333f565b610601565b60405190151581526020015b60405180910390f35b61023b610236366004613369565b610638565b60405161021f9291906133e8565b61025c610257366004613369565b61072d565b60405161021f919061344a565b61027c6102773660046134bf565b610876565b005b61027c61028c366004613369565b61089f565b61027c61029f366004613369565b610997565b6102c76102b2366004613369565b60009081526020819052604090206001015490565b60405190815260200161021f565b61027c6102e3366004613512565b610a91565b61027c6102f6366004613369565b610ab6565b61027c610309366004613512565b610bc6565b6102c760015481565b61027c6103253660046134bf565b610bfe565b61027c610338366004613369565b610c9b565b61027c61034b366004613582565b610ddb565b61027c61035e3660046135ff565b6111c0565b61038a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161021f565b6103f16103b036600461364c565b60408051808201825260008082526020918201819052938452600c815281842092845291825291829020825180840190935280548352600101549082015290565b6040805182518152602092830151928101929092520161021f565b61027c61041a36600461364c565b611368565b61043261042d366004613369565b611531565b60405161021f919061366e565b61045261044d366004613369565b61159d565b60405161021f91906136ca565b6102c76203f48081565b61027c610477366004613512565b611669565b61027c61048a366004613722565b611769565b6104a261049d366004613369565b6118db565b60405161021f919061375f565b6105106104bd366004613369565b6040805180820190915260008082526020820152506000908152600d60209081526040918290208251808401909352546001600160a01b0381168352600160a01b90046001600160401b03169082015290565b6040805182516001600160a01b031681526020928301516001600160401b0316928101929092520161021f565b61021361054b366004613512565b61193c565b6102c761055e366004613512565b60009182526009602090815260408084206001600160a01b0393909316845291905290205490565b6102c7600081565b61027c61059c36600461364c565b611965565b6102c76105af366004613772565b611ade565b61027c6105c2366004613512565b611b33565b6102c76105d53660046137a7565b611b58565b6102c77fa5ff3ec7a96cdbba4d2d5172d66bbc73c6db3885f29b21be5da9fa7a7c02523281565b60006001600160e01b03198216637965db0b60e01b148061063257506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000818152600560209081526040808320600683529281902083548251818502810185019093528083526060948594909391849183018282801561069b57602002820191906000526020600020905b815481526020019060010190808311610687575b505050505091508080548060200260200160405190810160405280929190818152602001828054801561071d57602002820191906000526020600020906000905b82829054906101000a900460ff1660028111156106fb576106fb6133be565b8152602060019283018181049485019490930390920291018084116106dc5790505b5050505050905091509150915091565b6107746040518060c0016040528060006001600160401b03168152602001600015158152602001600081526020016000801916815260200160608152602001606081525090565b6000828152600a6020908152604091829020825160c08101845281546001600160401b0381168252600160401b900460ff1615158184015260018201548185015260028201546060820152600382018054855181860281018601909652808652919492936080860193929083018282801561080e57602002820191906000526020600020905b8154815260200190600101908083116107fa575b505050505081526020016004820180548060200260200160405190810160405280929190818152602001828054801561086657602002820191906000526020600020905b815481526020019060010190808311610852575b5050505050815250509050919050565b6000806108838484611f19565b915091506108998483836108943390565b611fb5565b50505050565b60006108aa82612361565b60018101549091506001600160a01b0316336001600160a01b0316146108f1576040516319059c6f60e31b8152600481018390523360248201526044015b60405180910390fd5b600180820154600160a01b900460ff166003811115610912576109126133be565b1461094557818160010160149054906101000a900460ff16604051639a20e02560e01b81526004016108e892919061385b565b600181018054600160a11b60ff60a01b198216179091556040516001600160a01b039091169083907f326ca85c40cb712f38dc48ec078c282d5833de9d64bc8e57f0074336aa10d93b90600090a35050565b60006109a282612361565b905060006109af836123b6565b82549091506000906001600160a01b0316336001600160a01b03161480156109e6575082546109e6906001600160a01b0316612422565b9050801580156109fe57506109fc60003361193c565b155b15610a255760405163cb6d603360e01b8152600481018590523360248201526044016108e8565b6000848152600d6020526040902080546001600160e01b031916905581516001600160a01b0316847fbdecc5e82a88a7efb8f7315dac7fb698768509fb201406a6d8a777ef281362f7336040516001600160a01b0390911681526020015b60405180910390a350505050565b600082815260208190526040902060010154610aac8161244e565b610899838361245b565b6000610ac1826124ed565b90506000610ace836123b6565b905080602001516001600160401b0316421015610b1c576020810151604051636e56e13960e01b8152600481018590526001600160401b0390911660248201524260448201526064016108e8565b8051610b2790612422565b610b59578051604051631add808f60e21b8152600481018590526001600160a01b0390911660248201526044016108e8565b6000838152600d602052604080822080546001600160e01b0319169055835483516001600160a01b039081166001600160a01b03198316811787559251911692839187917f066d3ea4eb4a4afedfa3b655be08109b36f9237c6de805c13fbdc0cd64be4ef491a450505050565b6001600160a01b0381163314610bef5760405163334bd91960e11b815260040160405180910390fd5b610bf98282612504565b505050565b600080610c0b8484611f19565b91509150610c21848383610c1c3390565b61256f565b610c535783335b60405163032c210360e31b815260048101929092526001600160a01b031660248201526044016108e8565b805460ff60401b191681556040516001600160401b0384168152339085907f8d6f0f60a29b357a96d6ac28f66f6f8eb1eb263a26e2ee05361903facdba2d7e90602001610a83565b6000610ca6826126cb565b9050610cb2828261275b565b60018101805460ff60a01b1916600360a01b179055600082815260056020526040812054815b81811015610d5b576000858152600c60209081526040808320848452909152812060018101548154919291610d0d9190613885565b905080600003610d1e575050610d53565b80866004016000828254610d329190613898565b90915550610d4290508186613898565b9450610d50878785846127b4565b50505b600101610cd8565b508115610d9b578254610d9b906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911684612895565b837f8c47220fd672419577c95c6addc9584af09f9e988ff5d84e437305210b61a4b183604051610dcd91815260200190565b60405180910390a250505050565b6000610de686612361565b905060026001820154600160a01b900460ff166003811115610e0a57610e0a6133be565b14158015610e375750600180820154600160a01b900460ff166003811115610e3457610e346133be565b14155b15610e6a57858160010160149054906101000a900460ff16604051639a20e02560e01b81526004016108e892919061385b565b80546001600160a01b0316336001600160a01b031614158015610ea3575060018101546001600160a01b0316336001600160a01b031614155b15610eaf578533610c28565b60008681526003602090815260409182902080548351818402810184019094528084529092610f239290918491830182828015610f1557602002820191906000526020600020905b81546001600160a01b03168152600190910190602001808311610ef7575b5050505050878787876128f4565b610f918787878080602002602001604051908101604052809392919081815260200183836020028082843760009201919091525050604080516020808b0282810182019093528a82529093508a925089918291850190849080828437600092019190915250612b1092505050565b80546000888152600a60205260408120805490918291610fb9906001600160401b03166138ab565b82546001600160401b039182166101009390930a9283029190920219909116179055805460ff60401b1916600160401b178155610ffa60038201898961324c565b5061100960048201878761324c565b50878787876040516020016110219493929190613908565b60408051601f19818403018152919052805160209091012060028083019190915560005b8381101561114b5760008582815481106110615761106161393a565b60009182526020909120015460018801546001600160a01b03918216925016810361108c5750611143565b60008c81526007602090815260409182902080548351818402810184019094528084526110ef93928301828280156110e357602002820191906000526020600020905b8154815260200190600101908083116110cf575b50505050508387612bbb565b61112f8a8a808060200260200160405190810160405280939291908181526020018383602002808284376000920191909152508792508a9150612bbb9050565b10156111415761113e83613950565b92505b505b600101611045565b506001820181905581546002830154604080516001600160401b03909316835260208301849052828101919091525133918c917f8a8080c471783b1e4bc6f5c59f66121f31a0dda5d986ca528b5e5f89118f4f239181900360600190a36111b48a868433611fb5565b50505050505050505050565b60006111cb856126cb565b90506111d7858261275b565b6111e385856002612c08565b60006111ef8685612c5e565b6000878152600360205260409020546112089087613969565b6112129190613898565b6000878152600860209081526040808320848452909152812054919250819003611268576040516327327e6f60e11b815260048101889052602481018790526001600160a01b03861660448201526064016108e8565b600087815260086020908152604080832085845290915281205583156112b3578083600301600082825461129c9190613898565b909155506112ae905087878784612cbe565b611305565b808360040160008282546112c79190613898565b90915550508254611305906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612895565b611311878488846127b4565b60408051878152602081018390528515158183015290516001600160a01b0387169189917f61368d3c6f36ddb484fe90d57f67e26eec6440912b6149cd57c634fa614f13689181900360600190a350505050505050565b600061137383612d6d565b905061138183836001612c08565b6000838152600660205260409020805460029190849081106113a5576113a561393a565b90600052602060002090602091828204019190066101000a81548160ff021916908360028111156113d8576113d86133be565b0217905550600083815260036020526040812080549091906113fa9085613969565b90506000805b83548110156114c85760008781526007602052604081206114218386613898565b815481106114315761143161393a565b90600052602060002001549050806000148061147557506000888152600860205260408120906114618487613898565b815260200190815260200160002054600014155b1561148057506114c0565b61148a8184613898565b92506114be88888785815481106114a3576114a361393a565b6000918252602090912001546001600160a01b031684612cbe565b505b600101611400565b50808460030160008282546114dd9190613898565b909155506114ef9050868587846127b4565b857f939da3b627c123c81fe5aacebf925163337a0d4f8a03724640618078cad248948660405161152191815260200190565b60405180910390a2505050505050565b60008181526003602090815260409182902080548351818402810184019094528084526060939283018282801561159157602002820191906000526020600020905b81546001600160a01b03168152600190910190602001808311611573575b50505050509050919050565b6115d66040805160c081018252600080825260208201819052909182019081526020016000815260200160008152602001600081525090565b600082815260026020908152604091829020825160c08101845281546001600160a01b03908116825260018301549081169382019390935292909190830190600160a01b900460ff166003811115611630576116306133be565b6003811115611641576116416133be565b8152600282015460208201526003820154604082015260049091015460609091015292915050565b60006116748161244e565b600061167f846124ed565b905061168a83612422565b6116b957604051631add808f60e21b8152600481018590526001600160a01b03841660248201526044016108e8565b60006116c86203f48042613898565b6040805180820182526001600160a01b038781168083526001600160401b03858116602080860182815260008e8152600d8352889020965187549151909416600160a01b026001600160e01b03199091169386169390931792909217909455875494519384529495509392169188917fafbe932527dbad9745055b691814b493186c78be1d3f2d410186bcc890471f99910160405180910390a45050505050565b61177284612d6d565b5061177f84846001612c08565b600061178b8584612c5e565b6000868152600360205260409020546117a49086613969565b6117ae9190613898565b600086815260076020526040812080549293509091839081106117d3576117d361393a565b906000526020600020015490508060000361181a57604051634021c46760e11b815260048101879052602481018690526001600160a01b03851660448201526064016108e8565b60008681526008602090815260408083208584529091529020541561186b576040516306f25fad60e01b815260048101879052602481018690526001600160a01b03851660448201526064016108e8565b600086815260086020908152604080832085845282529182902083905581518781529081018390529081018490526001600160a01b0385169087907fd0fea9d32eef70a79e63e889cffa74ad90a8d4d28aa41a460a7cca342feaff1d9060600160405180910390a3505050505050565b60008181526007602090815260409182902080548351818402810184019094528084526060939283018282801561159157602002820191906000526020600020905b81548152602001906001019080831161191d5750505050509050919050565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b600061197083612d6d565b905061197e83836000612c08565b6119888383612dcf565b156119b057604051631e83826d60e21b815260048101849052602481018390526044016108e8565b60008381526005602052604081208054849081106119d0576119d061393a565b906000526020600020015490506001600660008681526020019081526020016000208481548110611a0357611a0361393a565b90600052602060002090602091828204019190066101000a81548160ff02191690836002811115611a3657611a366133be565b02179055506000848152600c602090815260408083208684529091528120829055600283018054839290611a6b908490613898565b90915550611aa690507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316333084612ea0565b604080518481526020810183905285917f4e84fd279e9b8a989cf81bca6d0a9c62a19954af44c7ee39600aebb2ba4734e59101610dcd565b600083815260086020526040812081611af78685612c5e565b600087815260036020526040902054611b109087613969565b611b1a9190613898565b81526020019081526020016000205490505b9392505050565b600082815260208190526040902060010154611b4e8161244e565b6108998383612504565b60007fa5ff3ec7a96cdbba4d2d5172d66bbc73c6db3885f29b21be5da9fa7a7c025232611b848161244e565b6001600160a01b038916611bab5760405163674fe7f560e01b815260040160405180910390fd5b6000879003611bcd5760405163db03b27b60e01b815260040160405180910390fd5b600160008154611bdc90613950565b918290555091506000805b88811015611cd85760008a8a83818110611c0357611c0361393a565b9050602002016020810190611c189190613980565b90506001600160a01b038116611c415760405163674fe7f560e01b815260040160405180910390fd5b60008581526004602090815260408083206001600160a01b038516845290915290205415611c8d57604051633287ee8160e11b81526001600160a01b03821660048201526024016108e8565b611c98826001613898565b60008681526004602090815260408083206001600160a01b0380871680865291909352922092909255908d169003611ccf57600192505b50600101611be7565b5080611d025760405163824c4aff60e01b81526001600160a01b038b1660048201526024016108e8565b611d448989808060200260200160405190810160405280939291908181526020018383602002808284376000920191909152508b92508a9150899050886128f4565b6000838152600360205260409020611d5d908a8a613297565b506000838152600560205260409020611d7790888861324c565b506000838152600760205260409020611d9190868661324c565b5060005b86811015611dde5760008481526006602090815260408220805460018082018355918452928290209183049091018054601f9093166101000a60ff021990921690915501611d95565b506040518060c00160405280611df13390565b6001600160a01b0390811682528c1660208201526040016001815260006020808301829052604080840183905260609093018290528682526002815290829020835181546001600160a01b039182166001600160a01b0319918216178355928501516001830180549190921693811684178255938501519193919290916001600160a81b03191617600160a01b836003811115611e9057611e906133be565b0217905550606082015160028201556080820151600382015560a0909101516004909101556001600160a01b038a16336001600160a01b0316847f7d9d27e85cdae4c55b3931ea857ddc6744f7e7d7c9acd6c6f18474f3605733f68c8c604051611efb92919061399b565b60405180910390a4611f0c83612ed9565b5050979650505050505050565b600080611f25846124ed565b6000858152600a6020526040902080549193509150600160401b900460ff16611f645760405163d50f84a360e01b8152600481018590526024016108e8565b80546001600160401b03848116911614611fae57805460405163c16eb39f60e01b8152600481018690526001600160401b03918216602482015290841660448201526064016108e8565b9250929050565b611fc18484848461256f565b611ff05760405163032c210360e31b8152600481018590526001600160a01b03821660248201526044016108e8565b6000848152600b6020908152604080832085546001600160401b0316845282528083206001600160a01b038516845290915290205460ff16156120585760405163e4a7d7db60e01b8152600481018590526001600160a01b03821660248201526044016108e8565b6000848152600b6020908152604080832085546001600160401b0390811685529083528184206001600160a01b03861680865290845293829020805460ff19166001179055855491519116815286917f5355fb5651be1ff7dc14ea44e48e35e724d5f383d1bf25963ac543868b7ded5c910160405180910390a3600082600101600081546120e5906139e6565b9182905550116108995761219e848360030180548060200260200160405190810160405280929190818152602001828054801561214157602002820191906000526020600020905b81548152602001906001019080831161212d575b50505050508460040180548060200260200160405190810160405280929190818152602001828054801561219457602002820191906000526020600020905b815481526020019060010190808311612180575b5050505050612b10565b815460ff60401b19168255600084815260056020818152604080842080546003808552929095205493909252850180546121d99291906132ea565b5060008681526007602052604090206004850180546121f99291906132ea565b50815b60038501548110156122495760008781526006602090815260408220805460018082018355918452928290209183049091018054601f9093166101000a60ff0219909216909155016121fc565b5060038401545b8281101561230e576000878152600660205260409020805480612275576122756139fd565b60008281526020808220600019909301818104909301805460ff601f86166101000a021916905591909255888252600c8152604080832084845290915281208181556001018190555b8281101561230557600088815260086020526040812090826122e08686613969565b6122ea9190613898565b815260208101919091526040016000908120556001016122be565b50600101612250565b5083546040516001600160401b03909116815286907fb91a92104aa33b5f4821a8a1fab956bac280cb3aa1f86a9909533f614363e08c9060200160405180910390a261235986612ed9565b505050505050565b6000818152600260205260408120906001820154600160a01b900460ff166003811115612390576123906133be565b036123b1576040516312cef6d960e01b8152600481018390526024016108e8565b919050565b60408051808201825260008082526020918201819052838152600d82528281208351808501909452546001600160a01b0381168452600160a01b90046001600160401b0316918301829052036123b157604051639c27cd6760e01b8152600481018390526024016108e8565b60006106327fa5ff3ec7a96cdbba4d2d5172d66bbc73c6db3885f29b21be5da9fa7a7c0252328361193c565b6124588133613014565b50565b6000612467838361193c565b6124e5576000838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561249d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610632565b506000610632565b60006124f882612361565b90506123b1828261275b565b6000612510838361193c565b156124e5576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610632565b82546000906001600160a01b038381169116148061259c575060018401546001600160a01b038381169116145b156125a9575060016126c3565b60008581526004602090815260408083206001600160a01b0386168452909152812054908190036125de5760009150506126c3565b600086815260036020908152604080832054600783529281902080548251818502810185019093528083526126549383018282801561263c57602002820191906000526020600020905b815481526020019060010190808311612628575b505050505060018461264e9190613885565b83612bbb565b6126bd866004018054806020026020016040519081016040528092919081815260200182805480156126a557602002820191906000526020600020905b815481526020019060010190808311612691575b50505050506001856126b79190613885565b84612bbb565b10925050505b949350505050565b60006126d682612361565b80549091506001600160a01b0316336001600160a01b03161461271557604051638bc6a48160e01b8152600481018390523360248201526044016108e8565b8054612729906001600160a01b0316612422565b6123b157805460405163a1a7970f60e01b8152600481018490526001600160a01b0390911660248201526044016108e8565b60036001820154600160a01b900460ff16600381111561277d5761277d6133be565b036127b057818160010160149054906101000a900460ff16604051639a20e02560e01b81526004016108e892919061385b565b5050565b6000848152600c602090815260408083208584529091528120600181018054919284926127e2908490613898565b909155505080546001820154111561282b5780546001820154604051632e2ca69960e21b81526004810188905260248101869052604481019290925260648201526084016108e8565b8360020154846004015485600301546128449190613898565b111561288e57848460020154856004015486600301546128649190613898565b60405163ef267bd760e01b81526004810193909352602483019190915260448201526064016108e8565b5050505050565b6040516001600160a01b03838116602483015260448201839052610bf991859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061304d565b845160008490036129175760405162cf423760e71b815260040160405180910390fd5b6129218185613969565b8214612955576129318185613969565b604051637419ecfb60e11b81526004810191909152602481018390526044016108e8565b60005b84811015612a58578585828181106129725761297261393a565b9050602002013560000361299c576040516302ffe82960e41b8152600481018290526024016108e8565b6000805b838110156129ea578585826129b58787613969565b6129bf9190613898565b8181106129ce576129ce61393a565b90506020020135826129e09190613898565b91506001016129a0565b508686838181106129fd576129fd61393a565b905060200201358114612a4f5781878784818110612a1d57612a1d61393a565b60405163850432fd60e01b815260048101949094526020029190910135602483015250604481018290526064016108e8565b50600101612958565b5060005b81811015612b07576000805b86811015612ab257858584612a7d8785613969565b612a879190613898565b818110612a9657612a9661393a565b9050602002013582612aa89190613898565b9150600101612a68565b5080600003612afe57878281518110612acd57612acd61393a565b602002602001015160405163f0854d4760e01b81526004016108e891906001600160a01b0391909116815260200190565b50600101612a5c565b50505050505050565b600083815260056020526040812054905b8181101561288e576000858152600660205260408120805483908110612b4957612b4961393a565b90600052602060002090602091828204019190069054906101000a900460ff166002811115612b7a57612b7a6133be565b14612bb357612b8b858286866130be565b15612bb3576040516369faf0cb60e01b815260048101869052602481018290526044016108e8565b600101612b21565b6000825b8451811015612c0057848181518110612bda57612bda61393a565b602002602001015182612bed9190613898565b9150612bf98382613898565b9050612bbf565b509392505050565b6000612c1484846131cc565b9050816002811115612c2857612c286133be565b816002811115612c3a57612c3a6133be565b1461089957838382604051631c806ec160e21b81526004016108e893929190613a13565b60008281526004602090815260408083206001600160a01b0385168452909152812054808203612cb357604051632d200cd160e01b8152600481018590526001600160a01b03841660248201526044016108e8565b6126c3600182613885565b60008481526009602090815260408083206001600160a01b038616845290915281208054839290612cf0908490613898565b90915550612d2a90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383612895565b60408051848152602081018390526001600160a01b0384169186917f9ba01c1cf20940d4ad9b32173c4bd46bf426aae91b6cb420123d2aa5e2b76c6f9101610a83565b6000612d78826126cb565b905060026001820154600160a01b900460ff166003811115612d9c57612d9c6133be565b146123b157818160010160149054906101000a900460ff16604051639a20e02560e01b81526004016108e892919061385b565b6000828152600a602052604081208054600160401b900460ff1680156126c357506126c3848483600301805480602002602001604051908101604052809291908181526020018280548015612e4357602002820191906000526020600020905b815481526020019060010190808311612e2f575b505050505084600401805480602002602001604051908101604052809291908181526020018280548015612e9657602002820191906000526020600020905b815481526020019060010190808311612e82575b50505050506130be565b6040516001600160a01b0384811660248301528381166044830152606482018390526108999186918216906323b872dd906084016128c2565b6000818152600360209081526040808320546005909252822090915b8154811015610899576000836001600160401b03811115612f1857612f18613a2e565b604051908082528060200260200182016040528015612f41578160200160208202803683370190505b50905060005b84811015612fb257600086815260076020526040902081612f688786613969565b612f729190613898565b81548110612f8257612f8261393a565b9060005260206000200154828281518110612f9f57612f9f61393a565b6020908102919091010152600101612f47565b50847f0657c8d148b49571773f880238af4b77650c9881b5236456160a1b80adfb3ce383858581548110612fe857612fe861393a565b90600052602060002001548460405161300393929190613a44565b60405180910390a250600101612ef5565b61301e828261193c565b6127b05760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108e8565b600080602060008451602086016000885af180613070576040513d6000823e3d81fd5b50506000513d91508115613088578060011415613095565b6001600160a01b0384163b155b1561089957604051635274afe760e01b81526001600160a01b03851660048201526024016108e8565b6000825184101580613113575060008581526005602052604090208054859081106130eb576130eb61393a565b90600052602060002001548385815181106131085761310861393a565b602002602001015114155b15613120575060016126c3565b600085815260036020526040812054905b818110156131bf576000878152600760205260409020816131528489613969565b61315c9190613898565b8154811061316c5761316c61393a565b9060005260206000200154848284896131859190613969565b61318f9190613898565b8151811061319f5761319f61393a565b6020026020010151146131b7576001925050506126c3565b600101613131565b5060009695505050505050565b60008281526006602052604081205482106132045760405163e3f7847760e01b815260048101849052602481018390526044016108e8565b60008381526006602052604090208054839081106132245761322461393a565b90600052602060002090602091828204019190069054906101000a900460ff16905092915050565b828054828255906000526020600020908101928215613287579160200282015b8281111561328757823582559160200191906001019061326c565b5061329392915061332a565b5090565b828054828255906000526020600020908101928215613287579160200282015b828111156132875781546001600160a01b0319166001600160a01b038435161782556020909201916001909101906132b7565b8280548282559060005260206000209081019282156132875760005260206000209182015b8281111561328757825482559160010191906001019061330f565b5b80821115613293576000815560010161332b565b60006020828403121561335157600080fd5b81356001600160e01b031981168114611b2c57600080fd5b60006020828403121561337b57600080fd5b5035919050565b600081518084526020840193506020830160005b828110156133b4578151865260209586019590910190600101613396565b5093949350505050565b634e487b7160e01b600052602160045260246000fd5b600381106133e4576133e46133be565b9052565b6040815260006133fb6040830185613382565b828103602084015280845180835260208301915060208601925060005b8181101561343e5761342b8385516133d4565b6020938401939290920191600101613418565b50909695505050505050565b602081526001600160401b03825116602082015260208201511515604082015260408201516060820152606082015160808201526000608083015160c060a084015261349960e0840182613382565b905060a0840151601f198483030160c08501526134b68282613382565b95945050505050565b600080604083850312156134d257600080fd5b8235915060208301356001600160401b03811681146134f057600080fd5b809150509250929050565b80356001600160a01b03811681146123b157600080fd5b6000806040838503121561352557600080fd5b82359150613535602084016134fb565b90509250929050565b60008083601f84011261355057600080fd5b5081356001600160401b0381111561356757600080fd5b6020830191508360208260051b8501011115611fae57600080fd5b60008060008060006060868803121561359a57600080fd5b8535945060208601356001600160401b038111156135b757600080fd5b6135c38882890161353e565b90955093505060408601356001600160401b038111156135e257600080fd5b6135ee8882890161353e565b969995985093965092949392505050565b6000806000806080858703121561361557600080fd5b843593506020850135925061362c604086016134fb565b91506060850135801515811461364157600080fd5b939692955090935050565b6000806040838503121561365f57600080fd5b50508035926020909101359150565b602080825282518282018190526000918401906040840190835b818110156136af5783516001600160a01b0316835260209384019390920191600101613688565b509095945050505050565b600481106133e4576133e46133be565b81516001600160a01b0390811682526020808401519091169082015260408083015160c08301916136fd908401826136ba565b50606083015160608301526080830151608083015260a083015160a083015292915050565b6000806000806080858703121561373857600080fd5b843593506020850135925061374f604086016134fb565b9396929550929360600135925050565b602081526000611b2c6020830184613382565b60008060006060848603121561378757600080fd5b833592506020840135915061379e604085016134fb565b90509250925092565b60008060008060008060006080888a0312156137c257600080fd5b6137cb886134fb565b965060208801356001600160401b038111156137e657600080fd5b6137f28a828b0161353e565b90975095505060408801356001600160401b0381111561381157600080fd5b61381d8a828b0161353e565b90955093505060608801356001600160401b0381111561383c57600080fd5b6138488a828b0161353e565b989b979a50959850939692959293505050565b82815260408101611b2c60208301846136ba565b634e487b7160e01b600052601160045260246000fd5b818103818111156106325761063261386f565b808201808211156106325761063261386f565b60006001600160401b0382166001600160401b0381036138cd576138cd61386f565b60010192915050565b81835260006001600160fb1b038311156138ef57600080fd5b8260051b80836020870137939093016020019392505050565b60408152600061391c6040830186886138d6565b828103602084015261392f8185876138d6565b979650505050505050565b634e487b7160e01b600052603260045260246000fd5b6000600182016139625761396261386f565b5060010190565b80820281158282048414176106325761063261386f565b60006020828403121561399257600080fd5b611b2c826134fb565b6020808252810182905260008360408301825b858110156139dc576001600160a01b036139c7846134fb565b168252602092830192909101906001016139ae565b5095945050505050565b6000816139f5576139f561386f565b506000190190565b634e487b7160e01b600052603160045260246000fd5b83815260208101839052606081016126c360408301846133d4565b634e487b7160e01b600052604160045260246000fd5b8381528260208201526060604082015260006134b6606083018461338256fea2646970667358221220703129f2236140f2a716dbd81c97243a5d57abc649270cda50088026176b81e164736f6c634300081c0033",
}

// SubcontractEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SubcontractEscrowMetaData.ABI instead.
var SubcontractEscrowABI = SubcontractEscrowMetaData.ABI

// SubcontractEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SubcontractEscrowMetaData.Bin instead.
var SubcontractEscrowBin = SubcontractEscrowMetaData.Bin

// DeploySubcontractEscrow deploys a new Ethereum contract, binding an instance of SubcontractEscrow to it.
func DeploySubcontractEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address, admin common.Address) (common.Address, *types.Transaction, *SubcontractEscrow, error) {
	parsed, err := SubcontractEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SubcontractEscrowBin), backend, token, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SubcontractEscrow{SubcontractEscrowCaller: SubcontractEscrowCaller{contract: contract}, SubcontractEscrowTransactor: SubcontractEscrowTransactor{contract: contract}, SubcontractEscrowFilterer: SubcontractEscrowFilterer{contract: contract}}, nil
}

// SubcontractEscrow is an auto generated Go binding around an Ethereum contract.
type SubcontractEscrow struct {
	SubcontractEscrowCaller     // Read-only binding to the contract
	SubcontractEscrowTransactor // Write-only binding to the contract
	SubcontractEscrowFilterer   // Log filterer for contract events
}

// SubcontractEscrowCaller is an auto generated read-only Go binding around an Ethereum contract.
type SubcontractEscrowCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubcontractEscrowTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SubcontractEscrowTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubcontractEscrowFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SubcontractEscrowFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubcontractEscrowSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SubcontractEscrowSession struct {
	Contract     *SubcontractEscrow // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// SubcontractEscrowCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SubcontractEscrowCallerSession struct {
	Contract *SubcontractEscrowCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// SubcontractEscrowTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SubcontractEscrowTransactorSession struct {
	Contract     *SubcontractEscrowTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// SubcontractEscrowRaw is an auto generated low-level Go binding around an Ethereum contract.
type SubcontractEscrowRaw struct {
	Contract *SubcontractEscrow // Generic contract binding to access the raw methods on
}

// SubcontractEscrowCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SubcontractEscrowCallerRaw struct {
	Contract *SubcontractEscrowCaller // Generic read-only contract binding to access the raw methods on
}

// SubcontractEscrowTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SubcontractEscrowTransactorRaw struct {
	Contract *SubcontractEscrowTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSubcontractEscrow creates a new instance of SubcontractEscrow, bound to a specific deployed contract.
func NewSubcontractEscrow(address common.Address, backend bind.ContractBackend) (*SubcontractEscrow, error) {
	contract, err := bindSubcontractEscrow(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrow{SubcontractEscrowCaller: SubcontractEscrowCaller{contract: contract}, SubcontractEscrowTransactor: SubcontractEscrowTransactor{contract: contract}, SubcontractEscrowFilterer: SubcontractEscrowFilterer{contract: contract}}, nil
}

// NewSubcontractEscrowCaller creates a new read-only instance of SubcontractEscrow, bound to a specific deployed contract.
func NewSubcontractEscrowCaller(address common.Address, caller bind.ContractCaller) (*SubcontractEscrowCaller, error) {
	contract, err := bindSubcontractEscrow(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowCaller{contract: contract}, nil
}

// NewSubcontractEscrowTransactor creates a new write-only instance of SubcontractEscrow, bound to a specific deployed contract.
func NewSubcontractEscrowTransactor(address common.Address, transactor bind.ContractTransactor) (*SubcontractEscrowTransactor, error) {
	contract, err := bindSubcontractEscrow(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowTransactor{contract: contract}, nil
}

// NewSubcontractEscrowFilterer creates a new log filterer instance of SubcontractEscrow, bound to a specific deployed contract.
func NewSubcontractEscrowFilterer(address common.Address, filterer bind.ContractFilterer) (*SubcontractEscrowFilterer, error) {
	contract, err := bindSubcontractEscrow(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowFilterer{contract: contract}, nil
}

// bindSubcontractEscrow binds a generic wrapper to an already deployed contract.
func bindSubcontractEscrow(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SubcontractEscrowMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SubcontractEscrow *SubcontractEscrowRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SubcontractEscrow.Contract.SubcontractEscrowCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SubcontractEscrow *SubcontractEscrowRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.SubcontractEscrowTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SubcontractEscrow *SubcontractEscrowRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.SubcontractEscrowTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SubcontractEscrow *SubcontractEscrowCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SubcontractEscrow.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SubcontractEscrow *SubcontractEscrowTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SubcontractEscrow *SubcontractEscrowTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.contract.Transact(opts, method, params...)
}

// CLIENTCHANGEDELAY is a free data retrieval call binding the contract method 0x7dac1a5b.
//
// Solidity: function CLIENT_CHANGE_DELAY() view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCaller) CLIENTCHANGEDELAY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "CLIENT_CHANGE_DELAY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CLIENTCHANGEDELAY is a free data retrieval call binding the contract method 0x7dac1a5b.
//
// Solidity: function CLIENT_CHANGE_DELAY() view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowSession) CLIENTCHANGEDELAY() (*big.Int, error) {
	return _SubcontractEscrow.Contract.CLIENTCHANGEDELAY(&_SubcontractEscrow.CallOpts)
}

// CLIENTCHANGEDELAY is a free data retrieval call binding the contract method 0x7dac1a5b.
//
// Solidity: function CLIENT_CHANGE_DELAY() view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) CLIENTCHANGEDELAY() (*big.Int, error) {
	return _SubcontractEscrow.Contract.CLIENTCHANGEDELAY(&_SubcontractEscrow.CallOpts)
}

// CLIENTROLE is a free data retrieval call binding the contract method 0xeae6f652.
//
// Solidity: function CLIENT_ROLE() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCaller) CLIENTROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "CLIENT_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CLIENTROLE is a free data retrieval call binding the contract method 0xeae6f652.
//
// Solidity: function CLIENT_ROLE() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowSession) CLIENTROLE() ([32]byte, error) {
	return _SubcontractEscrow.Contract.CLIENTROLE(&_SubcontractEscrow.CallOpts)
}

// CLIENTROLE is a free data retrieval call binding the contract method 0xeae6f652.
//
// Solidity: function CLIENT_ROLE() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) CLIENTROLE() ([32]byte, error) {
	return _SubcontractEscrow.Contract.CLIENTROLE(&_SubcontractEscrow.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SubcontractEscrow.Contract.DEFAULTADMINROLE(&_SubcontractEscrow.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SubcontractEscrow.Contract.DEFAULTADMINROLE(&_SubcontractEscrow.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SubcontractEscrow *SubcontractEscrowCaller) KRW(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "KRW")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SubcontractEscrow *SubcontractEscrowSession) KRW() (common.Address, error) {
	return _SubcontractEscrow.Contract.KRW(&_SubcontractEscrow.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) KRW() (common.Address, error) {
	return _SubcontractEscrow.Contract.KRW(&_SubcontractEscrow.CallOpts)
}

// AmendmentOf is a free data retrieval call binding the contract method 0x05083cab.
//
// Solidity: function amendmentOf(uint256 id) view returns((uint64,bool,uint256,bytes32,uint256[],uint256[]))
func (_SubcontractEscrow *SubcontractEscrowCaller) AmendmentOf(opts *bind.CallOpts, id *big.Int) (SubcontractEscrowAmendment, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "amendmentOf", id)

	if err != nil {
		return *new(SubcontractEscrowAmendment), err
	}

	out0 := *abi.ConvertType(out[0], new(SubcontractEscrowAmendment)).(*SubcontractEscrowAmendment)

	return out0, err

}

// AmendmentOf is a free data retrieval call binding the contract method 0x05083cab.
//
// Solidity: function amendmentOf(uint256 id) view returns((uint64,bool,uint256,bytes32,uint256[],uint256[]))
func (_SubcontractEscrow *SubcontractEscrowSession) AmendmentOf(id *big.Int) (SubcontractEscrowAmendment, error) {
	return _SubcontractEscrow.Contract.AmendmentOf(&_SubcontractEscrow.CallOpts, id)
}

// AmendmentOf is a free data retrieval call binding the contract method 0x05083cab.
//
// Solidity: function amendmentOf(uint256 id) view returns((uint64,bool,uint256,bytes32,uint256[],uint256[]))
func (_SubcontractEscrow *SubcontractEscrowCallerSession) AmendmentOf(id *big.Int) (SubcontractEscrowAmendment, error) {
	return _SubcontractEscrow.Contract.AmendmentOf(&_SubcontractEscrow.CallOpts, id)
}

// ClientChangeOf is a free data retrieval call binding the contract method 0x90e20146.
//
// Solidity: function clientChangeOf(uint256 id) view returns((address,uint64))
func (_SubcontractEscrow *SubcontractEscrowCaller) ClientChangeOf(opts *bind.CallOpts, id *big.Int) (SubcontractEscrowClientChange, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "clientChangeOf", id)

	if err != nil {
		return *new(SubcontractEscrowClientChange), err
	}

	out0 := *abi.ConvertType(out[0], new(SubcontractEscrowClientChange)).(*SubcontractEscrowClientChange)

	return out0, err

}

// ClientChangeOf is a free data retrieval call binding the contract method 0x90e20146.
//
// Solidity: function clientChangeOf(uint256 id) view returns((address,uint64))
func (_SubcontractEscrow *SubcontractEscrowSession) ClientChangeOf(id *big.Int) (SubcontractEscrowClientChange, error) {
	return _SubcontractEscrow.Contract.ClientChangeOf(&_SubcontractEscrow.CallOpts, id)
}

// ClientChangeOf is a free data retrieval call binding the contract method 0x90e20146.
//
// Solidity: function clientChangeOf(uint256 id) view returns((address,uint64))
func (_SubcontractEscrow *SubcontractEscrowCallerSession) ClientChangeOf(id *big.Int) (SubcontractEscrowClientChange, error) {
	return _SubcontractEscrow.Contract.ClientChangeOf(&_SubcontractEscrow.CallOpts, id)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SubcontractEscrow.Contract.GetRoleAdmin(&_SubcontractEscrow.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SubcontractEscrow.Contract.GetRoleAdmin(&_SubcontractEscrow.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SubcontractEscrow.Contract.HasRole(&_SubcontractEscrow.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SubcontractEscrow.Contract.HasRole(&_SubcontractEscrow.CallOpts, role, account)
}

// Held is a free data retrieval call binding the contract method 0xd198b811.
//
// Solidity: function held(uint256 id, uint256 m, address payee) view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCaller) Held(opts *bind.CallOpts, id *big.Int, m *big.Int, payee common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "held", id, m, payee)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Held is a free data retrieval call binding the contract method 0xd198b811.
//
// Solidity: function held(uint256 id, uint256 m, address payee) view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowSession) Held(id *big.Int, m *big.Int, payee common.Address) (*big.Int, error) {
	return _SubcontractEscrow.Contract.Held(&_SubcontractEscrow.CallOpts, id, m, payee)
}

// Held is a free data retrieval call binding the contract method 0xd198b811.
//
// Solidity: function held(uint256 id, uint256 m, address payee) view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) Held(id *big.Int, m *big.Int, payee common.Address) (*big.Int, error) {
	return _SubcontractEscrow.Contract.Held(&_SubcontractEscrow.CallOpts, id, m, payee)
}

// MilestonesOf is a free data retrieval call binding the contract method 0x02c581c1.
//
// Solidity: function milestonesOf(uint256 id) view returns(uint256[] amounts, uint8[] states)
func (_SubcontractEscrow *SubcontractEscrowCaller) MilestonesOf(opts *bind.CallOpts, id *big.Int) (struct {
	Amounts []*big.Int
	States  []uint8
}, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "milestonesOf", id)

	outstruct := new(struct {
		Amounts []*big.Int
		States  []uint8
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Amounts = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.States = *abi.ConvertType(out[1], new([]uint8)).(*[]uint8)

	return *outstruct, err

}

// MilestonesOf is a free data retrieval call binding the contract method 0x02c581c1.
//
// Solidity: function milestonesOf(uint256 id) view returns(uint256[] amounts, uint8[] states)
func (_SubcontractEscrow *SubcontractEscrowSession) MilestonesOf(id *big.Int) (struct {
	Amounts []*big.Int
	States  []uint8
}, error) {
	return _SubcontractEscrow.Contract.MilestonesOf(&_SubcontractEscrow.CallOpts, id)
}

// MilestonesOf is a free data retrieval call binding the contract method 0x02c581c1.
//
// Solidity: function milestonesOf(uint256 id) view returns(uint256[] amounts, uint8[] states)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) MilestonesOf(id *big.Int) (struct {
	Amounts []*big.Int
	States  []uint8
}, error) {
	return _SubcontractEscrow.Contract.MilestonesOf(&_SubcontractEscrow.CallOpts, id)
}

// MoneyOf is a free data retrieval call binding the contract method 0x58e507ef.
//
// Solidity: function moneyOf(uint256 id, uint256 m) view returns((uint256,uint256))
func (_SubcontractEscrow *SubcontractEscrowCaller) MoneyOf(opts *bind.CallOpts, id *big.Int, m *big.Int) (SubcontractEscrowMilestoneMoney, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "moneyOf", id, m)

	if err != nil {
		return *new(SubcontractEscrowMilestoneMoney), err
	}

	out0 := *abi.ConvertType(out[0], new(SubcontractEscrowMilestoneMoney)).(*SubcontractEscrowMilestoneMoney)

	return out0, err

}

// MoneyOf is a free data retrieval call binding the contract method 0x58e507ef.
//
// Solidity: function moneyOf(uint256 id, uint256 m) view returns((uint256,uint256))
func (_SubcontractEscrow *SubcontractEscrowSession) MoneyOf(id *big.Int, m *big.Int) (SubcontractEscrowMilestoneMoney, error) {
	return _SubcontractEscrow.Contract.MoneyOf(&_SubcontractEscrow.CallOpts, id, m)
}

// MoneyOf is a free data retrieval call binding the contract method 0x58e507ef.
//
// Solidity: function moneyOf(uint256 id, uint256 m) view returns((uint256,uint256))
func (_SubcontractEscrow *SubcontractEscrowCallerSession) MoneyOf(id *big.Int, m *big.Int) (SubcontractEscrowMilestoneMoney, error) {
	return _SubcontractEscrow.Contract.MoneyOf(&_SubcontractEscrow.CallOpts, id, m)
}

// Paid is a free data retrieval call binding the contract method 0xa031fb7f.
//
// Solidity: function paid(uint256 id, address payee) view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCaller) Paid(opts *bind.CallOpts, id *big.Int, payee common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "paid", id, payee)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Paid is a free data retrieval call binding the contract method 0xa031fb7f.
//
// Solidity: function paid(uint256 id, address payee) view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowSession) Paid(id *big.Int, payee common.Address) (*big.Int, error) {
	return _SubcontractEscrow.Contract.Paid(&_SubcontractEscrow.CallOpts, id, payee)
}

// Paid is a free data retrieval call binding the contract method 0xa031fb7f.
//
// Solidity: function paid(uint256 id, address payee) view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) Paid(id *big.Int, payee common.Address) (*big.Int, error) {
	return _SubcontractEscrow.Contract.Paid(&_SubcontractEscrow.CallOpts, id, payee)
}

// PayeesOf is a free data retrieval call binding the contract method 0x6119b311.
//
// Solidity: function payeesOf(uint256 id) view returns(address[])
func (_SubcontractEscrow *SubcontractEscrowCaller) PayeesOf(opts *bind.CallOpts, id *big.Int) ([]common.Address, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "payeesOf", id)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// PayeesOf is a free data retrieval call binding the contract method 0x6119b311.
//
// Solidity: function payeesOf(uint256 id) view returns(address[])
func (_SubcontractEscrow *SubcontractEscrowSession) PayeesOf(id *big.Int) ([]common.Address, error) {
	return _SubcontractEscrow.Contract.PayeesOf(&_SubcontractEscrow.CallOpts, id)
}

// PayeesOf is a free data retrieval call binding the contract method 0x6119b311.
//
// Solidity: function payeesOf(uint256 id) view returns(address[])
func (_SubcontractEscrow *SubcontractEscrowCallerSession) PayeesOf(id *big.Int) ([]common.Address, error) {
	return _SubcontractEscrow.Contract.PayeesOf(&_SubcontractEscrow.CallOpts, id)
}

// ProjectCount is a free data retrieval call binding the contract method 0x36fbad26.
//
// Solidity: function projectCount() view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCaller) ProjectCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "projectCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProjectCount is a free data retrieval call binding the contract method 0x36fbad26.
//
// Solidity: function projectCount() view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowSession) ProjectCount() (*big.Int, error) {
	return _SubcontractEscrow.Contract.ProjectCount(&_SubcontractEscrow.CallOpts)
}

// ProjectCount is a free data retrieval call binding the contract method 0x36fbad26.
//
// Solidity: function projectCount() view returns(uint256)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) ProjectCount() (*big.Int, error) {
	return _SubcontractEscrow.Contract.ProjectCount(&_SubcontractEscrow.CallOpts)
}

// ProjectOf is a free data retrieval call binding the contract method 0x65e9ac33.
//
// Solidity: function projectOf(uint256 id) view returns((address,address,uint8,uint256,uint256,uint256))
func (_SubcontractEscrow *SubcontractEscrowCaller) ProjectOf(opts *bind.CallOpts, id *big.Int) (SubcontractEscrowProject, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "projectOf", id)

	if err != nil {
		return *new(SubcontractEscrowProject), err
	}

	out0 := *abi.ConvertType(out[0], new(SubcontractEscrowProject)).(*SubcontractEscrowProject)

	return out0, err

}

// ProjectOf is a free data retrieval call binding the contract method 0x65e9ac33.
//
// Solidity: function projectOf(uint256 id) view returns((address,address,uint8,uint256,uint256,uint256))
func (_SubcontractEscrow *SubcontractEscrowSession) ProjectOf(id *big.Int) (SubcontractEscrowProject, error) {
	return _SubcontractEscrow.Contract.ProjectOf(&_SubcontractEscrow.CallOpts, id)
}

// ProjectOf is a free data retrieval call binding the contract method 0x65e9ac33.
//
// Solidity: function projectOf(uint256 id) view returns((address,address,uint8,uint256,uint256,uint256))
func (_SubcontractEscrow *SubcontractEscrowCallerSession) ProjectOf(id *big.Int) (SubcontractEscrowProject, error) {
	return _SubcontractEscrow.Contract.ProjectOf(&_SubcontractEscrow.CallOpts, id)
}

// SharesOf is a free data retrieval call binding the contract method 0x878ecfec.
//
// Solidity: function sharesOf(uint256 id) view returns(uint256[])
func (_SubcontractEscrow *SubcontractEscrowCaller) SharesOf(opts *bind.CallOpts, id *big.Int) ([]*big.Int, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "sharesOf", id)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// SharesOf is a free data retrieval call binding the contract method 0x878ecfec.
//
// Solidity: function sharesOf(uint256 id) view returns(uint256[])
func (_SubcontractEscrow *SubcontractEscrowSession) SharesOf(id *big.Int) ([]*big.Int, error) {
	return _SubcontractEscrow.Contract.SharesOf(&_SubcontractEscrow.CallOpts, id)
}

// SharesOf is a free data retrieval call binding the contract method 0x878ecfec.
//
// Solidity: function sharesOf(uint256 id) view returns(uint256[])
func (_SubcontractEscrow *SubcontractEscrowCallerSession) SharesOf(id *big.Int) ([]*big.Int, error) {
	return _SubcontractEscrow.Contract.SharesOf(&_SubcontractEscrow.CallOpts, id)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SubcontractEscrow.Contract.SupportsInterface(&_SubcontractEscrow.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SubcontractEscrow.Contract.SupportsInterface(&_SubcontractEscrow.CallOpts, interfaceId)
}

// Accept is a paid mutator transaction binding the contract method 0x19b05f49.
//
// Solidity: function accept(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Accept(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "accept", id)
}

// Accept is a paid mutator transaction binding the contract method 0x19b05f49.
//
// Solidity: function accept(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Accept(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Accept(&_SubcontractEscrow.TransactOpts, id)
}

// Accept is a paid mutator transaction binding the contract method 0x19b05f49.
//
// Solidity: function accept(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Accept(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Accept(&_SubcontractEscrow.TransactOpts, id)
}

// Approve is a paid mutator transaction binding the contract method 0x5d35a3d9.
//
// Solidity: function approve(uint256 id, uint256 m) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Approve(opts *bind.TransactOpts, id *big.Int, m *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "approve", id, m)
}

// Approve is a paid mutator transaction binding the contract method 0x5d35a3d9.
//
// Solidity: function approve(uint256 id, uint256 m) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Approve(id *big.Int, m *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Approve(&_SubcontractEscrow.TransactOpts, id, m)
}

// Approve is a paid mutator transaction binding the contract method 0x5d35a3d9.
//
// Solidity: function approve(uint256 id, uint256 m) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Approve(id *big.Int, m *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Approve(&_SubcontractEscrow.TransactOpts, id, m)
}

// ApproveAmendment is a paid mutator transaction binding the contract method 0x129fcf19.
//
// Solidity: function approveAmendment(uint256 id, uint64 nonce) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) ApproveAmendment(opts *bind.TransactOpts, id *big.Int, nonce uint64) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "approveAmendment", id, nonce)
}

// ApproveAmendment is a paid mutator transaction binding the contract method 0x129fcf19.
//
// Solidity: function approveAmendment(uint256 id, uint64 nonce) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) ApproveAmendment(id *big.Int, nonce uint64) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.ApproveAmendment(&_SubcontractEscrow.TransactOpts, id, nonce)
}

// ApproveAmendment is a paid mutator transaction binding the contract method 0x129fcf19.
//
// Solidity: function approveAmendment(uint256 id, uint64 nonce) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) ApproveAmendment(id *big.Int, nonce uint64) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.ApproveAmendment(&_SubcontractEscrow.TransactOpts, id, nonce)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Cancel(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "cancel", id)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Cancel(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Cancel(&_SubcontractEscrow.TransactOpts, id)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Cancel(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Cancel(&_SubcontractEscrow.TransactOpts, id)
}

// CancelClientChange is a paid mutator transaction binding the contract method 0x225afa72.
//
// Solidity: function cancelClientChange(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) CancelClientChange(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "cancelClientChange", id)
}

// CancelClientChange is a paid mutator transaction binding the contract method 0x225afa72.
//
// Solidity: function cancelClientChange(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) CancelClientChange(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.CancelClientChange(&_SubcontractEscrow.TransactOpts, id)
}

// CancelClientChange is a paid mutator transaction binding the contract method 0x225afa72.
//
// Solidity: function cancelClientChange(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) CancelClientChange(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.CancelClientChange(&_SubcontractEscrow.TransactOpts, id)
}

// ExecuteClientChange is a paid mutator transaction binding the contract method 0x3339d57a.
//
// Solidity: function executeClientChange(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) ExecuteClientChange(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "executeClientChange", id)
}

// ExecuteClientChange is a paid mutator transaction binding the contract method 0x3339d57a.
//
// Solidity: function executeClientChange(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) ExecuteClientChange(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.ExecuteClientChange(&_SubcontractEscrow.TransactOpts, id)
}

// ExecuteClientChange is a paid mutator transaction binding the contract method 0x3339d57a.
//
// Solidity: function executeClientChange(uint256 id) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) ExecuteClientChange(id *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.ExecuteClientChange(&_SubcontractEscrow.TransactOpts, id)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 id, uint256 m) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Fund(opts *bind.TransactOpts, id *big.Int, m *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "fund", id, m)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 id, uint256 m) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Fund(id *big.Int, m *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Fund(&_SubcontractEscrow.TransactOpts, id, m)
}

// Fund is a paid mutator transaction binding the contract method 0xa65e2cfd.
//
// Solidity: function fund(uint256 id, uint256 m) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Fund(id *big.Int, m *big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Fund(&_SubcontractEscrow.TransactOpts, id, m)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.GrantRole(&_SubcontractEscrow.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.GrantRole(&_SubcontractEscrow.TransactOpts, role, account)
}

// Hold is a paid mutator transaction binding the contract method 0x86d20cec.
//
// Solidity: function hold(uint256 id, uint256 m, address payee, bytes32 reasonRef) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Hold(opts *bind.TransactOpts, id *big.Int, m *big.Int, payee common.Address, reasonRef [32]byte) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "hold", id, m, payee, reasonRef)
}

// Hold is a paid mutator transaction binding the contract method 0x86d20cec.
//
// Solidity: function hold(uint256 id, uint256 m, address payee, bytes32 reasonRef) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Hold(id *big.Int, m *big.Int, payee common.Address, reasonRef [32]byte) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Hold(&_SubcontractEscrow.TransactOpts, id, m, payee, reasonRef)
}

// Hold is a paid mutator transaction binding the contract method 0x86d20cec.
//
// Solidity: function hold(uint256 id, uint256 m, address payee, bytes32 reasonRef) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Hold(id *big.Int, m *big.Int, payee common.Address, reasonRef [32]byte) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Hold(&_SubcontractEscrow.TransactOpts, id, m, payee, reasonRef)
}

// ProposeAmendment is a paid mutator transaction binding the contract method 0x4208bc7f.
//
// Solidity: function proposeAmendment(uint256 id, uint256[] milestoneAmounts, uint256[] shares) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) ProposeAmendment(opts *bind.TransactOpts, id *big.Int, milestoneAmounts []*big.Int, shares []*big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "proposeAmendment", id, milestoneAmounts, shares)
}

// ProposeAmendment is a paid mutator transaction binding the contract method 0x4208bc7f.
//
// Solidity: function proposeAmendment(uint256 id, uint256[] milestoneAmounts, uint256[] shares) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) ProposeAmendment(id *big.Int, milestoneAmounts []*big.Int, shares []*big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.ProposeAmendment(&_SubcontractEscrow.TransactOpts, id, milestoneAmounts, shares)
}

// ProposeAmendment is a paid mutator transaction binding the contract method 0x4208bc7f.
//
// Solidity: function proposeAmendment(uint256 id, uint256[] milestoneAmounts, uint256[] shares) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) ProposeAmendment(id *big.Int, milestoneAmounts []*big.Int, shares []*big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.ProposeAmendment(&_SubcontractEscrow.TransactOpts, id, milestoneAmounts, shares)
}

// Register is a paid mutator transaction binding the contract method 0xe2ee4268.
//
// Solidity: function register(address prime, address[] payees, uint256[] milestoneAmounts, uint256[] shares) returns(uint256 id)
func (_SubcontractEscrow *SubcontractEscrowTransactor) Register(opts *bind.TransactOpts, prime common.Address, payees []common.Address, milestoneAmounts []*big.Int, shares []*big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "register", prime, payees, milestoneAmounts, shares)
}

// Register is a paid mutator transaction binding the contract method 0xe2ee4268.
//
// Solidity: function register(address prime, address[] payees, uint256[] milestoneAmounts, uint256[] shares) returns(uint256 id)
func (_SubcontractEscrow *SubcontractEscrowSession) Register(prime common.Address, payees []common.Address, milestoneAmounts []*big.Int, shares []*big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Register(&_SubcontractEscrow.TransactOpts, prime, payees, milestoneAmounts, shares)
}

// Register is a paid mutator transaction binding the contract method 0xe2ee4268.
//
// Solidity: function register(address prime, address[] payees, uint256[] milestoneAmounts, uint256[] shares) returns(uint256 id)
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Register(prime common.Address, payees []common.Address, milestoneAmounts []*big.Int, shares []*big.Int) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Register(&_SubcontractEscrow.TransactOpts, prime, payees, milestoneAmounts, shares)
}

// RejectAmendment is a paid mutator transaction binding the contract method 0x3d150492.
//
// Solidity: function rejectAmendment(uint256 id, uint64 nonce) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) RejectAmendment(opts *bind.TransactOpts, id *big.Int, nonce uint64) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "rejectAmendment", id, nonce)
}

// RejectAmendment is a paid mutator transaction binding the contract method 0x3d150492.
//
// Solidity: function rejectAmendment(uint256 id, uint64 nonce) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) RejectAmendment(id *big.Int, nonce uint64) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RejectAmendment(&_SubcontractEscrow.TransactOpts, id, nonce)
}

// RejectAmendment is a paid mutator transaction binding the contract method 0x3d150492.
//
// Solidity: function rejectAmendment(uint256 id, uint64 nonce) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) RejectAmendment(id *big.Int, nonce uint64) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RejectAmendment(&_SubcontractEscrow.TransactOpts, id, nonce)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RenounceRole(&_SubcontractEscrow.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RenounceRole(&_SubcontractEscrow.TransactOpts, role, callerConfirmation)
}

// RequestClientChange is a paid mutator transaction binding the contract method 0x82cab8e2.
//
// Solidity: function requestClientChange(uint256 id, address newClient) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) RequestClientChange(opts *bind.TransactOpts, id *big.Int, newClient common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "requestClientChange", id, newClient)
}

// RequestClientChange is a paid mutator transaction binding the contract method 0x82cab8e2.
//
// Solidity: function requestClientChange(uint256 id, address newClient) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) RequestClientChange(id *big.Int, newClient common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RequestClientChange(&_SubcontractEscrow.TransactOpts, id, newClient)
}

// RequestClientChange is a paid mutator transaction binding the contract method 0x82cab8e2.
//
// Solidity: function requestClientChange(uint256 id, address newClient) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) RequestClientChange(id *big.Int, newClient common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RequestClientChange(&_SubcontractEscrow.TransactOpts, id, newClient)
}

// Resolve is a paid mutator transaction binding the contract method 0x46bc2948.
//
// Solidity: function resolve(uint256 id, uint256 m, address payee, bool toPayee) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Resolve(opts *bind.TransactOpts, id *big.Int, m *big.Int, payee common.Address, toPayee bool) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "resolve", id, m, payee, toPayee)
}

// Resolve is a paid mutator transaction binding the contract method 0x46bc2948.
//
// Solidity: function resolve(uint256 id, uint256 m, address payee, bool toPayee) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Resolve(id *big.Int, m *big.Int, payee common.Address, toPayee bool) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Resolve(&_SubcontractEscrow.TransactOpts, id, m, payee, toPayee)
}

// Resolve is a paid mutator transaction binding the contract method 0x46bc2948.
//
// Solidity: function resolve(uint256 id, uint256 m, address payee, bool toPayee) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Resolve(id *big.Int, m *big.Int, payee common.Address, toPayee bool) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Resolve(&_SubcontractEscrow.TransactOpts, id, m, payee, toPayee)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RevokeRole(&_SubcontractEscrow.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.RevokeRole(&_SubcontractEscrow.TransactOpts, role, account)
}

// SubcontractEscrowAmendmentAppliedIterator is returned from FilterAmendmentApplied and is used to iterate over the raw logs and unpacked data for AmendmentApplied events raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentAppliedIterator struct {
	Event *SubcontractEscrowAmendmentApplied // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowAmendmentAppliedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowAmendmentApplied)
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
		it.Event = new(SubcontractEscrowAmendmentApplied)
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
func (it *SubcontractEscrowAmendmentAppliedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowAmendmentAppliedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowAmendmentApplied represents a AmendmentApplied event raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentApplied struct {
	Id    *big.Int
	Nonce uint64
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAmendmentApplied is a free log retrieval operation binding the contract event 0xb91a92104aa33b5f4821a8a1fab956bac280cb3aa1f86a9909533f614363e08c.
//
// Solidity: event AmendmentApplied(uint256 indexed id, uint64 nonce)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterAmendmentApplied(opts *bind.FilterOpts, id []*big.Int) (*SubcontractEscrowAmendmentAppliedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "AmendmentApplied", idRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowAmendmentAppliedIterator{contract: _SubcontractEscrow.contract, event: "AmendmentApplied", logs: logs, sub: sub}, nil
}

// WatchAmendmentApplied is a free log subscription operation binding the contract event 0xb91a92104aa33b5f4821a8a1fab956bac280cb3aa1f86a9909533f614363e08c.
//
// Solidity: event AmendmentApplied(uint256 indexed id, uint64 nonce)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchAmendmentApplied(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowAmendmentApplied, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "AmendmentApplied", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowAmendmentApplied)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentApplied", log); err != nil {
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

// ParseAmendmentApplied is a log parse operation binding the contract event 0xb91a92104aa33b5f4821a8a1fab956bac280cb3aa1f86a9909533f614363e08c.
//
// Solidity: event AmendmentApplied(uint256 indexed id, uint64 nonce)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseAmendmentApplied(log types.Log) (*SubcontractEscrowAmendmentApplied, error) {
	event := new(SubcontractEscrowAmendmentApplied)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentApplied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowAmendmentApprovedIterator is returned from FilterAmendmentApproved and is used to iterate over the raw logs and unpacked data for AmendmentApproved events raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentApprovedIterator struct {
	Event *SubcontractEscrowAmendmentApproved // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowAmendmentApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowAmendmentApproved)
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
		it.Event = new(SubcontractEscrowAmendmentApproved)
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
func (it *SubcontractEscrowAmendmentApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowAmendmentApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowAmendmentApproved represents a AmendmentApproved event raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentApproved struct {
	Id       *big.Int
	Nonce    uint64
	Approver common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterAmendmentApproved is a free log retrieval operation binding the contract event 0x5355fb5651be1ff7dc14ea44e48e35e724d5f383d1bf25963ac543868b7ded5c.
//
// Solidity: event AmendmentApproved(uint256 indexed id, uint64 nonce, address indexed approver)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterAmendmentApproved(opts *bind.FilterOpts, id []*big.Int, approver []common.Address) (*SubcontractEscrowAmendmentApprovedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var approverRule []interface{}
	for _, approverItem := range approver {
		approverRule = append(approverRule, approverItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "AmendmentApproved", idRule, approverRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowAmendmentApprovedIterator{contract: _SubcontractEscrow.contract, event: "AmendmentApproved", logs: logs, sub: sub}, nil
}

// WatchAmendmentApproved is a free log subscription operation binding the contract event 0x5355fb5651be1ff7dc14ea44e48e35e724d5f383d1bf25963ac543868b7ded5c.
//
// Solidity: event AmendmentApproved(uint256 indexed id, uint64 nonce, address indexed approver)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchAmendmentApproved(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowAmendmentApproved, id []*big.Int, approver []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var approverRule []interface{}
	for _, approverItem := range approver {
		approverRule = append(approverRule, approverItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "AmendmentApproved", idRule, approverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowAmendmentApproved)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentApproved", log); err != nil {
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

// ParseAmendmentApproved is a log parse operation binding the contract event 0x5355fb5651be1ff7dc14ea44e48e35e724d5f383d1bf25963ac543868b7ded5c.
//
// Solidity: event AmendmentApproved(uint256 indexed id, uint64 nonce, address indexed approver)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseAmendmentApproved(log types.Log) (*SubcontractEscrowAmendmentApproved, error) {
	event := new(SubcontractEscrowAmendmentApproved)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowAmendmentProposedIterator is returned from FilterAmendmentProposed and is used to iterate over the raw logs and unpacked data for AmendmentProposed events raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentProposedIterator struct {
	Event *SubcontractEscrowAmendmentProposed // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowAmendmentProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowAmendmentProposed)
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
		it.Event = new(SubcontractEscrowAmendmentProposed)
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
func (it *SubcontractEscrowAmendmentProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowAmendmentProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowAmendmentProposed represents a AmendmentProposed event raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentProposed struct {
	Id              *big.Int
	Nonce           uint64
	Proposer        common.Address
	ApprovalsNeeded *big.Int
	PlanHash        [32]byte
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterAmendmentProposed is a free log retrieval operation binding the contract event 0x8a8080c471783b1e4bc6f5c59f66121f31a0dda5d986ca528b5e5f89118f4f23.
//
// Solidity: event AmendmentProposed(uint256 indexed id, uint64 nonce, address indexed proposer, uint256 approvalsNeeded, bytes32 planHash)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterAmendmentProposed(opts *bind.FilterOpts, id []*big.Int, proposer []common.Address) (*SubcontractEscrowAmendmentProposedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "AmendmentProposed", idRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowAmendmentProposedIterator{contract: _SubcontractEscrow.contract, event: "AmendmentProposed", logs: logs, sub: sub}, nil
}

// WatchAmendmentProposed is a free log subscription operation binding the contract event 0x8a8080c471783b1e4bc6f5c59f66121f31a0dda5d986ca528b5e5f89118f4f23.
//
// Solidity: event AmendmentProposed(uint256 indexed id, uint64 nonce, address indexed proposer, uint256 approvalsNeeded, bytes32 planHash)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchAmendmentProposed(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowAmendmentProposed, id []*big.Int, proposer []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "AmendmentProposed", idRule, proposerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowAmendmentProposed)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentProposed", log); err != nil {
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

// ParseAmendmentProposed is a log parse operation binding the contract event 0x8a8080c471783b1e4bc6f5c59f66121f31a0dda5d986ca528b5e5f89118f4f23.
//
// Solidity: event AmendmentProposed(uint256 indexed id, uint64 nonce, address indexed proposer, uint256 approvalsNeeded, bytes32 planHash)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseAmendmentProposed(log types.Log) (*SubcontractEscrowAmendmentProposed, error) {
	event := new(SubcontractEscrowAmendmentProposed)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowAmendmentRejectedIterator is returned from FilterAmendmentRejected and is used to iterate over the raw logs and unpacked data for AmendmentRejected events raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentRejectedIterator struct {
	Event *SubcontractEscrowAmendmentRejected // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowAmendmentRejectedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowAmendmentRejected)
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
		it.Event = new(SubcontractEscrowAmendmentRejected)
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
func (it *SubcontractEscrowAmendmentRejectedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowAmendmentRejectedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowAmendmentRejected represents a AmendmentRejected event raised by the SubcontractEscrow contract.
type SubcontractEscrowAmendmentRejected struct {
	Id    *big.Int
	Nonce uint64
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAmendmentRejected is a free log retrieval operation binding the contract event 0x8d6f0f60a29b357a96d6ac28f66f6f8eb1eb263a26e2ee05361903facdba2d7e.
//
// Solidity: event AmendmentRejected(uint256 indexed id, uint64 nonce, address indexed by)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterAmendmentRejected(opts *bind.FilterOpts, id []*big.Int, by []common.Address) (*SubcontractEscrowAmendmentRejectedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "AmendmentRejected", idRule, byRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowAmendmentRejectedIterator{contract: _SubcontractEscrow.contract, event: "AmendmentRejected", logs: logs, sub: sub}, nil
}

// WatchAmendmentRejected is a free log subscription operation binding the contract event 0x8d6f0f60a29b357a96d6ac28f66f6f8eb1eb263a26e2ee05361903facdba2d7e.
//
// Solidity: event AmendmentRejected(uint256 indexed id, uint64 nonce, address indexed by)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchAmendmentRejected(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowAmendmentRejected, id []*big.Int, by []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "AmendmentRejected", idRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowAmendmentRejected)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentRejected", log); err != nil {
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

// ParseAmendmentRejected is a log parse operation binding the contract event 0x8d6f0f60a29b357a96d6ac28f66f6f8eb1eb263a26e2ee05361903facdba2d7e.
//
// Solidity: event AmendmentRejected(uint256 indexed id, uint64 nonce, address indexed by)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseAmendmentRejected(log types.Log) (*SubcontractEscrowAmendmentRejected, error) {
	event := new(SubcontractEscrowAmendmentRejected)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "AmendmentRejected", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowClientChangeCancelledIterator is returned from FilterClientChangeCancelled and is used to iterate over the raw logs and unpacked data for ClientChangeCancelled events raised by the SubcontractEscrow contract.
type SubcontractEscrowClientChangeCancelledIterator struct {
	Event *SubcontractEscrowClientChangeCancelled // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowClientChangeCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowClientChangeCancelled)
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
		it.Event = new(SubcontractEscrowClientChangeCancelled)
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
func (it *SubcontractEscrowClientChangeCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowClientChangeCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowClientChangeCancelled represents a ClientChangeCancelled event raised by the SubcontractEscrow contract.
type SubcontractEscrowClientChangeCancelled struct {
	Id  *big.Int
	To  common.Address
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterClientChangeCancelled is a free log retrieval operation binding the contract event 0xbdecc5e82a88a7efb8f7315dac7fb698768509fb201406a6d8a777ef281362f7.
//
// Solidity: event ClientChangeCancelled(uint256 indexed id, address indexed to, address by)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterClientChangeCancelled(opts *bind.FilterOpts, id []*big.Int, to []common.Address) (*SubcontractEscrowClientChangeCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "ClientChangeCancelled", idRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowClientChangeCancelledIterator{contract: _SubcontractEscrow.contract, event: "ClientChangeCancelled", logs: logs, sub: sub}, nil
}

// WatchClientChangeCancelled is a free log subscription operation binding the contract event 0xbdecc5e82a88a7efb8f7315dac7fb698768509fb201406a6d8a777ef281362f7.
//
// Solidity: event ClientChangeCancelled(uint256 indexed id, address indexed to, address by)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchClientChangeCancelled(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowClientChangeCancelled, id []*big.Int, to []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "ClientChangeCancelled", idRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowClientChangeCancelled)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "ClientChangeCancelled", log); err != nil {
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

// ParseClientChangeCancelled is a log parse operation binding the contract event 0xbdecc5e82a88a7efb8f7315dac7fb698768509fb201406a6d8a777ef281362f7.
//
// Solidity: event ClientChangeCancelled(uint256 indexed id, address indexed to, address by)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseClientChangeCancelled(log types.Log) (*SubcontractEscrowClientChangeCancelled, error) {
	event := new(SubcontractEscrowClientChangeCancelled)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "ClientChangeCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowClientChangeRequestedIterator is returned from FilterClientChangeRequested and is used to iterate over the raw logs and unpacked data for ClientChangeRequested events raised by the SubcontractEscrow contract.
type SubcontractEscrowClientChangeRequestedIterator struct {
	Event *SubcontractEscrowClientChangeRequested // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowClientChangeRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowClientChangeRequested)
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
		it.Event = new(SubcontractEscrowClientChangeRequested)
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
func (it *SubcontractEscrowClientChangeRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowClientChangeRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowClientChangeRequested represents a ClientChangeRequested event raised by the SubcontractEscrow contract.
type SubcontractEscrowClientChangeRequested struct {
	Id           *big.Int
	From         common.Address
	To           common.Address
	ExecuteAfter *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterClientChangeRequested is a free log retrieval operation binding the contract event 0xafbe932527dbad9745055b691814b493186c78be1d3f2d410186bcc890471f99.
//
// Solidity: event ClientChangeRequested(uint256 indexed id, address indexed from, address indexed to, uint256 executeAfter)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterClientChangeRequested(opts *bind.FilterOpts, id []*big.Int, from []common.Address, to []common.Address) (*SubcontractEscrowClientChangeRequestedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "ClientChangeRequested", idRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowClientChangeRequestedIterator{contract: _SubcontractEscrow.contract, event: "ClientChangeRequested", logs: logs, sub: sub}, nil
}

// WatchClientChangeRequested is a free log subscription operation binding the contract event 0xafbe932527dbad9745055b691814b493186c78be1d3f2d410186bcc890471f99.
//
// Solidity: event ClientChangeRequested(uint256 indexed id, address indexed from, address indexed to, uint256 executeAfter)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchClientChangeRequested(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowClientChangeRequested, id []*big.Int, from []common.Address, to []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "ClientChangeRequested", idRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowClientChangeRequested)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "ClientChangeRequested", log); err != nil {
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

// ParseClientChangeRequested is a log parse operation binding the contract event 0xafbe932527dbad9745055b691814b493186c78be1d3f2d410186bcc890471f99.
//
// Solidity: event ClientChangeRequested(uint256 indexed id, address indexed from, address indexed to, uint256 executeAfter)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseClientChangeRequested(log types.Log) (*SubcontractEscrowClientChangeRequested, error) {
	event := new(SubcontractEscrowClientChangeRequested)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "ClientChangeRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowClientChangedIterator is returned from FilterClientChanged and is used to iterate over the raw logs and unpacked data for ClientChanged events raised by the SubcontractEscrow contract.
type SubcontractEscrowClientChangedIterator struct {
	Event *SubcontractEscrowClientChanged // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowClientChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowClientChanged)
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
		it.Event = new(SubcontractEscrowClientChanged)
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
func (it *SubcontractEscrowClientChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowClientChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowClientChanged represents a ClientChanged event raised by the SubcontractEscrow contract.
type SubcontractEscrowClientChanged struct {
	Id   *big.Int
	From common.Address
	To   common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterClientChanged is a free log retrieval operation binding the contract event 0x066d3ea4eb4a4afedfa3b655be08109b36f9237c6de805c13fbdc0cd64be4ef4.
//
// Solidity: event ClientChanged(uint256 indexed id, address indexed from, address indexed to)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterClientChanged(opts *bind.FilterOpts, id []*big.Int, from []common.Address, to []common.Address) (*SubcontractEscrowClientChangedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "ClientChanged", idRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowClientChangedIterator{contract: _SubcontractEscrow.contract, event: "ClientChanged", logs: logs, sub: sub}, nil
}

// WatchClientChanged is a free log subscription operation binding the contract event 0x066d3ea4eb4a4afedfa3b655be08109b36f9237c6de805c13fbdc0cd64be4ef4.
//
// Solidity: event ClientChanged(uint256 indexed id, address indexed from, address indexed to)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchClientChanged(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowClientChanged, id []*big.Int, from []common.Address, to []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "ClientChanged", idRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowClientChanged)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "ClientChanged", log); err != nil {
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

// ParseClientChanged is a log parse operation binding the contract event 0x066d3ea4eb4a4afedfa3b655be08109b36f9237c6de805c13fbdc0cd64be4ef4.
//
// Solidity: event ClientChanged(uint256 indexed id, address indexed from, address indexed to)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseClientChanged(log types.Log) (*SubcontractEscrowClientChanged, error) {
	event := new(SubcontractEscrowClientChanged)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "ClientChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowHoldResolvedIterator is returned from FilterHoldResolved and is used to iterate over the raw logs and unpacked data for HoldResolved events raised by the SubcontractEscrow contract.
type SubcontractEscrowHoldResolvedIterator struct {
	Event *SubcontractEscrowHoldResolved // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowHoldResolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowHoldResolved)
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
		it.Event = new(SubcontractEscrowHoldResolved)
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
func (it *SubcontractEscrowHoldResolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowHoldResolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowHoldResolved represents a HoldResolved event raised by the SubcontractEscrow contract.
type SubcontractEscrowHoldResolved struct {
	Id        *big.Int
	Milestone *big.Int
	Payee     common.Address
	Amount    *big.Int
	ToPayee   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterHoldResolved is a free log retrieval operation binding the contract event 0x61368d3c6f36ddb484fe90d57f67e26eec6440912b6149cd57c634fa614f1368.
//
// Solidity: event HoldResolved(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bool toPayee)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterHoldResolved(opts *bind.FilterOpts, id []*big.Int, payee []common.Address) (*SubcontractEscrowHoldResolvedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "HoldResolved", idRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowHoldResolvedIterator{contract: _SubcontractEscrow.contract, event: "HoldResolved", logs: logs, sub: sub}, nil
}

// WatchHoldResolved is a free log subscription operation binding the contract event 0x61368d3c6f36ddb484fe90d57f67e26eec6440912b6149cd57c634fa614f1368.
//
// Solidity: event HoldResolved(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bool toPayee)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchHoldResolved(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowHoldResolved, id []*big.Int, payee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "HoldResolved", idRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowHoldResolved)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "HoldResolved", log); err != nil {
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

// ParseHoldResolved is a log parse operation binding the contract event 0x61368d3c6f36ddb484fe90d57f67e26eec6440912b6149cd57c634fa614f1368.
//
// Solidity: event HoldResolved(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bool toPayee)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseHoldResolved(log types.Log) (*SubcontractEscrowHoldResolved, error) {
	event := new(SubcontractEscrowHoldResolved)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "HoldResolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowMilestoneApprovedIterator is returned from FilterMilestoneApproved and is used to iterate over the raw logs and unpacked data for MilestoneApproved events raised by the SubcontractEscrow contract.
type SubcontractEscrowMilestoneApprovedIterator struct {
	Event *SubcontractEscrowMilestoneApproved // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowMilestoneApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowMilestoneApproved)
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
		it.Event = new(SubcontractEscrowMilestoneApproved)
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
func (it *SubcontractEscrowMilestoneApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowMilestoneApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowMilestoneApproved represents a MilestoneApproved event raised by the SubcontractEscrow contract.
type SubcontractEscrowMilestoneApproved struct {
	Id        *big.Int
	Milestone *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMilestoneApproved is a free log retrieval operation binding the contract event 0x939da3b627c123c81fe5aacebf925163337a0d4f8a03724640618078cad24894.
//
// Solidity: event MilestoneApproved(uint256 indexed id, uint256 milestone)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterMilestoneApproved(opts *bind.FilterOpts, id []*big.Int) (*SubcontractEscrowMilestoneApprovedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "MilestoneApproved", idRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowMilestoneApprovedIterator{contract: _SubcontractEscrow.contract, event: "MilestoneApproved", logs: logs, sub: sub}, nil
}

// WatchMilestoneApproved is a free log subscription operation binding the contract event 0x939da3b627c123c81fe5aacebf925163337a0d4f8a03724640618078cad24894.
//
// Solidity: event MilestoneApproved(uint256 indexed id, uint256 milestone)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchMilestoneApproved(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowMilestoneApproved, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "MilestoneApproved", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowMilestoneApproved)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "MilestoneApproved", log); err != nil {
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

// ParseMilestoneApproved is a log parse operation binding the contract event 0x939da3b627c123c81fe5aacebf925163337a0d4f8a03724640618078cad24894.
//
// Solidity: event MilestoneApproved(uint256 indexed id, uint256 milestone)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseMilestoneApproved(log types.Log) (*SubcontractEscrowMilestoneApproved, error) {
	event := new(SubcontractEscrowMilestoneApproved)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "MilestoneApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowMilestoneFundedIterator is returned from FilterMilestoneFunded and is used to iterate over the raw logs and unpacked data for MilestoneFunded events raised by the SubcontractEscrow contract.
type SubcontractEscrowMilestoneFundedIterator struct {
	Event *SubcontractEscrowMilestoneFunded // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowMilestoneFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowMilestoneFunded)
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
		it.Event = new(SubcontractEscrowMilestoneFunded)
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
func (it *SubcontractEscrowMilestoneFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowMilestoneFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowMilestoneFunded represents a MilestoneFunded event raised by the SubcontractEscrow contract.
type SubcontractEscrowMilestoneFunded struct {
	Id        *big.Int
	Milestone *big.Int
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMilestoneFunded is a free log retrieval operation binding the contract event 0x4e84fd279e9b8a989cf81bca6d0a9c62a19954af44c7ee39600aebb2ba4734e5.
//
// Solidity: event MilestoneFunded(uint256 indexed id, uint256 milestone, uint256 amount)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterMilestoneFunded(opts *bind.FilterOpts, id []*big.Int) (*SubcontractEscrowMilestoneFundedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "MilestoneFunded", idRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowMilestoneFundedIterator{contract: _SubcontractEscrow.contract, event: "MilestoneFunded", logs: logs, sub: sub}, nil
}

// WatchMilestoneFunded is a free log subscription operation binding the contract event 0x4e84fd279e9b8a989cf81bca6d0a9c62a19954af44c7ee39600aebb2ba4734e5.
//
// Solidity: event MilestoneFunded(uint256 indexed id, uint256 milestone, uint256 amount)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchMilestoneFunded(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowMilestoneFunded, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "MilestoneFunded", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowMilestoneFunded)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "MilestoneFunded", log); err != nil {
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

// ParseMilestoneFunded is a log parse operation binding the contract event 0x4e84fd279e9b8a989cf81bca6d0a9c62a19954af44c7ee39600aebb2ba4734e5.
//
// Solidity: event MilestoneFunded(uint256 indexed id, uint256 milestone, uint256 amount)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseMilestoneFunded(log types.Log) (*SubcontractEscrowMilestoneFunded, error) {
	event := new(SubcontractEscrowMilestoneFunded)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "MilestoneFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowMilestonePlannedIterator is returned from FilterMilestonePlanned and is used to iterate over the raw logs and unpacked data for MilestonePlanned events raised by the SubcontractEscrow contract.
type SubcontractEscrowMilestonePlannedIterator struct {
	Event *SubcontractEscrowMilestonePlanned // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowMilestonePlannedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowMilestonePlanned)
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
		it.Event = new(SubcontractEscrowMilestonePlanned)
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
func (it *SubcontractEscrowMilestonePlannedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowMilestonePlannedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowMilestonePlanned represents a MilestonePlanned event raised by the SubcontractEscrow contract.
type SubcontractEscrowMilestonePlanned struct {
	Id        *big.Int
	Milestone *big.Int
	Amount    *big.Int
	Shares    []*big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterMilestonePlanned is a free log retrieval operation binding the contract event 0x0657c8d148b49571773f880238af4b77650c9881b5236456160a1b80adfb3ce3.
//
// Solidity: event MilestonePlanned(uint256 indexed id, uint256 milestone, uint256 amount, uint256[] shares)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterMilestonePlanned(opts *bind.FilterOpts, id []*big.Int) (*SubcontractEscrowMilestonePlannedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "MilestonePlanned", idRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowMilestonePlannedIterator{contract: _SubcontractEscrow.contract, event: "MilestonePlanned", logs: logs, sub: sub}, nil
}

// WatchMilestonePlanned is a free log subscription operation binding the contract event 0x0657c8d148b49571773f880238af4b77650c9881b5236456160a1b80adfb3ce3.
//
// Solidity: event MilestonePlanned(uint256 indexed id, uint256 milestone, uint256 amount, uint256[] shares)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchMilestonePlanned(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowMilestonePlanned, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "MilestonePlanned", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowMilestonePlanned)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "MilestonePlanned", log); err != nil {
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

// ParseMilestonePlanned is a log parse operation binding the contract event 0x0657c8d148b49571773f880238af4b77650c9881b5236456160a1b80adfb3ce3.
//
// Solidity: event MilestonePlanned(uint256 indexed id, uint256 milestone, uint256 amount, uint256[] shares)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseMilestonePlanned(log types.Log) (*SubcontractEscrowMilestonePlanned, error) {
	event := new(SubcontractEscrowMilestonePlanned)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "MilestonePlanned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowPaymentReleasedIterator is returned from FilterPaymentReleased and is used to iterate over the raw logs and unpacked data for PaymentReleased events raised by the SubcontractEscrow contract.
type SubcontractEscrowPaymentReleasedIterator struct {
	Event *SubcontractEscrowPaymentReleased // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowPaymentReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowPaymentReleased)
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
		it.Event = new(SubcontractEscrowPaymentReleased)
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
func (it *SubcontractEscrowPaymentReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowPaymentReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowPaymentReleased represents a PaymentReleased event raised by the SubcontractEscrow contract.
type SubcontractEscrowPaymentReleased struct {
	Id        *big.Int
	Milestone *big.Int
	Payee     common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterPaymentReleased is a free log retrieval operation binding the contract event 0x9ba01c1cf20940d4ad9b32173c4bd46bf426aae91b6cb420123d2aa5e2b76c6f.
//
// Solidity: event PaymentReleased(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterPaymentReleased(opts *bind.FilterOpts, id []*big.Int, payee []common.Address) (*SubcontractEscrowPaymentReleasedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "PaymentReleased", idRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowPaymentReleasedIterator{contract: _SubcontractEscrow.contract, event: "PaymentReleased", logs: logs, sub: sub}, nil
}

// WatchPaymentReleased is a free log subscription operation binding the contract event 0x9ba01c1cf20940d4ad9b32173c4bd46bf426aae91b6cb420123d2aa5e2b76c6f.
//
// Solidity: event PaymentReleased(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchPaymentReleased(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowPaymentReleased, id []*big.Int, payee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "PaymentReleased", idRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowPaymentReleased)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "PaymentReleased", log); err != nil {
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

// ParsePaymentReleased is a log parse operation binding the contract event 0x9ba01c1cf20940d4ad9b32173c4bd46bf426aae91b6cb420123d2aa5e2b76c6f.
//
// Solidity: event PaymentReleased(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParsePaymentReleased(log types.Log) (*SubcontractEscrowPaymentReleased, error) {
	event := new(SubcontractEscrowPaymentReleased)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "PaymentReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowPlanAcceptedIterator is returned from FilterPlanAccepted and is used to iterate over the raw logs and unpacked data for PlanAccepted events raised by the SubcontractEscrow contract.
type SubcontractEscrowPlanAcceptedIterator struct {
	Event *SubcontractEscrowPlanAccepted // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowPlanAcceptedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowPlanAccepted)
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
		it.Event = new(SubcontractEscrowPlanAccepted)
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
func (it *SubcontractEscrowPlanAcceptedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowPlanAcceptedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowPlanAccepted represents a PlanAccepted event raised by the SubcontractEscrow contract.
type SubcontractEscrowPlanAccepted struct {
	Id    *big.Int
	Prime common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterPlanAccepted is a free log retrieval operation binding the contract event 0x326ca85c40cb712f38dc48ec078c282d5833de9d64bc8e57f0074336aa10d93b.
//
// Solidity: event PlanAccepted(uint256 indexed id, address indexed prime)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterPlanAccepted(opts *bind.FilterOpts, id []*big.Int, prime []common.Address) (*SubcontractEscrowPlanAcceptedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var primeRule []interface{}
	for _, primeItem := range prime {
		primeRule = append(primeRule, primeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "PlanAccepted", idRule, primeRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowPlanAcceptedIterator{contract: _SubcontractEscrow.contract, event: "PlanAccepted", logs: logs, sub: sub}, nil
}

// WatchPlanAccepted is a free log subscription operation binding the contract event 0x326ca85c40cb712f38dc48ec078c282d5833de9d64bc8e57f0074336aa10d93b.
//
// Solidity: event PlanAccepted(uint256 indexed id, address indexed prime)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchPlanAccepted(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowPlanAccepted, id []*big.Int, prime []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var primeRule []interface{}
	for _, primeItem := range prime {
		primeRule = append(primeRule, primeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "PlanAccepted", idRule, primeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowPlanAccepted)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "PlanAccepted", log); err != nil {
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

// ParsePlanAccepted is a log parse operation binding the contract event 0x326ca85c40cb712f38dc48ec078c282d5833de9d64bc8e57f0074336aa10d93b.
//
// Solidity: event PlanAccepted(uint256 indexed id, address indexed prime)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParsePlanAccepted(log types.Log) (*SubcontractEscrowPlanAccepted, error) {
	event := new(SubcontractEscrowPlanAccepted)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "PlanAccepted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowProjectCancelledIterator is returned from FilterProjectCancelled and is used to iterate over the raw logs and unpacked data for ProjectCancelled events raised by the SubcontractEscrow contract.
type SubcontractEscrowProjectCancelledIterator struct {
	Event *SubcontractEscrowProjectCancelled // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowProjectCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowProjectCancelled)
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
		it.Event = new(SubcontractEscrowProjectCancelled)
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
func (it *SubcontractEscrowProjectCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowProjectCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowProjectCancelled represents a ProjectCancelled event raised by the SubcontractEscrow contract.
type SubcontractEscrowProjectCancelled struct {
	Id       *big.Int
	Returned *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProjectCancelled is a free log retrieval operation binding the contract event 0x8c47220fd672419577c95c6addc9584af09f9e988ff5d84e437305210b61a4b1.
//
// Solidity: event ProjectCancelled(uint256 indexed id, uint256 returned)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterProjectCancelled(opts *bind.FilterOpts, id []*big.Int) (*SubcontractEscrowProjectCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "ProjectCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowProjectCancelledIterator{contract: _SubcontractEscrow.contract, event: "ProjectCancelled", logs: logs, sub: sub}, nil
}

// WatchProjectCancelled is a free log subscription operation binding the contract event 0x8c47220fd672419577c95c6addc9584af09f9e988ff5d84e437305210b61a4b1.
//
// Solidity: event ProjectCancelled(uint256 indexed id, uint256 returned)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchProjectCancelled(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowProjectCancelled, id []*big.Int) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "ProjectCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowProjectCancelled)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "ProjectCancelled", log); err != nil {
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

// ParseProjectCancelled is a log parse operation binding the contract event 0x8c47220fd672419577c95c6addc9584af09f9e988ff5d84e437305210b61a4b1.
//
// Solidity: event ProjectCancelled(uint256 indexed id, uint256 returned)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseProjectCancelled(log types.Log) (*SubcontractEscrowProjectCancelled, error) {
	event := new(SubcontractEscrowProjectCancelled)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "ProjectCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowProjectRegisteredIterator is returned from FilterProjectRegistered and is used to iterate over the raw logs and unpacked data for ProjectRegistered events raised by the SubcontractEscrow contract.
type SubcontractEscrowProjectRegisteredIterator struct {
	Event *SubcontractEscrowProjectRegistered // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowProjectRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowProjectRegistered)
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
		it.Event = new(SubcontractEscrowProjectRegistered)
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
func (it *SubcontractEscrowProjectRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowProjectRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowProjectRegistered represents a ProjectRegistered event raised by the SubcontractEscrow contract.
type SubcontractEscrowProjectRegistered struct {
	Id     *big.Int
	Client common.Address
	Prime  common.Address
	Payees []common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterProjectRegistered is a free log retrieval operation binding the contract event 0x7d9d27e85cdae4c55b3931ea857ddc6744f7e7d7c9acd6c6f18474f3605733f6.
//
// Solidity: event ProjectRegistered(uint256 indexed id, address indexed client, address indexed prime, address[] payees)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterProjectRegistered(opts *bind.FilterOpts, id []*big.Int, client []common.Address, prime []common.Address) (*SubcontractEscrowProjectRegisteredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var clientRule []interface{}
	for _, clientItem := range client {
		clientRule = append(clientRule, clientItem)
	}
	var primeRule []interface{}
	for _, primeItem := range prime {
		primeRule = append(primeRule, primeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "ProjectRegistered", idRule, clientRule, primeRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowProjectRegisteredIterator{contract: _SubcontractEscrow.contract, event: "ProjectRegistered", logs: logs, sub: sub}, nil
}

// WatchProjectRegistered is a free log subscription operation binding the contract event 0x7d9d27e85cdae4c55b3931ea857ddc6744f7e7d7c9acd6c6f18474f3605733f6.
//
// Solidity: event ProjectRegistered(uint256 indexed id, address indexed client, address indexed prime, address[] payees)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchProjectRegistered(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowProjectRegistered, id []*big.Int, client []common.Address, prime []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var clientRule []interface{}
	for _, clientItem := range client {
		clientRule = append(clientRule, clientItem)
	}
	var primeRule []interface{}
	for _, primeItem := range prime {
		primeRule = append(primeRule, primeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "ProjectRegistered", idRule, clientRule, primeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowProjectRegistered)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "ProjectRegistered", log); err != nil {
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

// ParseProjectRegistered is a log parse operation binding the contract event 0x7d9d27e85cdae4c55b3931ea857ddc6744f7e7d7c9acd6c6f18474f3605733f6.
//
// Solidity: event ProjectRegistered(uint256 indexed id, address indexed client, address indexed prime, address[] payees)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseProjectRegistered(log types.Log) (*SubcontractEscrowProjectRegistered, error) {
	event := new(SubcontractEscrowProjectRegistered)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "ProjectRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the SubcontractEscrow contract.
type SubcontractEscrowRoleAdminChangedIterator struct {
	Event *SubcontractEscrowRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowRoleAdminChanged)
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
		it.Event = new(SubcontractEscrowRoleAdminChanged)
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
func (it *SubcontractEscrowRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowRoleAdminChanged represents a RoleAdminChanged event raised by the SubcontractEscrow contract.
type SubcontractEscrowRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*SubcontractEscrowRoleAdminChangedIterator, error) {

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

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowRoleAdminChangedIterator{contract: _SubcontractEscrow.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowRoleAdminChanged)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseRoleAdminChanged(log types.Log) (*SubcontractEscrowRoleAdminChanged, error) {
	event := new(SubcontractEscrowRoleAdminChanged)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the SubcontractEscrow contract.
type SubcontractEscrowRoleGrantedIterator struct {
	Event *SubcontractEscrowRoleGranted // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowRoleGranted)
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
		it.Event = new(SubcontractEscrowRoleGranted)
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
func (it *SubcontractEscrowRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowRoleGranted represents a RoleGranted event raised by the SubcontractEscrow contract.
type SubcontractEscrowRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SubcontractEscrowRoleGrantedIterator, error) {

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

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowRoleGrantedIterator{contract: _SubcontractEscrow.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowRoleGranted)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseRoleGranted(log types.Log) (*SubcontractEscrowRoleGranted, error) {
	event := new(SubcontractEscrowRoleGranted)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the SubcontractEscrow contract.
type SubcontractEscrowRoleRevokedIterator struct {
	Event *SubcontractEscrowRoleRevoked // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowRoleRevoked)
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
		it.Event = new(SubcontractEscrowRoleRevoked)
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
func (it *SubcontractEscrowRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowRoleRevoked represents a RoleRevoked event raised by the SubcontractEscrow contract.
type SubcontractEscrowRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SubcontractEscrowRoleRevokedIterator, error) {

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

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowRoleRevokedIterator{contract: _SubcontractEscrow.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowRoleRevoked)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseRoleRevoked(log types.Log) (*SubcontractEscrowRoleRevoked, error) {
	event := new(SubcontractEscrowRoleRevoked)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowShareHeldIterator is returned from FilterShareHeld and is used to iterate over the raw logs and unpacked data for ShareHeld events raised by the SubcontractEscrow contract.
type SubcontractEscrowShareHeldIterator struct {
	Event *SubcontractEscrowShareHeld // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowShareHeldIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowShareHeld)
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
		it.Event = new(SubcontractEscrowShareHeld)
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
func (it *SubcontractEscrowShareHeldIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowShareHeldIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowShareHeld represents a ShareHeld event raised by the SubcontractEscrow contract.
type SubcontractEscrowShareHeld struct {
	Id        *big.Int
	Milestone *big.Int
	Payee     common.Address
	Amount    *big.Int
	ReasonRef [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterShareHeld is a free log retrieval operation binding the contract event 0xd0fea9d32eef70a79e63e889cffa74ad90a8d4d28aa41a460a7cca342feaff1d.
//
// Solidity: event ShareHeld(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bytes32 reasonRef)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterShareHeld(opts *bind.FilterOpts, id []*big.Int, payee []common.Address) (*SubcontractEscrowShareHeldIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "ShareHeld", idRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowShareHeldIterator{contract: _SubcontractEscrow.contract, event: "ShareHeld", logs: logs, sub: sub}, nil
}

// WatchShareHeld is a free log subscription operation binding the contract event 0xd0fea9d32eef70a79e63e889cffa74ad90a8d4d28aa41a460a7cca342feaff1d.
//
// Solidity: event ShareHeld(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bytes32 reasonRef)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchShareHeld(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowShareHeld, id []*big.Int, payee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "ShareHeld", idRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowShareHeld)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "ShareHeld", log); err != nil {
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

// ParseShareHeld is a log parse operation binding the contract event 0xd0fea9d32eef70a79e63e889cffa74ad90a8d4d28aa41a460a7cca342feaff1d.
//
// Solidity: event ShareHeld(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bytes32 reasonRef)
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseShareHeld(log types.Log) (*SubcontractEscrowShareHeld, error) {
	event := new(SubcontractEscrowShareHeld)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "ShareHeld", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
