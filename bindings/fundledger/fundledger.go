// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package fundledger

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

// FundLedgerDonation is an auto generated low-level Go binding around an user-defined struct.
type FundLedgerDonation struct {
	Receipt [32]byte
	Amount  *big.Int
}

// FundLedgerFund is an auto generated low-level Go binding around an user-defined struct.
type FundLedgerFund struct {
	Terms         FundLedgerTerms
	StatutoryCap  bool
	Settled       bool
	FollowUp      *big.Int
	Inflows       *big.Int
	Donations     *big.Int
	Spent         *big.Int
	Refunded      *big.Int
	Pending       *big.Int
	SettledAmount *big.Int
}

// FundLedgerLine is an auto generated low-level Go binding around an user-defined struct.
type FundLedgerLine struct {
	Code     [32]byte
	Limit    *big.Int
	Spent    *big.Int
	Refunded *big.Int
	Pending  *big.Int
}

// FundLedgerReceiptEntry is an auto generated low-level Go binding around an user-defined struct.
type FundLedgerReceiptEntry struct {
	Fund   uint64
	Amount *big.Int
}

// FundLedgerSpend is an auto generated low-level Go binding around an user-defined struct.
type FundLedgerSpend struct {
	Fund     *big.Int
	Line     *big.Int
	Payee    common.Address
	Status   uint8
	Flagged  bool
	At       uint64
	Amount   *big.Int
	Refunded *big.Int
	Evidence [32]byte
	FlagRef  [32]byte
}

// FundLedgerTerms is an auto generated low-level Go binding around an user-defined struct.
type FundLedgerTerms struct {
	Kind              uint8
	Manager           common.Address
	Supervisor        common.Address
	Start             uint64
	End               uint64
	Grace             uint64
	AdminCapBps       uint16
	ApprovalThreshold *big.Int
	AdminLimit        *big.Int
	ReturnTo          common.Address
}

// FundLedgerMetaData contains all meta data concerning the FundLedger contract.
var FundLedgerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wouldBe\",\"type\":\"uint256\"}],\"name\":\"FundAdminCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"}],\"name\":\"FundAlreadyFlagged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"FundAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"FundBadCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"followUp\",\"type\":\"uint256\"}],\"name\":\"FundBadFollowUp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"FundBadKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"}],\"name\":\"FundBadLine\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"FundBadTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"}],\"name\":\"FundCollectorAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"}],\"name\":\"FundCollectorNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receipt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"FundDuplicateReceipt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundEmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FundInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wouldBe\",\"type\":\"uint256\"}],\"name\":\"FundLineOverspent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundNoEvidence\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundNoReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"FundNotCollector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"FundNotDonation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"FundNotManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"FundNotManagerOrSupervisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"FundNotSupervisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"FundOutsideTerm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"FundPayeeAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"FundPayeeNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"FundRefundExceedsSpend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"settleAfter\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"FundSettleTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"FundSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"FundSpendNotPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"FundSpendNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"FundSupervisorIsManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"FundTooManyLines\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"FundUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"}],\"name\":\"FundUnknownSpend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"FundUpgradeChangesToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"inflowKind\",\"type\":\"uint8\"}],\"name\":\"FundWrongKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundZeroCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FundZeroReceipt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"CollectorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"CollectorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receipt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"Donated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receipt\",\"type\":\"bytes32\"}],\"name\":\"DonationSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"followUp\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"FollowUpNamed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"supervisor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"grace\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"adminCapBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"statutoryCap\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"returnTo\",\"type\":\"address\"}],\"name\":\"FundCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"LineAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PayeeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"PayeeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toFund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pendingCancelled\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"SpendApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonRef\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"SpendFlagged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"SpendRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"SpendRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"spend\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"}],\"name\":\"SpendRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADMIN_LINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CARRIED_OVER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CONSIGNMENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DONATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INTEREST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KRW\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LINES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REJECTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANCHE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"}],\"name\":\"addCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"addLine\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"addPayee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"adminCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"supervisor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"grace\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"adminCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"approvalThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adminLimit\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"returnTo\",\"type\":\"address\"}],\"internalType\":\"structFundLedger.Terms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"createFund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receipt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"donate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"receipt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structFundLedger.Donation[]\",\"name\":\"batch\",\"type\":\"tuple[]\"}],\"name\":\"donateBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"recorded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonRef\",\"type\":\"bytes32\"}],\"name\":\"flag\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fundOf\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"supervisor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"grace\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"adminCapBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"approvalThreshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adminLimit\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"returnTo\",\"type\":\"address\"}],\"internalType\":\"structFundLedger.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"statutoryCap\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"followUp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inflows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"donations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"settledAmount\",\"type\":\"uint256\"}],\"internalType\":\"structFundLedger.Fund\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"}],\"name\":\"isCollector\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"isPayee\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"linesOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"}],\"internalType\":\"structFundLedger.Line[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"receipt\",\"type\":\"bytes32\"}],\"name\":\"receiptOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"fund\",\"type\":\"uint64\"},{\"internalType\":\"uint192\",\"name\":\"amount\",\"type\":\"uint192\"}],\"internalType\":\"structFundLedger.ReceiptEntry\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"collector\",\"type\":\"address\"}],\"name\":\"removeCollector\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"removePayee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"followUp\",\"type\":\"uint256\"}],\"name\":\"setFollowUp\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"}],\"name\":\"spend\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"spendCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"spendOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"fund\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"line\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"flagged\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"flagRef\",\"type\":\"bytes32\"}],\"internalType\":\"structFundLedger.Spend\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"collected\",\"type\":\"uint256\"}],\"name\":\"statutoryCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"collected\",\"type\":\"uint256\"}],\"name\":\"statutoryCapBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060805234801561001457600080fd5b5060405161441b38038061441b83398101604081905261003391610100565b6001600160a01b03811660a05261004861004e565b50610130565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff161561009e5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100fd5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561011257600080fd5b81516001600160a01b038116811461012957600080fd5b9392505050565b60805160a05161428e61018d60003960008181610562015281816115f101528181611ef501528181612b6e01528181612d2901528181612e690152612eb7015260008181612d5c01528181612d850152612fb4015261428e6000f3fe6080604052600436106102ff5760003560e01c806380a7998c11610190578063bf75ba98116100dc578063d69f056711610095578063f68e95531161006f578063f68e9553146108dd578063f864a31114610911578063f9eed1f314610946578063ff60dfb6146107c657600080fd5b8063d69f056714610870578063da18be5f14610890578063e77985ea146108b057600080fd5b8063bf75ba9814610753578063c4d66de81461081b578063cb7390b71461063c578063d025d3aa1461083b578063d31a03c2146107c6578063d547741f1461085057600080fd5b80639d12d01511610149578063ad3cb1cc11610123578063ad3cb1cc14610788578063b33adbdd146107c6578063b759f954146107db578063b8adaa11146107fb57600080fd5b80639d12d0151461073e578063a217fddf14610753578063a599e0f11461076857600080fd5b806380a7998c1461067e578063833301121461069e5780638df82800146106be57806391d14854146106de5780639c1e4975146106fe5780639cc7f7081461071e57600080fd5b806336568abe1161024f57806358ed77a7116102085780636066d9fe116101e25780636066d9fe146105fc5780636b30712a1461061c57806374e7fcce1461063c5780637b9e76601461065157600080fd5b806358ed77a71461059c5780635af36e3e146105bc5780635b681a9f146105dc57600080fd5b806336568abe146104d35780633aa76266146104f35780633f936ff5146105135780634f1ef2861461052857806352d1902d1461053b57806356ef45141461055057600080fd5b80631a5a6939116102bc578063249d39e911610296578063249d39e91461046a5780632609e5f4146103395780632f2ff15d1461049357806330e26964146104b357600080fd5b80631a5a6939146103fc5780631c38d3721461042a578063248a9ca31461044a57600080fd5b806301ffc9a71461030457806305073bd614610339578063052f637a1461033957806306c2dd3c146103605780630fc50fc91461038d57806312478cab146103af575b600080fd5b34801561031057600080fd5b5061032461031f3660046138f0565b610966565b60405190151581526020015b60405180910390f35b34801561034557600080fd5b5061034e600181565b60405160ff9091168152602001610330565b34801561036c57600080fd5b5061038061037b36600461391a565b61099d565b6040516103309190613933565b34801561039957600080fd5b506103ad6103a83660046139bb565b610a4a565b005b3480156103bb57600080fd5b506103cf6103ca3660046139eb565b610b1b565b6040805182516001600160401b031681526020928301516001600160c01b03169281019290925201610330565b34801561040857600080fd5b5061041c610417366004613a0d565b610b40565b604051908152602001610330565b34801561043657600080fd5b506103ad6104453660046139bb565b611061565b34801561045657600080fd5b5061041c61046536600461391a565b611185565b34801561047657600080fd5b5061048061271081565b60405161ffff9091168152602001610330565b34801561049f57600080fd5b506103ad6104ae3660046139bb565b6111a7565b3480156104bf57600080fd5b506103ad6104ce3660046139bb565b6111c9565b3480156104df57600080fd5b506103ad6104ee3660046139bb565b6112b7565b3480156104ff57600080fd5b506103ad61050e366004613a65565b6112ef565b34801561051f57600080fd5b5061041c611401565b6103ad610536366004613ab8565b611411565b34801561054757600080fd5b5061041c611430565b34801561055c57600080fd5b506105847f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610330565b3480156105a857600080fd5b506103ad6105b7366004613b81565b61144d565b3480156105c857600080fd5b506103ad6105d73660046139eb565b611478565b3480156105e857600080fd5b5061041c6105f7366004613b81565b611653565b34801561060857600080fd5b506103246106173660046139bb565b611690565b34801561062857600080fd5b5061048061063736600461391a565b6116c7565b34801561064857600080fd5b5061034e600381565b34801561065d57600080fd5b5061067161066c36600461391a565b611710565b6040516103309190613bad565b34801561068a57600080fd5b506103246106993660046139bb565b611811565b3480156106aa57600080fd5b5061041c6106b9366004613c55565b611848565b3480156106ca57600080fd5b506103ad6106d936600461391a565b611c67565b3480156106ea57600080fd5b506103246106f93660046139bb565b611f26565b34801561070a57600080fd5b506103ad6107193660046139bb565b611f5e565b34801561072a57600080fd5b5061041c61073936600461391a565b612021565b34801561074a57600080fd5b5061041c612045565b34801561075f57600080fd5b5061041c600081565b34801561077457600080fd5b506103ad6107833660046139eb565b612058565b34801561079457600080fd5b506107b9604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516103309190613c95565b3480156107d257600080fd5b5061034e600281565b3480156107e757600080fd5b506103ad6107f636600461391a565b61216c565b34801561080757600080fd5b506103ad61081636600461391a565b612298565b34801561082757600080fd5b506103ad610836366004613cc8565b612336565b34801561084757600080fd5b5061041c602081565b34801561085c57600080fd5b506103ad61086b3660046139bb565b61246e565b34801561087c57600080fd5b5061041c61088b36600461391a565b61248a565b34801561089c57600080fd5b506103ad6108ab3660046139eb565b61250c565b3480156108bc57600080fd5b506108d06108cb36600461391a565b612617565b6040516103309190613dbb565b3480156108e957600080fd5b5061041c7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b34801561091d57600080fd5b5061093161092c366004613e3d565b6127f9565b60408051928352602083019190915201610330565b34801561095257600080fd5b5061041c61096136600461391a565b6128e2565b60006001600160e01b03198216637965db0b60e01b148061099757506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606109a7612989565b6003016000838152602001908152602001600020805480602002602001604051908101604052809291908181526020016000905b82821015610a3f57838290600052602060002090600502016040518060a001604052908160008201548152602001600182015481526020016002820154815260200160038201548152602001600482015481525050815260200190600101906109db565b505050509050919050565b610a53826129ad565b506000610a5e612989565b6000848152600791909101602090815260408083206001600160a01b0386168452918290529091205490915060ff16610ac157604051630a41f33160e21b8152600481018490526001600160a01b03831660248201526044015b60405180910390fd5b6001600160a01b03821660008181526020838152604091829020805460ff19169055905133815285917f9532c8ef68ade0dac3d5db2cba108f53e10625590a5f387a7801b07c7248e08b91015b60405180910390a3505050565b6040805180820190915260008082526020820152610b3983836129f6565b9392505050565b600080610b4b612989565b90506000610b5888612abc565b805490915061010090046001600160a01b03163314610b9357604051637b250b6d60e11b815260048101899052336024820152604401610ab8565b6001810154600160a01b90046001600160401b0316421080610bc1575060028101546001600160401b031642115b15610c12576001810154600282015460405163196a773360e21b8152600481018b90526001600160401b034281166024830152600160a01b9093048316604482015291166064820152608401610ab8565b600088815260048301602090815260408083206001600160a01b038a16845290915290205460ff16610c6957604051637919111160e01b8152600481018990526001600160a01b0387166024820152604401610ab8565b83610c8757604051636d256e4d60e01b815260040160405180910390fd5b84600003610ca8576040516309d3225b60e21b815260040160405180910390fd5b60008881526003830160205260409020548710610ce25760405163361ed76d60e11b81526004810189905260248101889052604401610ab8565b60008881526003830160205260408120805489908110610d0457610d04613ebc565b90600052602060002090600502019050600086826004015483600301548460020154610d309190613ee8565b610d3a9190613efb565b610d449190613efb565b90508160010154811115610d89576001820154604051635d81aa3160e11b8152600481018c9052602481018b9052604481019190915260648101829052608401610ab8565b88610dcf576000610d998b6128e2565b905080821115610dcd57604051630621571d60e31b8152600481018c90526024810182905260448101839052606401610ab8565b505b600083600c0154610ddf85612af8565b610de99190613ee8565b905080881115610e1d5760405163184b31d360e31b8152600481018c90526024810182905260448101899052606401610ab8565b8460010160008154610e2e90613f0e565b919050819055955060008460000160030154891190506040518061014001604052808d81526020018c81526020018b6001600160a01b0316815260200182610e77576002610e7a565b60015b60ff168152602001600015158152602001426001600160401b031681526020018a8152602001600081526020018981526020016000801b815250866005016000898152602001908152602001600020600082015181600001556020820151816001015560408201518160020160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060608201518160020160146101000a81548160ff021916908360ff16021790555060808201518160020160156101000a81548160ff02191690831515021790555060a08201518160020160166101000a8154816001600160401b0302191690836001600160401b0316021790555060c0820151816003015560e0820151816004015561010082015181600501556101208201518160060155905050896001600160a01b0316878d7f4496ce542b58bdf3191ef619041d7bd8e7eadf8d6b4a6eeb8005d40da8959e088e8d8d87604051610ffe9493929190938452602084019290925260408301521515606082015260800190565b60405180910390a4801561104657888460040160008282546110209190613efb565b925050819055508885600c01600082825461103b9190613efb565b909155506110529050565b61105285858c8c612b2c565b50505050505095945050505050565b600061106c836129ad565b805490915060ff1660011461109757604051630d8452c560e21b815260048101849052602401610ab8565b6001600160a01b0382166110be5760405163813abca160e01b815260040160405180910390fd5b60006110c8612989565b6000858152600791909101602090815260408083206001600160a01b0387168452918290529091205490915060ff16156111275760405163da8ce1a560e01b8152600481018590526001600160a01b0384166024820152604401610ab8565b6001600160a01b03831660008181526020838152604091829020805460ff19166001179055905133815286917f940fd419d9f9c8e16e9e2239146f0c0cd4e0fe4133f2606f0ce0f2306dd9c91a91015b60405180910390a350505050565b6000908152600080516020614239833981519152602052604090206001015490565b6111b082611185565b6111b981612b95565b6111c38383612ba2565b50505050565b6111d2826129ad565b506001600160a01b0381166111fa5760405163813abca160e01b815260040160405180910390fd5b6000611204612989565b6000848152600491909101602090815260408083206001600160a01b0386168452918290529091205490915060ff161561126357604051633caca0af60e11b8152600481018490526001600160a01b0383166024820152604401610ab8565b6001600160a01b03821660008181526020838152604091829020805460ff19166001179055905133815285917f5254943cdd0cd68efb968bb9ffec668e4c12bd7a122e0e99b37e660131b83c6c9101610b0e565b6001600160a01b03811633146112e05760405163334bd91960e11b815260040160405180910390fd5b6112ea8282612c47565b505050565b60006112fa85612abc565b905060ff8416600114801590611314575060ff8416600214155b1561133e57604051637e9fff3360e11b81526004810186905260ff85166024820152604401610ab8565b60ff841660011480156113565750805460ff16600214155b1561138057604051637e9fff3360e11b81526004810186905260ff85166024820152604401610ab8565b816000036113a1576040516309d3225b60e21b815260040160405180910390fd5b6113ad85836000612cc3565b6040805160ff861681526020810185905290810183905233606082015285907f3b67188d8baed4b64bd2adccfbb199b0bfdd40ea53ec5181f2b6cb0abac4f60c906080015b60405180910390a25050505050565b600061140b612989565b54919050565b611419612d51565b61142282612df8565b61142c8282612eec565b5050565b600061143a612fa9565b5060008051602061421983398151915290565b61145683612ff2565b61146383838360006130fd565b61146c57505050565b6112ea83826001612cc3565b6000611483836132a4565b905060006114948260000154612abc565b600283810154919250600160a01b90910460ff16146114de57600282015460405163321f2a7b60e01b815260048101869052600160a01b90910460ff166024820152604401610ab8565b826000036114ff576040516309d3225b60e21b815260040160405180910390fd5b81600301548383600401546115149190613efb565b1115611557576003820154600480840154604051633b6aaa2160e11b81529182018790526024820192909252604481019190915260648101849052608401610ab8565b8282600401600082825461156b9190613efb565b9091555083905061157a612989565b83546000908152600391909101602052604090206001840154815481106115a3576115a3613ebc565b906000526020600020906005020160030160008282546115c39190613efb565b925050819055508281600b0160008282546115de9190613efb565b9091555061161990506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866132e7565b8154604080518581523360208201528692917f47ea1f899b9d0692d058b81582b345cc32a36193d5ed9dceac2954fee1358eb79101611177565b600061165e846129ad565b508261167d5760405163764603b560e11b815260040160405180910390fd5b61168884848461334e565b949350505050565b600061169a612989565b6000938452600701602090815260408085206001600160a01b039490941685529290525090205460ff1690565b6000633b9aca0082116116dd57506105dc919050565b6402540be40082116116f25750610514919050565b6404a817c800821161170757506104b0919050565b506103e8919050565b6040805161014081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152611769612989565b6000928352600590810160209081526040938490208451610140810186528154815260018201549281019290925260028101546001600160a01b03811695830195909552600160a01b850460ff9081166060840152600160a81b86041615156080830152600160b01b9094046001600160401b031660a0820152600384015460c0820152600484015460e0820152908301546101008201526006909201546101208301525090565b600061181b612989565b6000938452600401602090815260408085206001600160a01b039490941685529290525090205460ff1690565b60007fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861187481612b95565b60016118836020850185613f27565b60ff16141580156118a45750600261189e6020850185613f27565b60ff1614155b156118d5576118b66020840184613f27565b6040516320d5e97760e11b815260ff9091166004820152602401610ab8565b60006118e76040850160208601613cc8565b6001600160a01b03161480611914575060006119096060850160408601613cc8565b6001600160a01b0316145b806119395750600061192e61014085016101208601613cc8565b6001600160a01b0316145b156119575760405163813abca160e01b815260040160405180910390fd5b6119676060840160408501613cc8565b6001600160a01b03166119806040850160208601613cc8565b6001600160a01b0316036119c35761199e6040840160208501613cc8565b604051639dbdf85d60e01b81526001600160a01b039091166004820152602401610ab8565b6119d36080840160608501613f59565b6001600160401b03166119ec60a0850160808601613f59565b6001600160401b031611611a4657611a0a6080840160608501613f59565b611a1a60a0850160808601613f59565b60405163d20e590d60e01b81526001600160401b03928316600482015291166024820152604401610ab8565b612710611a5960e0850160c08601613f86565b61ffff161115611a9357611a7360e0840160c08501613f86565b604051635d97d4a760e11b815261ffff9091166004820152602401610ab8565b6000611a9d612989565b90508060000160008154611ab090613f0e565b9182905550600081815260028301602052604090209093508481611ad48282613ff7565b5060019050611ae66020870187613f27565b60ff16148015611b075750611b0160e0860160c08701613f86565b61ffff16155b60068201805460ff1916911515919091179055611b2a6060860160408701613cc8565b6001600160a01b0316611b436040870160208801613cc8565b6001600160a01b0316857fecba1ece08ca7882f4f2b2e56ba82554144f29f6d658b339a0a0952189874b03611b7b60208a018a613f27565b611b8b60808b0160608c01613f59565b611b9b60a08c0160808d01613f59565b611bab60c08d0160a08e01613f59565b611bbb60e08e0160c08f01613f86565b8960060160009054906101000a900460ff168e60e001358f610120016020810190611be69190613cc8565b6040805160ff90991689526001600160401b0397881660208a01529587169588019590955294909216606086015261ffff166080850152151560a084015260c08301919091526001600160a01b031660e08201526101000160405180910390a4611c5e846430b236b4b760d91b87610100013561334e565b50505050919050565b6000611c71612989565b90506000611c7e83613447565b6006810154909150610100900460ff1615611caf5760405163542a2ab160e11b815260048101849052602401610ab8565b6002810154600090611cd3906001600160401b03600160401b82048116911661416e565b9050806001600160401b03164211611d1857604051637100ae7d60e11b8152600481018590526001600160401b03808316602483015242166044820152606401610ab8565b60068201805461ff001916610100179055600c8201548015611d89576000600c84018190558581526003850160205260408120905b8154811015611d86576000828281548110611d6a57611d6a613ebc565b6000918252602090912060046005909202010155600101611d4d565b50505b6000611d9484612af8565b600d8501819055600585015485549192506000916001600160a01b039091169060ff166001148015611dc95750600786015415155b8015611df3575060078601546000908152600288016020526040902060060154610100900460ff16155b15611e015750506007840154305b604080518481526001600160a01b03831660208201529081018390526060810185905233608082015288907fed4bbaec5464f45812ebe450f1b9be73a34a148e161de2e17b430f896294b9fe9060a00160405180910390a282600003611e6b575050505050505050565b8115611ee857600082815260028801602052604081206008018054859290611e94908490613efb565b90915550506040805160038152602081018a905290810184905230606082015282907f3b67188d8baed4b64bd2adccfbb199b0bfdd40ea53ec5181f2b6cb0abac4f60c9060800160405180910390a2611f1c565b611f1c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016828561348d565b5050505050505050565b6000918252600080516020614239833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b611f67826134be565b506000611f72612989565b6000848152600491909101602090815260408083206001600160a01b0386168452918290529091205490915060ff16611fd057604051637919111160e01b8152600481018490526001600160a01b0383166024820152604401610ab8565b6001600160a01b03821660008181526020838152604091829020805460ff19169055905133815285917fe15ff768c66152844f46c4d93ce32603bfde2ae8db861a0391c7dc412176671d9101610b0e565b600061099761202e612989565b600084815260029190910160205260409020612af8565b600061204f612989565b60010154905090565b6000612063836129ad565b805490915060ff1660011461208e57604051630d8452c560e21b815260048101849052602401610ab8565b6000612098612989565b9050838314806120a6575082155b806120b15750805483115b156120d95760405163d2ed1bfb60e01b81526004810185905260248101849052604401610ab8565b60008381526002820160205260409020805460ff16600114158061210657506006810154610100900460ff165b1561212e5760405163d2ed1bfb60e01b81526004810186905260248101859052604401610ab8565b600783018490556040805185815233602082015286917fd0457ca1b2cbe5fa92945df1123a4f81efcf66dddd661771808be4098d4699ca91016113f2565b600080600061217a8461351f565b925092509250612188612989565b835460009081526004919091016020908152604080832060028701546001600160a01b0316845290915290205460ff166121ee5782546002840154604051637919111160e01b815260048101929092526001600160a01b03166024820152604401610ab8565b60028301805460ff60a01b1916600160a11b179055600383015460048201805460009061221c908490613ee8565b90915550506003830154600c8301805460009061223a908490613ee8565b909155505082546040513381528591907f735bb2e4da075ec574d81f71547b57cb794023a7c7c73ac9a41549b7628245f19060200160405180910390a3600283015460038401546111c391849184916001600160a01b031690612b2c565b60008060006122a68461351f565b60028301805460ff60a01b1916600360a01b1790556003830154600482018054949750929550909350916000906122de908490613ee8565b90915550506003830154600c830180546000906122fc908490613ee8565b909155505082546040513381528591907f3965d171a5c8d296cad8bd25b2b80a2114c16f8012bd7c57adfaafab92add23490602001611177565b6000612340613607565b805490915060ff600160401b82041615906001600160401b03166000811580156123675750825b90506000826001600160401b031660011480156123835750303b155b905081158015612391575080155b156123af5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156123d957845460ff60401b1916600160401b1785555b6123e1613630565b6123e9613630565b6123f4600087612ba2565b5061241f7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923887612ba2565b50831561246657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b61247782611185565b61248081612b95565b6111c38383612c47565b600080612710612499846116c7565b6124a79061ffff168561418d565b6124b191906141a4565b905060006404a817c8008411156124cd5750638f0d18006124f8565b6402540be4008411156124e55750634d7c6d006124f8565b633b9aca008411156124f857506308f0d1805b8082116125055780611688565b5092915050565b6000612517836132a4565b90506000612523612989565b825460009081526002919091016020526040902060018101549091506001600160a01b031633146125735781546040516308fb8a9d60e11b81526004810191909152336024820152604401610ab8565b826125915760405163630e828760e11b815260040160405180910390fd5b6002820154600160a81b900460ff16156125c157604051632aa289ad60e01b815260048101859052602401610ab8565b60028201805460ff60a81b1916600160a81b179055600682018390558154604080518581523360208201528692917f12b3fa7c7372d3f7b7af842973ed5b11f70116c78a1962b4d51346472fae4a7e9101611177565b6126c460408051610280810190915260006101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e0830182905261020083018290526102208301829052610240830182905261026083019190915281908152602001600015158152602001600015158152602001600081526020016000815260200160008152602001600081526020016000815260200160008152602001600081525090565b6126cc612989565b600092835260029081016020908152604093849020845161028081018652815460ff8082166101408401908152610100928390046001600160a01b039081166101608601526001860154808216610180870152600160a01b90046001600160401b039081166101a0870152978601548089166101c0870152600160401b81049098166101e0860152600160801b90970461ffff166102008501526003850154610220850152600485015461024085015260058501549096166102608401529482526006830154808616151594830194909452928390049093161515948301949094526007840154606083015260088401546080830152600984015460a0830152600a84015460c0830152600b84015460e0830152600c84015490820152600d909201546101208301525090565b60008082810361281c57604051634bcb128960e11b815260040160405180910390fd5b61282585612ff2565b6000805b848110156128c6576128748787878481811061284757612847613ebc565b9050604002016000013588888581811061286357612863613ebc565b9050604002016020013560016130fd565b156128b25785858281811061288b5761288b613ebc565b90506040020160200135826128a09190613efb565b91506128ab84613f0e565b93506128be565b6128bb83613f0e565b92505b600101612829565b5080156128d9576128d986826001612cc3565b50935093915050565b6000806128ed612989565b600084815260029190910160205260409020805490915060ff166000190161295b57600681015460ff1661294e57600281015460098201546127109161293f91600160801b90910461ffff169061418d565b61294991906141a4565b610b39565b610b39816009015461248a565b600281015460088201546127109161297f91600160801b90910461ffff169061418d565b610b3991906141a4565b7f9ff06c6e1f8ea93bd4b96fb8d7dcb5fd7cf6c4a79151c22b0bd424817afcdb0090565b60006129b882612abc565b60018101549091506001600160a01b031633146129f1576040516308fb8a9d60e11b815260048101839052336024820152604401610ab8565b919050565b60408051808201909152600080825260208201526000612a14612989565b6000858152600882016020908152604080832087845282528083208151808301909252546001600160401b038116808352600160401b9091046001600160c01b0316928201929092529450919250036125055760008381526006820160209081526040918290208251808401909352546001600160401b038116808452600160401b9091046001600160c01b031691830191909152859003612ab4578092505b505092915050565b6000612ac782613447565b6006810154909150610100900460ff16156129f15760405163b848df5360e01b815260048101839052602401610ab8565b600081600d015482600a015483600b01548460080154612b189190613efb565b612b229190613ee8565b6109979190613ee8565b80836002016000828254612b409190613efb565b925050819055508084600a016000828254612b5b9190613efb565b909155506111c390506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361348d565b612b9f8133613638565b50565b6000600080516020614239833981519152612bbd8484611f26565b612c3d576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612bf33390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610997565b6000915050610997565b6000600080516020614239833981519152612c628484611f26565b15612c3d576000848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610997565b6000612ccd612989565b6002016000858152602001908152602001600020905082816008016000828254612cf79190613efb565b90915550508115612d1c5782816009016000828254612d169190613efb565b90915550505b6111c36001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866132e7565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612dd857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612dcc600080516020614219833981519152546001600160a01b031690565b6001600160a01b031614155b15612df65760405163703e46dd60e11b815260040160405180910390fd5b565b6000612e0381612b95565b6000826001600160a01b03166356ef45146040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612e5f575060408051601f3d908101601f19168201909252612e5c918101906141c6565b60015b15612e675790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146112ea57604051631457151f60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610ab8565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612f46575060408051601f3d908101601f19168201909252612f43918101906141e3565b60015b612f6e57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610ab8565b6000805160206142198339815191528114612f9f57604051632a87526960e21b815260048101829052602401610ab8565b6112ea8383613671565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612df65760405163703e46dd60e11b815260040160405180910390fd5b6000612ffd82612abc565b805490915060ff1660011461302f57604051637e9fff3360e11b81526004810183905260016024820152604401610ab8565b613037612989565b60008381526007919091016020908152604080832033845290915290205460ff1661307e57604051637c55044d60e01b815260048101839052336024820152604401610ab8565b6001810154600160a01b90046001600160401b03164210806130ac575060028101546001600160401b031642115b1561142c576001810154600282015460405163196a773360e21b8152600481018590526001600160401b034281166024830152600160a01b9093048316604482015291166064820152608401610ab8565b60008361311d57604051631280517b60e31b815260040160405180910390fd5b8260000361313e576040516309d3225b60e21b815260040160405180910390fd5b600061314a86866129f6565b80519091506001600160401b0316156131d55782801561317657508381602001516001600160c01b0316145b156131b257604051859087907f71398b29fa89f115cb95a66a28ad3633023b346558525af15755f060a3d54c6890600090a36000915050611688565b6040516312454e4760e31b81526004810186905260248101879052604401610ab8565b6040518060400160405280876001600160401b03168152602001856001600160c01b0316815250613204612989565b600088815260089190910160209081526040808320898452825291829020835193909101516001600160c01b0316600160401b026001600160401b039093169290921790915551859087907ff03a6992f3b14900fc23e2a1ecd33b9389eefff8c732c500e88bcbce8b9aeca89061329090889033909182526001600160a01b0316602082015260400190565b60405180910390a350600195945050505050565b60006132ae612989565b600083815260059190910160205260408120805490925090036129f1576040516316546cdb60e31b815260048101839052602401610ab8565b6040516001600160a01b0384811660248301528381166044830152606482018390526111c39186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506136c7565b600080613359612989565b600086815260039190910160209081526040909120805490925010613394576040516380ca05d960e01b815260048101869052602401610ab8565b80546040805160a081018252868152602080820187815260008385018181526060808601838152608087018481526001808b018c558b865294879020975160058b0290980197885594519387019390935590516002860155905160038501559051600490930192909255825184815290810188905291820186905291935086917f2cd4f5e43624b8a9c878a4bf3099a87b7cf23b5d2ce083bcf189483c08cbd015910160405180910390a2509392505050565b6000613451612989565b600083815260029190910160205260408120805490925060ff1690036129f157604051633cb1b7a160e21b815260048101839052602401610ab8565b6040516001600160a01b038381166024830152604482018390526112ea91859182169063a9059cbb9060640161331c565b60006134c982612abc565b805490915061010090046001600160a01b031633148015906134f8575060018101546001600160a01b03163314155b156129f1576040516358a1c69760e11b815260048101839052336024820152604401610ab8565b600080600061352d846132a4565b925061353c8360000154612abc565b60018101549092506001600160a01b031633146135785782546040516308fb8a9d60e11b81526004810191909152336024820152604401610ab8565b6002830154600160a01b900460ff166001146135bf5760028301546040516319d9db6f60e01b815260048101869052600160a01b90910460ff166024820152604401610ab8565b6135c7612989565b83546000908152600391909101602052604090206001840154815481106135f0576135f0613ebc565b906000526020600020906005020190509193909250565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610997565b612df6613738565b6136428282611f26565b61142c5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ab8565b61367a8261375d565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156136bf576112ea82826137c2565b61142c613838565b600080602060008451602086016000885af1806136ea576040513d6000823e3d81fd5b50506000513d9150811561370257806001141561370f565b6001600160a01b0384163b155b156111c357604051635274afe760e01b81526001600160a01b0385166004820152602401610ab8565b613740613857565b612df657604051631afcd79f60e31b815260040160405180910390fd5b806001600160a01b03163b60000361379357604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610ab8565b60008051602061421983398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516137df91906141fc565b600060405180830381855af49150503d806000811461381a576040519150601f19603f3d011682016040523d82523d6000602084013e61381f565b606091505b509150915061382f858383613871565b95945050505050565b3415612df65760405163b398979f60e01b815260040160405180910390fd5b6000613861613607565b54600160401b900460ff16919050565b60608261388157612949826138c8565b815115801561389857506001600160a01b0384163b155b156138c157604051639996b31560e01b81526001600160a01b0385166004820152602401610ab8565b5080610b39565b8051156138d757805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60006020828403121561390257600080fd5b81356001600160e01b031981168114610b3957600080fd5b60006020828403121561392c57600080fd5b5035919050565b602080825282518282018190526000918401906040840190835b8181101561399b57835180518452602081015160208501526040810151604085015260608101516060850152608081015160808501525060a08301925060208401935060018101905061394d565b509095945050505050565b6001600160a01b0381168114612b9f57600080fd5b600080604083850312156139ce57600080fd5b8235915060208301356139e0816139a6565b809150509250929050565b600080604083850312156139fe57600080fd5b50508035926020909101359150565b600080600080600060a08688031215613a2557600080fd5b85359450602086013593506040860135613a3e816139a6565b94979396509394606081013594506080013592915050565b60ff81168114612b9f57600080fd5b60008060008060808587031215613a7b57600080fd5b843593506020850135613a8d81613a56565b93969395505050506040820135916060013590565b634e487b7160e01b600052604160045260246000fd5b60008060408385031215613acb57600080fd5b8235613ad6816139a6565b915060208301356001600160401b03811115613af157600080fd5b8301601f81018513613b0257600080fd5b80356001600160401b03811115613b1b57613b1b613aa2565b604051601f8201601f19908116603f011681016001600160401b0381118282101715613b4957613b49613aa2565b604052818152828201602001871015613b6157600080fd5b816020840160208301376000602083830101528093505050509250929050565b600080600060608486031215613b9657600080fd5b505081359360208301359350604090920135919050565b60006101408201905082518252602083015160208301526040830151613bde60408401826001600160a01b03169052565b506060830151613bf3606084018260ff169052565b506080830151613c07608084018215159052565b5060a0830151613c2260a08401826001600160401b03169052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015292915050565b6000610140828403128015613c6957600080fd5b509092915050565b60005b83811015613c8c578181015183820152602001613c74565b50506000910152565b6020815260008251806020840152613cb4816040850160208701613c71565b601f01601f19169190910160400192915050565b600060208284031215613cda57600080fd5b8135610b39816139a6565b805160ff1682526020810151613d0660208401826001600160a01b03169052565b506040810151613d2160408401826001600160a01b03169052565b506060810151613d3c60608401826001600160401b03169052565b506080810151613d5760808401826001600160401b03169052565b5060a0810151613d7260a08401826001600160401b03169052565b5060c0810151613d8860c084018261ffff169052565b5060e081015160e08301526101008101516101008301526101208101516112ea6101208401826001600160a01b03169052565b600061026082019050613dcf828451613ce5565b6020830151151561014083015260408301511515610160830152606083015161018083015260808301516101a083015260a08301516101c083015260c08301516101e083015260e0830151610200830152610100830151610220830152610120909201516102409091015290565b600080600060408486031215613e5257600080fd5b8335925060208401356001600160401b03811115613e6f57600080fd5b8401601f81018613613e8057600080fd5b80356001600160401b03811115613e9657600080fd5b8660208260061b8401011115613eab57600080fd5b939660209190910195509293505050565b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b8181038181111561099757610997613ed2565b8082018082111561099757610997613ed2565b600060018201613f2057613f20613ed2565b5060010190565b600060208284031215613f3957600080fd5b8135610b3981613a56565b6001600160401b0381168114612b9f57600080fd5b600060208284031215613f6b57600080fd5b8135610b3981613f44565b61ffff81168114612b9f57600080fd5b600060208284031215613f9857600080fd5b8135610b3981613f76565b6000813561099781613a56565b60008135610997816139a6565b80546001600160a01b0319166001600160a01b0392909216919091179055565b6000813561099781613f44565b6000813561099781613f76565b61401461400383613fa3565b825460ff191660ff91909116178255565b61404961402360208401613fb0565b828054610100600160a81b03191660089290921b610100600160a81b0316919091179055565b6001810161406261405c60408501613fb0565b82613fbd565b61409d61407160608501613fdd565b82805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b50600281016140cf6140b160808501613fdd565b825467ffffffffffffffff19166001600160401b0391909116178255565b6141106140de60a08501613fdd565b82546fffffffffffffffff0000000000000000191660409190911b6fffffffffffffffff000000000000000016178255565b61413f61411f60c08501613fea565b82805461ffff60801b191660809290921b61ffff60801b16919091179055565b5060e08201356003820155610100820135600482015561142c6141656101208401613fb0565b60058301613fbd565b6001600160401b03818116838216019081111561099757610997613ed2565b808202811582820484141761099757610997613ed2565b6000826141c157634e487b7160e01b600052601260045260246000fd5b500490565b6000602082840312156141d857600080fd5b8151610b39816139a6565b6000602082840312156141f557600080fd5b5051919050565b6000825161420e818460208701613c71565b919091019291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220c3d8d30b43ced8aa6c4ba127b458950288f2583ecec276d1e2cf0c9e4e436c6064736f6c634300081c0033",
}

// FundLedgerABI is the input ABI used to generate the binding from.
// Deprecated: Use FundLedgerMetaData.ABI instead.
var FundLedgerABI = FundLedgerMetaData.ABI

// FundLedgerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FundLedgerMetaData.Bin instead.
var FundLedgerBin = FundLedgerMetaData.Bin

// DeployFundLedger deploys a new Ethereum contract, binding an instance of FundLedger to it.
func DeployFundLedger(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address) (common.Address, *types.Transaction, *FundLedger, error) {
	parsed, err := FundLedgerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FundLedgerBin), backend, token)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FundLedger{FundLedgerCaller: FundLedgerCaller{contract: contract}, FundLedgerTransactor: FundLedgerTransactor{contract: contract}, FundLedgerFilterer: FundLedgerFilterer{contract: contract}}, nil
}

// FundLedger is an auto generated Go binding around an Ethereum contract.
type FundLedger struct {
	FundLedgerCaller     // Read-only binding to the contract
	FundLedgerTransactor // Write-only binding to the contract
	FundLedgerFilterer   // Log filterer for contract events
}

// FundLedgerCaller is an auto generated read-only Go binding around an Ethereum contract.
type FundLedgerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FundLedgerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FundLedgerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FundLedgerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FundLedgerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FundLedgerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FundLedgerSession struct {
	Contract     *FundLedger       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FundLedgerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FundLedgerCallerSession struct {
	Contract *FundLedgerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// FundLedgerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FundLedgerTransactorSession struct {
	Contract     *FundLedgerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// FundLedgerRaw is an auto generated low-level Go binding around an Ethereum contract.
type FundLedgerRaw struct {
	Contract *FundLedger // Generic contract binding to access the raw methods on
}

// FundLedgerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FundLedgerCallerRaw struct {
	Contract *FundLedgerCaller // Generic read-only contract binding to access the raw methods on
}

// FundLedgerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FundLedgerTransactorRaw struct {
	Contract *FundLedgerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFundLedger creates a new instance of FundLedger, bound to a specific deployed contract.
func NewFundLedger(address common.Address, backend bind.ContractBackend) (*FundLedger, error) {
	contract, err := bindFundLedger(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FundLedger{FundLedgerCaller: FundLedgerCaller{contract: contract}, FundLedgerTransactor: FundLedgerTransactor{contract: contract}, FundLedgerFilterer: FundLedgerFilterer{contract: contract}}, nil
}

// NewFundLedgerCaller creates a new read-only instance of FundLedger, bound to a specific deployed contract.
func NewFundLedgerCaller(address common.Address, caller bind.ContractCaller) (*FundLedgerCaller, error) {
	contract, err := bindFundLedger(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FundLedgerCaller{contract: contract}, nil
}

// NewFundLedgerTransactor creates a new write-only instance of FundLedger, bound to a specific deployed contract.
func NewFundLedgerTransactor(address common.Address, transactor bind.ContractTransactor) (*FundLedgerTransactor, error) {
	contract, err := bindFundLedger(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FundLedgerTransactor{contract: contract}, nil
}

// NewFundLedgerFilterer creates a new log filterer instance of FundLedger, bound to a specific deployed contract.
func NewFundLedgerFilterer(address common.Address, filterer bind.ContractFilterer) (*FundLedgerFilterer, error) {
	contract, err := bindFundLedger(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FundLedgerFilterer{contract: contract}, nil
}

// bindFundLedger binds a generic wrapper to an already deployed contract.
func bindFundLedger(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FundLedgerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FundLedger *FundLedgerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FundLedger.Contract.FundLedgerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FundLedger *FundLedgerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FundLedger.Contract.FundLedgerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FundLedger *FundLedgerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FundLedger.Contract.FundLedgerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FundLedger *FundLedgerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FundLedger.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FundLedger *FundLedgerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FundLedger.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FundLedger *FundLedgerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FundLedger.Contract.contract.Transact(opts, method, params...)
}

// ADMINLINE is a free data retrieval call binding the contract method 0xbf75ba98.
//
// Solidity: function ADMIN_LINE() view returns(uint256)
func (_FundLedger *FundLedgerCaller) ADMINLINE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "ADMIN_LINE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ADMINLINE is a free data retrieval call binding the contract method 0xbf75ba98.
//
// Solidity: function ADMIN_LINE() view returns(uint256)
func (_FundLedger *FundLedgerSession) ADMINLINE() (*big.Int, error) {
	return _FundLedger.Contract.ADMINLINE(&_FundLedger.CallOpts)
}

// ADMINLINE is a free data retrieval call binding the contract method 0xbf75ba98.
//
// Solidity: function ADMIN_LINE() view returns(uint256)
func (_FundLedger *FundLedgerCallerSession) ADMINLINE() (*big.Int, error) {
	return _FundLedger.Contract.ADMINLINE(&_FundLedger.CallOpts)
}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (_FundLedger *FundLedgerCaller) BPS(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "BPS")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (_FundLedger *FundLedgerSession) BPS() (uint16, error) {
	return _FundLedger.Contract.BPS(&_FundLedger.CallOpts)
}

// BPS is a free data retrieval call binding the contract method 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (_FundLedger *FundLedgerCallerSession) BPS() (uint16, error) {
	return _FundLedger.Contract.BPS(&_FundLedger.CallOpts)
}

// CARRIEDOVER is a free data retrieval call binding the contract method 0x74e7fcce.
//
// Solidity: function CARRIED_OVER() view returns(uint8)
func (_FundLedger *FundLedgerCaller) CARRIEDOVER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "CARRIED_OVER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CARRIEDOVER is a free data retrieval call binding the contract method 0x74e7fcce.
//
// Solidity: function CARRIED_OVER() view returns(uint8)
func (_FundLedger *FundLedgerSession) CARRIEDOVER() (uint8, error) {
	return _FundLedger.Contract.CARRIEDOVER(&_FundLedger.CallOpts)
}

// CARRIEDOVER is a free data retrieval call binding the contract method 0x74e7fcce.
//
// Solidity: function CARRIED_OVER() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) CARRIEDOVER() (uint8, error) {
	return _FundLedger.Contract.CARRIEDOVER(&_FundLedger.CallOpts)
}

// CONSIGNMENT is a free data retrieval call binding the contract method 0xb33adbdd.
//
// Solidity: function CONSIGNMENT() view returns(uint8)
func (_FundLedger *FundLedgerCaller) CONSIGNMENT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "CONSIGNMENT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CONSIGNMENT is a free data retrieval call binding the contract method 0xb33adbdd.
//
// Solidity: function CONSIGNMENT() view returns(uint8)
func (_FundLedger *FundLedgerSession) CONSIGNMENT() (uint8, error) {
	return _FundLedger.Contract.CONSIGNMENT(&_FundLedger.CallOpts)
}

// CONSIGNMENT is a free data retrieval call binding the contract method 0xb33adbdd.
//
// Solidity: function CONSIGNMENT() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) CONSIGNMENT() (uint8, error) {
	return _FundLedger.Contract.CONSIGNMENT(&_FundLedger.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_FundLedger *FundLedgerCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_FundLedger *FundLedgerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _FundLedger.Contract.DEFAULTADMINROLE(&_FundLedger.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_FundLedger *FundLedgerCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _FundLedger.Contract.DEFAULTADMINROLE(&_FundLedger.CallOpts)
}

// DONATION is a free data retrieval call binding the contract method 0x05073bd6.
//
// Solidity: function DONATION() view returns(uint8)
func (_FundLedger *FundLedgerCaller) DONATION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "DONATION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// DONATION is a free data retrieval call binding the contract method 0x05073bd6.
//
// Solidity: function DONATION() view returns(uint8)
func (_FundLedger *FundLedgerSession) DONATION() (uint8, error) {
	return _FundLedger.Contract.DONATION(&_FundLedger.CallOpts)
}

// DONATION is a free data retrieval call binding the contract method 0x05073bd6.
//
// Solidity: function DONATION() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) DONATION() (uint8, error) {
	return _FundLedger.Contract.DONATION(&_FundLedger.CallOpts)
}

// INTEREST is a free data retrieval call binding the contract method 0xff60dfb6.
//
// Solidity: function INTEREST() view returns(uint8)
func (_FundLedger *FundLedgerCaller) INTEREST(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "INTEREST")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// INTEREST is a free data retrieval call binding the contract method 0xff60dfb6.
//
// Solidity: function INTEREST() view returns(uint8)
func (_FundLedger *FundLedgerSession) INTEREST() (uint8, error) {
	return _FundLedger.Contract.INTEREST(&_FundLedger.CallOpts)
}

// INTEREST is a free data retrieval call binding the contract method 0xff60dfb6.
//
// Solidity: function INTEREST() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) INTEREST() (uint8, error) {
	return _FundLedger.Contract.INTEREST(&_FundLedger.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_FundLedger *FundLedgerCaller) KRW(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "KRW")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_FundLedger *FundLedgerSession) KRW() (common.Address, error) {
	return _FundLedger.Contract.KRW(&_FundLedger.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_FundLedger *FundLedgerCallerSession) KRW() (common.Address, error) {
	return _FundLedger.Contract.KRW(&_FundLedger.CallOpts)
}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_FundLedger *FundLedgerCaller) MAXLINES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "MAX_LINES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_FundLedger *FundLedgerSession) MAXLINES() (*big.Int, error) {
	return _FundLedger.Contract.MAXLINES(&_FundLedger.CallOpts)
}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_FundLedger *FundLedgerCallerSession) MAXLINES() (*big.Int, error) {
	return _FundLedger.Contract.MAXLINES(&_FundLedger.CallOpts)
}

// PAID is a free data retrieval call binding the contract method 0xd31a03c2.
//
// Solidity: function PAID() view returns(uint8)
func (_FundLedger *FundLedgerCaller) PAID(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "PAID")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PAID is a free data retrieval call binding the contract method 0xd31a03c2.
//
// Solidity: function PAID() view returns(uint8)
func (_FundLedger *FundLedgerSession) PAID() (uint8, error) {
	return _FundLedger.Contract.PAID(&_FundLedger.CallOpts)
}

// PAID is a free data retrieval call binding the contract method 0xd31a03c2.
//
// Solidity: function PAID() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) PAID() (uint8, error) {
	return _FundLedger.Contract.PAID(&_FundLedger.CallOpts)
}

// PENDING is a free data retrieval call binding the contract method 0x2609e5f4.
//
// Solidity: function PENDING() view returns(uint8)
func (_FundLedger *FundLedgerCaller) PENDING(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "PENDING")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PENDING is a free data retrieval call binding the contract method 0x2609e5f4.
//
// Solidity: function PENDING() view returns(uint8)
func (_FundLedger *FundLedgerSession) PENDING() (uint8, error) {
	return _FundLedger.Contract.PENDING(&_FundLedger.CallOpts)
}

// PENDING is a free data retrieval call binding the contract method 0x2609e5f4.
//
// Solidity: function PENDING() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) PENDING() (uint8, error) {
	return _FundLedger.Contract.PENDING(&_FundLedger.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_FundLedger *FundLedgerCaller) REGISTRARROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "REGISTRAR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_FundLedger *FundLedgerSession) REGISTRARROLE() ([32]byte, error) {
	return _FundLedger.Contract.REGISTRARROLE(&_FundLedger.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_FundLedger *FundLedgerCallerSession) REGISTRARROLE() ([32]byte, error) {
	return _FundLedger.Contract.REGISTRARROLE(&_FundLedger.CallOpts)
}

// REJECTED is a free data retrieval call binding the contract method 0xcb7390b7.
//
// Solidity: function REJECTED() view returns(uint8)
func (_FundLedger *FundLedgerCaller) REJECTED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "REJECTED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// REJECTED is a free data retrieval call binding the contract method 0xcb7390b7.
//
// Solidity: function REJECTED() view returns(uint8)
func (_FundLedger *FundLedgerSession) REJECTED() (uint8, error) {
	return _FundLedger.Contract.REJECTED(&_FundLedger.CallOpts)
}

// REJECTED is a free data retrieval call binding the contract method 0xcb7390b7.
//
// Solidity: function REJECTED() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) REJECTED() (uint8, error) {
	return _FundLedger.Contract.REJECTED(&_FundLedger.CallOpts)
}

// TRANCHE is a free data retrieval call binding the contract method 0x052f637a.
//
// Solidity: function TRANCHE() view returns(uint8)
func (_FundLedger *FundLedgerCaller) TRANCHE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "TRANCHE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// TRANCHE is a free data retrieval call binding the contract method 0x052f637a.
//
// Solidity: function TRANCHE() view returns(uint8)
func (_FundLedger *FundLedgerSession) TRANCHE() (uint8, error) {
	return _FundLedger.Contract.TRANCHE(&_FundLedger.CallOpts)
}

// TRANCHE is a free data retrieval call binding the contract method 0x052f637a.
//
// Solidity: function TRANCHE() view returns(uint8)
func (_FundLedger *FundLedgerCallerSession) TRANCHE() (uint8, error) {
	return _FundLedger.Contract.TRANCHE(&_FundLedger.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_FundLedger *FundLedgerCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_FundLedger *FundLedgerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _FundLedger.Contract.UPGRADEINTERFACEVERSION(&_FundLedger.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_FundLedger *FundLedgerCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _FundLedger.Contract.UPGRADEINTERFACEVERSION(&_FundLedger.CallOpts)
}

// AdminCap is a free data retrieval call binding the contract method 0xf9eed1f3.
//
// Solidity: function adminCap(uint256 id) view returns(uint256)
func (_FundLedger *FundLedgerCaller) AdminCap(opts *bind.CallOpts, id *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "adminCap", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// AdminCap is a free data retrieval call binding the contract method 0xf9eed1f3.
//
// Solidity: function adminCap(uint256 id) view returns(uint256)
func (_FundLedger *FundLedgerSession) AdminCap(id *big.Int) (*big.Int, error) {
	return _FundLedger.Contract.AdminCap(&_FundLedger.CallOpts, id)
}

// AdminCap is a free data retrieval call binding the contract method 0xf9eed1f3.
//
// Solidity: function adminCap(uint256 id) view returns(uint256)
func (_FundLedger *FundLedgerCallerSession) AdminCap(id *big.Int) (*big.Int, error) {
	return _FundLedger.Contract.AdminCap(&_FundLedger.CallOpts, id)
}

// BalanceOf is a free data retrieval call binding the contract method 0x9cc7f708.
//
// Solidity: function balanceOf(uint256 id) view returns(uint256)
func (_FundLedger *FundLedgerCaller) BalanceOf(opts *bind.CallOpts, id *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "balanceOf", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x9cc7f708.
//
// Solidity: function balanceOf(uint256 id) view returns(uint256)
func (_FundLedger *FundLedgerSession) BalanceOf(id *big.Int) (*big.Int, error) {
	return _FundLedger.Contract.BalanceOf(&_FundLedger.CallOpts, id)
}

// BalanceOf is a free data retrieval call binding the contract method 0x9cc7f708.
//
// Solidity: function balanceOf(uint256 id) view returns(uint256)
func (_FundLedger *FundLedgerCallerSession) BalanceOf(id *big.Int) (*big.Int, error) {
	return _FundLedger.Contract.BalanceOf(&_FundLedger.CallOpts, id)
}

// FundCount is a free data retrieval call binding the contract method 0x3f936ff5.
//
// Solidity: function fundCount() view returns(uint256)
func (_FundLedger *FundLedgerCaller) FundCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "fundCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FundCount is a free data retrieval call binding the contract method 0x3f936ff5.
//
// Solidity: function fundCount() view returns(uint256)
func (_FundLedger *FundLedgerSession) FundCount() (*big.Int, error) {
	return _FundLedger.Contract.FundCount(&_FundLedger.CallOpts)
}

// FundCount is a free data retrieval call binding the contract method 0x3f936ff5.
//
// Solidity: function fundCount() view returns(uint256)
func (_FundLedger *FundLedgerCallerSession) FundCount() (*big.Int, error) {
	return _FundLedger.Contract.FundCount(&_FundLedger.CallOpts)
}

// FundOf is a free data retrieval call binding the contract method 0xe77985ea.
//
// Solidity: function fundOf(uint256 id) view returns(((uint8,address,address,uint64,uint64,uint64,uint16,uint256,uint256,address),bool,bool,uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (_FundLedger *FundLedgerCaller) FundOf(opts *bind.CallOpts, id *big.Int) (FundLedgerFund, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "fundOf", id)

	if err != nil {
		return *new(FundLedgerFund), err
	}

	out0 := *abi.ConvertType(out[0], new(FundLedgerFund)).(*FundLedgerFund)

	return out0, err

}

// FundOf is a free data retrieval call binding the contract method 0xe77985ea.
//
// Solidity: function fundOf(uint256 id) view returns(((uint8,address,address,uint64,uint64,uint64,uint16,uint256,uint256,address),bool,bool,uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (_FundLedger *FundLedgerSession) FundOf(id *big.Int) (FundLedgerFund, error) {
	return _FundLedger.Contract.FundOf(&_FundLedger.CallOpts, id)
}

// FundOf is a free data retrieval call binding the contract method 0xe77985ea.
//
// Solidity: function fundOf(uint256 id) view returns(((uint8,address,address,uint64,uint64,uint64,uint16,uint256,uint256,address),bool,bool,uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (_FundLedger *FundLedgerCallerSession) FundOf(id *big.Int) (FundLedgerFund, error) {
	return _FundLedger.Contract.FundOf(&_FundLedger.CallOpts, id)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_FundLedger *FundLedgerCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_FundLedger *FundLedgerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _FundLedger.Contract.GetRoleAdmin(&_FundLedger.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_FundLedger *FundLedgerCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _FundLedger.Contract.GetRoleAdmin(&_FundLedger.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_FundLedger *FundLedgerCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_FundLedger *FundLedgerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _FundLedger.Contract.HasRole(&_FundLedger.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_FundLedger *FundLedgerCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _FundLedger.Contract.HasRole(&_FundLedger.CallOpts, role, account)
}

// IsCollector is a free data retrieval call binding the contract method 0x6066d9fe.
//
// Solidity: function isCollector(uint256 fund, address collector) view returns(bool)
func (_FundLedger *FundLedgerCaller) IsCollector(opts *bind.CallOpts, fund *big.Int, collector common.Address) (bool, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "isCollector", fund, collector)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsCollector is a free data retrieval call binding the contract method 0x6066d9fe.
//
// Solidity: function isCollector(uint256 fund, address collector) view returns(bool)
func (_FundLedger *FundLedgerSession) IsCollector(fund *big.Int, collector common.Address) (bool, error) {
	return _FundLedger.Contract.IsCollector(&_FundLedger.CallOpts, fund, collector)
}

// IsCollector is a free data retrieval call binding the contract method 0x6066d9fe.
//
// Solidity: function isCollector(uint256 fund, address collector) view returns(bool)
func (_FundLedger *FundLedgerCallerSession) IsCollector(fund *big.Int, collector common.Address) (bool, error) {
	return _FundLedger.Contract.IsCollector(&_FundLedger.CallOpts, fund, collector)
}

// IsPayee is a free data retrieval call binding the contract method 0x80a7998c.
//
// Solidity: function isPayee(uint256 fund, address payee) view returns(bool)
func (_FundLedger *FundLedgerCaller) IsPayee(opts *bind.CallOpts, fund *big.Int, payee common.Address) (bool, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "isPayee", fund, payee)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPayee is a free data retrieval call binding the contract method 0x80a7998c.
//
// Solidity: function isPayee(uint256 fund, address payee) view returns(bool)
func (_FundLedger *FundLedgerSession) IsPayee(fund *big.Int, payee common.Address) (bool, error) {
	return _FundLedger.Contract.IsPayee(&_FundLedger.CallOpts, fund, payee)
}

// IsPayee is a free data retrieval call binding the contract method 0x80a7998c.
//
// Solidity: function isPayee(uint256 fund, address payee) view returns(bool)
func (_FundLedger *FundLedgerCallerSession) IsPayee(fund *big.Int, payee common.Address) (bool, error) {
	return _FundLedger.Contract.IsPayee(&_FundLedger.CallOpts, fund, payee)
}

// LinesOf is a free data retrieval call binding the contract method 0x06c2dd3c.
//
// Solidity: function linesOf(uint256 id) view returns((bytes32,uint256,uint256,uint256,uint256)[])
func (_FundLedger *FundLedgerCaller) LinesOf(opts *bind.CallOpts, id *big.Int) ([]FundLedgerLine, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "linesOf", id)

	if err != nil {
		return *new([]FundLedgerLine), err
	}

	out0 := *abi.ConvertType(out[0], new([]FundLedgerLine)).(*[]FundLedgerLine)

	return out0, err

}

// LinesOf is a free data retrieval call binding the contract method 0x06c2dd3c.
//
// Solidity: function linesOf(uint256 id) view returns((bytes32,uint256,uint256,uint256,uint256)[])
func (_FundLedger *FundLedgerSession) LinesOf(id *big.Int) ([]FundLedgerLine, error) {
	return _FundLedger.Contract.LinesOf(&_FundLedger.CallOpts, id)
}

// LinesOf is a free data retrieval call binding the contract method 0x06c2dd3c.
//
// Solidity: function linesOf(uint256 id) view returns((bytes32,uint256,uint256,uint256,uint256)[])
func (_FundLedger *FundLedgerCallerSession) LinesOf(id *big.Int) ([]FundLedgerLine, error) {
	return _FundLedger.Contract.LinesOf(&_FundLedger.CallOpts, id)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_FundLedger *FundLedgerCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_FundLedger *FundLedgerSession) ProxiableUUID() ([32]byte, error) {
	return _FundLedger.Contract.ProxiableUUID(&_FundLedger.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_FundLedger *FundLedgerCallerSession) ProxiableUUID() ([32]byte, error) {
	return _FundLedger.Contract.ProxiableUUID(&_FundLedger.CallOpts)
}

// ReceiptOf is a free data retrieval call binding the contract method 0x12478cab.
//
// Solidity: function receiptOf(uint256 fund, bytes32 receipt) view returns((uint64,uint192))
func (_FundLedger *FundLedgerCaller) ReceiptOf(opts *bind.CallOpts, fund *big.Int, receipt [32]byte) (FundLedgerReceiptEntry, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "receiptOf", fund, receipt)

	if err != nil {
		return *new(FundLedgerReceiptEntry), err
	}

	out0 := *abi.ConvertType(out[0], new(FundLedgerReceiptEntry)).(*FundLedgerReceiptEntry)

	return out0, err

}

// ReceiptOf is a free data retrieval call binding the contract method 0x12478cab.
//
// Solidity: function receiptOf(uint256 fund, bytes32 receipt) view returns((uint64,uint192))
func (_FundLedger *FundLedgerSession) ReceiptOf(fund *big.Int, receipt [32]byte) (FundLedgerReceiptEntry, error) {
	return _FundLedger.Contract.ReceiptOf(&_FundLedger.CallOpts, fund, receipt)
}

// ReceiptOf is a free data retrieval call binding the contract method 0x12478cab.
//
// Solidity: function receiptOf(uint256 fund, bytes32 receipt) view returns((uint64,uint192))
func (_FundLedger *FundLedgerCallerSession) ReceiptOf(fund *big.Int, receipt [32]byte) (FundLedgerReceiptEntry, error) {
	return _FundLedger.Contract.ReceiptOf(&_FundLedger.CallOpts, fund, receipt)
}

// SpendCount is a free data retrieval call binding the contract method 0x9d12d015.
//
// Solidity: function spendCount() view returns(uint256)
func (_FundLedger *FundLedgerCaller) SpendCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "spendCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SpendCount is a free data retrieval call binding the contract method 0x9d12d015.
//
// Solidity: function spendCount() view returns(uint256)
func (_FundLedger *FundLedgerSession) SpendCount() (*big.Int, error) {
	return _FundLedger.Contract.SpendCount(&_FundLedger.CallOpts)
}

// SpendCount is a free data retrieval call binding the contract method 0x9d12d015.
//
// Solidity: function spendCount() view returns(uint256)
func (_FundLedger *FundLedgerCallerSession) SpendCount() (*big.Int, error) {
	return _FundLedger.Contract.SpendCount(&_FundLedger.CallOpts)
}

// SpendOf is a free data retrieval call binding the contract method 0x7b9e7660.
//
// Solidity: function spendOf(uint256 id) view returns((uint256,uint256,address,uint8,bool,uint64,uint256,uint256,bytes32,bytes32))
func (_FundLedger *FundLedgerCaller) SpendOf(opts *bind.CallOpts, id *big.Int) (FundLedgerSpend, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "spendOf", id)

	if err != nil {
		return *new(FundLedgerSpend), err
	}

	out0 := *abi.ConvertType(out[0], new(FundLedgerSpend)).(*FundLedgerSpend)

	return out0, err

}

// SpendOf is a free data retrieval call binding the contract method 0x7b9e7660.
//
// Solidity: function spendOf(uint256 id) view returns((uint256,uint256,address,uint8,bool,uint64,uint256,uint256,bytes32,bytes32))
func (_FundLedger *FundLedgerSession) SpendOf(id *big.Int) (FundLedgerSpend, error) {
	return _FundLedger.Contract.SpendOf(&_FundLedger.CallOpts, id)
}

// SpendOf is a free data retrieval call binding the contract method 0x7b9e7660.
//
// Solidity: function spendOf(uint256 id) view returns((uint256,uint256,address,uint8,bool,uint64,uint256,uint256,bytes32,bytes32))
func (_FundLedger *FundLedgerCallerSession) SpendOf(id *big.Int) (FundLedgerSpend, error) {
	return _FundLedger.Contract.SpendOf(&_FundLedger.CallOpts, id)
}

// StatutoryCap is a free data retrieval call binding the contract method 0xd69f0567.
//
// Solidity: function statutoryCap(uint256 collected) pure returns(uint256)
func (_FundLedger *FundLedgerCaller) StatutoryCap(opts *bind.CallOpts, collected *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "statutoryCap", collected)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StatutoryCap is a free data retrieval call binding the contract method 0xd69f0567.
//
// Solidity: function statutoryCap(uint256 collected) pure returns(uint256)
func (_FundLedger *FundLedgerSession) StatutoryCap(collected *big.Int) (*big.Int, error) {
	return _FundLedger.Contract.StatutoryCap(&_FundLedger.CallOpts, collected)
}

// StatutoryCap is a free data retrieval call binding the contract method 0xd69f0567.
//
// Solidity: function statutoryCap(uint256 collected) pure returns(uint256)
func (_FundLedger *FundLedgerCallerSession) StatutoryCap(collected *big.Int) (*big.Int, error) {
	return _FundLedger.Contract.StatutoryCap(&_FundLedger.CallOpts, collected)
}

// StatutoryCapBps is a free data retrieval call binding the contract method 0x6b30712a.
//
// Solidity: function statutoryCapBps(uint256 collected) pure returns(uint16)
func (_FundLedger *FundLedgerCaller) StatutoryCapBps(opts *bind.CallOpts, collected *big.Int) (uint16, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "statutoryCapBps", collected)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// StatutoryCapBps is a free data retrieval call binding the contract method 0x6b30712a.
//
// Solidity: function statutoryCapBps(uint256 collected) pure returns(uint16)
func (_FundLedger *FundLedgerSession) StatutoryCapBps(collected *big.Int) (uint16, error) {
	return _FundLedger.Contract.StatutoryCapBps(&_FundLedger.CallOpts, collected)
}

// StatutoryCapBps is a free data retrieval call binding the contract method 0x6b30712a.
//
// Solidity: function statutoryCapBps(uint256 collected) pure returns(uint16)
func (_FundLedger *FundLedgerCallerSession) StatutoryCapBps(collected *big.Int) (uint16, error) {
	return _FundLedger.Contract.StatutoryCapBps(&_FundLedger.CallOpts, collected)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_FundLedger *FundLedgerCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _FundLedger.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_FundLedger *FundLedgerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _FundLedger.Contract.SupportsInterface(&_FundLedger.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_FundLedger *FundLedgerCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _FundLedger.Contract.SupportsInterface(&_FundLedger.CallOpts, interfaceId)
}

// AddCollector is a paid mutator transaction binding the contract method 0x1c38d372.
//
// Solidity: function addCollector(uint256 fund, address collector) returns()
func (_FundLedger *FundLedgerTransactor) AddCollector(opts *bind.TransactOpts, fund *big.Int, collector common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "addCollector", fund, collector)
}

// AddCollector is a paid mutator transaction binding the contract method 0x1c38d372.
//
// Solidity: function addCollector(uint256 fund, address collector) returns()
func (_FundLedger *FundLedgerSession) AddCollector(fund *big.Int, collector common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.AddCollector(&_FundLedger.TransactOpts, fund, collector)
}

// AddCollector is a paid mutator transaction binding the contract method 0x1c38d372.
//
// Solidity: function addCollector(uint256 fund, address collector) returns()
func (_FundLedger *FundLedgerTransactorSession) AddCollector(fund *big.Int, collector common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.AddCollector(&_FundLedger.TransactOpts, fund, collector)
}

// AddLine is a paid mutator transaction binding the contract method 0x5b681a9f.
//
// Solidity: function addLine(uint256 fund, bytes32 code, uint256 limit) returns(uint256 line)
func (_FundLedger *FundLedgerTransactor) AddLine(opts *bind.TransactOpts, fund *big.Int, code [32]byte, limit *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "addLine", fund, code, limit)
}

// AddLine is a paid mutator transaction binding the contract method 0x5b681a9f.
//
// Solidity: function addLine(uint256 fund, bytes32 code, uint256 limit) returns(uint256 line)
func (_FundLedger *FundLedgerSession) AddLine(fund *big.Int, code [32]byte, limit *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.AddLine(&_FundLedger.TransactOpts, fund, code, limit)
}

// AddLine is a paid mutator transaction binding the contract method 0x5b681a9f.
//
// Solidity: function addLine(uint256 fund, bytes32 code, uint256 limit) returns(uint256 line)
func (_FundLedger *FundLedgerTransactorSession) AddLine(fund *big.Int, code [32]byte, limit *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.AddLine(&_FundLedger.TransactOpts, fund, code, limit)
}

// AddPayee is a paid mutator transaction binding the contract method 0x30e26964.
//
// Solidity: function addPayee(uint256 fund, address payee) returns()
func (_FundLedger *FundLedgerTransactor) AddPayee(opts *bind.TransactOpts, fund *big.Int, payee common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "addPayee", fund, payee)
}

// AddPayee is a paid mutator transaction binding the contract method 0x30e26964.
//
// Solidity: function addPayee(uint256 fund, address payee) returns()
func (_FundLedger *FundLedgerSession) AddPayee(fund *big.Int, payee common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.AddPayee(&_FundLedger.TransactOpts, fund, payee)
}

// AddPayee is a paid mutator transaction binding the contract method 0x30e26964.
//
// Solidity: function addPayee(uint256 fund, address payee) returns()
func (_FundLedger *FundLedgerTransactorSession) AddPayee(fund *big.Int, payee common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.AddPayee(&_FundLedger.TransactOpts, fund, payee)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 id) returns()
func (_FundLedger *FundLedgerTransactor) Approve(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "approve", id)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 id) returns()
func (_FundLedger *FundLedgerSession) Approve(id *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Approve(&_FundLedger.TransactOpts, id)
}

// Approve is a paid mutator transaction binding the contract method 0xb759f954.
//
// Solidity: function approve(uint256 id) returns()
func (_FundLedger *FundLedgerTransactorSession) Approve(id *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Approve(&_FundLedger.TransactOpts, id)
}

// CreateFund is a paid mutator transaction binding the contract method 0x83330112.
//
// Solidity: function createFund((uint8,address,address,uint64,uint64,uint64,uint16,uint256,uint256,address) t) returns(uint256 id)
func (_FundLedger *FundLedgerTransactor) CreateFund(opts *bind.TransactOpts, t FundLedgerTerms) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "createFund", t)
}

// CreateFund is a paid mutator transaction binding the contract method 0x83330112.
//
// Solidity: function createFund((uint8,address,address,uint64,uint64,uint64,uint16,uint256,uint256,address) t) returns(uint256 id)
func (_FundLedger *FundLedgerSession) CreateFund(t FundLedgerTerms) (*types.Transaction, error) {
	return _FundLedger.Contract.CreateFund(&_FundLedger.TransactOpts, t)
}

// CreateFund is a paid mutator transaction binding the contract method 0x83330112.
//
// Solidity: function createFund((uint8,address,address,uint64,uint64,uint64,uint16,uint256,uint256,address) t) returns(uint256 id)
func (_FundLedger *FundLedgerTransactorSession) CreateFund(t FundLedgerTerms) (*types.Transaction, error) {
	return _FundLedger.Contract.CreateFund(&_FundLedger.TransactOpts, t)
}

// Deposit is a paid mutator transaction binding the contract method 0x3aa76266.
//
// Solidity: function deposit(uint256 fund, uint8 kind, bytes32 ref, uint256 amount) returns()
func (_FundLedger *FundLedgerTransactor) Deposit(opts *bind.TransactOpts, fund *big.Int, kind uint8, ref [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "deposit", fund, kind, ref, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x3aa76266.
//
// Solidity: function deposit(uint256 fund, uint8 kind, bytes32 ref, uint256 amount) returns()
func (_FundLedger *FundLedgerSession) Deposit(fund *big.Int, kind uint8, ref [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Deposit(&_FundLedger.TransactOpts, fund, kind, ref, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x3aa76266.
//
// Solidity: function deposit(uint256 fund, uint8 kind, bytes32 ref, uint256 amount) returns()
func (_FundLedger *FundLedgerTransactorSession) Deposit(fund *big.Int, kind uint8, ref [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Deposit(&_FundLedger.TransactOpts, fund, kind, ref, amount)
}

// Donate is a paid mutator transaction binding the contract method 0x58ed77a7.
//
// Solidity: function donate(uint256 fund, bytes32 receipt, uint256 amount) returns()
func (_FundLedger *FundLedgerTransactor) Donate(opts *bind.TransactOpts, fund *big.Int, receipt [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "donate", fund, receipt, amount)
}

// Donate is a paid mutator transaction binding the contract method 0x58ed77a7.
//
// Solidity: function donate(uint256 fund, bytes32 receipt, uint256 amount) returns()
func (_FundLedger *FundLedgerSession) Donate(fund *big.Int, receipt [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Donate(&_FundLedger.TransactOpts, fund, receipt, amount)
}

// Donate is a paid mutator transaction binding the contract method 0x58ed77a7.
//
// Solidity: function donate(uint256 fund, bytes32 receipt, uint256 amount) returns()
func (_FundLedger *FundLedgerTransactorSession) Donate(fund *big.Int, receipt [32]byte, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Donate(&_FundLedger.TransactOpts, fund, receipt, amount)
}

// DonateBatch is a paid mutator transaction binding the contract method 0xf864a311.
//
// Solidity: function donateBatch(uint256 fund, (bytes32,uint256)[] batch) returns(uint256 recorded, uint256 skipped)
func (_FundLedger *FundLedgerTransactor) DonateBatch(opts *bind.TransactOpts, fund *big.Int, batch []FundLedgerDonation) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "donateBatch", fund, batch)
}

// DonateBatch is a paid mutator transaction binding the contract method 0xf864a311.
//
// Solidity: function donateBatch(uint256 fund, (bytes32,uint256)[] batch) returns(uint256 recorded, uint256 skipped)
func (_FundLedger *FundLedgerSession) DonateBatch(fund *big.Int, batch []FundLedgerDonation) (*types.Transaction, error) {
	return _FundLedger.Contract.DonateBatch(&_FundLedger.TransactOpts, fund, batch)
}

// DonateBatch is a paid mutator transaction binding the contract method 0xf864a311.
//
// Solidity: function donateBatch(uint256 fund, (bytes32,uint256)[] batch) returns(uint256 recorded, uint256 skipped)
func (_FundLedger *FundLedgerTransactorSession) DonateBatch(fund *big.Int, batch []FundLedgerDonation) (*types.Transaction, error) {
	return _FundLedger.Contract.DonateBatch(&_FundLedger.TransactOpts, fund, batch)
}

// Flag is a paid mutator transaction binding the contract method 0xda18be5f.
//
// Solidity: function flag(uint256 id, bytes32 reasonRef) returns()
func (_FundLedger *FundLedgerTransactor) Flag(opts *bind.TransactOpts, id *big.Int, reasonRef [32]byte) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "flag", id, reasonRef)
}

// Flag is a paid mutator transaction binding the contract method 0xda18be5f.
//
// Solidity: function flag(uint256 id, bytes32 reasonRef) returns()
func (_FundLedger *FundLedgerSession) Flag(id *big.Int, reasonRef [32]byte) (*types.Transaction, error) {
	return _FundLedger.Contract.Flag(&_FundLedger.TransactOpts, id, reasonRef)
}

// Flag is a paid mutator transaction binding the contract method 0xda18be5f.
//
// Solidity: function flag(uint256 id, bytes32 reasonRef) returns()
func (_FundLedger *FundLedgerTransactorSession) Flag(id *big.Int, reasonRef [32]byte) (*types.Transaction, error) {
	return _FundLedger.Contract.Flag(&_FundLedger.TransactOpts, id, reasonRef)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_FundLedger *FundLedgerTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_FundLedger *FundLedgerSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.GrantRole(&_FundLedger.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_FundLedger *FundLedgerTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.GrantRole(&_FundLedger.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_FundLedger *FundLedgerTransactor) Initialize(opts *bind.TransactOpts, admin common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "initialize", admin)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_FundLedger *FundLedgerSession) Initialize(admin common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.Initialize(&_FundLedger.TransactOpts, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address admin) returns()
func (_FundLedger *FundLedgerTransactorSession) Initialize(admin common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.Initialize(&_FundLedger.TransactOpts, admin)
}

// Refund is a paid mutator transaction binding the contract method 0x5af36e3e.
//
// Solidity: function refund(uint256 id, uint256 amount) returns()
func (_FundLedger *FundLedgerTransactor) Refund(opts *bind.TransactOpts, id *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "refund", id, amount)
}

// Refund is a paid mutator transaction binding the contract method 0x5af36e3e.
//
// Solidity: function refund(uint256 id, uint256 amount) returns()
func (_FundLedger *FundLedgerSession) Refund(id *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Refund(&_FundLedger.TransactOpts, id, amount)
}

// Refund is a paid mutator transaction binding the contract method 0x5af36e3e.
//
// Solidity: function refund(uint256 id, uint256 amount) returns()
func (_FundLedger *FundLedgerTransactorSession) Refund(id *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Refund(&_FundLedger.TransactOpts, id, amount)
}

// Reject is a paid mutator transaction binding the contract method 0xb8adaa11.
//
// Solidity: function reject(uint256 id) returns()
func (_FundLedger *FundLedgerTransactor) Reject(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "reject", id)
}

// Reject is a paid mutator transaction binding the contract method 0xb8adaa11.
//
// Solidity: function reject(uint256 id) returns()
func (_FundLedger *FundLedgerSession) Reject(id *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Reject(&_FundLedger.TransactOpts, id)
}

// Reject is a paid mutator transaction binding the contract method 0xb8adaa11.
//
// Solidity: function reject(uint256 id) returns()
func (_FundLedger *FundLedgerTransactorSession) Reject(id *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Reject(&_FundLedger.TransactOpts, id)
}

// RemoveCollector is a paid mutator transaction binding the contract method 0x0fc50fc9.
//
// Solidity: function removeCollector(uint256 fund, address collector) returns()
func (_FundLedger *FundLedgerTransactor) RemoveCollector(opts *bind.TransactOpts, fund *big.Int, collector common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "removeCollector", fund, collector)
}

// RemoveCollector is a paid mutator transaction binding the contract method 0x0fc50fc9.
//
// Solidity: function removeCollector(uint256 fund, address collector) returns()
func (_FundLedger *FundLedgerSession) RemoveCollector(fund *big.Int, collector common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RemoveCollector(&_FundLedger.TransactOpts, fund, collector)
}

// RemoveCollector is a paid mutator transaction binding the contract method 0x0fc50fc9.
//
// Solidity: function removeCollector(uint256 fund, address collector) returns()
func (_FundLedger *FundLedgerTransactorSession) RemoveCollector(fund *big.Int, collector common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RemoveCollector(&_FundLedger.TransactOpts, fund, collector)
}

// RemovePayee is a paid mutator transaction binding the contract method 0x9c1e4975.
//
// Solidity: function removePayee(uint256 fund, address payee) returns()
func (_FundLedger *FundLedgerTransactor) RemovePayee(opts *bind.TransactOpts, fund *big.Int, payee common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "removePayee", fund, payee)
}

// RemovePayee is a paid mutator transaction binding the contract method 0x9c1e4975.
//
// Solidity: function removePayee(uint256 fund, address payee) returns()
func (_FundLedger *FundLedgerSession) RemovePayee(fund *big.Int, payee common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RemovePayee(&_FundLedger.TransactOpts, fund, payee)
}

// RemovePayee is a paid mutator transaction binding the contract method 0x9c1e4975.
//
// Solidity: function removePayee(uint256 fund, address payee) returns()
func (_FundLedger *FundLedgerTransactorSession) RemovePayee(fund *big.Int, payee common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RemovePayee(&_FundLedger.TransactOpts, fund, payee)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_FundLedger *FundLedgerTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_FundLedger *FundLedgerSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RenounceRole(&_FundLedger.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_FundLedger *FundLedgerTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RenounceRole(&_FundLedger.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_FundLedger *FundLedgerTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_FundLedger *FundLedgerSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RevokeRole(&_FundLedger.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_FundLedger *FundLedgerTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _FundLedger.Contract.RevokeRole(&_FundLedger.TransactOpts, role, account)
}

// SetFollowUp is a paid mutator transaction binding the contract method 0xa599e0f1.
//
// Solidity: function setFollowUp(uint256 fund, uint256 followUp) returns()
func (_FundLedger *FundLedgerTransactor) SetFollowUp(opts *bind.TransactOpts, fund *big.Int, followUp *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "setFollowUp", fund, followUp)
}

// SetFollowUp is a paid mutator transaction binding the contract method 0xa599e0f1.
//
// Solidity: function setFollowUp(uint256 fund, uint256 followUp) returns()
func (_FundLedger *FundLedgerSession) SetFollowUp(fund *big.Int, followUp *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.SetFollowUp(&_FundLedger.TransactOpts, fund, followUp)
}

// SetFollowUp is a paid mutator transaction binding the contract method 0xa599e0f1.
//
// Solidity: function setFollowUp(uint256 fund, uint256 followUp) returns()
func (_FundLedger *FundLedgerTransactorSession) SetFollowUp(fund *big.Int, followUp *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.SetFollowUp(&_FundLedger.TransactOpts, fund, followUp)
}

// Settle is a paid mutator transaction binding the contract method 0x8df82800.
//
// Solidity: function settle(uint256 fund) returns()
func (_FundLedger *FundLedgerTransactor) Settle(opts *bind.TransactOpts, fund *big.Int) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "settle", fund)
}

// Settle is a paid mutator transaction binding the contract method 0x8df82800.
//
// Solidity: function settle(uint256 fund) returns()
func (_FundLedger *FundLedgerSession) Settle(fund *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Settle(&_FundLedger.TransactOpts, fund)
}

// Settle is a paid mutator transaction binding the contract method 0x8df82800.
//
// Solidity: function settle(uint256 fund) returns()
func (_FundLedger *FundLedgerTransactorSession) Settle(fund *big.Int) (*types.Transaction, error) {
	return _FundLedger.Contract.Settle(&_FundLedger.TransactOpts, fund)
}

// Spend is a paid mutator transaction binding the contract method 0x1a5a6939.
//
// Solidity: function spend(uint256 fund, uint256 line, address payee, uint256 amount, bytes32 evidence) returns(uint256 id)
func (_FundLedger *FundLedgerTransactor) Spend(opts *bind.TransactOpts, fund *big.Int, line *big.Int, payee common.Address, amount *big.Int, evidence [32]byte) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "spend", fund, line, payee, amount, evidence)
}

// Spend is a paid mutator transaction binding the contract method 0x1a5a6939.
//
// Solidity: function spend(uint256 fund, uint256 line, address payee, uint256 amount, bytes32 evidence) returns(uint256 id)
func (_FundLedger *FundLedgerSession) Spend(fund *big.Int, line *big.Int, payee common.Address, amount *big.Int, evidence [32]byte) (*types.Transaction, error) {
	return _FundLedger.Contract.Spend(&_FundLedger.TransactOpts, fund, line, payee, amount, evidence)
}

// Spend is a paid mutator transaction binding the contract method 0x1a5a6939.
//
// Solidity: function spend(uint256 fund, uint256 line, address payee, uint256 amount, bytes32 evidence) returns(uint256 id)
func (_FundLedger *FundLedgerTransactorSession) Spend(fund *big.Int, line *big.Int, payee common.Address, amount *big.Int, evidence [32]byte) (*types.Transaction, error) {
	return _FundLedger.Contract.Spend(&_FundLedger.TransactOpts, fund, line, payee, amount, evidence)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_FundLedger *FundLedgerTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _FundLedger.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_FundLedger *FundLedgerSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _FundLedger.Contract.UpgradeToAndCall(&_FundLedger.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_FundLedger *FundLedgerTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _FundLedger.Contract.UpgradeToAndCall(&_FundLedger.TransactOpts, newImplementation, data)
}

// FundLedgerCollectorAddedIterator is returned from FilterCollectorAdded and is used to iterate over the raw logs and unpacked data for CollectorAdded events raised by the FundLedger contract.
type FundLedgerCollectorAddedIterator struct {
	Event *FundLedgerCollectorAdded // Event containing the contract specifics and raw log

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
func (it *FundLedgerCollectorAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerCollectorAdded)
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
		it.Event = new(FundLedgerCollectorAdded)
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
func (it *FundLedgerCollectorAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerCollectorAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerCollectorAdded represents a CollectorAdded event raised by the FundLedger contract.
type FundLedgerCollectorAdded struct {
	Fund      *big.Int
	Collector common.Address
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCollectorAdded is a free log retrieval operation binding the contract event 0x940fd419d9f9c8e16e9e2239146f0c0cd4e0fe4133f2606f0ce0f2306dd9c91a.
//
// Solidity: event CollectorAdded(uint256 indexed fund, address indexed collector, address by)
func (_FundLedger *FundLedgerFilterer) FilterCollectorAdded(opts *bind.FilterOpts, fund []*big.Int, collector []common.Address) (*FundLedgerCollectorAddedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var collectorRule []interface{}
	for _, collectorItem := range collector {
		collectorRule = append(collectorRule, collectorItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "CollectorAdded", fundRule, collectorRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerCollectorAddedIterator{contract: _FundLedger.contract, event: "CollectorAdded", logs: logs, sub: sub}, nil
}

// WatchCollectorAdded is a free log subscription operation binding the contract event 0x940fd419d9f9c8e16e9e2239146f0c0cd4e0fe4133f2606f0ce0f2306dd9c91a.
//
// Solidity: event CollectorAdded(uint256 indexed fund, address indexed collector, address by)
func (_FundLedger *FundLedgerFilterer) WatchCollectorAdded(opts *bind.WatchOpts, sink chan<- *FundLedgerCollectorAdded, fund []*big.Int, collector []common.Address) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var collectorRule []interface{}
	for _, collectorItem := range collector {
		collectorRule = append(collectorRule, collectorItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "CollectorAdded", fundRule, collectorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerCollectorAdded)
				if err := _FundLedger.contract.UnpackLog(event, "CollectorAdded", log); err != nil {
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

// ParseCollectorAdded is a log parse operation binding the contract event 0x940fd419d9f9c8e16e9e2239146f0c0cd4e0fe4133f2606f0ce0f2306dd9c91a.
//
// Solidity: event CollectorAdded(uint256 indexed fund, address indexed collector, address by)
func (_FundLedger *FundLedgerFilterer) ParseCollectorAdded(log types.Log) (*FundLedgerCollectorAdded, error) {
	event := new(FundLedgerCollectorAdded)
	if err := _FundLedger.contract.UnpackLog(event, "CollectorAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerCollectorRemovedIterator is returned from FilterCollectorRemoved and is used to iterate over the raw logs and unpacked data for CollectorRemoved events raised by the FundLedger contract.
type FundLedgerCollectorRemovedIterator struct {
	Event *FundLedgerCollectorRemoved // Event containing the contract specifics and raw log

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
func (it *FundLedgerCollectorRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerCollectorRemoved)
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
		it.Event = new(FundLedgerCollectorRemoved)
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
func (it *FundLedgerCollectorRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerCollectorRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerCollectorRemoved represents a CollectorRemoved event raised by the FundLedger contract.
type FundLedgerCollectorRemoved struct {
	Fund      *big.Int
	Collector common.Address
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCollectorRemoved is a free log retrieval operation binding the contract event 0x9532c8ef68ade0dac3d5db2cba108f53e10625590a5f387a7801b07c7248e08b.
//
// Solidity: event CollectorRemoved(uint256 indexed fund, address indexed collector, address by)
func (_FundLedger *FundLedgerFilterer) FilterCollectorRemoved(opts *bind.FilterOpts, fund []*big.Int, collector []common.Address) (*FundLedgerCollectorRemovedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var collectorRule []interface{}
	for _, collectorItem := range collector {
		collectorRule = append(collectorRule, collectorItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "CollectorRemoved", fundRule, collectorRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerCollectorRemovedIterator{contract: _FundLedger.contract, event: "CollectorRemoved", logs: logs, sub: sub}, nil
}

// WatchCollectorRemoved is a free log subscription operation binding the contract event 0x9532c8ef68ade0dac3d5db2cba108f53e10625590a5f387a7801b07c7248e08b.
//
// Solidity: event CollectorRemoved(uint256 indexed fund, address indexed collector, address by)
func (_FundLedger *FundLedgerFilterer) WatchCollectorRemoved(opts *bind.WatchOpts, sink chan<- *FundLedgerCollectorRemoved, fund []*big.Int, collector []common.Address) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var collectorRule []interface{}
	for _, collectorItem := range collector {
		collectorRule = append(collectorRule, collectorItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "CollectorRemoved", fundRule, collectorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerCollectorRemoved)
				if err := _FundLedger.contract.UnpackLog(event, "CollectorRemoved", log); err != nil {
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

// ParseCollectorRemoved is a log parse operation binding the contract event 0x9532c8ef68ade0dac3d5db2cba108f53e10625590a5f387a7801b07c7248e08b.
//
// Solidity: event CollectorRemoved(uint256 indexed fund, address indexed collector, address by)
func (_FundLedger *FundLedgerFilterer) ParseCollectorRemoved(log types.Log) (*FundLedgerCollectorRemoved, error) {
	event := new(FundLedgerCollectorRemoved)
	if err := _FundLedger.contract.UnpackLog(event, "CollectorRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the FundLedger contract.
type FundLedgerDepositedIterator struct {
	Event *FundLedgerDeposited // Event containing the contract specifics and raw log

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
func (it *FundLedgerDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerDeposited)
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
		it.Event = new(FundLedgerDeposited)
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
func (it *FundLedgerDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerDeposited represents a Deposited event raised by the FundLedger contract.
type FundLedgerDeposited struct {
	Fund   *big.Int
	Kind   uint8
	Ref    [32]byte
	Amount *big.Int
	From   common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x3b67188d8baed4b64bd2adccfbb199b0bfdd40ea53ec5181f2b6cb0abac4f60c.
//
// Solidity: event Deposited(uint256 indexed fund, uint8 kind, bytes32 ref, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) FilterDeposited(opts *bind.FilterOpts, fund []*big.Int) (*FundLedgerDepositedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "Deposited", fundRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerDepositedIterator{contract: _FundLedger.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x3b67188d8baed4b64bd2adccfbb199b0bfdd40ea53ec5181f2b6cb0abac4f60c.
//
// Solidity: event Deposited(uint256 indexed fund, uint8 kind, bytes32 ref, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *FundLedgerDeposited, fund []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "Deposited", fundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerDeposited)
				if err := _FundLedger.contract.UnpackLog(event, "Deposited", log); err != nil {
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

// ParseDeposited is a log parse operation binding the contract event 0x3b67188d8baed4b64bd2adccfbb199b0bfdd40ea53ec5181f2b6cb0abac4f60c.
//
// Solidity: event Deposited(uint256 indexed fund, uint8 kind, bytes32 ref, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) ParseDeposited(log types.Log) (*FundLedgerDeposited, error) {
	event := new(FundLedgerDeposited)
	if err := _FundLedger.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerDonatedIterator is returned from FilterDonated and is used to iterate over the raw logs and unpacked data for Donated events raised by the FundLedger contract.
type FundLedgerDonatedIterator struct {
	Event *FundLedgerDonated // Event containing the contract specifics and raw log

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
func (it *FundLedgerDonatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerDonated)
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
		it.Event = new(FundLedgerDonated)
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
func (it *FundLedgerDonatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerDonatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerDonated represents a Donated event raised by the FundLedger contract.
type FundLedgerDonated struct {
	Fund    *big.Int
	Receipt [32]byte
	Amount  *big.Int
	From    common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterDonated is a free log retrieval operation binding the contract event 0xf03a6992f3b14900fc23e2a1ecd33b9389eefff8c732c500e88bcbce8b9aeca8.
//
// Solidity: event Donated(uint256 indexed fund, bytes32 indexed receipt, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) FilterDonated(opts *bind.FilterOpts, fund []*big.Int, receipt [][32]byte) (*FundLedgerDonatedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var receiptRule []interface{}
	for _, receiptItem := range receipt {
		receiptRule = append(receiptRule, receiptItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "Donated", fundRule, receiptRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerDonatedIterator{contract: _FundLedger.contract, event: "Donated", logs: logs, sub: sub}, nil
}

// WatchDonated is a free log subscription operation binding the contract event 0xf03a6992f3b14900fc23e2a1ecd33b9389eefff8c732c500e88bcbce8b9aeca8.
//
// Solidity: event Donated(uint256 indexed fund, bytes32 indexed receipt, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) WatchDonated(opts *bind.WatchOpts, sink chan<- *FundLedgerDonated, fund []*big.Int, receipt [][32]byte) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var receiptRule []interface{}
	for _, receiptItem := range receipt {
		receiptRule = append(receiptRule, receiptItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "Donated", fundRule, receiptRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerDonated)
				if err := _FundLedger.contract.UnpackLog(event, "Donated", log); err != nil {
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

// ParseDonated is a log parse operation binding the contract event 0xf03a6992f3b14900fc23e2a1ecd33b9389eefff8c732c500e88bcbce8b9aeca8.
//
// Solidity: event Donated(uint256 indexed fund, bytes32 indexed receipt, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) ParseDonated(log types.Log) (*FundLedgerDonated, error) {
	event := new(FundLedgerDonated)
	if err := _FundLedger.contract.UnpackLog(event, "Donated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerDonationSkippedIterator is returned from FilterDonationSkipped and is used to iterate over the raw logs and unpacked data for DonationSkipped events raised by the FundLedger contract.
type FundLedgerDonationSkippedIterator struct {
	Event *FundLedgerDonationSkipped // Event containing the contract specifics and raw log

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
func (it *FundLedgerDonationSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerDonationSkipped)
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
		it.Event = new(FundLedgerDonationSkipped)
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
func (it *FundLedgerDonationSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerDonationSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerDonationSkipped represents a DonationSkipped event raised by the FundLedger contract.
type FundLedgerDonationSkipped struct {
	Fund    *big.Int
	Receipt [32]byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterDonationSkipped is a free log retrieval operation binding the contract event 0x71398b29fa89f115cb95a66a28ad3633023b346558525af15755f060a3d54c68.
//
// Solidity: event DonationSkipped(uint256 indexed fund, bytes32 indexed receipt)
func (_FundLedger *FundLedgerFilterer) FilterDonationSkipped(opts *bind.FilterOpts, fund []*big.Int, receipt [][32]byte) (*FundLedgerDonationSkippedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var receiptRule []interface{}
	for _, receiptItem := range receipt {
		receiptRule = append(receiptRule, receiptItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "DonationSkipped", fundRule, receiptRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerDonationSkippedIterator{contract: _FundLedger.contract, event: "DonationSkipped", logs: logs, sub: sub}, nil
}

// WatchDonationSkipped is a free log subscription operation binding the contract event 0x71398b29fa89f115cb95a66a28ad3633023b346558525af15755f060a3d54c68.
//
// Solidity: event DonationSkipped(uint256 indexed fund, bytes32 indexed receipt)
func (_FundLedger *FundLedgerFilterer) WatchDonationSkipped(opts *bind.WatchOpts, sink chan<- *FundLedgerDonationSkipped, fund []*big.Int, receipt [][32]byte) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var receiptRule []interface{}
	for _, receiptItem := range receipt {
		receiptRule = append(receiptRule, receiptItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "DonationSkipped", fundRule, receiptRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerDonationSkipped)
				if err := _FundLedger.contract.UnpackLog(event, "DonationSkipped", log); err != nil {
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

// ParseDonationSkipped is a log parse operation binding the contract event 0x71398b29fa89f115cb95a66a28ad3633023b346558525af15755f060a3d54c68.
//
// Solidity: event DonationSkipped(uint256 indexed fund, bytes32 indexed receipt)
func (_FundLedger *FundLedgerFilterer) ParseDonationSkipped(log types.Log) (*FundLedgerDonationSkipped, error) {
	event := new(FundLedgerDonationSkipped)
	if err := _FundLedger.contract.UnpackLog(event, "DonationSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerFollowUpNamedIterator is returned from FilterFollowUpNamed and is used to iterate over the raw logs and unpacked data for FollowUpNamed events raised by the FundLedger contract.
type FundLedgerFollowUpNamedIterator struct {
	Event *FundLedgerFollowUpNamed // Event containing the contract specifics and raw log

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
func (it *FundLedgerFollowUpNamedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerFollowUpNamed)
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
		it.Event = new(FundLedgerFollowUpNamed)
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
func (it *FundLedgerFollowUpNamedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerFollowUpNamedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerFollowUpNamed represents a FollowUpNamed event raised by the FundLedger contract.
type FundLedgerFollowUpNamed struct {
	Fund     *big.Int
	FollowUp *big.Int
	By       common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterFollowUpNamed is a free log retrieval operation binding the contract event 0xd0457ca1b2cbe5fa92945df1123a4f81efcf66dddd661771808be4098d4699ca.
//
// Solidity: event FollowUpNamed(uint256 indexed fund, uint256 followUp, address by)
func (_FundLedger *FundLedgerFilterer) FilterFollowUpNamed(opts *bind.FilterOpts, fund []*big.Int) (*FundLedgerFollowUpNamedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "FollowUpNamed", fundRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerFollowUpNamedIterator{contract: _FundLedger.contract, event: "FollowUpNamed", logs: logs, sub: sub}, nil
}

// WatchFollowUpNamed is a free log subscription operation binding the contract event 0xd0457ca1b2cbe5fa92945df1123a4f81efcf66dddd661771808be4098d4699ca.
//
// Solidity: event FollowUpNamed(uint256 indexed fund, uint256 followUp, address by)
func (_FundLedger *FundLedgerFilterer) WatchFollowUpNamed(opts *bind.WatchOpts, sink chan<- *FundLedgerFollowUpNamed, fund []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "FollowUpNamed", fundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerFollowUpNamed)
				if err := _FundLedger.contract.UnpackLog(event, "FollowUpNamed", log); err != nil {
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

// ParseFollowUpNamed is a log parse operation binding the contract event 0xd0457ca1b2cbe5fa92945df1123a4f81efcf66dddd661771808be4098d4699ca.
//
// Solidity: event FollowUpNamed(uint256 indexed fund, uint256 followUp, address by)
func (_FundLedger *FundLedgerFilterer) ParseFollowUpNamed(log types.Log) (*FundLedgerFollowUpNamed, error) {
	event := new(FundLedgerFollowUpNamed)
	if err := _FundLedger.contract.UnpackLog(event, "FollowUpNamed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerFundCreatedIterator is returned from FilterFundCreated and is used to iterate over the raw logs and unpacked data for FundCreated events raised by the FundLedger contract.
type FundLedgerFundCreatedIterator struct {
	Event *FundLedgerFundCreated // Event containing the contract specifics and raw log

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
func (it *FundLedgerFundCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerFundCreated)
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
		it.Event = new(FundLedgerFundCreated)
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
func (it *FundLedgerFundCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerFundCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerFundCreated represents a FundCreated event raised by the FundLedger contract.
type FundLedgerFundCreated struct {
	Fund              *big.Int
	Kind              uint8
	Manager           common.Address
	Supervisor        common.Address
	Start             uint64
	End               uint64
	Grace             uint64
	AdminCapBps       uint16
	StatutoryCap      bool
	ApprovalThreshold *big.Int
	ReturnTo          common.Address
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterFundCreated is a free log retrieval operation binding the contract event 0xecba1ece08ca7882f4f2b2e56ba82554144f29f6d658b339a0a0952189874b03.
//
// Solidity: event FundCreated(uint256 indexed fund, uint8 kind, address indexed manager, address indexed supervisor, uint64 start, uint64 end, uint64 grace, uint16 adminCapBps, bool statutoryCap, uint256 approvalThreshold, address returnTo)
func (_FundLedger *FundLedgerFilterer) FilterFundCreated(opts *bind.FilterOpts, fund []*big.Int, manager []common.Address, supervisor []common.Address) (*FundLedgerFundCreatedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	var managerRule []interface{}
	for _, managerItem := range manager {
		managerRule = append(managerRule, managerItem)
	}
	var supervisorRule []interface{}
	for _, supervisorItem := range supervisor {
		supervisorRule = append(supervisorRule, supervisorItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "FundCreated", fundRule, managerRule, supervisorRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerFundCreatedIterator{contract: _FundLedger.contract, event: "FundCreated", logs: logs, sub: sub}, nil
}

// WatchFundCreated is a free log subscription operation binding the contract event 0xecba1ece08ca7882f4f2b2e56ba82554144f29f6d658b339a0a0952189874b03.
//
// Solidity: event FundCreated(uint256 indexed fund, uint8 kind, address indexed manager, address indexed supervisor, uint64 start, uint64 end, uint64 grace, uint16 adminCapBps, bool statutoryCap, uint256 approvalThreshold, address returnTo)
func (_FundLedger *FundLedgerFilterer) WatchFundCreated(opts *bind.WatchOpts, sink chan<- *FundLedgerFundCreated, fund []*big.Int, manager []common.Address, supervisor []common.Address) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	var managerRule []interface{}
	for _, managerItem := range manager {
		managerRule = append(managerRule, managerItem)
	}
	var supervisorRule []interface{}
	for _, supervisorItem := range supervisor {
		supervisorRule = append(supervisorRule, supervisorItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "FundCreated", fundRule, managerRule, supervisorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerFundCreated)
				if err := _FundLedger.contract.UnpackLog(event, "FundCreated", log); err != nil {
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

// ParseFundCreated is a log parse operation binding the contract event 0xecba1ece08ca7882f4f2b2e56ba82554144f29f6d658b339a0a0952189874b03.
//
// Solidity: event FundCreated(uint256 indexed fund, uint8 kind, address indexed manager, address indexed supervisor, uint64 start, uint64 end, uint64 grace, uint16 adminCapBps, bool statutoryCap, uint256 approvalThreshold, address returnTo)
func (_FundLedger *FundLedgerFilterer) ParseFundCreated(log types.Log) (*FundLedgerFundCreated, error) {
	event := new(FundLedgerFundCreated)
	if err := _FundLedger.contract.UnpackLog(event, "FundCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the FundLedger contract.
type FundLedgerInitializedIterator struct {
	Event *FundLedgerInitialized // Event containing the contract specifics and raw log

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
func (it *FundLedgerInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerInitialized)
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
		it.Event = new(FundLedgerInitialized)
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
func (it *FundLedgerInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerInitialized represents a Initialized event raised by the FundLedger contract.
type FundLedgerInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_FundLedger *FundLedgerFilterer) FilterInitialized(opts *bind.FilterOpts) (*FundLedgerInitializedIterator, error) {

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &FundLedgerInitializedIterator{contract: _FundLedger.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_FundLedger *FundLedgerFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *FundLedgerInitialized) (event.Subscription, error) {

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerInitialized)
				if err := _FundLedger.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_FundLedger *FundLedgerFilterer) ParseInitialized(log types.Log) (*FundLedgerInitialized, error) {
	event := new(FundLedgerInitialized)
	if err := _FundLedger.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerLineAddedIterator is returned from FilterLineAdded and is used to iterate over the raw logs and unpacked data for LineAdded events raised by the FundLedger contract.
type FundLedgerLineAddedIterator struct {
	Event *FundLedgerLineAdded // Event containing the contract specifics and raw log

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
func (it *FundLedgerLineAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerLineAdded)
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
		it.Event = new(FundLedgerLineAdded)
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
func (it *FundLedgerLineAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerLineAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerLineAdded represents a LineAdded event raised by the FundLedger contract.
type FundLedgerLineAdded struct {
	Fund  *big.Int
	Line  *big.Int
	Code  [32]byte
	Limit *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterLineAdded is a free log retrieval operation binding the contract event 0x2cd4f5e43624b8a9c878a4bf3099a87b7cf23b5d2ce083bcf189483c08cbd015.
//
// Solidity: event LineAdded(uint256 indexed fund, uint256 line, bytes32 code, uint256 limit)
func (_FundLedger *FundLedgerFilterer) FilterLineAdded(opts *bind.FilterOpts, fund []*big.Int) (*FundLedgerLineAddedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "LineAdded", fundRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerLineAddedIterator{contract: _FundLedger.contract, event: "LineAdded", logs: logs, sub: sub}, nil
}

// WatchLineAdded is a free log subscription operation binding the contract event 0x2cd4f5e43624b8a9c878a4bf3099a87b7cf23b5d2ce083bcf189483c08cbd015.
//
// Solidity: event LineAdded(uint256 indexed fund, uint256 line, bytes32 code, uint256 limit)
func (_FundLedger *FundLedgerFilterer) WatchLineAdded(opts *bind.WatchOpts, sink chan<- *FundLedgerLineAdded, fund []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "LineAdded", fundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerLineAdded)
				if err := _FundLedger.contract.UnpackLog(event, "LineAdded", log); err != nil {
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

// ParseLineAdded is a log parse operation binding the contract event 0x2cd4f5e43624b8a9c878a4bf3099a87b7cf23b5d2ce083bcf189483c08cbd015.
//
// Solidity: event LineAdded(uint256 indexed fund, uint256 line, bytes32 code, uint256 limit)
func (_FundLedger *FundLedgerFilterer) ParseLineAdded(log types.Log) (*FundLedgerLineAdded, error) {
	event := new(FundLedgerLineAdded)
	if err := _FundLedger.contract.UnpackLog(event, "LineAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerPayeeAddedIterator is returned from FilterPayeeAdded and is used to iterate over the raw logs and unpacked data for PayeeAdded events raised by the FundLedger contract.
type FundLedgerPayeeAddedIterator struct {
	Event *FundLedgerPayeeAdded // Event containing the contract specifics and raw log

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
func (it *FundLedgerPayeeAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerPayeeAdded)
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
		it.Event = new(FundLedgerPayeeAdded)
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
func (it *FundLedgerPayeeAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerPayeeAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerPayeeAdded represents a PayeeAdded event raised by the FundLedger contract.
type FundLedgerPayeeAdded struct {
	Fund  *big.Int
	Payee common.Address
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterPayeeAdded is a free log retrieval operation binding the contract event 0x5254943cdd0cd68efb968bb9ffec668e4c12bd7a122e0e99b37e660131b83c6c.
//
// Solidity: event PayeeAdded(uint256 indexed fund, address indexed payee, address by)
func (_FundLedger *FundLedgerFilterer) FilterPayeeAdded(opts *bind.FilterOpts, fund []*big.Int, payee []common.Address) (*FundLedgerPayeeAddedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "PayeeAdded", fundRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerPayeeAddedIterator{contract: _FundLedger.contract, event: "PayeeAdded", logs: logs, sub: sub}, nil
}

// WatchPayeeAdded is a free log subscription operation binding the contract event 0x5254943cdd0cd68efb968bb9ffec668e4c12bd7a122e0e99b37e660131b83c6c.
//
// Solidity: event PayeeAdded(uint256 indexed fund, address indexed payee, address by)
func (_FundLedger *FundLedgerFilterer) WatchPayeeAdded(opts *bind.WatchOpts, sink chan<- *FundLedgerPayeeAdded, fund []*big.Int, payee []common.Address) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "PayeeAdded", fundRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerPayeeAdded)
				if err := _FundLedger.contract.UnpackLog(event, "PayeeAdded", log); err != nil {
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

// ParsePayeeAdded is a log parse operation binding the contract event 0x5254943cdd0cd68efb968bb9ffec668e4c12bd7a122e0e99b37e660131b83c6c.
//
// Solidity: event PayeeAdded(uint256 indexed fund, address indexed payee, address by)
func (_FundLedger *FundLedgerFilterer) ParsePayeeAdded(log types.Log) (*FundLedgerPayeeAdded, error) {
	event := new(FundLedgerPayeeAdded)
	if err := _FundLedger.contract.UnpackLog(event, "PayeeAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerPayeeRemovedIterator is returned from FilterPayeeRemoved and is used to iterate over the raw logs and unpacked data for PayeeRemoved events raised by the FundLedger contract.
type FundLedgerPayeeRemovedIterator struct {
	Event *FundLedgerPayeeRemoved // Event containing the contract specifics and raw log

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
func (it *FundLedgerPayeeRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerPayeeRemoved)
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
		it.Event = new(FundLedgerPayeeRemoved)
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
func (it *FundLedgerPayeeRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerPayeeRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerPayeeRemoved represents a PayeeRemoved event raised by the FundLedger contract.
type FundLedgerPayeeRemoved struct {
	Fund  *big.Int
	Payee common.Address
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterPayeeRemoved is a free log retrieval operation binding the contract event 0xe15ff768c66152844f46c4d93ce32603bfde2ae8db861a0391c7dc412176671d.
//
// Solidity: event PayeeRemoved(uint256 indexed fund, address indexed payee, address by)
func (_FundLedger *FundLedgerFilterer) FilterPayeeRemoved(opts *bind.FilterOpts, fund []*big.Int, payee []common.Address) (*FundLedgerPayeeRemovedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "PayeeRemoved", fundRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerPayeeRemovedIterator{contract: _FundLedger.contract, event: "PayeeRemoved", logs: logs, sub: sub}, nil
}

// WatchPayeeRemoved is a free log subscription operation binding the contract event 0xe15ff768c66152844f46c4d93ce32603bfde2ae8db861a0391c7dc412176671d.
//
// Solidity: event PayeeRemoved(uint256 indexed fund, address indexed payee, address by)
func (_FundLedger *FundLedgerFilterer) WatchPayeeRemoved(opts *bind.WatchOpts, sink chan<- *FundLedgerPayeeRemoved, fund []*big.Int, payee []common.Address) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "PayeeRemoved", fundRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerPayeeRemoved)
				if err := _FundLedger.contract.UnpackLog(event, "PayeeRemoved", log); err != nil {
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

// ParsePayeeRemoved is a log parse operation binding the contract event 0xe15ff768c66152844f46c4d93ce32603bfde2ae8db861a0391c7dc412176671d.
//
// Solidity: event PayeeRemoved(uint256 indexed fund, address indexed payee, address by)
func (_FundLedger *FundLedgerFilterer) ParsePayeeRemoved(log types.Log) (*FundLedgerPayeeRemoved, error) {
	event := new(FundLedgerPayeeRemoved)
	if err := _FundLedger.contract.UnpackLog(event, "PayeeRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the FundLedger contract.
type FundLedgerRoleAdminChangedIterator struct {
	Event *FundLedgerRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *FundLedgerRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerRoleAdminChanged)
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
		it.Event = new(FundLedgerRoleAdminChanged)
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
func (it *FundLedgerRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerRoleAdminChanged represents a RoleAdminChanged event raised by the FundLedger contract.
type FundLedgerRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_FundLedger *FundLedgerFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*FundLedgerRoleAdminChangedIterator, error) {

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

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerRoleAdminChangedIterator{contract: _FundLedger.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_FundLedger *FundLedgerFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *FundLedgerRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerRoleAdminChanged)
				if err := _FundLedger.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_FundLedger *FundLedgerFilterer) ParseRoleAdminChanged(log types.Log) (*FundLedgerRoleAdminChanged, error) {
	event := new(FundLedgerRoleAdminChanged)
	if err := _FundLedger.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the FundLedger contract.
type FundLedgerRoleGrantedIterator struct {
	Event *FundLedgerRoleGranted // Event containing the contract specifics and raw log

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
func (it *FundLedgerRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerRoleGranted)
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
		it.Event = new(FundLedgerRoleGranted)
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
func (it *FundLedgerRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerRoleGranted represents a RoleGranted event raised by the FundLedger contract.
type FundLedgerRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_FundLedger *FundLedgerFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*FundLedgerRoleGrantedIterator, error) {

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

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerRoleGrantedIterator{contract: _FundLedger.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_FundLedger *FundLedgerFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *FundLedgerRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerRoleGranted)
				if err := _FundLedger.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_FundLedger *FundLedgerFilterer) ParseRoleGranted(log types.Log) (*FundLedgerRoleGranted, error) {
	event := new(FundLedgerRoleGranted)
	if err := _FundLedger.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the FundLedger contract.
type FundLedgerRoleRevokedIterator struct {
	Event *FundLedgerRoleRevoked // Event containing the contract specifics and raw log

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
func (it *FundLedgerRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerRoleRevoked)
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
		it.Event = new(FundLedgerRoleRevoked)
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
func (it *FundLedgerRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerRoleRevoked represents a RoleRevoked event raised by the FundLedger contract.
type FundLedgerRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_FundLedger *FundLedgerFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*FundLedgerRoleRevokedIterator, error) {

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

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerRoleRevokedIterator{contract: _FundLedger.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_FundLedger *FundLedgerFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *FundLedgerRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerRoleRevoked)
				if err := _FundLedger.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_FundLedger *FundLedgerFilterer) ParseRoleRevoked(log types.Log) (*FundLedgerRoleRevoked, error) {
	event := new(FundLedgerRoleRevoked)
	if err := _FundLedger.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerSettledIterator is returned from FilterSettled and is used to iterate over the raw logs and unpacked data for Settled events raised by the FundLedger contract.
type FundLedgerSettledIterator struct {
	Event *FundLedgerSettled // Event containing the contract specifics and raw log

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
func (it *FundLedgerSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerSettled)
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
		it.Event = new(FundLedgerSettled)
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
func (it *FundLedgerSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerSettled represents a Settled event raised by the FundLedger contract.
type FundLedgerSettled struct {
	Fund             *big.Int
	Amount           *big.Int
	To               common.Address
	ToFund           *big.Int
	PendingCancelled *big.Int
	By               common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterSettled is a free log retrieval operation binding the contract event 0xed4bbaec5464f45812ebe450f1b9be73a34a148e161de2e17b430f896294b9fe.
//
// Solidity: event Settled(uint256 indexed fund, uint256 amount, address to, uint256 toFund, uint256 pendingCancelled, address by)
func (_FundLedger *FundLedgerFilterer) FilterSettled(opts *bind.FilterOpts, fund []*big.Int) (*FundLedgerSettledIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "Settled", fundRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerSettledIterator{contract: _FundLedger.contract, event: "Settled", logs: logs, sub: sub}, nil
}

// WatchSettled is a free log subscription operation binding the contract event 0xed4bbaec5464f45812ebe450f1b9be73a34a148e161de2e17b430f896294b9fe.
//
// Solidity: event Settled(uint256 indexed fund, uint256 amount, address to, uint256 toFund, uint256 pendingCancelled, address by)
func (_FundLedger *FundLedgerFilterer) WatchSettled(opts *bind.WatchOpts, sink chan<- *FundLedgerSettled, fund []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "Settled", fundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerSettled)
				if err := _FundLedger.contract.UnpackLog(event, "Settled", log); err != nil {
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

// ParseSettled is a log parse operation binding the contract event 0xed4bbaec5464f45812ebe450f1b9be73a34a148e161de2e17b430f896294b9fe.
//
// Solidity: event Settled(uint256 indexed fund, uint256 amount, address to, uint256 toFund, uint256 pendingCancelled, address by)
func (_FundLedger *FundLedgerFilterer) ParseSettled(log types.Log) (*FundLedgerSettled, error) {
	event := new(FundLedgerSettled)
	if err := _FundLedger.contract.UnpackLog(event, "Settled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerSpendApprovedIterator is returned from FilterSpendApproved and is used to iterate over the raw logs and unpacked data for SpendApproved events raised by the FundLedger contract.
type FundLedgerSpendApprovedIterator struct {
	Event *FundLedgerSpendApproved // Event containing the contract specifics and raw log

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
func (it *FundLedgerSpendApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerSpendApproved)
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
		it.Event = new(FundLedgerSpendApproved)
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
func (it *FundLedgerSpendApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerSpendApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerSpendApproved represents a SpendApproved event raised by the FundLedger contract.
type FundLedgerSpendApproved struct {
	Fund  *big.Int
	Spend *big.Int
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterSpendApproved is a free log retrieval operation binding the contract event 0x735bb2e4da075ec574d81f71547b57cb794023a7c7c73ac9a41549b7628245f1.
//
// Solidity: event SpendApproved(uint256 indexed fund, uint256 indexed spend, address by)
func (_FundLedger *FundLedgerFilterer) FilterSpendApproved(opts *bind.FilterOpts, fund []*big.Int, spend []*big.Int) (*FundLedgerSpendApprovedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "SpendApproved", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerSpendApprovedIterator{contract: _FundLedger.contract, event: "SpendApproved", logs: logs, sub: sub}, nil
}

// WatchSpendApproved is a free log subscription operation binding the contract event 0x735bb2e4da075ec574d81f71547b57cb794023a7c7c73ac9a41549b7628245f1.
//
// Solidity: event SpendApproved(uint256 indexed fund, uint256 indexed spend, address by)
func (_FundLedger *FundLedgerFilterer) WatchSpendApproved(opts *bind.WatchOpts, sink chan<- *FundLedgerSpendApproved, fund []*big.Int, spend []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "SpendApproved", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerSpendApproved)
				if err := _FundLedger.contract.UnpackLog(event, "SpendApproved", log); err != nil {
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

// ParseSpendApproved is a log parse operation binding the contract event 0x735bb2e4da075ec574d81f71547b57cb794023a7c7c73ac9a41549b7628245f1.
//
// Solidity: event SpendApproved(uint256 indexed fund, uint256 indexed spend, address by)
func (_FundLedger *FundLedgerFilterer) ParseSpendApproved(log types.Log) (*FundLedgerSpendApproved, error) {
	event := new(FundLedgerSpendApproved)
	if err := _FundLedger.contract.UnpackLog(event, "SpendApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerSpendFlaggedIterator is returned from FilterSpendFlagged and is used to iterate over the raw logs and unpacked data for SpendFlagged events raised by the FundLedger contract.
type FundLedgerSpendFlaggedIterator struct {
	Event *FundLedgerSpendFlagged // Event containing the contract specifics and raw log

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
func (it *FundLedgerSpendFlaggedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerSpendFlagged)
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
		it.Event = new(FundLedgerSpendFlagged)
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
func (it *FundLedgerSpendFlaggedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerSpendFlaggedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerSpendFlagged represents a SpendFlagged event raised by the FundLedger contract.
type FundLedgerSpendFlagged struct {
	Fund      *big.Int
	Spend     *big.Int
	ReasonRef [32]byte
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSpendFlagged is a free log retrieval operation binding the contract event 0x12b3fa7c7372d3f7b7af842973ed5b11f70116c78a1962b4d51346472fae4a7e.
//
// Solidity: event SpendFlagged(uint256 indexed fund, uint256 indexed spend, bytes32 reasonRef, address by)
func (_FundLedger *FundLedgerFilterer) FilterSpendFlagged(opts *bind.FilterOpts, fund []*big.Int, spend []*big.Int) (*FundLedgerSpendFlaggedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "SpendFlagged", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerSpendFlaggedIterator{contract: _FundLedger.contract, event: "SpendFlagged", logs: logs, sub: sub}, nil
}

// WatchSpendFlagged is a free log subscription operation binding the contract event 0x12b3fa7c7372d3f7b7af842973ed5b11f70116c78a1962b4d51346472fae4a7e.
//
// Solidity: event SpendFlagged(uint256 indexed fund, uint256 indexed spend, bytes32 reasonRef, address by)
func (_FundLedger *FundLedgerFilterer) WatchSpendFlagged(opts *bind.WatchOpts, sink chan<- *FundLedgerSpendFlagged, fund []*big.Int, spend []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "SpendFlagged", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerSpendFlagged)
				if err := _FundLedger.contract.UnpackLog(event, "SpendFlagged", log); err != nil {
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

// ParseSpendFlagged is a log parse operation binding the contract event 0x12b3fa7c7372d3f7b7af842973ed5b11f70116c78a1962b4d51346472fae4a7e.
//
// Solidity: event SpendFlagged(uint256 indexed fund, uint256 indexed spend, bytes32 reasonRef, address by)
func (_FundLedger *FundLedgerFilterer) ParseSpendFlagged(log types.Log) (*FundLedgerSpendFlagged, error) {
	event := new(FundLedgerSpendFlagged)
	if err := _FundLedger.contract.UnpackLog(event, "SpendFlagged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerSpendRefundedIterator is returned from FilterSpendRefunded and is used to iterate over the raw logs and unpacked data for SpendRefunded events raised by the FundLedger contract.
type FundLedgerSpendRefundedIterator struct {
	Event *FundLedgerSpendRefunded // Event containing the contract specifics and raw log

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
func (it *FundLedgerSpendRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerSpendRefunded)
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
		it.Event = new(FundLedgerSpendRefunded)
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
func (it *FundLedgerSpendRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerSpendRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerSpendRefunded represents a SpendRefunded event raised by the FundLedger contract.
type FundLedgerSpendRefunded struct {
	Fund   *big.Int
	Spend  *big.Int
	Amount *big.Int
	From   common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSpendRefunded is a free log retrieval operation binding the contract event 0x47ea1f899b9d0692d058b81582b345cc32a36193d5ed9dceac2954fee1358eb7.
//
// Solidity: event SpendRefunded(uint256 indexed fund, uint256 indexed spend, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) FilterSpendRefunded(opts *bind.FilterOpts, fund []*big.Int, spend []*big.Int) (*FundLedgerSpendRefundedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "SpendRefunded", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerSpendRefundedIterator{contract: _FundLedger.contract, event: "SpendRefunded", logs: logs, sub: sub}, nil
}

// WatchSpendRefunded is a free log subscription operation binding the contract event 0x47ea1f899b9d0692d058b81582b345cc32a36193d5ed9dceac2954fee1358eb7.
//
// Solidity: event SpendRefunded(uint256 indexed fund, uint256 indexed spend, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) WatchSpendRefunded(opts *bind.WatchOpts, sink chan<- *FundLedgerSpendRefunded, fund []*big.Int, spend []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "SpendRefunded", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerSpendRefunded)
				if err := _FundLedger.contract.UnpackLog(event, "SpendRefunded", log); err != nil {
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

// ParseSpendRefunded is a log parse operation binding the contract event 0x47ea1f899b9d0692d058b81582b345cc32a36193d5ed9dceac2954fee1358eb7.
//
// Solidity: event SpendRefunded(uint256 indexed fund, uint256 indexed spend, uint256 amount, address from)
func (_FundLedger *FundLedgerFilterer) ParseSpendRefunded(log types.Log) (*FundLedgerSpendRefunded, error) {
	event := new(FundLedgerSpendRefunded)
	if err := _FundLedger.contract.UnpackLog(event, "SpendRefunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerSpendRejectedIterator is returned from FilterSpendRejected and is used to iterate over the raw logs and unpacked data for SpendRejected events raised by the FundLedger contract.
type FundLedgerSpendRejectedIterator struct {
	Event *FundLedgerSpendRejected // Event containing the contract specifics and raw log

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
func (it *FundLedgerSpendRejectedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerSpendRejected)
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
		it.Event = new(FundLedgerSpendRejected)
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
func (it *FundLedgerSpendRejectedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerSpendRejectedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerSpendRejected represents a SpendRejected event raised by the FundLedger contract.
type FundLedgerSpendRejected struct {
	Fund  *big.Int
	Spend *big.Int
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterSpendRejected is a free log retrieval operation binding the contract event 0x3965d171a5c8d296cad8bd25b2b80a2114c16f8012bd7c57adfaafab92add234.
//
// Solidity: event SpendRejected(uint256 indexed fund, uint256 indexed spend, address by)
func (_FundLedger *FundLedgerFilterer) FilterSpendRejected(opts *bind.FilterOpts, fund []*big.Int, spend []*big.Int) (*FundLedgerSpendRejectedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "SpendRejected", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerSpendRejectedIterator{contract: _FundLedger.contract, event: "SpendRejected", logs: logs, sub: sub}, nil
}

// WatchSpendRejected is a free log subscription operation binding the contract event 0x3965d171a5c8d296cad8bd25b2b80a2114c16f8012bd7c57adfaafab92add234.
//
// Solidity: event SpendRejected(uint256 indexed fund, uint256 indexed spend, address by)
func (_FundLedger *FundLedgerFilterer) WatchSpendRejected(opts *bind.WatchOpts, sink chan<- *FundLedgerSpendRejected, fund []*big.Int, spend []*big.Int) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "SpendRejected", fundRule, spendRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerSpendRejected)
				if err := _FundLedger.contract.UnpackLog(event, "SpendRejected", log); err != nil {
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

// ParseSpendRejected is a log parse operation binding the contract event 0x3965d171a5c8d296cad8bd25b2b80a2114c16f8012bd7c57adfaafab92add234.
//
// Solidity: event SpendRejected(uint256 indexed fund, uint256 indexed spend, address by)
func (_FundLedger *FundLedgerFilterer) ParseSpendRejected(log types.Log) (*FundLedgerSpendRejected, error) {
	event := new(FundLedgerSpendRejected)
	if err := _FundLedger.contract.UnpackLog(event, "SpendRejected", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerSpendRequestedIterator is returned from FilterSpendRequested and is used to iterate over the raw logs and unpacked data for SpendRequested events raised by the FundLedger contract.
type FundLedgerSpendRequestedIterator struct {
	Event *FundLedgerSpendRequested // Event containing the contract specifics and raw log

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
func (it *FundLedgerSpendRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerSpendRequested)
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
		it.Event = new(FundLedgerSpendRequested)
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
func (it *FundLedgerSpendRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerSpendRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerSpendRequested represents a SpendRequested event raised by the FundLedger contract.
type FundLedgerSpendRequested struct {
	Fund     *big.Int
	Spend    *big.Int
	Line     *big.Int
	Payee    common.Address
	Amount   *big.Int
	Evidence [32]byte
	Pending  bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSpendRequested is a free log retrieval operation binding the contract event 0x4496ce542b58bdf3191ef619041d7bd8e7eadf8d6b4a6eeb8005d40da8959e08.
//
// Solidity: event SpendRequested(uint256 indexed fund, uint256 indexed spend, uint256 line, address indexed payee, uint256 amount, bytes32 evidence, bool pending)
func (_FundLedger *FundLedgerFilterer) FilterSpendRequested(opts *bind.FilterOpts, fund []*big.Int, spend []*big.Int, payee []common.Address) (*FundLedgerSpendRequestedIterator, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "SpendRequested", fundRule, spendRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerSpendRequestedIterator{contract: _FundLedger.contract, event: "SpendRequested", logs: logs, sub: sub}, nil
}

// WatchSpendRequested is a free log subscription operation binding the contract event 0x4496ce542b58bdf3191ef619041d7bd8e7eadf8d6b4a6eeb8005d40da8959e08.
//
// Solidity: event SpendRequested(uint256 indexed fund, uint256 indexed spend, uint256 line, address indexed payee, uint256 amount, bytes32 evidence, bool pending)
func (_FundLedger *FundLedgerFilterer) WatchSpendRequested(opts *bind.WatchOpts, sink chan<- *FundLedgerSpendRequested, fund []*big.Int, spend []*big.Int, payee []common.Address) (event.Subscription, error) {

	var fundRule []interface{}
	for _, fundItem := range fund {
		fundRule = append(fundRule, fundItem)
	}
	var spendRule []interface{}
	for _, spendItem := range spend {
		spendRule = append(spendRule, spendItem)
	}

	var payeeRule []interface{}
	for _, payeeItem := range payee {
		payeeRule = append(payeeRule, payeeItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "SpendRequested", fundRule, spendRule, payeeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerSpendRequested)
				if err := _FundLedger.contract.UnpackLog(event, "SpendRequested", log); err != nil {
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

// ParseSpendRequested is a log parse operation binding the contract event 0x4496ce542b58bdf3191ef619041d7bd8e7eadf8d6b4a6eeb8005d40da8959e08.
//
// Solidity: event SpendRequested(uint256 indexed fund, uint256 indexed spend, uint256 line, address indexed payee, uint256 amount, bytes32 evidence, bool pending)
func (_FundLedger *FundLedgerFilterer) ParseSpendRequested(log types.Log) (*FundLedgerSpendRequested, error) {
	event := new(FundLedgerSpendRequested)
	if err := _FundLedger.contract.UnpackLog(event, "SpendRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// FundLedgerUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the FundLedger contract.
type FundLedgerUpgradedIterator struct {
	Event *FundLedgerUpgraded // Event containing the contract specifics and raw log

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
func (it *FundLedgerUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(FundLedgerUpgraded)
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
		it.Event = new(FundLedgerUpgraded)
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
func (it *FundLedgerUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *FundLedgerUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// FundLedgerUpgraded represents a Upgraded event raised by the FundLedger contract.
type FundLedgerUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_FundLedger *FundLedgerFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*FundLedgerUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _FundLedger.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &FundLedgerUpgradedIterator{contract: _FundLedger.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_FundLedger *FundLedgerFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *FundLedgerUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _FundLedger.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(FundLedgerUpgraded)
				if err := _FundLedger.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_FundLedger *FundLedgerFilterer) ParseUpgraded(log types.Log) (*FundLedgerUpgraded, error) {
	event := new(FundLedgerUpgraded)
	if err := _FundLedger.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
