// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package parttimelabour

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

// PartTimeLabourAccount is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourAccount struct {
	Deposited *big.Int
	PaidOut   *big.Int
	Withdrawn *big.Int
	Balance   *big.Int
	Reserved  *big.Int
}

// PartTimeLabourContract is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourContract struct {
	Employer      common.Address
	HourlyWage    uint64
	WorkDays      uint8
	Payday        uint8
	FivePlus      bool
	Status        uint8
	Worker        common.Address
	DailyMinutes  uint16
	WeeklyMinutes uint16
	StartDay      uint32
	EndDay        uint32
	DocumentHash  [32]byte
}

// PartTimeLabourEnrolment is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourEnrolment struct {
	Evidence [32]byte
	Day      uint32
}

// PartTimeLabourPayslip is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourPayslip struct {
	ContractId    uint64
	FromDay       uint32
	ToDay         uint32
	DueDay        uint32
	WorkedMinutes uint32
	PaidDay       uint32
	Amount        *big.Int
	PayslipHash   [32]byte
}

// PartTimeLabourPayslipInput is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourPayslipInput struct {
	ContractId    *big.Int
	FromDay       uint32
	ToDay         uint32
	WorkedMinutes uint32
	Amount        *big.Int
	PayslipHash   [32]byte
}

// PartTimeLabourRate is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourRate struct {
	EffectiveDay uint32
	Won          uint64
}

// PartTimeLabourShift is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourShift struct {
	Start  uint16
	End    uint16
	Status uint8
}

// PartTimeLabourTerms is an auto generated low-level Go binding around an user-defined struct.
type PartTimeLabourTerms struct {
	Worker        common.Address
	HourlyWage    uint64
	WorkDays      uint8
	DailyMinutes  uint16
	WeeklyMinutes uint16
	StartDay      uint32
	EndDay        uint32
	Payday        uint8
	FivePlus      bool
	DocumentHash  [32]byte
}

// PartTimeLabourMetaData contains all meta data concerning the PartTimeLabour contract.
var PartTimeLabourMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"}],\"name\":\"LabourAlreadyEnrolled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"LabourAlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LabourAmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"lastDay\",\"type\":\"uint32\"}],\"name\":\"LabourBadEndDay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"fromDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"toDay\",\"type\":\"uint32\"}],\"name\":\"LabourBadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"}],\"name\":\"LabourBadScheme\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"start\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"end\",\"type\":\"uint16\"}],\"name\":\"LabourBadShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"LabourBadTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"LabourBadWorker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"wage\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"LabourBelowMinimumWage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumPartTimeLabour.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LabourContractNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"name\":\"LabourDayInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"name\":\"LabourDayOutsideContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LabourDepositReserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"LabourInsufficientDeposit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LabourLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LabourNoDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LabourNoEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"name\":\"LabourNoMinimumWage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LabourNoPayslipHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"LabourNotEmployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"LabourNotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"LabourNotWorker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"fromDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"toDay\",\"type\":\"uint32\"}],\"name\":\"LabourNothingToPay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"base\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LabourPayslipBelowBase\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"LabourPayslipExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"confirmed\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"given\",\"type\":\"uint32\"}],\"name\":\"LabourPayslipMinutesMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lastDay\",\"type\":\"uint32\"}],\"name\":\"LabourRateOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LabourReservationTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"otherDay\",\"type\":\"uint32\"}],\"name\":\"LabourShiftOverlap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"enumPartTimeLabour.ShiftStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"LabourShiftStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"LabourUnknownContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"LabourUnknownPayslip\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"LabourUpgradeChangesToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LabourZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LabourZeroWage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lastDay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"enumPartTimeLabour.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ContractEnded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"ContractProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"ContractSigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"}],\"name\":\"EnrolmentRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"effectiveDay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"won\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"MinimumWageSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contractId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"daysLate\",\"type\":\"uint32\"}],\"name\":\"PayslipPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contractId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"fromDay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"toDay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"workedMinutes\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"dueDay\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"}],\"name\":\"PayslipRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"PayslipSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"name\":\"ShiftConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"ShiftDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"start\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"end\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ShiftResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"start\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"end\",\"type\":\"uint16\"}],\"name\":\"ShiftSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KRW\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LABOUR_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PERIOD_DAYS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"deposited\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"paidOut\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"withdrawn\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"balance\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"reserved\",\"type\":\"uint128\"}],\"internalType\":\"structPartTimeLabour.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32[]\",\"name\":\"days_\",\"type\":\"uint32[]\"}],\"name\":\"confirmShifts\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contractCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"daysLate\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"disputeShift\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"payday\",\"type\":\"uint8\"}],\"name\":\"dueDayAfter\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"lastDay\",\"type\":\"uint32\"}],\"name\":\"end\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"}],\"name\":\"enrolment\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"internalType\":\"structPartTimeLabour.Enrolment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getContract\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"hourlyWage\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"workDays\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"payday\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"fivePlus\",\"type\":\"bool\"},{\"internalType\":\"enumPartTimeLabour.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"dailyMinutes\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"weeklyMinutes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPartTimeLabour.Contract\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"days_\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"wons\",\"type\":\"uint64[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"name\":\"minimumWageOn\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumWages\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"effectiveDay\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"won\",\"type\":\"uint64\"}],\"internalType\":\"structPartTimeLabour.Rate[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"contractId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"fromDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"toDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"workedMinutes\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPartTimeLabour.PayslipInput[]\",\"name\":\"slips\",\"type\":\"tuple[]\"}],\"name\":\"payroll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"name\":\"payslip\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"fromDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"toDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"dueDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"workedMinutes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"paidDay\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPartTimeLabour.Payslip\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payslipCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contractId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"}],\"name\":\"payslipIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"hourlyWage\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"workDays\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"dailyMinutes\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"weeklyMinutes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"payday\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"fivePlus\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPartTimeLabour.Terms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"scheme\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidence\",\"type\":\"bytes32\"}],\"name\":\"recordEnrolment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"contractId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"fromDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"toDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"workedMinutes\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"payslipHash\",\"type\":\"bytes32\"}],\"internalType\":\"structPartTimeLabour.PayslipInput\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"recordPayslip\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"payslipId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"start\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"end_\",\"type\":\"uint16\"}],\"name\":\"resolveShift\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"effectiveDay\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"won\",\"type\":\"uint64\"}],\"name\":\"setMinimumWage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"}],\"name\":\"shiftOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"start\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"end\",\"type\":\"uint16\"},{\"internalType\":\"enumPartTimeLabour.ShiftStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structPartTimeLabour.Shift\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sign\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"day\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"start\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"end_\",\"type\":\"uint16\"}],\"name\":\"submitShift\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32[]\",\"name\":\"days_\",\"type\":\"uint32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"starts\",\"type\":\"uint16[]\"},{\"internalType\":\"uint16[]\",\"name\":\"ends\",\"type\":\"uint16[]\"}],\"name\":\"submitShifts\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"today\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e06040523060a05234801561001457600080fd5b50604051615a6f380380615a6f83398101604081905261003391610105565b60006080526001600160a01b03811660c05261004d610053565b50610135565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100a35760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101025780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561011757600080fd5b81516001600160a01b038116811461012e57600080fd5b9392505050565b60805160a05160c0516158dd61019260003960008181610527015281816110a101528181611c4f0152818161328501528181613d640152613db2015260008181613c6e01528181613c970152613eaf0152600050506158dd6000f3fe6080604052600436106102725760003560e01c806362aa246e1161014f578063b1183100116100c1578063d0a0e6fd1161007a578063d0a0e6fd14610833578063d547741f14610853578063d6c272ac14610873578063da742228146108b4578063e90266ae146108d4578063f67326cb146108f457600080fd5b8063b11831001461077e578063b6b55f251461079e578063b74e452b146107be578063c013fa09146107d3578063c290d691146107f3578063cad35d871461081357600080fd5b80638736381a116101135780638736381a146106b4578063906949f6146106c957806391d14854146106f6578063967e6bc314610716578063a217fddf1461072b578063ad3cb1cc1461074057600080fd5b806362aa246e146105a15780636ebc8c86146105c3578063709b12bf146105f05780637da0a877146106105780638086b8ba1461062557600080fd5b8063330e3b6e116101e857806349ca1b6c116101ac57806349ca1b6c146104cd5780634f1ef286146104ed57806352d1902d1461050057806356ef451414610515578063572b6c051461056157806358d943031461058157600080fd5b8063330e3b6e1461042b57806336568abe1461044d578063368872f21461046d5780633a5162341461048d57806343bf49f5146104ad57600080fd5b80631d0102121161023a5780631d01021214610368578063248a9ca31461037d5780632c7aa87f146103ab5780632e1a7d4d146103cb5780632f2ff15d146103eb5780632fb1b25f1461040b57600080fd5b806301ffc9a7146102775780630622e681146102ac5780630b6dfc29146102d957806310904b9e146102fb5780631652509e14610333575b600080fd5b34801561028357600080fd5b50610297610292366004614c5a565b610914565b60405190151581526020015b60405180910390f35b3480156102b857600080fd5b506102cc6102c7366004614c84565b61094b565b6040516102a39190614c9d565b3480156102e557600080fd5b506102f96102f4366004614d6a565b610a2f565b005b34801561030757600080fd5b5061031b610316366004614db7565b610c5c565b6040516001600160401b0390911681526020016102a3565b34801561033f57600080fd5b5061035361034e366004614de3565b610d21565b60405163ffffffff90911681526020016102a3565b34801561037457600080fd5b50610353601f81565b34801561038957600080fd5b5061039d610398366004614c84565b610d77565b6040519081526020016102a3565b3480156103b757600080fd5b506102f96103c6366004614e16565b610d99565b3480156103d757600080fd5b506102f96103e6366004614c84565b610ed1565b3480156103f757600080fd5b506102f9610406366004614ea0565b611120565b34801561041757600080fd5b506102f9610426366004614c84565b61113c565b34801561043757600080fd5b5061039d60008051602061584883398151915281565b34801561045957600080fd5b506102f9610468366004614ea0565b61127b565b34801561047957600080fd5b506102f9610488366004614f1b565b6112c3565b34801561049957600080fd5b506103536104a8366004614c84565b6113b8565b3480156104b957600080fd5b506102f96104c8366004614fc8565b611457565b3480156104d957600080fd5b506102f96104e8366004614ffe565b61156a565b6102f96104fb366004615039565b611679565b34801561050c57600080fd5b5061039d611698565b34801561052157600080fd5b506105497f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102a3565b34801561056d57600080fd5b5061029761057c366004615102565b6116b5565b34801561058d57600080fd5b5061039d61059c36600461511f565b6116da565b3480156105ad57600080fd5b506105b6611733565b6040516102a3919061513a565b3480156105cf57600080fd5b506105e36105de366004614c84565b6117b0565b6040516102a391906151d9565b3480156105fc57600080fd5b5061039d61060b3660046152e3565b611927565b34801561061c57600080fd5b50610549611933565b34801561063157600080fd5b50610645610640366004615102565b611966565b6040516102a39190600060a0820190506001600160801b0383511682526001600160801b0360208401511660208301526001600160801b0360408401511660408301526001600160801b0360608401511660608301526001600160801b03608084015116608083015292915050565b3480156106c057600080fd5b5061039d611a0a565b3480156106d557600080fd5b506106e96106e4366004615305565b611a1d565b6040516102a39190615328565b34801561070257600080fd5b50610297610711366004614ea0565b611ac7565b34801561072257600080fd5b5061039d611aff565b34801561073757600080fd5b5061039d600081565b34801561074c57600080fd5b50610771604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102a39190615385565b34801561078a57600080fd5b506102f96107993660046153cf565b611b12565b3480156107aa57600080fd5b506102f96107b9366004614c84565b611b3e565b3480156107ca57600080fd5b50610353611cc2565b3480156107df57600080fd5b506102f96107ee3660046153f9565b611ce3565b3480156107ff57600080fd5b506102f961080e366004614c84565b611e7b565b34801561081f57600080fd5b5061039d61082e366004615444565b611e89565b34801561083f57600080fd5b506102f961084e366004614d6a565b612514565b34801561085f57600080fd5b506102f961086e366004614ea0565b61254f565b34801561087f57600080fd5b5061089361088e366004615458565b61256b565b604080518251815260209283015163ffffffff1692810192909252016102a3565b3480156108c057600080fd5b506102f96108cf366004615102565b6125ca565b3480156108e057600080fd5b506102f96108ef36600461547b565b6125de565b34801561090057600080fd5b506102f961090f366004615305565b6127b7565b60006001600160e01b03198216637965db0b60e01b148061094557506301ffc9a760e01b6001600160e01b03198316145b92915050565b6040805161010081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152610994612a14565b6000928352600501602090815260409283902083516101008101855281546001600160401b038116825263ffffffff600160401b8204811694830194909452600160601b8104841695820195909552600160801b850483166060820152600160a01b850483166080820152600160c01b90940490911660a084015260018101546001600160801b031660c08401526002015460e08301525090565b600080516020615848833981519152610a4781612a38565b610a5085612a49565b506000610a5b612a14565b600087815260039182016020908152604080832063ffffffff8a168452909152902091508154600160201b900460ff166004811115610a9c57610a9c615198565b14610ad45780546040516318c007ab60e21b8152610acb9188918891600160201b900460ff1690600401615513565b60405180910390fd5b61ffff8416158015610ae8575061ffff8316155b15610b2957610af5612a14565b60008781526003919091016020908152604080832063ffffffff891684529091529020805464ffffffffff19169055610bf4565b6105a08461ffff16101580610b4657508361ffff168361ffff1611155b80610b5f57506105a0610b598585615553565b61ffff16115b15610b9757604051630bdf424360e41b815263ffffffff8616600482015261ffff808616602483015284166044820152606401610acb565b610bbd610ba2612a14565b60008881526003919091016020526040902087878787612aaa565b805461ffff848116620100000263ffffffff199092169086161717808255600290829064ff000000001916600160201b8302179055505b8463ffffffff16867fbd61b3b2925f334af3301ca1109575b0a34b650ea33346d3aa0620cd260e6dd08686610c27612bdb565b6040805161ffff94851681529390921660208401526001600160a01b03169082015260600160405180910390a3505050505050565b600080610c67612a14565b80549091505b8015610cff5763ffffffff841682610c8660018461556d565b81548110610c9657610c96615580565b60009182526020909120015463ffffffff1611610ced5781610cb960018361556d565b81548110610cc957610cc9615580565b600091825260209091200154600160201b90046001600160401b0316949350505050565b80610cf781615596565b915050610c6d565b5060405163ad992f6f60e01b815263ffffffff84166004820152602401610acb565b6000806000610d2f85612be5565b509150915080600c03610d525781610d46816155ad565b92505060019050610d60565b80610d5c816155ad565b9150505b610d6e82828660ff16612d8c565b95945050505050565b6000908152600080516020615888833981519152602052604090206001015490565b6000610da3612a14565b905060005b82811015610ecb576000610df2858584818110610dc757610dc7615580565b905060c0020160000135868685818110610de357610de3615580565b905060c0020160a00135612ea5565b90508015801590610e1f57506000818152600584016020526040902054600160c01b900463ffffffff1615155b15610e7f57848483818110610e3657610e36615580565b905060c0020160a001357f03a9284152e9e891d044d8393bebb6d556d6e5e8772061756387c1de312c979882604051610e7191815260200190565b60405180910390a250610ec3565b8015610e9557610e90816000612f22565b610ec1565b610ec1610eba868685818110610ead57610ead615580565b905060c002016000613369565b6001612f22565b505b600101610da8565b50505050565b80600003610ef2576040516369c6c12f60e11b815260040160405180910390fd5b6000610efc612bdb565b90506000610f08612a14565b6001600160a01b0383166000908152600791909101602052604090206001810154909150600160801b90046001600160801b0316831115610f895760018101546040516301c5f88760e41b81526001600160a01b0384166004820152600160801b9091046001600160801b0316602482015260448101849052606401610acb565b600281015460018201546001600160801b0391821691610fb3918691600160801b9091041661556d565b101561100c5760018101546002820154604051632e25e0ef60e01b81526001600160a01b0385166004820152600160801b9092046001600160801b03908116602484015216604482015260648101849052608401610acb565b60018101805484919060009061102c9084906001600160801b03166155c6565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550828160010160108282829054906101000a90046001600160801b031661107691906155e5565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506110d882847f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166136799092919063ffffffff16565b816001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d58460405161111391815260200190565b60405180910390a2505050565b61112982610d77565b61113281612a38565b610ecb83836136d8565b600061114782612a49565b60018101549091506001600160a01b0316611160612bdb565b6001600160a01b0316146111a25781611177612bdb565b604051635e8626cf60e01b815260048101929092526001600160a01b03166024820152604401610acb565b60018154600160f81b900460ff1660048111156111c1576111c1615198565b146111ef57805460405163564b5d6760e11b8152610acb918491600160f81b90910460ff1690600401615604565b80546001820154611228916001600160401b03600160a01b909104169063ffffffff600160c01b8204811691600160e01b90041661377e565b80546001600160f81b0316600160f91b17815560018101546040516001600160a01b039091169083907fcd3b1fcca80f9caae633c3e13546995d3810e561957af92839f070c46571942c90600090a35050565b611283612bdb565b6001600160a01b0316816001600160a01b0316146112b45760405163334bd91960e11b815260040160405180910390fd5b6112be82826138ce565b505050565b82851415806112d25750808514155b156112f057604051634865dfd360e11b815260040160405180910390fd5b60006112fb88613968565b90506000611307612a14565b60008a81526003919091016020526040812091505b878110156113ac576113a483838c8c8c8681811061133c5761133c615580565b90506020020160208101906113519190614db7565b8b8b8781811061136357611363615580565b90506020020160208101906113789190615621565b8a8a8881811061138a5761138a615580565b905060200201602081019061139f9190615621565b6139cb565b60010161131c565b50505050505050505050565b6000806113c3612a14565b60008481526005919091016020526040812091506113df611cc2565b8254909150600160c01b900463ffffffff1615158061140a57508154600160801b900463ffffffff16155b806114275750815463ffffffff600160801b909104811690821611155b15611436575060009392505050565b815461144f90600160801b900463ffffffff168261563c565b949350505050565b61146083613968565b5060038260ff16111561148b57604051631d60cb1760e11b815260ff83166004820152602401610acb565b806114a9576040516323f034f160e21b815260040160405180910390fd5b60006114b3612a14565b60008581526008919091016020908152604080832060ff87168452909152902080549091501561150257604051630a18706b60e31b81526004810185905260ff84166024820152604401610acb565b81815561150d611cc2565b60018201805463ffffffff191663ffffffff9290921691909117905560405182815260ff84169085907f539f1df8fedf9e8e0cdbcf90e0f687b237f986de306d9966b4486f9b2bf5233a906020015b60405180910390a350505050565b600061157584612a49565b60018101549091506001600160a01b031661158e612bdb565b6001600160a01b0316146115a55783611177612bdb565b60006115af612a14565b60008681526003919091016020908152604080832063ffffffff881684529091529020905060018154600160201b900460ff1660048111156115f3576115f3615198565b146116225780546040516318c007ab60e21b8152610acb9187918791600160201b900460ff1690600401615513565b805464ff00000000191664030000000017815560405183815263ffffffff85169086907f243399db760a4f6dfed04dd30c03c89323310b0a717fdf40e7181857704b88569060200160405180910390a35050505050565b611681613c63565b61168a82613cf3565b6116948282613de7565b5050565b60006116a2613ea4565b5060008051602061586883398151915290565b60006116bf611933565b6001600160a01b0316826001600160a01b0316149050919050565b6000806116ec833560a0850135612ea5565b905080156117215760405163da5ea47360e01b81528335600482015260a0840135602482015260448101829052606401610acb565b61172c836001613369565b9392505050565b606061173d612a14565b80546040805160208084028201810190925282815292919060009084015b828210156117a7576000848152602090819020604080518082019091529084015463ffffffff81168252600160201b90046001600160401b03168183015282526001909201910161175b565b50505050905090565b6040805161018081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810191909152611819612a14565b6000838152600291909101602090815260409182902082516101808101845281546001600160a01b03811682526001600160401b03600160a01b8204169382019390935260ff600160e01b8404811694820194909452600160e81b830484166060820152600160f01b830484161515608082015292909160a0840191600160f81b9091041660048111156118af576118af615198565b60048111156118c0576118c0615198565b815260018201546001600160a01b038116602083015261ffff600160a01b820481166040840152600160b01b820416606083015263ffffffff600160c01b820481166080840152600160e01b9091041660a082015260029091015460c09091015292915050565b600061172c8383612ea5565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6040805160a081018252600080825260208201819052918101829052606081018290526080810191909152611999612a14565b6001600160a01b0390921660009081526007929092016020908152604092839020835160a08101855281546001600160801b038082168352600160801b9182900481169483019490945260018301548085169683019690965290940482166060850152600201541660808301525090565b6000611a14612a14565b60010154905090565b611a3e60408051606081018252600080825260208201819052909182015290565b611a46612a14565b60008481526003919091016020908152604080832063ffffffff861684528252918290208251606081018452815461ffff8082168352620100008204169382019390935292909190830190600160201b900460ff166004811115611aac57611aac615198565b6004811115611abd57611abd615198565b9052509392505050565b6000918252600080516020615888833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000611b09612a14565b60040154905090565b600080516020615848833981519152611b2a81612a38565b6112be8383611b37612bdb565b6001613eed565b80600003611b5f576040516369c6c12f60e11b815260040160405180910390fd5b6001600160801b03811115611b8a5760405163036b6cc360e61b815260048101829052602401610acb565b6000611b94612bdb565b90506000611ba0612a14565b6001600160a01b038316600090815260079190910160205260408120805490925084918391611bd99084906001600160801b03166155c6565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550828160010160108282829054906101000a90046001600160801b0316611c2391906155c6565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550611c878230857f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661411f909392919063ffffffff16565b816001600160a01b03167f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c48460405161111391815260200190565b600062015180611cd4617e9042615658565b611cde919061566b565b905090565b6000611cee84612a49565b60018101549091506001600160a01b0316611d07612bdb565b6001600160a01b031614611d1e5783611177612bdb565b6000611d28612a14565b60008681526003919091016020526040812091505b83811015611e73576000826000878785818110611d5c57611d5c615580565b9050602002016020810190611d719190614db7565b63ffffffff1681526020810191909152604001600020905060018154600160201b900460ff166004811115611da857611da8615198565b14611dfd5786868684818110611dc057611dc0615580565b9050602002016020810190611dd59190614db7565b82546040516318c007ab60e21b8152610acb939291600160201b900460ff1690600401615513565b805464ff000000001916640200000000178155858583818110611e2257611e22615580565b9050602002016020810190611e379190614db7565b63ffffffff16877fd5d82bcae564c11297b5b362765c7df1fd0a901aa75f844b7f593a4aeb2ddecb60405160405180910390a350600101611d3d565b505050505050565b611e86816000612f22565b50565b600080611e94612bdb565b90506000611ea56020850185615102565b6001600160a01b03161480611ed757506001600160a01b038116611ecc6020850185615102565b6001600160a01b0316145b15611f0e57611ee96020840184615102565b60405163685efa8960e11b81526001600160a01b039091166004820152602401610acb565b611f1e606084016040850161568d565b60ff161580611f3f5750607f611f3a606085016040860161568d565b60ff16115b15611f78576040516334fdd87760e11b8152602060048201526008602482015267776f726b4461797360c01b6044820152606401610acb565b611f886080840160608501615621565b61ffff161580611fac57506105a0611fa66080850160608601615621565b61ffff16115b15611fe9576040516334fdd87760e11b815260206004820152600c60248201526b6461696c794d696e7574657360a01b6044820152606401610acb565b611ff960a0840160808501615621565b61ffff16158061205057506120146080840160608501615621565b61ffff1661203061202b606086016040870161568d565b614158565b61203a91906156a8565b61204a60a0850160808601615621565b61ffff16115b1561208e576040516334fdd87760e11b815260206004820152600d60248201526c7765656b6c794d696e7574657360981b6044820152606401610acb565b61209f610100840160e0850161568d565b60ff1615806120c15750601c6120bc610100850160e0860161568d565b60ff16115b156120f8576040516334fdd87760e11b815260206004820152600660248201526570617964617960d01b6044820152606401610acb565b61210860c0840160a08501614db7565b63ffffffff161580612162575061212560e0840160c08501614db7565b63ffffffff1615801590612162575061214460c0840160a08501614db7565b63ffffffff1661215a60e0850160c08601614db7565b63ffffffff16105b15612199576040516334fdd87760e11b8152602060048201526006602482015265656e6444617960d01b6044820152606401610acb565b6101208301356121bc576040516350a6a77b60e11b815260040160405180910390fd5b6121f46121cf60408501602086016156bf565b6121df60c0860160a08701614db7565b6121ef60e0870160c08801614db7565b61377e565b60006121fe612a14565b90508060010160008154612211906155ad565b9190508190559250604051806101800160405280836001600160a01b0316815260200185602001602081019061224791906156bf565b6001600160401b03168152602001612265606087016040880161568d565b60ff16815260200161227e610100870160e0880161568d565b60ff168152602001612298610120870161010088016156da565b15158152602001600181526020908101906122b590870187615102565b6001600160a01b031681526020016122d36080870160608801615621565b61ffff1681526020016122ec60a0870160808801615621565b61ffff16815260200161230560c0870160a08801614db7565b63ffffffff16815260200161232060e0870160c08801614db7565b63ffffffff1681526101208601356020918201526000858152600284018252604090819020835181549385015192850151606086015160808701511515600160f01b0260ff60f01b1960ff928316600160e81b0260ff60e81b1993909416600160e01b029290921661ffff60e01b196001600160401b03909716600160a01b026001600160e01b03199098166001600160a01b0390951694909417969096179490941691909117179182168317815560a08401519092909183916001600160f81b03166001600160f01b0390911617600160f81b83600481111561240657612406615198565b021790555060c082015160018201805460e08501516101008601516101208701516101408801516001600160a01b039096166001600160b01b031990941693909317600160a01b61ffff938416021765ffffffffffff60b01b1916600160b01b929091169190910263ffffffff60c01b191617600160c01b63ffffffff92831602176001600160e01b0316600160e01b9190931602919091179055610160909101516002909101556124bb6020850185615102565b6001600160a01b0316826001600160a01b0316847fb97adae8a193810e362f5bf43574b21c23f70c0b7c7ccac3faeaa383450e92b787610120013560405161250591815260200190565b60405180910390a45050919050565b600061251f85613968565b90506125488161252d612a14565b600088815260039190910160205260409020878787876139cb565b5050505050565b61255882610d77565b61256181612a38565b610ecb83836138ce565b6040805180820190915260008082526020820152612587612a14565b60008481526008919091016020908152604080832060ff861684528252918290208251808401909352805483526001015463ffffffff1690820152905092915050565b60006125d581612a38565b61169482614186565b60006125e86141ef565b805490915060ff600160401b82041615906001600160401b031660008115801561260f5750825b90506000826001600160401b0316600114801561262b5750303b155b905081158015612639575080155b156126575760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561268157845460ff60401b1916600160401b1785555b61268a8b614218565b612692614229565b61269a614229565b6126a560008b6136d8565b506126be6000805160206158488339815191528b6136d8565b508786146126f7576040516334fdd87760e11b8152602060048201526005602482015264726174657360d81b6044820152606401610acb565b60005b888110156127635761275b8a8a8381811061271757612717615580565b905060200201602081019061272c9190614db7565b89898481811061273e5761273e615580565b905060200201602081019061275391906156bf565b8d6000613eed565b6001016126fa565b5083156127aa57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050505050565b60006127c283612a49565b905060006127ce612bdb565b82549091506001600160a01b038083169116148015906127fe575060018201546001600160a01b03828116911614155b1561282e57604051637133e30b60e11b8152600481018590526001600160a01b0382166024820152604401610acb565b60018254600160f81b900460ff16600481111561284d5761284d615198565b036128a65781546001600160f81b0316600160fa1b1782556040516001600160a01b0382169085907f5c64ed6909033f9313a4b4f43fbbf6c6988af153613c0b48e689171f2e7f9d739061155c906000906004906156fc565b60028254600160f81b900460ff1660048111156128c5576128c5615198565b146128f357815460405163564b5d6760e11b8152610acb918691600160f81b90910460ff1690600401615604565b6128fb611cc2565b63ffffffff168363ffffffff16108061293b575060018281015461292c9190600160c01b900463ffffffff1661563c565b63ffffffff168363ffffffff16105b8061297557506001820154600160e01b900463ffffffff16158015906129755750600182015463ffffffff600160e01b9091048116908416115b156129a2576040516356b171e760e01b81526004810185905263ffffffff84166024820152604401610acb565b81546001600160f81b0316600360f81b1782556001820180546001600160e01b0316600160e01b63ffffffff8616021790556040516001600160a01b0382169085907f5c64ed6909033f9313a4b4f43fbbf6c6988af153613c0b48e689171f2e7f9d739061155c9087906003906156fc565b7fea1f97dacc1bbca6d918f4640c453ea0ab6dcd8ebe67d0c8c36f5f9c707b570090565b611e8681612a44612bdb565b614231565b6000612a53612a14565b60008381526002919091016020526040812091508154600160f81b900460ff166004811115612a8457612a84615198565b03612aa5576040516301ce5c2b60e51b815260048101839052602401610acb565b919050565b60008581612ab960018761563c565b63ffffffff1681526020810191909152604001600090812091508154600160201b900460ff166004811115612af057612af0615198565b14158015612b175750612b0961ffff84166105a0615658565b815462010000900461ffff16115b15612b58578484612b2960018261563c565b6040516274dfdf60e01b8152600481019390935263ffffffff9182166024840152166044820152606401610acb565b60008681612b67876001615712565b63ffffffff1681526020810191909152604001600090812091508154600160201b900460ff166004811115612b9e57612b9e615198565b14158015612bc057508054612bb99061ffff166105a0615658565b8361ffff16115b15612bd2578585612b29816001615712565b50505050505050565b6000611cde61426a565b6000808080612bfd63ffffffff8616620afa6c615658565b90506000612c0e62023ab18361566b565b90506000612c1f8262023ab16156a8565b612c29908461556d565b9050600061016d612c3d62023ab08461566b565b612c49618eac8561566b565b612c556105b48661566b565b612c5f908661556d565b612c699190615658565b612c73919061556d565b612c7d919061566b565b90506000612c8c60648361566b565b612c9760048461566b565b612ca38461016d6156a8565b612cad9190615658565b612cb7919061556d565b612cc1908461556d565b905060006099612cd28360056156a8565b612cdd906002615658565b612ce7919061566b565b90506005612cf68260996156a8565b612d01906002615658565b612d0b919061566b565b612d15908361556d565b612d20906001615658565b9650600a8110612d3a57612d3560098261556d565b612d45565b612d45816003615658565b97506002881115612d57576000612d5a565b60015b60ff16612d69866101906156a8565b612d739085615658565b612d7d9190615658565b98505050505050509193909250565b600060028311612da45783612da081615596565b9450505b6000612db26101908661566b565b90506000612dc2826101906156a8565b612dcc908761556d565b90506000600185600560028911612ded57612de8896009615658565b612df8565b612df860038a61556d565b612e039060996156a8565b612e0e906002615658565b612e18919061566b565b612e229190615658565b612e2c919061556d565b9050600081612e3c60648561566b565b612e4760048661566b565b612e538661016d6156a8565b612e5d9190615658565b612e67919061556d565b612e719190615658565b9050620afa6c81612e858662023ab16156a8565b612e8f9190615658565b612e99919061556d565b98975050505050505050565b600080612eb0612a14565b600085815260098201602090815260408083208784529091528120549350909150829003612f1b5760008381526006820160205260409020548015801590612f10575060008181526005830160205260409020546001600160401b031685145b15612f19578092505b505b5092915050565b6000612f2c612a14565b600084815260058201602052604081208054929350916001600160401b03169003612f6d5760405163ee247dcf60e01b815260048101859052602401610acb565b80546001600160401b03166000908152600283016020526040812090612f91612bdb565b82549091506001600160a01b03808316911614612fde578254604051633c440c0960e01b81526001600160401b0390911660048201526001600160a01b0382166024820152604401610acb565b8254600160c01b900463ffffffff161561300e576040516303a3c8d360e31b815260048101879052602401610acb565b6001600160a01b03811660009081526007850160205260409020600180850154908201546001600160801b03918216600160801b909104909116101561309a57600181810154908501546040516301c5f88760e41b81526001600160a01b0385166004820152600160801b9092046001600160801b039081166024840152166044820152606401610acb565b851580156130ad57506130ad85886142b2565b156131015760018401546002820180546001600160801b03928316926000916130d8918591166155e5565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550613197565b6002810154600185810154908301546001600160801b039283169261313092811691600160801b9004166155e5565b6001600160801b0316101561319757600181810154600283015491860154604051632e25e0ef60e01b81526001600160a01b03861660048201526001600160801b03600160801b909304831660248201529282166044840152166064820152608401610acb565b60006131a1611cc2565b855463ffffffff60c01b1916600160c01b63ffffffff831602178655600186015483549192506001600160801b039081169184916010916131eb918591600160801b9004166155c6565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508460010160009054906101000a90046001600160801b03168260010160108282829054906101000a90046001600160801b031661324c91906155e5565b82546101009290920a6001600160801b03818102199093169183160217909155600186810154908801546132b093506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169392169116613679565b6001808501548654918701546001600160a01b03909116916001600160401b038116918b917f37990066b08ab918bc2e0a388de79186ad45b08894456ad598d8ab5f979aca83916001600160801b03169063ffffffff600160801b90910481169087161161331f576000613338565b895461333890600160801b900463ffffffff168761563c565b604080516001600160801b03909316835263ffffffff90911660208301520160405180910390a45050505050505050565b600060a083013561338d5760405163231991d960e11b815260040160405180910390fd5b60006133998435613968565b90506133ab6040850160208601614db7565b63ffffffff166133c16060860160408701614db7565b63ffffffff1610806134035750601f6133e06040860160208701614db7565b6133f06060870160408801614db7565b6133fa919061563c565b63ffffffff1610155b806134305750613411611cc2565b63ffffffff166134276060860160408701614db7565b63ffffffff1610155b1561347e576134456040850160208601614db7565b6134556060860160408701614db7565b604051634eb8154d60e11b815263ffffffff928316600482015291166024820152604401610acb565b6000806134bd86356134966040890160208a01614db7565b6134a660608a0160408b01614db7565b8654600160a01b90046001600160401b03166142ce565b915091508163ffffffff166000036135215785356134e16040880160208901614db7565b6134f16060890160408a01614db7565b60405163339f23ff60e21b8152600481019390935263ffffffff9182166024840152166044820152606401610acb565b6135316080870160608801614db7565b63ffffffff168263ffffffff1614613586578535826135566080890160608a01614db7565b6040516372783b4f60e11b8152600481019390935263ffffffff9182166024840152166044820152606401610acb565b6000603c61359583603b615658565b61359f919061566b565b9050806135b260a0890160808a0161572e565b6001600160801b03161015613607578635816135d460a08a0160808b0161572e565b6040516316deb52960e31b8152600481019390935260248301919091526001600160801b03166044820152606401610acb565b6136428761362f61361e6060830160408401614db7565b8754600160e81b900460ff16610d21565b60018701546001600160a01b03166144c5565b9450851561366f57835461366f906001600160a01b03168661366a60a08b0160808c0161572e565b614765565b5050505092915050565b6040516001600160a01b038381166024830152604482018390526112be91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061484d565b60006000805160206158888339815191526136f38484611ac7565b613774576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561372a612bdb565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610945565b6000915050610945565b600061378983610c5c565b9050806001600160401b0316846001600160401b031610156137dd5760405163f49b7c2360e01b815263ffffffff841660048201526001600160401b03808616602483015282166044820152606401610acb565b60006137e7612a14565b80549091505b8015611e735760008261380160018461556d565b8154811061381157613811615580565b6000918252602090912001805490915063ffffffff8088169116116138365750611e73565b63ffffffff851615806138535750805463ffffffff808716911611155b8015613873575080546001600160401b03600160201b9091048116908816105b156138bb57805460405163f49b7c2360e01b815263ffffffff821660048201526001600160401b03808a166024830152600160201b9092049091166044820152606401610acb565b50806138c681615596565b9150506137ed565b60006000805160206158888339815191526138e98484611ac7565b15613774576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916905561391e612bdb565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610945565b6000613973826148be565b80549091506001600160a01b0316613989612bdb565b6001600160a01b031614612aa557816139a0612bdb565b604051633c440c0960e01b815260048101929092526001600160a01b03166024820152604401610acb565b6105a08261ffff161015806139e857508161ffff168161ffff1611155b80613a0157506105a06139fb8383615553565b61ffff16115b15613a3957604051630bdf424360e41b815263ffffffff8416600482015261ffff808416602483015282166044820152606401610acb565b600186015463ffffffff600160c01b90910481169084161080613a8b57506001860154600160e01b900463ffffffff1615801590613a8b5750600186015463ffffffff600160e01b9091048116908416115b15613ab8576040516386d39de360e01b81526004810185905263ffffffff84166024820152604401610acb565b613ac0611cc2565b63ffffffff168363ffffffff161115613af457604051632bf5390d60e21b815263ffffffff84166004820152602401610acb565b63ffffffff8316600090815260208690526040812054600160201b900460ff1690816004811115613b2757613b27615198565b14158015613b4757506003816004811115613b4457613b44615198565b14155b15613b7a576040516274dfdf60e01b81526004810186905263ffffffff8516602482018190526044820152606401610acb565b613b878686868686612aaa565b6040805160608101825261ffff8086168252841660208201529081016001905263ffffffff851660009081526020888152604091829020835181549285015161ffff908116620100000263ffffffff1990941691161791909117808255918301519091829064ff000000001916600160201b836004811115613c0b57613c0b615198565b0217905550506040805161ffff80871682528516602082015263ffffffff8716925087917f0964f3e3aaf7ffd22f130da6d44b42626caaaad1729a03af6d04397296ac6c75910160405180910390a350505050505050565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480613cd357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316613cc7614943565b6001600160a01b031614155b15613cf15760405163703e46dd60e11b815260040160405180910390fd5b565b6000613cfe81612a38565b6000826001600160a01b03166356ef45146040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015613d5a575060408051601f3d908101601f19168201909252613d5791810190615757565b60015b15613d625790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b0316146112be576040516313ca477560e11b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610acb565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015613e41575060408051601f3d908101601f19168201909252613e3e91810190615774565b60015b613e6957604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610acb565b6000805160206158688339815191528114613e9a57604051632a87526960e21b815260048101829052602401610acb565b6112be8383614959565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614613cf15760405163703e46dd60e11b815260040160405180910390fd5b826001600160401b0316600003613f17576040516361a44da560e11b815260040160405180910390fd5b6000613f21612a14565b8054909150801561407257600082613f3a60018461556d565b81548110613f4a57613f4a615580565b6000918252602090912001805490915063ffffffff8881169116148015613f8b5750831580613f8b5750613f7c611cc2565b63ffffffff168763ffffffff16115b1561400a5780546bffffffffffffffff000000001916600160201b6001600160401b038816908102919091178255604080519182526001600160a01b038716602083015263ffffffff8916917f3511093826cfc6c13bc946f7d0e37117b51bde4530856df177e5cc56c303c3a9910160405180910390a2505050610ecb565b805463ffffffff90811690881611158061403f575083801561403f575061402f611cc2565b63ffffffff168763ffffffff1611155b1561407057805460405163e93e801760e01b815263ffffffff808a1660048301529091166024820152604401610acb565b505b60408051808201825263ffffffff8881168083526001600160401b0389811660208086018281528954600181018b5560008b81528390209751970180549151909416600160201b026001600160601b0319909116969095169590951793909317905583519182526001600160a01b0388169282019290925290917f3511093826cfc6c13bc946f7d0e37117b51bde4530856df177e5cc56c303c3a9910160405180910390a2505050505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610ecb9186918216906323b872dd906084016136a6565b60005b60ff821615612aa5578061416e816155ad565b915061417d905060018361578d565b8216915061415b565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610945565b6142206149af565b611e8681614186565b613cf16149af565b61423b8282611ac7565b6116945760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610acb565b60003660148082108015906142835750614283336116b5565b156142aa57614297368284038160006157a6565b6142a0916157d0565b60601c9250505090565b339250505090565b600a820154600090801580159061144f57509091101592915050565b60008060006142db612a14565b60008881526003919091016020526040812091506001600160401b03851661430d88614308896001615712565b6149d4565b6001600160401b0316119050865b8663ffffffff168163ffffffff16116144b95763ffffffff8116600090815260208490526040902060028154600160201b900460ff16600481111561436257614362615198565b1461436d57506144a7565b826143b55780546001600160401b038816906143969061ffff8082169162010000900416615553565b61ffff166143a491906156a8565b6143ae9086615658565b9450614469565b80546105a06201000090910461ffff16116143ed576143d48783614a8b565b81546143969061ffff8082169162010000900416615553565b614401876143fc846001615712565b614a8b565b815461441a906105a09062010000900461ffff16615553565b61ffff1661442891906156a8565b6144328884614a8b565b82546144449061ffff166105a0615553565b61ffff1661445291906156a8565b61445c9190615658565b6144669086615658565b94505b80546144829061ffff8082169162010000900416615553565b6144909061ffff1687615712565b815464ff0000000019166404000000001790915594505b806144b181615806565b91505061431b565b50505094509492505050565b6000806144d0612a14565b905080600401600081546144e3906155ad565b918290555060408051610100810182526001600160401b03883516815291935060208083019161451891908901908901614db7565b63ffffffff1681526020016145336060880160408901614db7565b63ffffffff9081168252861660208201526040016145576080880160608901614db7565b63ffffffff1681526000602082015260400161457960a088016080890161572e565b6001600160801b03908116825260a08089013560209384018190526000878152600587018552604080822087518154898901518a85015160608c015160808d0151998d015163ffffffff908116600160c01b0263ffffffff60c01b199b8216600160a01b029b909b1667ffffffffffffffff60a01b19928216600160801b0263ffffffff60801b19948316600160601b029490941667ffffffffffffffff60601b1992909516600160401b026001600160601b03199096166001600160401b039097169690961794909417939093169190911717161794909417845560c0870151600185018054919096166fffffffffffffffffffffffffffffffff199091161790945560e0909501516002909201919091558835808552600986018452828520918552908352928190208590556001600160a01b038616929185917fdac024d631ed08c390a1540ab3644ed6171dd12e2898f5acf377979117bf723c916146e5918b01908b01614db7565b6146f560608b0160408c01614db7565b61470560808c0160608d01614db7565b61471560a08d0160808e0161572e565b6040805163ffffffff95861681529385166020850152918416838301526001600160801b03166060830152918a16608082015260a08b8101359082015290519081900360c00190a4509392505050565b600061476f612a14565b6001600160a01b038516600090815260078201602052604090206002810154919250906001600160801b03906147aa90858316908316615658565b11156147f15760028101546040516311ad78b360e31b81526001600160a01b03871660048201526001600160801b0391821660248201529084166044820152606401610acb565b6002810180548491906000906148119084906001600160801b03166155c6565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555081600a01546000036125485750600a01919091555050565b600080602060008451602086016000885af180614870576040513d6000823e3d81fd5b50506000513d91508115614888578060011415614895565b6001600160a01b0384163b155b15610ecb57604051635274afe760e01b81526001600160a01b0385166004820152602401610acb565b60006148c982612a49565b905060028154600160f81b900460ff1660048111156148ea576148ea615198565b14158015614915575060038154600160f81b900460ff16600481111561491257614912615198565b14155b15612aa557805460405163564b5d6760e11b8152610acb918491600160f81b90910460ff1690600401615604565b6000600080516020615868833981519152611957565b61496282614acb565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156149a7576112be8282614b30565b611694614b9d565b6149b7614bbc565b613cf157604051631afcd79f60e31b815260040160405180910390fd5b6000806149df612a14565b80549091505b8015612f19576000826149f960018461556d565b81548110614a0957614a09615580565b6000918252602090912001805490915063ffffffff80871691161115614a2f5750614a79565b80546001600160401b03808616600160201b909204161115614a60578054600160201b90046001600160401b031693505b805463ffffffff808816911611614a775750612f19565b505b80614a8381615596565b9150506149e5565b600080614a9783610c5c565b9050806001600160401b0316846001600160401b031610614ab85783614aba565b805b6001600160401b0316949350505050565b806001600160a01b03163b600003614b0157604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610acb565b60008051602061586883398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051614b4d919061582b565b600060405180830381855af49150503d8060008114614b88576040519150601f19603f3d011682016040523d82523d6000602084013e614b8d565b606091505b5091509150610d6e858383614bd6565b3415613cf15760405163b398979f60e01b815260040160405180910390fd5b6000614bc66141ef565b54600160401b900460ff16919050565b606082614beb57614be682614c32565b61172c565b8151158015614c0257506001600160a01b0384163b155b15614c2b57604051639996b31560e01b81526001600160a01b0385166004820152602401610acb565b508061172c565b805115614c4157805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b600060208284031215614c6c57600080fd5b81356001600160e01b03198116811461172c57600080fd5b600060208284031215614c9657600080fd5b5035919050565b6000610100820190506001600160401b03835116825263ffffffff602084015116602083015263ffffffff60408401511660408301526060830151614cea606084018263ffffffff169052565b506080830151614d02608084018263ffffffff169052565b5060a0830151614d1a60a084018263ffffffff169052565b5060c0830151614d3560c08401826001600160801b03169052565b5060e092830151919092015290565b803563ffffffff81168114612aa557600080fd5b803561ffff81168114612aa557600080fd5b60008060008060808587031215614d8057600080fd5b84359350614d9060208601614d44565b9250614d9e60408601614d58565b9150614dac60608601614d58565b905092959194509250565b600060208284031215614dc957600080fd5b61172c82614d44565b803560ff81168114612aa557600080fd5b60008060408385031215614df657600080fd5b614dff83614d44565b9150614e0d60208401614dd2565b90509250929050565b60008060208385031215614e2957600080fd5b82356001600160401b03811115614e3f57600080fd5b8301601f81018513614e5057600080fd5b80356001600160401b03811115614e6657600080fd5b85602060c083028401011115614e7b57600080fd5b6020919091019590945092505050565b6001600160a01b0381168114611e8657600080fd5b60008060408385031215614eb357600080fd5b823591506020830135614ec581614e8b565b809150509250929050565b60008083601f840112614ee257600080fd5b5081356001600160401b03811115614ef957600080fd5b6020830191508360208260051b8501011115614f1457600080fd5b9250929050565b60008060008060008060006080888a031215614f3657600080fd5b8735965060208801356001600160401b03811115614f5357600080fd5b614f5f8a828b01614ed0565b90975095505060408801356001600160401b03811115614f7e57600080fd5b614f8a8a828b01614ed0565b90955093505060608801356001600160401b03811115614fa957600080fd5b614fb58a828b01614ed0565b989b979a50959850939692959293505050565b600080600060608486031215614fdd57600080fd5b83359250614fed60208501614dd2565b929592945050506040919091013590565b60008060006060848603121561501357600080fd5b83359250614fed60208501614d44565b634e487b7160e01b600052604160045260246000fd5b6000806040838503121561504c57600080fd5b823561505781614e8b565b915060208301356001600160401b0381111561507257600080fd5b8301601f8101851361508357600080fd5b80356001600160401b0381111561509c5761509c615023565b604051601f8201601f19908116603f011681016001600160401b03811182821017156150ca576150ca615023565b6040528181528282016020018710156150e257600080fd5b816020840160208301376000602083830101528093505050509250929050565b60006020828403121561511457600080fd5b813561172c81614e8b565b600060c082840312801561513257600080fd5b509092915050565b602080825282518282018190526000918401906040840190835b8181101561518d578351805163ffffffff1684526020908101516001600160401b03168185015290930192604090920191600101615154565b509095945050505050565b634e487b7160e01b600052602160045260246000fd5b60058110611e8657634e487b7160e01b600052602160045260246000fd5b6151d5816151ae565b9052565b81516001600160a01b031681526101808101602083015161520560208401826001600160401b03169052565b50604083015161521a604084018260ff169052565b50606083015161522f606084018260ff169052565b506080830151615243608084018215159052565b5060a083015161525660a08401826151cc565b5060c083015161527160c08401826001600160a01b03169052565b5060e083015161528760e084018261ffff169052565b5061010083015161529f61010084018261ffff169052565b506101208301516152b961012084018263ffffffff169052565b506101408301516152d361014084018263ffffffff169052565b5061016092830151919092015290565b600080604083850312156152f657600080fd5b50508035926020909101359150565b6000806040838503121561531857600080fd5b82359150614e0d60208401614d44565b600060608201905061ffff835116825261ffff60208401511660208301526040830151615354816151ae565b8060408401525092915050565b60005b8381101561537c578181015183820152602001615364565b50506000910152565b60208152600082518060208401526153a4816040850160208701615361565b601f01601f19169190910160400192915050565b80356001600160401b0381168114612aa557600080fd5b600080604083850312156153e257600080fd5b6153eb83614d44565b9150614e0d602084016153b8565b60008060006040848603121561540e57600080fd5b8335925060208401356001600160401b0381111561542b57600080fd5b61543786828701614ed0565b9497909650939450505050565b600061014082840312801561513257600080fd5b6000806040838503121561546b57600080fd5b82359150614e0d60208401614dd2565b6000806000806000806080878903121561549457600080fd5b863561549f81614e8b565b955060208701356154af81614e8b565b945060408701356001600160401b038111156154ca57600080fd5b6154d689828a01614ed0565b90955093505060608701356001600160401b038111156154f557600080fd5b61550189828a01614ed0565b979a9699509497509295939492505050565b83815263ffffffff831660208201526060810161552f836151ae565b826040830152949350505050565b634e487b7160e01b600052601160045260246000fd5b61ffff82811682821603908111156109455761094561553d565b818103818111156109455761094561553d565b634e487b7160e01b600052603260045260246000fd5b6000816155a5576155a561553d565b506000190190565b6000600182016155bf576155bf61553d565b5060010190565b6001600160801b0381811683821601908111156109455761094561553d565b6001600160801b0382811682821603908111156109455761094561553d565b82815260408101615614836151ae565b8260208301529392505050565b60006020828403121561563357600080fd5b61172c82614d58565b63ffffffff82811682821603908111156109455761094561553d565b808201808211156109455761094561553d565b60008261568857634e487b7160e01b600052601260045260246000fd5b500490565b60006020828403121561569f57600080fd5b61172c82614dd2565b80820281158282048414176109455761094561553d565b6000602082840312156156d157600080fd5b61172c826153b8565b6000602082840312156156ec57600080fd5b8135801515811461172c57600080fd5b63ffffffff8316815260408101615614836151ae565b63ffffffff81811683821601908111156109455761094561553d565b60006020828403121561574057600080fd5b81356001600160801b038116811461172c57600080fd5b60006020828403121561576957600080fd5b815161172c81614e8b565b60006020828403121561578657600080fd5b5051919050565b60ff82811682821603908111156109455761094561553d565b600080858511156157b657600080fd5b838611156157c357600080fd5b5050820193919092039150565b80356001600160601b03198116906014841015612f1b576001600160601b031960149490940360031b84901b1690921692915050565b600063ffffffff821663ffffffff81036158225761582261553d565b60010192915050565b6000825161583d818460208701615361565b919091019291505056fe7ee0953e2c41cdd851c8d323cb059f4daf9c7bd39ea116aa6d2d8080d592683f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220aa8529183216edb27760e0e7a04e207fddeca37a663eff1170eb8661429def5964736f6c634300081c0033",
}

// PartTimeLabourABI is the input ABI used to generate the binding from.
// Deprecated: Use PartTimeLabourMetaData.ABI instead.
var PartTimeLabourABI = PartTimeLabourMetaData.ABI

// PartTimeLabourBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PartTimeLabourMetaData.Bin instead.
var PartTimeLabourBin = PartTimeLabourMetaData.Bin

// DeployPartTimeLabour deploys a new Ethereum contract, binding an instance of PartTimeLabour to it.
func DeployPartTimeLabour(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address) (common.Address, *types.Transaction, *PartTimeLabour, error) {
	parsed, err := PartTimeLabourMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PartTimeLabourBin), backend, token)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PartTimeLabour{PartTimeLabourCaller: PartTimeLabourCaller{contract: contract}, PartTimeLabourTransactor: PartTimeLabourTransactor{contract: contract}, PartTimeLabourFilterer: PartTimeLabourFilterer{contract: contract}}, nil
}

// PartTimeLabour is an auto generated Go binding around an Ethereum contract.
type PartTimeLabour struct {
	PartTimeLabourCaller     // Read-only binding to the contract
	PartTimeLabourTransactor // Write-only binding to the contract
	PartTimeLabourFilterer   // Log filterer for contract events
}

// PartTimeLabourCaller is an auto generated read-only Go binding around an Ethereum contract.
type PartTimeLabourCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PartTimeLabourTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PartTimeLabourTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PartTimeLabourFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PartTimeLabourFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PartTimeLabourSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PartTimeLabourSession struct {
	Contract     *PartTimeLabour   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PartTimeLabourCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PartTimeLabourCallerSession struct {
	Contract *PartTimeLabourCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// PartTimeLabourTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PartTimeLabourTransactorSession struct {
	Contract     *PartTimeLabourTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// PartTimeLabourRaw is an auto generated low-level Go binding around an Ethereum contract.
type PartTimeLabourRaw struct {
	Contract *PartTimeLabour // Generic contract binding to access the raw methods on
}

// PartTimeLabourCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PartTimeLabourCallerRaw struct {
	Contract *PartTimeLabourCaller // Generic read-only contract binding to access the raw methods on
}

// PartTimeLabourTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PartTimeLabourTransactorRaw struct {
	Contract *PartTimeLabourTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPartTimeLabour creates a new instance of PartTimeLabour, bound to a specific deployed contract.
func NewPartTimeLabour(address common.Address, backend bind.ContractBackend) (*PartTimeLabour, error) {
	contract, err := bindPartTimeLabour(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabour{PartTimeLabourCaller: PartTimeLabourCaller{contract: contract}, PartTimeLabourTransactor: PartTimeLabourTransactor{contract: contract}, PartTimeLabourFilterer: PartTimeLabourFilterer{contract: contract}}, nil
}

// NewPartTimeLabourCaller creates a new read-only instance of PartTimeLabour, bound to a specific deployed contract.
func NewPartTimeLabourCaller(address common.Address, caller bind.ContractCaller) (*PartTimeLabourCaller, error) {
	contract, err := bindPartTimeLabour(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourCaller{contract: contract}, nil
}

// NewPartTimeLabourTransactor creates a new write-only instance of PartTimeLabour, bound to a specific deployed contract.
func NewPartTimeLabourTransactor(address common.Address, transactor bind.ContractTransactor) (*PartTimeLabourTransactor, error) {
	contract, err := bindPartTimeLabour(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourTransactor{contract: contract}, nil
}

// NewPartTimeLabourFilterer creates a new log filterer instance of PartTimeLabour, bound to a specific deployed contract.
func NewPartTimeLabourFilterer(address common.Address, filterer bind.ContractFilterer) (*PartTimeLabourFilterer, error) {
	contract, err := bindPartTimeLabour(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourFilterer{contract: contract}, nil
}

// bindPartTimeLabour binds a generic wrapper to an already deployed contract.
func bindPartTimeLabour(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PartTimeLabourMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PartTimeLabour *PartTimeLabourRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PartTimeLabour.Contract.PartTimeLabourCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PartTimeLabour *PartTimeLabourRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.PartTimeLabourTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PartTimeLabour *PartTimeLabourRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.PartTimeLabourTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PartTimeLabour *PartTimeLabourCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PartTimeLabour.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PartTimeLabour *PartTimeLabourTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PartTimeLabour *PartTimeLabourTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _PartTimeLabour.Contract.DEFAULTADMINROLE(&_PartTimeLabour.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _PartTimeLabour.Contract.DEFAULTADMINROLE(&_PartTimeLabour.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_PartTimeLabour *PartTimeLabourCaller) KRW(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "KRW")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_PartTimeLabour *PartTimeLabourSession) KRW() (common.Address, error) {
	return _PartTimeLabour.Contract.KRW(&_PartTimeLabour.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_PartTimeLabour *PartTimeLabourCallerSession) KRW() (common.Address, error) {
	return _PartTimeLabour.Contract.KRW(&_PartTimeLabour.CallOpts)
}

// LABOUROFFICEROLE is a free data retrieval call binding the contract method 0x330e3b6e.
//
// Solidity: function LABOUR_OFFICE_ROLE() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCaller) LABOUROFFICEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "LABOUR_OFFICE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LABOUROFFICEROLE is a free data retrieval call binding the contract method 0x330e3b6e.
//
// Solidity: function LABOUR_OFFICE_ROLE() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourSession) LABOUROFFICEROLE() ([32]byte, error) {
	return _PartTimeLabour.Contract.LABOUROFFICEROLE(&_PartTimeLabour.CallOpts)
}

// LABOUROFFICEROLE is a free data retrieval call binding the contract method 0x330e3b6e.
//
// Solidity: function LABOUR_OFFICE_ROLE() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCallerSession) LABOUROFFICEROLE() ([32]byte, error) {
	return _PartTimeLabour.Contract.LABOUROFFICEROLE(&_PartTimeLabour.CallOpts)
}

// MAXPERIODDAYS is a free data retrieval call binding the contract method 0x1d010212.
//
// Solidity: function MAX_PERIOD_DAYS() view returns(uint32)
func (_PartTimeLabour *PartTimeLabourCaller) MAXPERIODDAYS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "MAX_PERIOD_DAYS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXPERIODDAYS is a free data retrieval call binding the contract method 0x1d010212.
//
// Solidity: function MAX_PERIOD_DAYS() view returns(uint32)
func (_PartTimeLabour *PartTimeLabourSession) MAXPERIODDAYS() (uint32, error) {
	return _PartTimeLabour.Contract.MAXPERIODDAYS(&_PartTimeLabour.CallOpts)
}

// MAXPERIODDAYS is a free data retrieval call binding the contract method 0x1d010212.
//
// Solidity: function MAX_PERIOD_DAYS() view returns(uint32)
func (_PartTimeLabour *PartTimeLabourCallerSession) MAXPERIODDAYS() (uint32, error) {
	return _PartTimeLabour.Contract.MAXPERIODDAYS(&_PartTimeLabour.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_PartTimeLabour *PartTimeLabourCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_PartTimeLabour *PartTimeLabourSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _PartTimeLabour.Contract.UPGRADEINTERFACEVERSION(&_PartTimeLabour.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_PartTimeLabour *PartTimeLabourCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _PartTimeLabour.Contract.UPGRADEINTERFACEVERSION(&_PartTimeLabour.CallOpts)
}

// AccountOf is a free data retrieval call binding the contract method 0x8086b8ba.
//
// Solidity: function accountOf(address employer) view returns((uint128,uint128,uint128,uint128,uint128))
func (_PartTimeLabour *PartTimeLabourCaller) AccountOf(opts *bind.CallOpts, employer common.Address) (PartTimeLabourAccount, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "accountOf", employer)

	if err != nil {
		return *new(PartTimeLabourAccount), err
	}

	out0 := *abi.ConvertType(out[0], new(PartTimeLabourAccount)).(*PartTimeLabourAccount)

	return out0, err

}

// AccountOf is a free data retrieval call binding the contract method 0x8086b8ba.
//
// Solidity: function accountOf(address employer) view returns((uint128,uint128,uint128,uint128,uint128))
func (_PartTimeLabour *PartTimeLabourSession) AccountOf(employer common.Address) (PartTimeLabourAccount, error) {
	return _PartTimeLabour.Contract.AccountOf(&_PartTimeLabour.CallOpts, employer)
}

// AccountOf is a free data retrieval call binding the contract method 0x8086b8ba.
//
// Solidity: function accountOf(address employer) view returns((uint128,uint128,uint128,uint128,uint128))
func (_PartTimeLabour *PartTimeLabourCallerSession) AccountOf(employer common.Address) (PartTimeLabourAccount, error) {
	return _PartTimeLabour.Contract.AccountOf(&_PartTimeLabour.CallOpts, employer)
}

// ContractCount is a free data retrieval call binding the contract method 0x8736381a.
//
// Solidity: function contractCount() view returns(uint256)
func (_PartTimeLabour *PartTimeLabourCaller) ContractCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "contractCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ContractCount is a free data retrieval call binding the contract method 0x8736381a.
//
// Solidity: function contractCount() view returns(uint256)
func (_PartTimeLabour *PartTimeLabourSession) ContractCount() (*big.Int, error) {
	return _PartTimeLabour.Contract.ContractCount(&_PartTimeLabour.CallOpts)
}

// ContractCount is a free data retrieval call binding the contract method 0x8736381a.
//
// Solidity: function contractCount() view returns(uint256)
func (_PartTimeLabour *PartTimeLabourCallerSession) ContractCount() (*big.Int, error) {
	return _PartTimeLabour.Contract.ContractCount(&_PartTimeLabour.CallOpts)
}

// DaysLate is a free data retrieval call binding the contract method 0x3a516234.
//
// Solidity: function daysLate(uint256 payslipId) view returns(uint32)
func (_PartTimeLabour *PartTimeLabourCaller) DaysLate(opts *bind.CallOpts, payslipId *big.Int) (uint32, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "daysLate", payslipId)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DaysLate is a free data retrieval call binding the contract method 0x3a516234.
//
// Solidity: function daysLate(uint256 payslipId) view returns(uint32)
func (_PartTimeLabour *PartTimeLabourSession) DaysLate(payslipId *big.Int) (uint32, error) {
	return _PartTimeLabour.Contract.DaysLate(&_PartTimeLabour.CallOpts, payslipId)
}

// DaysLate is a free data retrieval call binding the contract method 0x3a516234.
//
// Solidity: function daysLate(uint256 payslipId) view returns(uint32)
func (_PartTimeLabour *PartTimeLabourCallerSession) DaysLate(payslipId *big.Int) (uint32, error) {
	return _PartTimeLabour.Contract.DaysLate(&_PartTimeLabour.CallOpts, payslipId)
}

// DueDayAfter is a free data retrieval call binding the contract method 0x1652509e.
//
// Solidity: function dueDayAfter(uint32 day, uint8 payday) pure returns(uint32)
func (_PartTimeLabour *PartTimeLabourCaller) DueDayAfter(opts *bind.CallOpts, day uint32, payday uint8) (uint32, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "dueDayAfter", day, payday)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DueDayAfter is a free data retrieval call binding the contract method 0x1652509e.
//
// Solidity: function dueDayAfter(uint32 day, uint8 payday) pure returns(uint32)
func (_PartTimeLabour *PartTimeLabourSession) DueDayAfter(day uint32, payday uint8) (uint32, error) {
	return _PartTimeLabour.Contract.DueDayAfter(&_PartTimeLabour.CallOpts, day, payday)
}

// DueDayAfter is a free data retrieval call binding the contract method 0x1652509e.
//
// Solidity: function dueDayAfter(uint32 day, uint8 payday) pure returns(uint32)
func (_PartTimeLabour *PartTimeLabourCallerSession) DueDayAfter(day uint32, payday uint8) (uint32, error) {
	return _PartTimeLabour.Contract.DueDayAfter(&_PartTimeLabour.CallOpts, day, payday)
}

// Enrolment is a free data retrieval call binding the contract method 0xd6c272ac.
//
// Solidity: function enrolment(uint256 id, uint8 scheme) view returns((bytes32,uint32))
func (_PartTimeLabour *PartTimeLabourCaller) Enrolment(opts *bind.CallOpts, id *big.Int, scheme uint8) (PartTimeLabourEnrolment, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "enrolment", id, scheme)

	if err != nil {
		return *new(PartTimeLabourEnrolment), err
	}

	out0 := *abi.ConvertType(out[0], new(PartTimeLabourEnrolment)).(*PartTimeLabourEnrolment)

	return out0, err

}

// Enrolment is a free data retrieval call binding the contract method 0xd6c272ac.
//
// Solidity: function enrolment(uint256 id, uint8 scheme) view returns((bytes32,uint32))
func (_PartTimeLabour *PartTimeLabourSession) Enrolment(id *big.Int, scheme uint8) (PartTimeLabourEnrolment, error) {
	return _PartTimeLabour.Contract.Enrolment(&_PartTimeLabour.CallOpts, id, scheme)
}

// Enrolment is a free data retrieval call binding the contract method 0xd6c272ac.
//
// Solidity: function enrolment(uint256 id, uint8 scheme) view returns((bytes32,uint32))
func (_PartTimeLabour *PartTimeLabourCallerSession) Enrolment(id *big.Int, scheme uint8) (PartTimeLabourEnrolment, error) {
	return _PartTimeLabour.Contract.Enrolment(&_PartTimeLabour.CallOpts, id, scheme)
}

// GetContract is a free data retrieval call binding the contract method 0x6ebc8c86.
//
// Solidity: function getContract(uint256 id) view returns((address,uint64,uint8,uint8,bool,uint8,address,uint16,uint16,uint32,uint32,bytes32))
func (_PartTimeLabour *PartTimeLabourCaller) GetContract(opts *bind.CallOpts, id *big.Int) (PartTimeLabourContract, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "getContract", id)

	if err != nil {
		return *new(PartTimeLabourContract), err
	}

	out0 := *abi.ConvertType(out[0], new(PartTimeLabourContract)).(*PartTimeLabourContract)

	return out0, err

}

// GetContract is a free data retrieval call binding the contract method 0x6ebc8c86.
//
// Solidity: function getContract(uint256 id) view returns((address,uint64,uint8,uint8,bool,uint8,address,uint16,uint16,uint32,uint32,bytes32))
func (_PartTimeLabour *PartTimeLabourSession) GetContract(id *big.Int) (PartTimeLabourContract, error) {
	return _PartTimeLabour.Contract.GetContract(&_PartTimeLabour.CallOpts, id)
}

// GetContract is a free data retrieval call binding the contract method 0x6ebc8c86.
//
// Solidity: function getContract(uint256 id) view returns((address,uint64,uint8,uint8,bool,uint8,address,uint16,uint16,uint32,uint32,bytes32))
func (_PartTimeLabour *PartTimeLabourCallerSession) GetContract(id *big.Int) (PartTimeLabourContract, error) {
	return _PartTimeLabour.Contract.GetContract(&_PartTimeLabour.CallOpts, id)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _PartTimeLabour.Contract.GetRoleAdmin(&_PartTimeLabour.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _PartTimeLabour.Contract.GetRoleAdmin(&_PartTimeLabour.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PartTimeLabour *PartTimeLabourCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PartTimeLabour *PartTimeLabourSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _PartTimeLabour.Contract.HasRole(&_PartTimeLabour.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PartTimeLabour *PartTimeLabourCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _PartTimeLabour.Contract.HasRole(&_PartTimeLabour.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_PartTimeLabour *PartTimeLabourCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_PartTimeLabour *PartTimeLabourSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _PartTimeLabour.Contract.IsTrustedForwarder(&_PartTimeLabour.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_PartTimeLabour *PartTimeLabourCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _PartTimeLabour.Contract.IsTrustedForwarder(&_PartTimeLabour.CallOpts, forwarder)
}

// MinimumWageOn is a free data retrieval call binding the contract method 0x10904b9e.
//
// Solidity: function minimumWageOn(uint32 day) view returns(uint64)
func (_PartTimeLabour *PartTimeLabourCaller) MinimumWageOn(opts *bind.CallOpts, day uint32) (uint64, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "minimumWageOn", day)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MinimumWageOn is a free data retrieval call binding the contract method 0x10904b9e.
//
// Solidity: function minimumWageOn(uint32 day) view returns(uint64)
func (_PartTimeLabour *PartTimeLabourSession) MinimumWageOn(day uint32) (uint64, error) {
	return _PartTimeLabour.Contract.MinimumWageOn(&_PartTimeLabour.CallOpts, day)
}

// MinimumWageOn is a free data retrieval call binding the contract method 0x10904b9e.
//
// Solidity: function minimumWageOn(uint32 day) view returns(uint64)
func (_PartTimeLabour *PartTimeLabourCallerSession) MinimumWageOn(day uint32) (uint64, error) {
	return _PartTimeLabour.Contract.MinimumWageOn(&_PartTimeLabour.CallOpts, day)
}

// MinimumWages is a free data retrieval call binding the contract method 0x62aa246e.
//
// Solidity: function minimumWages() view returns((uint32,uint64)[])
func (_PartTimeLabour *PartTimeLabourCaller) MinimumWages(opts *bind.CallOpts) ([]PartTimeLabourRate, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "minimumWages")

	if err != nil {
		return *new([]PartTimeLabourRate), err
	}

	out0 := *abi.ConvertType(out[0], new([]PartTimeLabourRate)).(*[]PartTimeLabourRate)

	return out0, err

}

// MinimumWages is a free data retrieval call binding the contract method 0x62aa246e.
//
// Solidity: function minimumWages() view returns((uint32,uint64)[])
func (_PartTimeLabour *PartTimeLabourSession) MinimumWages() ([]PartTimeLabourRate, error) {
	return _PartTimeLabour.Contract.MinimumWages(&_PartTimeLabour.CallOpts)
}

// MinimumWages is a free data retrieval call binding the contract method 0x62aa246e.
//
// Solidity: function minimumWages() view returns((uint32,uint64)[])
func (_PartTimeLabour *PartTimeLabourCallerSession) MinimumWages() ([]PartTimeLabourRate, error) {
	return _PartTimeLabour.Contract.MinimumWages(&_PartTimeLabour.CallOpts)
}

// Payslip is a free data retrieval call binding the contract method 0x0622e681.
//
// Solidity: function payslip(uint256 payslipId) view returns((uint64,uint32,uint32,uint32,uint32,uint32,uint128,bytes32))
func (_PartTimeLabour *PartTimeLabourCaller) Payslip(opts *bind.CallOpts, payslipId *big.Int) (PartTimeLabourPayslip, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "payslip", payslipId)

	if err != nil {
		return *new(PartTimeLabourPayslip), err
	}

	out0 := *abi.ConvertType(out[0], new(PartTimeLabourPayslip)).(*PartTimeLabourPayslip)

	return out0, err

}

// Payslip is a free data retrieval call binding the contract method 0x0622e681.
//
// Solidity: function payslip(uint256 payslipId) view returns((uint64,uint32,uint32,uint32,uint32,uint32,uint128,bytes32))
func (_PartTimeLabour *PartTimeLabourSession) Payslip(payslipId *big.Int) (PartTimeLabourPayslip, error) {
	return _PartTimeLabour.Contract.Payslip(&_PartTimeLabour.CallOpts, payslipId)
}

// Payslip is a free data retrieval call binding the contract method 0x0622e681.
//
// Solidity: function payslip(uint256 payslipId) view returns((uint64,uint32,uint32,uint32,uint32,uint32,uint128,bytes32))
func (_PartTimeLabour *PartTimeLabourCallerSession) Payslip(payslipId *big.Int) (PartTimeLabourPayslip, error) {
	return _PartTimeLabour.Contract.Payslip(&_PartTimeLabour.CallOpts, payslipId)
}

// PayslipCount is a free data retrieval call binding the contract method 0x967e6bc3.
//
// Solidity: function payslipCount() view returns(uint256)
func (_PartTimeLabour *PartTimeLabourCaller) PayslipCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "payslipCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PayslipCount is a free data retrieval call binding the contract method 0x967e6bc3.
//
// Solidity: function payslipCount() view returns(uint256)
func (_PartTimeLabour *PartTimeLabourSession) PayslipCount() (*big.Int, error) {
	return _PartTimeLabour.Contract.PayslipCount(&_PartTimeLabour.CallOpts)
}

// PayslipCount is a free data retrieval call binding the contract method 0x967e6bc3.
//
// Solidity: function payslipCount() view returns(uint256)
func (_PartTimeLabour *PartTimeLabourCallerSession) PayslipCount() (*big.Int, error) {
	return _PartTimeLabour.Contract.PayslipCount(&_PartTimeLabour.CallOpts)
}

// PayslipIdOf is a free data retrieval call binding the contract method 0x709b12bf.
//
// Solidity: function payslipIdOf(uint256 contractId, bytes32 payslipHash) view returns(uint256)
func (_PartTimeLabour *PartTimeLabourCaller) PayslipIdOf(opts *bind.CallOpts, contractId *big.Int, payslipHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "payslipIdOf", contractId, payslipHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PayslipIdOf is a free data retrieval call binding the contract method 0x709b12bf.
//
// Solidity: function payslipIdOf(uint256 contractId, bytes32 payslipHash) view returns(uint256)
func (_PartTimeLabour *PartTimeLabourSession) PayslipIdOf(contractId *big.Int, payslipHash [32]byte) (*big.Int, error) {
	return _PartTimeLabour.Contract.PayslipIdOf(&_PartTimeLabour.CallOpts, contractId, payslipHash)
}

// PayslipIdOf is a free data retrieval call binding the contract method 0x709b12bf.
//
// Solidity: function payslipIdOf(uint256 contractId, bytes32 payslipHash) view returns(uint256)
func (_PartTimeLabour *PartTimeLabourCallerSession) PayslipIdOf(contractId *big.Int, payslipHash [32]byte) (*big.Int, error) {
	return _PartTimeLabour.Contract.PayslipIdOf(&_PartTimeLabour.CallOpts, contractId, payslipHash)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourSession) ProxiableUUID() ([32]byte, error) {
	return _PartTimeLabour.Contract.ProxiableUUID(&_PartTimeLabour.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_PartTimeLabour *PartTimeLabourCallerSession) ProxiableUUID() ([32]byte, error) {
	return _PartTimeLabour.Contract.ProxiableUUID(&_PartTimeLabour.CallOpts)
}

// ShiftOf is a free data retrieval call binding the contract method 0x906949f6.
//
// Solidity: function shiftOf(uint256 id, uint32 day) view returns((uint16,uint16,uint8))
func (_PartTimeLabour *PartTimeLabourCaller) ShiftOf(opts *bind.CallOpts, id *big.Int, day uint32) (PartTimeLabourShift, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "shiftOf", id, day)

	if err != nil {
		return *new(PartTimeLabourShift), err
	}

	out0 := *abi.ConvertType(out[0], new(PartTimeLabourShift)).(*PartTimeLabourShift)

	return out0, err

}

// ShiftOf is a free data retrieval call binding the contract method 0x906949f6.
//
// Solidity: function shiftOf(uint256 id, uint32 day) view returns((uint16,uint16,uint8))
func (_PartTimeLabour *PartTimeLabourSession) ShiftOf(id *big.Int, day uint32) (PartTimeLabourShift, error) {
	return _PartTimeLabour.Contract.ShiftOf(&_PartTimeLabour.CallOpts, id, day)
}

// ShiftOf is a free data retrieval call binding the contract method 0x906949f6.
//
// Solidity: function shiftOf(uint256 id, uint32 day) view returns((uint16,uint16,uint8))
func (_PartTimeLabour *PartTimeLabourCallerSession) ShiftOf(id *big.Int, day uint32) (PartTimeLabourShift, error) {
	return _PartTimeLabour.Contract.ShiftOf(&_PartTimeLabour.CallOpts, id, day)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PartTimeLabour *PartTimeLabourCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PartTimeLabour *PartTimeLabourSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _PartTimeLabour.Contract.SupportsInterface(&_PartTimeLabour.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PartTimeLabour *PartTimeLabourCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _PartTimeLabour.Contract.SupportsInterface(&_PartTimeLabour.CallOpts, interfaceId)
}

// Today is a free data retrieval call binding the contract method 0xb74e452b.
//
// Solidity: function today() view returns(uint32)
func (_PartTimeLabour *PartTimeLabourCaller) Today(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "today")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// Today is a free data retrieval call binding the contract method 0xb74e452b.
//
// Solidity: function today() view returns(uint32)
func (_PartTimeLabour *PartTimeLabourSession) Today() (uint32, error) {
	return _PartTimeLabour.Contract.Today(&_PartTimeLabour.CallOpts)
}

// Today is a free data retrieval call binding the contract method 0xb74e452b.
//
// Solidity: function today() view returns(uint32)
func (_PartTimeLabour *PartTimeLabourCallerSession) Today() (uint32, error) {
	return _PartTimeLabour.Contract.Today(&_PartTimeLabour.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_PartTimeLabour *PartTimeLabourCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PartTimeLabour.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_PartTimeLabour *PartTimeLabourSession) TrustedForwarder() (common.Address, error) {
	return _PartTimeLabour.Contract.TrustedForwarder(&_PartTimeLabour.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_PartTimeLabour *PartTimeLabourCallerSession) TrustedForwarder() (common.Address, error) {
	return _PartTimeLabour.Contract.TrustedForwarder(&_PartTimeLabour.CallOpts)
}

// ConfirmShifts is a paid mutator transaction binding the contract method 0xc013fa09.
//
// Solidity: function confirmShifts(uint256 id, uint32[] days_) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) ConfirmShifts(opts *bind.TransactOpts, id *big.Int, days_ []uint32) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "confirmShifts", id, days_)
}

// ConfirmShifts is a paid mutator transaction binding the contract method 0xc013fa09.
//
// Solidity: function confirmShifts(uint256 id, uint32[] days_) returns()
func (_PartTimeLabour *PartTimeLabourSession) ConfirmShifts(id *big.Int, days_ []uint32) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.ConfirmShifts(&_PartTimeLabour.TransactOpts, id, days_)
}

// ConfirmShifts is a paid mutator transaction binding the contract method 0xc013fa09.
//
// Solidity: function confirmShifts(uint256 id, uint32[] days_) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) ConfirmShifts(id *big.Int, days_ []uint32) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.ConfirmShifts(&_PartTimeLabour.TransactOpts, id, days_)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) Deposit(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "deposit", amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_PartTimeLabour *PartTimeLabourSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Deposit(&_PartTimeLabour.TransactOpts, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Deposit(&_PartTimeLabour.TransactOpts, amount)
}

// DisputeShift is a paid mutator transaction binding the contract method 0x49ca1b6c.
//
// Solidity: function disputeShift(uint256 id, uint32 day, bytes32 reasonHash) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) DisputeShift(opts *bind.TransactOpts, id *big.Int, day uint32, reasonHash [32]byte) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "disputeShift", id, day, reasonHash)
}

// DisputeShift is a paid mutator transaction binding the contract method 0x49ca1b6c.
//
// Solidity: function disputeShift(uint256 id, uint32 day, bytes32 reasonHash) returns()
func (_PartTimeLabour *PartTimeLabourSession) DisputeShift(id *big.Int, day uint32, reasonHash [32]byte) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.DisputeShift(&_PartTimeLabour.TransactOpts, id, day, reasonHash)
}

// DisputeShift is a paid mutator transaction binding the contract method 0x49ca1b6c.
//
// Solidity: function disputeShift(uint256 id, uint32 day, bytes32 reasonHash) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) DisputeShift(id *big.Int, day uint32, reasonHash [32]byte) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.DisputeShift(&_PartTimeLabour.TransactOpts, id, day, reasonHash)
}

// End is a paid mutator transaction binding the contract method 0xf67326cb.
//
// Solidity: function end(uint256 id, uint32 lastDay) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) End(opts *bind.TransactOpts, id *big.Int, lastDay uint32) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "end", id, lastDay)
}

// End is a paid mutator transaction binding the contract method 0xf67326cb.
//
// Solidity: function end(uint256 id, uint32 lastDay) returns()
func (_PartTimeLabour *PartTimeLabourSession) End(id *big.Int, lastDay uint32) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.End(&_PartTimeLabour.TransactOpts, id, lastDay)
}

// End is a paid mutator transaction binding the contract method 0xf67326cb.
//
// Solidity: function end(uint256 id, uint32 lastDay) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) End(id *big.Int, lastDay uint32) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.End(&_PartTimeLabour.TransactOpts, id, lastDay)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PartTimeLabour *PartTimeLabourSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.GrantRole(&_PartTimeLabour.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.GrantRole(&_PartTimeLabour.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xe90266ae.
//
// Solidity: function initialize(address forwarder, address admin, uint32[] days_, uint64[] wons) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address, days_ []uint32, wons []uint64) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "initialize", forwarder, admin, days_, wons)
}

// Initialize is a paid mutator transaction binding the contract method 0xe90266ae.
//
// Solidity: function initialize(address forwarder, address admin, uint32[] days_, uint64[] wons) returns()
func (_PartTimeLabour *PartTimeLabourSession) Initialize(forwarder common.Address, admin common.Address, days_ []uint32, wons []uint64) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Initialize(&_PartTimeLabour.TransactOpts, forwarder, admin, days_, wons)
}

// Initialize is a paid mutator transaction binding the contract method 0xe90266ae.
//
// Solidity: function initialize(address forwarder, address admin, uint32[] days_, uint64[] wons) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) Initialize(forwarder common.Address, admin common.Address, days_ []uint32, wons []uint64) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Initialize(&_PartTimeLabour.TransactOpts, forwarder, admin, days_, wons)
}

// Pay is a paid mutator transaction binding the contract method 0xc290d691.
//
// Solidity: function pay(uint256 payslipId) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) Pay(opts *bind.TransactOpts, payslipId *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "pay", payslipId)
}

// Pay is a paid mutator transaction binding the contract method 0xc290d691.
//
// Solidity: function pay(uint256 payslipId) returns()
func (_PartTimeLabour *PartTimeLabourSession) Pay(payslipId *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Pay(&_PartTimeLabour.TransactOpts, payslipId)
}

// Pay is a paid mutator transaction binding the contract method 0xc290d691.
//
// Solidity: function pay(uint256 payslipId) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) Pay(payslipId *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Pay(&_PartTimeLabour.TransactOpts, payslipId)
}

// Payroll is a paid mutator transaction binding the contract method 0x2c7aa87f.
//
// Solidity: function payroll((uint256,uint32,uint32,uint32,uint128,bytes32)[] slips) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) Payroll(opts *bind.TransactOpts, slips []PartTimeLabourPayslipInput) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "payroll", slips)
}

// Payroll is a paid mutator transaction binding the contract method 0x2c7aa87f.
//
// Solidity: function payroll((uint256,uint32,uint32,uint32,uint128,bytes32)[] slips) returns()
func (_PartTimeLabour *PartTimeLabourSession) Payroll(slips []PartTimeLabourPayslipInput) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Payroll(&_PartTimeLabour.TransactOpts, slips)
}

// Payroll is a paid mutator transaction binding the contract method 0x2c7aa87f.
//
// Solidity: function payroll((uint256,uint32,uint32,uint32,uint128,bytes32)[] slips) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) Payroll(slips []PartTimeLabourPayslipInput) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Payroll(&_PartTimeLabour.TransactOpts, slips)
}

// Propose is a paid mutator transaction binding the contract method 0xcad35d87.
//
// Solidity: function propose((address,uint64,uint8,uint16,uint16,uint32,uint32,uint8,bool,bytes32) t) returns(uint256 id)
func (_PartTimeLabour *PartTimeLabourTransactor) Propose(opts *bind.TransactOpts, t PartTimeLabourTerms) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "propose", t)
}

// Propose is a paid mutator transaction binding the contract method 0xcad35d87.
//
// Solidity: function propose((address,uint64,uint8,uint16,uint16,uint32,uint32,uint8,bool,bytes32) t) returns(uint256 id)
func (_PartTimeLabour *PartTimeLabourSession) Propose(t PartTimeLabourTerms) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Propose(&_PartTimeLabour.TransactOpts, t)
}

// Propose is a paid mutator transaction binding the contract method 0xcad35d87.
//
// Solidity: function propose((address,uint64,uint8,uint16,uint16,uint32,uint32,uint8,bool,bytes32) t) returns(uint256 id)
func (_PartTimeLabour *PartTimeLabourTransactorSession) Propose(t PartTimeLabourTerms) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Propose(&_PartTimeLabour.TransactOpts, t)
}

// RecordEnrolment is a paid mutator transaction binding the contract method 0x43bf49f5.
//
// Solidity: function recordEnrolment(uint256 id, uint8 scheme, bytes32 evidence) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) RecordEnrolment(opts *bind.TransactOpts, id *big.Int, scheme uint8, evidence [32]byte) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "recordEnrolment", id, scheme, evidence)
}

// RecordEnrolment is a paid mutator transaction binding the contract method 0x43bf49f5.
//
// Solidity: function recordEnrolment(uint256 id, uint8 scheme, bytes32 evidence) returns()
func (_PartTimeLabour *PartTimeLabourSession) RecordEnrolment(id *big.Int, scheme uint8, evidence [32]byte) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RecordEnrolment(&_PartTimeLabour.TransactOpts, id, scheme, evidence)
}

// RecordEnrolment is a paid mutator transaction binding the contract method 0x43bf49f5.
//
// Solidity: function recordEnrolment(uint256 id, uint8 scheme, bytes32 evidence) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) RecordEnrolment(id *big.Int, scheme uint8, evidence [32]byte) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RecordEnrolment(&_PartTimeLabour.TransactOpts, id, scheme, evidence)
}

// RecordPayslip is a paid mutator transaction binding the contract method 0x58d94303.
//
// Solidity: function recordPayslip((uint256,uint32,uint32,uint32,uint128,bytes32) p) returns(uint256 payslipId)
func (_PartTimeLabour *PartTimeLabourTransactor) RecordPayslip(opts *bind.TransactOpts, p PartTimeLabourPayslipInput) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "recordPayslip", p)
}

// RecordPayslip is a paid mutator transaction binding the contract method 0x58d94303.
//
// Solidity: function recordPayslip((uint256,uint32,uint32,uint32,uint128,bytes32) p) returns(uint256 payslipId)
func (_PartTimeLabour *PartTimeLabourSession) RecordPayslip(p PartTimeLabourPayslipInput) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RecordPayslip(&_PartTimeLabour.TransactOpts, p)
}

// RecordPayslip is a paid mutator transaction binding the contract method 0x58d94303.
//
// Solidity: function recordPayslip((uint256,uint32,uint32,uint32,uint128,bytes32) p) returns(uint256 payslipId)
func (_PartTimeLabour *PartTimeLabourTransactorSession) RecordPayslip(p PartTimeLabourPayslipInput) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RecordPayslip(&_PartTimeLabour.TransactOpts, p)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PartTimeLabour *PartTimeLabourSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RenounceRole(&_PartTimeLabour.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RenounceRole(&_PartTimeLabour.TransactOpts, role, callerConfirmation)
}

// ResolveShift is a paid mutator transaction binding the contract method 0x0b6dfc29.
//
// Solidity: function resolveShift(uint256 id, uint32 day, uint16 start, uint16 end_) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) ResolveShift(opts *bind.TransactOpts, id *big.Int, day uint32, start uint16, end_ uint16) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "resolveShift", id, day, start, end_)
}

// ResolveShift is a paid mutator transaction binding the contract method 0x0b6dfc29.
//
// Solidity: function resolveShift(uint256 id, uint32 day, uint16 start, uint16 end_) returns()
func (_PartTimeLabour *PartTimeLabourSession) ResolveShift(id *big.Int, day uint32, start uint16, end_ uint16) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.ResolveShift(&_PartTimeLabour.TransactOpts, id, day, start, end_)
}

// ResolveShift is a paid mutator transaction binding the contract method 0x0b6dfc29.
//
// Solidity: function resolveShift(uint256 id, uint32 day, uint16 start, uint16 end_) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) ResolveShift(id *big.Int, day uint32, start uint16, end_ uint16) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.ResolveShift(&_PartTimeLabour.TransactOpts, id, day, start, end_)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PartTimeLabour *PartTimeLabourSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RevokeRole(&_PartTimeLabour.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.RevokeRole(&_PartTimeLabour.TransactOpts, role, account)
}

// SetMinimumWage is a paid mutator transaction binding the contract method 0xb1183100.
//
// Solidity: function setMinimumWage(uint32 effectiveDay, uint64 won) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) SetMinimumWage(opts *bind.TransactOpts, effectiveDay uint32, won uint64) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "setMinimumWage", effectiveDay, won)
}

// SetMinimumWage is a paid mutator transaction binding the contract method 0xb1183100.
//
// Solidity: function setMinimumWage(uint32 effectiveDay, uint64 won) returns()
func (_PartTimeLabour *PartTimeLabourSession) SetMinimumWage(effectiveDay uint32, won uint64) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SetMinimumWage(&_PartTimeLabour.TransactOpts, effectiveDay, won)
}

// SetMinimumWage is a paid mutator transaction binding the contract method 0xb1183100.
//
// Solidity: function setMinimumWage(uint32 effectiveDay, uint64 won) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) SetMinimumWage(effectiveDay uint32, won uint64) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SetMinimumWage(&_PartTimeLabour.TransactOpts, effectiveDay, won)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_PartTimeLabour *PartTimeLabourSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SetTrustedForwarder(&_PartTimeLabour.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SetTrustedForwarder(&_PartTimeLabour.TransactOpts, forwarder)
}

// Sign is a paid mutator transaction binding the contract method 0x2fb1b25f.
//
// Solidity: function sign(uint256 id) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) Sign(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "sign", id)
}

// Sign is a paid mutator transaction binding the contract method 0x2fb1b25f.
//
// Solidity: function sign(uint256 id) returns()
func (_PartTimeLabour *PartTimeLabourSession) Sign(id *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Sign(&_PartTimeLabour.TransactOpts, id)
}

// Sign is a paid mutator transaction binding the contract method 0x2fb1b25f.
//
// Solidity: function sign(uint256 id) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) Sign(id *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Sign(&_PartTimeLabour.TransactOpts, id)
}

// SubmitShift is a paid mutator transaction binding the contract method 0xd0a0e6fd.
//
// Solidity: function submitShift(uint256 id, uint32 day, uint16 start, uint16 end_) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) SubmitShift(opts *bind.TransactOpts, id *big.Int, day uint32, start uint16, end_ uint16) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "submitShift", id, day, start, end_)
}

// SubmitShift is a paid mutator transaction binding the contract method 0xd0a0e6fd.
//
// Solidity: function submitShift(uint256 id, uint32 day, uint16 start, uint16 end_) returns()
func (_PartTimeLabour *PartTimeLabourSession) SubmitShift(id *big.Int, day uint32, start uint16, end_ uint16) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SubmitShift(&_PartTimeLabour.TransactOpts, id, day, start, end_)
}

// SubmitShift is a paid mutator transaction binding the contract method 0xd0a0e6fd.
//
// Solidity: function submitShift(uint256 id, uint32 day, uint16 start, uint16 end_) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) SubmitShift(id *big.Int, day uint32, start uint16, end_ uint16) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SubmitShift(&_PartTimeLabour.TransactOpts, id, day, start, end_)
}

// SubmitShifts is a paid mutator transaction binding the contract method 0x368872f2.
//
// Solidity: function submitShifts(uint256 id, uint32[] days_, uint16[] starts, uint16[] ends) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) SubmitShifts(opts *bind.TransactOpts, id *big.Int, days_ []uint32, starts []uint16, ends []uint16) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "submitShifts", id, days_, starts, ends)
}

// SubmitShifts is a paid mutator transaction binding the contract method 0x368872f2.
//
// Solidity: function submitShifts(uint256 id, uint32[] days_, uint16[] starts, uint16[] ends) returns()
func (_PartTimeLabour *PartTimeLabourSession) SubmitShifts(id *big.Int, days_ []uint32, starts []uint16, ends []uint16) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SubmitShifts(&_PartTimeLabour.TransactOpts, id, days_, starts, ends)
}

// SubmitShifts is a paid mutator transaction binding the contract method 0x368872f2.
//
// Solidity: function submitShifts(uint256 id, uint32[] days_, uint16[] starts, uint16[] ends) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) SubmitShifts(id *big.Int, days_ []uint32, starts []uint16, ends []uint16) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.SubmitShifts(&_PartTimeLabour.TransactOpts, id, days_, starts, ends)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_PartTimeLabour *PartTimeLabourTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_PartTimeLabour *PartTimeLabourSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.UpgradeToAndCall(&_PartTimeLabour.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.UpgradeToAndCall(&_PartTimeLabour.TransactOpts, newImplementation, data)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_PartTimeLabour *PartTimeLabourTransactor) Withdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.contract.Transact(opts, "withdraw", amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_PartTimeLabour *PartTimeLabourSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Withdraw(&_PartTimeLabour.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_PartTimeLabour *PartTimeLabourTransactorSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _PartTimeLabour.Contract.Withdraw(&_PartTimeLabour.TransactOpts, amount)
}

// PartTimeLabourContractEndedIterator is returned from FilterContractEnded and is used to iterate over the raw logs and unpacked data for ContractEnded events raised by the PartTimeLabour contract.
type PartTimeLabourContractEndedIterator struct {
	Event *PartTimeLabourContractEnded // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourContractEndedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourContractEnded)
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
		it.Event = new(PartTimeLabourContractEnded)
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
func (it *PartTimeLabourContractEndedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourContractEndedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourContractEnded represents a ContractEnded event raised by the PartTimeLabour contract.
type PartTimeLabourContractEnded struct {
	Id      *big.Int
	By      common.Address
	LastDay uint32
	Status  uint8
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterContractEnded is a free log retrieval operation binding the contract event 0x5c64ed6909033f9313a4b4f43fbbf6c6988af153613c0b48e689171f2e7f9d73.
//
// Solidity: event ContractEnded(uint256 indexed id, address indexed by, uint32 lastDay, uint8 status)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterContractEnded(opts *bind.FilterOpts, id []*big.Int, by []common.Address) (*PartTimeLabourContractEndedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ContractEnded", idRule, byRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourContractEndedIterator{contract: _PartTimeLabour.contract, event: "ContractEnded", logs: logs, sub: sub}, nil
}

// WatchContractEnded is a free log subscription operation binding the contract event 0x5c64ed6909033f9313a4b4f43fbbf6c6988af153613c0b48e689171f2e7f9d73.
//
// Solidity: event ContractEnded(uint256 indexed id, address indexed by, uint32 lastDay, uint8 status)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchContractEnded(opts *bind.WatchOpts, sink chan<- *PartTimeLabourContractEnded, id []*big.Int, by []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ContractEnded", idRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourContractEnded)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ContractEnded", log); err != nil {
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

// ParseContractEnded is a log parse operation binding the contract event 0x5c64ed6909033f9313a4b4f43fbbf6c6988af153613c0b48e689171f2e7f9d73.
//
// Solidity: event ContractEnded(uint256 indexed id, address indexed by, uint32 lastDay, uint8 status)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseContractEnded(log types.Log) (*PartTimeLabourContractEnded, error) {
	event := new(PartTimeLabourContractEnded)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ContractEnded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourContractProposedIterator is returned from FilterContractProposed and is used to iterate over the raw logs and unpacked data for ContractProposed events raised by the PartTimeLabour contract.
type PartTimeLabourContractProposedIterator struct {
	Event *PartTimeLabourContractProposed // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourContractProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourContractProposed)
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
		it.Event = new(PartTimeLabourContractProposed)
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
func (it *PartTimeLabourContractProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourContractProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourContractProposed represents a ContractProposed event raised by the PartTimeLabour contract.
type PartTimeLabourContractProposed struct {
	Id           *big.Int
	Employer     common.Address
	Worker       common.Address
	DocumentHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterContractProposed is a free log retrieval operation binding the contract event 0xb97adae8a193810e362f5bf43574b21c23f70c0b7c7ccac3faeaa383450e92b7.
//
// Solidity: event ContractProposed(uint256 indexed id, address indexed employer, address indexed worker, bytes32 documentHash)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterContractProposed(opts *bind.FilterOpts, id []*big.Int, employer []common.Address, worker []common.Address) (*PartTimeLabourContractProposedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var employerRule []interface{}
	for _, employerItem := range employer {
		employerRule = append(employerRule, employerItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ContractProposed", idRule, employerRule, workerRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourContractProposedIterator{contract: _PartTimeLabour.contract, event: "ContractProposed", logs: logs, sub: sub}, nil
}

// WatchContractProposed is a free log subscription operation binding the contract event 0xb97adae8a193810e362f5bf43574b21c23f70c0b7c7ccac3faeaa383450e92b7.
//
// Solidity: event ContractProposed(uint256 indexed id, address indexed employer, address indexed worker, bytes32 documentHash)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchContractProposed(opts *bind.WatchOpts, sink chan<- *PartTimeLabourContractProposed, id []*big.Int, employer []common.Address, worker []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var employerRule []interface{}
	for _, employerItem := range employer {
		employerRule = append(employerRule, employerItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ContractProposed", idRule, employerRule, workerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourContractProposed)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ContractProposed", log); err != nil {
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

// ParseContractProposed is a log parse operation binding the contract event 0xb97adae8a193810e362f5bf43574b21c23f70c0b7c7ccac3faeaa383450e92b7.
//
// Solidity: event ContractProposed(uint256 indexed id, address indexed employer, address indexed worker, bytes32 documentHash)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseContractProposed(log types.Log) (*PartTimeLabourContractProposed, error) {
	event := new(PartTimeLabourContractProposed)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ContractProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourContractSignedIterator is returned from FilterContractSigned and is used to iterate over the raw logs and unpacked data for ContractSigned events raised by the PartTimeLabour contract.
type PartTimeLabourContractSignedIterator struct {
	Event *PartTimeLabourContractSigned // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourContractSignedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourContractSigned)
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
		it.Event = new(PartTimeLabourContractSigned)
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
func (it *PartTimeLabourContractSignedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourContractSignedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourContractSigned represents a ContractSigned event raised by the PartTimeLabour contract.
type PartTimeLabourContractSigned struct {
	Id     *big.Int
	Worker common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterContractSigned is a free log retrieval operation binding the contract event 0xcd3b1fcca80f9caae633c3e13546995d3810e561957af92839f070c46571942c.
//
// Solidity: event ContractSigned(uint256 indexed id, address indexed worker)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterContractSigned(opts *bind.FilterOpts, id []*big.Int, worker []common.Address) (*PartTimeLabourContractSignedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ContractSigned", idRule, workerRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourContractSignedIterator{contract: _PartTimeLabour.contract, event: "ContractSigned", logs: logs, sub: sub}, nil
}

// WatchContractSigned is a free log subscription operation binding the contract event 0xcd3b1fcca80f9caae633c3e13546995d3810e561957af92839f070c46571942c.
//
// Solidity: event ContractSigned(uint256 indexed id, address indexed worker)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchContractSigned(opts *bind.WatchOpts, sink chan<- *PartTimeLabourContractSigned, id []*big.Int, worker []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ContractSigned", idRule, workerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourContractSigned)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ContractSigned", log); err != nil {
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

// ParseContractSigned is a log parse operation binding the contract event 0xcd3b1fcca80f9caae633c3e13546995d3810e561957af92839f070c46571942c.
//
// Solidity: event ContractSigned(uint256 indexed id, address indexed worker)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseContractSigned(log types.Log) (*PartTimeLabourContractSigned, error) {
	event := new(PartTimeLabourContractSigned)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ContractSigned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the PartTimeLabour contract.
type PartTimeLabourDepositedIterator struct {
	Event *PartTimeLabourDeposited // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourDeposited)
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
		it.Event = new(PartTimeLabourDeposited)
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
func (it *PartTimeLabourDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourDeposited represents a Deposited event raised by the PartTimeLabour contract.
type PartTimeLabourDeposited struct {
	Employer common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed employer, uint256 amount)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterDeposited(opts *bind.FilterOpts, employer []common.Address) (*PartTimeLabourDepositedIterator, error) {

	var employerRule []interface{}
	for _, employerItem := range employer {
		employerRule = append(employerRule, employerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "Deposited", employerRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourDepositedIterator{contract: _PartTimeLabour.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed employer, uint256 amount)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *PartTimeLabourDeposited, employer []common.Address) (event.Subscription, error) {

	var employerRule []interface{}
	for _, employerItem := range employer {
		employerRule = append(employerRule, employerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "Deposited", employerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourDeposited)
				if err := _PartTimeLabour.contract.UnpackLog(event, "Deposited", log); err != nil {
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

// ParseDeposited is a log parse operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed employer, uint256 amount)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseDeposited(log types.Log) (*PartTimeLabourDeposited, error) {
	event := new(PartTimeLabourDeposited)
	if err := _PartTimeLabour.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourEnrolmentRecordedIterator is returned from FilterEnrolmentRecorded and is used to iterate over the raw logs and unpacked data for EnrolmentRecorded events raised by the PartTimeLabour contract.
type PartTimeLabourEnrolmentRecordedIterator struct {
	Event *PartTimeLabourEnrolmentRecorded // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourEnrolmentRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourEnrolmentRecorded)
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
		it.Event = new(PartTimeLabourEnrolmentRecorded)
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
func (it *PartTimeLabourEnrolmentRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourEnrolmentRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourEnrolmentRecorded represents a EnrolmentRecorded event raised by the PartTimeLabour contract.
type PartTimeLabourEnrolmentRecorded struct {
	Id       *big.Int
	Scheme   uint8
	Evidence [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEnrolmentRecorded is a free log retrieval operation binding the contract event 0x539f1df8fedf9e8e0cdbcf90e0f687b237f986de306d9966b4486f9b2bf5233a.
//
// Solidity: event EnrolmentRecorded(uint256 indexed id, uint8 indexed scheme, bytes32 evidence)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterEnrolmentRecorded(opts *bind.FilterOpts, id []*big.Int, scheme []uint8) (*PartTimeLabourEnrolmentRecordedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var schemeRule []interface{}
	for _, schemeItem := range scheme {
		schemeRule = append(schemeRule, schemeItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "EnrolmentRecorded", idRule, schemeRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourEnrolmentRecordedIterator{contract: _PartTimeLabour.contract, event: "EnrolmentRecorded", logs: logs, sub: sub}, nil
}

// WatchEnrolmentRecorded is a free log subscription operation binding the contract event 0x539f1df8fedf9e8e0cdbcf90e0f687b237f986de306d9966b4486f9b2bf5233a.
//
// Solidity: event EnrolmentRecorded(uint256 indexed id, uint8 indexed scheme, bytes32 evidence)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchEnrolmentRecorded(opts *bind.WatchOpts, sink chan<- *PartTimeLabourEnrolmentRecorded, id []*big.Int, scheme []uint8) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var schemeRule []interface{}
	for _, schemeItem := range scheme {
		schemeRule = append(schemeRule, schemeItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "EnrolmentRecorded", idRule, schemeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourEnrolmentRecorded)
				if err := _PartTimeLabour.contract.UnpackLog(event, "EnrolmentRecorded", log); err != nil {
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

// ParseEnrolmentRecorded is a log parse operation binding the contract event 0x539f1df8fedf9e8e0cdbcf90e0f687b237f986de306d9966b4486f9b2bf5233a.
//
// Solidity: event EnrolmentRecorded(uint256 indexed id, uint8 indexed scheme, bytes32 evidence)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseEnrolmentRecorded(log types.Log) (*PartTimeLabourEnrolmentRecorded, error) {
	event := new(PartTimeLabourEnrolmentRecorded)
	if err := _PartTimeLabour.contract.UnpackLog(event, "EnrolmentRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the PartTimeLabour contract.
type PartTimeLabourInitializedIterator struct {
	Event *PartTimeLabourInitialized // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourInitialized)
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
		it.Event = new(PartTimeLabourInitialized)
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
func (it *PartTimeLabourInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourInitialized represents a Initialized event raised by the PartTimeLabour contract.
type PartTimeLabourInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterInitialized(opts *bind.FilterOpts) (*PartTimeLabourInitializedIterator, error) {

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourInitializedIterator{contract: _PartTimeLabour.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *PartTimeLabourInitialized) (event.Subscription, error) {

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourInitialized)
				if err := _PartTimeLabour.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_PartTimeLabour *PartTimeLabourFilterer) ParseInitialized(log types.Log) (*PartTimeLabourInitialized, error) {
	event := new(PartTimeLabourInitialized)
	if err := _PartTimeLabour.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourMinimumWageSetIterator is returned from FilterMinimumWageSet and is used to iterate over the raw logs and unpacked data for MinimumWageSet events raised by the PartTimeLabour contract.
type PartTimeLabourMinimumWageSetIterator struct {
	Event *PartTimeLabourMinimumWageSet // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourMinimumWageSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourMinimumWageSet)
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
		it.Event = new(PartTimeLabourMinimumWageSet)
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
func (it *PartTimeLabourMinimumWageSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourMinimumWageSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourMinimumWageSet represents a MinimumWageSet event raised by the PartTimeLabour contract.
type PartTimeLabourMinimumWageSet struct {
	EffectiveDay uint32
	Won          uint64
	By           common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterMinimumWageSet is a free log retrieval operation binding the contract event 0x3511093826cfc6c13bc946f7d0e37117b51bde4530856df177e5cc56c303c3a9.
//
// Solidity: event MinimumWageSet(uint32 indexed effectiveDay, uint64 won, address by)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterMinimumWageSet(opts *bind.FilterOpts, effectiveDay []uint32) (*PartTimeLabourMinimumWageSetIterator, error) {

	var effectiveDayRule []interface{}
	for _, effectiveDayItem := range effectiveDay {
		effectiveDayRule = append(effectiveDayRule, effectiveDayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "MinimumWageSet", effectiveDayRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourMinimumWageSetIterator{contract: _PartTimeLabour.contract, event: "MinimumWageSet", logs: logs, sub: sub}, nil
}

// WatchMinimumWageSet is a free log subscription operation binding the contract event 0x3511093826cfc6c13bc946f7d0e37117b51bde4530856df177e5cc56c303c3a9.
//
// Solidity: event MinimumWageSet(uint32 indexed effectiveDay, uint64 won, address by)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchMinimumWageSet(opts *bind.WatchOpts, sink chan<- *PartTimeLabourMinimumWageSet, effectiveDay []uint32) (event.Subscription, error) {

	var effectiveDayRule []interface{}
	for _, effectiveDayItem := range effectiveDay {
		effectiveDayRule = append(effectiveDayRule, effectiveDayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "MinimumWageSet", effectiveDayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourMinimumWageSet)
				if err := _PartTimeLabour.contract.UnpackLog(event, "MinimumWageSet", log); err != nil {
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

// ParseMinimumWageSet is a log parse operation binding the contract event 0x3511093826cfc6c13bc946f7d0e37117b51bde4530856df177e5cc56c303c3a9.
//
// Solidity: event MinimumWageSet(uint32 indexed effectiveDay, uint64 won, address by)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseMinimumWageSet(log types.Log) (*PartTimeLabourMinimumWageSet, error) {
	event := new(PartTimeLabourMinimumWageSet)
	if err := _PartTimeLabour.contract.UnpackLog(event, "MinimumWageSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourPayslipPaidIterator is returned from FilterPayslipPaid and is used to iterate over the raw logs and unpacked data for PayslipPaid events raised by the PartTimeLabour contract.
type PartTimeLabourPayslipPaidIterator struct {
	Event *PartTimeLabourPayslipPaid // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourPayslipPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourPayslipPaid)
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
		it.Event = new(PartTimeLabourPayslipPaid)
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
func (it *PartTimeLabourPayslipPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourPayslipPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourPayslipPaid represents a PayslipPaid event raised by the PartTimeLabour contract.
type PartTimeLabourPayslipPaid struct {
	PayslipId  *big.Int
	ContractId *big.Int
	Worker     common.Address
	Amount     *big.Int
	DaysLate   uint32
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPayslipPaid is a free log retrieval operation binding the contract event 0x37990066b08ab918bc2e0a388de79186ad45b08894456ad598d8ab5f979aca83.
//
// Solidity: event PayslipPaid(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint128 amount, uint32 daysLate)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterPayslipPaid(opts *bind.FilterOpts, payslipId []*big.Int, contractId []*big.Int, worker []common.Address) (*PartTimeLabourPayslipPaidIterator, error) {

	var payslipIdRule []interface{}
	for _, payslipIdItem := range payslipId {
		payslipIdRule = append(payslipIdRule, payslipIdItem)
	}
	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "PayslipPaid", payslipIdRule, contractIdRule, workerRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourPayslipPaidIterator{contract: _PartTimeLabour.contract, event: "PayslipPaid", logs: logs, sub: sub}, nil
}

// WatchPayslipPaid is a free log subscription operation binding the contract event 0x37990066b08ab918bc2e0a388de79186ad45b08894456ad598d8ab5f979aca83.
//
// Solidity: event PayslipPaid(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint128 amount, uint32 daysLate)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchPayslipPaid(opts *bind.WatchOpts, sink chan<- *PartTimeLabourPayslipPaid, payslipId []*big.Int, contractId []*big.Int, worker []common.Address) (event.Subscription, error) {

	var payslipIdRule []interface{}
	for _, payslipIdItem := range payslipId {
		payslipIdRule = append(payslipIdRule, payslipIdItem)
	}
	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "PayslipPaid", payslipIdRule, contractIdRule, workerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourPayslipPaid)
				if err := _PartTimeLabour.contract.UnpackLog(event, "PayslipPaid", log); err != nil {
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

// ParsePayslipPaid is a log parse operation binding the contract event 0x37990066b08ab918bc2e0a388de79186ad45b08894456ad598d8ab5f979aca83.
//
// Solidity: event PayslipPaid(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint128 amount, uint32 daysLate)
func (_PartTimeLabour *PartTimeLabourFilterer) ParsePayslipPaid(log types.Log) (*PartTimeLabourPayslipPaid, error) {
	event := new(PartTimeLabourPayslipPaid)
	if err := _PartTimeLabour.contract.UnpackLog(event, "PayslipPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourPayslipRecordedIterator is returned from FilterPayslipRecorded and is used to iterate over the raw logs and unpacked data for PayslipRecorded events raised by the PartTimeLabour contract.
type PartTimeLabourPayslipRecordedIterator struct {
	Event *PartTimeLabourPayslipRecorded // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourPayslipRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourPayslipRecorded)
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
		it.Event = new(PartTimeLabourPayslipRecorded)
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
func (it *PartTimeLabourPayslipRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourPayslipRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourPayslipRecorded represents a PayslipRecorded event raised by the PartTimeLabour contract.
type PartTimeLabourPayslipRecorded struct {
	PayslipId     *big.Int
	ContractId    *big.Int
	Worker        common.Address
	FromDay       uint32
	ToDay         uint32
	WorkedMinutes uint32
	Amount        *big.Int
	DueDay        uint32
	PayslipHash   [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterPayslipRecorded is a free log retrieval operation binding the contract event 0xdac024d631ed08c390a1540ab3644ed6171dd12e2898f5acf377979117bf723c.
//
// Solidity: event PayslipRecorded(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint32 fromDay, uint32 toDay, uint32 workedMinutes, uint128 amount, uint32 dueDay, bytes32 payslipHash)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterPayslipRecorded(opts *bind.FilterOpts, payslipId []*big.Int, contractId []*big.Int, worker []common.Address) (*PartTimeLabourPayslipRecordedIterator, error) {

	var payslipIdRule []interface{}
	for _, payslipIdItem := range payslipId {
		payslipIdRule = append(payslipIdRule, payslipIdItem)
	}
	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "PayslipRecorded", payslipIdRule, contractIdRule, workerRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourPayslipRecordedIterator{contract: _PartTimeLabour.contract, event: "PayslipRecorded", logs: logs, sub: sub}, nil
}

// WatchPayslipRecorded is a free log subscription operation binding the contract event 0xdac024d631ed08c390a1540ab3644ed6171dd12e2898f5acf377979117bf723c.
//
// Solidity: event PayslipRecorded(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint32 fromDay, uint32 toDay, uint32 workedMinutes, uint128 amount, uint32 dueDay, bytes32 payslipHash)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchPayslipRecorded(opts *bind.WatchOpts, sink chan<- *PartTimeLabourPayslipRecorded, payslipId []*big.Int, contractId []*big.Int, worker []common.Address) (event.Subscription, error) {

	var payslipIdRule []interface{}
	for _, payslipIdItem := range payslipId {
		payslipIdRule = append(payslipIdRule, payslipIdItem)
	}
	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var workerRule []interface{}
	for _, workerItem := range worker {
		workerRule = append(workerRule, workerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "PayslipRecorded", payslipIdRule, contractIdRule, workerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourPayslipRecorded)
				if err := _PartTimeLabour.contract.UnpackLog(event, "PayslipRecorded", log); err != nil {
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

// ParsePayslipRecorded is a log parse operation binding the contract event 0xdac024d631ed08c390a1540ab3644ed6171dd12e2898f5acf377979117bf723c.
//
// Solidity: event PayslipRecorded(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint32 fromDay, uint32 toDay, uint32 workedMinutes, uint128 amount, uint32 dueDay, bytes32 payslipHash)
func (_PartTimeLabour *PartTimeLabourFilterer) ParsePayslipRecorded(log types.Log) (*PartTimeLabourPayslipRecorded, error) {
	event := new(PartTimeLabourPayslipRecorded)
	if err := _PartTimeLabour.contract.UnpackLog(event, "PayslipRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourPayslipSkippedIterator is returned from FilterPayslipSkipped and is used to iterate over the raw logs and unpacked data for PayslipSkipped events raised by the PartTimeLabour contract.
type PartTimeLabourPayslipSkippedIterator struct {
	Event *PartTimeLabourPayslipSkipped // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourPayslipSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourPayslipSkipped)
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
		it.Event = new(PartTimeLabourPayslipSkipped)
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
func (it *PartTimeLabourPayslipSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourPayslipSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourPayslipSkipped represents a PayslipSkipped event raised by the PartTimeLabour contract.
type PartTimeLabourPayslipSkipped struct {
	PayslipHash [32]byte
	PayslipId   *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPayslipSkipped is a free log retrieval operation binding the contract event 0x03a9284152e9e891d044d8393bebb6d556d6e5e8772061756387c1de312c9798.
//
// Solidity: event PayslipSkipped(bytes32 indexed payslipHash, uint256 payslipId)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterPayslipSkipped(opts *bind.FilterOpts, payslipHash [][32]byte) (*PartTimeLabourPayslipSkippedIterator, error) {

	var payslipHashRule []interface{}
	for _, payslipHashItem := range payslipHash {
		payslipHashRule = append(payslipHashRule, payslipHashItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "PayslipSkipped", payslipHashRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourPayslipSkippedIterator{contract: _PartTimeLabour.contract, event: "PayslipSkipped", logs: logs, sub: sub}, nil
}

// WatchPayslipSkipped is a free log subscription operation binding the contract event 0x03a9284152e9e891d044d8393bebb6d556d6e5e8772061756387c1de312c9798.
//
// Solidity: event PayslipSkipped(bytes32 indexed payslipHash, uint256 payslipId)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchPayslipSkipped(opts *bind.WatchOpts, sink chan<- *PartTimeLabourPayslipSkipped, payslipHash [][32]byte) (event.Subscription, error) {

	var payslipHashRule []interface{}
	for _, payslipHashItem := range payslipHash {
		payslipHashRule = append(payslipHashRule, payslipHashItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "PayslipSkipped", payslipHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourPayslipSkipped)
				if err := _PartTimeLabour.contract.UnpackLog(event, "PayslipSkipped", log); err != nil {
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

// ParsePayslipSkipped is a log parse operation binding the contract event 0x03a9284152e9e891d044d8393bebb6d556d6e5e8772061756387c1de312c9798.
//
// Solidity: event PayslipSkipped(bytes32 indexed payslipHash, uint256 payslipId)
func (_PartTimeLabour *PartTimeLabourFilterer) ParsePayslipSkipped(log types.Log) (*PartTimeLabourPayslipSkipped, error) {
	event := new(PartTimeLabourPayslipSkipped)
	if err := _PartTimeLabour.contract.UnpackLog(event, "PayslipSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the PartTimeLabour contract.
type PartTimeLabourRoleAdminChangedIterator struct {
	Event *PartTimeLabourRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourRoleAdminChanged)
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
		it.Event = new(PartTimeLabourRoleAdminChanged)
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
func (it *PartTimeLabourRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourRoleAdminChanged represents a RoleAdminChanged event raised by the PartTimeLabour contract.
type PartTimeLabourRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*PartTimeLabourRoleAdminChangedIterator, error) {

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

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourRoleAdminChangedIterator{contract: _PartTimeLabour.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *PartTimeLabourRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourRoleAdminChanged)
				if err := _PartTimeLabour.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_PartTimeLabour *PartTimeLabourFilterer) ParseRoleAdminChanged(log types.Log) (*PartTimeLabourRoleAdminChanged, error) {
	event := new(PartTimeLabourRoleAdminChanged)
	if err := _PartTimeLabour.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the PartTimeLabour contract.
type PartTimeLabourRoleGrantedIterator struct {
	Event *PartTimeLabourRoleGranted // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourRoleGranted)
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
		it.Event = new(PartTimeLabourRoleGranted)
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
func (it *PartTimeLabourRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourRoleGranted represents a RoleGranted event raised by the PartTimeLabour contract.
type PartTimeLabourRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*PartTimeLabourRoleGrantedIterator, error) {

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

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourRoleGrantedIterator{contract: _PartTimeLabour.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *PartTimeLabourRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourRoleGranted)
				if err := _PartTimeLabour.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_PartTimeLabour *PartTimeLabourFilterer) ParseRoleGranted(log types.Log) (*PartTimeLabourRoleGranted, error) {
	event := new(PartTimeLabourRoleGranted)
	if err := _PartTimeLabour.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the PartTimeLabour contract.
type PartTimeLabourRoleRevokedIterator struct {
	Event *PartTimeLabourRoleRevoked // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourRoleRevoked)
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
		it.Event = new(PartTimeLabourRoleRevoked)
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
func (it *PartTimeLabourRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourRoleRevoked represents a RoleRevoked event raised by the PartTimeLabour contract.
type PartTimeLabourRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*PartTimeLabourRoleRevokedIterator, error) {

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

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourRoleRevokedIterator{contract: _PartTimeLabour.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *PartTimeLabourRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourRoleRevoked)
				if err := _PartTimeLabour.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_PartTimeLabour *PartTimeLabourFilterer) ParseRoleRevoked(log types.Log) (*PartTimeLabourRoleRevoked, error) {
	event := new(PartTimeLabourRoleRevoked)
	if err := _PartTimeLabour.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourShiftConfirmedIterator is returned from FilterShiftConfirmed and is used to iterate over the raw logs and unpacked data for ShiftConfirmed events raised by the PartTimeLabour contract.
type PartTimeLabourShiftConfirmedIterator struct {
	Event *PartTimeLabourShiftConfirmed // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourShiftConfirmedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourShiftConfirmed)
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
		it.Event = new(PartTimeLabourShiftConfirmed)
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
func (it *PartTimeLabourShiftConfirmedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourShiftConfirmedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourShiftConfirmed represents a ShiftConfirmed event raised by the PartTimeLabour contract.
type PartTimeLabourShiftConfirmed struct {
	Id  *big.Int
	Day uint32
	Raw types.Log // Blockchain specific contextual infos
}

// FilterShiftConfirmed is a free log retrieval operation binding the contract event 0xd5d82bcae564c11297b5b362765c7df1fd0a901aa75f844b7f593a4aeb2ddecb.
//
// Solidity: event ShiftConfirmed(uint256 indexed id, uint32 indexed day)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterShiftConfirmed(opts *bind.FilterOpts, id []*big.Int, day []uint32) (*PartTimeLabourShiftConfirmedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ShiftConfirmed", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourShiftConfirmedIterator{contract: _PartTimeLabour.contract, event: "ShiftConfirmed", logs: logs, sub: sub}, nil
}

// WatchShiftConfirmed is a free log subscription operation binding the contract event 0xd5d82bcae564c11297b5b362765c7df1fd0a901aa75f844b7f593a4aeb2ddecb.
//
// Solidity: event ShiftConfirmed(uint256 indexed id, uint32 indexed day)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchShiftConfirmed(opts *bind.WatchOpts, sink chan<- *PartTimeLabourShiftConfirmed, id []*big.Int, day []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ShiftConfirmed", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourShiftConfirmed)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftConfirmed", log); err != nil {
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

// ParseShiftConfirmed is a log parse operation binding the contract event 0xd5d82bcae564c11297b5b362765c7df1fd0a901aa75f844b7f593a4aeb2ddecb.
//
// Solidity: event ShiftConfirmed(uint256 indexed id, uint32 indexed day)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseShiftConfirmed(log types.Log) (*PartTimeLabourShiftConfirmed, error) {
	event := new(PartTimeLabourShiftConfirmed)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftConfirmed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourShiftDisputedIterator is returned from FilterShiftDisputed and is used to iterate over the raw logs and unpacked data for ShiftDisputed events raised by the PartTimeLabour contract.
type PartTimeLabourShiftDisputedIterator struct {
	Event *PartTimeLabourShiftDisputed // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourShiftDisputedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourShiftDisputed)
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
		it.Event = new(PartTimeLabourShiftDisputed)
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
func (it *PartTimeLabourShiftDisputedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourShiftDisputedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourShiftDisputed represents a ShiftDisputed event raised by the PartTimeLabour contract.
type PartTimeLabourShiftDisputed struct {
	Id         *big.Int
	Day        uint32
	ReasonHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterShiftDisputed is a free log retrieval operation binding the contract event 0x243399db760a4f6dfed04dd30c03c89323310b0a717fdf40e7181857704b8856.
//
// Solidity: event ShiftDisputed(uint256 indexed id, uint32 indexed day, bytes32 reasonHash)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterShiftDisputed(opts *bind.FilterOpts, id []*big.Int, day []uint32) (*PartTimeLabourShiftDisputedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ShiftDisputed", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourShiftDisputedIterator{contract: _PartTimeLabour.contract, event: "ShiftDisputed", logs: logs, sub: sub}, nil
}

// WatchShiftDisputed is a free log subscription operation binding the contract event 0x243399db760a4f6dfed04dd30c03c89323310b0a717fdf40e7181857704b8856.
//
// Solidity: event ShiftDisputed(uint256 indexed id, uint32 indexed day, bytes32 reasonHash)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchShiftDisputed(opts *bind.WatchOpts, sink chan<- *PartTimeLabourShiftDisputed, id []*big.Int, day []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ShiftDisputed", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourShiftDisputed)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftDisputed", log); err != nil {
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

// ParseShiftDisputed is a log parse operation binding the contract event 0x243399db760a4f6dfed04dd30c03c89323310b0a717fdf40e7181857704b8856.
//
// Solidity: event ShiftDisputed(uint256 indexed id, uint32 indexed day, bytes32 reasonHash)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseShiftDisputed(log types.Log) (*PartTimeLabourShiftDisputed, error) {
	event := new(PartTimeLabourShiftDisputed)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftDisputed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourShiftResolvedIterator is returned from FilterShiftResolved and is used to iterate over the raw logs and unpacked data for ShiftResolved events raised by the PartTimeLabour contract.
type PartTimeLabourShiftResolvedIterator struct {
	Event *PartTimeLabourShiftResolved // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourShiftResolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourShiftResolved)
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
		it.Event = new(PartTimeLabourShiftResolved)
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
func (it *PartTimeLabourShiftResolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourShiftResolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourShiftResolved represents a ShiftResolved event raised by the PartTimeLabour contract.
type PartTimeLabourShiftResolved struct {
	Id    *big.Int
	Day   uint32
	Start uint16
	End   uint16
	By    common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterShiftResolved is a free log retrieval operation binding the contract event 0xbd61b3b2925f334af3301ca1109575b0a34b650ea33346d3aa0620cd260e6dd0.
//
// Solidity: event ShiftResolved(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end, address by)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterShiftResolved(opts *bind.FilterOpts, id []*big.Int, day []uint32) (*PartTimeLabourShiftResolvedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ShiftResolved", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourShiftResolvedIterator{contract: _PartTimeLabour.contract, event: "ShiftResolved", logs: logs, sub: sub}, nil
}

// WatchShiftResolved is a free log subscription operation binding the contract event 0xbd61b3b2925f334af3301ca1109575b0a34b650ea33346d3aa0620cd260e6dd0.
//
// Solidity: event ShiftResolved(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end, address by)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchShiftResolved(opts *bind.WatchOpts, sink chan<- *PartTimeLabourShiftResolved, id []*big.Int, day []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ShiftResolved", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourShiftResolved)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftResolved", log); err != nil {
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

// ParseShiftResolved is a log parse operation binding the contract event 0xbd61b3b2925f334af3301ca1109575b0a34b650ea33346d3aa0620cd260e6dd0.
//
// Solidity: event ShiftResolved(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end, address by)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseShiftResolved(log types.Log) (*PartTimeLabourShiftResolved, error) {
	event := new(PartTimeLabourShiftResolved)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftResolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourShiftSubmittedIterator is returned from FilterShiftSubmitted and is used to iterate over the raw logs and unpacked data for ShiftSubmitted events raised by the PartTimeLabour contract.
type PartTimeLabourShiftSubmittedIterator struct {
	Event *PartTimeLabourShiftSubmitted // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourShiftSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourShiftSubmitted)
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
		it.Event = new(PartTimeLabourShiftSubmitted)
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
func (it *PartTimeLabourShiftSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourShiftSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourShiftSubmitted represents a ShiftSubmitted event raised by the PartTimeLabour contract.
type PartTimeLabourShiftSubmitted struct {
	Id    *big.Int
	Day   uint32
	Start uint16
	End   uint16
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterShiftSubmitted is a free log retrieval operation binding the contract event 0x0964f3e3aaf7ffd22f130da6d44b42626caaaad1729a03af6d04397296ac6c75.
//
// Solidity: event ShiftSubmitted(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterShiftSubmitted(opts *bind.FilterOpts, id []*big.Int, day []uint32) (*PartTimeLabourShiftSubmittedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "ShiftSubmitted", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourShiftSubmittedIterator{contract: _PartTimeLabour.contract, event: "ShiftSubmitted", logs: logs, sub: sub}, nil
}

// WatchShiftSubmitted is a free log subscription operation binding the contract event 0x0964f3e3aaf7ffd22f130da6d44b42626caaaad1729a03af6d04397296ac6c75.
//
// Solidity: event ShiftSubmitted(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchShiftSubmitted(opts *bind.WatchOpts, sink chan<- *PartTimeLabourShiftSubmitted, id []*big.Int, day []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var dayRule []interface{}
	for _, dayItem := range day {
		dayRule = append(dayRule, dayItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "ShiftSubmitted", idRule, dayRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourShiftSubmitted)
				if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftSubmitted", log); err != nil {
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

// ParseShiftSubmitted is a log parse operation binding the contract event 0x0964f3e3aaf7ffd22f130da6d44b42626caaaad1729a03af6d04397296ac6c75.
//
// Solidity: event ShiftSubmitted(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseShiftSubmitted(log types.Log) (*PartTimeLabourShiftSubmitted, error) {
	event := new(PartTimeLabourShiftSubmitted)
	if err := _PartTimeLabour.contract.UnpackLog(event, "ShiftSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the PartTimeLabour contract.
type PartTimeLabourTrustedForwarderSetIterator struct {
	Event *PartTimeLabourTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourTrustedForwarderSet)
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
		it.Event = new(PartTimeLabourTrustedForwarderSet)
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
func (it *PartTimeLabourTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourTrustedForwarderSet represents a TrustedForwarderSet event raised by the PartTimeLabour contract.
type PartTimeLabourTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*PartTimeLabourTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourTrustedForwarderSetIterator{contract: _PartTimeLabour.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *PartTimeLabourTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourTrustedForwarderSet)
				if err := _PartTimeLabour.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_PartTimeLabour *PartTimeLabourFilterer) ParseTrustedForwarderSet(log types.Log) (*PartTimeLabourTrustedForwarderSet, error) {
	event := new(PartTimeLabourTrustedForwarderSet)
	if err := _PartTimeLabour.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the PartTimeLabour contract.
type PartTimeLabourUpgradedIterator struct {
	Event *PartTimeLabourUpgraded // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourUpgraded)
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
		it.Event = new(PartTimeLabourUpgraded)
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
func (it *PartTimeLabourUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourUpgraded represents a Upgraded event raised by the PartTimeLabour contract.
type PartTimeLabourUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*PartTimeLabourUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourUpgradedIterator{contract: _PartTimeLabour.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *PartTimeLabourUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourUpgraded)
				if err := _PartTimeLabour.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_PartTimeLabour *PartTimeLabourFilterer) ParseUpgraded(log types.Log) (*PartTimeLabourUpgraded, error) {
	event := new(PartTimeLabourUpgraded)
	if err := _PartTimeLabour.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PartTimeLabourWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the PartTimeLabour contract.
type PartTimeLabourWithdrawnIterator struct {
	Event *PartTimeLabourWithdrawn // Event containing the contract specifics and raw log

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
func (it *PartTimeLabourWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PartTimeLabourWithdrawn)
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
		it.Event = new(PartTimeLabourWithdrawn)
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
func (it *PartTimeLabourWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PartTimeLabourWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PartTimeLabourWithdrawn represents a Withdrawn event raised by the PartTimeLabour contract.
type PartTimeLabourWithdrawn struct {
	Employer common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed employer, uint256 amount)
func (_PartTimeLabour *PartTimeLabourFilterer) FilterWithdrawn(opts *bind.FilterOpts, employer []common.Address) (*PartTimeLabourWithdrawnIterator, error) {

	var employerRule []interface{}
	for _, employerItem := range employer {
		employerRule = append(employerRule, employerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.FilterLogs(opts, "Withdrawn", employerRule)
	if err != nil {
		return nil, err
	}
	return &PartTimeLabourWithdrawnIterator{contract: _PartTimeLabour.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed employer, uint256 amount)
func (_PartTimeLabour *PartTimeLabourFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *PartTimeLabourWithdrawn, employer []common.Address) (event.Subscription, error) {

	var employerRule []interface{}
	for _, employerItem := range employer {
		employerRule = append(employerRule, employerItem)
	}

	logs, sub, err := _PartTimeLabour.contract.WatchLogs(opts, "Withdrawn", employerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PartTimeLabourWithdrawn)
				if err := _PartTimeLabour.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed employer, uint256 amount)
func (_PartTimeLabour *PartTimeLabourFilterer) ParseWithdrawn(log types.Log) (*PartTimeLabourWithdrawn, error) {
	event := new(PartTimeLabourWithdrawn)
	if err := _PartTimeLabour.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
