// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package scoin

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

// SCoinCredit is an auto generated low-level Go binding around an user-defined struct.
type SCoinCredit struct {
	Citizen  common.Address
	RecordId uint64
	Amount   *big.Int
}

// SCoinMetaData contains all meta data concerning the SCoin contract.
var SCoinMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinAccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"}],\"name\":\"SCoinBadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"SCoinBadRecovery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"SCoinBudgetChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"SCoinBudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinCitizenHasPoints\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinCreditToMerchant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyName\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyReference\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SCoinEpochAmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SCoinInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinMerchantCannotSpend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinMerchantInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"SCoinNoRecovery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotMerchant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotRecoveryParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"SCoinPaymentReferenceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"SCoinProgramInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"SCoinRecordAlreadyCredited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"SCoinRecoveryToMerchant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"SCoinSettlementReferenceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"SCoinUnknownProgram\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AccountUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"CreditSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"MerchantAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"MerchantRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"ProgramAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"issuer\",\"type\":\"bool\"}],\"name\":\"ProgramIssuer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingBudget\",\"type\":\"uint256\"}],\"name\":\"ProgramUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RecoveryCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"RecoveryDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RecoveryExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"RecoveryRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_RECOVERY_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MERCHANT_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_RECOVERY_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROGRAM_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECOVERY_OFFICER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDITY_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"merchantName\",\"type\":\"string\"}],\"name\":\"addMerchant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"issuers\",\"type\":\"address[]\"}],\"name\":\"addProgram\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"cancelRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"credit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSCoin.Credit[]\",\"name\":\"credits\",\"type\":\"tuple[]\"}],\"name\":\"creditBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"executeRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"expiredOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"expiringOf\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"expiresAt\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isIssuer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"merchantCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"merchantFlags\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"flags\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"merchantInfo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"merchantName\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"merchantsPage\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"paymentMade\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"pendingRecovery\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"programInfo\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"remainingBudget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"issued\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"address[]\",\"name\":\"issuers\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"recordCredited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recoveryDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"removeMerchant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"requestRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"setRecoveryDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"settlementRedeemed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unfreeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"expectedBudget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newBudget\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"addIssuers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"removeIssuers\",\"type\":\"address[]\"}],\"name\":\"updateProgram\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x61010060405234801561001157600080fd5b50604051614aca380380614aca833981016040819052610030916102d3565b6001600160a01b038416608052811580610048575080155b8061005d57506103e861005b8383610316565b115b1561008957604051630f289e6f60e41b8152600481018390526024810182905260440160405180910390fd5b60a082905260c0819052600461009f8383610316565b6100a99190610316565b6100b4906003610338565b60e052600e80546001600160401b0319166203f4801790556100d760008461018d565b506101027f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb8461018d565b5061012d7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e8461018d565b506101587fe6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd28461018d565b506101837f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8461018d565b50505050506103bb565b6000828152602081815260408083206001600160a01b038516845290915281205460ff16610230576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101e861023a565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610234565b5060005b92915050565b6000610244610249565b905090565b6000366014808210801590610262575061026233610291565b156102895761027636828403816000610359565b61027f91610383565b60601c9250505090565b339250505090565b600061029c60805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b03811681146102ce57600080fd5b919050565b600080600080608085870312156102e957600080fd5b6102f2856102b7565b9350610300602086016102b7565b6040860151606090960151949790965092505050565b60008261033357634e487b7160e01b600052601260045260246000fd5b500490565b8082018082111561023457634e487b7160e01b600052601160045260246000fd5b6000808585111561036957600080fd5b8386111561037657600080fd5b5050820193919092039150565b80356001600160601b031981169060148410156103b4576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161465f61046b6000396000818161070d015281816114b101528181611ea30152818161279601528181612f4f0152818161322001526135d701526000818161045601528181610bea015281816126f8015261274a0152600081816107c201528181610acf01528181610c0b01528181612245015281816126a00152818161272601526135790152600081816105d5015281816106a401526134d2015261465f6000f3fe608060405234801561001057600080fd5b50600436106103835760003560e01c8063693cdb70116101de578063a217fddf1161010f578063c90db447116100ad578063e9d8c3811161007c578063e9d8c381146108ad578063ea969265146108d4578063f0db3bd11461094f578063f53bcfd61461097657600080fd5b8063c90db44714610834578063d051665014610847578063d547741f14610873578063e63ab1e91461088657600080fd5b8063ac4746ab116100e9578063ac4746ab146107bd578063ace2e76e146107e4578063bd2b6f701461080c578063c839b56c1461082157600080fd5b8063a217fddf1461077e578063a664768314610786578063a9059cbb146107aa57600080fd5b8063891051851161017c57806391d148541161015657806391d148541461072f57806395d89b411461074257806397036c78146107635780639f7966341461077657600080fd5b806389105185146106f65780638bc0ab75146106fe5780638db0543c1461070857600080fd5b8063780469bb116101b8578063780469bb146106845780637da0a877146106975780638456cb59146106ce57806388d9823b146106d657600080fd5b8063693cdb701461064b57806370a082311461065e57806371c3f7021461067157600080fd5b806330e73fdd116102b85780633f4ba83a11610256578063572b6c0511610230578063572b6c05146105c557806358cafc63146106055780635c975abb1461062d578063613416ac1461063857600080fd5b80633f4ba83a1461059757806345c8b1a61461059f5780634a4bdb30146105b257600080fd5b806336bacd731161029257806336bacd731461054b5780633758ca7a1461055e5780633bc2c4a7146105715780633e0fe01e1461058457600080fd5b806330e73fdd14610516578063313ce5671461052957806336568abe1461053857600080fd5b8063133adab61161032557806324b76fd5116102ff57806324b76fd5146104c65780632715b76b146104d95780632a776cef146104e15780632f2ff15d1461050357600080fd5b8063133adab61461048657806318160ddd1461049b578063248a9ca3146104a357600080fd5b8063063f19c611610361578063063f19c6146103e357806306fdde031461040457806308aebd9a1461042f5780630c43cd881461045157600080fd5b806301ffc9a71461038857806302ff5886146103b0578063047758ed146103d0575b600080fd5b61039b61039636600461397a565b610989565b60405190151581526020015b60405180910390f35b6103c36103be3660046139e8565b6109c0565b6040516103a79190613a29565b61039b6103de366004613ab0565b610a74565b6103f66103f1366004613af3565b610ac5565b6040516103a7929190613b0e565b6040805180820190915260068152652996a1b7b4b760d11b60208201525b6040516103a79190613bdf565b61044261043d366004613af3565b610cc0565b6040516103a793929190613bf2565b6104787f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016103a7565b610499610494366004613af3565b610d90565b005b600254610478565b6104786104b1366004613c1e565b60009081526020819052604090206001015490565b6104996104d4366004613c78565b610e86565b61047861109b565b6104eb6201518081565b6040516001600160401b0390911681526020016103a7565b610499610511366004613cc3565b6110ad565b61039b610524366004613cef565b6110d8565b604051600081526020016103a7565b610499610546366004613cc3565b611124565b610499610559366004613d28565b61116c565b600e546104eb906001600160401b031681565b61049961057f366004613af3565b611359565b610499610592366004613d52565b611786565b610499611923565b6104996105ad366004613af3565b611958565b6104996105c0366004613e33565b6119c1565b61039b6105d3366004613af3565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b610618610613366004613e8c565b611ac8565b60405163ffffffff90911681526020016103a7565b60015460ff1661039b565b610499610646366004613cef565b611c3d565b610478610659366004613af3565b611de1565b61047861066c366004613af3565b611df5565b61039b61067f366004613f09565b611e36565b6104996106923660046139e8565b611e5b565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016103a7565b610499611f68565b6106e96106e4366004613f25565b611f9a565b6040516103a79190613f8c565b610478612092565b6104eb6203f48081565b6104787f000000000000000000000000000000000000000000000000000000000000000081565b61039b61073d366004613cc3565b6120a3565b60408051808201909152600581526429a1a7a4a760d91b6020820152610422565b61039b610771366004613cef565b6120cc565b600354610478565b610478600081565b610799610794366004613f9f565b6120e7565b6040516103a7959493929190613fba565b61039b6107b8366004613fff565b6121d3565b6104787f000000000000000000000000000000000000000000000000000000000000000081565b6107f76107f2366004614029565b6121f8565b604080519283526020830191909152016103a7565b6104786000805160206145ea83398151915281565b61049961082f3660046140af565b61238b565b610499610842366004613af3565b61242d565b61039b610855366004613af3565b6001600160a01b03166000908152600d602052604090205460ff1690565b610499610881366004613cc3565b6125f4565b6104787f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6104787f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb81565b6109286108e2366004613af3565b6001600160a01b039081166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b031691018190529091565b604080516001600160a01b0390931683526001600160401b039091166020830152016103a7565b6104787f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e81565b6104996109843660046140ca565b612619565b60006001600160e01b03198216637965db0b60e01b14806109ba57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060816001600160401b038111156109da576109da614117565b604051908082528060200260200182016040528015610a03578160200160208202803683370190505b50905060005b82811015610a6d57610a43848483818110610a2657610a2661412d565b9050602002016020810190610a3b9190613af3565b6008906126d2565b828281518110610a5557610a5561412d565b91151560209283029190910190910152600101610a09565b5092915050565b63ffffffff831660009081526005602090815260408083206001600160a01b0386168452825280832066ffffffffffffff600886901c168452909152902054600160ff83161b1615155b9392505050565b6060806000610af47f00000000000000000000000000000000000000000000000000000000000000004261416f565b90506000610b006126f4565b90506000815b838111610b3857610b178782612779565b15610b2857610b2582614183565b91505b610b3181614183565b9050610b06565b50806001600160401b03811115610b5157610b51614117565b604051908082528060200260200182016040528015610b7a578160200160208202803683370190505b509450806001600160401b03811115610b9557610b95614117565b604051908082528060200260200182016040528015610bbe578160200160208202803683370190505b5093506000825b848111610cb6576000610bd88983612779565b905080600003610be85750610ca6565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610c3584600161419c565b610c3f91906141af565b610c49919061419c565b888481518110610c5b57610c5b61412d565b60200260200101906001600160401b031690816001600160401b03168152505080878481518110610c8e57610c8e61412d565b6020908102919091010152610ca283614183565b9250505b610caf81614183565b9050610bc5565b5050505050915091565b6001600160a01b03811660009081526007602052604081208190606090610ce86008866126d2565b6001820154825460ff9091169083908190610d02906141c6565b80601f0160208091040260200160405190810160405280929190818152602001828054610d2e906141c6565b8015610d7b5780601f10610d5057610100808354040283529160200191610d7b565b820191906000526020600020905b815481529060010190602001808311610d5e57829003601f168201915b50505050509050935093509350509193909250565b7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e610dba81612839565b610dc56008836126d2565b610df257604051632b3661b160e11b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b03821660009081526007602052604090206001015460ff16610e39576040516302c28cf160e51b81526001600160a01b0383166004820152602401610de9565b6001600160a01b038216600081815260076020526040808220600101805460ff19169055517fae4bdf5adabafca6721399496d24fe50fb6564effcb386fbae92de33540763bc9190a25050565b610e8e61284a565b6000610e98612870565b9050610ea56008826126d2565b610ecd57604051632b3661b160e11b81526001600160a01b0382166004820152602401610de9565b83600003610eee5760405163e607138960e01b815260040160405180910390fd5b6000829003610f1057604051631471f47360e31b815260040160405180910390fd5b6000818484604051602001610f2793929190614223565b60408051601f1981840301815291815281516020928301206000818152600b90935291205490915060ff1615610f76578184846040516303ac9c9d60e21b8152600401610de993929190614262565b6001600160a01b0382166000908152600a602052604090205485811015610fc9576040516318f93cbd60e11b81526001600160a01b03841660048201526024810182905260448101879052606401610de9565b6000828152600b60205260409020805460ff19166001179055610fec8682614287565b6001600160a01b0384166000908152600a60205260408120919091556002805488929061101a908490614287565b90915550506040518681526000906001600160a01b0385169060008051602061460a8339815191529060200160405180910390a3826001600160a01b03167f784e131f41825c0f4dedaf1b303cfd417f3603b2e95ed4a0c0bdc2176dbbc3ee87878760405161108b9392919061429a565b60405180910390a2505050505050565b6110aa6001600160301b614287565b81565b6000828152602081905260409020600101546110c881612839565b6110d2838361287a565b50505050565b6000600b60008585856040516020016110f393929190614223565b60408051808303601f190181529181528151602092830120835290820192909252016000205460ff16949350505050565b61112c612870565b6001600160a01b0316816001600160a01b03161461115d5760405163334bd91960e11b815260040160405180910390fd5b611167828261290d565b505050565b6000805160206145ea83398151915261118481612839565b6001600160a01b03831615806111a157506001600160a01b038216155b806111bd5750816001600160a01b0316836001600160a01b0316145b156111ee57604051633f18e46160e01b81526001600160a01b03808516600483015283166024820152604401610de9565b6111f96008846126d2565b8061120a575061120a6008836126d2565b1561123b57604051633f18e46160e01b81526001600160a01b03808516600483015283166024820152604401610de9565b6001600160a01b038084166000908152600c602052604090208054909116156112a2578054604051635733102f60e11b81526001600160a01b03808716600483015282166024820152600160a01b9091046001600160401b03166044820152606401610de9565b600e546000906112bb906001600160401b0316426142b4565b6040805180820182526001600160a01b038781168083526001600160401b0385811660208086018281528d86166000818152600c8452899020975188549251909516600160a01b026001600160e01b03199092169490961693909317929092179094559351928352939450917fc04ee3caae371ffc81ecc168626f2cfd45c04b839a8a625651c3512ff9fb772c910160405180910390a35050505050565b61136161284a565b6001600160a01b038181166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b031690820152906113cb57604051635620b45960e01b81526001600160a01b0383166004820152602401610de9565b80602001516001600160401b031642101561141957602081015160405163abc70a7360e01b81526001600160a01b03841660048201526001600160401b039091166024820152604401610de9565b8051611427906008906126d2565b1561145b578051604051631d0bd5ad60e01b81526001600160a01b0380851660048301529091166024820152604401610de9565b6001600160a01b0382166000908152600c6020908152604080832080546001600160e01b0319169055600d90915290205460ff161561149d5761149d82612996565b60006114a76126f4565b905060008080805b7f00000000000000000000000000000000000000000000000000000000000000008110156116d7576001600160a01b03871660009081526006602090815260408083208484529091528120549081900361150957506116cf565b6001600160a01b038816600090815260066020908152604080832085845290915281208190558061153a83896129fd565b9092509050611549818761419c565b955061155a6001600160c01b614287565b821660000361156b575050506116cf565b88516001600160a01b0316600090815260066020908152604080832087845290915290205460c081811c9084901c146115c8576115a781612ae5565b6115b1908761419c565b95506115c26001600160c01b614287565b19831690505b60005b60048110156116a55760006115e16030836141af565b905060006115f46001600160301b614287565b8287901c1690508060000361160a57505061169d565b60008161161c6001600160301b614287565b61162a919087861c1661419c565b905061163b6001600160301b614287565b811115611670578d5160405163da68c2f960e01b81526001600160a01b03909116600482015260248101839052604401610de9565b80831b836116836001600160301b614287565b901b198616179450818c611697919061419c565b9b505050505b6001016115cb565b5089516001600160a01b031660009081526006602090815260408083208884529091529020555050505b6001016114af565b506116e28683612b2b565b84516116ee9082612b2b565b84600001516001600160a01b0316866001600160a01b031660008051602061460a8339815191528560405161172591815260200190565b60405180910390a384600001516001600160a01b0316866001600160a01b03167fcbaa7c7c351e2d5655fc08d9c383adcf4736af160c800b53df1f1dd221f826c88560405161177691815260200190565b60405180910390a3505050505050565b7f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb6117b081612839565b60006117bb8c612b90565b905060008a90036117df57604051638592376760e01b815260040160405180910390fd5b8781600101541461181f576001810154604051630147e99f60e21b815263ffffffff8e166004820152602481018a90526044810191909152606401610de9565b8061182b8b8d83614321565b5060038101805460ff19168a15151790556001810187905560405163ffffffff8d16907fa376162375164fbd29c22a2e4a7aef28ff2c3c2e42b57f5df40e1759ef9d76a290611881908e908e908e908d906143e0565b60405180910390a260005b858110156118ce576118c68d8888848181106118aa576118aa61412d565b90506020020160208101906118bf9190613af3565b6001612c0a565b60010161188c565b5060005b838110156119145761190c8d8686848181106118f0576118f061412d565b90506020020160208101906119059190613af3565b6000612c0a565b6001016118d2565b50505050505050505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61194d81612839565b611955612cdb565b50565b6000805160206145ea83398151915261197081612839565b6001600160a01b0382166000908152600d602052604090205460ff166119b457604051635072498560e11b81526001600160a01b0383166004820152602401610de9565b6119bd82612996565b5050565b6119c961284a565b60006119d3612870565b905060008290036119f757604051631471f47360e31b815260040160405180910390fd5b6000818484604051602001611a0e93929190614407565b60408051601f1981840301815291815281516020928301206000818152600b90935291205490915060ff1615611a5d5781848460405163ba9fa19160e01b8152600401610de993929190614262565b6000818152600b60205260409020805460ff19166001179055611a81828787612d33565b856001600160a01b0316826001600160a01b03167ff438e2c4a3356a8b7d1d49f07f1c48399c11eb019c9fa7343bacc0371dade0228787876040516117769392919061429a565b60007f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb611af481612839565b6000869003611b1657604051638592376760e01b815260040160405180910390fd5b6040805160a06020601f8a018190040282018101909252608081018881526003928291908b908b9081908501838280828437600092018290525093855250505060208083018a9052604083018290526001606090930183905284549283018555938152929092208151919260040201908190611b929082614443565b506020820151600182015560408083015160028301556060909201516003918201805460ff191691151591909117905554905190925063ffffffff8316907f4962dbd367b806fb592cd36748a43dedd8aa62d6c0aa38d0c66368bafc41129f90611c01908a908a908a90614501565b60405180910390a260005b83811015611c3257611c2a838686848181106118aa576118aa61412d565b600101611c0c565b505095945050505050565b7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e611c6781612839565b6001600160a01b038416611c8e57604051636c4d12f760e11b815260040160405180910390fd5b6000829003611cb057604051638592376760e01b815260040160405180910390fd5b611cbb6008856126d2565b611d1257600080611ccb86612f3b565b9092509050611cda818361419c565b15611d0357604051632cfc2cb360e01b81526001600160a01b0387166004820152602401610de9565b611d0e600887612fec565b5050505b6040805160606020601f86018190040282018101835291810184815290918291908690869081908501838280828437600092018290525093855250506001602093840152506001600160a01b038716815260079091526040902081518190611d7a9082614443565b50602091909101516001909101805460ff19169115159190911790556040516001600160a01b038516907fa7bec489aca0191976fa999eaef5a887facc0ee986ef77a44cce3f1b7a4c50ad90611dd39086908690614525565b60405180910390a250505050565b600080611ded83612f3b565b949350505050565b6000611e026008836126d2565b15611e2357506001600160a01b03166000908152600a602052604090205490565b6000611e2e83612f3b565b509392505050565b63ffffffff80831660009081526004602052604081209091610abe919084906126d216565b6000611e656126f4565b905060005b828110156110d2576000848483818110611e8657611e8661412d565b9050602002016020810190611e9b9190613af3565b90506000805b7f0000000000000000000000000000000000000000000000000000000000000000811015611f53576001600160a01b038316600090815260066020908152604080832084845290915281205490819003611efb5750611f4b565b600080611f0883896129fd565b9150915080600014611f47576001600160a01b03861660009081526006602090815260408083208784529091529020829055611f44818661419c565b94505b5050505b600101611ea1565b50611f5e8282612b2b565b5050600101611e6a565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a611f9281612839565b611955613001565b60606000611fa8600861303e565b9050808410611fc75750506040805160008152602081019091526109ba565b600083611fd48684614287565b10611fe857611fe3848661419c565b611fea565b815b9050611ff68582614287565b6001600160401b0381111561200d5761200d614117565b604051908082528060200260200182016040528015612036578160200160208202803683370190505b509250845b818110156120895761204e600882613048565b846120598884614287565b815181106120695761206961412d565b6001600160a01b039092166020928302919091019091015260010161203b565b50505092915050565b600061209e600861303e565b905090565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6000600b60008585856040516020016110f393929190614407565b60606000806000606060006120fb87612b90565b60018101546002820154600383015463ffffffff8b166000908152600460205260409020939450849360ff9091169061213390613054565b84805461213f906141c6565b80601f016020809104026020016040519081016040528092919081815260200182805461216b906141c6565b80156121b85780601f1061218d576101008083540402835291602001916121b8565b820191906000526020600020905b81548152906001019060200180831161219b57829003601f168201915b50505050509450955095509550955095505091939590929450565b60006121dd61284a565b6121ef6121e8612870565b8484612d33565b50600192915050565b60008061220361284a565b600061220e86613061565b90506000849003612232576040516312a8acab60e21b815260040160405180910390fd5b600061223c612870565b9050600061226a7f00000000000000000000000000000000000000000000000000000000000000004261416f565b90506000805b87811015612373573689898381811061228b5761228b61412d565b90506060020190506122b08b868360200160208101906122ab91906140af565b613107565b612322576001600160a01b03851663ffffffff8c167f1a6c3a04c79e981f1c53dcb74e3384550dda4ee996ec4dacdfdb289f6fd5bc056122f660408501602086016140af565b6040516001600160401b03909116815260200160405180910390a361231a87614183565b96505061236b565b61233060408201358461419c565b925061233b88614183565b97506123698b61234e6020840184613af3565b876040850180359061236390602088016140af565b8961318e565b505b600101612270565b5061237f89858361341a565b50505050935093915050565b600061239681612839565b620151806001600160401b03831610156123d75760405163a4483f1760e01b81526001600160401b0383166004820152620151806024820152604401610de9565b600e805467ffffffffffffffff19166001600160401b0384169081179091556040519081527fbf6cbf68da62351e02ce11e3fda11e34cb61297f059cd01eeaa9a59042a8c4e29060200160405180910390a15050565b6000612437612870565b9050816001600160a01b0316816001600160a01b031614158015612470575061246e6000805160206145ea833981519152826120a3565b155b15612499576040516338ad656560e11b81526001600160a01b0382166004820152602401610de9565b6001600160a01b038281166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b0316908201529061250357604051635620b45960e01b81526001600160a01b0384166004820152602401610de9565b6001600160a01b038381166000818152600c602090815260409182902080546001600160e01b031916905584519151868516815291909316927fa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49910160405180910390a3826001600160a01b0316826001600160a01b03161480156125a157506001600160a01b0383166000908152600d602052604090205460ff16155b15611167576001600160a01b0383166000818152600d6020526040808220805460ff19166001179055517f4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d9190a2505050565b60008281526020819052604090206001015461260f81612839565b6110d2838361290d565b61262161284a565b600061262c85613061565b90506000612638612870565b9050612645868285613107565b61268857604051631c587a6360e01b815263ffffffff871660048201526001600160a01b03821660248201526001600160401b0384166044820152606401610de9565b61269386838661341a565b6126ca86868387876126c57f00000000000000000000000000000000000000000000000000000000000000004261416f565b61318e565b505050505050565b6001600160a01b03811660009081526001830160205260408120541515610abe565b60007f00000000000000000000000000000000000000000000000000000000000000004210156127245750600090565b7f000000000000000000000000000000000000000000000000000000000000000061276f7f000000000000000000000000000000000000000000000000000000000000000042614287565b61209e919061416f565b6001600160a01b03821660009081526006602052604081208190817f00000000000000000000000000000000000000000000000000000000000000006127c060048761416f565b6127ca9190614539565b81526020019081526020016000205490506004836127e8919061416f565b6127f390600161419c565b60c082901c146128075760009150506109ba565b6128166001600160301b614287565b6030612823600486614539565b61282d91906141af565b9190911c169392505050565b61195581612845612870565b613487565b60015460ff161561286e5760405163d93c066560e01b815260040160405180910390fd5b565b600061209e6134c0565b600061288683836120a3565b612905576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556128bd612870565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109ba565b5060006109ba565b600061291983836120a3565b15612905576000838152602081815260408083206001600160a01b03861684529091529020805460ff1916905561294e612870565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a45060016109ba565b6001600160a01b0381166000818152600d60205260409020805460ff191690557fe19c610e04dba2019efcfb0f9455fad3af646853bb02abad2a452db1fd47c3276129df612870565b6040516001600160a01b03909116815260200160405180910390a250565b600080806004612a12600160c088901c614287565b612a1c91906141af565b905083612a2a60048361419c565b11612a44576000612a3a86612ae5565b9250925050612ade565b84925060005b600481108015612a62575084612a60828461419c565b105b15612abe576000612a746030836141af565b9050612a856001600160301b614287565b612a939088831c168561419c565b935080612aa56001600160301b614287565b901b19851694505080612ab790614183565b9050612a4a565b50612ace6001600160c01b614287565b8316600003612adc57600092505b505b9250929050565b6000805b6004811015612b2557612b016001600160301b614287565b612b0c6030836141af565b84901c1682612b1b919061419c565b9150600101612ae9565b50919050565b80600003612b37575050565b8060026000828254612b499190614287565b90915550506040518181526001600160a01b038316907f751a0eb66c3cc9aa48957d09bd3cc81db888f5bcac6689def5fb9e18ec3cf2019060200160405180910390a25050565b600063ffffffff82161580612bac575060035463ffffffff8316115b15612bd257604051638661acb360e01b815263ffffffff83166004820152602401610de9565b6003612bdf60018461454d565b63ffffffff1681548110612bf557612bf561412d565b90600052602060002090600402019050919050565b6001600160a01b038216612c3157604051636c4d12f760e11b815260040160405180910390fd5b600081612c5f5763ffffffff8085166000908152600460205260409020612c5a91859061352c16565b612c81565b63ffffffff8085166000908152600460205260409020612c81918590612fec16565b905080156110d257826001600160a01b03168463ffffffff167f32a902042cfd2db982e7d155253b560ec127c8f929bd1dc2b2d6ec72fe2f122684604051612ccd911515815260200190565b60405180910390a350505050565b612ce3613541565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa612d16612870565b6040516001600160a01b03909116815260200160405180910390a1565b80600003612d545760405163e607138960e01b815260040160405180910390fd5b612d5f6008846126d2565b15612d885760405163146c18a360e31b81526001600160a01b0384166004820152602401610de9565b612d936008836126d2565b612dbb57604051632b3661b160e11b81526001600160a01b0383166004820152602401610de9565b6001600160a01b03821660009081526007602052604090206001015460ff16612e02576040516302c28cf160e51b81526001600160a01b0383166004820152602401610de9565b6001600160a01b038381166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b0316908201529015612e8b5780516020820151604051635733102f60e11b81526001600160a01b03808816600483015290921660248301526001600160401b03166044820152606401610de9565b6001600160a01b0384166000908152600d602052604090205460ff1615612ecf576040516230f36960e21b81526001600160a01b0385166004820152602401610de9565b612ed98483613564565b6001600160a01b0383166000908152600a602052604081208054849290612f0190849061419c565b92505081905550826001600160a01b0316846001600160a01b031660008051602061460a83398151915284604051612ccd91815260200190565b6000806000612f486126f4565b905060005b7f0000000000000000000000000000000000000000000000000000000000000000811015612fe5576001600160a01b038516600090815260066020908152604080832084845290915281205490819003612fa75750612fdd565b600080612fb483866129fd565b91509150612fc182612ae5565b612fcb908861419c565b9650612fd7818761419c565b95505050505b600101612f4d565b5050915091565b6000610abe836001600160a01b0384166137ba565b61300961284a565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258612d16612870565b60006109ba825490565b6000610abe8383613801565b60606000610abe8361382b565b600061306c82612b90565b600381015490915060ff1661309c5760405163febbe58760e01b815263ffffffff83166004820152602401610de9565b6130c56130a7612870565b63ffffffff808516600090815260046020526040902091906126d216565b61310257816130d2612870565b604051635cd3b63160e11b815263ffffffff90921660048301526001600160a01b03166024820152604401610de9565b919050565b63ffffffff831660009081526005602090815260408083206001600160a01b0386168452825280832066ffffffffffffff600886901c16845291829052822054600160ff85161b808216156131625760009350505050610abe565b66ffffffffffffff600886901c1660009081526020939093526040909220911790555060019392505050565b6001600160a01b0385166131b557604051636c4d12f760e11b815260040160405180910390fd5b826000036131d65760405163e607138960e01b815260040160405180910390fd5b6131e16008866126d2565b1561320a5760405163060109b760e01b81526001600160a01b0386166004820152602401610de9565b600061321760048361416f565b905060006132457f000000000000000000000000000000000000000000000000000000000000000083614539565b6001600160a01b038816600090815260066020908152604080832084845290915290205490915061327783600161419c565b60c082901c146132ab578015613299576132998861329483612ae5565b612b2b565b60c06132a684600161419c565b901b90505b600060306132ba600487614539565b6132c491906141af565b90506000876132d86001600160301b614287565b6132e6919085851c1661419c565b90506132f76001600160301b614287565b8111156133295760405163da68c2f960e01b81526001600160a01b038b16600482015260248101899052604401610de9565b80821b8261333c6001600160301b614287565b6001600160a01b038d1660009081526006602090815260408083208a845290915281209190921b19861692909217909155600280548a929061337f90849061419c565b90915550506040518881526001600160a01b038b169060009060008051602061460a8339815191529060200160405180910390a3604080516001600160401b0389168152602081018a90526001600160a01b03808c1692908d169163ffffffff8f16917fd2260f64335f732d015aebf96fb0d2e4a64bb4e0b61ff36d3c3c80773b8d62e3910160405180910390a45050505050505050505050565b600182015480821115613456576040516356d45d5f60e11b815263ffffffff851660048201526024810183905260448101829052606401610de9565b6134608282614287565b83600101819055508183600201600082825461347c919061419c565b909155505050505050565b61349182826120a3565b6119bd5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610de9565b60003660148082108015906134fd57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156135245761351136828403816000614569565b61351a91614593565b60601c9250505090565b339250505090565b6000610abe836001600160a01b038416613887565b60015460ff1661286e57604051638dfc202b60e01b815260040160405180910390fd5b600061356e6126f4565b90506000600461359e7f00000000000000000000000000000000000000000000000000000000000000004261416f565b6135a8919061416f565b9050826000806135b960048661416f565b90505b8381111580156135cb57508215155b1561376d5760006135fc7f000000000000000000000000000000000000000000000000000000000000000083614539565b6001600160a01b038916600090815260066020908152604080832084845290915281205491925081900361363157505061375d565b60008061363e838a6129fd565b909250905061364d818761419c565b955061365a85600161419c565b60c083901c0361370d5760005b60048110801561367657508715155b1561370b5760006136886030836141af565b9050600061369b6001600160301b614287565b8286901c169050806000036136b15750506136fb565b60008a82106136c0578a6136c2565b815b9050826136cf8284614287565b901b836136e16001600160301b614287565b901b198716179550808b6136f59190614287565b9a505050505b61370481614183565b9050613667565b505b828214613758576137236001600160c01b614287565b8216156137305781613733565b60005b6001600160a01b038c1660009081526006602090815260408083208884529091529020555b505050505b61376681614183565b90506135bc565b5081156137b0578561377f8387614287565b6040516318f93cbd60e11b81526001600160a01b039092166004830152602482015260448101869052606401610de9565b6126ca8682612b2b565b6000818152600183016020526040812054612905575081546001818101845560008481526020808220909301849055845484825282860190935260409020919091556109ba565b60008260000182815481106138185761381861412d565b9060005260206000200154905092915050565b60608160000180548060200260200160405190810160405280929190818152602001828054801561387b57602002820191906000526020600020905b815481526020019060010190808311613867575b50505050509050919050565b600081815260018301602052604081205480156139705760006138ab600183614287565b85549091506000906138bf90600190614287565b90508082146139245760008660000182815481106138df576138df61412d565b90600052602060002001549050808760000184815481106139025761390261412d565b6000918252602080832090910192909255918252600188019052604090208390555b8554869080613935576139356145d3565b6001900381819060005260206000200160009055905585600101600086815260200190815260200160002060009055600193505050506109ba565b60009150506109ba565b60006020828403121561398c57600080fd5b81356001600160e01b031981168114610abe57600080fd5b60008083601f8401126139b657600080fd5b5081356001600160401b038111156139cd57600080fd5b6020830191508360208260051b8501011115612ade57600080fd5b600080602083850312156139fb57600080fd5b82356001600160401b03811115613a1157600080fd5b613a1d858286016139a4565b90969095509350505050565b602080825282518282018190526000918401906040840190835b81811015613a635783511515835260209384019390920191600101613a43565b509095945050505050565b803563ffffffff8116811461310257600080fd5b80356001600160a01b038116811461310257600080fd5b80356001600160401b038116811461310257600080fd5b600080600060608486031215613ac557600080fd5b613ace84613a6e565b9250613adc60208501613a82565b9150613aea60408501613a99565b90509250925092565b600060208284031215613b0557600080fd5b610abe82613a82565b6040808252835190820181905260009060208501906060840190835b81811015613b515783516001600160401b0316835260209384019390920191600101613b2a565b50508381036020808601919091528551808352918101925085019060005b81811015613b8d578251845260209384019390920191600101613b6f565b50919695505050505050565b6000815180845260005b81811015613bbf57602081850181015186830182015201613ba3565b506000602082860101526020601f19601f83011685010191505092915050565b602081526000610abe6020830184613b99565b83151581528215156020820152606060408201526000613c156060830184613b99565b95945050505050565b600060208284031215613c3057600080fd5b5035919050565b60008083601f840112613c4957600080fd5b5081356001600160401b03811115613c6057600080fd5b602083019150836020828501011115612ade57600080fd5b600080600060408486031215613c8d57600080fd5b8335925060208401356001600160401b03811115613caa57600080fd5b613cb686828701613c37565b9497909650939450505050565b60008060408385031215613cd657600080fd5b82359150613ce660208401613a82565b90509250929050565b600080600060408486031215613d0457600080fd5b613d0d84613a82565b925060208401356001600160401b03811115613caa57600080fd5b60008060408385031215613d3b57600080fd5b613d4483613a82565b9150613ce660208401613a82565b60008060008060008060008060008060e08b8d031215613d7157600080fd5b613d7a8b613a6e565b995060208b01356001600160401b03811115613d9557600080fd5b613da18d828e01613c37565b909a5098505060408b01358015158114613dba57600080fd5b965060608b0135955060808b0135945060a08b01356001600160401b03811115613de357600080fd5b613def8d828e016139a4565b90955093505060c08b01356001600160401b03811115613e0e57600080fd5b613e1a8d828e016139a4565b915080935050809150509295989b9194979a5092959850565b60008060008060608587031215613e4957600080fd5b613e5285613a82565b93506020850135925060408501356001600160401b03811115613e7457600080fd5b613e8087828801613c37565b95989497509550505050565b600080600080600060608688031215613ea457600080fd5b85356001600160401b03811115613eba57600080fd5b613ec688828901613c37565b9096509450506020860135925060408601356001600160401b03811115613eec57600080fd5b613ef8888289016139a4565b969995985093965092949392505050565b60008060408385031215613f1c57600080fd5b613d4483613a6e565b60008060408385031215613f3857600080fd5b50508035926020909101359150565b600081518084526020840193506020830160005b82811015613f825781516001600160a01b0316865260209586019590910190600101613f5b565b5093949350505050565b602081526000610abe6020830184613f47565b600060208284031215613fb157600080fd5b610abe82613a6e565b60a081526000613fcd60a0830188613b99565b86602084015285604084015284151560608401528281036080840152613ff38185613f47565b98975050505050505050565b6000806040838503121561401257600080fd5b61401b83613a82565b946020939093013593505050565b60008060006040848603121561403e57600080fd5b61404784613a6e565b925060208401356001600160401b0381111561406257600080fd5b8401601f8101861361407357600080fd5b80356001600160401b0381111561408957600080fd5b86602060608302840101111561409e57600080fd5b939660209190910195509293505050565b6000602082840312156140c157600080fd5b610abe82613a99565b600080600080608085870312156140e057600080fd5b6140e985613a6e565b93506140f760208601613a82565b92506040850135915061410c60608601613a99565b905092959194509250565b634e487b7160e01b600052604160045260246000fd5b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052601260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b60008261417e5761417e614143565b500490565b60006001820161419557614195614159565b5060010190565b808201808211156109ba576109ba614159565b80820281158282048414176109ba576109ba614159565b600181811c908216806141da57607f821691505b602082108103612b2557634e487b7160e01b600052602260045260246000fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60608152600660608201526572656465656d60d01b608082015260018060a01b038416602082015260a060408201526000613c1560a0830184866141fa565b6001600160a01b0384168152604060208201819052600090613c1590830184866141fa565b818103818111156109ba576109ba614159565b838152604060208201526000613c156040830184866141fa565b6001600160401b0381811683821601908111156109ba576109ba614159565b601f82111561116757806000526020600020601f840160051c810160208510156142fa5750805b601f840160051c820191505b8181101561431a5760008155600101614306565b5050505050565b6001600160401b0383111561433857614338614117565b61434c8361434683546141c6565b836142d3565b6000601f84116001811461438057600085156143685750838201355b600019600387901b1c1916600186901b17835561431a565b600083815260209020601f19861690835b828110156143b15786850135825560209485019460019092019101614391565b50868210156143ce5760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b6060815260006143f46060830186886141fa565b9315156020830152506040015292915050565b60608152600360608201526270617960e81b608082015260018060a01b038416602082015260a060408201526000613c1560a0830184866141fa565b81516001600160401b0381111561445c5761445c614117565b6144708161446a84546141c6565b846142d3565b6020601f8211600181146144a4576000831561448c5750848201515b600019600385901b1c1916600184901b17845561431a565b600084815260208120601f198516915b828110156144d457878501518255602094850194600190920191016144b4565b50848210156144f25786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b6040815260006145156040830185876141fa565b9050826020830152949350505050565b602081526000611ded6020830184866141fa565b60008261454857614548614143565b500690565b63ffffffff82811682821603908111156109ba576109ba614159565b6000808585111561457957600080fd5b8386111561458657600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015610a6d576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b634e487b7160e01b600052603160045260246000fdfee6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd2ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efa26469706673582212206dbb69a9eeda8e8aa364ab90f78309aeb384e413479d6ea70a549b828e2b92c464736f6c634300081c0033",
}

// SCoinABI is the input ABI used to generate the binding from.
// Deprecated: Use SCoinMetaData.ABI instead.
var SCoinABI = SCoinMetaData.ABI

// SCoinBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SCoinMetaData.Bin instead.
var SCoinBin = SCoinMetaData.Bin

// DeploySCoin deploys a new Ethereum contract, binding an instance of SCoin to it.
func DeploySCoin(auth *bind.TransactOpts, backend bind.ContractBackend, forwarder common.Address, admin common.Address, epochLength *big.Int, validityPeriod *big.Int) (common.Address, *types.Transaction, *SCoin, error) {
	parsed, err := SCoinMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SCoinBin), backend, forwarder, admin, epochLength, validityPeriod)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SCoin{SCoinCaller: SCoinCaller{contract: contract}, SCoinTransactor: SCoinTransactor{contract: contract}, SCoinFilterer: SCoinFilterer{contract: contract}}, nil
}

// SCoin is an auto generated Go binding around an Ethereum contract.
type SCoin struct {
	SCoinCaller     // Read-only binding to the contract
	SCoinTransactor // Write-only binding to the contract
	SCoinFilterer   // Log filterer for contract events
}

// SCoinCaller is an auto generated read-only Go binding around an Ethereum contract.
type SCoinCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SCoinTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SCoinTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SCoinFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SCoinFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SCoinSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SCoinSession struct {
	Contract     *SCoin            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SCoinCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SCoinCallerSession struct {
	Contract *SCoinCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// SCoinTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SCoinTransactorSession struct {
	Contract     *SCoinTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SCoinRaw is an auto generated low-level Go binding around an Ethereum contract.
type SCoinRaw struct {
	Contract *SCoin // Generic contract binding to access the raw methods on
}

// SCoinCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SCoinCallerRaw struct {
	Contract *SCoinCaller // Generic read-only contract binding to access the raw methods on
}

// SCoinTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SCoinTransactorRaw struct {
	Contract *SCoinTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSCoin creates a new instance of SCoin, bound to a specific deployed contract.
func NewSCoin(address common.Address, backend bind.ContractBackend) (*SCoin, error) {
	contract, err := bindSCoin(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SCoin{SCoinCaller: SCoinCaller{contract: contract}, SCoinTransactor: SCoinTransactor{contract: contract}, SCoinFilterer: SCoinFilterer{contract: contract}}, nil
}

// NewSCoinCaller creates a new read-only instance of SCoin, bound to a specific deployed contract.
func NewSCoinCaller(address common.Address, caller bind.ContractCaller) (*SCoinCaller, error) {
	contract, err := bindSCoin(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SCoinCaller{contract: contract}, nil
}

// NewSCoinTransactor creates a new write-only instance of SCoin, bound to a specific deployed contract.
func NewSCoinTransactor(address common.Address, transactor bind.ContractTransactor) (*SCoinTransactor, error) {
	contract, err := bindSCoin(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SCoinTransactor{contract: contract}, nil
}

// NewSCoinFilterer creates a new log filterer instance of SCoin, bound to a specific deployed contract.
func NewSCoinFilterer(address common.Address, filterer bind.ContractFilterer) (*SCoinFilterer, error) {
	contract, err := bindSCoin(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SCoinFilterer{contract: contract}, nil
}

// bindSCoin binds a generic wrapper to an already deployed contract.
func bindSCoin(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SCoinMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SCoin *SCoinRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SCoin.Contract.SCoinCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SCoin *SCoinRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SCoin.Contract.SCoinTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SCoin *SCoinRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SCoin.Contract.SCoinTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SCoin *SCoinCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SCoin.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SCoin *SCoinTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SCoin.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SCoin *SCoinTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SCoin.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SCoin *SCoinCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SCoin *SCoinSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SCoin.Contract.DEFAULTADMINROLE(&_SCoin.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SCoin *SCoinCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SCoin.Contract.DEFAULTADMINROLE(&_SCoin.CallOpts)
}

// DEFAULTRECOVERYDELAY is a free data retrieval call binding the contract method 0x8bc0ab75.
//
// Solidity: function DEFAULT_RECOVERY_DELAY() view returns(uint64)
func (_SCoin *SCoinCaller) DEFAULTRECOVERYDELAY(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "DEFAULT_RECOVERY_DELAY")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// DEFAULTRECOVERYDELAY is a free data retrieval call binding the contract method 0x8bc0ab75.
//
// Solidity: function DEFAULT_RECOVERY_DELAY() view returns(uint64)
func (_SCoin *SCoinSession) DEFAULTRECOVERYDELAY() (uint64, error) {
	return _SCoin.Contract.DEFAULTRECOVERYDELAY(&_SCoin.CallOpts)
}

// DEFAULTRECOVERYDELAY is a free data retrieval call binding the contract method 0x8bc0ab75.
//
// Solidity: function DEFAULT_RECOVERY_DELAY() view returns(uint64)
func (_SCoin *SCoinCallerSession) DEFAULTRECOVERYDELAY() (uint64, error) {
	return _SCoin.Contract.DEFAULTRECOVERYDELAY(&_SCoin.CallOpts)
}

// EPOCHLENGTH is a free data retrieval call binding the contract method 0xac4746ab.
//
// Solidity: function EPOCH_LENGTH() view returns(uint256)
func (_SCoin *SCoinCaller) EPOCHLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "EPOCH_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EPOCHLENGTH is a free data retrieval call binding the contract method 0xac4746ab.
//
// Solidity: function EPOCH_LENGTH() view returns(uint256)
func (_SCoin *SCoinSession) EPOCHLENGTH() (*big.Int, error) {
	return _SCoin.Contract.EPOCHLENGTH(&_SCoin.CallOpts)
}

// EPOCHLENGTH is a free data retrieval call binding the contract method 0xac4746ab.
//
// Solidity: function EPOCH_LENGTH() view returns(uint256)
func (_SCoin *SCoinCallerSession) EPOCHLENGTH() (*big.Int, error) {
	return _SCoin.Contract.EPOCHLENGTH(&_SCoin.CallOpts)
}

// MAXEPOCHAMOUNT is a free data retrieval call binding the contract method 0x2715b76b.
//
// Solidity: function MAX_EPOCH_AMOUNT() view returns(uint256)
func (_SCoin *SCoinCaller) MAXEPOCHAMOUNT(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "MAX_EPOCH_AMOUNT")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXEPOCHAMOUNT is a free data retrieval call binding the contract method 0x2715b76b.
//
// Solidity: function MAX_EPOCH_AMOUNT() view returns(uint256)
func (_SCoin *SCoinSession) MAXEPOCHAMOUNT() (*big.Int, error) {
	return _SCoin.Contract.MAXEPOCHAMOUNT(&_SCoin.CallOpts)
}

// MAXEPOCHAMOUNT is a free data retrieval call binding the contract method 0x2715b76b.
//
// Solidity: function MAX_EPOCH_AMOUNT() view returns(uint256)
func (_SCoin *SCoinCallerSession) MAXEPOCHAMOUNT() (*big.Int, error) {
	return _SCoin.Contract.MAXEPOCHAMOUNT(&_SCoin.CallOpts)
}

// MERCHANTMANAGERROLE is a free data retrieval call binding the contract method 0xf0db3bd1.
//
// Solidity: function MERCHANT_MANAGER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCaller) MERCHANTMANAGERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "MERCHANT_MANAGER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MERCHANTMANAGERROLE is a free data retrieval call binding the contract method 0xf0db3bd1.
//
// Solidity: function MERCHANT_MANAGER_ROLE() view returns(bytes32)
func (_SCoin *SCoinSession) MERCHANTMANAGERROLE() ([32]byte, error) {
	return _SCoin.Contract.MERCHANTMANAGERROLE(&_SCoin.CallOpts)
}

// MERCHANTMANAGERROLE is a free data retrieval call binding the contract method 0xf0db3bd1.
//
// Solidity: function MERCHANT_MANAGER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCallerSession) MERCHANTMANAGERROLE() ([32]byte, error) {
	return _SCoin.Contract.MERCHANTMANAGERROLE(&_SCoin.CallOpts)
}

// MINRECOVERYDELAY is a free data retrieval call binding the contract method 0x2a776cef.
//
// Solidity: function MIN_RECOVERY_DELAY() view returns(uint64)
func (_SCoin *SCoinCaller) MINRECOVERYDELAY(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "MIN_RECOVERY_DELAY")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MINRECOVERYDELAY is a free data retrieval call binding the contract method 0x2a776cef.
//
// Solidity: function MIN_RECOVERY_DELAY() view returns(uint64)
func (_SCoin *SCoinSession) MINRECOVERYDELAY() (uint64, error) {
	return _SCoin.Contract.MINRECOVERYDELAY(&_SCoin.CallOpts)
}

// MINRECOVERYDELAY is a free data retrieval call binding the contract method 0x2a776cef.
//
// Solidity: function MIN_RECOVERY_DELAY() view returns(uint64)
func (_SCoin *SCoinCallerSession) MINRECOVERYDELAY() (uint64, error) {
	return _SCoin.Contract.MINRECOVERYDELAY(&_SCoin.CallOpts)
}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCaller) PAUSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "PAUSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_SCoin *SCoinSession) PAUSERROLE() ([32]byte, error) {
	return _SCoin.Contract.PAUSERROLE(&_SCoin.CallOpts)
}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCallerSession) PAUSERROLE() ([32]byte, error) {
	return _SCoin.Contract.PAUSERROLE(&_SCoin.CallOpts)
}

// PROGRAMMANAGERROLE is a free data retrieval call binding the contract method 0xe9d8c381.
//
// Solidity: function PROGRAM_MANAGER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCaller) PROGRAMMANAGERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "PROGRAM_MANAGER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PROGRAMMANAGERROLE is a free data retrieval call binding the contract method 0xe9d8c381.
//
// Solidity: function PROGRAM_MANAGER_ROLE() view returns(bytes32)
func (_SCoin *SCoinSession) PROGRAMMANAGERROLE() ([32]byte, error) {
	return _SCoin.Contract.PROGRAMMANAGERROLE(&_SCoin.CallOpts)
}

// PROGRAMMANAGERROLE is a free data retrieval call binding the contract method 0xe9d8c381.
//
// Solidity: function PROGRAM_MANAGER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCallerSession) PROGRAMMANAGERROLE() ([32]byte, error) {
	return _SCoin.Contract.PROGRAMMANAGERROLE(&_SCoin.CallOpts)
}

// RECOVERYOFFICERROLE is a free data retrieval call binding the contract method 0xbd2b6f70.
//
// Solidity: function RECOVERY_OFFICER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCaller) RECOVERYOFFICERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "RECOVERY_OFFICER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RECOVERYOFFICERROLE is a free data retrieval call binding the contract method 0xbd2b6f70.
//
// Solidity: function RECOVERY_OFFICER_ROLE() view returns(bytes32)
func (_SCoin *SCoinSession) RECOVERYOFFICERROLE() ([32]byte, error) {
	return _SCoin.Contract.RECOVERYOFFICERROLE(&_SCoin.CallOpts)
}

// RECOVERYOFFICERROLE is a free data retrieval call binding the contract method 0xbd2b6f70.
//
// Solidity: function RECOVERY_OFFICER_ROLE() view returns(bytes32)
func (_SCoin *SCoinCallerSession) RECOVERYOFFICERROLE() ([32]byte, error) {
	return _SCoin.Contract.RECOVERYOFFICERROLE(&_SCoin.CallOpts)
}

// RINGSIZE is a free data retrieval call binding the contract method 0x8db0543c.
//
// Solidity: function RING_SIZE() view returns(uint256)
func (_SCoin *SCoinCaller) RINGSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "RING_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RINGSIZE is a free data retrieval call binding the contract method 0x8db0543c.
//
// Solidity: function RING_SIZE() view returns(uint256)
func (_SCoin *SCoinSession) RINGSIZE() (*big.Int, error) {
	return _SCoin.Contract.RINGSIZE(&_SCoin.CallOpts)
}

// RINGSIZE is a free data retrieval call binding the contract method 0x8db0543c.
//
// Solidity: function RING_SIZE() view returns(uint256)
func (_SCoin *SCoinCallerSession) RINGSIZE() (*big.Int, error) {
	return _SCoin.Contract.RINGSIZE(&_SCoin.CallOpts)
}

// VALIDITYPERIOD is a free data retrieval call binding the contract method 0x0c43cd88.
//
// Solidity: function VALIDITY_PERIOD() view returns(uint256)
func (_SCoin *SCoinCaller) VALIDITYPERIOD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "VALIDITY_PERIOD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VALIDITYPERIOD is a free data retrieval call binding the contract method 0x0c43cd88.
//
// Solidity: function VALIDITY_PERIOD() view returns(uint256)
func (_SCoin *SCoinSession) VALIDITYPERIOD() (*big.Int, error) {
	return _SCoin.Contract.VALIDITYPERIOD(&_SCoin.CallOpts)
}

// VALIDITYPERIOD is a free data retrieval call binding the contract method 0x0c43cd88.
//
// Solidity: function VALIDITY_PERIOD() view returns(uint256)
func (_SCoin *SCoinCallerSession) VALIDITYPERIOD() (*big.Int, error) {
	return _SCoin.Contract.VALIDITYPERIOD(&_SCoin.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_SCoin *SCoinCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_SCoin *SCoinSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _SCoin.Contract.BalanceOf(&_SCoin.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_SCoin *SCoinCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _SCoin.Contract.BalanceOf(&_SCoin.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_SCoin *SCoinCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_SCoin *SCoinSession) Decimals() (uint8, error) {
	return _SCoin.Contract.Decimals(&_SCoin.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_SCoin *SCoinCallerSession) Decimals() (uint8, error) {
	return _SCoin.Contract.Decimals(&_SCoin.CallOpts)
}

// ExpiredOf is a free data retrieval call binding the contract method 0x693cdb70.
//
// Solidity: function expiredOf(address account) view returns(uint256)
func (_SCoin *SCoinCaller) ExpiredOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "expiredOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ExpiredOf is a free data retrieval call binding the contract method 0x693cdb70.
//
// Solidity: function expiredOf(address account) view returns(uint256)
func (_SCoin *SCoinSession) ExpiredOf(account common.Address) (*big.Int, error) {
	return _SCoin.Contract.ExpiredOf(&_SCoin.CallOpts, account)
}

// ExpiredOf is a free data retrieval call binding the contract method 0x693cdb70.
//
// Solidity: function expiredOf(address account) view returns(uint256)
func (_SCoin *SCoinCallerSession) ExpiredOf(account common.Address) (*big.Int, error) {
	return _SCoin.Contract.ExpiredOf(&_SCoin.CallOpts, account)
}

// ExpiringOf is a free data retrieval call binding the contract method 0x063f19c6.
//
// Solidity: function expiringOf(address account) view returns(uint64[] expiresAt, uint256[] amounts)
func (_SCoin *SCoinCaller) ExpiringOf(opts *bind.CallOpts, account common.Address) (struct {
	ExpiresAt []uint64
	Amounts   []*big.Int
}, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "expiringOf", account)

	outstruct := new(struct {
		ExpiresAt []uint64
		Amounts   []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ExpiresAt = *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	outstruct.Amounts = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// ExpiringOf is a free data retrieval call binding the contract method 0x063f19c6.
//
// Solidity: function expiringOf(address account) view returns(uint64[] expiresAt, uint256[] amounts)
func (_SCoin *SCoinSession) ExpiringOf(account common.Address) (struct {
	ExpiresAt []uint64
	Amounts   []*big.Int
}, error) {
	return _SCoin.Contract.ExpiringOf(&_SCoin.CallOpts, account)
}

// ExpiringOf is a free data retrieval call binding the contract method 0x063f19c6.
//
// Solidity: function expiringOf(address account) view returns(uint64[] expiresAt, uint256[] amounts)
func (_SCoin *SCoinCallerSession) ExpiringOf(account common.Address) (struct {
	ExpiresAt []uint64
	Amounts   []*big.Int
}, error) {
	return _SCoin.Contract.ExpiringOf(&_SCoin.CallOpts, account)
}

// Frozen is a free data retrieval call binding the contract method 0xd0516650.
//
// Solidity: function frozen(address account) view returns(bool)
func (_SCoin *SCoinCaller) Frozen(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "frozen", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Frozen is a free data retrieval call binding the contract method 0xd0516650.
//
// Solidity: function frozen(address account) view returns(bool)
func (_SCoin *SCoinSession) Frozen(account common.Address) (bool, error) {
	return _SCoin.Contract.Frozen(&_SCoin.CallOpts, account)
}

// Frozen is a free data retrieval call binding the contract method 0xd0516650.
//
// Solidity: function frozen(address account) view returns(bool)
func (_SCoin *SCoinCallerSession) Frozen(account common.Address) (bool, error) {
	return _SCoin.Contract.Frozen(&_SCoin.CallOpts, account)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SCoin *SCoinCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SCoin *SCoinSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SCoin.Contract.GetRoleAdmin(&_SCoin.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SCoin *SCoinCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SCoin.Contract.GetRoleAdmin(&_SCoin.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SCoin *SCoinCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SCoin *SCoinSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SCoin.Contract.HasRole(&_SCoin.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SCoin *SCoinCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SCoin.Contract.HasRole(&_SCoin.CallOpts, role, account)
}

// IsIssuer is a free data retrieval call binding the contract method 0x71c3f702.
//
// Solidity: function isIssuer(uint32 programId, address account) view returns(bool)
func (_SCoin *SCoinCaller) IsIssuer(opts *bind.CallOpts, programId uint32, account common.Address) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "isIssuer", programId, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsIssuer is a free data retrieval call binding the contract method 0x71c3f702.
//
// Solidity: function isIssuer(uint32 programId, address account) view returns(bool)
func (_SCoin *SCoinSession) IsIssuer(programId uint32, account common.Address) (bool, error) {
	return _SCoin.Contract.IsIssuer(&_SCoin.CallOpts, programId, account)
}

// IsIssuer is a free data retrieval call binding the contract method 0x71c3f702.
//
// Solidity: function isIssuer(uint32 programId, address account) view returns(bool)
func (_SCoin *SCoinCallerSession) IsIssuer(programId uint32, account common.Address) (bool, error) {
	return _SCoin.Contract.IsIssuer(&_SCoin.CallOpts, programId, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SCoin *SCoinCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SCoin *SCoinSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SCoin.Contract.IsTrustedForwarder(&_SCoin.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SCoin *SCoinCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SCoin.Contract.IsTrustedForwarder(&_SCoin.CallOpts, forwarder)
}

// MerchantCount is a free data retrieval call binding the contract method 0x89105185.
//
// Solidity: function merchantCount() view returns(uint256)
func (_SCoin *SCoinCaller) MerchantCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "merchantCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MerchantCount is a free data retrieval call binding the contract method 0x89105185.
//
// Solidity: function merchantCount() view returns(uint256)
func (_SCoin *SCoinSession) MerchantCount() (*big.Int, error) {
	return _SCoin.Contract.MerchantCount(&_SCoin.CallOpts)
}

// MerchantCount is a free data retrieval call binding the contract method 0x89105185.
//
// Solidity: function merchantCount() view returns(uint256)
func (_SCoin *SCoinCallerSession) MerchantCount() (*big.Int, error) {
	return _SCoin.Contract.MerchantCount(&_SCoin.CallOpts)
}

// MerchantFlags is a free data retrieval call binding the contract method 0x02ff5886.
//
// Solidity: function merchantFlags(address[] accounts) view returns(bool[] flags)
func (_SCoin *SCoinCaller) MerchantFlags(opts *bind.CallOpts, accounts []common.Address) ([]bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "merchantFlags", accounts)

	if err != nil {
		return *new([]bool), err
	}

	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)

	return out0, err

}

// MerchantFlags is a free data retrieval call binding the contract method 0x02ff5886.
//
// Solidity: function merchantFlags(address[] accounts) view returns(bool[] flags)
func (_SCoin *SCoinSession) MerchantFlags(accounts []common.Address) ([]bool, error) {
	return _SCoin.Contract.MerchantFlags(&_SCoin.CallOpts, accounts)
}

// MerchantFlags is a free data retrieval call binding the contract method 0x02ff5886.
//
// Solidity: function merchantFlags(address[] accounts) view returns(bool[] flags)
func (_SCoin *SCoinCallerSession) MerchantFlags(accounts []common.Address) ([]bool, error) {
	return _SCoin.Contract.MerchantFlags(&_SCoin.CallOpts, accounts)
}

// MerchantInfo is a free data retrieval call binding the contract method 0x08aebd9a.
//
// Solidity: function merchantInfo(address account) view returns(bool registered, bool active, string merchantName)
func (_SCoin *SCoinCaller) MerchantInfo(opts *bind.CallOpts, account common.Address) (struct {
	Registered   bool
	Active       bool
	MerchantName string
}, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "merchantInfo", account)

	outstruct := new(struct {
		Registered   bool
		Active       bool
		MerchantName string
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Registered = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Active = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.MerchantName = *abi.ConvertType(out[2], new(string)).(*string)

	return *outstruct, err

}

// MerchantInfo is a free data retrieval call binding the contract method 0x08aebd9a.
//
// Solidity: function merchantInfo(address account) view returns(bool registered, bool active, string merchantName)
func (_SCoin *SCoinSession) MerchantInfo(account common.Address) (struct {
	Registered   bool
	Active       bool
	MerchantName string
}, error) {
	return _SCoin.Contract.MerchantInfo(&_SCoin.CallOpts, account)
}

// MerchantInfo is a free data retrieval call binding the contract method 0x08aebd9a.
//
// Solidity: function merchantInfo(address account) view returns(bool registered, bool active, string merchantName)
func (_SCoin *SCoinCallerSession) MerchantInfo(account common.Address) (struct {
	Registered   bool
	Active       bool
	MerchantName string
}, error) {
	return _SCoin.Contract.MerchantInfo(&_SCoin.CallOpts, account)
}

// MerchantsPage is a free data retrieval call binding the contract method 0x88d9823b.
//
// Solidity: function merchantsPage(uint256 offset, uint256 limit) view returns(address[] page)
func (_SCoin *SCoinCaller) MerchantsPage(opts *bind.CallOpts, offset *big.Int, limit *big.Int) ([]common.Address, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "merchantsPage", offset, limit)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// MerchantsPage is a free data retrieval call binding the contract method 0x88d9823b.
//
// Solidity: function merchantsPage(uint256 offset, uint256 limit) view returns(address[] page)
func (_SCoin *SCoinSession) MerchantsPage(offset *big.Int, limit *big.Int) ([]common.Address, error) {
	return _SCoin.Contract.MerchantsPage(&_SCoin.CallOpts, offset, limit)
}

// MerchantsPage is a free data retrieval call binding the contract method 0x88d9823b.
//
// Solidity: function merchantsPage(uint256 offset, uint256 limit) view returns(address[] page)
func (_SCoin *SCoinCallerSession) MerchantsPage(offset *big.Int, limit *big.Int) ([]common.Address, error) {
	return _SCoin.Contract.MerchantsPage(&_SCoin.CallOpts, offset, limit)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_SCoin *SCoinCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_SCoin *SCoinSession) Name() (string, error) {
	return _SCoin.Contract.Name(&_SCoin.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (_SCoin *SCoinCallerSession) Name() (string, error) {
	return _SCoin.Contract.Name(&_SCoin.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_SCoin *SCoinCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_SCoin *SCoinSession) Paused() (bool, error) {
	return _SCoin.Contract.Paused(&_SCoin.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_SCoin *SCoinCallerSession) Paused() (bool, error) {
	return _SCoin.Contract.Paused(&_SCoin.CallOpts)
}

// PaymentMade is a free data retrieval call binding the contract method 0x97036c78.
//
// Solidity: function paymentMade(address citizen, string paymentReference) view returns(bool)
func (_SCoin *SCoinCaller) PaymentMade(opts *bind.CallOpts, citizen common.Address, paymentReference string) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "paymentMade", citizen, paymentReference)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// PaymentMade is a free data retrieval call binding the contract method 0x97036c78.
//
// Solidity: function paymentMade(address citizen, string paymentReference) view returns(bool)
func (_SCoin *SCoinSession) PaymentMade(citizen common.Address, paymentReference string) (bool, error) {
	return _SCoin.Contract.PaymentMade(&_SCoin.CallOpts, citizen, paymentReference)
}

// PaymentMade is a free data retrieval call binding the contract method 0x97036c78.
//
// Solidity: function paymentMade(address citizen, string paymentReference) view returns(bool)
func (_SCoin *SCoinCallerSession) PaymentMade(citizen common.Address, paymentReference string) (bool, error) {
	return _SCoin.Contract.PaymentMade(&_SCoin.CallOpts, citizen, paymentReference)
}

// PendingRecovery is a free data retrieval call binding the contract method 0xea969265.
//
// Solidity: function pendingRecovery(address from) view returns(address to, uint64 executeAfter)
func (_SCoin *SCoinCaller) PendingRecovery(opts *bind.CallOpts, from common.Address) (struct {
	To           common.Address
	ExecuteAfter uint64
}, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "pendingRecovery", from)

	outstruct := new(struct {
		To           common.Address
		ExecuteAfter uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.To = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ExecuteAfter = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// PendingRecovery is a free data retrieval call binding the contract method 0xea969265.
//
// Solidity: function pendingRecovery(address from) view returns(address to, uint64 executeAfter)
func (_SCoin *SCoinSession) PendingRecovery(from common.Address) (struct {
	To           common.Address
	ExecuteAfter uint64
}, error) {
	return _SCoin.Contract.PendingRecovery(&_SCoin.CallOpts, from)
}

// PendingRecovery is a free data retrieval call binding the contract method 0xea969265.
//
// Solidity: function pendingRecovery(address from) view returns(address to, uint64 executeAfter)
func (_SCoin *SCoinCallerSession) PendingRecovery(from common.Address) (struct {
	To           common.Address
	ExecuteAfter uint64
}, error) {
	return _SCoin.Contract.PendingRecovery(&_SCoin.CallOpts, from)
}

// ProgramCount is a free data retrieval call binding the contract method 0x9f796634.
//
// Solidity: function programCount() view returns(uint256)
func (_SCoin *SCoinCaller) ProgramCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "programCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProgramCount is a free data retrieval call binding the contract method 0x9f796634.
//
// Solidity: function programCount() view returns(uint256)
func (_SCoin *SCoinSession) ProgramCount() (*big.Int, error) {
	return _SCoin.Contract.ProgramCount(&_SCoin.CallOpts)
}

// ProgramCount is a free data retrieval call binding the contract method 0x9f796634.
//
// Solidity: function programCount() view returns(uint256)
func (_SCoin *SCoinCallerSession) ProgramCount() (*big.Int, error) {
	return _SCoin.Contract.ProgramCount(&_SCoin.CallOpts)
}

// ProgramInfo is a free data retrieval call binding the contract method 0xa6647683.
//
// Solidity: function programInfo(uint32 programId) view returns(string programName, uint256 remainingBudget, uint256 issued, bool active, address[] issuers)
func (_SCoin *SCoinCaller) ProgramInfo(opts *bind.CallOpts, programId uint32) (struct {
	ProgramName     string
	RemainingBudget *big.Int
	Issued          *big.Int
	Active          bool
	Issuers         []common.Address
}, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "programInfo", programId)

	outstruct := new(struct {
		ProgramName     string
		RemainingBudget *big.Int
		Issued          *big.Int
		Active          bool
		Issuers         []common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ProgramName = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.RemainingBudget = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Issued = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.Active = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Issuers = *abi.ConvertType(out[4], new([]common.Address)).(*[]common.Address)

	return *outstruct, err

}

// ProgramInfo is a free data retrieval call binding the contract method 0xa6647683.
//
// Solidity: function programInfo(uint32 programId) view returns(string programName, uint256 remainingBudget, uint256 issued, bool active, address[] issuers)
func (_SCoin *SCoinSession) ProgramInfo(programId uint32) (struct {
	ProgramName     string
	RemainingBudget *big.Int
	Issued          *big.Int
	Active          bool
	Issuers         []common.Address
}, error) {
	return _SCoin.Contract.ProgramInfo(&_SCoin.CallOpts, programId)
}

// ProgramInfo is a free data retrieval call binding the contract method 0xa6647683.
//
// Solidity: function programInfo(uint32 programId) view returns(string programName, uint256 remainingBudget, uint256 issued, bool active, address[] issuers)
func (_SCoin *SCoinCallerSession) ProgramInfo(programId uint32) (struct {
	ProgramName     string
	RemainingBudget *big.Int
	Issued          *big.Int
	Active          bool
	Issuers         []common.Address
}, error) {
	return _SCoin.Contract.ProgramInfo(&_SCoin.CallOpts, programId)
}

// RecordCredited is a free data retrieval call binding the contract method 0x047758ed.
//
// Solidity: function recordCredited(uint32 programId, address issuer, uint64 recordId) view returns(bool)
func (_SCoin *SCoinCaller) RecordCredited(opts *bind.CallOpts, programId uint32, issuer common.Address, recordId uint64) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "recordCredited", programId, issuer, recordId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// RecordCredited is a free data retrieval call binding the contract method 0x047758ed.
//
// Solidity: function recordCredited(uint32 programId, address issuer, uint64 recordId) view returns(bool)
func (_SCoin *SCoinSession) RecordCredited(programId uint32, issuer common.Address, recordId uint64) (bool, error) {
	return _SCoin.Contract.RecordCredited(&_SCoin.CallOpts, programId, issuer, recordId)
}

// RecordCredited is a free data retrieval call binding the contract method 0x047758ed.
//
// Solidity: function recordCredited(uint32 programId, address issuer, uint64 recordId) view returns(bool)
func (_SCoin *SCoinCallerSession) RecordCredited(programId uint32, issuer common.Address, recordId uint64) (bool, error) {
	return _SCoin.Contract.RecordCredited(&_SCoin.CallOpts, programId, issuer, recordId)
}

// RecoveryDelay is a free data retrieval call binding the contract method 0x3758ca7a.
//
// Solidity: function recoveryDelay() view returns(uint64)
func (_SCoin *SCoinCaller) RecoveryDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "recoveryDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RecoveryDelay is a free data retrieval call binding the contract method 0x3758ca7a.
//
// Solidity: function recoveryDelay() view returns(uint64)
func (_SCoin *SCoinSession) RecoveryDelay() (uint64, error) {
	return _SCoin.Contract.RecoveryDelay(&_SCoin.CallOpts)
}

// RecoveryDelay is a free data retrieval call binding the contract method 0x3758ca7a.
//
// Solidity: function recoveryDelay() view returns(uint64)
func (_SCoin *SCoinCallerSession) RecoveryDelay() (uint64, error) {
	return _SCoin.Contract.RecoveryDelay(&_SCoin.CallOpts)
}

// SettlementRedeemed is a free data retrieval call binding the contract method 0x30e73fdd.
//
// Solidity: function settlementRedeemed(address merchant, string settlementReference) view returns(bool)
func (_SCoin *SCoinCaller) SettlementRedeemed(opts *bind.CallOpts, merchant common.Address, settlementReference string) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "settlementRedeemed", merchant, settlementReference)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SettlementRedeemed is a free data retrieval call binding the contract method 0x30e73fdd.
//
// Solidity: function settlementRedeemed(address merchant, string settlementReference) view returns(bool)
func (_SCoin *SCoinSession) SettlementRedeemed(merchant common.Address, settlementReference string) (bool, error) {
	return _SCoin.Contract.SettlementRedeemed(&_SCoin.CallOpts, merchant, settlementReference)
}

// SettlementRedeemed is a free data retrieval call binding the contract method 0x30e73fdd.
//
// Solidity: function settlementRedeemed(address merchant, string settlementReference) view returns(bool)
func (_SCoin *SCoinCallerSession) SettlementRedeemed(merchant common.Address, settlementReference string) (bool, error) {
	return _SCoin.Contract.SettlementRedeemed(&_SCoin.CallOpts, merchant, settlementReference)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SCoin *SCoinCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SCoin *SCoinSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SCoin.Contract.SupportsInterface(&_SCoin.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SCoin *SCoinCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SCoin.Contract.SupportsInterface(&_SCoin.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_SCoin *SCoinCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_SCoin *SCoinSession) Symbol() (string, error) {
	return _SCoin.Contract.Symbol(&_SCoin.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() pure returns(string)
func (_SCoin *SCoinCallerSession) Symbol() (string, error) {
	return _SCoin.Contract.Symbol(&_SCoin.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_SCoin *SCoinCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_SCoin *SCoinSession) TotalSupply() (*big.Int, error) {
	return _SCoin.Contract.TotalSupply(&_SCoin.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_SCoin *SCoinCallerSession) TotalSupply() (*big.Int, error) {
	return _SCoin.Contract.TotalSupply(&_SCoin.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SCoin *SCoinCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SCoin *SCoinSession) TrustedForwarder() (common.Address, error) {
	return _SCoin.Contract.TrustedForwarder(&_SCoin.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SCoin *SCoinCallerSession) TrustedForwarder() (common.Address, error) {
	return _SCoin.Contract.TrustedForwarder(&_SCoin.CallOpts)
}

// AddMerchant is a paid mutator transaction binding the contract method 0x613416ac.
//
// Solidity: function addMerchant(address merchant, string merchantName) returns()
func (_SCoin *SCoinTransactor) AddMerchant(opts *bind.TransactOpts, merchant common.Address, merchantName string) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "addMerchant", merchant, merchantName)
}

// AddMerchant is a paid mutator transaction binding the contract method 0x613416ac.
//
// Solidity: function addMerchant(address merchant, string merchantName) returns()
func (_SCoin *SCoinSession) AddMerchant(merchant common.Address, merchantName string) (*types.Transaction, error) {
	return _SCoin.Contract.AddMerchant(&_SCoin.TransactOpts, merchant, merchantName)
}

// AddMerchant is a paid mutator transaction binding the contract method 0x613416ac.
//
// Solidity: function addMerchant(address merchant, string merchantName) returns()
func (_SCoin *SCoinTransactorSession) AddMerchant(merchant common.Address, merchantName string) (*types.Transaction, error) {
	return _SCoin.Contract.AddMerchant(&_SCoin.TransactOpts, merchant, merchantName)
}

// AddProgram is a paid mutator transaction binding the contract method 0x58cafc63.
//
// Solidity: function addProgram(string programName, uint256 budget, address[] issuers) returns(uint32 programId)
func (_SCoin *SCoinTransactor) AddProgram(opts *bind.TransactOpts, programName string, budget *big.Int, issuers []common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "addProgram", programName, budget, issuers)
}

// AddProgram is a paid mutator transaction binding the contract method 0x58cafc63.
//
// Solidity: function addProgram(string programName, uint256 budget, address[] issuers) returns(uint32 programId)
func (_SCoin *SCoinSession) AddProgram(programName string, budget *big.Int, issuers []common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.AddProgram(&_SCoin.TransactOpts, programName, budget, issuers)
}

// AddProgram is a paid mutator transaction binding the contract method 0x58cafc63.
//
// Solidity: function addProgram(string programName, uint256 budget, address[] issuers) returns(uint32 programId)
func (_SCoin *SCoinTransactorSession) AddProgram(programName string, budget *big.Int, issuers []common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.AddProgram(&_SCoin.TransactOpts, programName, budget, issuers)
}

// CancelRecovery is a paid mutator transaction binding the contract method 0xc90db447.
//
// Solidity: function cancelRecovery(address from) returns()
func (_SCoin *SCoinTransactor) CancelRecovery(opts *bind.TransactOpts, from common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "cancelRecovery", from)
}

// CancelRecovery is a paid mutator transaction binding the contract method 0xc90db447.
//
// Solidity: function cancelRecovery(address from) returns()
func (_SCoin *SCoinSession) CancelRecovery(from common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.CancelRecovery(&_SCoin.TransactOpts, from)
}

// CancelRecovery is a paid mutator transaction binding the contract method 0xc90db447.
//
// Solidity: function cancelRecovery(address from) returns()
func (_SCoin *SCoinTransactorSession) CancelRecovery(from common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.CancelRecovery(&_SCoin.TransactOpts, from)
}

// Credit is a paid mutator transaction binding the contract method 0xf53bcfd6.
//
// Solidity: function credit(uint32 programId, address citizen, uint256 amount, uint64 recordId) returns()
func (_SCoin *SCoinTransactor) Credit(opts *bind.TransactOpts, programId uint32, citizen common.Address, amount *big.Int, recordId uint64) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "credit", programId, citizen, amount, recordId)
}

// Credit is a paid mutator transaction binding the contract method 0xf53bcfd6.
//
// Solidity: function credit(uint32 programId, address citizen, uint256 amount, uint64 recordId) returns()
func (_SCoin *SCoinSession) Credit(programId uint32, citizen common.Address, amount *big.Int, recordId uint64) (*types.Transaction, error) {
	return _SCoin.Contract.Credit(&_SCoin.TransactOpts, programId, citizen, amount, recordId)
}

// Credit is a paid mutator transaction binding the contract method 0xf53bcfd6.
//
// Solidity: function credit(uint32 programId, address citizen, uint256 amount, uint64 recordId) returns()
func (_SCoin *SCoinTransactorSession) Credit(programId uint32, citizen common.Address, amount *big.Int, recordId uint64) (*types.Transaction, error) {
	return _SCoin.Contract.Credit(&_SCoin.TransactOpts, programId, citizen, amount, recordId)
}

// CreditBatch is a paid mutator transaction binding the contract method 0xace2e76e.
//
// Solidity: function creditBatch(uint32 programId, (address,uint64,uint256)[] credits) returns(uint256 credited, uint256 skipped)
func (_SCoin *SCoinTransactor) CreditBatch(opts *bind.TransactOpts, programId uint32, credits []SCoinCredit) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "creditBatch", programId, credits)
}

// CreditBatch is a paid mutator transaction binding the contract method 0xace2e76e.
//
// Solidity: function creditBatch(uint32 programId, (address,uint64,uint256)[] credits) returns(uint256 credited, uint256 skipped)
func (_SCoin *SCoinSession) CreditBatch(programId uint32, credits []SCoinCredit) (*types.Transaction, error) {
	return _SCoin.Contract.CreditBatch(&_SCoin.TransactOpts, programId, credits)
}

// CreditBatch is a paid mutator transaction binding the contract method 0xace2e76e.
//
// Solidity: function creditBatch(uint32 programId, (address,uint64,uint256)[] credits) returns(uint256 credited, uint256 skipped)
func (_SCoin *SCoinTransactorSession) CreditBatch(programId uint32, credits []SCoinCredit) (*types.Transaction, error) {
	return _SCoin.Contract.CreditBatch(&_SCoin.TransactOpts, programId, credits)
}

// ExecuteRecovery is a paid mutator transaction binding the contract method 0x3bc2c4a7.
//
// Solidity: function executeRecovery(address from) returns()
func (_SCoin *SCoinTransactor) ExecuteRecovery(opts *bind.TransactOpts, from common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "executeRecovery", from)
}

// ExecuteRecovery is a paid mutator transaction binding the contract method 0x3bc2c4a7.
//
// Solidity: function executeRecovery(address from) returns()
func (_SCoin *SCoinSession) ExecuteRecovery(from common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.ExecuteRecovery(&_SCoin.TransactOpts, from)
}

// ExecuteRecovery is a paid mutator transaction binding the contract method 0x3bc2c4a7.
//
// Solidity: function executeRecovery(address from) returns()
func (_SCoin *SCoinTransactorSession) ExecuteRecovery(from common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.ExecuteRecovery(&_SCoin.TransactOpts, from)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SCoin *SCoinTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SCoin *SCoinSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.GrantRole(&_SCoin.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SCoin *SCoinTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.GrantRole(&_SCoin.TransactOpts, role, account)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_SCoin *SCoinTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_SCoin *SCoinSession) Pause() (*types.Transaction, error) {
	return _SCoin.Contract.Pause(&_SCoin.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_SCoin *SCoinTransactorSession) Pause() (*types.Transaction, error) {
	return _SCoin.Contract.Pause(&_SCoin.TransactOpts)
}

// Pay is a paid mutator transaction binding the contract method 0x4a4bdb30.
//
// Solidity: function pay(address merchant, uint256 amount, string paymentReference) returns()
func (_SCoin *SCoinTransactor) Pay(opts *bind.TransactOpts, merchant common.Address, amount *big.Int, paymentReference string) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "pay", merchant, amount, paymentReference)
}

// Pay is a paid mutator transaction binding the contract method 0x4a4bdb30.
//
// Solidity: function pay(address merchant, uint256 amount, string paymentReference) returns()
func (_SCoin *SCoinSession) Pay(merchant common.Address, amount *big.Int, paymentReference string) (*types.Transaction, error) {
	return _SCoin.Contract.Pay(&_SCoin.TransactOpts, merchant, amount, paymentReference)
}

// Pay is a paid mutator transaction binding the contract method 0x4a4bdb30.
//
// Solidity: function pay(address merchant, uint256 amount, string paymentReference) returns()
func (_SCoin *SCoinTransactorSession) Pay(merchant common.Address, amount *big.Int, paymentReference string) (*types.Transaction, error) {
	return _SCoin.Contract.Pay(&_SCoin.TransactOpts, merchant, amount, paymentReference)
}

// Redeem is a paid mutator transaction binding the contract method 0x24b76fd5.
//
// Solidity: function redeem(uint256 amount, string settlementReference) returns()
func (_SCoin *SCoinTransactor) Redeem(opts *bind.TransactOpts, amount *big.Int, settlementReference string) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "redeem", amount, settlementReference)
}

// Redeem is a paid mutator transaction binding the contract method 0x24b76fd5.
//
// Solidity: function redeem(uint256 amount, string settlementReference) returns()
func (_SCoin *SCoinSession) Redeem(amount *big.Int, settlementReference string) (*types.Transaction, error) {
	return _SCoin.Contract.Redeem(&_SCoin.TransactOpts, amount, settlementReference)
}

// Redeem is a paid mutator transaction binding the contract method 0x24b76fd5.
//
// Solidity: function redeem(uint256 amount, string settlementReference) returns()
func (_SCoin *SCoinTransactorSession) Redeem(amount *big.Int, settlementReference string) (*types.Transaction, error) {
	return _SCoin.Contract.Redeem(&_SCoin.TransactOpts, amount, settlementReference)
}

// RemoveMerchant is a paid mutator transaction binding the contract method 0x133adab6.
//
// Solidity: function removeMerchant(address merchant) returns()
func (_SCoin *SCoinTransactor) RemoveMerchant(opts *bind.TransactOpts, merchant common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "removeMerchant", merchant)
}

// RemoveMerchant is a paid mutator transaction binding the contract method 0x133adab6.
//
// Solidity: function removeMerchant(address merchant) returns()
func (_SCoin *SCoinSession) RemoveMerchant(merchant common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RemoveMerchant(&_SCoin.TransactOpts, merchant)
}

// RemoveMerchant is a paid mutator transaction binding the contract method 0x133adab6.
//
// Solidity: function removeMerchant(address merchant) returns()
func (_SCoin *SCoinTransactorSession) RemoveMerchant(merchant common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RemoveMerchant(&_SCoin.TransactOpts, merchant)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SCoin *SCoinTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SCoin *SCoinSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RenounceRole(&_SCoin.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SCoin *SCoinTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RenounceRole(&_SCoin.TransactOpts, role, callerConfirmation)
}

// RequestRecovery is a paid mutator transaction binding the contract method 0x36bacd73.
//
// Solidity: function requestRecovery(address from, address to) returns()
func (_SCoin *SCoinTransactor) RequestRecovery(opts *bind.TransactOpts, from common.Address, to common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "requestRecovery", from, to)
}

// RequestRecovery is a paid mutator transaction binding the contract method 0x36bacd73.
//
// Solidity: function requestRecovery(address from, address to) returns()
func (_SCoin *SCoinSession) RequestRecovery(from common.Address, to common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RequestRecovery(&_SCoin.TransactOpts, from, to)
}

// RequestRecovery is a paid mutator transaction binding the contract method 0x36bacd73.
//
// Solidity: function requestRecovery(address from, address to) returns()
func (_SCoin *SCoinTransactorSession) RequestRecovery(from common.Address, to common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RequestRecovery(&_SCoin.TransactOpts, from, to)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SCoin *SCoinTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SCoin *SCoinSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RevokeRole(&_SCoin.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SCoin *SCoinTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.RevokeRole(&_SCoin.TransactOpts, role, account)
}

// SetRecoveryDelay is a paid mutator transaction binding the contract method 0xc839b56c.
//
// Solidity: function setRecoveryDelay(uint64 delay) returns()
func (_SCoin *SCoinTransactor) SetRecoveryDelay(opts *bind.TransactOpts, delay uint64) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "setRecoveryDelay", delay)
}

// SetRecoveryDelay is a paid mutator transaction binding the contract method 0xc839b56c.
//
// Solidity: function setRecoveryDelay(uint64 delay) returns()
func (_SCoin *SCoinSession) SetRecoveryDelay(delay uint64) (*types.Transaction, error) {
	return _SCoin.Contract.SetRecoveryDelay(&_SCoin.TransactOpts, delay)
}

// SetRecoveryDelay is a paid mutator transaction binding the contract method 0xc839b56c.
//
// Solidity: function setRecoveryDelay(uint64 delay) returns()
func (_SCoin *SCoinTransactorSession) SetRecoveryDelay(delay uint64) (*types.Transaction, error) {
	return _SCoin.Contract.SetRecoveryDelay(&_SCoin.TransactOpts, delay)
}

// Sweep is a paid mutator transaction binding the contract method 0x780469bb.
//
// Solidity: function sweep(address[] accounts) returns()
func (_SCoin *SCoinTransactor) Sweep(opts *bind.TransactOpts, accounts []common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "sweep", accounts)
}

// Sweep is a paid mutator transaction binding the contract method 0x780469bb.
//
// Solidity: function sweep(address[] accounts) returns()
func (_SCoin *SCoinSession) Sweep(accounts []common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.Sweep(&_SCoin.TransactOpts, accounts)
}

// Sweep is a paid mutator transaction binding the contract method 0x780469bb.
//
// Solidity: function sweep(address[] accounts) returns()
func (_SCoin *SCoinTransactorSession) Sweep(accounts []common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.Sweep(&_SCoin.TransactOpts, accounts)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_SCoin *SCoinTransactor) Transfer(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "transfer", to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_SCoin *SCoinSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SCoin.Contract.Transfer(&_SCoin.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_SCoin *SCoinTransactorSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SCoin.Contract.Transfer(&_SCoin.TransactOpts, to, amount)
}

// Unfreeze is a paid mutator transaction binding the contract method 0x45c8b1a6.
//
// Solidity: function unfreeze(address account) returns()
func (_SCoin *SCoinTransactor) Unfreeze(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "unfreeze", account)
}

// Unfreeze is a paid mutator transaction binding the contract method 0x45c8b1a6.
//
// Solidity: function unfreeze(address account) returns()
func (_SCoin *SCoinSession) Unfreeze(account common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.Unfreeze(&_SCoin.TransactOpts, account)
}

// Unfreeze is a paid mutator transaction binding the contract method 0x45c8b1a6.
//
// Solidity: function unfreeze(address account) returns()
func (_SCoin *SCoinTransactorSession) Unfreeze(account common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.Unfreeze(&_SCoin.TransactOpts, account)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_SCoin *SCoinTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_SCoin *SCoinSession) Unpause() (*types.Transaction, error) {
	return _SCoin.Contract.Unpause(&_SCoin.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_SCoin *SCoinTransactorSession) Unpause() (*types.Transaction, error) {
	return _SCoin.Contract.Unpause(&_SCoin.TransactOpts)
}

// UpdateProgram is a paid mutator transaction binding the contract method 0x3e0fe01e.
//
// Solidity: function updateProgram(uint32 programId, string programName, bool active, uint256 expectedBudget, uint256 newBudget, address[] addIssuers, address[] removeIssuers) returns()
func (_SCoin *SCoinTransactor) UpdateProgram(opts *bind.TransactOpts, programId uint32, programName string, active bool, expectedBudget *big.Int, newBudget *big.Int, addIssuers []common.Address, removeIssuers []common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "updateProgram", programId, programName, active, expectedBudget, newBudget, addIssuers, removeIssuers)
}

// UpdateProgram is a paid mutator transaction binding the contract method 0x3e0fe01e.
//
// Solidity: function updateProgram(uint32 programId, string programName, bool active, uint256 expectedBudget, uint256 newBudget, address[] addIssuers, address[] removeIssuers) returns()
func (_SCoin *SCoinSession) UpdateProgram(programId uint32, programName string, active bool, expectedBudget *big.Int, newBudget *big.Int, addIssuers []common.Address, removeIssuers []common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.UpdateProgram(&_SCoin.TransactOpts, programId, programName, active, expectedBudget, newBudget, addIssuers, removeIssuers)
}

// UpdateProgram is a paid mutator transaction binding the contract method 0x3e0fe01e.
//
// Solidity: function updateProgram(uint32 programId, string programName, bool active, uint256 expectedBudget, uint256 newBudget, address[] addIssuers, address[] removeIssuers) returns()
func (_SCoin *SCoinTransactorSession) UpdateProgram(programId uint32, programName string, active bool, expectedBudget *big.Int, newBudget *big.Int, addIssuers []common.Address, removeIssuers []common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.UpdateProgram(&_SCoin.TransactOpts, programId, programName, active, expectedBudget, newBudget, addIssuers, removeIssuers)
}

// SCoinAccountFrozenIterator is returned from FilterAccountFrozen and is used to iterate over the raw logs and unpacked data for AccountFrozen events raised by the SCoin contract.
type SCoinAccountFrozenIterator struct {
	Event *SCoinAccountFrozen // Event containing the contract specifics and raw log

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
func (it *SCoinAccountFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinAccountFrozen)
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
		it.Event = new(SCoinAccountFrozen)
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
func (it *SCoinAccountFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinAccountFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinAccountFrozen represents a AccountFrozen event raised by the SCoin contract.
type SCoinAccountFrozen struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterAccountFrozen is a free log retrieval operation binding the contract event 0x4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d.
//
// Solidity: event AccountFrozen(address indexed account)
func (_SCoin *SCoinFilterer) FilterAccountFrozen(opts *bind.FilterOpts, account []common.Address) (*SCoinAccountFrozenIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "AccountFrozen", accountRule)
	if err != nil {
		return nil, err
	}
	return &SCoinAccountFrozenIterator{contract: _SCoin.contract, event: "AccountFrozen", logs: logs, sub: sub}, nil
}

// WatchAccountFrozen is a free log subscription operation binding the contract event 0x4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d.
//
// Solidity: event AccountFrozen(address indexed account)
func (_SCoin *SCoinFilterer) WatchAccountFrozen(opts *bind.WatchOpts, sink chan<- *SCoinAccountFrozen, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "AccountFrozen", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinAccountFrozen)
				if err := _SCoin.contract.UnpackLog(event, "AccountFrozen", log); err != nil {
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

// ParseAccountFrozen is a log parse operation binding the contract event 0x4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d.
//
// Solidity: event AccountFrozen(address indexed account)
func (_SCoin *SCoinFilterer) ParseAccountFrozen(log types.Log) (*SCoinAccountFrozen, error) {
	event := new(SCoinAccountFrozen)
	if err := _SCoin.contract.UnpackLog(event, "AccountFrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinAccountUnfrozenIterator is returned from FilterAccountUnfrozen and is used to iterate over the raw logs and unpacked data for AccountUnfrozen events raised by the SCoin contract.
type SCoinAccountUnfrozenIterator struct {
	Event *SCoinAccountUnfrozen // Event containing the contract specifics and raw log

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
func (it *SCoinAccountUnfrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinAccountUnfrozen)
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
		it.Event = new(SCoinAccountUnfrozen)
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
func (it *SCoinAccountUnfrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinAccountUnfrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinAccountUnfrozen represents a AccountUnfrozen event raised by the SCoin contract.
type SCoinAccountUnfrozen struct {
	Account common.Address
	By      common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterAccountUnfrozen is a free log retrieval operation binding the contract event 0xe19c610e04dba2019efcfb0f9455fad3af646853bb02abad2a452db1fd47c327.
//
// Solidity: event AccountUnfrozen(address indexed account, address by)
func (_SCoin *SCoinFilterer) FilterAccountUnfrozen(opts *bind.FilterOpts, account []common.Address) (*SCoinAccountUnfrozenIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "AccountUnfrozen", accountRule)
	if err != nil {
		return nil, err
	}
	return &SCoinAccountUnfrozenIterator{contract: _SCoin.contract, event: "AccountUnfrozen", logs: logs, sub: sub}, nil
}

// WatchAccountUnfrozen is a free log subscription operation binding the contract event 0xe19c610e04dba2019efcfb0f9455fad3af646853bb02abad2a452db1fd47c327.
//
// Solidity: event AccountUnfrozen(address indexed account, address by)
func (_SCoin *SCoinFilterer) WatchAccountUnfrozen(opts *bind.WatchOpts, sink chan<- *SCoinAccountUnfrozen, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "AccountUnfrozen", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinAccountUnfrozen)
				if err := _SCoin.contract.UnpackLog(event, "AccountUnfrozen", log); err != nil {
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

// ParseAccountUnfrozen is a log parse operation binding the contract event 0xe19c610e04dba2019efcfb0f9455fad3af646853bb02abad2a452db1fd47c327.
//
// Solidity: event AccountUnfrozen(address indexed account, address by)
func (_SCoin *SCoinFilterer) ParseAccountUnfrozen(log types.Log) (*SCoinAccountUnfrozen, error) {
	event := new(SCoinAccountUnfrozen)
	if err := _SCoin.contract.UnpackLog(event, "AccountUnfrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinCreditSkippedIterator is returned from FilterCreditSkipped and is used to iterate over the raw logs and unpacked data for CreditSkipped events raised by the SCoin contract.
type SCoinCreditSkippedIterator struct {
	Event *SCoinCreditSkipped // Event containing the contract specifics and raw log

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
func (it *SCoinCreditSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinCreditSkipped)
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
		it.Event = new(SCoinCreditSkipped)
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
func (it *SCoinCreditSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinCreditSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinCreditSkipped represents a CreditSkipped event raised by the SCoin contract.
type SCoinCreditSkipped struct {
	ProgramId uint32
	Issuer    common.Address
	RecordId  uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCreditSkipped is a free log retrieval operation binding the contract event 0x1a6c3a04c79e981f1c53dcb74e3384550dda4ee996ec4dacdfdb289f6fd5bc05.
//
// Solidity: event CreditSkipped(uint32 indexed programId, address indexed issuer, uint64 recordId)
func (_SCoin *SCoinFilterer) FilterCreditSkipped(opts *bind.FilterOpts, programId []uint32, issuer []common.Address) (*SCoinCreditSkippedIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "CreditSkipped", programIdRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return &SCoinCreditSkippedIterator{contract: _SCoin.contract, event: "CreditSkipped", logs: logs, sub: sub}, nil
}

// WatchCreditSkipped is a free log subscription operation binding the contract event 0x1a6c3a04c79e981f1c53dcb74e3384550dda4ee996ec4dacdfdb289f6fd5bc05.
//
// Solidity: event CreditSkipped(uint32 indexed programId, address indexed issuer, uint64 recordId)
func (_SCoin *SCoinFilterer) WatchCreditSkipped(opts *bind.WatchOpts, sink chan<- *SCoinCreditSkipped, programId []uint32, issuer []common.Address) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "CreditSkipped", programIdRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinCreditSkipped)
				if err := _SCoin.contract.UnpackLog(event, "CreditSkipped", log); err != nil {
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

// ParseCreditSkipped is a log parse operation binding the contract event 0x1a6c3a04c79e981f1c53dcb74e3384550dda4ee996ec4dacdfdb289f6fd5bc05.
//
// Solidity: event CreditSkipped(uint32 indexed programId, address indexed issuer, uint64 recordId)
func (_SCoin *SCoinFilterer) ParseCreditSkipped(log types.Log) (*SCoinCreditSkipped, error) {
	event := new(SCoinCreditSkipped)
	if err := _SCoin.contract.UnpackLog(event, "CreditSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinCreditedIterator is returned from FilterCredited and is used to iterate over the raw logs and unpacked data for Credited events raised by the SCoin contract.
type SCoinCreditedIterator struct {
	Event *SCoinCredited // Event containing the contract specifics and raw log

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
func (it *SCoinCreditedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinCredited)
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
		it.Event = new(SCoinCredited)
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
func (it *SCoinCreditedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinCreditedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinCredited represents a Credited event raised by the SCoin contract.
type SCoinCredited struct {
	ProgramId uint32
	Citizen   common.Address
	Issuer    common.Address
	RecordId  uint64
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCredited is a free log retrieval operation binding the contract event 0xd2260f64335f732d015aebf96fb0d2e4a64bb4e0b61ff36d3c3c80773b8d62e3.
//
// Solidity: event Credited(uint32 indexed programId, address indexed citizen, address indexed issuer, uint64 recordId, uint256 amount)
func (_SCoin *SCoinFilterer) FilterCredited(opts *bind.FilterOpts, programId []uint32, citizen []common.Address, issuer []common.Address) (*SCoinCreditedIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Credited", programIdRule, citizenRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return &SCoinCreditedIterator{contract: _SCoin.contract, event: "Credited", logs: logs, sub: sub}, nil
}

// WatchCredited is a free log subscription operation binding the contract event 0xd2260f64335f732d015aebf96fb0d2e4a64bb4e0b61ff36d3c3c80773b8d62e3.
//
// Solidity: event Credited(uint32 indexed programId, address indexed citizen, address indexed issuer, uint64 recordId, uint256 amount)
func (_SCoin *SCoinFilterer) WatchCredited(opts *bind.WatchOpts, sink chan<- *SCoinCredited, programId []uint32, citizen []common.Address, issuer []common.Address) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}
	var issuerRule []interface{}
	for _, issuerItem := range issuer {
		issuerRule = append(issuerRule, issuerItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Credited", programIdRule, citizenRule, issuerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinCredited)
				if err := _SCoin.contract.UnpackLog(event, "Credited", log); err != nil {
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

// ParseCredited is a log parse operation binding the contract event 0xd2260f64335f732d015aebf96fb0d2e4a64bb4e0b61ff36d3c3c80773b8d62e3.
//
// Solidity: event Credited(uint32 indexed programId, address indexed citizen, address indexed issuer, uint64 recordId, uint256 amount)
func (_SCoin *SCoinFilterer) ParseCredited(log types.Log) (*SCoinCredited, error) {
	event := new(SCoinCredited)
	if err := _SCoin.contract.UnpackLog(event, "Credited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinExpiredIterator is returned from FilterExpired and is used to iterate over the raw logs and unpacked data for Expired events raised by the SCoin contract.
type SCoinExpiredIterator struct {
	Event *SCoinExpired // Event containing the contract specifics and raw log

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
func (it *SCoinExpiredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinExpired)
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
		it.Event = new(SCoinExpired)
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
func (it *SCoinExpiredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinExpiredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinExpired represents a Expired event raised by the SCoin contract.
type SCoinExpired struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterExpired is a free log retrieval operation binding the contract event 0x751a0eb66c3cc9aa48957d09bd3cc81db888f5bcac6689def5fb9e18ec3cf201.
//
// Solidity: event Expired(address indexed account, uint256 amount)
func (_SCoin *SCoinFilterer) FilterExpired(opts *bind.FilterOpts, account []common.Address) (*SCoinExpiredIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Expired", accountRule)
	if err != nil {
		return nil, err
	}
	return &SCoinExpiredIterator{contract: _SCoin.contract, event: "Expired", logs: logs, sub: sub}, nil
}

// WatchExpired is a free log subscription operation binding the contract event 0x751a0eb66c3cc9aa48957d09bd3cc81db888f5bcac6689def5fb9e18ec3cf201.
//
// Solidity: event Expired(address indexed account, uint256 amount)
func (_SCoin *SCoinFilterer) WatchExpired(opts *bind.WatchOpts, sink chan<- *SCoinExpired, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Expired", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinExpired)
				if err := _SCoin.contract.UnpackLog(event, "Expired", log); err != nil {
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

// ParseExpired is a log parse operation binding the contract event 0x751a0eb66c3cc9aa48957d09bd3cc81db888f5bcac6689def5fb9e18ec3cf201.
//
// Solidity: event Expired(address indexed account, uint256 amount)
func (_SCoin *SCoinFilterer) ParseExpired(log types.Log) (*SCoinExpired, error) {
	event := new(SCoinExpired)
	if err := _SCoin.contract.UnpackLog(event, "Expired", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinMerchantAddedIterator is returned from FilterMerchantAdded and is used to iterate over the raw logs and unpacked data for MerchantAdded events raised by the SCoin contract.
type SCoinMerchantAddedIterator struct {
	Event *SCoinMerchantAdded // Event containing the contract specifics and raw log

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
func (it *SCoinMerchantAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinMerchantAdded)
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
		it.Event = new(SCoinMerchantAdded)
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
func (it *SCoinMerchantAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinMerchantAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinMerchantAdded represents a MerchantAdded event raised by the SCoin contract.
type SCoinMerchantAdded struct {
	Merchant common.Address
	Name     string
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMerchantAdded is a free log retrieval operation binding the contract event 0xa7bec489aca0191976fa999eaef5a887facc0ee986ef77a44cce3f1b7a4c50ad.
//
// Solidity: event MerchantAdded(address indexed merchant, string name)
func (_SCoin *SCoinFilterer) FilterMerchantAdded(opts *bind.FilterOpts, merchant []common.Address) (*SCoinMerchantAddedIterator, error) {

	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "MerchantAdded", merchantRule)
	if err != nil {
		return nil, err
	}
	return &SCoinMerchantAddedIterator{contract: _SCoin.contract, event: "MerchantAdded", logs: logs, sub: sub}, nil
}

// WatchMerchantAdded is a free log subscription operation binding the contract event 0xa7bec489aca0191976fa999eaef5a887facc0ee986ef77a44cce3f1b7a4c50ad.
//
// Solidity: event MerchantAdded(address indexed merchant, string name)
func (_SCoin *SCoinFilterer) WatchMerchantAdded(opts *bind.WatchOpts, sink chan<- *SCoinMerchantAdded, merchant []common.Address) (event.Subscription, error) {

	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "MerchantAdded", merchantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinMerchantAdded)
				if err := _SCoin.contract.UnpackLog(event, "MerchantAdded", log); err != nil {
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

// ParseMerchantAdded is a log parse operation binding the contract event 0xa7bec489aca0191976fa999eaef5a887facc0ee986ef77a44cce3f1b7a4c50ad.
//
// Solidity: event MerchantAdded(address indexed merchant, string name)
func (_SCoin *SCoinFilterer) ParseMerchantAdded(log types.Log) (*SCoinMerchantAdded, error) {
	event := new(SCoinMerchantAdded)
	if err := _SCoin.contract.UnpackLog(event, "MerchantAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinMerchantRemovedIterator is returned from FilterMerchantRemoved and is used to iterate over the raw logs and unpacked data for MerchantRemoved events raised by the SCoin contract.
type SCoinMerchantRemovedIterator struct {
	Event *SCoinMerchantRemoved // Event containing the contract specifics and raw log

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
func (it *SCoinMerchantRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinMerchantRemoved)
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
		it.Event = new(SCoinMerchantRemoved)
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
func (it *SCoinMerchantRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinMerchantRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinMerchantRemoved represents a MerchantRemoved event raised by the SCoin contract.
type SCoinMerchantRemoved struct {
	Merchant common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMerchantRemoved is a free log retrieval operation binding the contract event 0xae4bdf5adabafca6721399496d24fe50fb6564effcb386fbae92de33540763bc.
//
// Solidity: event MerchantRemoved(address indexed merchant)
func (_SCoin *SCoinFilterer) FilterMerchantRemoved(opts *bind.FilterOpts, merchant []common.Address) (*SCoinMerchantRemovedIterator, error) {

	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "MerchantRemoved", merchantRule)
	if err != nil {
		return nil, err
	}
	return &SCoinMerchantRemovedIterator{contract: _SCoin.contract, event: "MerchantRemoved", logs: logs, sub: sub}, nil
}

// WatchMerchantRemoved is a free log subscription operation binding the contract event 0xae4bdf5adabafca6721399496d24fe50fb6564effcb386fbae92de33540763bc.
//
// Solidity: event MerchantRemoved(address indexed merchant)
func (_SCoin *SCoinFilterer) WatchMerchantRemoved(opts *bind.WatchOpts, sink chan<- *SCoinMerchantRemoved, merchant []common.Address) (event.Subscription, error) {

	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "MerchantRemoved", merchantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinMerchantRemoved)
				if err := _SCoin.contract.UnpackLog(event, "MerchantRemoved", log); err != nil {
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

// ParseMerchantRemoved is a log parse operation binding the contract event 0xae4bdf5adabafca6721399496d24fe50fb6564effcb386fbae92de33540763bc.
//
// Solidity: event MerchantRemoved(address indexed merchant)
func (_SCoin *SCoinFilterer) ParseMerchantRemoved(log types.Log) (*SCoinMerchantRemoved, error) {
	event := new(SCoinMerchantRemoved)
	if err := _SCoin.contract.UnpackLog(event, "MerchantRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinPaidIterator is returned from FilterPaid and is used to iterate over the raw logs and unpacked data for Paid events raised by the SCoin contract.
type SCoinPaidIterator struct {
	Event *SCoinPaid // Event containing the contract specifics and raw log

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
func (it *SCoinPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinPaid)
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
		it.Event = new(SCoinPaid)
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
func (it *SCoinPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinPaid represents a Paid event raised by the SCoin contract.
type SCoinPaid struct {
	Citizen          common.Address
	Merchant         common.Address
	Amount           *big.Int
	PaymentReference string
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterPaid is a free log retrieval operation binding the contract event 0xf438e2c4a3356a8b7d1d49f07f1c48399c11eb019c9fa7343bacc0371dade022.
//
// Solidity: event Paid(address indexed citizen, address indexed merchant, uint256 amount, string paymentReference)
func (_SCoin *SCoinFilterer) FilterPaid(opts *bind.FilterOpts, citizen []common.Address, merchant []common.Address) (*SCoinPaidIterator, error) {

	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}
	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Paid", citizenRule, merchantRule)
	if err != nil {
		return nil, err
	}
	return &SCoinPaidIterator{contract: _SCoin.contract, event: "Paid", logs: logs, sub: sub}, nil
}

// WatchPaid is a free log subscription operation binding the contract event 0xf438e2c4a3356a8b7d1d49f07f1c48399c11eb019c9fa7343bacc0371dade022.
//
// Solidity: event Paid(address indexed citizen, address indexed merchant, uint256 amount, string paymentReference)
func (_SCoin *SCoinFilterer) WatchPaid(opts *bind.WatchOpts, sink chan<- *SCoinPaid, citizen []common.Address, merchant []common.Address) (event.Subscription, error) {

	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}
	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Paid", citizenRule, merchantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinPaid)
				if err := _SCoin.contract.UnpackLog(event, "Paid", log); err != nil {
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

// ParsePaid is a log parse operation binding the contract event 0xf438e2c4a3356a8b7d1d49f07f1c48399c11eb019c9fa7343bacc0371dade022.
//
// Solidity: event Paid(address indexed citizen, address indexed merchant, uint256 amount, string paymentReference)
func (_SCoin *SCoinFilterer) ParsePaid(log types.Log) (*SCoinPaid, error) {
	event := new(SCoinPaid)
	if err := _SCoin.contract.UnpackLog(event, "Paid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the SCoin contract.
type SCoinPausedIterator struct {
	Event *SCoinPaused // Event containing the contract specifics and raw log

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
func (it *SCoinPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinPaused)
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
		it.Event = new(SCoinPaused)
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
func (it *SCoinPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinPaused represents a Paused event raised by the SCoin contract.
type SCoinPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_SCoin *SCoinFilterer) FilterPaused(opts *bind.FilterOpts) (*SCoinPausedIterator, error) {

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &SCoinPausedIterator{contract: _SCoin.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_SCoin *SCoinFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *SCoinPaused) (event.Subscription, error) {

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinPaused)
				if err := _SCoin.contract.UnpackLog(event, "Paused", log); err != nil {
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

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_SCoin *SCoinFilterer) ParsePaused(log types.Log) (*SCoinPaused, error) {
	event := new(SCoinPaused)
	if err := _SCoin.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinProgramAddedIterator is returned from FilterProgramAdded and is used to iterate over the raw logs and unpacked data for ProgramAdded events raised by the SCoin contract.
type SCoinProgramAddedIterator struct {
	Event *SCoinProgramAdded // Event containing the contract specifics and raw log

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
func (it *SCoinProgramAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinProgramAdded)
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
		it.Event = new(SCoinProgramAdded)
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
func (it *SCoinProgramAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinProgramAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinProgramAdded represents a ProgramAdded event raised by the SCoin contract.
type SCoinProgramAdded struct {
	ProgramId uint32
	Name      string
	Budget    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProgramAdded is a free log retrieval operation binding the contract event 0x4962dbd367b806fb592cd36748a43dedd8aa62d6c0aa38d0c66368bafc41129f.
//
// Solidity: event ProgramAdded(uint32 indexed programId, string name, uint256 budget)
func (_SCoin *SCoinFilterer) FilterProgramAdded(opts *bind.FilterOpts, programId []uint32) (*SCoinProgramAddedIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "ProgramAdded", programIdRule)
	if err != nil {
		return nil, err
	}
	return &SCoinProgramAddedIterator{contract: _SCoin.contract, event: "ProgramAdded", logs: logs, sub: sub}, nil
}

// WatchProgramAdded is a free log subscription operation binding the contract event 0x4962dbd367b806fb592cd36748a43dedd8aa62d6c0aa38d0c66368bafc41129f.
//
// Solidity: event ProgramAdded(uint32 indexed programId, string name, uint256 budget)
func (_SCoin *SCoinFilterer) WatchProgramAdded(opts *bind.WatchOpts, sink chan<- *SCoinProgramAdded, programId []uint32) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "ProgramAdded", programIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinProgramAdded)
				if err := _SCoin.contract.UnpackLog(event, "ProgramAdded", log); err != nil {
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

// ParseProgramAdded is a log parse operation binding the contract event 0x4962dbd367b806fb592cd36748a43dedd8aa62d6c0aa38d0c66368bafc41129f.
//
// Solidity: event ProgramAdded(uint32 indexed programId, string name, uint256 budget)
func (_SCoin *SCoinFilterer) ParseProgramAdded(log types.Log) (*SCoinProgramAdded, error) {
	event := new(SCoinProgramAdded)
	if err := _SCoin.contract.UnpackLog(event, "ProgramAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinProgramIssuerIterator is returned from FilterProgramIssuer and is used to iterate over the raw logs and unpacked data for ProgramIssuer events raised by the SCoin contract.
type SCoinProgramIssuerIterator struct {
	Event *SCoinProgramIssuer // Event containing the contract specifics and raw log

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
func (it *SCoinProgramIssuerIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinProgramIssuer)
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
		it.Event = new(SCoinProgramIssuer)
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
func (it *SCoinProgramIssuerIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinProgramIssuerIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinProgramIssuer represents a ProgramIssuer event raised by the SCoin contract.
type SCoinProgramIssuer struct {
	ProgramId uint32
	Account   common.Address
	Issuer    bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProgramIssuer is a free log retrieval operation binding the contract event 0x32a902042cfd2db982e7d155253b560ec127c8f929bd1dc2b2d6ec72fe2f1226.
//
// Solidity: event ProgramIssuer(uint32 indexed programId, address indexed account, bool issuer)
func (_SCoin *SCoinFilterer) FilterProgramIssuer(opts *bind.FilterOpts, programId []uint32, account []common.Address) (*SCoinProgramIssuerIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "ProgramIssuer", programIdRule, accountRule)
	if err != nil {
		return nil, err
	}
	return &SCoinProgramIssuerIterator{contract: _SCoin.contract, event: "ProgramIssuer", logs: logs, sub: sub}, nil
}

// WatchProgramIssuer is a free log subscription operation binding the contract event 0x32a902042cfd2db982e7d155253b560ec127c8f929bd1dc2b2d6ec72fe2f1226.
//
// Solidity: event ProgramIssuer(uint32 indexed programId, address indexed account, bool issuer)
func (_SCoin *SCoinFilterer) WatchProgramIssuer(opts *bind.WatchOpts, sink chan<- *SCoinProgramIssuer, programId []uint32, account []common.Address) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "ProgramIssuer", programIdRule, accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinProgramIssuer)
				if err := _SCoin.contract.UnpackLog(event, "ProgramIssuer", log); err != nil {
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

// ParseProgramIssuer is a log parse operation binding the contract event 0x32a902042cfd2db982e7d155253b560ec127c8f929bd1dc2b2d6ec72fe2f1226.
//
// Solidity: event ProgramIssuer(uint32 indexed programId, address indexed account, bool issuer)
func (_SCoin *SCoinFilterer) ParseProgramIssuer(log types.Log) (*SCoinProgramIssuer, error) {
	event := new(SCoinProgramIssuer)
	if err := _SCoin.contract.UnpackLog(event, "ProgramIssuer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinProgramUpdatedIterator is returned from FilterProgramUpdated and is used to iterate over the raw logs and unpacked data for ProgramUpdated events raised by the SCoin contract.
type SCoinProgramUpdatedIterator struct {
	Event *SCoinProgramUpdated // Event containing the contract specifics and raw log

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
func (it *SCoinProgramUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinProgramUpdated)
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
		it.Event = new(SCoinProgramUpdated)
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
func (it *SCoinProgramUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinProgramUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinProgramUpdated represents a ProgramUpdated event raised by the SCoin contract.
type SCoinProgramUpdated struct {
	ProgramId       uint32
	Name            string
	Active          bool
	RemainingBudget *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterProgramUpdated is a free log retrieval operation binding the contract event 0xa376162375164fbd29c22a2e4a7aef28ff2c3c2e42b57f5df40e1759ef9d76a2.
//
// Solidity: event ProgramUpdated(uint32 indexed programId, string name, bool active, uint256 remainingBudget)
func (_SCoin *SCoinFilterer) FilterProgramUpdated(opts *bind.FilterOpts, programId []uint32) (*SCoinProgramUpdatedIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "ProgramUpdated", programIdRule)
	if err != nil {
		return nil, err
	}
	return &SCoinProgramUpdatedIterator{contract: _SCoin.contract, event: "ProgramUpdated", logs: logs, sub: sub}, nil
}

// WatchProgramUpdated is a free log subscription operation binding the contract event 0xa376162375164fbd29c22a2e4a7aef28ff2c3c2e42b57f5df40e1759ef9d76a2.
//
// Solidity: event ProgramUpdated(uint32 indexed programId, string name, bool active, uint256 remainingBudget)
func (_SCoin *SCoinFilterer) WatchProgramUpdated(opts *bind.WatchOpts, sink chan<- *SCoinProgramUpdated, programId []uint32) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "ProgramUpdated", programIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinProgramUpdated)
				if err := _SCoin.contract.UnpackLog(event, "ProgramUpdated", log); err != nil {
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

// ParseProgramUpdated is a log parse operation binding the contract event 0xa376162375164fbd29c22a2e4a7aef28ff2c3c2e42b57f5df40e1759ef9d76a2.
//
// Solidity: event ProgramUpdated(uint32 indexed programId, string name, bool active, uint256 remainingBudget)
func (_SCoin *SCoinFilterer) ParseProgramUpdated(log types.Log) (*SCoinProgramUpdated, error) {
	event := new(SCoinProgramUpdated)
	if err := _SCoin.contract.UnpackLog(event, "ProgramUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRecoveryCancelledIterator is returned from FilterRecoveryCancelled and is used to iterate over the raw logs and unpacked data for RecoveryCancelled events raised by the SCoin contract.
type SCoinRecoveryCancelledIterator struct {
	Event *SCoinRecoveryCancelled // Event containing the contract specifics and raw log

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
func (it *SCoinRecoveryCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRecoveryCancelled)
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
		it.Event = new(SCoinRecoveryCancelled)
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
func (it *SCoinRecoveryCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRecoveryCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRecoveryCancelled represents a RecoveryCancelled event raised by the SCoin contract.
type SCoinRecoveryCancelled struct {
	From common.Address
	To   common.Address
	By   common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterRecoveryCancelled is a free log retrieval operation binding the contract event 0xa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49.
//
// Solidity: event RecoveryCancelled(address indexed from, address indexed to, address by)
func (_SCoin *SCoinFilterer) FilterRecoveryCancelled(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*SCoinRecoveryCancelledIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RecoveryCancelled", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRecoveryCancelledIterator{contract: _SCoin.contract, event: "RecoveryCancelled", logs: logs, sub: sub}, nil
}

// WatchRecoveryCancelled is a free log subscription operation binding the contract event 0xa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49.
//
// Solidity: event RecoveryCancelled(address indexed from, address indexed to, address by)
func (_SCoin *SCoinFilterer) WatchRecoveryCancelled(opts *bind.WatchOpts, sink chan<- *SCoinRecoveryCancelled, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RecoveryCancelled", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRecoveryCancelled)
				if err := _SCoin.contract.UnpackLog(event, "RecoveryCancelled", log); err != nil {
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

// ParseRecoveryCancelled is a log parse operation binding the contract event 0xa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49.
//
// Solidity: event RecoveryCancelled(address indexed from, address indexed to, address by)
func (_SCoin *SCoinFilterer) ParseRecoveryCancelled(log types.Log) (*SCoinRecoveryCancelled, error) {
	event := new(SCoinRecoveryCancelled)
	if err := _SCoin.contract.UnpackLog(event, "RecoveryCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRecoveryDelaySetIterator is returned from FilterRecoveryDelaySet and is used to iterate over the raw logs and unpacked data for RecoveryDelaySet events raised by the SCoin contract.
type SCoinRecoveryDelaySetIterator struct {
	Event *SCoinRecoveryDelaySet // Event containing the contract specifics and raw log

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
func (it *SCoinRecoveryDelaySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRecoveryDelaySet)
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
		it.Event = new(SCoinRecoveryDelaySet)
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
func (it *SCoinRecoveryDelaySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRecoveryDelaySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRecoveryDelaySet represents a RecoveryDelaySet event raised by the SCoin contract.
type SCoinRecoveryDelaySet struct {
	Delay uint64
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterRecoveryDelaySet is a free log retrieval operation binding the contract event 0xbf6cbf68da62351e02ce11e3fda11e34cb61297f059cd01eeaa9a59042a8c4e2.
//
// Solidity: event RecoveryDelaySet(uint64 delay)
func (_SCoin *SCoinFilterer) FilterRecoveryDelaySet(opts *bind.FilterOpts) (*SCoinRecoveryDelaySetIterator, error) {

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RecoveryDelaySet")
	if err != nil {
		return nil, err
	}
	return &SCoinRecoveryDelaySetIterator{contract: _SCoin.contract, event: "RecoveryDelaySet", logs: logs, sub: sub}, nil
}

// WatchRecoveryDelaySet is a free log subscription operation binding the contract event 0xbf6cbf68da62351e02ce11e3fda11e34cb61297f059cd01eeaa9a59042a8c4e2.
//
// Solidity: event RecoveryDelaySet(uint64 delay)
func (_SCoin *SCoinFilterer) WatchRecoveryDelaySet(opts *bind.WatchOpts, sink chan<- *SCoinRecoveryDelaySet) (event.Subscription, error) {

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RecoveryDelaySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRecoveryDelaySet)
				if err := _SCoin.contract.UnpackLog(event, "RecoveryDelaySet", log); err != nil {
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

// ParseRecoveryDelaySet is a log parse operation binding the contract event 0xbf6cbf68da62351e02ce11e3fda11e34cb61297f059cd01eeaa9a59042a8c4e2.
//
// Solidity: event RecoveryDelaySet(uint64 delay)
func (_SCoin *SCoinFilterer) ParseRecoveryDelaySet(log types.Log) (*SCoinRecoveryDelaySet, error) {
	event := new(SCoinRecoveryDelaySet)
	if err := _SCoin.contract.UnpackLog(event, "RecoveryDelaySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRecoveryExecutedIterator is returned from FilterRecoveryExecuted and is used to iterate over the raw logs and unpacked data for RecoveryExecuted events raised by the SCoin contract.
type SCoinRecoveryExecutedIterator struct {
	Event *SCoinRecoveryExecuted // Event containing the contract specifics and raw log

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
func (it *SCoinRecoveryExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRecoveryExecuted)
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
		it.Event = new(SCoinRecoveryExecuted)
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
func (it *SCoinRecoveryExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRecoveryExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRecoveryExecuted represents a RecoveryExecuted event raised by the SCoin contract.
type SCoinRecoveryExecuted struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRecoveryExecuted is a free log retrieval operation binding the contract event 0xcbaa7c7c351e2d5655fc08d9c383adcf4736af160c800b53df1f1dd221f826c8.
//
// Solidity: event RecoveryExecuted(address indexed from, address indexed to, uint256 amount)
func (_SCoin *SCoinFilterer) FilterRecoveryExecuted(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*SCoinRecoveryExecutedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RecoveryExecuted", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRecoveryExecutedIterator{contract: _SCoin.contract, event: "RecoveryExecuted", logs: logs, sub: sub}, nil
}

// WatchRecoveryExecuted is a free log subscription operation binding the contract event 0xcbaa7c7c351e2d5655fc08d9c383adcf4736af160c800b53df1f1dd221f826c8.
//
// Solidity: event RecoveryExecuted(address indexed from, address indexed to, uint256 amount)
func (_SCoin *SCoinFilterer) WatchRecoveryExecuted(opts *bind.WatchOpts, sink chan<- *SCoinRecoveryExecuted, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RecoveryExecuted", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRecoveryExecuted)
				if err := _SCoin.contract.UnpackLog(event, "RecoveryExecuted", log); err != nil {
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

// ParseRecoveryExecuted is a log parse operation binding the contract event 0xcbaa7c7c351e2d5655fc08d9c383adcf4736af160c800b53df1f1dd221f826c8.
//
// Solidity: event RecoveryExecuted(address indexed from, address indexed to, uint256 amount)
func (_SCoin *SCoinFilterer) ParseRecoveryExecuted(log types.Log) (*SCoinRecoveryExecuted, error) {
	event := new(SCoinRecoveryExecuted)
	if err := _SCoin.contract.UnpackLog(event, "RecoveryExecuted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRecoveryRequestedIterator is returned from FilterRecoveryRequested and is used to iterate over the raw logs and unpacked data for RecoveryRequested events raised by the SCoin contract.
type SCoinRecoveryRequestedIterator struct {
	Event *SCoinRecoveryRequested // Event containing the contract specifics and raw log

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
func (it *SCoinRecoveryRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRecoveryRequested)
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
		it.Event = new(SCoinRecoveryRequested)
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
func (it *SCoinRecoveryRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRecoveryRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRecoveryRequested represents a RecoveryRequested event raised by the SCoin contract.
type SCoinRecoveryRequested struct {
	From         common.Address
	To           common.Address
	ExecuteAfter uint64
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterRecoveryRequested is a free log retrieval operation binding the contract event 0xc04ee3caae371ffc81ecc168626f2cfd45c04b839a8a625651c3512ff9fb772c.
//
// Solidity: event RecoveryRequested(address indexed from, address indexed to, uint64 executeAfter)
func (_SCoin *SCoinFilterer) FilterRecoveryRequested(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*SCoinRecoveryRequestedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RecoveryRequested", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRecoveryRequestedIterator{contract: _SCoin.contract, event: "RecoveryRequested", logs: logs, sub: sub}, nil
}

// WatchRecoveryRequested is a free log subscription operation binding the contract event 0xc04ee3caae371ffc81ecc168626f2cfd45c04b839a8a625651c3512ff9fb772c.
//
// Solidity: event RecoveryRequested(address indexed from, address indexed to, uint64 executeAfter)
func (_SCoin *SCoinFilterer) WatchRecoveryRequested(opts *bind.WatchOpts, sink chan<- *SCoinRecoveryRequested, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RecoveryRequested", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRecoveryRequested)
				if err := _SCoin.contract.UnpackLog(event, "RecoveryRequested", log); err != nil {
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

// ParseRecoveryRequested is a log parse operation binding the contract event 0xc04ee3caae371ffc81ecc168626f2cfd45c04b839a8a625651c3512ff9fb772c.
//
// Solidity: event RecoveryRequested(address indexed from, address indexed to, uint64 executeAfter)
func (_SCoin *SCoinFilterer) ParseRecoveryRequested(log types.Log) (*SCoinRecoveryRequested, error) {
	event := new(SCoinRecoveryRequested)
	if err := _SCoin.contract.UnpackLog(event, "RecoveryRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRedeemedIterator is returned from FilterRedeemed and is used to iterate over the raw logs and unpacked data for Redeemed events raised by the SCoin contract.
type SCoinRedeemedIterator struct {
	Event *SCoinRedeemed // Event containing the contract specifics and raw log

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
func (it *SCoinRedeemedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRedeemed)
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
		it.Event = new(SCoinRedeemed)
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
func (it *SCoinRedeemedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRedeemedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRedeemed represents a Redeemed event raised by the SCoin contract.
type SCoinRedeemed struct {
	Merchant            common.Address
	Amount              *big.Int
	SettlementReference string
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterRedeemed is a free log retrieval operation binding the contract event 0x784e131f41825c0f4dedaf1b303cfd417f3603b2e95ed4a0c0bdc2176dbbc3ee.
//
// Solidity: event Redeemed(address indexed merchant, uint256 amount, string settlementReference)
func (_SCoin *SCoinFilterer) FilterRedeemed(opts *bind.FilterOpts, merchant []common.Address) (*SCoinRedeemedIterator, error) {

	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Redeemed", merchantRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRedeemedIterator{contract: _SCoin.contract, event: "Redeemed", logs: logs, sub: sub}, nil
}

// WatchRedeemed is a free log subscription operation binding the contract event 0x784e131f41825c0f4dedaf1b303cfd417f3603b2e95ed4a0c0bdc2176dbbc3ee.
//
// Solidity: event Redeemed(address indexed merchant, uint256 amount, string settlementReference)
func (_SCoin *SCoinFilterer) WatchRedeemed(opts *bind.WatchOpts, sink chan<- *SCoinRedeemed, merchant []common.Address) (event.Subscription, error) {

	var merchantRule []interface{}
	for _, merchantItem := range merchant {
		merchantRule = append(merchantRule, merchantItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Redeemed", merchantRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRedeemed)
				if err := _SCoin.contract.UnpackLog(event, "Redeemed", log); err != nil {
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

// ParseRedeemed is a log parse operation binding the contract event 0x784e131f41825c0f4dedaf1b303cfd417f3603b2e95ed4a0c0bdc2176dbbc3ee.
//
// Solidity: event Redeemed(address indexed merchant, uint256 amount, string settlementReference)
func (_SCoin *SCoinFilterer) ParseRedeemed(log types.Log) (*SCoinRedeemed, error) {
	event := new(SCoinRedeemed)
	if err := _SCoin.contract.UnpackLog(event, "Redeemed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the SCoin contract.
type SCoinRoleAdminChangedIterator struct {
	Event *SCoinRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *SCoinRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRoleAdminChanged)
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
		it.Event = new(SCoinRoleAdminChanged)
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
func (it *SCoinRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRoleAdminChanged represents a RoleAdminChanged event raised by the SCoin contract.
type SCoinRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SCoin *SCoinFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*SCoinRoleAdminChangedIterator, error) {

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

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRoleAdminChangedIterator{contract: _SCoin.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SCoin *SCoinFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *SCoinRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRoleAdminChanged)
				if err := _SCoin.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_SCoin *SCoinFilterer) ParseRoleAdminChanged(log types.Log) (*SCoinRoleAdminChanged, error) {
	event := new(SCoinRoleAdminChanged)
	if err := _SCoin.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the SCoin contract.
type SCoinRoleGrantedIterator struct {
	Event *SCoinRoleGranted // Event containing the contract specifics and raw log

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
func (it *SCoinRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRoleGranted)
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
		it.Event = new(SCoinRoleGranted)
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
func (it *SCoinRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRoleGranted represents a RoleGranted event raised by the SCoin contract.
type SCoinRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SCoin *SCoinFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SCoinRoleGrantedIterator, error) {

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

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRoleGrantedIterator{contract: _SCoin.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SCoin *SCoinFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *SCoinRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRoleGranted)
				if err := _SCoin.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_SCoin *SCoinFilterer) ParseRoleGranted(log types.Log) (*SCoinRoleGranted, error) {
	event := new(SCoinRoleGranted)
	if err := _SCoin.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the SCoin contract.
type SCoinRoleRevokedIterator struct {
	Event *SCoinRoleRevoked // Event containing the contract specifics and raw log

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
func (it *SCoinRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinRoleRevoked)
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
		it.Event = new(SCoinRoleRevoked)
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
func (it *SCoinRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinRoleRevoked represents a RoleRevoked event raised by the SCoin contract.
type SCoinRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SCoin *SCoinFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SCoinRoleRevokedIterator, error) {

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

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SCoinRoleRevokedIterator{contract: _SCoin.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SCoin *SCoinFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *SCoinRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinRoleRevoked)
				if err := _SCoin.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_SCoin *SCoinFilterer) ParseRoleRevoked(log types.Log) (*SCoinRoleRevoked, error) {
	event := new(SCoinRoleRevoked)
	if err := _SCoin.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the SCoin contract.
type SCoinTransferIterator struct {
	Event *SCoinTransfer // Event containing the contract specifics and raw log

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
func (it *SCoinTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinTransfer)
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
		it.Event = new(SCoinTransfer)
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
func (it *SCoinTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinTransfer represents a Transfer event raised by the SCoin contract.
type SCoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_SCoin *SCoinFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*SCoinTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SCoinTransferIterator{contract: _SCoin.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_SCoin *SCoinFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *SCoinTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinTransfer)
				if err := _SCoin.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_SCoin *SCoinFilterer) ParseTransfer(log types.Log) (*SCoinTransfer, error) {
	event := new(SCoinTransfer)
	if err := _SCoin.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SCoinUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the SCoin contract.
type SCoinUnpausedIterator struct {
	Event *SCoinUnpaused // Event containing the contract specifics and raw log

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
func (it *SCoinUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinUnpaused)
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
		it.Event = new(SCoinUnpaused)
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
func (it *SCoinUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinUnpaused represents a Unpaused event raised by the SCoin contract.
type SCoinUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_SCoin *SCoinFilterer) FilterUnpaused(opts *bind.FilterOpts) (*SCoinUnpausedIterator, error) {

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &SCoinUnpausedIterator{contract: _SCoin.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_SCoin *SCoinFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *SCoinUnpaused) (event.Subscription, error) {

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinUnpaused)
				if err := _SCoin.contract.UnpackLog(event, "Unpaused", log); err != nil {
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

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_SCoin *SCoinFilterer) ParseUnpaused(log types.Log) (*SCoinUnpaused, error) {
	event := new(SCoinUnpaused)
	if err := _SCoin.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
