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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"EscrowAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowAlreadyHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowAmendmentPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"executeAfter\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"EscrowClientChangeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"EscrowClientRoleRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowDuplicatePayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowMilestoneLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paidOut\",\"type\":\"uint256\"}],\"name\":\"EscrowMilestoneOverpaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newClient\",\"type\":\"address\"}],\"name\":\"EscrowNewClientWithoutRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"EscrowNoAmendment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"EscrowNoClientChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowNoMilestones\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowNoPayees\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowNoSuchMilestone\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"EscrowNotAmendmentApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"EscrowNotClient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"EscrowNotClientOrAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"EscrowNotPayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"EscrowNotPrime\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowNothingToHold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"EscrowPayeeWithoutAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"}],\"name\":\"EscrowPrimeNotPayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"releasedPlusReturned\",\"type\":\"uint256\"}],\"name\":\"EscrowProjectInsolvent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"EscrowSharesLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sumOfShares\",\"type\":\"uint256\"}],\"name\":\"EscrowSplitMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"pendingNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"givenNonce\",\"type\":\"uint64\"}],\"name\":\"EscrowStaleAmendment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"EscrowUnknownProject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"EscrowUpgradeChangesToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"internalType\":\"enumSubcontractEscrow.MilestoneState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"EscrowWrongMilestoneState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumSubcontractEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"EscrowWrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"EscrowZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"AmendmentApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"AmendmentApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvalsNeeded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"planHash\",\"type\":\"bytes32\"}],\"name\":\"AmendmentProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AmendmentRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ClientChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"executeAfter\",\"type\":\"uint256\"}],\"name\":\"ClientChangeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"ClientChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"toPayee\",\"type\":\"bool\"}],\"name\":\"HoldResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"}],\"name\":\"MilestoneApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MilestoneFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"name\":\"MilestonePlanned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"}],\"name\":\"PlanAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"name\":\"ProjectCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"}],\"name\":\"ProjectRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"milestone\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonRef\",\"type\":\"bytes32\"}],\"name\":\"ShareHeld\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLIENT_CHANGE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLIENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KRW\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"amendmentOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"approvalsNeeded\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"planHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"milestoneAmounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"internalType\":\"structSubcontractEscrow.Amendment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"approveAmendment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelClientChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"clientChangeOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"newClient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"internalType\":\"structSubcontractEscrow.ClientChange\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"executeClientChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"held\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"reasonRef\",\"type\":\"bytes32\"}],\"name\":\"hold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"milestonesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"enumSubcontractEscrow.MilestoneState[]\",\"name\":\"states\",\"type\":\"uint8[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"}],\"name\":\"moneyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paidOut\",\"type\":\"uint256\"}],\"internalType\":\"structSubcontractEscrow.MilestoneMoney\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"paid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"payeesOf\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"projectCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"projectOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"},{\"internalType\":\"enumSubcontractEscrow.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"funded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"returned\",\"type\":\"uint256\"}],\"internalType\":\"structSubcontractEscrow.Project\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"milestoneAmounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"name\":\"proposeAmendment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prime\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"milestoneAmounts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"shares\",\"type\":\"uint256[]\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"rejectAmendment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newClient\",\"type\":\"address\"}],\"name\":\"requestClientChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"toPayee\",\"type\":\"bool\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sharesOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60e06040523060a05234801561001457600080fd5b506040516149c03803806149c083398101604081905261003391610105565b60006080526001600160a01b03811660c05261004d610053565b50610135565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100a35760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101025780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561011757600080fd5b81516001600160a01b038116811461012e57600080fd5b9392505050565b60805160a05160c051614827610199600039600081816104b0015281816110970152818161162401528181611fa10152818161328501528181613432015261348001526000818161333e01528181613367015261357d0152600050506148276000f3fe60806040526004361061023b5760003560e01c806358e507ef1161012e57806391d14854116100ab578063d198b8111161006f578063d198b81114610805578063d547741f14610825578063da74222814610845578063e2ee426814610865578063eae6f6521461088557600080fd5b806391d148541461072f578063a031fb7f1461074f578063a217fddf14610792578063a65e2cfd146107a7578063ad3cb1cc146107c757600080fd5b80637dac1a5b116100f25780637dac1a5b1461061057806382cab8e21461062757806386d20cec14610647578063878ecfec1461066757806390e201461461069457600080fd5b806358e507ef1461050a5780635d35a3d9146105815780636119b311146105a157806365e9ac33146105ce5780637da0a877146105fb57600080fd5b806336fbad26116101bc578063485cc95511610180578063485cc955146104565780634f1ef2861461047657806352d1902d1461048957806356ef45141461049e578063572b6c05146104ea57600080fd5b806336fbad26146103c05780633d150492146103d657806340e58ee5146103f65780634208bc7f1461041657806346bc29481461043657600080fd5b8063225afa7211610203578063225afa7214610312578063248a9ca3146103325780632f2ff15d146103605780633339d57a1461038057806336568abe146103a057600080fd5b806301ffc9a71461024057806302c581c11461027557806305083cab146102a3578063129fcf19146102d057806319b05f49146102f2575b600080fd5b34801561024c57600080fd5b5061026061025b366004613e67565b6108a7565b60405190151581526020015b60405180910390f35b34801561028157600080fd5b50610295610290366004613e91565b6108de565b60405161026c929190613f10565b3480156102af57600080fd5b506102c36102be366004613e91565b6109d3565b60405161026c9190613f72565b3480156102dc57600080fd5b506102f06102eb366004613fde565b610b1c565b005b3480156102fe57600080fd5b506102f061030d366004613e91565b610b46565b34801561031e57600080fd5b506102f061032d366004613e91565b610c57565b34801561033e57600080fd5b5061035261034d366004613e91565b610d73565b60405190815260200161026c565b34801561036c57600080fd5b506102f061037b36600461402f565b610d95565b34801561038c57600080fd5b506102f061039b366004613e91565b610db1565b3480156103ac57600080fd5b506102f06103bb36600461402f565b610ec1565b3480156103cc57600080fd5b5061035260005481565b3480156103e257600080fd5b506102f06103f1366004613fde565b610f09565b34801561040257600080fd5b506102f0610411366004613e91565b610fc0565b34801561042257600080fd5b506102f0610431366004614098565b611100565b34801561044257600080fd5b506102f0610451366004614115565b611508565b34801561046257600080fd5b506102f0610471366004614164565b6116b0565b6102f06104843660046141a8565b6117e0565b34801561049557600080fd5b506103526117ff565b3480156104aa57600080fd5b506104d27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161026c565b3480156104f657600080fd5b50610260610505366004614271565b61181c565b34801561051657600080fd5b5061056661052536600461428e565b60408051808201825260008082526020918201819052938452600b815281842092845291825291829020825180840190935280548352600101549082015290565b6040805182518152602092830151928101929092520161026c565b34801561058d57600080fd5b506102f061059c36600461428e565b611841565b3480156105ad57600080fd5b506105c16105bc366004613e91565b611a0a565b60405161026c91906142b0565b3480156105da57600080fd5b506105ee6105e9366004613e91565b611a76565b60405161026c919061430c565b34801561060757600080fd5b506104d2611b42565b34801561061c57600080fd5b506103526203f48081565b34801561063357600080fd5b506102f061064236600461402f565b611b75565b34801561065357600080fd5b506102f0610662366004614364565b611c75565b34801561067357600080fd5b50610687610682366004613e91565b611de7565b60405161026c91906143a3565b3480156106a057600080fd5b506107026106af366004613e91565b6040805180820190915260008082526020820152506000908152600c60209081526040918290208251808401909352546001600160a01b0381168352600160a01b90046001600160401b03169082015290565b6040805182516001600160a01b031681526020928301516001600160401b0316928101929092520161026c565b34801561073b57600080fd5b5061026061074a36600461402f565b611e48565b34801561075b57600080fd5b5061035261076a36600461402f565b60009182526008602090815260408084206001600160a01b0393909316845291905290205490565b34801561079e57600080fd5b50610352600081565b3480156107b357600080fd5b506102f06107c236600461428e565b611e80565b3480156107d357600080fd5b506107f8604051806040016040528060058152602001640352e302e360dc1b81525081565b60405161026c91906143da565b34801561081157600080fd5b5061035261082036600461440d565b612001565b34801561083157600080fd5b506102f061084036600461402f565b612056565b34801561085157600080fd5b506102f0610860366004614271565b612072565b34801561087157600080fd5b50610352610880366004614446565b612086565b34801561089157600080fd5b506103526000805160206147b283398151915281565b60006001600160e01b03198216637965db0b60e01b14806108d857506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000818152600460209081526040808320600583529281902083548251818502810185019093528083526060948594909391849183018282801561094157602002820191906000526020600020905b81548152602001906001019080831161092d575b50505050509150808054806020026020016040519081016040528092919081815260200182805480156109c357602002820191906000526020600020906000905b82829054906101000a900460ff1660028111156109a1576109a1613ee6565b8152602060019283018181049485019490930390920291018084116109825790505b5050505050905091509150915091565b610a1a6040518060c0016040528060006001600160401b03168152602001600015158152602001600081526020016000801916815260200160608152602001606081525090565b600082815260096020908152604091829020825160c08101845281546001600160401b0381168252600160401b900460ff16151581840152600182015481850152600282015460608201526003820180548551818602810186019096528086529194929360808601939290830182828015610ab457602002820191906000526020600020905b815481526020019060010190808311610aa0575b5050505050815260200160048201805480602002602001604051908101604052809291908181526020018280548015610b0c57602002820191906000526020600020905b815481526020019060010190808311610af8575b5050505050815250509050919050565b600080610b29848461243d565b91509150610b40848383610b3b6124d9565b6124e8565b50505050565b6000610b5182612898565b60018101549091506001600160a01b0316610b6a6124d9565b6001600160a01b031614610bb15781610b816124d9565b6040516319059c6f60e31b815260048101929092526001600160a01b031660248201526044015b60405180910390fd5b600180820154600160a01b900460ff166003811115610bd257610bd2613ee6565b14610c0557818160010160149054906101000a900460ff16604051639a20e02560e01b8152600401610ba89291906144fc565b600181018054600160a11b60ff60a01b198216179091556040516001600160a01b039091169083907f326ca85c40cb712f38dc48ec078c282d5833de9d64bc8e57f0074336aa10d93b90600090a35050565b6000610c6282612898565b90506000610c6f836128ed565b82549091506000906001600160a01b0316610c886124d9565b6001600160a01b0316148015610cad57508254610cad906001600160a01b0316612959565b905080158015610cc75750610cc5600061074a6124d9565b155b15610d005783610cd56124d9565b60405163cb6d603360e01b815260048101929092526001600160a01b03166024820152604401610ba8565b6000848152600c6020526040902080546001600160e01b031916905581516001600160a01b0316847fbdecc5e82a88a7efb8f7315dac7fb698768509fb201406a6d8a777ef281362f7610d516124d9565b6040516001600160a01b0390911681526020015b60405180910390a350505050565b60009081526000805160206147d2833981519152602052604090206001015490565b610d9e82610d73565b610da781612973565b610b408383612987565b6000610dbc82612a34565b90506000610dc9836128ed565b905080602001516001600160401b0316421015610e17576020810151604051636e56e13960e01b8152600481018590526001600160401b039091166024820152426044820152606401610ba8565b8051610e2290612959565b610e54578051604051631add808f60e21b8152600481018590526001600160a01b039091166024820152604401610ba8565b6000838152600c602052604080822080546001600160e01b0319169055835483516001600160a01b039081166001600160a01b03198316811787559251911692839187917f066d3ea4eb4a4afedfa3b655be08109b36f9237c6de805c13fbdc0cd64be4ef491a450505050565b610ec96124d9565b6001600160a01b0316816001600160a01b031614610efa5760405163334bd91960e11b815260040160405180910390fd5b610f048282612a4b565b505050565b600080610f16848461243d565b91509150610f2d848383610f286124d9565b612ae5565b610f655783610f3a6124d9565b60405163032c210360e31b815260048101929092526001600160a01b03166024820152604401610ba8565b805460ff60401b19168155610f786124d9565b6001600160a01b0316847f8d6f0f60a29b357a96d6ac28f66f6f8eb1eb263a26e2ee05361903facdba2d7e85604051610d6591906001600160401b0391909116815260200190565b6000610fcb82612c41565b9050610fd78282612cea565b60018101805460ff60a01b1916600360a01b179055600082815260046020526040812054815b81811015611080576000858152600b602090815260408083208484529091528120600181015481549192916110329190614526565b905080600003611043575050611078565b808660040160008282546110579190614539565b9091555061106790508186614539565b945061107587878584612d3f565b50505b600101610ffd565b5081156110c05782546110c0906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911684612e20565b837f8c47220fd672419577c95c6addc9584af09f9e988ff5d84e437305210b61a4b1836040516110f291815260200190565b60405180910390a250505050565b600061110b86612898565b905060026001820154600160a01b900460ff16600381111561112f5761112f613ee6565b1415801561115c5750600180820154600160a01b900460ff16600381111561115957611159613ee6565b14155b1561118f57858160010160149054906101000a900460ff16604051639a20e02560e01b8152600401610ba89291906144fc565b80546001600160a01b03166111a26124d9565b6001600160a01b0316141580156111d6575060018101546001600160a01b03166111ca6124d9565b6001600160a01b031614155b156111e45785610f3a6124d9565b60008681526002602090815260409182902080548351818402810184019094528084529092611258929091849183018282801561124a57602002820191906000526020600020905b81546001600160a01b0316815260019091019060200180831161122c575b505050505087878787612e7f565b6112c68787878080602002602001604051908101604052809392919081815260200183836020028082843760009201919091525050604080516020808b0282810182019093528a82529093508a92508991829185019084908082843760009201919091525061309292505050565b805460008881526009602052604081208054909182916112ee906001600160401b031661454c565b82546001600160401b039182166101009390930a9283029190920219909116179055805460ff60401b1916600160401b17815561132f600382018989613d74565b5061133e600482018787613d74565b508787878760405160200161135694939291906145a9565b60408051601f19818403018152919052805160209091012060028083019190915560005b83811015611480576000858281548110611396576113966145db565b60009182526020909120015460018801546001600160a01b0391821692501681036113c15750611478565b60008c8152600660209081526040918290208054835181840281018401909452808452611424939283018282801561141857602002820191906000526020600020905b815481526020019060010190808311611404575b5050505050838761313d565b6114648a8a808060200260200160405190810160405280939291908181526020018383602002808284376000920191909152508792508a915061313d9050565b101561147657611473836145f1565b92505b505b60010161137a565b50600182018190556114906124d9565b82546002840154604080516001600160401b039093168352602083018590528201526001600160a01b0391909116908b907f8a8080c471783b1e4bc6f5c59f66121f31a0dda5d986ca528b5e5f89118f4f239060600160405180910390a36114fc8a8684610b3b6124d9565b50505050505050505050565b600061151385612c41565b905061151f8582612cea565b61152b8585600261318a565b600061153786856131e0565b600087815260026020526040902054611550908761460a565b61155a9190614539565b60008781526007602090815260408083208484529091528120549192508190036115b0576040516327327e6f60e11b815260048101889052602481018790526001600160a01b0386166044820152606401610ba8565b600087815260076020908152604080832085845290915281205583156115fb57808360030160008282546115e49190614539565b909155506115f6905087878784613240565b61164d565b8083600401600082825461160f9190614539565b9091555050825461164d906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683612e20565b61165987848884612d3f565b60408051878152602081018390528515158183015290516001600160a01b0387169189917f61368d3c6f36ddb484fe90d57f67e26eec6440912b6149cd57c634fa614f13689181900360600190a350505050505050565b60006116ba6132ef565b805490915060ff600160401b82041615906001600160401b03166000811580156116e15750825b90506000826001600160401b031660011480156116fd5750303b155b90508115801561170b575080155b156117295760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561175357845460ff60401b1916600160401b1785555b61175c87613318565b611764613329565b61176c613329565b611777600087612987565b506117906000805160206147b283398151915287612987565b5083156117d757845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b6117e8613333565b6117f1826133c1565b6117fb82826134b5565b5050565b6000611809613572565b5060008051602061479283398151915290565b6000611826611b42565b6001600160a01b0316826001600160a01b0316149050919050565b600061184c836135bb565b905061185a8383600161318a565b60008381526005602052604090208054600291908490811061187e5761187e6145db565b90600052602060002090602091828204019190066101000a81548160ff021916908360028111156118b1576118b1613ee6565b0217905550600083815260026020526040812080549091906118d3908561460a565b90506000805b83548110156119a15760008781526006602052604081206118fa8386614539565b8154811061190a5761190a6145db565b90600052602060002001549050806000148061194e575060008881526007602052604081209061193a8487614539565b815260200190815260200160002054600014155b156119595750611999565b6119638184614539565b9250611997888887858154811061197c5761197c6145db565b6000918252602090912001546001600160a01b031684613240565b505b6001016118d9565b50808460030160008282546119b69190614539565b909155506119c8905086858784612d3f565b857f939da3b627c123c81fe5aacebf925163337a0d4f8a03724640618078cad24894866040516119fa91815260200190565b60405180910390a2505050505050565b600081815260026020908152604091829020805483518184028101840190945280845260609392830182828015611a6a57602002820191906000526020600020905b81546001600160a01b03168152600190910190602001808311611a4c575b50505050509050919050565b611aaf6040805160c081018252600080825260208201819052909182019081526020016000815260200160008152602001600081525090565b600082815260016020818152604092839020835160c08101855281546001600160a01b03908116825293820154938416928101929092529092909190830190600160a01b900460ff166003811115611b0957611b09613ee6565b6003811115611b1a57611b1a613ee6565b8152600282015460208201526003820154604082015260049091015460609091015292915050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000611b8081612973565b6000611b8b84612a34565b9050611b9683612959565b611bc557604051631add808f60e21b8152600481018590526001600160a01b0384166024820152604401610ba8565b6000611bd46203f48042614539565b6040805180820182526001600160a01b038781168083526001600160401b03858116602080860182815260008e8152600c8352889020965187549151909416600160a01b026001600160e01b03199091169386169390931792909217909455875494519384529495509392169188917fafbe932527dbad9745055b691814b493186c78be1d3f2d410186bcc890471f99910160405180910390a45050505050565b611c7e846135bb565b50611c8b8484600161318a565b6000611c9785846131e0565b600086815260026020526040902054611cb0908661460a565b611cba9190614539565b60008681526006602052604081208054929350909183908110611cdf57611cdf6145db565b9060005260206000200154905080600003611d2657604051634021c46760e11b815260048101879052602481018690526001600160a01b0385166044820152606401610ba8565b600086815260076020908152604080832085845290915290205415611d77576040516306f25fad60e01b815260048101879052602481018690526001600160a01b0385166044820152606401610ba8565b600086815260076020908152604080832085845282529182902083905581518781529081018390529081018490526001600160a01b0385169087907fd0fea9d32eef70a79e63e889cffa74ad90a8d4d28aa41a460a7cca342feaff1d9060600160405180910390a3505050505050565b600081815260066020908152604091829020805483518184028101840190945280845260609392830182828015611a6a57602002820191906000526020600020905b815481526020019060010190808311611e295750505050509050919050565b60009182526000805160206147d2833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000611e8b836135bb565b9050611e998383600061318a565b611ea3838361361d565b15611ecb57604051631e83826d60e21b81526004810184905260248101839052604401610ba8565b6000838152600460205260408120805484908110611eeb57611eeb6145db565b906000526020600020015490506001600560008681526020019081526020016000208481548110611f1e57611f1e6145db565b90600052602060002090602091828204019190066101000a81548160ff02191690836002811115611f5157611f51613ee6565b02179055506000848152600b602090815260408083208684529091528120829055600283018054839290611f86908490614539565b90915550611fc99050611f976124d9565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169030846136ee565b604080518481526020810183905285917f4e84fd279e9b8a989cf81bca6d0a9c62a19954af44c7ee39600aebb2ba4734e591016110f2565b60008381526007602052604081208161201a86856131e0565b600087815260026020526040902054612033908761460a565b61203d9190614539565b81526020019081526020016000205490505b9392505050565b61205f82610d73565b61206881612973565b610b408383612a4b565b600061207d81612973565b6117fb82613727565b60006000805160206147b28339815191526120a081612973565b6001600160a01b0389166120c75760405163674fe7f560e01b815260040160405180910390fd5b60008790036120e95760405163db03b27b60e01b815260040160405180910390fd5b60008081546120f7906145f1565b918290555091506000805b888110156121f35760008a8a8381811061211e5761211e6145db565b90506020020160208101906121339190614271565b90506001600160a01b03811661215c5760405163674fe7f560e01b815260040160405180910390fd5b60008581526003602090815260408083206001600160a01b0385168452909152902054156121a857604051633287ee8160e11b81526001600160a01b0382166004820152602401610ba8565b6121b3826001614539565b60008681526003602090815260408083206001600160a01b0380871680865291909352922092909255908d1690036121ea57600192505b50600101612102565b508061221d5760405163824c4aff60e01b81526001600160a01b038b166004820152602401610ba8565b61225f8989808060200260200160405190810160405280939291908181526020018383602002808284376000920191909152508b92508a915089905088612e7f565b6000838152600260205260409020612278908a8a613dbf565b506000838152600460205260409020612292908888613d74565b5060008381526006602052604090206122ac908686613d74565b5060005b868110156122f95760008481526005602090815260408220805460018082018355918452928290209183049091018054601f9093166101000a60ff0219909216909155016122b0565b506040518060c0016040528061230d6124d9565b6001600160a01b0390811682528c166020820152604001600181526000602080830182905260408084018390526060909301829052868252600180825291839020845181546001600160a01b03199081166001600160a01b03928316178355928601519382018054938416949091169384178155938501519093909290916001600160a81b03191617600160a01b8360038111156123ad576123ad613ee6565b0217905550606082015160028201556080820151600382015560a0909101516004909101556001600160a01b038a166123e46124d9565b6001600160a01b0316847f7d9d27e85cdae4c55b3931ea857ddc6744f7e7d7c9acd6c6f18474f3605733f68c8c60405161241f929190614621565b60405180910390a461243083613790565b5050979650505050505050565b60008061244984612a34565b600085815260096020526040902080549193509150600160401b900460ff166124885760405163d50f84a360e01b815260048101859052602401610ba8565b80546001600160401b038481169116146124d257805460405163c16eb39f60e01b8152600481018690526001600160401b0391821660248201529084166044820152606401610ba8565b9250929050565b60006124e36138cb565b905090565b6124f484848484612ae5565b6125235760405163032c210360e31b8152600481018590526001600160a01b0382166024820152604401610ba8565b6000848152600a6020908152604080832085546001600160401b0316845282528083206001600160a01b038516845290915290205460ff161561258b5760405163e4a7d7db60e01b8152600481018590526001600160a01b0382166024820152604401610ba8565b6000848152600a6020908152604080832085546001600160401b0390811685529083528184206001600160a01b03861680865290845293829020805460ff19166001179055855491519116815286917f5355fb5651be1ff7dc14ea44e48e35e724d5f383d1bf25963ac543868b7ded5c910160405180910390a3600082600101600081546126189061466e565b918290555011610b40576126d1848360030180548060200260200160405190810160405280929190818152602001828054801561267457602002820191906000526020600020905b815481526020019060010190808311612660575b5050505050846004018054806020026020016040519081016040528092919081815260200182805480156126c757602002820191906000526020600020905b8154815260200190600101908083116126b3575b5050505050613092565b815460ff60401b191682556000848152600460208181526040808420805460028452919094205492909152600385018054919361271092909190613e12565b506000868152600660205260409020600485018054612730929190613e12565b50815b60038501548110156127805760008781526005602090815260408220805460018082018355918452928290209183049091018054601f9093166101000a60ff021990921690915501612733565b5060038401545b828110156128455760008781526005602052604090208054806127ac576127ac614685565b60008281526020808220600019909301818104909301805460ff601f86166101000a021916905591909255888252600b8152604080832084845290915281208181556001018190555b8281101561283c5760008881526007602052604081209082612817868661460a565b6128219190614539565b815260208101919091526040016000908120556001016127f5565b50600101612787565b5083546040516001600160401b03909116815286907fb91a92104aa33b5f4821a8a1fab956bac280cb3aa1f86a9909533f614363e08c9060200160405180910390a261289086613790565b505050505050565b6000818152600160205260408120906001820154600160a01b900460ff1660038111156128c7576128c7613ee6565b036128e8576040516312cef6d960e01b815260048101839052602401610ba8565b919050565b60408051808201825260008082526020918201819052838152600c82528281208351808501909452546001600160a01b0381168452600160a01b90046001600160401b0316918301829052036128e857604051639c27cd6760e01b815260048101839052602401610ba8565b60006108d86000805160206147b283398151915283611e48565b6129848161297f6124d9565b613913565b50565b60006000805160206147d28339815191526129a28484611e48565b612a23576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556129d96124d9565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506108d8565b60009150506108d8565b5092915050565b6000612a3f82612898565b90506128e88282612cea565b60006000805160206147d2833981519152612a668484611e48565b15612a23576000848152602082815260408083206001600160a01b03871684529091529020805460ff19169055612a9b6124d9565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a460019150506108d8565b82546000906001600160a01b0383811691161480612b12575060018401546001600160a01b038381169116145b15612b1f57506001612c39565b60008581526003602090815260408083206001600160a01b038616845290915281205490819003612b54576000915050612c39565b60008681526002602090815260408083205460068352928190208054825181850281018501909352808352612bca93830182828015612bb257602002820191906000526020600020905b815481526020019060010190808311612b9e575b5050505050600184612bc49190614526565b8361313d565b612c3386600401805480602002602001604051908101604052809291908181526020018280548015612c1b57602002820191906000526020600020905b815481526020019060010190808311612c07575b5050505050600185612c2d9190614526565b8461313d565b10925050505b949350505050565b6000612c4c82612898565b80549091506001600160a01b0316612c626124d9565b6001600160a01b031614612ca45781612c796124d9565b604051638bc6a48160e01b815260048101929092526001600160a01b03166024820152604401610ba8565b8054612cb8906001600160a01b0316612959565b6128e857805460405163a1a7970f60e01b8152600481018490526001600160a01b039091166024820152604401610ba8565b60036001820154600160a01b900460ff166003811115612d0c57612d0c613ee6565b036117fb57818160010160149054906101000a900460ff16604051639a20e02560e01b8152600401610ba89291906144fc565b6000848152600b60209081526040808320858452909152812060018101805491928492612d6d908490614539565b9091555050805460018201541115612db65780546001820154604051632e2ca69960e21b8152600481018890526024810186905260448101929092526064820152608401610ba8565b836002015484600401548560030154612dcf9190614539565b1115612e195784846002015485600401548660030154612def9190614539565b60405163ef267bd760e01b8152600481019390935260248301919091526044820152606401610ba8565b5050505050565b6040516001600160a01b03838116602483015260448201839052610f0491859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061394c565b84516000849003612ea25760405162cf423760e71b815260040160405180910390fd5b612eac818561460a565b8214612ee057612ebc818561460a565b604051637419ecfb60e11b8152600481019190915260248101839052604401610ba8565b60005b84811015612fe357858582818110612efd57612efd6145db565b90506020020135600003612f27576040516302ffe82960e41b815260048101829052602401610ba8565b6000805b83811015612f7557858582612f40878761460a565b612f4a9190614539565b818110612f5957612f596145db565b9050602002013582612f6b9190614539565b9150600101612f2b565b50868683818110612f8857612f886145db565b905060200201358114612fda5781878784818110612fa857612fa86145db565b60405163850432fd60e01b81526004810194909452602002919091013560248301525060448101829052606401610ba8565b50600101612ee3565b5060005b818110156117d7576000805b8681101561303d57858584613008878561460a565b6130129190614539565b818110613021576130216145db565b90506020020135826130339190614539565b9150600101612ff3565b508060000361308957878281518110613058576130586145db565b602002602001015160405163f0854d4760e01b8152600401610ba891906001600160a01b0391909116815260200190565b50600101612fe7565b600083815260046020526040812054905b81811015612e195760008581526005602052604081208054839081106130cb576130cb6145db565b90600052602060002090602091828204019190069054906101000a900460ff1660028111156130fc576130fc613ee6565b146131355761310d858286866139bd565b15613135576040516369faf0cb60e01b81526004810186905260248101829052604401610ba8565b6001016130a3565b6000825b84518110156131825784818151811061315c5761315c6145db565b60200260200101518261316f9190614539565b915061317b8382614539565b9050613141565b509392505050565b60006131968484613acb565b90508160028111156131aa576131aa613ee6565b8160028111156131bc576131bc613ee6565b14610b4057838382604051631c806ec160e21b8152600401610ba89392919061469b565b60008281526003602090815260408083206001600160a01b038516845290915281205480820361323557604051632d200cd160e01b8152600481018590526001600160a01b0384166024820152604401610ba8565b612c39600182614526565b60008481526008602090815260408083206001600160a01b038616845290915281208054839290613272908490614539565b909155506132ac90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383612e20565b60408051848152602081018390526001600160a01b0384169186917f9ba01c1cf20940d4ad9b32173c4bd46bf426aae91b6cb420123d2aa5e2b76c6f9101610d65565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006108d8565b613320613b4b565b61298481613727565b613331613b4b565b565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806133a357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316613397613b70565b6001600160a01b031614155b156133315760405163703e46dd60e11b815260040160405180910390fd5b60006133cc81612973565b6000826001600160a01b03166356ef45146040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015613428575060408051601f3d908101601f19168201909252613425918101906146b6565b60015b156134305790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b031614610f04576040516393726d2360e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610ba8565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561350f575060408051601f3d908101601f1916820190925261350c918101906146d3565b60015b61353757604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610ba8565b600080516020614792833981519152811461356857604051632a87526960e21b815260048101829052602401610ba8565b610f048383613b86565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146133315760405163703e46dd60e11b815260040160405180910390fd5b60006135c682612c41565b905060026001820154600160a01b900460ff1660038111156135ea576135ea613ee6565b146128e857818160010160149054906101000a900460ff16604051639a20e02560e01b8152600401610ba89291906144fc565b60008281526009602052604081208054600160401b900460ff168015612c395750612c3984848360030180548060200260200160405190810160405280929190818152602001828054801561369157602002820191906000526020600020905b81548152602001906001019080831161367d575b5050505050846004018054806020026020016040519081016040528092919081815260200182805480156136e457602002820191906000526020600020905b8154815260200190600101908083116136d0575b50505050506139bd565b6040516001600160a01b038481166024830152838116604483015260648201839052610b409186918216906323b872dd90608401612e4d565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6000818152600260209081526040808320546004909252822090915b8154811015610b40576000836001600160401b038111156137cf576137cf614192565b6040519080825280602002602001820160405280156137f8578160200160208202803683370190505b50905060005b848110156138695760008681526006602052604090208161381f878661460a565b6138299190614539565b81548110613839576138396145db565b9060005260206000200154828281518110613856576138566145db565b60209081029190910101526001016137fe565b50847f0657c8d148b49571773f880238af4b77650c9881b5236456160a1b80adfb3ce38385858154811061389f5761389f6145db565b9060005260206000200154846040516138ba939291906146ec565b60405180910390a2506001016137ac565b60003660148082108015906138e457506138e43361181c565b1561390b576138f83682840381600061470b565b61390191614735565b60601c9250505090565b339250505090565b61391d8282611e48565b6117fb5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ba8565b600080602060008451602086016000885af18061396f576040513d6000823e3d81fd5b50506000513d91508115613987578060011415613994565b6001600160a01b0384163b155b15610b4057604051635274afe760e01b81526001600160a01b0385166004820152602401610ba8565b6000825184101580613a12575060008581526004602052604090208054859081106139ea576139ea6145db565b9060005260206000200154838581518110613a0757613a076145db565b602002602001015114155b15613a1f57506001612c39565b600085815260026020526040812054905b81811015613abe57600087815260066020526040902081613a51848961460a565b613a5b9190614539565b81548110613a6b57613a6b6145db565b906000526020600020015484828489613a84919061460a565b613a8e9190614539565b81518110613a9e57613a9e6145db565b602002602001015114613ab657600192505050612c39565b600101613a30565b5060009695505050505050565b6000828152600560205260408120548210613b035760405163e3f7847760e01b81526004810184905260248101839052604401610ba8565b6000838152600560205260409020805483908110613b2357613b236145db565b90600052602060002090602091828204019190069054906101000a900460ff16905092915050565b613b53613bdc565b61333157604051631afcd79f60e31b815260040160405180910390fd5b6000600080516020614792833981519152611b66565b613b8f82613bf6565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115613bd457610f048282613c5b565b6117fb613cd1565b6000613be66132ef565b54600160401b900460ff16919050565b806001600160a01b03163b600003613c2c57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610ba8565b60008051602061479283398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051613c789190614775565b600060405180830381855af49150503d8060008114613cb3576040519150601f19603f3d011682016040523d82523d6000602084013e613cb8565b606091505b5091509150613cc8858383613cf0565b95945050505050565b34156133315760405163b398979f60e01b815260040160405180910390fd5b606082613d0557613d0082613d4c565b61204f565b8151158015613d1c57506001600160a01b0384163b155b15613d4557604051639996b31560e01b81526001600160a01b0385166004820152602401610ba8565b508061204f565b805115613d5b57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b828054828255906000526020600020908101928215613daf579160200282015b82811115613daf578235825591602001919060010190613d94565b50613dbb929150613e52565b5090565b828054828255906000526020600020908101928215613daf579160200282015b82811115613daf5781546001600160a01b0319166001600160a01b03843516178255602090920191600190910190613ddf565b828054828255906000526020600020908101928215613daf5760005260206000209182015b82811115613daf578254825591600101919060010190613e37565b5b80821115613dbb5760008155600101613e53565b600060208284031215613e7957600080fd5b81356001600160e01b03198116811461204f57600080fd5b600060208284031215613ea357600080fd5b5035919050565b600081518084526020840193506020830160005b82811015613edc578151865260209586019590910190600101613ebe565b5093949350505050565b634e487b7160e01b600052602160045260246000fd5b60038110613f0c57613f0c613ee6565b9052565b604081526000613f236040830185613eaa565b828103602084015280845180835260208301915060208601925060005b81811015613f6657613f53838551613efc565b6020938401939290920191600101613f40565b50909695505050505050565b602081526001600160401b03825116602082015260208201511515604082015260408201516060820152606082015160808201526000608083015160c060a0840152613fc160e0840182613eaa565b905060a0840151601f198483030160c0850152613cc88282613eaa565b60008060408385031215613ff157600080fd5b8235915060208301356001600160401b038116811461400f57600080fd5b809150509250929050565b6001600160a01b038116811461298457600080fd5b6000806040838503121561404257600080fd5b82359150602083013561400f8161401a565b60008083601f84011261406657600080fd5b5081356001600160401b0381111561407d57600080fd5b6020830191508360208260051b85010111156124d257600080fd5b6000806000806000606086880312156140b057600080fd5b8535945060208601356001600160401b038111156140cd57600080fd5b6140d988828901614054565b90955093505060408601356001600160401b038111156140f857600080fd5b61410488828901614054565b969995985093965092949392505050565b6000806000806080858703121561412b57600080fd5b843593506020850135925060408501356141448161401a565b91506060850135801515811461415957600080fd5b939692955090935050565b6000806040838503121561417757600080fd5b82356141828161401a565b9150602083013561400f8161401a565b634e487b7160e01b600052604160045260246000fd5b600080604083850312156141bb57600080fd5b82356141c68161401a565b915060208301356001600160401b038111156141e157600080fd5b8301601f810185136141f257600080fd5b80356001600160401b0381111561420b5761420b614192565b604051601f8201601f19908116603f011681016001600160401b038111828210171561423957614239614192565b60405281815282820160200187101561425157600080fd5b816020840160208301376000602083830101528093505050509250929050565b60006020828403121561428357600080fd5b813561204f8161401a565b600080604083850312156142a157600080fd5b50508035926020909101359150565b602080825282518282018190526000918401906040840190835b818110156142f15783516001600160a01b03168352602093840193909201916001016142ca565b509095945050505050565b60048110613f0c57613f0c613ee6565b81516001600160a01b0390811682526020808401519091169082015260408083015160c083019161433f908401826142fc565b50606083015160608301526080830151608083015260a083015160a083015292915050565b6000806000806080858703121561437a57600080fd5b843593506020850135925060408501356143938161401a565b9396929550929360600135925050565b60208152600061204f6020830184613eaa565b60005b838110156143d15781810151838201526020016143b9565b50506000910152565b60208152600082518060208401526143f98160408501602087016143b6565b601f01601f19169190910160400192915050565b60008060006060848603121561442257600080fd5b8335925060208401359150604084013561443b8161401a565b809150509250925092565b60008060008060008060006080888a03121561446157600080fd5b873561446c8161401a565b965060208801356001600160401b0381111561448757600080fd5b6144938a828b01614054565b90975095505060408801356001600160401b038111156144b257600080fd5b6144be8a828b01614054565b90955093505060608801356001600160401b038111156144dd57600080fd5b6144e98a828b01614054565b989b979a50959850939692959293505050565b8281526040810161204f60208301846142fc565b634e487b7160e01b600052601160045260246000fd5b818103818111156108d8576108d8614510565b808201808211156108d8576108d8614510565b60006001600160401b0382166001600160401b03810361456e5761456e614510565b60010192915050565b81835260006001600160fb1b0383111561459057600080fd5b8260051b80836020870137939093016020019392505050565b6040815260006145bd604083018688614577565b82810360208401526145d0818587614577565b979650505050505050565b634e487b7160e01b600052603260045260246000fd5b60006001820161460357614603614510565b5060010190565b80820281158282048414176108d8576108d8614510565b6020808252810182905260008360408301825b858110156146645782356146478161401a565b6001600160a01b0316825260209283019290910190600101614634565b5095945050505050565b60008161467d5761467d614510565b506000190190565b634e487b7160e01b600052603160045260246000fd5b8381526020810183905260608101612c396040830184613efc565b6000602082840312156146c857600080fd5b815161204f8161401a565b6000602082840312156146e557600080fd5b5051919050565b838152826020820152606060408201526000613cc86060830184613eaa565b6000808585111561471b57600080fd5b8386111561472857600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015612a2d576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b600082516147878184602087016143b6565b919091019291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbca5ff3ec7a96cdbba4d2d5172d66bbc73c6db3885f29b21be5da9fa7a7c02523202dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a264697066735822122002d5afdd63e34554b559bba18014a4ad798126ba7abeb530be0a1c3ddaf764b864736f6c634300081c0033",
}

// SubcontractEscrowABI is the input ABI used to generate the binding from.
// Deprecated: Use SubcontractEscrowMetaData.ABI instead.
var SubcontractEscrowABI = SubcontractEscrowMetaData.ABI

// SubcontractEscrowBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SubcontractEscrowMetaData.Bin instead.
var SubcontractEscrowBin = SubcontractEscrowMetaData.Bin

// DeploySubcontractEscrow deploys a new Ethereum contract, binding an instance of SubcontractEscrow to it.
func DeploySubcontractEscrow(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address) (common.Address, *types.Transaction, *SubcontractEscrow, error) {
	parsed, err := SubcontractEscrowMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SubcontractEscrowBin), backend, token)
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

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SubcontractEscrow *SubcontractEscrowCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SubcontractEscrow *SubcontractEscrowSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SubcontractEscrow.Contract.UPGRADEINTERFACEVERSION(&_SubcontractEscrow.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SubcontractEscrow.Contract.UPGRADEINTERFACEVERSION(&_SubcontractEscrow.CallOpts)
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

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SubcontractEscrow.Contract.IsTrustedForwarder(&_SubcontractEscrow.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SubcontractEscrow.Contract.IsTrustedForwarder(&_SubcontractEscrow.CallOpts, forwarder)
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

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowSession) ProxiableUUID() ([32]byte, error) {
	return _SubcontractEscrow.Contract.ProxiableUUID(&_SubcontractEscrow.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) ProxiableUUID() ([32]byte, error) {
	return _SubcontractEscrow.Contract.ProxiableUUID(&_SubcontractEscrow.CallOpts)
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

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SubcontractEscrow *SubcontractEscrowCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SubcontractEscrow.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SubcontractEscrow *SubcontractEscrowSession) TrustedForwarder() (common.Address, error) {
	return _SubcontractEscrow.Contract.TrustedForwarder(&_SubcontractEscrow.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SubcontractEscrow *SubcontractEscrowCallerSession) TrustedForwarder() (common.Address, error) {
	return _SubcontractEscrow.Contract.TrustedForwarder(&_SubcontractEscrow.CallOpts)
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

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "initialize", forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Initialize(&_SubcontractEscrow.TransactOpts, forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.Initialize(&_SubcontractEscrow.TransactOpts, forwarder, admin)
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

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SubcontractEscrow *SubcontractEscrowSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.SetTrustedForwarder(&_SubcontractEscrow.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.SetTrustedForwarder(&_SubcontractEscrow.TransactOpts, forwarder)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SubcontractEscrow *SubcontractEscrowTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SubcontractEscrow.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SubcontractEscrow *SubcontractEscrowSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.UpgradeToAndCall(&_SubcontractEscrow.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SubcontractEscrow *SubcontractEscrowTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SubcontractEscrow.Contract.UpgradeToAndCall(&_SubcontractEscrow.TransactOpts, newImplementation, data)
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

// SubcontractEscrowInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the SubcontractEscrow contract.
type SubcontractEscrowInitializedIterator struct {
	Event *SubcontractEscrowInitialized // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowInitialized)
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
		it.Event = new(SubcontractEscrowInitialized)
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
func (it *SubcontractEscrowInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowInitialized represents a Initialized event raised by the SubcontractEscrow contract.
type SubcontractEscrowInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterInitialized(opts *bind.FilterOpts) (*SubcontractEscrowInitializedIterator, error) {

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowInitializedIterator{contract: _SubcontractEscrow.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowInitialized) (event.Subscription, error) {

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowInitialized)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseInitialized(log types.Log) (*SubcontractEscrowInitialized, error) {
	event := new(SubcontractEscrowInitialized)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "Initialized", log); err != nil {
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

// SubcontractEscrowTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the SubcontractEscrow contract.
type SubcontractEscrowTrustedForwarderSetIterator struct {
	Event *SubcontractEscrowTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowTrustedForwarderSet)
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
		it.Event = new(SubcontractEscrowTrustedForwarderSet)
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
func (it *SubcontractEscrowTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowTrustedForwarderSet represents a TrustedForwarderSet event raised by the SubcontractEscrow contract.
type SubcontractEscrowTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*SubcontractEscrowTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowTrustedForwarderSetIterator{contract: _SubcontractEscrow.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowTrustedForwarderSet)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseTrustedForwarderSet(log types.Log) (*SubcontractEscrowTrustedForwarderSet, error) {
	event := new(SubcontractEscrowTrustedForwarderSet)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SubcontractEscrowUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the SubcontractEscrow contract.
type SubcontractEscrowUpgradedIterator struct {
	Event *SubcontractEscrowUpgraded // Event containing the contract specifics and raw log

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
func (it *SubcontractEscrowUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubcontractEscrowUpgraded)
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
		it.Event = new(SubcontractEscrowUpgraded)
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
func (it *SubcontractEscrowUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubcontractEscrowUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubcontractEscrowUpgraded represents a Upgraded event raised by the SubcontractEscrow contract.
type SubcontractEscrowUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SubcontractEscrow *SubcontractEscrowFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*SubcontractEscrowUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &SubcontractEscrowUpgradedIterator{contract: _SubcontractEscrow.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SubcontractEscrow *SubcontractEscrowFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *SubcontractEscrowUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SubcontractEscrow.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubcontractEscrowUpgraded)
				if err := _SubcontractEscrow.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_SubcontractEscrow *SubcontractEscrowFilterer) ParseUpgraded(log types.Log) (*SubcontractEscrowUpgraded, error) {
	event := new(SubcontractEscrowUpgraded)
	if err := _SubcontractEscrow.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
