// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package healthconsent

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

// HealthConsentClaim is an auto generated low-level Go binding around an user-defined struct.
type HealthConsentClaim struct {
	Patient       common.Address
	Status        uint8
	FiledAt       uint64
	Insurer       common.Address
	DecidedAt     uint64
	AmountClaimed *big.Int
	AmountPaid    *big.Int
	PaymentRef    [32]byte
	Records       [][32]byte
}

// HealthConsentConsent is an auto generated low-level Go binding around an user-defined struct.
type HealthConsentConsent struct {
	Patient    common.Address
	Categories uint8
	Purpose    uint8
	ExpiresAt  uint64
	RevokedAt  uint64
	Grantee    common.Address
	Holder     common.Address
	Record     [32]byte
}

// HealthConsentProvider is an auto generated low-level Go binding around an user-defined struct.
type HealthConsentProvider struct {
	Role   uint8
	Active bool
	Since  uint64
}

// HealthConsentRecord is an auto generated low-level Go binding around an user-defined struct.
type HealthConsentRecord struct {
	Provider   common.Address
	Category   uint8
	AnchoredAt uint64
	Patient    common.Address
}

// HealthConsentMetaData contains all meta data concerning the HealthConsent contract.
var HealthConsentMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mask\",\"type\":\"uint8\"}],\"name\":\"HealthBadCategories\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"HealthBadCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"HealthBadPurpose\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthBadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"patients\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"records\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"categories\",\"type\":\"uint256\"}],\"name\":\"HealthBatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"HealthCategoryNotGranted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"HealthClaimAlreadyDecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"records\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consents\",\"type\":\"uint256\"}],\"name\":\"HealthClaimLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"HealthClaimRecordRepeated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthClaimWithoutRecords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"HealthConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"}],\"name\":\"HealthConsentNotForAccess\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"HealthConsentNotForClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"HealthConsentRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"HealthExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"}],\"name\":\"HealthNoConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthNoEmergencyForRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HealthNoPaymentRef\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthNoReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthNotAnInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotClaimInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotPartyToAccess\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotYourConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotYourRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"name\":\"HealthPaidExceedsClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"HealthPaidMismatchesDecision\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"HealthProviderAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"HealthProviderNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthPurposeNotForRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"HealthRecordAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthRoleCannotAnchor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HealthUnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HealthUnknownConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"HealthUnknownRecord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthZeroHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"}],\"name\":\"ClaimDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"name\":\"ClaimFiled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"ConsentGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"ConsentRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ProviderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ProviderRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"consentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RecordAccessed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"RecordAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CATEGORY_DISCHARGE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CATEGORY_IMAGING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CATEGORY_LAB\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CATEGORY_PRESCRIPTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_APPROVED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_FILED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_REJECTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_INSURANCE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_TREATMENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_CLINIC\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_HOSPITAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_IMAGING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_INSURER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"addProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"patients\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8[]\",\"name\":\"categories\",\"type\":\"uint8[]\"}],\"name\":\"anchorBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"breakGlass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"consentId\",\"type\":\"uint256\"}],\"name\":\"checkAccess\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"filedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"decidedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountPaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"}],\"internalType\":\"structHealthConsent.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"consent\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"categories\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"internalType\":\"structHealthConsent.Consent\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"consentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"consentsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountPaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"}],\"name\":\"decideClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"consents\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"name\":\"fileClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"categories\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"grantConsent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consentId\",\"type\":\"uint256\"}],\"name\":\"logAccess\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"provider\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"since\",\"type\":\"uint64\"}],\"internalType\":\"structHealthConsent.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"}],\"name\":\"record\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"internalType\":\"structHealthConsent.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"removeProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revokeConsent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a0516134d5610109600039600081816124f10152818161251a01526126470152600050506134d56000f3fe6080604052600436106102885760003560e01c80638a355a571161015a578063bc47922c116100c1578063ddf579561161007a578063ddf5795614610804578063e12da51014610340578063f68e955314610824578063f8401fe614610846578063fba0d57e146102e9578063fbaf094a1461086857600080fd5b8063bc47922c14610784578063c2634cc2146107a4578063c968db0d14610656578063d547741f146107c4578063da742228146107e4578063dc4c04a01461034057600080fd5b8063a464500611610113578063a4645006146105f8578063ad3cb1cc14610618578063ad95f368146102c2578063af11f56914610656578063b2d5d1b21461066b578063b5c645bd1461068b57600080fd5b80638a355a57146105425780638da4d3c9146105625780638fadae21146102c257806391d14854146105965780639eef6ce8146105b6578063a217fddf146105e357600080fd5b806336568abe116101fe57806352d1902d116101b757806352d1902d146104a0578063572b6c05146104b55780637426884c146104d55780637451ea5c146102c2578063753863e8146104f55780637da0a8771461051557600080fd5b806336568abe14610400578063379607f514610420578063436711c5146102e9578063485cc9551461044d5780634a82ab611461046d5780634f1ef2861461048d57600080fd5b80631e0d149e116102505780631e0d149e146103405780631edb9197146103555780631ef01fd514610340578063248a9ca3146103935780632e5f56d5146103b35780632f2ff15d146103e057600080fd5b806301ffc9a71461028d5780630e69c3a6146102c257806311faaebc146102e957806314cb77a8146102fe57806316a0042c14610320575b600080fd5b34801561029957600080fd5b506102ad6102a8366004612b60565b610928565b60405190151581526020015b60405180910390f35b3480156102ce57600080fd5b506102d7600281565b60405160ff90911681526020016102b9565b3480156102f557600080fd5b506102d7600381565b34801561030a57600080fd5b5061031e610319366004612ba1565b61095f565b005b34801561032c57600080fd5b5061031e61033b366004612bd7565b610a66565b34801561034c57600080fd5b506102d7600181565b34801561036157600080fd5b507f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce906545b6040519081526020016102b9565b34801561039f57600080fd5b506103856103ae366004612bd7565b610b5c565b3480156103bf57600080fd5b506103d36103ce366004612bf0565b610b7e565b6040516102b99190612c0b565b3480156103ec57600080fd5b5061031e6103fb366004612c4e565b610c09565b34801561040c57600080fd5b5061031e61041b366004612c4e565b610c2b565b34801561042c57600080fd5b5061044061043b366004612bd7565b610c73565b6040516102b99190612cb6565b34801561045957600080fd5b5061031e610468366004612d68565b610d9e565b34801561047957600080fd5b5061031e610488366004612da3565b610ece565b61031e61049b366004612df5565b610eef565b3480156104ac57600080fd5b50610385610f0e565b3480156104c157600080fd5b506102ad6104d0366004612bf0565b610f2b565b3480156104e157600080fd5b5061031e6104f0366004612ebc565b610f50565b34801561050157600080fd5b5061031e610510366004612f3e565b61103c565b34801561052157600080fd5b5061052a61111c565b6040516001600160a01b0390911681526020016102b9565b34801561054e57600080fd5b5061031e61055d366004612bf0565b61114f565b34801561056e57600080fd5b507f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce90854610385565b3480156105a257600080fd5b506102ad6105b1366004612c4e565b61122a565b3480156105c257600080fd5b506105d66105d1366004612bd7565b611262565b6040516102b99190612fe1565b3480156105ef57600080fd5b50610385600081565b34801561060457600080fd5b5061038561061336600461308a565b611335565b34801561062457600080fd5b50610649604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102b9919061313a565b34801561066257600080fd5b506102d7600481565b34801561067757600080fd5b5061031e61068636600461316d565b61167b565b34801561069757600080fd5b506107396106a6366004612bd7565b60408051608081018252600080825260208201819052918101829052606081019190915260008051602061344083398151915260009283526003016020908152604092839020835160808101855281546001600160a01b038082168352600160a01b820460ff1694830194909452600160a81b90046001600160401b031694810194909452600101541660608301525090565b6040516102b9919081516001600160a01b03908116825260208084015160ff16908301526040808401516001600160401b031690830152606092830151169181019190915260800190565b34801561079057600080fd5b5061038561079f3660046131af565b611883565b3480156107b057600080fd5b5061031e6107bf36600461322c565b611ccd565b3480156107d057600080fd5b5061031e6107df366004612c4e565b611e86565b3480156107f057600080fd5b5061031e6107ff366004612bf0565b611ea2565b34801561081057600080fd5b5061031e61081f366004613256565b611eb6565b34801561083057600080fd5b5061038560008051602061348083398151915281565b34801561085257600080fd5b5061085b6120a5565b6040516102b99190613289565b34801561087457600080fd5b506108f8610883366004612bf0565b6040805160608082018352600080835260208084018290529284018190526001600160a01b03949094168452600080516020613440833981519152825292829020825193840183525460ff80821685526101008204161515918401919091526201000090046001600160401b03169082015290565b60408051825160ff168152602080840151151590820152918101516001600160401b0316908201526060016102b9565b60006001600160e01b03198216637965db0b60e01b148061095957506301ffc9a760e01b6001600160e01b03198316145b92915050565b60006109696120d5565b9050826001600160a01b0316816001600160a01b0316141580156109b45750600084815260008051602061340083398151915260205260409020546001600160a01b03828116911614155b156109e257604051630ca9714f60e31b81526001600160a01b03821660048201526024015b60405180910390fd5b6109ed838584611eb6565b600084815260008051602061340083398151915260209081526040808320600101548151868152928301939093526001600160a01b038481168383015290518793878316939216917fcdb821d2842f194ebe138def08d6a75db36ce6460ab587d3438951ff142e9efa919081900360600190a450505050565b6000610a71826120df565b90506000610a7d6120d5565b82549091506001600160a01b03808316911614610abf576040516323cb535f60e11b8152600481018490526001600160a01b03821660248201526044016109d9565b60018201546001600160401b031615610b0357600182015460405163b1c0667160e01b8152600481018590526001600160401b0390911660248201526044016109d9565b60018201805467ffffffffffffffff1916426001600160401b03161790556040516001600160a01b0382169084907fbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd8390600090a3505050565b6000908152600080516020613460833981519152602052604090206001015490565b6001600160a01b03811660009081527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9056020908152604091829020805483518184028101840190945280845260609392830182828015610bfd57602002820191906000526020600020905b815481526020019060010190808311610be9575b50505050509050919050565b610c1282610b5c565b610c1b8161213c565b610c258383612150565b50505050565b610c336120d5565b6001600160a01b0316816001600160a01b031614610c645760405163334bd91960e11b815260040160405180910390fd5b610c6e82826121fd565b505050565b604080516101208101825260008082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820192909252610100810191909152610cc782612297565b604080516101208101825282546001600160a01b038082168352600160a01b80830460ff16602080860191909152600160a81b9093046001600160401b0390811685870152600187015492831660608601529104166080830152600284015460a0830152600384015460c0830152600484015460e08301526005840180548451818402810184019095528085529294936101008601939092830182828015610d8e57602002820191906000526020600020905b815481526020019060010190808311610d7a575b5050505050815250509050919050565b6000610da86122ef565b805490915060ff600160401b82041615906001600160401b0316600081158015610dcf5750825b90506000826001600160401b03166001148015610deb5750303b155b905081158015610df9575080155b15610e175760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610e4157845460ff60401b1916600160401b1785555b610e4a87612318565b610e52612329565b610e5a612329565b610e65600087612150565b50610e7e60008051602061348083398151915287612150565b508315610ec557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b6000610ed86120d5565b9050610ee381612333565b610c258185858561237a565b610ef76124e6565b610f0082612574565b610f0a828261257f565b5050565b6000610f1861263c565b5060008051602061342083398151915290565b6000610f3561111c565b6001600160a01b0316826001600160a01b0316149050919050565b6000610f5a6120d5565b90506000610f6782612685565b5460ff1690506003198101610fa35760405163014af38360e31b81526001600160a01b038316600482015260ff821660248201526044016109d9565b8261ffff16600003610fc85760405163447ab88360e01b815260040160405180910390fd5b6000610fd3856126dc565b6001810154604080516000815261ffff881660208201526001600160a01b038781169282018390529394508893919291909116907fcdb821d2842f194ebe138def08d6a75db36ce6460ab587d3438951ff142e9efa906060015b60405180910390a45050505050565b848314158061104b5750828114155b1561107a57604051636268911960e11b81526004810186905260248101849052604481018290526064016109d9565b60006110846120d5565b905061108f81612333565b60005b848110156111125761110a828989848181106110b0576110b06132ca565b90506020020160208101906110c59190612bf0565b8888858181106110d7576110d76132ca565b905060200201358787868181106110f0576110f06132ca565b905060200201602081019061110591906132e0565b61237a565b600101611092565b5050505050505050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000805160206134808339815191526111678161213c565b6001600160a01b03821660009081526000805160206134408339815191526020819052604090912054610100900460ff166111c0576040516363bfed1160e11b81526001600160a01b03841660048201526024016109d9565b6001600160a01b0383166000818152602083905260409020805461ff00191690557fc2047ee5f33130ff6d49969b09f35052cc9e11d848fc9bfb2f91b0c09f2ff9da61120a6120d5565b6040516001600160a01b03909116815260200160405180910390a2505050565b6000918252600080516020613460833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6040805161010081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526112ac826120df565b604080516101008101825282546001600160a01b03808216835260ff600160a01b830481166020850152600160a81b830416938301939093526001600160401b03600160b01b9091048116606083015260018401549081166080830152600160401b9004821660a0820152600283015490911660c082015260039091015460e082015292915050565b6000806113406120d5565b9050600061134d89612685565b5460ff1690506004811461138857604051637efb84b360e01b81526001600160a01b038a16600482015260ff821660248201526044016109d9565b60008790036113aa576040516309ce890d60e11b815260040160405180910390fd5b8685146113d4576040516384331f3b60e01b815260048101889052602481018690526044016109d9565b836000036113f5576040516385e89e3160e01b815260040160405180910390fd5b60008051602061344083398151915260005b888110156115805760008a8a83818110611423576114236132ca565b90506020020135905060005b8281101561147a57818c8c8381811061144a5761144a6132ca565b9050602002013503611472576040516364bf4de560e11b8152600481018390526024016109d9565b60010161142f565b50846001600160a01b031661148e826126dc565b600101546001600160a01b0316146114cb5760405163066f17ff60e11b8152600481018290526001600160a01b03861660248201526044016109d9565b6114ee8c828b8b868181106114e2576114e26132ca565b90506020020135611eb6565b60008360040160008b8b86818110611508576115086132ca565b6020908102929092013583525081019190915260400160002054600160a81b900460ff1690506002811461157657898984818110611548576115486132ca565b6040516309d7f7d960e41b81526020909102929092013560048301525060ff821660248201526044016109d9565b5050600101611407565b508060080160008154611592906132fb565b9182905550600081815260078301602052604090208054600160a01b6001600160a01b038781166001600160a81b0319909316929092171767ffffffffffffffff60a81b1916600160a81b426001600160401b0316021782556001820180546001600160a01b031916918e169190911790556002810187905590945061161c600582018b8b612b00565b508a6001600160a01b0316846001600160a01b0316867f4cc1b06fa4d3fed67a96a9eae46391fc657cc9c18ed782398d26be9d77faad3e8d8d8b60405161166593929190613322565b60405180910390a4505050509695505050505050565b600061168685612297565b905060006116926120d5565b60018301549091506001600160a01b038083169116146116d7576040516342a7501960e01b8152600481018790526001600160a01b03821660248201526044016109d9565b8154600160a01b900460ff16600114611721576001820154604051631f473a6160e21b815260048101889052600160a01b9091046001600160401b031660248201526044016109d9565b841515841515146117575760405163344f98b760e21b8152600481018790528515156024820152604481018590526064016109d9565b816002015484111561179357600282015460405163f1998fd160e01b8152600481018890526024810186905260448101919091526064016109d9565b84801561179e575082155b156117bf576040516307f594b760e11b8152600481018790526024016109d9565b846117cb5760036117ce565b60025b825460ff60a01b198116600160a01b60ff939093168302908117855560018501805467ffffffffffffffff60a01b1916426001600160401b0316909402939093179092556003840186905560048401859055604080518815158152602081018890529081018690526001600160a01b03848116939281169216919091179088907f9eb741726e8a322d1b0006788e1f973a4ca203b801d6b37e061c36d7e36e59389060600160405180910390a4505050505050565b60008061188e6120d5565b905060008051602061344083398151915260006118aa8a612685565b5460ff908116915086166001148015906118c8575060ff8616600214155b156118eb576040516376867e4960e01b815260ff871660048201526024016109d9565b60ff86811660021490821660041414611933576040516301aeb94960e11b815260ff80881660048301526001600160a01b038c166024830152821660448201526064016109d9565b42856001600160401b03161161196f5760405163060a43d960e31b81526001600160401b038087166004830152421660248201526044016109d9565b86156119dc576000878152600383016020526040902060018101546001600160a01b038581169116146119c75760405163066f17ff60e11b8152600481018990526001600160a01b03851660248201526044016109d9565b546001600160a01b0316985060009750611a1b565b6119e589612685565b5060ff881615806119f8575060e1881615155b15611a1b5760405163a1811c5560e01b815260ff891660048201526024016109d9565b8160060160008154611a2c906132fb565b9190508190559350604051806101000160405280846001600160a01b031681526020018960ff1681526020018760ff168152602001866001600160401b0316815260200160006001600160401b031681526020018b6001600160a01b031681526020018a6001600160a01b031681526020018881525082600401600086815260200190815260200160002060008201518160000160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060208201518160000160146101000a81548160ff021916908360ff16021790555060408201518160000160156101000a81548160ff021916908360ff16021790555060608201518160000160166101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160010160006101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160010160086101000a8154816001600160a01b0302191690836001600160a01b0316021790555060c08201518160020160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060e08201518160030155905050816005016000846001600160a01b03166001600160a01b03168152602001908152602001600020849080600181540180825580915050600190039060005260206000200160009091909190915055896001600160a01b0316836001600160a01b0316857feec2e5580a50e28f864b59f6b97806a24bf4e76f59fcecfa2e1ad979959452278c8c8c8c8c604051611cb89594939291906001600160a01b0395909516855260ff9384166020860152604085019290925290911660608301526001600160401b0316608082015260a00190565b60405180910390a45050509695505050505050565b600080516020613480833981519152611ce58161213c565b6001600160a01b038316611d0c57604051630396b3f160e31b815260040160405180910390fd5b600160ff83161080611d215750600460ff8316115b15611d445760405163142d5c7b60e11b815260ff831660048201526024016109d9565b6001600160a01b03831660009081526000805160206134408339815191526020819052604090912054610100900460ff1615611d9e57604051635410b26760e11b81526001600160a01b03851660048201526024016109d9565b6040805160608101825260ff8086168252600160208084018281526001600160401b034281168688019081526001600160a01b038c16600090815293899052969092209451855491519651909216620100000269ffffffffffffffff0000199615156101000261ffff1990921692909416919091171793909316179055611e2790820185612722565b50836001600160a01b03167f6f45ddba85fe0f4942633a5f3e593c46a1b73050117ea428b1ce982f052094f184611e5c6120d5565b6040805160ff90931683526001600160a01b0390911660208301520160405180910390a250505050565b611e8f82610b5c565b611e988161213c565b610c2583836121fd565b6000611ead8161213c565b610f0a8261273e565b611ebf83612685565b506000611ecb836126dc565b905081600003611f0057604051635d604c5d60e11b8152600481018490526001600160a01b03851660248201526044016109d9565b6000611f0b836120df565b600183015481549192506001600160a01b039182169116141580611f46575060018101546001600160a01b03868116600160401b9092041614155b80611f635750815460028201546001600160a01b03908116911614155b15611f9a57604051631dad64ff60e01b815260048101849052602481018590526001600160a01b03861660448201526064016109d9565b600381015415611fb1578381600301541415611fd3565b81548154600160a01b90819004600160ff9290930482169290921b9190911616155b1561200d5781546040516306dc7f4560e51b81526004810185905260248101869052600160a01b90910460ff1660448201526064016109d9565b60018101546001600160401b03161561205157600181015460405163b1c0667160e01b8152600481018590526001600160401b0390911660248201526044016109d9565b805442600160b01b9091046001600160401b03161161209e578054604051636a042d0d60e11b815260048101859052600160b01b9091046001600160401b031660248201526044016109d9565b5050505050565b60606120d07f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9016127a7565b905090565b60006120d06127b4565b60008181527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9046020526040902080546001600160a01b0316612137576040516306dbfd7b60e21b8152600481018390526024016109d9565b919050565b61214d816121486120d5565b6127fc565b50565b600060008051602061346083398151915261216b848461122a565b6121ec576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556121a26120d5565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610959565b6000915050610959565b5092915050565b6000600080516020613460833981519152612218848461122a565b156121ec576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916905561224d6120d5565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610959565b60008181527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9076020526040902080546001600160a01b031661213757604051634531281d60e01b8152600481018390526024016109d9565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610959565b612320612835565b61214d8161273e565b612331612835565b565b600061233e82612685565b5460ff1690506003198101610f0a57604051630564649360e41b81526001600160a01b038316600482015260ff821660248201526044016109d9565b6001600160a01b0383166123a157604051630396b3f160e31b815260040160405180910390fd5b816123bf57604051630b0f90d360e11b815260040160405180910390fd5b600160ff821610806123d45750600460ff8216115b156123f757604051634b7fb43560e11b815260ff821660048201526024016109d9565b60008281526000805160206134008339815191526020526040902080546001600160a01b031615612450578054604051638b1d3d8360e01b8152600481018590526001600160a01b0390911660248201526044016109d9565b80546001600160a01b038681166001600160a81b03199092168217600160a01b60ff86169081029190911767ffffffffffffffff60a81b1916600160a81b426001600160401b0316021784556001840180546001600160a01b031916928816928317905560405190815285907f652ad29506280d289b7d588351106f2f91d86ee70a615d04e8a3b722d7eccf369060200161102d565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061255657507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661254a61285a565b6001600160a01b031614155b156123315760405163703e46dd60e11b815260040160405180910390fd5b6000610f0a8161213c565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156125d9575060408051601f3d908101601f191682019092526125d691810190613360565b60015b61260157604051634c9c8ce360e01b81526001600160a01b03831660048201526024016109d9565b600080516020613420833981519152811461263257604051632a87526960e21b8152600481018290526024016109d9565b610c6e8383612870565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146123315760405163703e46dd60e11b815260040160405180910390fd5b6001600160a01b0381166000908152600080516020613440833981519152602052604090208054610100900460ff16612137576040516363bfed1160e11b81526001600160a01b03831660048201526024016109d9565b60008181526000805160206134008339815191526020526040902080546001600160a01b031661213757604051633598435d60e01b8152600481018390526024016109d9565b6000612737836001600160a01b0384166128c6565b9392505050565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6060600061273783612915565b60003660148082108015906127cd57506127cd33610f2b565b156127f4576127e136828403816000613379565b6127ea916133a3565b60601c9250505090565b339250505090565b612806828261122a565b610f0a5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016109d9565b61283d61296f565b61233157604051631afcd79f60e31b815260040160405180910390fd5b6000600080516020613420833981519152611140565b61287982612989565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156128be57610c6e82826129ee565b610f0a612a64565b600081815260018301602052604081205461290d57508154600181810184556000848152602080822090930184905584548482528286019093526040902091909155610959565b506000610959565b606081600001805480602002602001604051908101604052809291908181526020018280548015610bfd5760200282019190600052602060002090815481526020019060010190808311610be95750505050509050919050565b60006129796122ef565b54600160401b900460ff16919050565b806001600160a01b03163b6000036129bf57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016109d9565b60008051602061342083398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051612a0b91906133e3565b600060405180830381855af49150503d8060008114612a46576040519150601f19603f3d011682016040523d82523d6000602084013e612a4b565b606091505b5091509150612a5b858383612a83565b95945050505050565b34156123315760405163b398979f60e01b815260040160405180910390fd5b606082612a9857612a9382612ad8565b612737565b8151158015612aaf57506001600160a01b0384163b155b156121f657604051639996b31560e01b81526001600160a01b03851660048201526024016109d9565b805115612ae757805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b828054828255906000526020600020908101928215612b3b579160200282015b82811115612b3b578235825591602001919060010190612b20565b50612b47929150612b4b565b5090565b5b80821115612b475760008155600101612b4c565b600060208284031215612b7257600080fd5b81356001600160e01b03198116811461273757600080fd5b80356001600160a01b038116811461213757600080fd5b600080600060608486031215612bb657600080fd5b83359250612bc660208501612b8a565b929592945050506040919091013590565b600060208284031215612be957600080fd5b5035919050565b600060208284031215612c0257600080fd5b61273782612b8a565b602080825282518282018190526000918401906040840190835b81811015612c43578351835260209384019390920191600101612c25565b509095945050505050565b60008060408385031215612c6157600080fd5b82359150612c7160208401612b8a565b90509250929050565b600081518084526020840193506020830160005b82811015612cac578151865260209586019590910190600101612c8e565b5093949350505050565b60208152612cd06020820183516001600160a01b03169052565b60006020830151612ce6604084018260ff169052565b5060408301516001600160401b03811660608401525060608301516001600160a01b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c083015160e083015260e083015161010083015261010083015161012080840152612d60610140840182612c7a565b949350505050565b60008060408385031215612d7b57600080fd5b612d8483612b8a565b9150612c7160208401612b8a565b803560ff8116811461213757600080fd5b600080600060608486031215612db857600080fd5b612dc184612b8a565b925060208401359150612dd660408501612d92565b90509250925092565b634e487b7160e01b600052604160045260246000fd5b60008060408385031215612e0857600080fd5b612e1183612b8a565b915060208301356001600160401b03811115612e2c57600080fd5b8301601f81018513612e3d57600080fd5b80356001600160401b03811115612e5657612e56612ddf565b604051601f8201601f19908116603f011681016001600160401b0381118282101715612e8457612e84612ddf565b604052818152828201602001871015612e9c57600080fd5b816020840160208301376000602083830101528093505050509250929050565b60008060408385031215612ecf57600080fd5b82359150602083013561ffff81168114612ee857600080fd5b809150509250929050565b60008083601f840112612f0557600080fd5b5081356001600160401b03811115612f1c57600080fd5b6020830191508360208260051b8501011115612f3757600080fd5b9250929050565b60008060008060008060608789031215612f5757600080fd5b86356001600160401b03811115612f6d57600080fd5b612f7989828a01612ef3565b90975095505060208701356001600160401b03811115612f9857600080fd5b612fa489828a01612ef3565b90955093505060408701356001600160401b03811115612fc357600080fd5b612fcf89828a01612ef3565b979a9699509497509295939492505050565b60006101008201905060018060a01b03835116825260ff602084015116602083015260ff6040840151166040830152606083015161302a60608401826001600160401b03169052565b50608083015161304560808401826001600160401b03169052565b5060a083015161306060a08401826001600160a01b03169052565b5060c083015161307b60c08401826001600160a01b03169052565b5060e092830151919092015290565b600080600080600080608087890312156130a357600080fd5b6130ac87612b8a565b955060208701356001600160401b038111156130c757600080fd5b6130d389828a01612ef3565b90965094505060408701356001600160401b038111156130f257600080fd5b6130fe89828a01612ef3565b979a9699509497949695606090950135949350505050565b60005b83811015613131578181015183820152602001613119565b50506000910152565b6020815260008251806020840152613159816040850160208701613116565b601f01601f19169190910160400192915050565b6000806000806080858703121561318357600080fd5b843593506020850135801515811461319a57600080fd5b93969395505050506040820135916060013590565b60008060008060008060c087890312156131c857600080fd5b6131d187612b8a565b95506131df60208801612b8a565b94506131ed60408801612d92565b93506060870135925061320260808801612d92565b915060a08701356001600160401b038116811461321e57600080fd5b809150509295509295509295565b6000806040838503121561323f57600080fd5b61324883612b8a565b9150612c7160208401612d92565b60008060006060848603121561326b57600080fd5b61327484612b8a565b95602085013595506040909401359392505050565b602080825282518282018190526000918401906040840190835b81811015612c435783516001600160a01b03168352602093840193909201916001016132a3565b634e487b7160e01b600052603260045260246000fd5b6000602082840312156132f257600080fd5b61273782612d92565b60006001820161331b57634e487b7160e01b600052601160045260246000fd5b5060010190565b6040808252810183905260006001600160fb1b0384111561334257600080fd5b8360051b808660608501376020830193909352500160600192915050565b60006020828403121561337257600080fd5b5051919050565b6000808585111561338957600080fd5b8386111561339657600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156121f6576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b600082516133f5818460208701613116565b919091019291505056fe0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce903360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce90002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220343f62cc5aa11c3d07ed0c38be4b92499f52f0ca92e6e5a1e9193498d590808f64736f6c634300081c0033",
}

// HealthConsentABI is the input ABI used to generate the binding from.
// Deprecated: Use HealthConsentMetaData.ABI instead.
var HealthConsentABI = HealthConsentMetaData.ABI

// HealthConsentBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use HealthConsentMetaData.Bin instead.
var HealthConsentBin = HealthConsentMetaData.Bin

// DeployHealthConsent deploys a new Ethereum contract, binding an instance of HealthConsent to it.
func DeployHealthConsent(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *HealthConsent, error) {
	parsed, err := HealthConsentMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(HealthConsentBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &HealthConsent{HealthConsentCaller: HealthConsentCaller{contract: contract}, HealthConsentTransactor: HealthConsentTransactor{contract: contract}, HealthConsentFilterer: HealthConsentFilterer{contract: contract}}, nil
}

// HealthConsent is an auto generated Go binding around an Ethereum contract.
type HealthConsent struct {
	HealthConsentCaller     // Read-only binding to the contract
	HealthConsentTransactor // Write-only binding to the contract
	HealthConsentFilterer   // Log filterer for contract events
}

// HealthConsentCaller is an auto generated read-only Go binding around an Ethereum contract.
type HealthConsentCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// HealthConsentTransactor is an auto generated write-only Go binding around an Ethereum contract.
type HealthConsentTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// HealthConsentFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type HealthConsentFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// HealthConsentSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type HealthConsentSession struct {
	Contract     *HealthConsent    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// HealthConsentCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type HealthConsentCallerSession struct {
	Contract *HealthConsentCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// HealthConsentTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type HealthConsentTransactorSession struct {
	Contract     *HealthConsentTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// HealthConsentRaw is an auto generated low-level Go binding around an Ethereum contract.
type HealthConsentRaw struct {
	Contract *HealthConsent // Generic contract binding to access the raw methods on
}

// HealthConsentCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type HealthConsentCallerRaw struct {
	Contract *HealthConsentCaller // Generic read-only contract binding to access the raw methods on
}

// HealthConsentTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type HealthConsentTransactorRaw struct {
	Contract *HealthConsentTransactor // Generic write-only contract binding to access the raw methods on
}

// NewHealthConsent creates a new instance of HealthConsent, bound to a specific deployed contract.
func NewHealthConsent(address common.Address, backend bind.ContractBackend) (*HealthConsent, error) {
	contract, err := bindHealthConsent(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &HealthConsent{HealthConsentCaller: HealthConsentCaller{contract: contract}, HealthConsentTransactor: HealthConsentTransactor{contract: contract}, HealthConsentFilterer: HealthConsentFilterer{contract: contract}}, nil
}

// NewHealthConsentCaller creates a new read-only instance of HealthConsent, bound to a specific deployed contract.
func NewHealthConsentCaller(address common.Address, caller bind.ContractCaller) (*HealthConsentCaller, error) {
	contract, err := bindHealthConsent(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &HealthConsentCaller{contract: contract}, nil
}

// NewHealthConsentTransactor creates a new write-only instance of HealthConsent, bound to a specific deployed contract.
func NewHealthConsentTransactor(address common.Address, transactor bind.ContractTransactor) (*HealthConsentTransactor, error) {
	contract, err := bindHealthConsent(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &HealthConsentTransactor{contract: contract}, nil
}

// NewHealthConsentFilterer creates a new log filterer instance of HealthConsent, bound to a specific deployed contract.
func NewHealthConsentFilterer(address common.Address, filterer bind.ContractFilterer) (*HealthConsentFilterer, error) {
	contract, err := bindHealthConsent(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &HealthConsentFilterer{contract: contract}, nil
}

// bindHealthConsent binds a generic wrapper to an already deployed contract.
func bindHealthConsent(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := HealthConsentMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_HealthConsent *HealthConsentRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _HealthConsent.Contract.HealthConsentCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_HealthConsent *HealthConsentRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _HealthConsent.Contract.HealthConsentTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_HealthConsent *HealthConsentRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _HealthConsent.Contract.HealthConsentTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_HealthConsent *HealthConsentCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _HealthConsent.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_HealthConsent *HealthConsentTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _HealthConsent.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_HealthConsent *HealthConsentTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _HealthConsent.Contract.contract.Transact(opts, method, params...)
}

// CATEGORYDISCHARGE is a free data retrieval call binding the contract method 0xaf11f569.
//
// Solidity: function CATEGORY_DISCHARGE() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CATEGORYDISCHARGE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CATEGORY_DISCHARGE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CATEGORYDISCHARGE is a free data retrieval call binding the contract method 0xaf11f569.
//
// Solidity: function CATEGORY_DISCHARGE() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CATEGORYDISCHARGE() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYDISCHARGE(&_HealthConsent.CallOpts)
}

// CATEGORYDISCHARGE is a free data retrieval call binding the contract method 0xaf11f569.
//
// Solidity: function CATEGORY_DISCHARGE() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CATEGORYDISCHARGE() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYDISCHARGE(&_HealthConsent.CallOpts)
}

// CATEGORYIMAGING is a free data retrieval call binding the contract method 0xdc4c04a0.
//
// Solidity: function CATEGORY_IMAGING() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CATEGORYIMAGING(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CATEGORY_IMAGING")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CATEGORYIMAGING is a free data retrieval call binding the contract method 0xdc4c04a0.
//
// Solidity: function CATEGORY_IMAGING() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CATEGORYIMAGING() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYIMAGING(&_HealthConsent.CallOpts)
}

// CATEGORYIMAGING is a free data retrieval call binding the contract method 0xdc4c04a0.
//
// Solidity: function CATEGORY_IMAGING() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CATEGORYIMAGING() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYIMAGING(&_HealthConsent.CallOpts)
}

// CATEGORYLAB is a free data retrieval call binding the contract method 0x8fadae21.
//
// Solidity: function CATEGORY_LAB() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CATEGORYLAB(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CATEGORY_LAB")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CATEGORYLAB is a free data retrieval call binding the contract method 0x8fadae21.
//
// Solidity: function CATEGORY_LAB() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CATEGORYLAB() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYLAB(&_HealthConsent.CallOpts)
}

// CATEGORYLAB is a free data retrieval call binding the contract method 0x8fadae21.
//
// Solidity: function CATEGORY_LAB() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CATEGORYLAB() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYLAB(&_HealthConsent.CallOpts)
}

// CATEGORYPRESCRIPTION is a free data retrieval call binding the contract method 0x436711c5.
//
// Solidity: function CATEGORY_PRESCRIPTION() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CATEGORYPRESCRIPTION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CATEGORY_PRESCRIPTION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CATEGORYPRESCRIPTION is a free data retrieval call binding the contract method 0x436711c5.
//
// Solidity: function CATEGORY_PRESCRIPTION() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CATEGORYPRESCRIPTION() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYPRESCRIPTION(&_HealthConsent.CallOpts)
}

// CATEGORYPRESCRIPTION is a free data retrieval call binding the contract method 0x436711c5.
//
// Solidity: function CATEGORY_PRESCRIPTION() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CATEGORYPRESCRIPTION() (uint8, error) {
	return _HealthConsent.Contract.CATEGORYPRESCRIPTION(&_HealthConsent.CallOpts)
}

// CLAIMAPPROVED is a free data retrieval call binding the contract method 0xad95f368.
//
// Solidity: function CLAIM_APPROVED() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CLAIMAPPROVED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CLAIM_APPROVED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CLAIMAPPROVED is a free data retrieval call binding the contract method 0xad95f368.
//
// Solidity: function CLAIM_APPROVED() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CLAIMAPPROVED() (uint8, error) {
	return _HealthConsent.Contract.CLAIMAPPROVED(&_HealthConsent.CallOpts)
}

// CLAIMAPPROVED is a free data retrieval call binding the contract method 0xad95f368.
//
// Solidity: function CLAIM_APPROVED() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CLAIMAPPROVED() (uint8, error) {
	return _HealthConsent.Contract.CLAIMAPPROVED(&_HealthConsent.CallOpts)
}

// CLAIMFILED is a free data retrieval call binding the contract method 0x1e0d149e.
//
// Solidity: function CLAIM_FILED() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CLAIMFILED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CLAIM_FILED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CLAIMFILED is a free data retrieval call binding the contract method 0x1e0d149e.
//
// Solidity: function CLAIM_FILED() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CLAIMFILED() (uint8, error) {
	return _HealthConsent.Contract.CLAIMFILED(&_HealthConsent.CallOpts)
}

// CLAIMFILED is a free data retrieval call binding the contract method 0x1e0d149e.
//
// Solidity: function CLAIM_FILED() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CLAIMFILED() (uint8, error) {
	return _HealthConsent.Contract.CLAIMFILED(&_HealthConsent.CallOpts)
}

// CLAIMREJECTED is a free data retrieval call binding the contract method 0xfba0d57e.
//
// Solidity: function CLAIM_REJECTED() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) CLAIMREJECTED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "CLAIM_REJECTED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CLAIMREJECTED is a free data retrieval call binding the contract method 0xfba0d57e.
//
// Solidity: function CLAIM_REJECTED() view returns(uint8)
func (_HealthConsent *HealthConsentSession) CLAIMREJECTED() (uint8, error) {
	return _HealthConsent.Contract.CLAIMREJECTED(&_HealthConsent.CallOpts)
}

// CLAIMREJECTED is a free data retrieval call binding the contract method 0xfba0d57e.
//
// Solidity: function CLAIM_REJECTED() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) CLAIMREJECTED() (uint8, error) {
	return _HealthConsent.Contract.CLAIMREJECTED(&_HealthConsent.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_HealthConsent *HealthConsentCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_HealthConsent *HealthConsentSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _HealthConsent.Contract.DEFAULTADMINROLE(&_HealthConsent.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_HealthConsent *HealthConsentCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _HealthConsent.Contract.DEFAULTADMINROLE(&_HealthConsent.CallOpts)
}

// PURPOSEINSURANCE is a free data retrieval call binding the contract method 0x0e69c3a6.
//
// Solidity: function PURPOSE_INSURANCE() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) PURPOSEINSURANCE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "PURPOSE_INSURANCE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSEINSURANCE is a free data retrieval call binding the contract method 0x0e69c3a6.
//
// Solidity: function PURPOSE_INSURANCE() view returns(uint8)
func (_HealthConsent *HealthConsentSession) PURPOSEINSURANCE() (uint8, error) {
	return _HealthConsent.Contract.PURPOSEINSURANCE(&_HealthConsent.CallOpts)
}

// PURPOSEINSURANCE is a free data retrieval call binding the contract method 0x0e69c3a6.
//
// Solidity: function PURPOSE_INSURANCE() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) PURPOSEINSURANCE() (uint8, error) {
	return _HealthConsent.Contract.PURPOSEINSURANCE(&_HealthConsent.CallOpts)
}

// PURPOSETREATMENT is a free data retrieval call binding the contract method 0xe12da510.
//
// Solidity: function PURPOSE_TREATMENT() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) PURPOSETREATMENT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "PURPOSE_TREATMENT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PURPOSETREATMENT is a free data retrieval call binding the contract method 0xe12da510.
//
// Solidity: function PURPOSE_TREATMENT() view returns(uint8)
func (_HealthConsent *HealthConsentSession) PURPOSETREATMENT() (uint8, error) {
	return _HealthConsent.Contract.PURPOSETREATMENT(&_HealthConsent.CallOpts)
}

// PURPOSETREATMENT is a free data retrieval call binding the contract method 0xe12da510.
//
// Solidity: function PURPOSE_TREATMENT() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) PURPOSETREATMENT() (uint8, error) {
	return _HealthConsent.Contract.PURPOSETREATMENT(&_HealthConsent.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_HealthConsent *HealthConsentCaller) REGISTRARROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "REGISTRAR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_HealthConsent *HealthConsentSession) REGISTRARROLE() ([32]byte, error) {
	return _HealthConsent.Contract.REGISTRARROLE(&_HealthConsent.CallOpts)
}

// REGISTRARROLE is a free data retrieval call binding the contract method 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (_HealthConsent *HealthConsentCallerSession) REGISTRARROLE() ([32]byte, error) {
	return _HealthConsent.Contract.REGISTRARROLE(&_HealthConsent.CallOpts)
}

// ROLECLINIC is a free data retrieval call binding the contract method 0x7451ea5c.
//
// Solidity: function ROLE_CLINIC() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) ROLECLINIC(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "ROLE_CLINIC")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ROLECLINIC is a free data retrieval call binding the contract method 0x7451ea5c.
//
// Solidity: function ROLE_CLINIC() view returns(uint8)
func (_HealthConsent *HealthConsentSession) ROLECLINIC() (uint8, error) {
	return _HealthConsent.Contract.ROLECLINIC(&_HealthConsent.CallOpts)
}

// ROLECLINIC is a free data retrieval call binding the contract method 0x7451ea5c.
//
// Solidity: function ROLE_CLINIC() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) ROLECLINIC() (uint8, error) {
	return _HealthConsent.Contract.ROLECLINIC(&_HealthConsent.CallOpts)
}

// ROLEHOSPITAL is a free data retrieval call binding the contract method 0x1ef01fd5.
//
// Solidity: function ROLE_HOSPITAL() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) ROLEHOSPITAL(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "ROLE_HOSPITAL")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ROLEHOSPITAL is a free data retrieval call binding the contract method 0x1ef01fd5.
//
// Solidity: function ROLE_HOSPITAL() view returns(uint8)
func (_HealthConsent *HealthConsentSession) ROLEHOSPITAL() (uint8, error) {
	return _HealthConsent.Contract.ROLEHOSPITAL(&_HealthConsent.CallOpts)
}

// ROLEHOSPITAL is a free data retrieval call binding the contract method 0x1ef01fd5.
//
// Solidity: function ROLE_HOSPITAL() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) ROLEHOSPITAL() (uint8, error) {
	return _HealthConsent.Contract.ROLEHOSPITAL(&_HealthConsent.CallOpts)
}

// ROLEIMAGING is a free data retrieval call binding the contract method 0x11faaebc.
//
// Solidity: function ROLE_IMAGING() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) ROLEIMAGING(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "ROLE_IMAGING")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ROLEIMAGING is a free data retrieval call binding the contract method 0x11faaebc.
//
// Solidity: function ROLE_IMAGING() view returns(uint8)
func (_HealthConsent *HealthConsentSession) ROLEIMAGING() (uint8, error) {
	return _HealthConsent.Contract.ROLEIMAGING(&_HealthConsent.CallOpts)
}

// ROLEIMAGING is a free data retrieval call binding the contract method 0x11faaebc.
//
// Solidity: function ROLE_IMAGING() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) ROLEIMAGING() (uint8, error) {
	return _HealthConsent.Contract.ROLEIMAGING(&_HealthConsent.CallOpts)
}

// ROLEINSURER is a free data retrieval call binding the contract method 0xc968db0d.
//
// Solidity: function ROLE_INSURER() view returns(uint8)
func (_HealthConsent *HealthConsentCaller) ROLEINSURER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "ROLE_INSURER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// ROLEINSURER is a free data retrieval call binding the contract method 0xc968db0d.
//
// Solidity: function ROLE_INSURER() view returns(uint8)
func (_HealthConsent *HealthConsentSession) ROLEINSURER() (uint8, error) {
	return _HealthConsent.Contract.ROLEINSURER(&_HealthConsent.CallOpts)
}

// ROLEINSURER is a free data retrieval call binding the contract method 0xc968db0d.
//
// Solidity: function ROLE_INSURER() view returns(uint8)
func (_HealthConsent *HealthConsentCallerSession) ROLEINSURER() (uint8, error) {
	return _HealthConsent.Contract.ROLEINSURER(&_HealthConsent.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_HealthConsent *HealthConsentCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_HealthConsent *HealthConsentSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _HealthConsent.Contract.UPGRADEINTERFACEVERSION(&_HealthConsent.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_HealthConsent *HealthConsentCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _HealthConsent.Contract.UPGRADEINTERFACEVERSION(&_HealthConsent.CallOpts)
}

// CheckAccess is a free data retrieval call binding the contract method 0xddf57956.
//
// Solidity: function checkAccess(address accessor, bytes32 recordHash, uint256 consentId) view returns()
func (_HealthConsent *HealthConsentCaller) CheckAccess(opts *bind.CallOpts, accessor common.Address, recordHash [32]byte, consentId *big.Int) error {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "checkAccess", accessor, recordHash, consentId)

	if err != nil {
		return err
	}

	return err

}

// CheckAccess is a free data retrieval call binding the contract method 0xddf57956.
//
// Solidity: function checkAccess(address accessor, bytes32 recordHash, uint256 consentId) view returns()
func (_HealthConsent *HealthConsentSession) CheckAccess(accessor common.Address, recordHash [32]byte, consentId *big.Int) error {
	return _HealthConsent.Contract.CheckAccess(&_HealthConsent.CallOpts, accessor, recordHash, consentId)
}

// CheckAccess is a free data retrieval call binding the contract method 0xddf57956.
//
// Solidity: function checkAccess(address accessor, bytes32 recordHash, uint256 consentId) view returns()
func (_HealthConsent *HealthConsentCallerSession) CheckAccess(accessor common.Address, recordHash [32]byte, consentId *big.Int) error {
	return _HealthConsent.Contract.CheckAccess(&_HealthConsent.CallOpts, accessor, recordHash, consentId)
}

// Claim is a free data retrieval call binding the contract method 0x379607f5.
//
// Solidity: function claim(uint256 id) view returns((address,uint8,uint64,address,uint64,uint256,uint256,bytes32,bytes32[]))
func (_HealthConsent *HealthConsentCaller) Claim(opts *bind.CallOpts, id *big.Int) (HealthConsentClaim, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "claim", id)

	if err != nil {
		return *new(HealthConsentClaim), err
	}

	out0 := *abi.ConvertType(out[0], new(HealthConsentClaim)).(*HealthConsentClaim)

	return out0, err

}

// Claim is a free data retrieval call binding the contract method 0x379607f5.
//
// Solidity: function claim(uint256 id) view returns((address,uint8,uint64,address,uint64,uint256,uint256,bytes32,bytes32[]))
func (_HealthConsent *HealthConsentSession) Claim(id *big.Int) (HealthConsentClaim, error) {
	return _HealthConsent.Contract.Claim(&_HealthConsent.CallOpts, id)
}

// Claim is a free data retrieval call binding the contract method 0x379607f5.
//
// Solidity: function claim(uint256 id) view returns((address,uint8,uint64,address,uint64,uint256,uint256,bytes32,bytes32[]))
func (_HealthConsent *HealthConsentCallerSession) Claim(id *big.Int) (HealthConsentClaim, error) {
	return _HealthConsent.Contract.Claim(&_HealthConsent.CallOpts, id)
}

// ClaimCount is a free data retrieval call binding the contract method 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint256)
func (_HealthConsent *HealthConsentCaller) ClaimCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "claimCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ClaimCount is a free data retrieval call binding the contract method 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint256)
func (_HealthConsent *HealthConsentSession) ClaimCount() (*big.Int, error) {
	return _HealthConsent.Contract.ClaimCount(&_HealthConsent.CallOpts)
}

// ClaimCount is a free data retrieval call binding the contract method 0x8da4d3c9.
//
// Solidity: function claimCount() view returns(uint256)
func (_HealthConsent *HealthConsentCallerSession) ClaimCount() (*big.Int, error) {
	return _HealthConsent.Contract.ClaimCount(&_HealthConsent.CallOpts)
}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 id) view returns((address,uint8,uint8,uint64,uint64,address,address,bytes32))
func (_HealthConsent *HealthConsentCaller) Consent(opts *bind.CallOpts, id *big.Int) (HealthConsentConsent, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "consent", id)

	if err != nil {
		return *new(HealthConsentConsent), err
	}

	out0 := *abi.ConvertType(out[0], new(HealthConsentConsent)).(*HealthConsentConsent)

	return out0, err

}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 id) view returns((address,uint8,uint8,uint64,uint64,address,address,bytes32))
func (_HealthConsent *HealthConsentSession) Consent(id *big.Int) (HealthConsentConsent, error) {
	return _HealthConsent.Contract.Consent(&_HealthConsent.CallOpts, id)
}

// Consent is a free data retrieval call binding the contract method 0x9eef6ce8.
//
// Solidity: function consent(uint256 id) view returns((address,uint8,uint8,uint64,uint64,address,address,bytes32))
func (_HealthConsent *HealthConsentCallerSession) Consent(id *big.Int) (HealthConsentConsent, error) {
	return _HealthConsent.Contract.Consent(&_HealthConsent.CallOpts, id)
}

// ConsentCount is a free data retrieval call binding the contract method 0x1edb9197.
//
// Solidity: function consentCount() view returns(uint256)
func (_HealthConsent *HealthConsentCaller) ConsentCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "consentCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ConsentCount is a free data retrieval call binding the contract method 0x1edb9197.
//
// Solidity: function consentCount() view returns(uint256)
func (_HealthConsent *HealthConsentSession) ConsentCount() (*big.Int, error) {
	return _HealthConsent.Contract.ConsentCount(&_HealthConsent.CallOpts)
}

// ConsentCount is a free data retrieval call binding the contract method 0x1edb9197.
//
// Solidity: function consentCount() view returns(uint256)
func (_HealthConsent *HealthConsentCallerSession) ConsentCount() (*big.Int, error) {
	return _HealthConsent.Contract.ConsentCount(&_HealthConsent.CallOpts)
}

// ConsentsOf is a free data retrieval call binding the contract method 0x2e5f56d5.
//
// Solidity: function consentsOf(address patient) view returns(uint256[])
func (_HealthConsent *HealthConsentCaller) ConsentsOf(opts *bind.CallOpts, patient common.Address) ([]*big.Int, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "consentsOf", patient)

	if err != nil {
		return *new([]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)

	return out0, err

}

// ConsentsOf is a free data retrieval call binding the contract method 0x2e5f56d5.
//
// Solidity: function consentsOf(address patient) view returns(uint256[])
func (_HealthConsent *HealthConsentSession) ConsentsOf(patient common.Address) ([]*big.Int, error) {
	return _HealthConsent.Contract.ConsentsOf(&_HealthConsent.CallOpts, patient)
}

// ConsentsOf is a free data retrieval call binding the contract method 0x2e5f56d5.
//
// Solidity: function consentsOf(address patient) view returns(uint256[])
func (_HealthConsent *HealthConsentCallerSession) ConsentsOf(patient common.Address) ([]*big.Int, error) {
	return _HealthConsent.Contract.ConsentsOf(&_HealthConsent.CallOpts, patient)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_HealthConsent *HealthConsentCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_HealthConsent *HealthConsentSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _HealthConsent.Contract.GetRoleAdmin(&_HealthConsent.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_HealthConsent *HealthConsentCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _HealthConsent.Contract.GetRoleAdmin(&_HealthConsent.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_HealthConsent *HealthConsentCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_HealthConsent *HealthConsentSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _HealthConsent.Contract.HasRole(&_HealthConsent.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_HealthConsent *HealthConsentCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _HealthConsent.Contract.HasRole(&_HealthConsent.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_HealthConsent *HealthConsentCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_HealthConsent *HealthConsentSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _HealthConsent.Contract.IsTrustedForwarder(&_HealthConsent.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_HealthConsent *HealthConsentCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _HealthConsent.Contract.IsTrustedForwarder(&_HealthConsent.CallOpts, forwarder)
}

// Provider is a free data retrieval call binding the contract method 0xfbaf094a.
//
// Solidity: function provider(address who) view returns((uint8,bool,uint64))
func (_HealthConsent *HealthConsentCaller) Provider(opts *bind.CallOpts, who common.Address) (HealthConsentProvider, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "provider", who)

	if err != nil {
		return *new(HealthConsentProvider), err
	}

	out0 := *abi.ConvertType(out[0], new(HealthConsentProvider)).(*HealthConsentProvider)

	return out0, err

}

// Provider is a free data retrieval call binding the contract method 0xfbaf094a.
//
// Solidity: function provider(address who) view returns((uint8,bool,uint64))
func (_HealthConsent *HealthConsentSession) Provider(who common.Address) (HealthConsentProvider, error) {
	return _HealthConsent.Contract.Provider(&_HealthConsent.CallOpts, who)
}

// Provider is a free data retrieval call binding the contract method 0xfbaf094a.
//
// Solidity: function provider(address who) view returns((uint8,bool,uint64))
func (_HealthConsent *HealthConsentCallerSession) Provider(who common.Address) (HealthConsentProvider, error) {
	return _HealthConsent.Contract.Provider(&_HealthConsent.CallOpts, who)
}

// Providers is a free data retrieval call binding the contract method 0xf8401fe6.
//
// Solidity: function providers() view returns(address[])
func (_HealthConsent *HealthConsentCaller) Providers(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "providers")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Providers is a free data retrieval call binding the contract method 0xf8401fe6.
//
// Solidity: function providers() view returns(address[])
func (_HealthConsent *HealthConsentSession) Providers() ([]common.Address, error) {
	return _HealthConsent.Contract.Providers(&_HealthConsent.CallOpts)
}

// Providers is a free data retrieval call binding the contract method 0xf8401fe6.
//
// Solidity: function providers() view returns(address[])
func (_HealthConsent *HealthConsentCallerSession) Providers() ([]common.Address, error) {
	return _HealthConsent.Contract.Providers(&_HealthConsent.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_HealthConsent *HealthConsentCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_HealthConsent *HealthConsentSession) ProxiableUUID() ([32]byte, error) {
	return _HealthConsent.Contract.ProxiableUUID(&_HealthConsent.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_HealthConsent *HealthConsentCallerSession) ProxiableUUID() ([32]byte, error) {
	return _HealthConsent.Contract.ProxiableUUID(&_HealthConsent.CallOpts)
}

// Record is a free data retrieval call binding the contract method 0xb5c645bd.
//
// Solidity: function record(bytes32 recordHash) view returns((address,uint8,uint64,address))
func (_HealthConsent *HealthConsentCaller) Record(opts *bind.CallOpts, recordHash [32]byte) (HealthConsentRecord, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "record", recordHash)

	if err != nil {
		return *new(HealthConsentRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(HealthConsentRecord)).(*HealthConsentRecord)

	return out0, err

}

// Record is a free data retrieval call binding the contract method 0xb5c645bd.
//
// Solidity: function record(bytes32 recordHash) view returns((address,uint8,uint64,address))
func (_HealthConsent *HealthConsentSession) Record(recordHash [32]byte) (HealthConsentRecord, error) {
	return _HealthConsent.Contract.Record(&_HealthConsent.CallOpts, recordHash)
}

// Record is a free data retrieval call binding the contract method 0xb5c645bd.
//
// Solidity: function record(bytes32 recordHash) view returns((address,uint8,uint64,address))
func (_HealthConsent *HealthConsentCallerSession) Record(recordHash [32]byte) (HealthConsentRecord, error) {
	return _HealthConsent.Contract.Record(&_HealthConsent.CallOpts, recordHash)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_HealthConsent *HealthConsentCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_HealthConsent *HealthConsentSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _HealthConsent.Contract.SupportsInterface(&_HealthConsent.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_HealthConsent *HealthConsentCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _HealthConsent.Contract.SupportsInterface(&_HealthConsent.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_HealthConsent *HealthConsentCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_HealthConsent *HealthConsentSession) TrustedForwarder() (common.Address, error) {
	return _HealthConsent.Contract.TrustedForwarder(&_HealthConsent.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_HealthConsent *HealthConsentCallerSession) TrustedForwarder() (common.Address, error) {
	return _HealthConsent.Contract.TrustedForwarder(&_HealthConsent.CallOpts)
}

// AddProvider is a paid mutator transaction binding the contract method 0xc2634cc2.
//
// Solidity: function addProvider(address who, uint8 role) returns()
func (_HealthConsent *HealthConsentTransactor) AddProvider(opts *bind.TransactOpts, who common.Address, role uint8) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "addProvider", who, role)
}

// AddProvider is a paid mutator transaction binding the contract method 0xc2634cc2.
//
// Solidity: function addProvider(address who, uint8 role) returns()
func (_HealthConsent *HealthConsentSession) AddProvider(who common.Address, role uint8) (*types.Transaction, error) {
	return _HealthConsent.Contract.AddProvider(&_HealthConsent.TransactOpts, who, role)
}

// AddProvider is a paid mutator transaction binding the contract method 0xc2634cc2.
//
// Solidity: function addProvider(address who, uint8 role) returns()
func (_HealthConsent *HealthConsentTransactorSession) AddProvider(who common.Address, role uint8) (*types.Transaction, error) {
	return _HealthConsent.Contract.AddProvider(&_HealthConsent.TransactOpts, who, role)
}

// Anchor is a paid mutator transaction binding the contract method 0x4a82ab61.
//
// Solidity: function anchor(address patient, bytes32 recordHash, uint8 category) returns()
func (_HealthConsent *HealthConsentTransactor) Anchor(opts *bind.TransactOpts, patient common.Address, recordHash [32]byte, category uint8) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "anchor", patient, recordHash, category)
}

// Anchor is a paid mutator transaction binding the contract method 0x4a82ab61.
//
// Solidity: function anchor(address patient, bytes32 recordHash, uint8 category) returns()
func (_HealthConsent *HealthConsentSession) Anchor(patient common.Address, recordHash [32]byte, category uint8) (*types.Transaction, error) {
	return _HealthConsent.Contract.Anchor(&_HealthConsent.TransactOpts, patient, recordHash, category)
}

// Anchor is a paid mutator transaction binding the contract method 0x4a82ab61.
//
// Solidity: function anchor(address patient, bytes32 recordHash, uint8 category) returns()
func (_HealthConsent *HealthConsentTransactorSession) Anchor(patient common.Address, recordHash [32]byte, category uint8) (*types.Transaction, error) {
	return _HealthConsent.Contract.Anchor(&_HealthConsent.TransactOpts, patient, recordHash, category)
}

// AnchorBatch is a paid mutator transaction binding the contract method 0x753863e8.
//
// Solidity: function anchorBatch(address[] patients, bytes32[] records, uint8[] categories) returns()
func (_HealthConsent *HealthConsentTransactor) AnchorBatch(opts *bind.TransactOpts, patients []common.Address, records [][32]byte, categories []uint8) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "anchorBatch", patients, records, categories)
}

// AnchorBatch is a paid mutator transaction binding the contract method 0x753863e8.
//
// Solidity: function anchorBatch(address[] patients, bytes32[] records, uint8[] categories) returns()
func (_HealthConsent *HealthConsentSession) AnchorBatch(patients []common.Address, records [][32]byte, categories []uint8) (*types.Transaction, error) {
	return _HealthConsent.Contract.AnchorBatch(&_HealthConsent.TransactOpts, patients, records, categories)
}

// AnchorBatch is a paid mutator transaction binding the contract method 0x753863e8.
//
// Solidity: function anchorBatch(address[] patients, bytes32[] records, uint8[] categories) returns()
func (_HealthConsent *HealthConsentTransactorSession) AnchorBatch(patients []common.Address, records [][32]byte, categories []uint8) (*types.Transaction, error) {
	return _HealthConsent.Contract.AnchorBatch(&_HealthConsent.TransactOpts, patients, records, categories)
}

// BreakGlass is a paid mutator transaction binding the contract method 0x7426884c.
//
// Solidity: function breakGlass(bytes32 recordHash, uint16 reason) returns()
func (_HealthConsent *HealthConsentTransactor) BreakGlass(opts *bind.TransactOpts, recordHash [32]byte, reason uint16) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "breakGlass", recordHash, reason)
}

// BreakGlass is a paid mutator transaction binding the contract method 0x7426884c.
//
// Solidity: function breakGlass(bytes32 recordHash, uint16 reason) returns()
func (_HealthConsent *HealthConsentSession) BreakGlass(recordHash [32]byte, reason uint16) (*types.Transaction, error) {
	return _HealthConsent.Contract.BreakGlass(&_HealthConsent.TransactOpts, recordHash, reason)
}

// BreakGlass is a paid mutator transaction binding the contract method 0x7426884c.
//
// Solidity: function breakGlass(bytes32 recordHash, uint16 reason) returns()
func (_HealthConsent *HealthConsentTransactorSession) BreakGlass(recordHash [32]byte, reason uint16) (*types.Transaction, error) {
	return _HealthConsent.Contract.BreakGlass(&_HealthConsent.TransactOpts, recordHash, reason)
}

// DecideClaim is a paid mutator transaction binding the contract method 0xb2d5d1b2.
//
// Solidity: function decideClaim(uint256 id, bool approved, uint256 amountPaid, bytes32 paymentRef) returns()
func (_HealthConsent *HealthConsentTransactor) DecideClaim(opts *bind.TransactOpts, id *big.Int, approved bool, amountPaid *big.Int, paymentRef [32]byte) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "decideClaim", id, approved, amountPaid, paymentRef)
}

// DecideClaim is a paid mutator transaction binding the contract method 0xb2d5d1b2.
//
// Solidity: function decideClaim(uint256 id, bool approved, uint256 amountPaid, bytes32 paymentRef) returns()
func (_HealthConsent *HealthConsentSession) DecideClaim(id *big.Int, approved bool, amountPaid *big.Int, paymentRef [32]byte) (*types.Transaction, error) {
	return _HealthConsent.Contract.DecideClaim(&_HealthConsent.TransactOpts, id, approved, amountPaid, paymentRef)
}

// DecideClaim is a paid mutator transaction binding the contract method 0xb2d5d1b2.
//
// Solidity: function decideClaim(uint256 id, bool approved, uint256 amountPaid, bytes32 paymentRef) returns()
func (_HealthConsent *HealthConsentTransactorSession) DecideClaim(id *big.Int, approved bool, amountPaid *big.Int, paymentRef [32]byte) (*types.Transaction, error) {
	return _HealthConsent.Contract.DecideClaim(&_HealthConsent.TransactOpts, id, approved, amountPaid, paymentRef)
}

// FileClaim is a paid mutator transaction binding the contract method 0xa4645006.
//
// Solidity: function fileClaim(address insurer, bytes32[] records, uint256[] consents, uint256 amountClaimed) returns(uint256 id)
func (_HealthConsent *HealthConsentTransactor) FileClaim(opts *bind.TransactOpts, insurer common.Address, records [][32]byte, consents []*big.Int, amountClaimed *big.Int) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "fileClaim", insurer, records, consents, amountClaimed)
}

// FileClaim is a paid mutator transaction binding the contract method 0xa4645006.
//
// Solidity: function fileClaim(address insurer, bytes32[] records, uint256[] consents, uint256 amountClaimed) returns(uint256 id)
func (_HealthConsent *HealthConsentSession) FileClaim(insurer common.Address, records [][32]byte, consents []*big.Int, amountClaimed *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.FileClaim(&_HealthConsent.TransactOpts, insurer, records, consents, amountClaimed)
}

// FileClaim is a paid mutator transaction binding the contract method 0xa4645006.
//
// Solidity: function fileClaim(address insurer, bytes32[] records, uint256[] consents, uint256 amountClaimed) returns(uint256 id)
func (_HealthConsent *HealthConsentTransactorSession) FileClaim(insurer common.Address, records [][32]byte, consents []*big.Int, amountClaimed *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.FileClaim(&_HealthConsent.TransactOpts, insurer, records, consents, amountClaimed)
}

// GrantConsent is a paid mutator transaction binding the contract method 0xbc47922c.
//
// Solidity: function grantConsent(address grantee, address holder, uint8 categories, bytes32 recordHash, uint8 purpose, uint64 expiresAt) returns(uint256 id)
func (_HealthConsent *HealthConsentTransactor) GrantConsent(opts *bind.TransactOpts, grantee common.Address, holder common.Address, categories uint8, recordHash [32]byte, purpose uint8, expiresAt uint64) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "grantConsent", grantee, holder, categories, recordHash, purpose, expiresAt)
}

// GrantConsent is a paid mutator transaction binding the contract method 0xbc47922c.
//
// Solidity: function grantConsent(address grantee, address holder, uint8 categories, bytes32 recordHash, uint8 purpose, uint64 expiresAt) returns(uint256 id)
func (_HealthConsent *HealthConsentSession) GrantConsent(grantee common.Address, holder common.Address, categories uint8, recordHash [32]byte, purpose uint8, expiresAt uint64) (*types.Transaction, error) {
	return _HealthConsent.Contract.GrantConsent(&_HealthConsent.TransactOpts, grantee, holder, categories, recordHash, purpose, expiresAt)
}

// GrantConsent is a paid mutator transaction binding the contract method 0xbc47922c.
//
// Solidity: function grantConsent(address grantee, address holder, uint8 categories, bytes32 recordHash, uint8 purpose, uint64 expiresAt) returns(uint256 id)
func (_HealthConsent *HealthConsentTransactorSession) GrantConsent(grantee common.Address, holder common.Address, categories uint8, recordHash [32]byte, purpose uint8, expiresAt uint64) (*types.Transaction, error) {
	return _HealthConsent.Contract.GrantConsent(&_HealthConsent.TransactOpts, grantee, holder, categories, recordHash, purpose, expiresAt)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_HealthConsent *HealthConsentTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_HealthConsent *HealthConsentSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.GrantRole(&_HealthConsent.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_HealthConsent *HealthConsentTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.GrantRole(&_HealthConsent.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_HealthConsent *HealthConsentTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "initialize", forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_HealthConsent *HealthConsentSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.Initialize(&_HealthConsent.TransactOpts, forwarder, admin)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address forwarder, address admin) returns()
func (_HealthConsent *HealthConsentTransactorSession) Initialize(forwarder common.Address, admin common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.Initialize(&_HealthConsent.TransactOpts, forwarder, admin)
}

// LogAccess is a paid mutator transaction binding the contract method 0x14cb77a8.
//
// Solidity: function logAccess(bytes32 recordHash, address accessor, uint256 consentId) returns()
func (_HealthConsent *HealthConsentTransactor) LogAccess(opts *bind.TransactOpts, recordHash [32]byte, accessor common.Address, consentId *big.Int) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "logAccess", recordHash, accessor, consentId)
}

// LogAccess is a paid mutator transaction binding the contract method 0x14cb77a8.
//
// Solidity: function logAccess(bytes32 recordHash, address accessor, uint256 consentId) returns()
func (_HealthConsent *HealthConsentSession) LogAccess(recordHash [32]byte, accessor common.Address, consentId *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.LogAccess(&_HealthConsent.TransactOpts, recordHash, accessor, consentId)
}

// LogAccess is a paid mutator transaction binding the contract method 0x14cb77a8.
//
// Solidity: function logAccess(bytes32 recordHash, address accessor, uint256 consentId) returns()
func (_HealthConsent *HealthConsentTransactorSession) LogAccess(recordHash [32]byte, accessor common.Address, consentId *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.LogAccess(&_HealthConsent.TransactOpts, recordHash, accessor, consentId)
}

// RemoveProvider is a paid mutator transaction binding the contract method 0x8a355a57.
//
// Solidity: function removeProvider(address who) returns()
func (_HealthConsent *HealthConsentTransactor) RemoveProvider(opts *bind.TransactOpts, who common.Address) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "removeProvider", who)
}

// RemoveProvider is a paid mutator transaction binding the contract method 0x8a355a57.
//
// Solidity: function removeProvider(address who) returns()
func (_HealthConsent *HealthConsentSession) RemoveProvider(who common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.RemoveProvider(&_HealthConsent.TransactOpts, who)
}

// RemoveProvider is a paid mutator transaction binding the contract method 0x8a355a57.
//
// Solidity: function removeProvider(address who) returns()
func (_HealthConsent *HealthConsentTransactorSession) RemoveProvider(who common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.RemoveProvider(&_HealthConsent.TransactOpts, who)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_HealthConsent *HealthConsentTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_HealthConsent *HealthConsentSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.RenounceRole(&_HealthConsent.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_HealthConsent *HealthConsentTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.RenounceRole(&_HealthConsent.TransactOpts, role, callerConfirmation)
}

// RevokeConsent is a paid mutator transaction binding the contract method 0x16a0042c.
//
// Solidity: function revokeConsent(uint256 id) returns()
func (_HealthConsent *HealthConsentTransactor) RevokeConsent(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "revokeConsent", id)
}

// RevokeConsent is a paid mutator transaction binding the contract method 0x16a0042c.
//
// Solidity: function revokeConsent(uint256 id) returns()
func (_HealthConsent *HealthConsentSession) RevokeConsent(id *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.RevokeConsent(&_HealthConsent.TransactOpts, id)
}

// RevokeConsent is a paid mutator transaction binding the contract method 0x16a0042c.
//
// Solidity: function revokeConsent(uint256 id) returns()
func (_HealthConsent *HealthConsentTransactorSession) RevokeConsent(id *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.RevokeConsent(&_HealthConsent.TransactOpts, id)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_HealthConsent *HealthConsentTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_HealthConsent *HealthConsentSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.RevokeRole(&_HealthConsent.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_HealthConsent *HealthConsentTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.RevokeRole(&_HealthConsent.TransactOpts, role, account)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_HealthConsent *HealthConsentTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_HealthConsent *HealthConsentSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.SetTrustedForwarder(&_HealthConsent.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_HealthConsent *HealthConsentTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _HealthConsent.Contract.SetTrustedForwarder(&_HealthConsent.TransactOpts, forwarder)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_HealthConsent *HealthConsentTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_HealthConsent *HealthConsentSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _HealthConsent.Contract.UpgradeToAndCall(&_HealthConsent.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_HealthConsent *HealthConsentTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _HealthConsent.Contract.UpgradeToAndCall(&_HealthConsent.TransactOpts, newImplementation, data)
}

// HealthConsentClaimDecidedIterator is returned from FilterClaimDecided and is used to iterate over the raw logs and unpacked data for ClaimDecided events raised by the HealthConsent contract.
type HealthConsentClaimDecidedIterator struct {
	Event *HealthConsentClaimDecided // Event containing the contract specifics and raw log

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
func (it *HealthConsentClaimDecidedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentClaimDecided)
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
		it.Event = new(HealthConsentClaimDecided)
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
func (it *HealthConsentClaimDecidedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentClaimDecidedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentClaimDecided represents a ClaimDecided event raised by the HealthConsent contract.
type HealthConsentClaimDecided struct {
	Id         *big.Int
	Patient    common.Address
	Insurer    common.Address
	Approved   bool
	AmountPaid *big.Int
	PaymentRef [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterClaimDecided is a free log retrieval operation binding the contract event 0x9eb741726e8a322d1b0006788e1f973a4ca203b801d6b37e061c36d7e36e5938.
//
// Solidity: event ClaimDecided(uint256 indexed id, address indexed patient, address indexed insurer, bool approved, uint256 amountPaid, bytes32 paymentRef)
func (_HealthConsent *HealthConsentFilterer) FilterClaimDecided(opts *bind.FilterOpts, id []*big.Int, patient []common.Address, insurer []common.Address) (*HealthConsentClaimDecidedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "ClaimDecided", idRule, patientRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentClaimDecidedIterator{contract: _HealthConsent.contract, event: "ClaimDecided", logs: logs, sub: sub}, nil
}

// WatchClaimDecided is a free log subscription operation binding the contract event 0x9eb741726e8a322d1b0006788e1f973a4ca203b801d6b37e061c36d7e36e5938.
//
// Solidity: event ClaimDecided(uint256 indexed id, address indexed patient, address indexed insurer, bool approved, uint256 amountPaid, bytes32 paymentRef)
func (_HealthConsent *HealthConsentFilterer) WatchClaimDecided(opts *bind.WatchOpts, sink chan<- *HealthConsentClaimDecided, id []*big.Int, patient []common.Address, insurer []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "ClaimDecided", idRule, patientRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentClaimDecided)
				if err := _HealthConsent.contract.UnpackLog(event, "ClaimDecided", log); err != nil {
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

// ParseClaimDecided is a log parse operation binding the contract event 0x9eb741726e8a322d1b0006788e1f973a4ca203b801d6b37e061c36d7e36e5938.
//
// Solidity: event ClaimDecided(uint256 indexed id, address indexed patient, address indexed insurer, bool approved, uint256 amountPaid, bytes32 paymentRef)
func (_HealthConsent *HealthConsentFilterer) ParseClaimDecided(log types.Log) (*HealthConsentClaimDecided, error) {
	event := new(HealthConsentClaimDecided)
	if err := _HealthConsent.contract.UnpackLog(event, "ClaimDecided", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentClaimFiledIterator is returned from FilterClaimFiled and is used to iterate over the raw logs and unpacked data for ClaimFiled events raised by the HealthConsent contract.
type HealthConsentClaimFiledIterator struct {
	Event *HealthConsentClaimFiled // Event containing the contract specifics and raw log

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
func (it *HealthConsentClaimFiledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentClaimFiled)
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
		it.Event = new(HealthConsentClaimFiled)
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
func (it *HealthConsentClaimFiledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentClaimFiledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentClaimFiled represents a ClaimFiled event raised by the HealthConsent contract.
type HealthConsentClaimFiled struct {
	Id            *big.Int
	Patient       common.Address
	Insurer       common.Address
	Records       [][32]byte
	AmountClaimed *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterClaimFiled is a free log retrieval operation binding the contract event 0x4cc1b06fa4d3fed67a96a9eae46391fc657cc9c18ed782398d26be9d77faad3e.
//
// Solidity: event ClaimFiled(uint256 indexed id, address indexed patient, address indexed insurer, bytes32[] records, uint256 amountClaimed)
func (_HealthConsent *HealthConsentFilterer) FilterClaimFiled(opts *bind.FilterOpts, id []*big.Int, patient []common.Address, insurer []common.Address) (*HealthConsentClaimFiledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "ClaimFiled", idRule, patientRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentClaimFiledIterator{contract: _HealthConsent.contract, event: "ClaimFiled", logs: logs, sub: sub}, nil
}

// WatchClaimFiled is a free log subscription operation binding the contract event 0x4cc1b06fa4d3fed67a96a9eae46391fc657cc9c18ed782398d26be9d77faad3e.
//
// Solidity: event ClaimFiled(uint256 indexed id, address indexed patient, address indexed insurer, bytes32[] records, uint256 amountClaimed)
func (_HealthConsent *HealthConsentFilterer) WatchClaimFiled(opts *bind.WatchOpts, sink chan<- *HealthConsentClaimFiled, id []*big.Int, patient []common.Address, insurer []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "ClaimFiled", idRule, patientRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentClaimFiled)
				if err := _HealthConsent.contract.UnpackLog(event, "ClaimFiled", log); err != nil {
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

// ParseClaimFiled is a log parse operation binding the contract event 0x4cc1b06fa4d3fed67a96a9eae46391fc657cc9c18ed782398d26be9d77faad3e.
//
// Solidity: event ClaimFiled(uint256 indexed id, address indexed patient, address indexed insurer, bytes32[] records, uint256 amountClaimed)
func (_HealthConsent *HealthConsentFilterer) ParseClaimFiled(log types.Log) (*HealthConsentClaimFiled, error) {
	event := new(HealthConsentClaimFiled)
	if err := _HealthConsent.contract.UnpackLog(event, "ClaimFiled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentConsentGrantedIterator is returned from FilterConsentGranted and is used to iterate over the raw logs and unpacked data for ConsentGranted events raised by the HealthConsent contract.
type HealthConsentConsentGrantedIterator struct {
	Event *HealthConsentConsentGranted // Event containing the contract specifics and raw log

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
func (it *HealthConsentConsentGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentConsentGranted)
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
		it.Event = new(HealthConsentConsentGranted)
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
func (it *HealthConsentConsentGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentConsentGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentConsentGranted represents a ConsentGranted event raised by the HealthConsent contract.
type HealthConsentConsentGranted struct {
	Id         *big.Int
	Patient    common.Address
	Grantee    common.Address
	Holder     common.Address
	Categories uint8
	Record     [32]byte
	Purpose    uint8
	ExpiresAt  uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterConsentGranted is a free log retrieval operation binding the contract event 0xeec2e5580a50e28f864b59f6b97806a24bf4e76f59fcecfa2e1ad97995945227.
//
// Solidity: event ConsentGranted(uint256 indexed id, address indexed patient, address indexed grantee, address holder, uint8 categories, bytes32 record, uint8 purpose, uint64 expiresAt)
func (_HealthConsent *HealthConsentFilterer) FilterConsentGranted(opts *bind.FilterOpts, id []*big.Int, patient []common.Address, grantee []common.Address) (*HealthConsentConsentGrantedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "ConsentGranted", idRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentConsentGrantedIterator{contract: _HealthConsent.contract, event: "ConsentGranted", logs: logs, sub: sub}, nil
}

// WatchConsentGranted is a free log subscription operation binding the contract event 0xeec2e5580a50e28f864b59f6b97806a24bf4e76f59fcecfa2e1ad97995945227.
//
// Solidity: event ConsentGranted(uint256 indexed id, address indexed patient, address indexed grantee, address holder, uint8 categories, bytes32 record, uint8 purpose, uint64 expiresAt)
func (_HealthConsent *HealthConsentFilterer) WatchConsentGranted(opts *bind.WatchOpts, sink chan<- *HealthConsentConsentGranted, id []*big.Int, patient []common.Address, grantee []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "ConsentGranted", idRule, patientRule, granteeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentConsentGranted)
				if err := _HealthConsent.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
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

// ParseConsentGranted is a log parse operation binding the contract event 0xeec2e5580a50e28f864b59f6b97806a24bf4e76f59fcecfa2e1ad97995945227.
//
// Solidity: event ConsentGranted(uint256 indexed id, address indexed patient, address indexed grantee, address holder, uint8 categories, bytes32 record, uint8 purpose, uint64 expiresAt)
func (_HealthConsent *HealthConsentFilterer) ParseConsentGranted(log types.Log) (*HealthConsentConsentGranted, error) {
	event := new(HealthConsentConsentGranted)
	if err := _HealthConsent.contract.UnpackLog(event, "ConsentGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentConsentRevokedIterator is returned from FilterConsentRevoked and is used to iterate over the raw logs and unpacked data for ConsentRevoked events raised by the HealthConsent contract.
type HealthConsentConsentRevokedIterator struct {
	Event *HealthConsentConsentRevoked // Event containing the contract specifics and raw log

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
func (it *HealthConsentConsentRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentConsentRevoked)
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
		it.Event = new(HealthConsentConsentRevoked)
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
func (it *HealthConsentConsentRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentConsentRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentConsentRevoked represents a ConsentRevoked event raised by the HealthConsent contract.
type HealthConsentConsentRevoked struct {
	Id      *big.Int
	Patient common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterConsentRevoked is a free log retrieval operation binding the contract event 0xbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83.
//
// Solidity: event ConsentRevoked(uint256 indexed id, address indexed patient)
func (_HealthConsent *HealthConsentFilterer) FilterConsentRevoked(opts *bind.FilterOpts, id []*big.Int, patient []common.Address) (*HealthConsentConsentRevokedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "ConsentRevoked", idRule, patientRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentConsentRevokedIterator{contract: _HealthConsent.contract, event: "ConsentRevoked", logs: logs, sub: sub}, nil
}

// WatchConsentRevoked is a free log subscription operation binding the contract event 0xbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83.
//
// Solidity: event ConsentRevoked(uint256 indexed id, address indexed patient)
func (_HealthConsent *HealthConsentFilterer) WatchConsentRevoked(opts *bind.WatchOpts, sink chan<- *HealthConsentConsentRevoked, id []*big.Int, patient []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "ConsentRevoked", idRule, patientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentConsentRevoked)
				if err := _HealthConsent.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
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

// ParseConsentRevoked is a log parse operation binding the contract event 0xbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd83.
//
// Solidity: event ConsentRevoked(uint256 indexed id, address indexed patient)
func (_HealthConsent *HealthConsentFilterer) ParseConsentRevoked(log types.Log) (*HealthConsentConsentRevoked, error) {
	event := new(HealthConsentConsentRevoked)
	if err := _HealthConsent.contract.UnpackLog(event, "ConsentRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the HealthConsent contract.
type HealthConsentInitializedIterator struct {
	Event *HealthConsentInitialized // Event containing the contract specifics and raw log

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
func (it *HealthConsentInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentInitialized)
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
		it.Event = new(HealthConsentInitialized)
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
func (it *HealthConsentInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentInitialized represents a Initialized event raised by the HealthConsent contract.
type HealthConsentInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_HealthConsent *HealthConsentFilterer) FilterInitialized(opts *bind.FilterOpts) (*HealthConsentInitializedIterator, error) {

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &HealthConsentInitializedIterator{contract: _HealthConsent.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_HealthConsent *HealthConsentFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *HealthConsentInitialized) (event.Subscription, error) {

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentInitialized)
				if err := _HealthConsent.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_HealthConsent *HealthConsentFilterer) ParseInitialized(log types.Log) (*HealthConsentInitialized, error) {
	event := new(HealthConsentInitialized)
	if err := _HealthConsent.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentProviderAddedIterator is returned from FilterProviderAdded and is used to iterate over the raw logs and unpacked data for ProviderAdded events raised by the HealthConsent contract.
type HealthConsentProviderAddedIterator struct {
	Event *HealthConsentProviderAdded // Event containing the contract specifics and raw log

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
func (it *HealthConsentProviderAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentProviderAdded)
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
		it.Event = new(HealthConsentProviderAdded)
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
func (it *HealthConsentProviderAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentProviderAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentProviderAdded represents a ProviderAdded event raised by the HealthConsent contract.
type HealthConsentProviderAdded struct {
	Provider common.Address
	Role     uint8
	By       common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProviderAdded is a free log retrieval operation binding the contract event 0x6f45ddba85fe0f4942633a5f3e593c46a1b73050117ea428b1ce982f052094f1.
//
// Solidity: event ProviderAdded(address indexed provider, uint8 role, address by)
func (_HealthConsent *HealthConsentFilterer) FilterProviderAdded(opts *bind.FilterOpts, provider []common.Address) (*HealthConsentProviderAddedIterator, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "ProviderAdded", providerRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentProviderAddedIterator{contract: _HealthConsent.contract, event: "ProviderAdded", logs: logs, sub: sub}, nil
}

// WatchProviderAdded is a free log subscription operation binding the contract event 0x6f45ddba85fe0f4942633a5f3e593c46a1b73050117ea428b1ce982f052094f1.
//
// Solidity: event ProviderAdded(address indexed provider, uint8 role, address by)
func (_HealthConsent *HealthConsentFilterer) WatchProviderAdded(opts *bind.WatchOpts, sink chan<- *HealthConsentProviderAdded, provider []common.Address) (event.Subscription, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "ProviderAdded", providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentProviderAdded)
				if err := _HealthConsent.contract.UnpackLog(event, "ProviderAdded", log); err != nil {
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

// ParseProviderAdded is a log parse operation binding the contract event 0x6f45ddba85fe0f4942633a5f3e593c46a1b73050117ea428b1ce982f052094f1.
//
// Solidity: event ProviderAdded(address indexed provider, uint8 role, address by)
func (_HealthConsent *HealthConsentFilterer) ParseProviderAdded(log types.Log) (*HealthConsentProviderAdded, error) {
	event := new(HealthConsentProviderAdded)
	if err := _HealthConsent.contract.UnpackLog(event, "ProviderAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentProviderRemovedIterator is returned from FilterProviderRemoved and is used to iterate over the raw logs and unpacked data for ProviderRemoved events raised by the HealthConsent contract.
type HealthConsentProviderRemovedIterator struct {
	Event *HealthConsentProviderRemoved // Event containing the contract specifics and raw log

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
func (it *HealthConsentProviderRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentProviderRemoved)
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
		it.Event = new(HealthConsentProviderRemoved)
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
func (it *HealthConsentProviderRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentProviderRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentProviderRemoved represents a ProviderRemoved event raised by the HealthConsent contract.
type HealthConsentProviderRemoved struct {
	Provider common.Address
	By       common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterProviderRemoved is a free log retrieval operation binding the contract event 0xc2047ee5f33130ff6d49969b09f35052cc9e11d848fc9bfb2f91b0c09f2ff9da.
//
// Solidity: event ProviderRemoved(address indexed provider, address by)
func (_HealthConsent *HealthConsentFilterer) FilterProviderRemoved(opts *bind.FilterOpts, provider []common.Address) (*HealthConsentProviderRemovedIterator, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "ProviderRemoved", providerRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentProviderRemovedIterator{contract: _HealthConsent.contract, event: "ProviderRemoved", logs: logs, sub: sub}, nil
}

// WatchProviderRemoved is a free log subscription operation binding the contract event 0xc2047ee5f33130ff6d49969b09f35052cc9e11d848fc9bfb2f91b0c09f2ff9da.
//
// Solidity: event ProviderRemoved(address indexed provider, address by)
func (_HealthConsent *HealthConsentFilterer) WatchProviderRemoved(opts *bind.WatchOpts, sink chan<- *HealthConsentProviderRemoved, provider []common.Address) (event.Subscription, error) {

	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "ProviderRemoved", providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentProviderRemoved)
				if err := _HealthConsent.contract.UnpackLog(event, "ProviderRemoved", log); err != nil {
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

// ParseProviderRemoved is a log parse operation binding the contract event 0xc2047ee5f33130ff6d49969b09f35052cc9e11d848fc9bfb2f91b0c09f2ff9da.
//
// Solidity: event ProviderRemoved(address indexed provider, address by)
func (_HealthConsent *HealthConsentFilterer) ParseProviderRemoved(log types.Log) (*HealthConsentProviderRemoved, error) {
	event := new(HealthConsentProviderRemoved)
	if err := _HealthConsent.contract.UnpackLog(event, "ProviderRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentRecordAccessedIterator is returned from FilterRecordAccessed and is used to iterate over the raw logs and unpacked data for RecordAccessed events raised by the HealthConsent contract.
type HealthConsentRecordAccessedIterator struct {
	Event *HealthConsentRecordAccessed // Event containing the contract specifics and raw log

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
func (it *HealthConsentRecordAccessedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentRecordAccessed)
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
		it.Event = new(HealthConsentRecordAccessed)
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
func (it *HealthConsentRecordAccessedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentRecordAccessedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentRecordAccessed represents a RecordAccessed event raised by the HealthConsent contract.
type HealthConsentRecordAccessed struct {
	Patient   common.Address
	Accessor  common.Address
	Record    [32]byte
	ConsentId *big.Int
	Reason    uint16
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecordAccessed is a free log retrieval operation binding the contract event 0xcdb821d2842f194ebe138def08d6a75db36ce6460ab587d3438951ff142e9efa.
//
// Solidity: event RecordAccessed(address indexed patient, address indexed accessor, bytes32 indexed record, uint256 consentId, uint16 reason, address by)
func (_HealthConsent *HealthConsentFilterer) FilterRecordAccessed(opts *bind.FilterOpts, patient []common.Address, accessor []common.Address, record [][32]byte) (*HealthConsentRecordAccessedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var accessorRule []interface{}
	for _, accessorItem := range accessor {
		accessorRule = append(accessorRule, accessorItem)
	}
	var recordRule []interface{}
	for _, recordItem := range record {
		recordRule = append(recordRule, recordItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "RecordAccessed", patientRule, accessorRule, recordRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentRecordAccessedIterator{contract: _HealthConsent.contract, event: "RecordAccessed", logs: logs, sub: sub}, nil
}

// WatchRecordAccessed is a free log subscription operation binding the contract event 0xcdb821d2842f194ebe138def08d6a75db36ce6460ab587d3438951ff142e9efa.
//
// Solidity: event RecordAccessed(address indexed patient, address indexed accessor, bytes32 indexed record, uint256 consentId, uint16 reason, address by)
func (_HealthConsent *HealthConsentFilterer) WatchRecordAccessed(opts *bind.WatchOpts, sink chan<- *HealthConsentRecordAccessed, patient []common.Address, accessor []common.Address, record [][32]byte) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var accessorRule []interface{}
	for _, accessorItem := range accessor {
		accessorRule = append(accessorRule, accessorItem)
	}
	var recordRule []interface{}
	for _, recordItem := range record {
		recordRule = append(recordRule, recordItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "RecordAccessed", patientRule, accessorRule, recordRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentRecordAccessed)
				if err := _HealthConsent.contract.UnpackLog(event, "RecordAccessed", log); err != nil {
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

// ParseRecordAccessed is a log parse operation binding the contract event 0xcdb821d2842f194ebe138def08d6a75db36ce6460ab587d3438951ff142e9efa.
//
// Solidity: event RecordAccessed(address indexed patient, address indexed accessor, bytes32 indexed record, uint256 consentId, uint16 reason, address by)
func (_HealthConsent *HealthConsentFilterer) ParseRecordAccessed(log types.Log) (*HealthConsentRecordAccessed, error) {
	event := new(HealthConsentRecordAccessed)
	if err := _HealthConsent.contract.UnpackLog(event, "RecordAccessed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentRecordAnchoredIterator is returned from FilterRecordAnchored and is used to iterate over the raw logs and unpacked data for RecordAnchored events raised by the HealthConsent contract.
type HealthConsentRecordAnchoredIterator struct {
	Event *HealthConsentRecordAnchored // Event containing the contract specifics and raw log

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
func (it *HealthConsentRecordAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentRecordAnchored)
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
		it.Event = new(HealthConsentRecordAnchored)
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
func (it *HealthConsentRecordAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentRecordAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentRecordAnchored represents a RecordAnchored event raised by the HealthConsent contract.
type HealthConsentRecordAnchored struct {
	Record   [32]byte
	Patient  common.Address
	Provider common.Address
	Category uint8
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRecordAnchored is a free log retrieval operation binding the contract event 0x652ad29506280d289b7d588351106f2f91d86ee70a615d04e8a3b722d7eccf36.
//
// Solidity: event RecordAnchored(bytes32 indexed record, address indexed patient, address indexed provider, uint8 category)
func (_HealthConsent *HealthConsentFilterer) FilterRecordAnchored(opts *bind.FilterOpts, record [][32]byte, patient []common.Address, provider []common.Address) (*HealthConsentRecordAnchoredIterator, error) {

	var recordRule []interface{}
	for _, recordItem := range record {
		recordRule = append(recordRule, recordItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "RecordAnchored", recordRule, patientRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentRecordAnchoredIterator{contract: _HealthConsent.contract, event: "RecordAnchored", logs: logs, sub: sub}, nil
}

// WatchRecordAnchored is a free log subscription operation binding the contract event 0x652ad29506280d289b7d588351106f2f91d86ee70a615d04e8a3b722d7eccf36.
//
// Solidity: event RecordAnchored(bytes32 indexed record, address indexed patient, address indexed provider, uint8 category)
func (_HealthConsent *HealthConsentFilterer) WatchRecordAnchored(opts *bind.WatchOpts, sink chan<- *HealthConsentRecordAnchored, record [][32]byte, patient []common.Address, provider []common.Address) (event.Subscription, error) {

	var recordRule []interface{}
	for _, recordItem := range record {
		recordRule = append(recordRule, recordItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "RecordAnchored", recordRule, patientRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentRecordAnchored)
				if err := _HealthConsent.contract.UnpackLog(event, "RecordAnchored", log); err != nil {
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

// ParseRecordAnchored is a log parse operation binding the contract event 0x652ad29506280d289b7d588351106f2f91d86ee70a615d04e8a3b722d7eccf36.
//
// Solidity: event RecordAnchored(bytes32 indexed record, address indexed patient, address indexed provider, uint8 category)
func (_HealthConsent *HealthConsentFilterer) ParseRecordAnchored(log types.Log) (*HealthConsentRecordAnchored, error) {
	event := new(HealthConsentRecordAnchored)
	if err := _HealthConsent.contract.UnpackLog(event, "RecordAnchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the HealthConsent contract.
type HealthConsentRoleAdminChangedIterator struct {
	Event *HealthConsentRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *HealthConsentRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentRoleAdminChanged)
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
		it.Event = new(HealthConsentRoleAdminChanged)
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
func (it *HealthConsentRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentRoleAdminChanged represents a RoleAdminChanged event raised by the HealthConsent contract.
type HealthConsentRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_HealthConsent *HealthConsentFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*HealthConsentRoleAdminChangedIterator, error) {

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

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentRoleAdminChangedIterator{contract: _HealthConsent.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_HealthConsent *HealthConsentFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *HealthConsentRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentRoleAdminChanged)
				if err := _HealthConsent.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_HealthConsent *HealthConsentFilterer) ParseRoleAdminChanged(log types.Log) (*HealthConsentRoleAdminChanged, error) {
	event := new(HealthConsentRoleAdminChanged)
	if err := _HealthConsent.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the HealthConsent contract.
type HealthConsentRoleGrantedIterator struct {
	Event *HealthConsentRoleGranted // Event containing the contract specifics and raw log

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
func (it *HealthConsentRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentRoleGranted)
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
		it.Event = new(HealthConsentRoleGranted)
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
func (it *HealthConsentRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentRoleGranted represents a RoleGranted event raised by the HealthConsent contract.
type HealthConsentRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_HealthConsent *HealthConsentFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*HealthConsentRoleGrantedIterator, error) {

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

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentRoleGrantedIterator{contract: _HealthConsent.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_HealthConsent *HealthConsentFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *HealthConsentRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentRoleGranted)
				if err := _HealthConsent.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_HealthConsent *HealthConsentFilterer) ParseRoleGranted(log types.Log) (*HealthConsentRoleGranted, error) {
	event := new(HealthConsentRoleGranted)
	if err := _HealthConsent.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the HealthConsent contract.
type HealthConsentRoleRevokedIterator struct {
	Event *HealthConsentRoleRevoked // Event containing the contract specifics and raw log

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
func (it *HealthConsentRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentRoleRevoked)
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
		it.Event = new(HealthConsentRoleRevoked)
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
func (it *HealthConsentRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentRoleRevoked represents a RoleRevoked event raised by the HealthConsent contract.
type HealthConsentRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_HealthConsent *HealthConsentFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*HealthConsentRoleRevokedIterator, error) {

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

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentRoleRevokedIterator{contract: _HealthConsent.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_HealthConsent *HealthConsentFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *HealthConsentRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentRoleRevoked)
				if err := _HealthConsent.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_HealthConsent *HealthConsentFilterer) ParseRoleRevoked(log types.Log) (*HealthConsentRoleRevoked, error) {
	event := new(HealthConsentRoleRevoked)
	if err := _HealthConsent.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the HealthConsent contract.
type HealthConsentTrustedForwarderSetIterator struct {
	Event *HealthConsentTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *HealthConsentTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentTrustedForwarderSet)
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
		it.Event = new(HealthConsentTrustedForwarderSet)
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
func (it *HealthConsentTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentTrustedForwarderSet represents a TrustedForwarderSet event raised by the HealthConsent contract.
type HealthConsentTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_HealthConsent *HealthConsentFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*HealthConsentTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentTrustedForwarderSetIterator{contract: _HealthConsent.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_HealthConsent *HealthConsentFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *HealthConsentTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentTrustedForwarderSet)
				if err := _HealthConsent.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_HealthConsent *HealthConsentFilterer) ParseTrustedForwarderSet(log types.Log) (*HealthConsentTrustedForwarderSet, error) {
	event := new(HealthConsentTrustedForwarderSet)
	if err := _HealthConsent.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HealthConsentUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the HealthConsent contract.
type HealthConsentUpgradedIterator struct {
	Event *HealthConsentUpgraded // Event containing the contract specifics and raw log

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
func (it *HealthConsentUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HealthConsentUpgraded)
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
		it.Event = new(HealthConsentUpgraded)
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
func (it *HealthConsentUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HealthConsentUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HealthConsentUpgraded represents a Upgraded event raised by the HealthConsent contract.
type HealthConsentUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_HealthConsent *HealthConsentFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*HealthConsentUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _HealthConsent.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &HealthConsentUpgradedIterator{contract: _HealthConsent.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_HealthConsent *HealthConsentFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *HealthConsentUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _HealthConsent.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HealthConsentUpgraded)
				if err := _HealthConsent.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_HealthConsent *HealthConsentFilterer) ParseUpgraded(log types.Log) (*HealthConsentUpgraded, error) {
	event := new(HealthConsentUpgraded)
	if err := _HealthConsent.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
