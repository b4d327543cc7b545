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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"}],\"name\":\"SCoinBadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"SCoinBadRecovery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"SCoinBudgetChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"SCoinBudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinCitizenHasPoints\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinCreditToMerchant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyName\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyReference\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SCoinEpochAmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SCoinInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinMerchantCannotSpend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinMerchantInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"SCoinNoRecovery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotMerchant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotRecoveryParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"SCoinPaymentReferenceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"SCoinProgramInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"SCoinRecordAlreadyCredited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"SCoinSettlementReferenceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"SCoinUnknownProgram\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"CreditSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"MerchantAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"MerchantRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"ProgramAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"issuer\",\"type\":\"bool\"}],\"name\":\"ProgramIssuer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingBudget\",\"type\":\"uint256\"}],\"name\":\"ProgramUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RecoveryCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"RecoveryDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RecoveryExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"RecoveryRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_RECOVERY_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MERCHANT_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROGRAM_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECOVERY_OFFICER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDITY_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"merchantName\",\"type\":\"string\"}],\"name\":\"addMerchant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"issuers\",\"type\":\"address[]\"}],\"name\":\"addProgram\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"cancelRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"credit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSCoin.Credit[]\",\"name\":\"credits\",\"type\":\"tuple[]\"}],\"name\":\"creditBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"executeRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"expiredOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"expiringOf\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"expiresAt\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isIssuer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"merchantInfo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"merchantName\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"merchants\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"paymentMade\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"pendingRecovery\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"programInfo\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"remainingBudget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"issued\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"address[]\",\"name\":\"issuers\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"recordCredited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recoveryDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"removeMerchant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"requestRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"setRecoveryDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"settlementRedeemed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"expectedBudget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newBudget\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"addIssuers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"removeIssuers\",\"type\":\"address[]\"}],\"name\":\"updateProgram\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x61010060405234801561001157600080fd5b506040516144fd3803806144fd833981016040819052610030916102d3565b6001600160a01b038416608052811580610048575080155b8061005d57506103e861005b8383610316565b115b1561008957604051630f289e6f60e41b8152600481018390526024810182905260440160405180910390fd5b60a082905260c0819052600461009f8383610316565b6100a99190610316565b6100b4906003610338565b60e052600d80546001600160401b0319166203f4801790556100d760008461018d565b506101027f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb8461018d565b5061012d7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e8461018d565b506101587fe6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd28461018d565b506101837f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8461018d565b50505050506103bb565b6000828152602081815260408083206001600160a01b038516845290915281205460ff16610230576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101e861023a565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610234565b5060005b92915050565b6000610244610249565b905090565b6000366014808210801590610262575061026233610291565b156102895761027636828403816000610359565b61027f91610383565b60601c9250505090565b339250505090565b600061029c60805190565b6001600160a01b0316826001600160a01b0316149050919050565b80516001600160a01b03811681146102ce57600080fd5b919050565b600080600080608085870312156102e957600080fd5b6102f2856102b7565b9350610300602086016102b7565b6040860151606090960151949790965092505050565b60008261033357634e487b7160e01b600052601260045260246000fd5b500490565b8082018082111561023457634e487b7160e01b600052601160045260246000fd5b6000808585111561036957600080fd5b8386111561037657600080fd5b5050820193919092039150565b80356001600160601b031981169060148410156103b4576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a05160c05160e05161409261046b6000396000818161067f015281816112b601528181611c460152818161233101528181612a6101528181612d1701526130cc0152600081816103ac01528181610a3d0152818161229301526122e50152600081816107340152818161092201528181610a5e01528181611ee40152818161225e015281816122c1015261306e01526000818161055a015281816106290152612fc701526140926000f3fe608060405234801561001057600080fd5b506004361061030c5760003560e01c806370a082311161019d578063a6647683116100e9578063c90db447116100a2578063e9d8c3811161007c578063e9d8c38114610805578063ea9692651461082c578063f0db3bd1146108a7578063f53bcfd6146108ce57600080fd5b8063c90db447146107b8578063d547741f146107cb578063e63ab1e9146107de57600080fd5b8063a6647683146106f8578063a9059cbb1461071c578063ac4746ab1461072f578063ace2e76e14610756578063bd2b6f701461077e578063c839b56c146107a557600080fd5b80638bcc88011161015657806395d89b411161013057806395d89b41146106b457806397036c78146106d55780639f796634146106e8578063a217fddf146106f057600080fd5b80638bcc8801146106655780638db0543c1461067a57806391d14854146106a157600080fd5b806370a08231146105e357806371c3f702146105f6578063780469bb146106095780637da0a8771461061c5780638456cb59146106535780638bc0ab751461065b57600080fd5b8063313ce5671161025c5780633f4ba83a1161021557806358cafc63116101ef57806358cafc631461058a5780635c975abb146105b2578063613416ac146105bd578063693cdb70146105d057600080fd5b80633f4ba83a1461052f5780634a4bdb3014610537578063572b6c051461054a57600080fd5b8063313ce567146104a957806336568abe146104b857806336bacd73146104cb5780633758ca7a146104de5780633bc2c4a7146105095780633e0fe01e1461051c57600080fd5b806315762ff3116102c957806324b76fd5116102a357806324b76fd5146104685780632715b76b1461047b5780632f2ff15d1461048357806330e73fdd1461049657600080fd5b806315762ff3146103f157806318160ddd1461043d578063248a9ca31461044557600080fd5b806301ffc9a714610311578063063f19c61461033957806306fdde031461035a57806308aebd9a146103855780630c43cd88146103a7578063133adab6146103dc575b600080fd5b61032461031f366004613454565b6108e1565b60405190151581526020015b60405180910390f35b61034c610347366004613495565b610918565b6040516103309291906134b0565b6040805180820190915260068152652996a1b7b4b760d11b60208201525b6040516103309190613581565b610398610393366004613495565b610b13565b60405161033093929190613594565b6103ce7f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610330565b6103ef6103ea366004613495565b610be3565b005b6103246103ff3660046135eb565b63ffffffff8216600090815260056020908152604080832066ffffffffffffff600886901c168452909152902054600160ff83161b16151592915050565b6002546103ce565b6103ce61045336600461361e565b60009081526020819052604090206001015490565b6103ef610476366004613678565b610cd9565b6103ce610eee565b6103ef6104913660046136c3565b610f00565b6103246104a43660046136e6565b610f2b565b60405160008152602001610330565b6103ef6104c63660046136c3565b610f77565b6103ef6104d936600461371f565b610fbf565b600d546104f1906001600160401b031681565b6040516001600160401b039091168152602001610330565b6103ef610517366004613495565b6111be565b6103ef61052a36600461378d565b61158b565b6103ef611728565b6103ef61054536600461386e565b61175d565b610324610558366004613495565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b61059d6105983660046138c7565b611864565b60405163ffffffff9091168152602001610330565b60015460ff16610324565b6103ef6105cb3660046136e6565b6119d9565b6103ce6105de366004613495565b611b7d565b6103ce6105f1366004613495565b611b91565b610324610604366004613944565b611bd2565b6103ef610617366004613960565b611bfe565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610330565b6103ef611d0b565b6104f16203f48081565b61066d611d3d565b60405161033091906139e6565b6103ce7f000000000000000000000000000000000000000000000000000000000000000081565b6103246106af3660046136c3565b611d4e565b60408051808201909152600581526429a1a7a4a760d91b6020820152610378565b6103246106e33660046136e6565b611d77565b6003546103ce565b6103ce600081565b61070b6107063660046139f9565b611d92565b604051610330959493929190613a14565b61032461072a366004613a59565b611e7e565b6103ce7f000000000000000000000000000000000000000000000000000000000000000081565b610769610764366004613a83565b611ea3565b60408051928352602083019190915201610330565b6103ce7fe6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd281565b6103ef6107b3366004613b09565b61201d565b6103ef6107c6366004613495565b61207e565b6103ef6107d93660046136c3565b6121cf565b6103ce7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6103ce7f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb81565b61088061083a366004613495565b6001600160a01b039081166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b031691018190529091565b604080516001600160a01b0390931683526001600160401b03909116602083015201610330565b6103ce7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e81565b6103ef6108dc366004613b24565b6121f4565b60006001600160e01b03198216637965db0b60e01b148061091257506301ffc9a760e01b6001600160e01b03198316145b92915050565b60608060006109477f000000000000000000000000000000000000000000000000000000000000000042613b9d565b9050600061095361228f565b90506000815b83811161098b5761096a8782612314565b1561097b5761097882613bb1565b91505b61098481613bb1565b9050610959565b50806001600160401b038111156109a4576109a4613bca565b6040519080825280602002602001820160405280156109cd578160200160208202803683370190505b509450806001600160401b038111156109e8576109e8613bca565b604051908082528060200260200182016040528015610a11578160200160208202803683370190505b5093506000825b848111610b09576000610a2b8983612314565b905080600003610a3b5750610af9565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610a88846001613be0565b610a929190613bf3565b610a9c9190613be0565b888481518110610aae57610aae613c0a565b60200260200101906001600160401b031690816001600160401b03168152505080878481518110610ae157610ae1613c0a565b6020908102919091010152610af583613bb1565b9250505b610b0281613bb1565b9050610a18565b5050505050915091565b6001600160a01b03811660009081526007602052604081208190606090610b3b6008866123d4565b6001820154825460ff9091169083908190610b5590613c20565b80601f0160208091040260200160405190810160405280929190818152602001828054610b8190613c20565b8015610bce5780601f10610ba357610100808354040283529160200191610bce565b820191906000526020600020905b815481529060010190602001808311610bb157829003601f168201915b50505050509050935093509350509193909250565b7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e610c0d816123f6565b610c186008836123d4565b610c4557604051632b3661b160e11b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b03821660009081526007602052604090206001015460ff16610c8c576040516302c28cf160e51b81526001600160a01b0383166004820152602401610c3c565b6001600160a01b038216600081815260076020526040808220600101805460ff19169055517fae4bdf5adabafca6721399496d24fe50fb6564effcb386fbae92de33540763bc9190a25050565b610ce1612407565b6000610ceb61242d565b9050610cf86008826123d4565b610d2057604051632b3661b160e11b81526001600160a01b0382166004820152602401610c3c565b83600003610d415760405163e607138960e01b815260040160405180910390fd5b6000829003610d6357604051631471f47360e31b815260040160405180910390fd5b6000818484604051602001610d7a93929190613c7d565b60408051601f1981840301815291815281516020928301206000818152600b90935291205490915060ff1615610dc9578184846040516303ac9c9d60e21b8152600401610c3c93929190613cbc565b6001600160a01b0382166000908152600a602052604090205485811015610e1c576040516318f93cbd60e11b81526001600160a01b03841660048201526024810182905260448101879052606401610c3c565b6000828152600b60205260409020805460ff19166001179055610e3f8682613ce1565b6001600160a01b0384166000908152600a602052604081209190915560028054889290610e6d908490613ce1565b90915550506040518681526000906001600160a01b0385169060008051602061403d8339815191529060200160405180910390a3826001600160a01b03167f784e131f41825c0f4dedaf1b303cfd417f3603b2e95ed4a0c0bdc2176dbbc3ee878787604051610ede93929190613cf4565b60405180910390a2505050505050565b610efd6001600160301b613ce1565b81565b600082815260208190526040902060010154610f1b816123f6565b610f258383612437565b50505050565b6000600b6000858585604051602001610f4693929190613c7d565b60408051808303601f190181529181528151602092830120835290820192909252016000205460ff16949350505050565b610f7f61242d565b6001600160a01b0316816001600160a01b031614610fb05760405163334bd91960e11b815260040160405180910390fd5b610fba82826124ca565b505050565b7fe6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd2610fe9816123f6565b6001600160a01b038316158061100657506001600160a01b038216155b806110225750816001600160a01b0316836001600160a01b0316145b1561105357604051633f18e46160e01b81526001600160a01b03808516600483015283166024820152604401610c3c565b61105e6008846123d4565b8061106f575061106f6008836123d4565b156110a057604051633f18e46160e01b81526001600160a01b03808516600483015283166024820152604401610c3c565b6001600160a01b038084166000908152600c60205260409020805490911615611107578054604051635733102f60e11b81526001600160a01b03808716600483015282166024820152600160a01b9091046001600160401b03166044820152606401610c3c565b600d54600090611120906001600160401b031642613d0e565b6040805180820182526001600160a01b038781168083526001600160401b0385811660208086018281528d86166000818152600c8452899020975188549251909516600160a01b026001600160e01b03199092169490961693909317929092179094559351928352939450917fc04ee3caae371ffc81ecc168626f2cfd45c04b839a8a625651c3512ff9fb772c910160405180910390a35050505050565b6111c6612407565b6001600160a01b038181166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b0316908201529061123057604051635620b45960e01b81526001600160a01b0383166004820152602401610c3c565b80602001516001600160401b031642101561127e57602081015160405163abc70a7360e01b81526001600160a01b03841660048201526001600160401b039091166024820152604401610c3c565b6001600160a01b0382166000908152600c6020526040812080546001600160e01b03191690556112ac61228f565b905060008080805b7f00000000000000000000000000000000000000000000000000000000000000008110156114dc576001600160a01b03871660009081526006602090815260408083208484529091528120549081900361130e57506114d4565b6001600160a01b038816600090815260066020908152604080832085845290915281208190558061133f8389612553565b909250905061134e8187613be0565b955061135f6001600160c01b613ce1565b8216600003611370575050506114d4565b88516001600160a01b0316600090815260066020908152604080832087845290915290205460c081811c9084901c146113cd576113ac8161263b565b6113b69087613be0565b95506113c76001600160c01b613ce1565b19831690505b60005b60048110156114aa5760006113e6603083613bf3565b905060006113f96001600160301b613ce1565b8287901c1690508060000361140f5750506114a2565b6000816114216001600160301b613ce1565b61142f919087861c16613be0565b90506114406001600160301b613ce1565b811115611475578d5160405163da68c2f960e01b81526001600160a01b03909116600482015260248101839052604401610c3c565b80831b836114886001600160301b613ce1565b901b198616179450818c61149c9190613be0565b9b505050505b6001016113d0565b5089516001600160a01b031660009081526006602090815260408083208884529091529020555050505b6001016112b4565b506114e78683612681565b84516114f39082612681565b84600001516001600160a01b0316866001600160a01b031660008051602061403d8339815191528560405161152a91815260200190565b60405180910390a384600001516001600160a01b0316866001600160a01b03167fcbaa7c7c351e2d5655fc08d9c383adcf4736af160c800b53df1f1dd221f826c88560405161157b91815260200190565b60405180910390a3505050505050565b7f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb6115b5816123f6565b60006115c08c6126e6565b905060008a90036115e457604051638592376760e01b815260040160405180910390fd5b87816001015414611624576001810154604051630147e99f60e21b815263ffffffff8e166004820152602481018a90526044810191909152606401610c3c565b806116308b8d83613d74565b5060038101805460ff19168a15151790556001810187905560405163ffffffff8d16907fa376162375164fbd29c22a2e4a7aef28ff2c3c2e42b57f5df40e1759ef9d76a290611686908e908e908e908d90613e33565b60405180910390a260005b858110156116d3576116cb8d8888848181106116af576116af613c0a565b90506020020160208101906116c49190613495565b6001612760565b600101611691565b5060005b83811015611719576117118d8686848181106116f5576116f5613c0a565b905060200201602081019061170a9190613495565b6000612760565b6001016116d7565b50505050505050505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a611752816123f6565b61175a612831565b50565b611765612407565b600061176f61242d565b9050600082900361179357604051631471f47360e31b815260040160405180910390fd5b60008184846040516020016117aa93929190613e5a565b60408051601f1981840301815291815281516020928301206000818152600b90935291205490915060ff16156117f95781848460405163ba9fa19160e01b8152600401610c3c93929190613cbc565b6000818152600b60205260409020805460ff1916600117905561181d828787612889565b856001600160a01b0316826001600160a01b03167ff438e2c4a3356a8b7d1d49f07f1c48399c11eb019c9fa7343bacc0371dade02287878760405161157b93929190613cf4565b60007f104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fb611890816123f6565b60008690036118b257604051638592376760e01b815260040160405180910390fd5b6040805160a06020601f8a018190040282018101909252608081018881526003928291908b908b9081908501838280828437600092018290525093855250505060208083018a905260408301829052600160609093018390528454928301855593815292909220815191926004020190819061192e9082613e96565b506020820151600182015560408083015160028301556060909201516003918201805460ff191691151591909117905554905190925063ffffffff8316907f4962dbd367b806fb592cd36748a43dedd8aa62d6c0aa38d0c66368bafc41129f9061199d908a908a908a90613f54565b60405180910390a260005b838110156119ce576119c6838686848181106116af576116af613c0a565b6001016119a8565b505095945050505050565b7f05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107e611a03816123f6565b6001600160a01b038416611a2a57604051636c4d12f760e11b815260040160405180910390fd5b6000829003611a4c57604051638592376760e01b815260040160405180910390fd5b611a576008856123d4565b611aae57600080611a6786612a4d565b9092509050611a768183613be0565b15611a9f57604051632cfc2cb360e01b81526001600160a01b0387166004820152602401610c3c565b611aaa600887612afe565b5050505b6040805160606020601f86018190040282018101835291810184815290918291908690869081908501838280828437600092018290525093855250506001602093840152506001600160a01b038716815260079091526040902081518190611b169082613e96565b50602091909101516001909101805460ff19169115159190911790556040516001600160a01b038516907fa7bec489aca0191976fa999eaef5a887facc0ee986ef77a44cce3f1b7a4c50ad90611b6f9086908690613f78565b60405180910390a250505050565b600080611b8983612a4d565b949350505050565b6000611b9e6008836123d4565b15611bbf57506001600160a01b03166000908152600a602052604090205490565b6000611bca83612a4d565b509392505050565b63ffffffff80831660009081526004602052604081209091611bf7919084906123d416565b9392505050565b6000611c0861228f565b905060005b82811015610f25576000848483818110611c2957611c29613c0a565b9050602002016020810190611c3e9190613495565b90506000805b7f0000000000000000000000000000000000000000000000000000000000000000811015611cf6576001600160a01b038316600090815260066020908152604080832084845290915281205490819003611c9e5750611cee565b600080611cab8389612553565b9150915080600014611cea576001600160a01b03861660009081526006602090815260408083208784529091529020829055611ce78186613be0565b94505b5050505b600101611c44565b50611d018282612681565b5050600101611c0d565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a611d35816123f6565b61175a612b13565b6060611d496008612b50565b905090565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6000600b6000858585604051602001610f4693929190613e5a565b6060600080600060606000611da6876126e6565b60018101546002820154600383015463ffffffff8b166000908152600460205260409020939450849360ff90911690611dde90612b50565b848054611dea90613c20565b80601f0160208091040260200160405190810160405280929190818152602001828054611e1690613c20565b8015611e635780601f10611e3857610100808354040283529160200191611e63565b820191906000526020600020905b815481529060010190602001808311611e4657829003601f168201915b50505050509450955095509550955095505091939590929450565b6000611e88612407565b611e9a611e9361242d565b8484612889565b50600192915050565b600080611eae612407565b6000611eb986612b5d565b90506000849003611edd576040516312a8acab60e21b815260040160405180910390fd5b6000611f097f000000000000000000000000000000000000000000000000000000000000000042613b9d565b90506000805b868110156120065736888883818110611f2a57611f2a613c0a565b9050606002019050611f4e8a826020016020810190611f499190613b09565b612c03565b611fb65763ffffffff8a167ffb6136450f1a219186d068ec2f05b611a0b503eb1caaa423e3c67c3080de7689611f8a6040840160208501613b09565b6040516001600160401b03909116815260200160405180910390a2611fae86613bb1565b955050611ffe565b611fc4604082013584613be0565b9250611fcf87613bb1565b9650611ffc8a611fe26020840184613495565b60408401803590611ff69060208701613b09565b88612c85565b505b600101611f0f565b50612012888483612f0b565b505050935093915050565b6000612028816123f6565b600d805467ffffffffffffffff19166001600160401b0384169081179091556040519081527fbf6cbf68da62351e02ce11e3fda11e34cb61297f059cd01eeaa9a59042a8c4e29060200160405180910390a15050565b600061208861242d565b9050816001600160a01b0316816001600160a01b0316141580156120d357506120d17fe6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd282611d4e565b155b156120fc576040516338ad656560e11b81526001600160a01b0382166004820152602401610c3c565b6001600160a01b038281166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b0316908201529061216657604051635620b45960e01b81526001600160a01b0384166004820152602401610c3c565b6001600160a01b038381166000818152600c602090815260409182902080546001600160e01b031916905584519151868516815291909316927fa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49910160405180910390a3505050565b6000828152602081905260409020600101546121ea816123f6565b610f2583836124ca565b6121fc612407565b600061220785612b5d565b90506122138583612c03565b61224757604051638c48470f60e01b815263ffffffff861660048201526001600160401b0383166024820152604401610c3c565b612252858285612f0b565b612288858585856122837f000000000000000000000000000000000000000000000000000000000000000042613b9d565b612c85565b5050505050565b60007f00000000000000000000000000000000000000000000000000000000000000004210156122bf5750600090565b7f000000000000000000000000000000000000000000000000000000000000000061230a7f000000000000000000000000000000000000000000000000000000000000000042613ce1565b611d499190613b9d565b6001600160a01b03821660009081526006602052604081208190817f000000000000000000000000000000000000000000000000000000000000000061235b600487613b9d565b6123659190613f8c565b81526020019081526020016000205490506004836123839190613b9d565b61238e906001613be0565b60c082901c146123a2576000915050610912565b6123b16001600160301b613ce1565b60306123be600486613f8c565b6123c89190613bf3565b9190911c169392505050565b6001600160a01b03811660009081526001830160205260408120541515611bf7565b61175a8161240261242d565b612f78565b60015460ff161561242b5760405163d93c066560e01b815260040160405180910390fd5b565b6000611d49612fb5565b60006124438383611d4e565b6124c2576000838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561247a61242d565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610912565b506000610912565b60006124d68383611d4e565b156124c2576000838152602081815260408083206001600160a01b03861684529091529020805460ff1916905561250b61242d565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610912565b600080806004612568600160c088901c613ce1565b6125729190613bf3565b905083612580600483613be0565b1161259a5760006125908661263b565b9250925050612634565b84925060005b6004811080156125b85750846125b68284613be0565b105b156126145760006125ca603083613bf3565b90506125db6001600160301b613ce1565b6125e99088831c1685613be0565b9350806125fb6001600160301b613ce1565b901b1985169450508061260d90613bb1565b90506125a0565b506126246001600160c01b613ce1565b831660000361263257600092505b505b9250929050565b6000805b600481101561267b576126576001600160301b613ce1565b612662603083613bf3565b84901c16826126719190613be0565b915060010161263f565b50919050565b8060000361268d575050565b806002600082825461269f9190613ce1565b90915550506040518181526001600160a01b038316907f751a0eb66c3cc9aa48957d09bd3cc81db888f5bcac6689def5fb9e18ec3cf2019060200160405180910390a25050565b600063ffffffff82161580612702575060035463ffffffff8316115b1561272857604051638661acb360e01b815263ffffffff83166004820152602401610c3c565b6003612735600184613fa0565b63ffffffff168154811061274b5761274b613c0a565b90600052602060002090600402019050919050565b6001600160a01b03821661278757604051636c4d12f760e11b815260040160405180910390fd5b6000816127b55763ffffffff80851660009081526004602052604090206127b091859061302116565b6127d7565b63ffffffff80851660009081526004602052604090206127d7918590612afe16565b90508015610f2557826001600160a01b03168463ffffffff167f32a902042cfd2db982e7d155253b560ec127c8f929bd1dc2b2d6ec72fe2f122684604051612823911515815260200190565b60405180910390a350505050565b612839613036565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa61286c61242d565b6040516001600160a01b03909116815260200160405180910390a1565b806000036128aa5760405163e607138960e01b815260040160405180910390fd5b6128b56008846123d4565b156128de5760405163146c18a360e31b81526001600160a01b0384166004820152602401610c3c565b6128e96008836123d4565b61291157604051632b3661b160e11b81526001600160a01b0383166004820152602401610c3c565b6001600160a01b03821660009081526007602052604090206001015460ff16612958576040516302c28cf160e51b81526001600160a01b0383166004820152602401610c3c565b6001600160a01b038381166000908152600c6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b03169082015290156129e15780516020820151604051635733102f60e11b81526001600160a01b03808816600483015290921660248301526001600160401b03166044820152606401610c3c565b6129eb8483613059565b6001600160a01b0383166000908152600a602052604081208054849290612a13908490613be0565b92505081905550826001600160a01b0316846001600160a01b031660008051602061403d8339815191528460405161282391815260200190565b6000806000612a5a61228f565b905060005b7f0000000000000000000000000000000000000000000000000000000000000000811015612af7576001600160a01b038516600090815260066020908152604080832084845290915281205490819003612ab95750612aef565b600080612ac68386612553565b91509150612ad38261263b565b612add9088613be0565b9650612ae98187613be0565b95505050505b600101612a5f565b5050915091565b6000611bf7836001600160a01b0384166132b7565b612b1b612407565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861286c61242d565b60606000611bf7836132fe565b6000612b68826126e6565b600381015490915060ff16612b985760405163febbe58760e01b815263ffffffff83166004820152602401610c3c565b612bc1612ba361242d565b63ffffffff808516600090815260046020526040902091906123d416565b612bfe5781612bce61242d565b604051635cd3b63160e11b815263ffffffff90921660048301526001600160a01b03166024820152604401610c3c565b919050565b63ffffffff8216600090815260056020908152604080832066ffffffffffffff600886901c168452909152812054600160ff84161b80821615612c4b57600092505050610912565b63ffffffff8516600090815260056020908152604080832066ffffffffffffff600889901c16845290915290209117905550600192915050565b6001600160a01b038416612cac57604051636c4d12f760e11b815260040160405180910390fd5b82600003612ccd5760405163e607138960e01b815260040160405180910390fd5b612cd86008856123d4565b15612d015760405163060109b760e01b81526001600160a01b0385166004820152602401610c3c565b6000612d0e600483613b9d565b90506000612d3c7f000000000000000000000000000000000000000000000000000000000000000083613f8c565b6001600160a01b0387166000908152600660209081526040808320848452909152902054909150612d6e836001613be0565b60c082901c14612da2578015612d9057612d9087612d8b8361263b565b612681565b60c0612d9d846001613be0565b901b90505b60006030612db1600487613f8c565b612dbb9190613bf3565b9050600087612dcf6001600160301b613ce1565b612ddd919085851c16613be0565b9050612dee6001600160301b613ce1565b811115612e205760405163da68c2f960e01b81526001600160a01b038a16600482015260248101899052604401610c3c565b80821b82612e336001600160301b613ce1565b6001600160a01b038c1660009081526006602090815260408083208a845290915281209190921b19861692909217909155600280548a9290612e76908490613be0565b90915550506040518881526001600160a01b038a169060009060008051602061403d8339815191529060200160405180910390a3604080516001600160401b0389168152602081018a90526001600160a01b038b169163ffffffff8d16917f729816d91c5b8083e5bb4b69a7596c77d605e0753a72d45c1219b1b270530ac1910160405180910390a350505050505050505050565b600182015480821115612f47576040516356d45d5f60e11b815263ffffffff851660048201526024810183905260448101829052606401610c3c565b612f518282613ce1565b836001018190555081836002016000828254612f6d9190613be0565b909155505050505050565b612f828282611d4e565b612fb15760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610c3c565b5050565b6000366014808210801590612ff257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b156130195761300636828403816000613fbc565b61300f91613fe6565b60601c9250505090565b339250505090565b6000611bf7836001600160a01b03841661335a565b60015460ff1661242b57604051638dfc202b60e01b815260040160405180910390fd5b600061306361228f565b9050600060046130937f000000000000000000000000000000000000000000000000000000000000000042613b9d565b61309d9190613b9d565b9050826000806130ae600486613b9d565b90505b8381111580156130c057508215155b156132625760006130f17f000000000000000000000000000000000000000000000000000000000000000083613f8c565b6001600160a01b0389166000908152600660209081526040808320848452909152812054919250819003613126575050613252565b600080613133838a612553565b90925090506131428187613be0565b955061314f856001613be0565b60c083901c036132025760005b60048110801561316b57508715155b1561320057600061317d603083613bf3565b905060006131906001600160301b613ce1565b8286901c169050806000036131a65750506131f0565b60008a82106131b5578a6131b7565b815b9050826131c48284613ce1565b901b836131d66001600160301b613ce1565b901b198716179550808b6131ea9190613ce1565b9a505050505b6131f981613bb1565b905061315c565b505b82821461324d576132186001600160c01b613ce1565b8216156132255781613228565b60005b6001600160a01b038c1660009081526006602090815260408083208884529091529020555b505050505b61325b81613bb1565b90506130b1565b5081156132a557856132748387613ce1565b6040516318f93cbd60e11b81526001600160a01b039092166004830152602482015260448101869052606401610c3c565b6132af8682612681565b505050505050565b60008181526001830160205260408120546124c257508154600181810184556000848152602080822090930184905584548482528286019093526040902091909155610912565b60608160000180548060200260200160405190810160405280929190818152602001828054801561334e57602002820191906000526020600020905b81548152602001906001019080831161333a575b50505050509050919050565b6000818152600183016020526040812054801561344357600061337e600183613ce1565b855490915060009061339290600190613ce1565b90508082146133f75760008660000182815481106133b2576133b2613c0a565b90600052602060002001549050808760000184815481106133d5576133d5613c0a565b6000918252602080832090910192909255918252600188019052604090208390555b855486908061340857613408614026565b600190038181906000526020600020016000905590558560010160008681526020019081526020016000206000905560019350505050610912565b6000915050610912565b5092915050565b60006020828403121561346657600080fd5b81356001600160e01b031981168114611bf757600080fd5b80356001600160a01b0381168114612bfe57600080fd5b6000602082840312156134a757600080fd5b611bf78261347e565b6040808252835190820181905260009060208501906060840190835b818110156134f35783516001600160401b03168352602093840193909201916001016134cc565b50508381036020808601919091528551808352918101925085019060005b8181101561352f578251845260209384019390920191600101613511565b50919695505050505050565b6000815180845260005b8181101561356157602081850181015186830182015201613545565b506000602082860101526020601f19601f83011685010191505092915050565b602081526000611bf7602083018461353b565b831515815282151560208201526060604082015260006135b7606083018461353b565b95945050505050565b803563ffffffff81168114612bfe57600080fd5b80356001600160401b0381168114612bfe57600080fd5b600080604083850312156135fe57600080fd5b613607836135c0565b9150613615602084016135d4565b90509250929050565b60006020828403121561363057600080fd5b5035919050565b60008083601f84011261364957600080fd5b5081356001600160401b0381111561366057600080fd5b60208301915083602082850101111561263457600080fd5b60008060006040848603121561368d57600080fd5b8335925060208401356001600160401b038111156136aa57600080fd5b6136b686828701613637565b9497909650939450505050565b600080604083850312156136d657600080fd5b823591506136156020840161347e565b6000806000604084860312156136fb57600080fd5b6137048461347e565b925060208401356001600160401b038111156136aa57600080fd5b6000806040838503121561373257600080fd5b61373b8361347e565b91506136156020840161347e565b60008083601f84011261375b57600080fd5b5081356001600160401b0381111561377257600080fd5b6020830191508360208260051b850101111561263457600080fd5b60008060008060008060008060008060e08b8d0312156137ac57600080fd5b6137b58b6135c0565b995060208b01356001600160401b038111156137d057600080fd5b6137dc8d828e01613637565b909a5098505060408b013580151581146137f557600080fd5b965060608b0135955060808b0135945060a08b01356001600160401b0381111561381e57600080fd5b61382a8d828e01613749565b90955093505060c08b01356001600160401b0381111561384957600080fd5b6138558d828e01613749565b915080935050809150509295989b9194979a5092959850565b6000806000806060858703121561388457600080fd5b61388d8561347e565b93506020850135925060408501356001600160401b038111156138af57600080fd5b6138bb87828801613637565b95989497509550505050565b6000806000806000606086880312156138df57600080fd5b85356001600160401b038111156138f557600080fd5b61390188828901613637565b9096509450506020860135925060408601356001600160401b0381111561392757600080fd5b61393388828901613749565b969995985093965092949392505050565b6000806040838503121561395757600080fd5b61373b836135c0565b6000806020838503121561397357600080fd5b82356001600160401b0381111561398957600080fd5b61399585828601613749565b90969095509350505050565b600081518084526020840193506020830160005b828110156139dc5781516001600160a01b03168652602095860195909101906001016139b5565b5093949350505050565b602081526000611bf760208301846139a1565b600060208284031215613a0b57600080fd5b611bf7826135c0565b60a081526000613a2760a083018861353b565b86602084015285604084015284151560608401528281036080840152613a4d81856139a1565b98975050505050505050565b60008060408385031215613a6c57600080fd5b613a758361347e565b946020939093013593505050565b600080600060408486031215613a9857600080fd5b613aa1846135c0565b925060208401356001600160401b03811115613abc57600080fd5b8401601f81018613613acd57600080fd5b80356001600160401b03811115613ae357600080fd5b866020606083028401011115613af857600080fd5b939660209190910195509293505050565b600060208284031215613b1b57600080fd5b611bf7826135d4565b60008060008060808587031215613b3a57600080fd5b613b43856135c0565b9350613b516020860161347e565b925060408501359150613b66606086016135d4565b905092959194509250565b634e487b7160e01b600052601260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b600082613bac57613bac613b71565b500490565b600060018201613bc357613bc3613b87565b5060010190565b634e487b7160e01b600052604160045260246000fd5b8082018082111561091257610912613b87565b808202811582820484141761091257610912613b87565b634e487b7160e01b600052603260045260246000fd5b600181811c90821680613c3457607f821691505b60208210810361267b57634e487b7160e01b600052602260045260246000fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60608152600660608201526572656465656d60d01b608082015260018060a01b038416602082015260a0604082015260006135b760a083018486613c54565b6001600160a01b03841681526040602082018190526000906135b79083018486613c54565b8181038181111561091257610912613b87565b8381526040602082015260006135b7604083018486613c54565b6001600160401b03818116838216019081111561091257610912613b87565b601f821115610fba57806000526020600020601f840160051c81016020851015613d545750805b601f840160051c820191505b818110156122885760008155600101613d60565b6001600160401b03831115613d8b57613d8b613bca565b613d9f83613d998354613c20565b83613d2d565b6000601f841160018114613dd35760008515613dbb5750838201355b600019600387901b1c1916600186901b178355612288565b600083815260209020601f19861690835b82811015613e045786850135825560209485019460019092019101613de4565b5086821015613e215760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b606081526000613e47606083018688613c54565b9315156020830152506040015292915050565b60608152600360608201526270617960e81b608082015260018060a01b038416602082015260a0604082015260006135b760a083018486613c54565b81516001600160401b03811115613eaf57613eaf613bca565b613ec381613ebd8454613c20565b84613d2d565b6020601f821160018114613ef75760008315613edf5750848201515b600019600385901b1c1916600184901b178455612288565b600084815260208120601f198516915b82811015613f275787850151825560209485019460019092019101613f07565b5084821015613f455786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b604081526000613f68604083018587613c54565b9050826020830152949350505050565b602081526000611b89602083018486613c54565b600082613f9b57613f9b613b71565b500690565b63ffffffff828116828216039081111561091257610912613b87565b60008085851115613fcc57600080fd5b83861115613fd957600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff19811690601484101561344d576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b634e487b7160e01b600052603160045260246000fdfeddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efa2646970667358221220ffae2930edebcb2c3085a06f0e3aebf311f29bdf0fb4b57247c9fc131246ffb764736f6c634300081c0033",
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

// Merchants is a free data retrieval call binding the contract method 0x8bcc8801.
//
// Solidity: function merchants() view returns(address[])
func (_SCoin *SCoinCaller) Merchants(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "merchants")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Merchants is a free data retrieval call binding the contract method 0x8bcc8801.
//
// Solidity: function merchants() view returns(address[])
func (_SCoin *SCoinSession) Merchants() ([]common.Address, error) {
	return _SCoin.Contract.Merchants(&_SCoin.CallOpts)
}

// Merchants is a free data retrieval call binding the contract method 0x8bcc8801.
//
// Solidity: function merchants() view returns(address[])
func (_SCoin *SCoinCallerSession) Merchants() ([]common.Address, error) {
	return _SCoin.Contract.Merchants(&_SCoin.CallOpts)
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

// RecordCredited is a free data retrieval call binding the contract method 0x15762ff3.
//
// Solidity: function recordCredited(uint32 programId, uint64 recordId) view returns(bool)
func (_SCoin *SCoinCaller) RecordCredited(opts *bind.CallOpts, programId uint32, recordId uint64) (bool, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "recordCredited", programId, recordId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// RecordCredited is a free data retrieval call binding the contract method 0x15762ff3.
//
// Solidity: function recordCredited(uint32 programId, uint64 recordId) view returns(bool)
func (_SCoin *SCoinSession) RecordCredited(programId uint32, recordId uint64) (bool, error) {
	return _SCoin.Contract.RecordCredited(&_SCoin.CallOpts, programId, recordId)
}

// RecordCredited is a free data retrieval call binding the contract method 0x15762ff3.
//
// Solidity: function recordCredited(uint32 programId, uint64 recordId) view returns(bool)
func (_SCoin *SCoinCallerSession) RecordCredited(programId uint32, recordId uint64) (bool, error) {
	return _SCoin.Contract.RecordCredited(&_SCoin.CallOpts, programId, recordId)
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
	RecordId  uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCreditSkipped is a free log retrieval operation binding the contract event 0xfb6136450f1a219186d068ec2f05b611a0b503eb1caaa423e3c67c3080de7689.
//
// Solidity: event CreditSkipped(uint32 indexed programId, uint64 recordId)
func (_SCoin *SCoinFilterer) FilterCreditSkipped(opts *bind.FilterOpts, programId []uint32) (*SCoinCreditSkippedIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "CreditSkipped", programIdRule)
	if err != nil {
		return nil, err
	}
	return &SCoinCreditSkippedIterator{contract: _SCoin.contract, event: "CreditSkipped", logs: logs, sub: sub}, nil
}

// WatchCreditSkipped is a free log subscription operation binding the contract event 0xfb6136450f1a219186d068ec2f05b611a0b503eb1caaa423e3c67c3080de7689.
//
// Solidity: event CreditSkipped(uint32 indexed programId, uint64 recordId)
func (_SCoin *SCoinFilterer) WatchCreditSkipped(opts *bind.WatchOpts, sink chan<- *SCoinCreditSkipped, programId []uint32) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "CreditSkipped", programIdRule)
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

// ParseCreditSkipped is a log parse operation binding the contract event 0xfb6136450f1a219186d068ec2f05b611a0b503eb1caaa423e3c67c3080de7689.
//
// Solidity: event CreditSkipped(uint32 indexed programId, uint64 recordId)
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
	RecordId  uint64
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCredited is a free log retrieval operation binding the contract event 0x729816d91c5b8083e5bb4b69a7596c77d605e0753a72d45c1219b1b270530ac1.
//
// Solidity: event Credited(uint32 indexed programId, address indexed citizen, uint64 recordId, uint256 amount)
func (_SCoin *SCoinFilterer) FilterCredited(opts *bind.FilterOpts, programId []uint32, citizen []common.Address) (*SCoinCreditedIterator, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Credited", programIdRule, citizenRule)
	if err != nil {
		return nil, err
	}
	return &SCoinCreditedIterator{contract: _SCoin.contract, event: "Credited", logs: logs, sub: sub}, nil
}

// WatchCredited is a free log subscription operation binding the contract event 0x729816d91c5b8083e5bb4b69a7596c77d605e0753a72d45c1219b1b270530ac1.
//
// Solidity: event Credited(uint32 indexed programId, address indexed citizen, uint64 recordId, uint256 amount)
func (_SCoin *SCoinFilterer) WatchCredited(opts *bind.WatchOpts, sink chan<- *SCoinCredited, programId []uint32, citizen []common.Address) (event.Subscription, error) {

	var programIdRule []interface{}
	for _, programIdItem := range programId {
		programIdRule = append(programIdRule, programIdItem)
	}
	var citizenRule []interface{}
	for _, citizenItem := range citizen {
		citizenRule = append(citizenRule, citizenItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Credited", programIdRule, citizenRule)
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

// ParseCredited is a log parse operation binding the contract event 0x729816d91c5b8083e5bb4b69a7596c77d605e0753a72d45c1219b1b270530ac1.
//
// Solidity: event Credited(uint32 indexed programId, address indexed citizen, uint64 recordId, uint256 amount)
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
