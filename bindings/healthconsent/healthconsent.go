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
	Holders       []common.Address
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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mask\",\"type\":\"uint8\"}],\"name\":\"HealthBadCategories\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"HealthBadCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"HealthBadPurpose\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthBadRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"patients\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"records\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"categories\",\"type\":\"uint256\"}],\"name\":\"HealthBatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"HealthCategoryNotGranted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"HealthClaimAlreadyDecided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"records\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"consents\",\"type\":\"uint256\"}],\"name\":\"HealthClaimLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"HealthClaimRecordRepeated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthClaimWithoutRecords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"HealthConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"}],\"name\":\"HealthConsentNotForAccess\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"HealthConsentNotForClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"HealthConsentRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"HealthExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"}],\"name\":\"HealthNoConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthNoEmergencyForRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HealthNoPaymentRef\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthNoReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthNotAnInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotClaimInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotPartyToAccess\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotYourConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"HealthNotYourRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"name\":\"HealthPaidExceedsClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"HealthPaidMismatchesDecision\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"HealthProviderAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"HealthProviderNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthPurposeNotForRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"HealthRecordAlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"HealthRoleCannotAnchor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HealthUnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"HealthUnknownConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"HealthUnknownRecord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HealthZeroHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountPaid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"}],\"name\":\"ClaimDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"name\":\"ClaimFiled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"categories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"ConsentGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"ConsentRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ProviderAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ProviderRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"consentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"RecordAccessed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"RecordAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CATEGORY_DISCHARGE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CATEGORY_IMAGING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CATEGORY_LAB\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CATEGORY_PRESCRIPTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_APPROVED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_FILED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_REJECTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_INSURANCE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_TREATMENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_CLINIC\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_HOSPITAL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_IMAGING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_INSURER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"addProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"patients\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint8[]\",\"name\":\"categories\",\"type\":\"uint8[]\"}],\"name\":\"anchorBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"reason\",\"type\":\"uint16\"}],\"name\":\"breakGlass\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"consentId\",\"type\":\"uint256\"}],\"name\":\"checkAccess\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"filedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"decidedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountPaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"}],\"internalType\":\"structHealthConsent.Claim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"consent\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"categories\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"internalType\":\"structHealthConsent.Consent\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"consentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"consentsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountPaid\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"}],\"name\":\"decideClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"consents\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"amountClaimed\",\"type\":\"uint256\"}],\"name\":\"fileClaim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"categories\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"grantConsent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"accessor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"consentId\",\"type\":\"uint256\"}],\"name\":\"logAccess\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"provider\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"since\",\"type\":\"uint64\"}],\"internalType\":\"structHealthConsent.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"}],\"name\":\"record\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"internalType\":\"structHealthConsent.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"removeProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revokeConsent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a051613842610109600039600081816127a3015281816127cc01526128f90152600050506138426000f3fe6080604052600436106102885760003560e01c80638da4d3c91161015a578063c400cc14116100c1578063e12da5101161007a578063e12da5101461038b578063e718608714610776578063f68e955314610796578063f8401fe6146107b8578063fba0d57e146102e9578063fbaf094a146107da57600080fd5b8063c400cc14146106f6578063c968db0d14610681578063cc3e664e14610716578063d547741f14610736578063da74222814610756578063dc4c04a01461038b57600080fd5b8063ad3cb1cc11610113578063ad3cb1cc14610643578063ad95f368146102c2578063af11f56914610681578063b2d5d1b214610696578063bc47922c146106b6578063c2634cc2146106d657600080fd5b80638da4d3c91461058d5780638fadae21146102c257806391d14854146105c15780639eef6ce8146105e1578063a217fddf1461060e578063a46450061461062357600080fd5b806336568abe116101fe57806352d1902d116101b757806352d1902d146104eb578063572b6c05146105005780637451ea5c146102c2578063753863e8146105205780637da0a877146105405780638a355a571461056d57600080fd5b806336568abe1461044b578063379607f51461046b578063436711c5146102e9578063485cc955146104985780634a82ab61146104b85780634f1ef286146104d857600080fd5b80631e0d149e116102505780631e0d149e1461038b5780631edb9197146103a05780631ef01fd51461038b578063248a9ca3146103de5780632e5f56d5146103fe5780632f2ff15d1461042b57600080fd5b806301ffc9a71461028d5780630e69c3a6146102c257806311faaebc146102e957806316a0042c146102fe578063170c699914610320575b600080fd5b34801561029957600080fd5b506102ad6102a8366004612e85565b61089a565b60405190151581526020015b60405180910390f35b3480156102ce57600080fd5b506102d7600281565b60405160ff90911681526020016102b9565b3480156102f557600080fd5b506102d7600381565b34801561030a57600080fd5b5061031e610319366004612eaf565b6108d1565b005b34801561032c57600080fd5b5061034061033b366004612edf565b6109cc565b6040516102b9919081516001600160a01b03908116825260208084015160ff16908301526040808401516001600160401b031690830152606092830151169181019190915260800190565b34801561039757600080fd5b506102d7600181565b3480156103ac57600080fd5b507f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce906545b6040519081526020016102b9565b3480156103ea57600080fd5b506103d06103f9366004612eaf565b610a01565b34801561040a57600080fd5b5061041e610419366004612f09565b610a23565b6040516102b99190612f24565b34801561043757600080fd5b5061031e610446366004612f67565b610aae565b34801561045757600080fd5b5061031e610466366004612f67565b610ad0565b34801561047757600080fd5b5061048b610486366004612eaf565b610b18565b6040516102b9919061300a565b3480156104a457600080fd5b5061031e6104b33660046130d5565b610cad565b3480156104c457600080fd5b5061031e6104d3366004613110565b610ddd565b61031e6104e6366004613162565b610dfe565b3480156104f757600080fd5b506103d0610e1d565b34801561050c57600080fd5b506102ad61051b366004612f09565b610e3a565b34801561052c57600080fd5b5061031e61053b366004613274565b610e5f565b34801561054c57600080fd5b50610555610f3f565b6040516001600160a01b0390911681526020016102b9565b34801561057957600080fd5b5061031e610588366004612f09565b610f72565b34801561059957600080fd5b507f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce908546103d0565b3480156105cd57600080fd5b506102ad6105dc366004612f67565b61104d565b3480156105ed57600080fd5b506106016105fc366004612eaf565b611085565b6040516102b99190613317565b34801561061a57600080fd5b506103d0600081565b34801561062f57600080fd5b506103d061063e3660046133c0565b611158565b34801561064f57600080fd5b50610674604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102b99190613470565b34801561068d57600080fd5b506102d7600481565b3480156106a257600080fd5b5061031e6106b13660046134a3565b6115b7565b3480156106c257600080fd5b506103d06106d13660046134e5565b6117c0565b3480156106e257600080fd5b5061031e6106f1366004613562565b611bfd565b34801561070257600080fd5b5061031e61071136600461358c565b611db6565b34801561072257600080fd5b5061031e6107313660046135d3565b611eae565b34801561074257600080fd5b5061031e610751366004612f67565b611f95565b34801561076257600080fd5b5061031e610771366004612f09565b611fb1565b34801561078257600080fd5b5061031e610791366004613617565b611fc5565b3480156107a257600080fd5b506103d06000805160206137ed83398151915281565b3480156107c457600080fd5b506107cd6121a9565b6040516102b99190613644565b3480156107e657600080fd5b5061086a6107f5366004612f09565b6040805160608082018352600080835260208084018290529284018190526001600160a01b039490941684526000805160206137ad833981519152825292829020825193840183525460ff80821685526101008204161515918401919091526201000090046001600160401b03169082015290565b60408051825160ff168152602080840151151590820152918101516001600160401b0316908201526060016102b9565b60006001600160e01b03198216637965db0b60e01b14806108cb57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60006108dc826121d9565b905060006108e8612236565b82549091506001600160a01b0380831691161461092f576040516323cb535f60e11b8152600481018490526001600160a01b03821660248201526044015b60405180910390fd5b60018201546001600160401b03161561097357600182015460405163b1c0667160e01b8152600481018590526001600160401b039091166024820152604401610926565b60018201805467ffffffffffffffff1916426001600160401b03161790556040516001600160a01b0382169084907fbdf496d41407769ff71ececae6537542760506406fb62a651e7ac685c637bd8390600090a3505050565b6040805160808101825260008082526020820181905291810182905260608101919091526109fa8383612240565b9392505050565b60009081526000805160206137cd833981519152602052604090206001015490565b6001600160a01b03811660009081527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9056020908152604091829020805483518184028101840190945280845260609392830182828015610aa257602002820191906000526020600020905b815481526020019060010190808311610a8e575b50505050509050919050565b610ab782610a01565b610ac0816123a0565b610aca83836123b4565b50505050565b610ad8612236565b6001600160a01b0316816001600160a01b031614610b095760405163334bd91960e11b815260040160405180910390fd5b610b13828261245a565b505050565b604080516101408101825260008082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201929092526101008101829052610120810191909152610b74826124f4565b604080516101408101825282546001600160a01b038082168352600160a01b80830460ff16602080860191909152600160a81b9093046001600160401b0390811685870152600187015492831660608601529104166080830152600284015460a0830152600384015460c0830152600484015460e08301526005840180548451818402810184019095528085529294936101008601939092830182828015610c3b57602002820191906000526020600020905b815481526020019060010190808311610c27575b5050505050815260200160068201805480602002602001604051908101604052809291908181526020018280548015610c9d57602002820191906000526020600020905b81546001600160a01b03168152600190910190602001808311610c7f575b5050505050815250509050919050565b6000610cb761254c565b805490915060ff600160401b82041615906001600160401b0316600081158015610cde5750825b90506000826001600160401b03166001148015610cfa5750303b155b905081158015610d08575080155b15610d265760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610d5057845460ff60401b1916600160401b1785555b610d5987612575565b610d61612586565b610d69612586565b610d746000876123b4565b50610d8d6000805160206137ed833981519152876123b4565b508315610dd457845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b6000610de7612236565b9050610df281612590565b610aca818585856125d7565b610e06612798565b610e0f82612826565b610e198282612831565b5050565b6000610e276128ee565b5060008051602061378d83398151915290565b6000610e44610f3f565b6001600160a01b0316826001600160a01b0316149050919050565b8483141580610e6e5750828114155b15610e9d57604051636268911960e11b8152600481018690526024810184905260448101829052606401610926565b6000610ea7612236565b9050610eb281612590565b60005b84811015610f3557610f2d82898984818110610ed357610ed3613657565b9050602002016020810190610ee89190612f09565b888885818110610efa57610efa613657565b90506020020135878786818110610f1357610f13613657565b9050602002016020810190610f28919061366d565b6125d7565b600101610eb5565b5050505050505050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b6000805160206137ed833981519152610f8a816123a0565b6001600160a01b03821660009081526000805160206137ad8339815191526020819052604090912054610100900460ff16610fe3576040516363bfed1160e11b81526001600160a01b0384166004820152602401610926565b6001600160a01b0383166000818152602083905260409020805461ff00191690557fc2047ee5f33130ff6d49969b09f35052cc9e11d848fc9bfb2f91b0c09f2ff9da61102d612236565b6040516001600160a01b03909116815260200160405180910390a2505050565b60009182526000805160206137cd833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6040805161010081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526110cf826121d9565b604080516101008101825282546001600160a01b03808216835260ff600160a01b830481166020850152600160a81b830416938301939093526001600160401b03600160b01b9091048116606083015260018401549081166080830152600160401b9004821660a0820152600283015490911660c082015260039091015460e082015292915050565b600080611163612236565b9050600061117089612937565b5460ff169050600481146111ab57604051637efb84b360e01b81526001600160a01b038a16600482015260ff82166024820152604401610926565b60008790036111cd576040516309ce890d60e11b815260040160405180910390fd5b8685146111f7576040516384331f3b60e01b81526004810188905260248101869052604401610926565b83600003611218576040516385e89e3160e01b815260040160405180910390fd5b6000805160206137ad8339815191526000886001600160401b038111156112415761124161314c565b60405190808252806020026020018201604052801561126a578160200160208202803683370190505b50905060005b898110156114a55760008b8b8381811061128c5761128c613657565b90506020020135905060005b828110156112e357818d8d838181106112b3576112b3613657565b90506020020135036112db576040516364bf4de560e11b815260048101839052602401610926565b600101611298565b508989838181106112f6576112f6613657565b9050602002013560000361132f57604051635d604c5d60e11b8152600481018290526001600160a01b038e166024820152604401610926565b60006113528b8b8581811061134657611346613657565b905060200201356121d9565b600281015485519192506001600160a01b03169085908590811061137857611378613657565b60200260200101906001600160a01b031690816001600160a01b031681525050866001600160a01b03166113c58585815181106113b7576113b7613657565b60200260200101518461298e565b606001516001600160a01b0316146114025760405163066f17ff60e11b8152600481018390526001600160a01b0388166024820152604401610926565b61143f8e85858151811061141857611418613657565b6020026020010151848e8e8881811061143357611433613657565b90506020020135611fc5565b8054600160a81b900460ff1660021461149b578a8a8481811061146457611464613657565b83546040516309d7f7d960e41b8152602092909202909301356004820152600160a81b90920460ff16602483015250604401610926565b5050600101611270565b5081600801600081546114b790613688565b9182905550600081815260078401602052604090208054600160a01b6001600160a01b038881166001600160a81b0319909316929092171767ffffffffffffffff60a81b1916600160a81b426001600160401b0316021782556001820180546001600160a01b031916918f1691909117905560028101889055909550611541600582018c8c612dd0565b5081516115579060068301906020850190612e1b565b508b6001600160a01b0316856001600160a01b0316877f4cc1b06fa4d3fed67a96a9eae46391fc657cc9c18ed782398d26be9d77faad3e8e8e8c6040516115a0939291906136af565b60405180910390a450505050509695505050505050565b60006115c2856124f4565b905060006115ce612236565b60018301549091506001600160a01b03808316911614611613576040516342a7501960e01b8152600481018790526001600160a01b0382166024820152604401610926565b8154600160a01b900460ff1660011461165d576001820154604051631f473a6160e21b815260048101889052600160a01b9091046001600160401b03166024820152604401610926565b841515841515146116935760405163344f98b760e21b815260048101879052851515602482015260448101859052606401610926565b81600201548411156116cf57600282015460405163f1998fd160e01b815260048101889052602481018690526044810191909152606401610926565b8480156116da575082155b156116fb576040516307f594b760e11b815260048101879052602401610926565b8461170757600361170a565b60025b825460ff60a01b198116600160a01b60ff939093168302908117855560018501805467ffffffffffffffff60a01b1916426001600160401b0316909402939093179092556003840186905560048401859055604080518815158152602081018890529081018690526001600160a01b03848116939281169216919091179088907f9eb741726e8a322d1b0006788e1f973a4ca203b801d6b37e061c36d7e36e5938906060015b60405180910390a4505050505050565b6000806117cb612236565b90506000805160206137ad83398151915260006117e78a612937565b5460ff90811691508616600114801590611805575060ff8616600214155b15611828576040516376867e4960e01b815260ff87166004820152602401610926565b60ff86811660021490821660041414611870576040516301aeb94960e11b815260ff80881660048301526001600160a01b038c16602483015282166044820152606401610926565b42856001600160401b0316116118ac5760405163060a43d960e31b81526001600160401b03808716600483015242166024820152604401610926565b861561190c57826001600160a01b03166118c68a89612240565b606001516001600160a01b0316146119035760405163066f17ff60e11b8152600481018890526001600160a01b0384166024820152604401610926565b6000975061194b565b61191589612937565b5060ff88161580611928575060e1881615155b1561194b5760405163a1811c5560e01b815260ff89166004820152602401610926565b816006016000815461195c90613688565b9190508190559350604051806101000160405280846001600160a01b031681526020018960ff1681526020018760ff168152602001866001600160401b0316815260200160006001600160401b031681526020018b6001600160a01b031681526020018a6001600160a01b031681526020018881525082600401600086815260200190815260200160002060008201518160000160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060208201518160000160146101000a81548160ff021916908360ff16021790555060408201518160000160156101000a81548160ff021916908360ff16021790555060608201518160000160166101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160010160006101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160010160086101000a8154816001600160a01b0302191690836001600160a01b0316021790555060c08201518160020160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060e08201518160030155905050816005016000846001600160a01b03166001600160a01b03168152602001908152602001600020849080600181540180825580915050600190039060005260206000200160009091909190915055896001600160a01b0316836001600160a01b0316857feec2e5580a50e28f864b59f6b97806a24bf4e76f59fcecfa2e1ad979959452278c8c8c8c8c604051611be89594939291906001600160a01b0395909516855260ff9384166020860152604085019290925290911660608301526001600160401b0316608082015260a00190565b60405180910390a45050509695505050505050565b6000805160206137ed833981519152611c15816123a0565b6001600160a01b038316611c3c57604051630396b3f160e31b815260040160405180910390fd5b600160ff83161080611c515750600460ff8316115b15611c745760405163142d5c7b60e11b815260ff83166004820152602401610926565b6001600160a01b03831660009081526000805160206137ad8339815191526020819052604090912054610100900460ff1615611cce57604051635410b26760e11b81526001600160a01b0385166004820152602401610926565b6040805160608101825260ff8086168252600160208084018281526001600160401b034281168688019081526001600160a01b038c16600090815293899052969092209451855491519651909216620100000269ffffffffffffffff0000199615156101000261ffff1990921692909416919091171793909316179055611d57908201856129f9565b50836001600160a01b03167f6f45ddba85fe0f4942633a5f3e593c46a1b73050117ea428b1ce982f052094f184611d8c612236565b6040805160ff90931683526001600160a01b0390911660208301520160405180910390a250505050565b6000611dc0612236565b90506000611dcd82612937565b5460ff1690506003198101611e095760405163014af38360e31b81526001600160a01b038316600482015260ff82166024820152604401610926565b8261ffff16600003611e2e5760405163447ab88360e01b815260040160405180910390fd5b83826001600160a01b0316611e43878761298e565b606090810151604080516001600160a01b038b811682526000602083015261ffff8a16928201929092528782169381019390935216907fdf7fbf4fef4d253be379167c75e623b2f878fcec87658359d552f46d177437b1906080015b60405180910390a45050505050565b6000611eb8612236565b9050826001600160a01b0316816001600160a01b031614158015611eee5750846001600160a01b0316816001600160a01b031614155b15611f1757604051630ca9714f60e31b81526001600160a01b0382166004820152602401610926565b611f2383868685611fc5565b83836001600160a01b0316611f388787612240565b606090810151604080516001600160a01b038b81168252602082018990526000928201929092528682169381019390935216907fdf7fbf4fef4d253be379167c75e623b2f878fcec87658359d552f46d177437b190608001611e9f565b611f9e82610a01565b611fa7816123a0565b610aca838361245a565b6000611fbc816123a0565b610e1982612a0e565b611fce84612937565b506000611fdb848461298e565b90508160000361201057604051635d604c5d60e11b8152600481018490526001600160a01b0386166024820152604401610926565b600061201b836121d9565b606083015181549192506001600160a01b039182169116141580612056575060018101546001600160a01b03878116600160401b9092041614155b80612071575060028101546001600160a01b03868116911614155b156120a857604051631dad64ff60e01b815260048101849052602481018590526001600160a01b0387166044820152606401610926565b6003810154156120bf5783816003015414156120d9565b60208201518154600160a01b9004600160ff9283161b1616155b156121105760208201516040516306dc7f4560e51b8152600481018590526024810186905260ff9091166044820152606401610926565b60018101546001600160401b03161561215457600181015460405163b1c0667160e01b8152600481018590526001600160401b039091166024820152604401610926565b805442600160b01b9091046001600160401b0316116121a1578054604051636a042d0d60e11b815260048101859052600160b01b9091046001600160401b03166024820152604401610926565b505050505050565b60606121d47f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce901612a77565b905090565b60008181527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9046020526040902080546001600160a01b0316612231576040516306dbfd7b60e21b815260048101839052602401610926565b919050565b60006121d4612a84565b60408051608080820183526000808352602080840182905283850182905260609384018290526001600160a01b0387811683527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9098252858320878452825291859020855193840186528054808416808652600160a01b820460ff1693860193909352600160a81b90046001600160401b0316958401959095526001909401541691810191909152906000805160206137ad83398151915290158015612320575060008381526003820160205260409020546001600160a01b038581169116145b801561233457506001600160a01b03841615155b15612399576000838152600382016020908152604091829020825160808101845281546001600160a01b038082168352600160a01b820460ff1694830194909452600160a81b90046001600160401b0316938101939093526001015416606082015291505b5092915050565b6123b1816123ac612236565b612acc565b50565b60006000805160206137cd8339815191526123cf848461104d565b612450576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612406612236565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506108cb565b60009150506108cb565b60006000805160206137cd833981519152612475848461104d565b15612450576000848152602082815260408083206001600160a01b03871684529091529020805460ff191690556124aa612236565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a460019150506108cb565b60008181527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce9076020526040902080546001600160a01b031661223157604051634531281d60e01b815260048101839052602401610926565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006108cb565b61257d612b05565b6123b181612a0e565b61258e612b05565b565b600061259b82612937565b5460ff1690506003198101610e1957604051630564649360e41b81526001600160a01b038316600482015260ff82166024820152604401610926565b6001600160a01b0383166125fe57604051630396b3f160e31b815260040160405180910390fd5b8161261c57604051630b0f90d360e11b815260040160405180910390fd5b600160ff821610806126315750600460ff8216115b1561265457604051634b7fb43560e11b815260ff82166004820152602401610926565b6001600160a01b0384811660009081527f0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce90960209081526040808320868452909152902080546000805160206137ad83398151915292161515806126d2575060008481526003830160205260409020546001600160a01b038781169116145b1561270257604051638b1d3d8360e01b8152600481018590526001600160a01b0387166024820152604401610926565b80546001600160a01b038781166001600160a81b03199092168217600160a01b60ff87169081029190911767ffffffffffffffff60a81b1916600160a81b426001600160401b0316021784556001840180546001600160a01b031916928916928317905560405190815286907f652ad29506280d289b7d588351106f2f91d86ee70a615d04e8a3b722d7eccf36906020016117b0565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061280857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166127fc612b2a565b6001600160a01b031614155b1561258e5760405163703e46dd60e11b815260040160405180910390fd5b6000610e19816123a0565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561288b575060408051601f3d908101601f19168201909252612888918101906136ed565b60015b6128b357604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610926565b60008051602061378d83398151915281146128e457604051632a87526960e21b815260048101829052602401610926565b610b138383612b40565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461258e5760405163703e46dd60e11b815260040160405180910390fd5b6001600160a01b03811660009081526000805160206137ad833981519152602052604090208054610100900460ff16612231576040516363bfed1160e11b81526001600160a01b0383166004820152602401610926565b6040805160808101825260008082526020820181905291810182905260608101919091526129bc8383612240565b80519091506001600160a01b03166108cb57604051635292ff1b60e11b81526001600160a01b038416600482015260248101839052604401610926565b60006109fa836001600160a01b038416612b96565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b606060006109fa83612be5565b6000366014808210801590612a9d5750612a9d33610e3a565b15612ac457612ab136828403816000613706565b612aba91613730565b60601c9250505090565b339250505090565b612ad6828261104d565b610e195760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610926565b612b0d612c3f565b61258e57604051631afcd79f60e31b815260040160405180910390fd5b600060008051602061378d833981519152610f63565b612b4982612c59565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a2805115612b8e57610b138282612cbe565b610e19612d34565b6000818152600183016020526040812054612bdd575081546001818101845560008481526020808220909301849055845484825282860190935260409020919091556108cb565b5060006108cb565b606081600001805480602002602001604051908101604052809291908181526020018280548015610aa25760200282019190600052602060002090815481526020019060010190808311610a8e5750505050509050919050565b6000612c4961254c565b54600160401b900460ff16919050565b806001600160a01b03163b600003612c8f57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610926565b60008051602061378d83398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051612cdb9190613770565b600060405180830381855af49150503d8060008114612d16576040519150601f19603f3d011682016040523d82523d6000602084013e612d1b565b606091505b5091509150612d2b858383612d53565b95945050505050565b341561258e5760405163b398979f60e01b815260040160405180910390fd5b606082612d6857612d6382612da8565b6109fa565b8151158015612d7f57506001600160a01b0384163b155b1561239957604051639996b31560e01b81526001600160a01b0385166004820152602401610926565b805115612db757805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b828054828255906000526020600020908101928215612e0b579160200282015b82811115612e0b578235825591602001919060010190612df0565b50612e17929150612e70565b5090565b828054828255906000526020600020908101928215612e0b579160200282015b82811115612e0b57825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190612e3b565b5b80821115612e175760008155600101612e71565b600060208284031215612e9757600080fd5b81356001600160e01b0319811681146109fa57600080fd5b600060208284031215612ec157600080fd5b5035919050565b80356001600160a01b038116811461223157600080fd5b60008060408385031215612ef257600080fd5b612efb83612ec8565b946020939093013593505050565b600060208284031215612f1b57600080fd5b6109fa82612ec8565b602080825282518282018190526000918401906040840190835b81811015612f5c578351835260209384019390920191600101612f3e565b509095945050505050565b60008060408385031215612f7a57600080fd5b82359150612f8a60208401612ec8565b90509250929050565b600081518084526020840193506020830160005b82811015612fc5578151865260209586019590910190600101612fa7565b5093949350505050565b600081518084526020840193506020830160005b82811015612fc55781516001600160a01b0316865260209586019590910190600101612fe3565b602081526130246020820183516001600160a01b03169052565b6000602083015161303a604084018260ff169052565b5060408301516001600160401b03811660608401525060608301516001600160a01b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c083015160e083015260e08301516101008301526101008301516101406101208401526130b6610160840182612f93565b9050610120840151601f1984830301610140850152612d2b8282612fcf565b600080604083850312156130e857600080fd5b6130f183612ec8565b9150612f8a60208401612ec8565b803560ff8116811461223157600080fd5b60008060006060848603121561312557600080fd5b61312e84612ec8565b925060208401359150613143604085016130ff565b90509250925092565b634e487b7160e01b600052604160045260246000fd5b6000806040838503121561317557600080fd5b61317e83612ec8565b915060208301356001600160401b0381111561319957600080fd5b8301601f810185136131aa57600080fd5b80356001600160401b038111156131c3576131c361314c565b604051601f8201601f19908116603f011681016001600160401b03811182821017156131f1576131f161314c565b60405281815282820160200187101561320957600080fd5b816020840160208301376000602083830101528093505050509250929050565b60008083601f84011261323b57600080fd5b5081356001600160401b0381111561325257600080fd5b6020830191508360208260051b850101111561326d57600080fd5b9250929050565b6000806000806000806060878903121561328d57600080fd5b86356001600160401b038111156132a357600080fd5b6132af89828a01613229565b90975095505060208701356001600160401b038111156132ce57600080fd5b6132da89828a01613229565b90955093505060408701356001600160401b038111156132f957600080fd5b61330589828a01613229565b979a9699509497509295939492505050565b60006101008201905060018060a01b03835116825260ff602084015116602083015260ff6040840151166040830152606083015161336060608401826001600160401b03169052565b50608083015161337b60808401826001600160401b03169052565b5060a083015161339660a08401826001600160a01b03169052565b5060c08301516133b160c08401826001600160a01b03169052565b5060e092830151919092015290565b600080600080600080608087890312156133d957600080fd5b6133e287612ec8565b955060208701356001600160401b038111156133fd57600080fd5b61340989828a01613229565b90965094505060408701356001600160401b0381111561342857600080fd5b61343489828a01613229565b979a9699509497949695606090950135949350505050565b60005b8381101561346757818101518382015260200161344f565b50506000910152565b602081526000825180602084015261348f81604085016020870161344c565b601f01601f19169190910160400192915050565b600080600080608085870312156134b957600080fd5b84359350602085013580151581146134d057600080fd5b93969395505050506040820135916060013590565b60008060008060008060c087890312156134fe57600080fd5b61350787612ec8565b955061351560208801612ec8565b9450613523604088016130ff565b935060608701359250613538608088016130ff565b915060a08701356001600160401b038116811461355457600080fd5b809150509295509295509295565b6000806040838503121561357557600080fd5b61357e83612ec8565b9150612f8a602084016130ff565b6000806000606084860312156135a157600080fd5b6135aa84612ec8565b925060208401359150604084013561ffff811681146135c857600080fd5b809150509250925092565b600080600080608085870312156135e957600080fd5b6135f285612ec8565b93506020850135925061360760408601612ec8565b9396929550929360600135925050565b6000806000806080858703121561362d57600080fd5b61363685612ec8565b93506134d060208601612ec8565b6020815260006109fa6020830184612fcf565b634e487b7160e01b600052603260045260246000fd5b60006020828403121561367f57600080fd5b6109fa826130ff565b6000600182016136a857634e487b7160e01b600052601160045260246000fd5b5060010190565b6040808252810183905260006001600160fb1b038411156136cf57600080fd5b8360051b808660608501376020830193909352500160600192915050565b6000602082840312156136ff57600080fd5b5051919050565b6000808585111561371657600080fd5b8386111561372357600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff198116906014841015612399576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b6000825161378281846020870161344c565b919091019291505056fe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce90002dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a26469706673582212203fc5f8de510ae5a6d70bdcc85acca96e60cb4de94b912abcfd76acf6c36766a564736f6c634300081c0033",
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

// CheckAccess is a free data retrieval call binding the contract method 0xe7186087.
//
// Solidity: function checkAccess(address accessor, address holder, bytes32 recordHash, uint256 consentId) view returns()
func (_HealthConsent *HealthConsentCaller) CheckAccess(opts *bind.CallOpts, accessor common.Address, holder common.Address, recordHash [32]byte, consentId *big.Int) error {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "checkAccess", accessor, holder, recordHash, consentId)

	if err != nil {
		return err
	}

	return err

}

// CheckAccess is a free data retrieval call binding the contract method 0xe7186087.
//
// Solidity: function checkAccess(address accessor, address holder, bytes32 recordHash, uint256 consentId) view returns()
func (_HealthConsent *HealthConsentSession) CheckAccess(accessor common.Address, holder common.Address, recordHash [32]byte, consentId *big.Int) error {
	return _HealthConsent.Contract.CheckAccess(&_HealthConsent.CallOpts, accessor, holder, recordHash, consentId)
}

// CheckAccess is a free data retrieval call binding the contract method 0xe7186087.
//
// Solidity: function checkAccess(address accessor, address holder, bytes32 recordHash, uint256 consentId) view returns()
func (_HealthConsent *HealthConsentCallerSession) CheckAccess(accessor common.Address, holder common.Address, recordHash [32]byte, consentId *big.Int) error {
	return _HealthConsent.Contract.CheckAccess(&_HealthConsent.CallOpts, accessor, holder, recordHash, consentId)
}

// Claim is a free data retrieval call binding the contract method 0x379607f5.
//
// Solidity: function claim(uint256 id) view returns((address,uint8,uint64,address,uint64,uint256,uint256,bytes32,bytes32[],address[]))
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
// Solidity: function claim(uint256 id) view returns((address,uint8,uint64,address,uint64,uint256,uint256,bytes32,bytes32[],address[]))
func (_HealthConsent *HealthConsentSession) Claim(id *big.Int) (HealthConsentClaim, error) {
	return _HealthConsent.Contract.Claim(&_HealthConsent.CallOpts, id)
}

// Claim is a free data retrieval call binding the contract method 0x379607f5.
//
// Solidity: function claim(uint256 id) view returns((address,uint8,uint64,address,uint64,uint256,uint256,bytes32,bytes32[],address[]))
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

// Record is a free data retrieval call binding the contract method 0x170c6999.
//
// Solidity: function record(address holder, bytes32 recordHash) view returns((address,uint8,uint64,address))
func (_HealthConsent *HealthConsentCaller) Record(opts *bind.CallOpts, holder common.Address, recordHash [32]byte) (HealthConsentRecord, error) {
	var out []interface{}
	err := _HealthConsent.contract.Call(opts, &out, "record", holder, recordHash)

	if err != nil {
		return *new(HealthConsentRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(HealthConsentRecord)).(*HealthConsentRecord)

	return out0, err

}

// Record is a free data retrieval call binding the contract method 0x170c6999.
//
// Solidity: function record(address holder, bytes32 recordHash) view returns((address,uint8,uint64,address))
func (_HealthConsent *HealthConsentSession) Record(holder common.Address, recordHash [32]byte) (HealthConsentRecord, error) {
	return _HealthConsent.Contract.Record(&_HealthConsent.CallOpts, holder, recordHash)
}

// Record is a free data retrieval call binding the contract method 0x170c6999.
//
// Solidity: function record(address holder, bytes32 recordHash) view returns((address,uint8,uint64,address))
func (_HealthConsent *HealthConsentCallerSession) Record(holder common.Address, recordHash [32]byte) (HealthConsentRecord, error) {
	return _HealthConsent.Contract.Record(&_HealthConsent.CallOpts, holder, recordHash)
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

// BreakGlass is a paid mutator transaction binding the contract method 0xc400cc14.
//
// Solidity: function breakGlass(address holder, bytes32 recordHash, uint16 reason) returns()
func (_HealthConsent *HealthConsentTransactor) BreakGlass(opts *bind.TransactOpts, holder common.Address, recordHash [32]byte, reason uint16) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "breakGlass", holder, recordHash, reason)
}

// BreakGlass is a paid mutator transaction binding the contract method 0xc400cc14.
//
// Solidity: function breakGlass(address holder, bytes32 recordHash, uint16 reason) returns()
func (_HealthConsent *HealthConsentSession) BreakGlass(holder common.Address, recordHash [32]byte, reason uint16) (*types.Transaction, error) {
	return _HealthConsent.Contract.BreakGlass(&_HealthConsent.TransactOpts, holder, recordHash, reason)
}

// BreakGlass is a paid mutator transaction binding the contract method 0xc400cc14.
//
// Solidity: function breakGlass(address holder, bytes32 recordHash, uint16 reason) returns()
func (_HealthConsent *HealthConsentTransactorSession) BreakGlass(holder common.Address, recordHash [32]byte, reason uint16) (*types.Transaction, error) {
	return _HealthConsent.Contract.BreakGlass(&_HealthConsent.TransactOpts, holder, recordHash, reason)
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

// LogAccess is a paid mutator transaction binding the contract method 0xcc3e664e.
//
// Solidity: function logAccess(address holder, bytes32 recordHash, address accessor, uint256 consentId) returns()
func (_HealthConsent *HealthConsentTransactor) LogAccess(opts *bind.TransactOpts, holder common.Address, recordHash [32]byte, accessor common.Address, consentId *big.Int) (*types.Transaction, error) {
	return _HealthConsent.contract.Transact(opts, "logAccess", holder, recordHash, accessor, consentId)
}

// LogAccess is a paid mutator transaction binding the contract method 0xcc3e664e.
//
// Solidity: function logAccess(address holder, bytes32 recordHash, address accessor, uint256 consentId) returns()
func (_HealthConsent *HealthConsentSession) LogAccess(holder common.Address, recordHash [32]byte, accessor common.Address, consentId *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.LogAccess(&_HealthConsent.TransactOpts, holder, recordHash, accessor, consentId)
}

// LogAccess is a paid mutator transaction binding the contract method 0xcc3e664e.
//
// Solidity: function logAccess(address holder, bytes32 recordHash, address accessor, uint256 consentId) returns()
func (_HealthConsent *HealthConsentTransactorSession) LogAccess(holder common.Address, recordHash [32]byte, accessor common.Address, consentId *big.Int) (*types.Transaction, error) {
	return _HealthConsent.Contract.LogAccess(&_HealthConsent.TransactOpts, holder, recordHash, accessor, consentId)
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
	Holder    common.Address
	ConsentId *big.Int
	Reason    uint16
	By        common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecordAccessed is a free log retrieval operation binding the contract event 0xdf7fbf4fef4d253be379167c75e623b2f878fcec87658359d552f46d177437b1.
//
// Solidity: event RecordAccessed(address indexed patient, address indexed accessor, bytes32 indexed record, address holder, uint256 consentId, uint16 reason, address by)
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

// WatchRecordAccessed is a free log subscription operation binding the contract event 0xdf7fbf4fef4d253be379167c75e623b2f878fcec87658359d552f46d177437b1.
//
// Solidity: event RecordAccessed(address indexed patient, address indexed accessor, bytes32 indexed record, address holder, uint256 consentId, uint16 reason, address by)
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

// ParseRecordAccessed is a log parse operation binding the contract event 0xdf7fbf4fef4d253be379167c75e623b2f878fcec87658359d552f46d177437b1.
//
// Solidity: event RecordAccessed(address indexed patient, address indexed accessor, bytes32 indexed record, address holder, uint256 consentId, uint16 reason, address by)
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
