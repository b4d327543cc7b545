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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinAccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"}],\"name\":\"SCoinBadPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"SCoinBadRecovery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"SCoinBudgetChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"SCoinBudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinCitizenHasPoints\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinCreditToMerchant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyName\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinEmptyReference\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SCoinEpochAmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SCoinInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinMerchantCannotSpend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"SCoinMerchantInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"}],\"name\":\"SCoinNoRecovery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotIssuer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotMerchant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SCoinNotRecoveryParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"SCoinPaymentReferenceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"SCoinProgramInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"SCoinRecordAlreadyCredited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"SCoinRecoveryToMerchant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"SCoinRecoveryTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"SCoinSettlementReferenceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"SCoinUnknownProgram\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"validityPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newEpochLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newValidityPeriod\",\"type\":\"uint256\"}],\"name\":\"SCoinUpgradeChangesPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SCoinZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"AccountUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"CreditSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"MerchantAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"MerchantRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"}],\"name\":\"ProgramAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"issuer\",\"type\":\"bool\"}],\"name\":\"ProgramIssuer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingBudget\",\"type\":\"uint256\"}],\"name\":\"ProgramUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RecoveryCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"RecoveryDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RecoveryExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"name\":\"RecoveryRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_RECOVERY_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MERCHANT_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_RECOVERY_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROGRAM_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECOVERY_OFFICER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VALIDITY_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"merchantName\",\"type\":\"string\"}],\"name\":\"addMerchant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"budget\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"issuers\",\"type\":\"address[]\"}],\"name\":\"addProgram\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"cancelRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"credit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structSCoin.Credit[]\",\"name\":\"credits\",\"type\":\"tuple[]\"}],\"name\":\"creditBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"executeRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"expiredOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"expiringOf\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"expiresAt\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"frozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isIssuer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"merchantCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"merchantFlags\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"flags\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"merchantInfo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"merchantName\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"merchantsPage\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"citizen\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"paymentReference\",\"type\":\"string\"}],\"name\":\"paymentMade\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"pendingRecovery\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"executeAfter\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"}],\"name\":\"programInfo\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"remainingBudget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"issued\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"address[]\",\"name\":\"issuers\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"issuer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"recordId\",\"type\":\"uint64\"}],\"name\":\"recordCredited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recoveryDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"}],\"name\":\"removeMerchant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"requestRecovery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"setRecoveryDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"merchant\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"settlementReference\",\"type\":\"string\"}],\"name\":\"settlementRedeemed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"}],\"name\":\"sweep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unfreeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"programId\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"programName\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"expectedBudget\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newBudget\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"addIssuers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"removeIssuers\",\"type\":\"address[]\"}],\"name\":\"updateProgram\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x6101206040523060a05234801561001557600080fd5b5060405161564e38038061564e8339810160408190526100349161018c565b6000608052811580610044575080155b8061005957506103e861005783836101b0565b115b1561008557604051630f289e6f60e41b8152600481018390526024810182905260440160405180910390fd5b60c082905260e0819052600461009b83836101b0565b6100a591906101b0565b6100b09060036101d2565b610100526100bc6100c3565b50506101f3565b60006100cd610161565b805490915068010000000000000000900460ff16156100ff5760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b039081161461015e5780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005b92915050565b6000806040838503121561019f57600080fd5b505080516020909101519092909150565b6000826101cd57634e487b7160e01b600052601260045260246000fd5b500490565b8082018082111561018657634e487b7160e01b600052601160045260246000fd5b60805160a05160c05160e051610100516153876102c760003960008181610926015281816117e30152818161238d01528181612cc10152818161382901528181613b080152613ef80152600081816104db01528181610f1501528181612c2001528181612c720152818161367801526136d5015260008181610a4301528181610dfa01528181610f360152818161276201528181612bc801528181612c4e0152818161364e015281816136af0152613e9a0152600081816134f00152818161351901526137d70152600050506153876000f3fe6080604052600436106103ad5760003560e01c8063693cdb70116101e7578063a66476831161010d578063d0516650116100a0578063e9d8c3811161006f578063e9d8c38114610bc8578063ea96926514610bea578063f0db3bd114610c72578063f53bcfd614610c9457600080fd5b8063d051665014610b2d578063d547741f14610b66578063da74222814610b86578063e63ab1e914610ba657600080fd5b8063ad3cb1cc116100dc578063ad3cb1cc14610a9a578063bd2b6f7014610acb578063c839b56c14610aed578063c90db44714610b0d57600080fd5b8063a6647683146109e0578063a9059cbb14610a11578063ac4746ab14610a31578063ace2e76e14610a6557600080fd5b8063891051851161018557806395d89b411161015457806395d89b411461096857806397036c78146109965780639f796634146109b6578063a217fddf146109cb57600080fd5b806389105185146108e85780638bc0ab75146108fd5780638db0543c1461091457806391d148541461094857600080fd5b8063780469bb116101c1578063780469bb146108595780637da0a877146108795780638456cb59146108a657806388d9823b146108bb57600080fd5b8063693cdb70146107f957806370a082311461081957806371c3f7021461083957600080fd5b8063313ce567116102d7578063485cc9551161026a578063572b6c0511610239578063572b6c051461075f57806358cafc631461077f5780635c975abb146107b4578063613416ac146107d957600080fd5b8063485cc955146106f75780634a4bdb30146107175780634f1ef2861461073757806352d1902d1461074a57600080fd5b80633bc2c4a7116102a65780633bc2c4a7146106825780633e0fe01e146106a25780633f4ba83a146106c257806345c8b1a6146106d757600080fd5b8063313ce5671461060657806336568abe1461062257806336bacd73146106425780633758ca7a1461066257600080fd5b8063133adab61161034f5780632715b76b1161031e5780632715b76b146105825780632a776cef146105975780632f2ff15d146105c657806330e73fdd146105e657600080fd5b8063133adab61461050b57806318160ddd1461052d578063248a9ca31461054257806324b76fd51461056257600080fd5b8063063f19c61161038b578063063f19c61461043457806306fdde031461046257806308aebd9a1461049a5780630c43cd88146104c957600080fd5b806301ffc9a7146103b257806302ff5886146103e7578063047758ed14610414575b600080fd5b3480156103be57600080fd5b506103d26103cd3660046144e5565b610cb4565b60405190151581526020015b60405180910390f35b3480156103f357600080fd5b50610407610402366004614553565b610ceb565b6040516103de9190614594565b34801561042057600080fd5b506103d261042f36600461461b565b610d9f565b34801561044057600080fd5b5061045461044f36600461465e565b610df0565b6040516103de929190614679565b34801561046e57600080fd5b506040805180820190915260068152652996a1b7b4b760d11b60208201525b6040516103de9190614754565b3480156104a657600080fd5b506104ba6104b536600461465e565b610feb565b6040516103de93929190614767565b3480156104d557600080fd5b506104fd7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016103de565b34801561051757600080fd5b5061052b61052636600461465e565b6110bb565b005b34801561053957600080fd5b506000546104fd565b34801561054e57600080fd5b506104fd61055d36600461478a565b61119f565b34801561056e57600080fd5b5061052b61057d3660046147e4565b6111c1565b34801561058e57600080fd5b506104fd6113d6565b3480156105a357600080fd5b506105ae6201518081565b6040516001600160401b0390911681526020016103de565b3480156105d257600080fd5b5061052b6105e136600461482f565b6113e8565b3480156105f257600080fd5b506103d261060136600461485b565b61140a565b34801561061257600080fd5b50604051600081526020016103de565b34801561062e57600080fd5b5061052b61063d36600461482f565b611456565b34801561064e57600080fd5b5061052b61065d366004614894565b61149e565b34801561066e57600080fd5b50600c546105ae906001600160401b031681565b34801561068e57600080fd5b5061052b61069d36600461465e565b61168b565b3480156106ae57600080fd5b5061052b6106bd3660046148be565b611ab8565b3480156106ce57600080fd5b5061052b611c43565b3480156106e357600080fd5b5061052b6106f236600461465e565b611c66565b34801561070357600080fd5b5061052b610712366004614894565b611ccf565b34801561072357600080fd5b5061052b61073236600461499f565b611e68565b61052b610745366004614a0e565b611f6f565b34801561075657600080fd5b506104fd611f8a565b34801561076b57600080fd5b506103d261077a36600461465e565b611fa7565b34801561078b57600080fd5b5061079f61079a366004614ad5565b611fcc565b60405163ffffffff90911681526020016103de565b3480156107c057600080fd5b506000805160206153328339815191525460ff166103d2565b3480156107e557600080fd5b5061052b6107f436600461485b565b612139565b34801561080557600080fd5b506104fd61081436600461465e565b6122cb565b34801561082557600080fd5b506104fd61083436600461465e565b6122df565b34801561084557600080fd5b506103d2610854366004614b52565b612320565b34801561086557600080fd5b5061052b610874366004614553565b612345565b34801561088557600080fd5b5061088e612452565b6040516001600160a01b0390911681526020016103de565b3480156108b257600080fd5b5061052b612485565b3480156108c757600080fd5b506108db6108d6366004614b6e565b6124a5565b6040516103de9190614bd5565b3480156108f457600080fd5b506104fd61259d565b34801561090957600080fd5b506105ae6203f48081565b34801561092057600080fd5b506104fd7f000000000000000000000000000000000000000000000000000000000000000081565b34801561095457600080fd5b506103d261096336600461482f565b6125ae565b34801561097457600080fd5b5060408051808201909152600581526429a1a7a4a760d91b602082015261048d565b3480156109a257600080fd5b506103d26109b136600461485b565b6125e6565b3480156109c257600080fd5b506001546104fd565b3480156109d757600080fd5b506104fd600081565b3480156109ec57600080fd5b50610a006109fb366004614be8565b612601565b6040516103de959493929190614c03565b348015610a1d57600080fd5b506103d2610a2c366004614c48565b6126f0565b348015610a3d57600080fd5b506104fd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610a7157600080fd5b50610a85610a80366004614c72565b612715565b604080519283526020830191909152016103de565b348015610aa657600080fd5b5061048d604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610ad757600080fd5b506104fd60008051602061527283398151915281565b348015610af957600080fd5b5061052b610b08366004614cf8565b6128a8565b348015610b1957600080fd5b5061052b610b2836600461465e565b61294a565b348015610b3957600080fd5b506103d2610b4836600461465e565b6001600160a01b03166000908152600b602052604090205460ff1690565b348015610b7257600080fd5b5061052b610b8136600461482f565b612b11565b348015610b9257600080fd5b5061052b610ba136600461465e565b612b2d565b348015610bb257600080fd5b506104fd6000805160206152b283398151915281565b348015610bd457600080fd5b506104fd60008051602061525283398151915281565b348015610bf657600080fd5b50610c4b610c0536600461465e565b6001600160a01b039081166000908152600a6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b031691018190529091565b604080516001600160a01b0390931683526001600160401b039091166020830152016103de565b348015610c7e57600080fd5b506104fd6000805160206152d283398151915281565b348015610ca057600080fd5b5061052b610caf366004614d13565b612b41565b60006001600160e01b03198216637965db0b60e01b1480610ce557506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060816001600160401b03811115610d0557610d056149f8565b604051908082528060200260200182016040528015610d2e578160200160208202803683370190505b50905060005b82811015610d9857610d6e848483818110610d5157610d51614d60565b9050602002016020810190610d66919061465e565b600690612bfa565b828281518110610d8057610d80614d60565b91151560209283029190910190910152600101610d34565b5092915050565b63ffffffff831660009081526003602090815260408083206001600160a01b0386168452825280832066ffffffffffffff600886901c168452909152902054600160ff83161b1615155b9392505050565b6060806000610e1f7f000000000000000000000000000000000000000000000000000000000000000042614da2565b90506000610e2b612c1c565b90506000815b838111610e6357610e428782612ca1565b15610e5357610e5082614db6565b91505b610e5c81614db6565b9050610e31565b50806001600160401b03811115610e7c57610e7c6149f8565b604051908082528060200260200182016040528015610ea5578160200160208202803683370190505b509450806001600160401b03811115610ec057610ec06149f8565b604051908082528060200260200182016040528015610ee9578160200160208202803683370190505b5093506000825b848111610fe1576000610f038983612ca1565b905080600003610f135750610fd1565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610f60846001614dcf565b610f6a9190614de2565b610f749190614dcf565b888481518110610f8657610f86614d60565b60200260200101906001600160401b031690816001600160401b03168152505080878481518110610fb957610fb9614d60565b6020908102919091010152610fcd83614db6565b9250505b610fda81614db6565b9050610ef0565b5050505050915091565b6001600160a01b03811660009081526005602052604081208190606090611013600686612bfa565b6001820154825460ff909116908390819061102d90614df9565b80601f016020809104026020016040519081016040528092919081815260200182805461105990614df9565b80156110a65780601f1061107b576101008083540402835291602001916110a6565b820191906000526020600020905b81548152906001019060200180831161108957829003601f168201915b50505050509050935093509350509193909250565b6000805160206152d28339815191526110d381612d64565b6110de600683612bfa565b61110b57604051632b3661b160e11b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b03821660009081526005602052604090206001015460ff16611152576040516302c28cf160e51b81526001600160a01b0383166004820152602401611102565b6001600160a01b038216600081815260056020526040808220600101805460ff19169055517fae4bdf5adabafca6721399496d24fe50fb6564effcb386fbae92de33540763bc9190a25050565b6000908152600080516020615312833981519152602052604090206001015490565b6111c9612d75565b60006111d3612da8565b90506111e0600682612bfa565b61120857604051632b3661b160e11b81526001600160a01b0382166004820152602401611102565b836000036112295760405163e607138960e01b815260040160405180910390fd5b600082900361124b57604051631471f47360e31b815260040160405180910390fd5b600081848460405160200161126293929190614e56565b60408051601f1981840301815291815281516020928301206000818152600990935291205490915060ff16156112b1578184846040516303ac9c9d60e21b815260040161110293929190614e95565b6001600160a01b03821660009081526008602052604090205485811015611304576040516318f93cbd60e11b81526001600160a01b03841660048201526024810182905260448101879052606401611102565b6000828152600960205260409020805460ff191660011790556113278682614eba565b6001600160a01b03841660009081526008602052604081209190915580548791908190611355908490614eba565b90915550506040518681526000906001600160a01b038516906000805160206152f28339815191529060200160405180910390a3826001600160a01b03167f784e131f41825c0f4dedaf1b303cfd417f3603b2e95ed4a0c0bdc2176dbbc3ee8787876040516113c693929190614ecd565b60405180910390a2505050505050565b6113e56001600160301b614eba565b81565b6113f18261119f565b6113fa81612d64565b6114048383612db2565b50505050565b60006009600085858560405160200161142593929190614e56565b60408051808303601f190181529181528151602092830120835290820192909252016000205460ff16949350505050565b61145e612da8565b6001600160a01b0316816001600160a01b03161461148f5760405163334bd91960e11b815260040160405180910390fd5b6114998282612e58565b505050565b6000805160206152728339815191526114b681612d64565b6001600160a01b03831615806114d357506001600160a01b038216155b806114ef5750816001600160a01b0316836001600160a01b0316145b1561152057604051633f18e46160e01b81526001600160a01b03808516600483015283166024820152604401611102565b61152b600684612bfa565b8061153c575061153c600683612bfa565b1561156d57604051633f18e46160e01b81526001600160a01b03808516600483015283166024820152604401611102565b6001600160a01b038084166000908152600a602052604090208054909116156115d4578054604051635733102f60e11b81526001600160a01b03808716600483015282166024820152600160a01b9091046001600160401b03166044820152606401611102565b600c546000906115ed906001600160401b031642614ee7565b6040805180820182526001600160a01b038781168083526001600160401b0385811660208086018281528d86166000818152600a8452899020975188549251909516600160a01b026001600160e01b03199092169490961693909317929092179094559351928352939450917fc04ee3caae371ffc81ecc168626f2cfd45c04b839a8a625651c3512ff9fb772c910160405180910390a35050505050565b611693612d75565b6001600160a01b038181166000908152600a6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b031690820152906116fd57604051635620b45960e01b81526001600160a01b0383166004820152602401611102565b80602001516001600160401b031642101561174b57602081015160405163abc70a7360e01b81526001600160a01b03841660048201526001600160401b039091166024820152604401611102565b805161175990600690612bfa565b1561178d578051604051631d0bd5ad60e01b81526001600160a01b0380851660048301529091166024820152604401611102565b6001600160a01b0382166000908152600a6020908152604080832080546001600160e01b0319169055600b90915290205460ff16156117cf576117cf82612ef2565b60006117d9612c1c565b905060008080805b7f0000000000000000000000000000000000000000000000000000000000000000811015611a09576001600160a01b03871660009081526004602090815260408083208484529091528120549081900361183b5750611a01565b6001600160a01b038816600090815260046020908152604080832085845290915281208190558061186c8389612f59565b909250905061187b8187614dcf565b955061188c6001600160c01b614eba565b821660000361189d57505050611a01565b88516001600160a01b0316600090815260046020908152604080832087845290915290205460c081811c9084901c146118fa576118d981613041565b6118e39087614dcf565b95506118f46001600160c01b614eba565b19831690505b60005b60048110156119d7576000611913603083614de2565b905060006119266001600160301b614eba565b8287901c1690508060000361193c5750506119cf565b60008161194e6001600160301b614eba565b61195c919087861c16614dcf565b905061196d6001600160301b614eba565b8111156119a2578d5160405163da68c2f960e01b81526001600160a01b03909116600482015260248101839052604401611102565b80831b836119b56001600160301b614eba565b901b198616179450818c6119c99190614dcf565b9b505050505b6001016118fd565b5089516001600160a01b031660009081526004602090815260408083208884529091529020555050505b6001016117e1565b50611a148683613087565b8451611a209082613087565b84600001516001600160a01b0316866001600160a01b03166000805160206152f283398151915285604051611a5791815260200190565b60405180910390a384600001516001600160a01b0316866001600160a01b03167fcbaa7c7c351e2d5655fc08d9c383adcf4736af160c800b53df1f1dd221f826c885604051611aa891815260200190565b60405180910390a3505050505050565b600080516020615252833981519152611ad081612d64565b6000611adb8c6130eb565b905060008a9003611aff57604051638592376760e01b815260040160405180910390fd5b87816001015414611b3f576001810154604051630147e99f60e21b815263ffffffff8e166004820152602481018a90526044810191909152606401611102565b80611b4b8b8d83614f54565b5060038101805460ff19168a15151790556001810187905560405163ffffffff8d16907fa376162375164fbd29c22a2e4a7aef28ff2c3c2e42b57f5df40e1759ef9d76a290611ba1908e908e908e908d90615013565b60405180910390a260005b85811015611bee57611be68d888884818110611bca57611bca614d60565b9050602002016020810190611bdf919061465e565b6001613164565b600101611bac565b5060005b83811015611c3457611c2c8d868684818110611c1057611c10614d60565b9050602002016020810190611c25919061465e565b6000613164565b600101611bf2565b50505050505050505050505050565b6000805160206152b2833981519152611c5b81612d64565b611c63613235565b50565b600080516020615272833981519152611c7e81612d64565b6001600160a01b0382166000908152600b602052604090205460ff16611cc257604051635072498560e11b81526001600160a01b0383166004820152602401611102565b611ccb82612ef2565b5050565b6000611cd961329b565b805490915060ff600160401b82041615906001600160401b0316600081158015611d005750825b90506000826001600160401b03166001148015611d1c5750303b155b905081158015611d2a575080155b15611d485760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611d7257845460ff60401b1916600160401b1785555b611d7b876132c4565b611d836132d5565b611d8b6132d5565b611d936132d5565b600c805467ffffffffffffffff19166203f480179055611db4600087612db2565b50611dcd60008051602061525283398151915287612db2565b50611de66000805160206152d283398151915287612db2565b50611dff60008051602061527283398151915287612db2565b50611e186000805160206152b283398151915287612db2565b508315611e5f57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b611e70612d75565b6000611e7a612da8565b90506000829003611e9e57604051631471f47360e31b815260040160405180910390fd5b6000818484604051602001611eb59392919061503a565b60408051601f1981840301815291815281516020928301206000818152600990935291205490915060ff1615611f045781848460405163ba9fa19160e01b815260040161110293929190614e95565b6000818152600960205260409020805460ff19166001179055611f288287876132dd565b856001600160a01b0316826001600160a01b03167ff438e2c4a3356a8b7d1d49f07f1c48399c11eb019c9fa7343bacc0371dade022878787604051611aa893929190614ecd565b611f776134e5565b611f8082613573565b611ccb828261370f565b6000611f946137cc565b5060008051602061529283398151915290565b6000611fb1612452565b6001600160a01b0316826001600160a01b0316149050919050565b6000600080516020615252833981519152611fe681612d64565b600086900361200857604051638592376760e01b815260040160405180910390fd5b6040805160a06020601f8a018190040282018101909252608081018881526001928291908b908b9081908501838280828437600092018290525093855250505060208083018a90526040830182905260016060909301839052845492830185559381529290922081519192600402019081906120849082615076565b50602082015181600101556040820151816002015560608201518160030160006101000a81548160ff021916908315150217905550505060018054905091508163ffffffff167f4962dbd367b806fb592cd36748a43dedd8aa62d6c0aa38d0c66368bafc41129f8888886040516120fd93929190615134565b60405180910390a260005b8381101561212e5761212683868684818110611bca57611bca614d60565b600101612108565b505095945050505050565b6000805160206152d283398151915261215181612d64565b6001600160a01b03841661217857604051636c4d12f760e11b815260040160405180910390fd5b600082900361219a57604051638592376760e01b815260040160405180910390fd5b6121a5600685612bfa565b6121fc576000806121b586613815565b90925090506121c48183614dcf565b156121ed57604051632cfc2cb360e01b81526001600160a01b0387166004820152602401611102565b6121f86006876138c6565b5050505b6040805160606020601f86018190040282018101835291810184815290918291908690869081908501838280828437600092018290525093855250506001602093840152506001600160a01b0387168152600590915260409020815181906122649082615076565b50602091909101516001909101805460ff19169115159190911790556040516001600160a01b038516907fa7bec489aca0191976fa999eaef5a887facc0ee986ef77a44cce3f1b7a4c50ad906122bd9086908690615158565b60405180910390a250505050565b6000806122d783613815565b949350505050565b60006122ec600683612bfa565b1561230d57506001600160a01b031660009081526008602052604090205490565b600061231883613815565b509392505050565b63ffffffff80831660009081526002602052604081209091610de991908490612bfa16565b600061234f612c1c565b905060005b8281101561140457600084848381811061237057612370614d60565b9050602002016020810190612385919061465e565b90506000805b7f000000000000000000000000000000000000000000000000000000000000000081101561243d576001600160a01b0383166000908152600460209081526040808320848452909152812054908190036123e55750612435565b6000806123f28389612f59565b9150915080600014612431576001600160a01b0386166000908152600460209081526040808320878452909152902082905561242e8186614dcf565b94505b5050505b60010161238b565b506124488282613087565b5050600101612354565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000805160206152b283398151915261249d81612d64565b611c636138db565b606060006124b36006613926565b90508084106124d2575050604080516000815260208101909152610ce5565b6000836124df8684614eba565b106124f3576124ee8486614dcf565b6124f5565b815b90506125018582614eba565b6001600160401b03811115612518576125186149f8565b604051908082528060200260200182016040528015612541578160200160208202803683370190505b509250845b8181101561259457612559600682613930565b846125648884614eba565b8151811061257457612574614d60565b6001600160a01b0390921660209283029190910190910152600101612546565b50505092915050565b60006125a96006613926565b905090565b6000918252600080516020615312833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000600960008585856040516020016114259392919061503a565b6060600080600060606000612615876130eb565b6001810154600280830154600384015463ffffffff8c16600090815260209390935260409092209394508493909160ff16906126509061393c565b84805461265c90614df9565b80601f016020809104026020016040519081016040528092919081815260200182805461268890614df9565b80156126d55780601f106126aa576101008083540402835291602001916126d5565b820191906000526020600020905b8154815290600101906020018083116126b857829003601f168201915b50505050509450955095509550955095505091939590929450565b60006126fa612d75565b61270c612705612da8565b84846132dd565b50600192915050565b600080612720612d75565b600061272b86613949565b9050600084900361274f576040516312a8acab60e21b815260040160405180910390fd5b6000612759612da8565b905060006127877f000000000000000000000000000000000000000000000000000000000000000042614da2565b90506000805b8781101561289057368989838181106127a8576127a8614d60565b90506060020190506127cd8b868360200160208101906127c89190614cf8565b6139ef565b61283f576001600160a01b03851663ffffffff8c167f1a6c3a04c79e981f1c53dcb74e3384550dda4ee996ec4dacdfdb289f6fd5bc056128136040850160208601614cf8565b6040516001600160401b03909116815260200160405180910390a361283787614db6565b965050612888565b61284d604082013584614dcf565b925061285888614db6565b97506128868b61286b602084018461465e565b87604085018035906128809060208801614cf8565b89613a76565b505b60010161278d565b5061289c898583613d02565b50505050935093915050565b60006128b381612d64565b620151806001600160401b03831610156128f45760405163a4483f1760e01b81526001600160401b0383166004820152620151806024820152604401611102565b600c805467ffffffffffffffff19166001600160401b0384169081179091556040519081527fbf6cbf68da62351e02ce11e3fda11e34cb61297f059cd01eeaa9a59042a8c4e29060200160405180910390a15050565b6000612954612da8565b9050816001600160a01b0316816001600160a01b03161415801561298d575061298b600080516020615272833981519152826125ae565b155b156129b6576040516338ad656560e11b81526001600160a01b0382166004820152602401611102565b6001600160a01b038281166000908152600a6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b03169082015290612a2057604051635620b45960e01b81526001600160a01b0384166004820152602401611102565b6001600160a01b038381166000818152600a602090815260409182902080546001600160e01b031916905584519151868516815291909316927fa2c14772ea92193e2ee43464f087c6831cde0723bafa30362b356e1db0aa1f49910160405180910390a3826001600160a01b0316826001600160a01b0316148015612abe57506001600160a01b0383166000908152600b602052604090205460ff16155b15611499576001600160a01b0383166000818152600b6020526040808220805460ff19166001179055517f4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d9190a2505050565b612b1a8261119f565b612b2381612d64565b6114048383612e58565b6000612b3881612d64565b611ccb82613d6f565b612b49612d75565b6000612b5485613949565b90506000612b60612da8565b9050612b6d8682856139ef565b612bb057604051631c587a6360e01b815263ffffffff871660048201526001600160a01b03821660248201526001600160401b0384166044820152606401611102565b612bbb868386613d02565b612bf28686838787612bed7f000000000000000000000000000000000000000000000000000000000000000042614da2565b613a76565b505050505050565b6001600160a01b03811660009081526001830160205260408120541515610de9565b60007f0000000000000000000000000000000000000000000000000000000000000000421015612c4c5750600090565b7f0000000000000000000000000000000000000000000000000000000000000000612c977f000000000000000000000000000000000000000000000000000000000000000042614eba565b6125a99190614da2565b6001600160a01b03821660009081526004602081905260408220829182907f000000000000000000000000000000000000000000000000000000000000000090612ceb9087614da2565b612cf5919061516c565b8152602001908152602001600020549050600483612d139190614da2565b612d1e906001614dcf565b60c082901c14612d32576000915050610ce5565b612d416001600160301b614eba565b6030612d4e60048661516c565b612d589190614de2565b9190911c169392505050565b611c6381612d70612da8565b613dd8565b6000805160206153328339815191525460ff1615612da65760405163d93c066560e01b815260040160405180910390fd5b565b60006125a9613e11565b6000600080516020615312833981519152612dcd84846125ae565b612e4e576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612e04612da8565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610ce5565b6000915050610ce5565b6000600080516020615312833981519152612e7384846125ae565b15612e4e576000848152602082815260408083206001600160a01b03871684529091529020805460ff19169055612ea8612da8565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610ce5565b6001600160a01b0381166000818152600b60205260409020805460ff191690557fe19c610e04dba2019efcfb0f9455fad3af646853bb02abad2a452db1fd47c327612f3b612da8565b6040516001600160a01b03909116815260200160405180910390a250565b600080806004612f6e600160c088901c614eba565b612f789190614de2565b905083612f86600483614dcf565b11612fa0576000612f9686613041565b925092505061303a565b84925060005b600481108015612fbe575084612fbc8284614dcf565b105b1561301a576000612fd0603083614de2565b9050612fe16001600160301b614eba565b612fef9088831c1685614dcf565b9350806130016001600160301b614eba565b901b1985169450508061301390614db6565b9050612fa6565b5061302a6001600160c01b614eba565b831660000361303857600092505b505b9250929050565b6000805b60048110156130815761305d6001600160301b614eba565b613068603083614de2565b84901c16826130779190614dcf565b9150600101613045565b50919050565b80600003613093575050565b806000808282546130a49190614eba565b90915550506040518181526001600160a01b038316907f751a0eb66c3cc9aa48957d09bd3cc81db888f5bcac6689def5fb9e18ec3cf2019060200160405180910390a25050565b600063ffffffff82161580613107575060015463ffffffff8316115b1561312d57604051638661acb360e01b815263ffffffff83166004820152602401611102565b60016131398184615180565b63ffffffff168154811061314f5761314f614d60565b90600052602060002090600402019050919050565b6001600160a01b03821661318b57604051636c4d12f760e11b815260040160405180910390fd5b6000816131b95763ffffffff80851660009081526002602052604090206131b4918590613e1b16565b6131db565b63ffffffff80851660009081526002602052604090206131db9185906138c616565b9050801561140457826001600160a01b03168463ffffffff167f32a902042cfd2db982e7d155253b560ec127c8f929bd1dc2b2d6ec72fe2f122684604051613227911515815260200190565b60405180910390a350505050565b61323d613e30565b600080516020615332833981519152805460ff191681557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa61327d612da8565b6040516001600160a01b03909116815260200160405180910390a150565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610ce5565b6132cc613e60565b611c6381613d6f565b612da6613e60565b806000036132fe5760405163e607138960e01b815260040160405180910390fd5b613309600684612bfa565b156133325760405163146c18a360e31b81526001600160a01b0384166004820152602401611102565b61333d600683612bfa565b61336557604051632b3661b160e11b81526001600160a01b0383166004820152602401611102565b6001600160a01b03821660009081526005602052604090206001015460ff166133ac576040516302c28cf160e51b81526001600160a01b0383166004820152602401611102565b6001600160a01b038381166000908152600a6020908152604091829020825180840190935254928316808352600160a01b9093046001600160401b03169082015290156134355780516020820151604051635733102f60e11b81526001600160a01b03808816600483015290921660248301526001600160401b03166044820152606401611102565b6001600160a01b0384166000908152600b602052604090205460ff1615613479576040516230f36960e21b81526001600160a01b0385166004820152602401611102565b6134838483613e85565b6001600160a01b038316600090815260086020526040812080548492906134ab908490614dcf565b92505081905550826001600160a01b0316846001600160a01b03166000805160206152f28339815191528460405161322791815260200190565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061355557507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166135496140db565b6001600160a01b031614155b15612da65760405163703e46dd60e11b815260040160405180910390fd5b600061357e81612d64565b60008060008091509150836001600160a01b031663ac4746ab6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156135e2575060408051601f3d908101601f191682019092526135df9181019061519c565b60015b156135ea5791505b836001600160a01b0316630c43cd886040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015613644575060408051601f3d908101601f191682019092526136419181019061519c565b60015b1561364c5790505b7f00000000000000000000000000000000000000000000000000000000000000008214158061369b57507f00000000000000000000000000000000000000000000000000000000000000008114155b15611404576040516311351b8f60e31b81527f000000000000000000000000000000000000000000000000000000000000000060048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044810183905260648101829052608401611102565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015613769575060408051601f3d908101601f191682019092526137669181019061519c565b60015b61379157604051634c9c8ce360e01b81526001600160a01b0383166004820152602401611102565b60008051602061529283398151915281146137c257604051632a87526960e21b815260048101829052602401611102565b61149983836140f1565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612da65760405163703e46dd60e11b815260040160405180910390fd5b6000806000613822612c1c565b905060005b7f00000000000000000000000000000000000000000000000000000000000000008110156138bf576001600160a01b03851660009081526004602090815260408083208484529091528120549081900361388157506138b7565b60008061388e8386612f59565b9150915061389b82613041565b6138a59088614dcf565b96506138b18187614dcf565b95505050505b600101613827565b5050915091565b6000610de9836001600160a01b038416614147565b6138e3612d75565b600080516020615332833981519152805460ff191660011781557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25861327d612da8565b6000610ce5825490565b6000610de98383614196565b60606000610de9836141c0565b6000613954826130eb565b600381015490915060ff166139845760405163febbe58760e01b815263ffffffff83166004820152602401611102565b6139ad61398f612da8565b63ffffffff80851660009081526002602052604090209190612bfa16565b6139ea57816139ba612da8565b604051635cd3b63160e11b815263ffffffff90921660048301526001600160a01b03166024820152604401611102565b919050565b63ffffffff831660009081526003602090815260408083206001600160a01b0386168452825280832066ffffffffffffff600886901c16845291829052822054600160ff85161b80821615613a4a5760009350505050610de9565b66ffffffffffffff600886901c1660009081526020939093526040909220911790555060019392505050565b6001600160a01b038516613a9d57604051636c4d12f760e11b815260040160405180910390fd5b82600003613abe5760405163e607138960e01b815260040160405180910390fd5b613ac9600686612bfa565b15613af25760405163060109b760e01b81526001600160a01b0386166004820152602401611102565b6000613aff600483614da2565b90506000613b2d7f00000000000000000000000000000000000000000000000000000000000000008361516c565b6001600160a01b0388166000908152600460209081526040808320848452909152902054909150613b5f836001614dcf565b60c082901c14613b93578015613b8157613b8188613b7c83613041565b613087565b60c0613b8e846001614dcf565b901b90505b60006030613ba260048761516c565b613bac9190614de2565b9050600087613bc06001600160301b614eba565b613bce919085851c16614dcf565b9050613bdf6001600160301b614eba565b811115613c115760405163da68c2f960e01b81526001600160a01b038b16600482015260248101899052604401611102565b80821b82613c246001600160301b614eba565b6001600160a01b038d1660009081526004602090815260408083208a845290915281209190921b1986169290921790915580548991908190613c67908490614dcf565b90915550506040518881526001600160a01b038b16906000906000805160206152f28339815191529060200160405180910390a3604080516001600160401b0389168152602081018a90526001600160a01b03808c1692908d169163ffffffff8f16917fd2260f64335f732d015aebf96fb0d2e4a64bb4e0b61ff36d3c3c80773b8d62e3910160405180910390a45050505050505050505050565b600182015480821115613d3e576040516356d45d5f60e11b815263ffffffff851660048201526024810183905260448101829052606401611102565b613d488282614eba565b836001018190555081836002016000828254613d649190614dcf565b909155505050505050565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b613de282826125ae565b611ccb5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401611102565b60006125a961421c565b6000610de9836001600160a01b038416614264565b6000805160206153328339815191525460ff16612da657604051638dfc202b60e01b815260040160405180910390fd5b613e6861434d565b612da657604051631afcd79f60e31b815260040160405180910390fd5b6000613e8f612c1c565b905060006004613ebf7f000000000000000000000000000000000000000000000000000000000000000042614da2565b613ec99190614da2565b905082600080613eda600486614da2565b90505b838111158015613eec57508215155b1561408e576000613f1d7f00000000000000000000000000000000000000000000000000000000000000008361516c565b6001600160a01b0389166000908152600460209081526040808320848452909152812054919250819003613f5257505061407e565b600080613f5f838a612f59565b9092509050613f6e8187614dcf565b9550613f7b856001614dcf565b60c083901c0361402e5760005b600481108015613f9757508715155b1561402c576000613fa9603083614de2565b90506000613fbc6001600160301b614eba565b8286901c16905080600003613fd257505061401c565b60008a8210613fe1578a613fe3565b815b905082613ff08284614eba565b901b836140026001600160301b614eba565b901b198716179550808b6140169190614eba565b9a505050505b61402581614db6565b9050613f88565b505b828214614079576140446001600160c01b614eba565b8216156140515781614054565b60005b6001600160a01b038c1660009081526004602090815260408083208884529091529020555b505050505b61408781614db6565b9050613edd565b5081156140d157856140a08387614eba565b6040516318f93cbd60e11b81526001600160a01b039092166004830152602482015260448101869052606401611102565b612bf28682613087565b6000600080516020615292833981519152612476565b6140fa82614367565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a280511561413f5761149982826143cc565b611ccb614442565b600081815260018301602052604081205461418e57508154600181810184556000848152602080822090930184905584548482528286019093526040902091909155610ce5565b506000610ce5565b60008260000182815481106141ad576141ad614d60565b9060005260206000200154905092915050565b60608160000180548060200260200160405190810160405280929190818152602001828054801561421057602002820191906000526020600020905b8154815260200190600101908083116141fc575b50505050509050919050565b6000366014808210801590614235575061423533611fa7565b1561425c57614249368284038160006151b5565b614252916151df565b60601c9250505090565b339250505090565b60008181526001830160205260408120548015612e4e576000614288600183614eba565b855490915060009061429c90600190614eba565b90508082146143015760008660000182815481106142bc576142bc614d60565b90600052602060002001549050808760000184815481106142df576142df614d60565b6000918252602080832090910192909255918252600188019052604090208390555b85548690806143125761431261521f565b600190038181906000526020600020016000905590558560010160008681526020019081526020016000206000905560019350505050610ce5565b600061435761329b565b54600160401b900460ff16919050565b806001600160a01b03163b60000361439d57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401611102565b60008051602061529283398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516143e99190615235565b600060405180830381855af49150503d8060008114614424576040519150601f19603f3d011682016040523d82523d6000602084013e614429565b606091505b5091509150614439858383614461565b95945050505050565b3415612da65760405163b398979f60e01b815260040160405180910390fd5b60608261447657614471826144bd565b610de9565b815115801561448d57506001600160a01b0384163b155b156144b657604051639996b31560e01b81526001600160a01b0385166004820152602401611102565b5080610de9565b8051156144cc57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b6000602082840312156144f757600080fd5b81356001600160e01b031981168114610de957600080fd5b60008083601f84011261452157600080fd5b5081356001600160401b0381111561453857600080fd5b6020830191508360208260051b850101111561303a57600080fd5b6000806020838503121561456657600080fd5b82356001600160401b0381111561457c57600080fd5b6145888582860161450f565b90969095509350505050565b602080825282518282018190526000918401906040840190835b818110156145ce57835115158352602093840193909201916001016145ae565b509095945050505050565b803563ffffffff811681146139ea57600080fd5b80356001600160a01b03811681146139ea57600080fd5b80356001600160401b03811681146139ea57600080fd5b60008060006060848603121561463057600080fd5b614639846145d9565b9250614647602085016145ed565b915061465560408501614604565b90509250925092565b60006020828403121561467057600080fd5b610de9826145ed565b6040808252835190820181905260009060208501906060840190835b818110156146bc5783516001600160401b0316835260209384019390920191600101614695565b50508381036020808601919091528551808352918101925085019060005b818110156146f85782518452602093840193909201916001016146da565b50919695505050505050565b60005b8381101561471f578181015183820152602001614707565b50506000910152565b60008151808452614740816020860160208601614704565b601f01601f19169290920160200192915050565b602081526000610de96020830184614728565b831515815282151560208201526060604082015260006144396060830184614728565b60006020828403121561479c57600080fd5b5035919050565b60008083601f8401126147b557600080fd5b5081356001600160401b038111156147cc57600080fd5b60208301915083602082850101111561303a57600080fd5b6000806000604084860312156147f957600080fd5b8335925060208401356001600160401b0381111561481657600080fd5b614822868287016147a3565b9497909650939450505050565b6000806040838503121561484257600080fd5b82359150614852602084016145ed565b90509250929050565b60008060006040848603121561487057600080fd5b614879846145ed565b925060208401356001600160401b0381111561481657600080fd5b600080604083850312156148a757600080fd5b6148b0836145ed565b9150614852602084016145ed565b60008060008060008060008060008060e08b8d0312156148dd57600080fd5b6148e68b6145d9565b995060208b01356001600160401b0381111561490157600080fd5b61490d8d828e016147a3565b909a5098505060408b0135801515811461492657600080fd5b965060608b0135955060808b0135945060a08b01356001600160401b0381111561494f57600080fd5b61495b8d828e0161450f565b90955093505060c08b01356001600160401b0381111561497a57600080fd5b6149868d828e0161450f565b915080935050809150509295989b9194979a5092959850565b600080600080606085870312156149b557600080fd5b6149be856145ed565b93506020850135925060408501356001600160401b038111156149e057600080fd5b6149ec878288016147a3565b95989497509550505050565b634e487b7160e01b600052604160045260246000fd5b60008060408385031215614a2157600080fd5b614a2a836145ed565b915060208301356001600160401b03811115614a4557600080fd5b8301601f81018513614a5657600080fd5b80356001600160401b03811115614a6f57614a6f6149f8565b604051601f8201601f19908116603f011681016001600160401b0381118282101715614a9d57614a9d6149f8565b604052818152828201602001871015614ab557600080fd5b816020840160208301376000602083830101528093505050509250929050565b600080600080600060608688031215614aed57600080fd5b85356001600160401b03811115614b0357600080fd5b614b0f888289016147a3565b9096509450506020860135925060408601356001600160401b03811115614b3557600080fd5b614b418882890161450f565b969995985093965092949392505050565b60008060408385031215614b6557600080fd5b6148b0836145d9565b60008060408385031215614b8157600080fd5b50508035926020909101359150565b600081518084526020840193506020830160005b82811015614bcb5781516001600160a01b0316865260209586019590910190600101614ba4565b5093949350505050565b602081526000610de96020830184614b90565b600060208284031215614bfa57600080fd5b610de9826145d9565b60a081526000614c1660a0830188614728565b86602084015285604084015284151560608401528281036080840152614c3c8185614b90565b98975050505050505050565b60008060408385031215614c5b57600080fd5b614c64836145ed565b946020939093013593505050565b600080600060408486031215614c8757600080fd5b614c90846145d9565b925060208401356001600160401b03811115614cab57600080fd5b8401601f81018613614cbc57600080fd5b80356001600160401b03811115614cd257600080fd5b866020606083028401011115614ce757600080fd5b939660209190910195509293505050565b600060208284031215614d0a57600080fd5b610de982614604565b60008060008060808587031215614d2957600080fd5b614d32856145d9565b9350614d40602086016145ed565b925060408501359150614d5560608601614604565b905092959194509250565b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052601260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b600082614db157614db1614d76565b500490565b600060018201614dc857614dc8614d8c565b5060010190565b80820180821115610ce557610ce5614d8c565b8082028115828204841417610ce557610ce5614d8c565b600181811c90821680614e0d57607f821691505b60208210810361308157634e487b7160e01b600052602260045260246000fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60608152600660608201526572656465656d60d01b608082015260018060a01b038416602082015260a06040820152600061443960a083018486614e2d565b6001600160a01b03841681526040602082018190526000906144399083018486614e2d565b81810381811115610ce557610ce5614d8c565b838152604060208201526000614439604083018486614e2d565b6001600160401b038181168382160190811115610ce557610ce5614d8c565b601f82111561149957806000526020600020601f840160051c81016020851015614f2d5750805b601f840160051c820191505b81811015614f4d5760008155600101614f39565b5050505050565b6001600160401b03831115614f6b57614f6b6149f8565b614f7f83614f798354614df9565b83614f06565b6000601f841160018114614fb35760008515614f9b5750838201355b600019600387901b1c1916600186901b178355614f4d565b600083815260209020601f19861690835b82811015614fe45786850135825560209485019460019092019101614fc4565b50868210156150015760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b606081526000615027606083018688614e2d565b9315156020830152506040015292915050565b60608152600360608201526270617960e81b608082015260018060a01b038416602082015260a06040820152600061443960a083018486614e2d565b81516001600160401b0381111561508f5761508f6149f8565b6150a38161509d8454614df9565b84614f06565b6020601f8211600181146150d757600083156150bf5750848201515b600019600385901b1c1916600184901b178455614f4d565b600084815260208120601f198516915b8281101561510757878501518255602094850194600190920191016150e7565b50848210156151255786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b604081526000615148604083018587614e2d565b9050826020830152949350505050565b6020815260006122d7602083018486614e2d565b60008261517b5761517b614d76565b500690565b63ffffffff8281168282160390811115610ce557610ce5614d8c565b6000602082840312156151ae57600080fd5b5051919050565b600080858511156151c557600080fd5b838611156151d257600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015610d98576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b634e487b7160e01b600052603160045260246000fd5b60008251615247818460208701614704565b919091019291505056fe104852406e94df2c5112860c28c2d2e43c02e322bc0cf95e2d0159faf296d7fbe6d15cabc56e26f960afa170f7d9a404b8b8bca6ba9928af0119744c3954abd2360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a05856e899e566171146ef658cf53035e216d6272f9ff81acca7bf95936fc107eddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800cd5ed15c6e187e77e9aee88184c21f4f2182ab5827cb3b7e07fbedcd63f03300a26469706673582212207bd054a119d77f862a1dc6b2602ddf0d200b1d4a44921a1b86d7113a7dcf2b1d64736f6c634300081c0033",
}

// SCoinABI is the input ABI used to generate the binding from.
// Deprecated: Use SCoinMetaData.ABI instead.
var SCoinABI = SCoinMetaData.ABI

// SCoinBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SCoinMetaData.Bin instead.
var SCoinBin = SCoinMetaData.Bin

// DeploySCoin deploys a new Ethereum contract, binding an instance of SCoin to it.
func DeploySCoin(auth *bind.TransactOpts, backend bind.ContractBackend, epochLength *big.Int, validityPeriod *big.Int) (common.Address, *types.Transaction, *SCoin, error) {
	parsed, err := SCoinMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SCoinBin), backend, epochLength, validityPeriod)
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

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SCoin *SCoinCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SCoin *SCoinSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SCoin.Contract.UPGRADEINTERFACEVERSION(&_SCoin.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SCoin *SCoinCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SCoin.Contract.UPGRADEINTERFACEVERSION(&_SCoin.CallOpts)
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

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SCoin *SCoinCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SCoin.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SCoin *SCoinSession) ProxiableUUID() ([32]byte, error) {
	return _SCoin.Contract.ProxiableUUID(&_SCoin.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SCoin *SCoinCallerSession) ProxiableUUID() ([32]byte, error) {
	return _SCoin.Contract.ProxiableUUID(&_SCoin.CallOpts)
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

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_SCoin *SCoinTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "initialize", forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_SCoin *SCoinSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.Initialize(&_SCoin.TransactOpts, forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_SCoin *SCoinTransactorSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.Initialize(&_SCoin.TransactOpts, forwarder, admin)
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

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SCoin *SCoinTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SCoin *SCoinSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.SetTrustedForwarder(&_SCoin.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SCoin *SCoinTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SCoin.Contract.SetTrustedForwarder(&_SCoin.TransactOpts, forwarder)
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

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SCoin *SCoinTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SCoin.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SCoin *SCoinSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SCoin.Contract.UpgradeToAndCall(&_SCoin.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SCoin *SCoinTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SCoin.Contract.UpgradeToAndCall(&_SCoin.TransactOpts, newImplementation, data)
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

// SCoinInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the SCoin contract.
type SCoinInitializedIterator struct {
	Event *SCoinInitialized // Event containing the contract specifics and raw log

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
func (it *SCoinInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinInitialized)
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
		it.Event = new(SCoinInitialized)
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
func (it *SCoinInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinInitialized represents a Initialized event raised by the SCoin contract.
type SCoinInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SCoin *SCoinFilterer) FilterInitialized(opts *bind.FilterOpts) (*SCoinInitializedIterator, error) {

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &SCoinInitializedIterator{contract: _SCoin.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SCoin *SCoinFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *SCoinInitialized) (event.Subscription, error) {

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinInitialized)
				if err := _SCoin.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_SCoin *SCoinFilterer) ParseInitialized(log types.Log) (*SCoinInitialized, error) {
	event := new(SCoinInitialized)
	if err := _SCoin.contract.UnpackLog(event, "Initialized", log); err != nil {
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

// SCoinTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the SCoin contract.
type SCoinTrustedForwarderSetIterator struct {
	Event *SCoinTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *SCoinTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinTrustedForwarderSet)
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
		it.Event = new(SCoinTrustedForwarderSet)
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
func (it *SCoinTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinTrustedForwarderSet represents a TrustedForwarderSet event raised by the SCoin contract.
type SCoinTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SCoin *SCoinFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*SCoinTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &SCoinTrustedForwarderSetIterator{contract: _SCoin.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SCoin *SCoinFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *SCoinTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinTrustedForwarderSet)
				if err := _SCoin.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_SCoin *SCoinFilterer) ParseTrustedForwarderSet(log types.Log) (*SCoinTrustedForwarderSet, error) {
	event := new(SCoinTrustedForwarderSet)
	if err := _SCoin.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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

// SCoinUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the SCoin contract.
type SCoinUpgradedIterator struct {
	Event *SCoinUpgraded // Event containing the contract specifics and raw log

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
func (it *SCoinUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SCoinUpgraded)
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
		it.Event = new(SCoinUpgraded)
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
func (it *SCoinUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SCoinUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SCoinUpgraded represents a Upgraded event raised by the SCoin contract.
type SCoinUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SCoin *SCoinFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*SCoinUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SCoin.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &SCoinUpgradedIterator{contract: _SCoin.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SCoin *SCoinFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *SCoinUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SCoin.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SCoinUpgraded)
				if err := _SCoin.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_SCoin *SCoinFilterer) ParseUpgraded(log types.Log) (*SCoinUpgraded, error) {
	event := new(SCoinUpgraded)
	if err := _SCoin.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
