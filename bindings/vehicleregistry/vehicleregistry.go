// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package vehicleregistry

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

// VehicleRegistryBattery is an auto generated low-level Go binding around an user-defined struct.
type VehicleRegistryBattery struct {
	Passport VehicleRegistryPassport
	Status   uint8
	Soh      uint16
	TestedAt uint64
	Vin      [32]byte
	Operator common.Address
	Use      uint8
	LithiumG uint32
	NickelG  uint32
	CobaltG  uint32
}

// VehicleRegistryOdometerReading is an auto generated low-level Go binding around an user-defined struct.
type VehicleRegistryOdometerReading struct {
	Km         uint32
	At         uint64
	RecordedAt uint64
	Voided     bool
	Key        [11]byte
}

// VehicleRegistryPassport is an auto generated low-level Go binding around an user-defined struct.
type VehicleRegistryPassport struct {
	Maker           uint32
	Chemistry       uint8
	CapacityWh      uint32
	ManufacturedAt  uint64
	CarbonClass     uint8
	RecycledCobalt  uint16
	RecycledLithium uint16
	RecycledNickel  uint16
}

// VehicleRegistryRecord is an auto generated low-level Go binding around an user-defined struct.
type VehicleRegistryRecord struct {
	Id       [32]byte
	Vin      [32]byte
	Kind     uint8
	At       uint64
	Odometer uint32
	Code     uint32
	Ref      [32]byte
	Corrects [32]byte
}

// VehicleRegistryRegistration is an auto generated low-level Go binding around an user-defined struct.
type VehicleRegistryRegistration struct {
	Id         [32]byte
	Vin        string
	At         uint64
	OwnerKind  uint8
	Subsidized bool
}

// VehicleRegistryVehicle is an auto generated low-level Go binding around an user-defined struct.
type VehicleRegistryVehicle struct {
	RegisteredAt    uint64
	SubsidyFrom     uint64
	LastReadingAt   uint64
	LastOdometer    uint32
	MaxOdometer     uint32
	Owners          uint16
	Accidents       uint16
	OwnerKind       uint8
	Flags           uint8
	Records         uint32
	RegisteredBlock uint64
	Battery         [32]byte
	MaxReadingAt    uint64
}

// VehicleRegistryMetaData contains all meta data concerning the VehicleRegistry contract.
var VehicleRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryAlreadyRecycled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"field\",\"type\":\"uint8\"}],\"name\":\"BatteryBadPassport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryInSecondLife\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"BatteryInstalledElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"BatteryNotInstalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"}],\"name\":\"VehicleBadCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"name\":\"VehicleBadCorrection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"VehicleBadDate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordedAt\",\"type\":\"uint64\"}],\"name\":\"VehicleCorrectionTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"VehicleDuplicateRecord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VehicleEmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"VehicleHasBattery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"km\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxKm\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxKmPerDay\",\"type\":\"uint32\"}],\"name\":\"VehicleImplausibleReading\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"}],\"name\":\"VehicleMalformedVin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleNoOdometer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"VehicleNoReading\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleNoReference\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"VehicleReadingVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleScrapped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"VehicleTooManyReadings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleUnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"name\":\"VehicleWrongRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VehicleZeroRecordId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"name\":\"BatteryRecycled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"passport\",\"type\":\"tuple\"}],\"name\":\"BatteryRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"BatterySecondLife\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"kmPerDay\",\"type\":\"uint32\"}],\"name\":\"MaxKmPerDaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"voidedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"by\",\"type\":\"bytes32\"}],\"name\":\"ReadingVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"name\":\"RecordSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"name\":\"Recorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"vinText\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"SubsidyPeriodSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATTERY_INSTALLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_RECYCLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_SECOND_LIFE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_SPARE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_TESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CORRECTION_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEALER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_MAX_KM_PER_DAY\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EV_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_EXPORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_EXPORT_IN_SUBSIDY_PERIOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_FLOOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_ODOMETER_ROLLBACK\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_SCRAPPED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_TOTAL_LOSS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FULL_RATE_SPAN\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSPECTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ACCIDENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_INSTALL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_REMOVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_TEST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_EXPORT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FLOOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_INSPECTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_LISTING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_RECYCLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_REGISTRATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_REPAIR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_SCRAP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_SECOND_LIFE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TOTAL_LOSS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSFER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_VOID_READING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CARBON_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHEMISTRY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COST_BAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OWNER_KIND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_READINGS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_READINGS_PER_RECORDER\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECYCLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRY_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPAIRER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"batteryPack\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"passport\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"soh\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"testedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"internalType\":\"structVehicleRegistry.Battery\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getRoleMember\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleMemberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxKmPerDay\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"readings\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"km\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"recordedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"voided\",\"type\":\"bool\"},{\"internalType\":\"bytes11\",\"name\":\"key\",\"type\":\"bytes11\"}],\"internalType\":\"structVehicleRegistry.OdometerReading[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Record\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Record[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"recordBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"recordKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"recorded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"name\":\"recycle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"internalType\":\"structVehicleRegistry.Registration\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"internalType\":\"structVehicleRegistry.Registration[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"registerBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"registerBattery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"secondLife\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"kmPerDay\",\"type\":\"uint32\"}],\"name\":\"setMaxKmPerDay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"setSubsidyPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subsidyPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"vehicle\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"subsidyFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastReadingAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lastOdometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOdometer\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"owners\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"accidents\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"records\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxReadingAt\",\"type\":\"uint64\"}],\"internalType\":\"structVehicleRegistry.Vehicle\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vehicleCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"}],\"name\":\"vinHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a0516159bf610109600039600081816128570152818161288001526129af0152600050506159bf6000f3fe6080604052600436106104685760003560e01c8063754655eb1161024a578063a882ecab11610139578063d547741f116100b6578063ee39e52a1161007a578063ee39e52a14610de5578063f1b7fa3314610fef578063f1d5cc111461100f578063f345cc5b14611024578063f701e529146108b657600080fd5b8063d547741f14610d71578063d59e4ba3146108b6578063da74222814610d91578063e3a3c52214610db1578063e44a403c1461066757600080fd5b8063bf0cdb23116100fd578063bf0cdb2314610cd9578063bf31377814610cfb578063c382cefd14610a0b578063c4cd48aa14610d1d578063ca15c87314610d5157600080fd5b8063a882ecab14610c47578063ad3cb1cc14610c67578063b153dcbe14610861578063b95ca4171461058a578063be65131614610ca557600080fd5b80639010d07c116101c7578063997049371161018b5780639970493714610a40578063a217fddf14610a72578063a3246ad314610a87578063a843c8a914610ab4578063a8626b5214610ac957600080fd5b80639010d07c146109b457806391d14854146109d457806395c7a511146109f457806397fbb78e14610a0b578063995c97d314610a2057600080fd5b80638184e84a1161020e5780638184e84a146108a157806382100dad1461093857806382ea7bfe1461094d5780638b5784141461097f5780638d14605d1461099f57600080fd5b8063754655eb146108b657806376c15d8e146108cb5780637836b0f0146108175780637879ec31146108eb5780637da0a8771461090b57600080fd5b806340801d4111610366578063572b6c05116102e357806360c6d957116102a757806360c6d9571461086157806363e4b5bb146108765780636f5bfead1461088b5780636faa05f21461058a57806371a19c19146108a157600080fd5b8063572b6c05146107e25780635b763c2a146108025780635beba885146108175780635d91fd011461082c5780635e5d73941461084c57600080fd5b80634f1ef2861161032a5780634f1ef2861461076f57806352d1902d1461078257806354ed88a4146107975780635577a63414610560578063569104eb146107c257600080fd5b806340801d41146106e55780634961018b146105605780634a9ba3d6146107055780634ce58430146107395780634d17a47e1461075957600080fd5b806310ef8c0b116103f45780632f2ff15d116103b85780632f2ff15d14610645578063347f2a851461066757806334d6ff4c1461067c57806336568abe146106b05780633b85ec8e146106d057600080fd5b806310ef8c0b1461059f5780631f05db84146105cc57806320d155cf146105f6578063248a9ca3146106255780632d24c11e1461056057600080fd5b806304f55d861161043b57806304f55d861461050c578063056c99891461052c578063078f3e2414610560578063088b3db2146105755780630a48f1bd1461058a57600080fd5b806301c7904e1461046d57806301ffc9a71461049957806302f9ee33146104c9578063030f0511146104f7575b600080fd5b34801561047957600080fd5b50610482602081565b60405160ff90911681526020015b60405180910390f35b3480156104a557600080fd5b506104b96104b4366004614979565b611044565b6040519015158152602001610490565b3480156104d557600080fd5b506104e96104e43660046149a3565b611055565b604051908152602001610490565b34801561050357600080fd5b50610482600781565b34801561051857600080fd5b506104b9610527366004614a31565b611077565b34801561053857600080fd5b506104e97feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97281565b34801561056c57600080fd5b50610482600481565b34801561058157600080fd5b50610482600981565b34801561059657600080fd5b50610482600281565b3480156105ab57600080fd5b506105bf6105ba366004614a5b565b6110bf565b6040516104909190614a74565b3480156105d857600080fd5b506105e161119e565b60405163ffffffff9091168152602001610490565b34801561060257600080fd5b5061060d62278d0081565b6040516001600160401b039091168152602001610490565b34801561063157600080fd5b506104e9610640366004614a5b565b6111d4565b34801561065157600080fd5b50610665610660366004614b11565b6111f6565b005b34801561067357600080fd5b50610482600881565b34801561068857600080fd5b506104e97fcf75f067314df4d0527f2a9e12148d8bd7c8a3f7235b2171d24fa195d2c3ecb981565b3480156106bc57600080fd5b506106656106cb366004614b11565b611218565b3480156106dc57600080fd5b50610482600e81565b3480156106f157600080fd5b50610665610700366004614b56565b611260565b34801561071157600080fd5b506104e97fa8c4f09a5d9355e2dc9083a0687cbad64c1ee19df6b8c8b0bde7efca7cc5738581565b34801561074557600080fd5b50610665610754366004614b73565b611291565b34801561076557600080fd5b506105e16107d081565b61066561077d366004614bc3565b6112d6565b34801561078e57600080fd5b506104e96112f1565b3480156107a357600080fd5b5060008051602061590a833981519152546001600160401b031661060d565b3480156107ce57600080fd5b506106656107dd366004614c8a565b61130e565b3480156107ee57600080fd5b506104b96107fd366004614cc1565b61143c565b34801561080e57600080fd5b50610482600d81565b34801561082357600080fd5b50610482601081565b34801561083857600080fd5b50610665610847366004614d19565b611461565b34801561085857600080fd5b50610482600c81565b34801561086d57600080fd5b50610482600681565b34801561088257600080fd5b50610482600b81565b34801561089757600080fd5b506104e96103e881565b3480156108ad57600080fd5b50610482600581565b3480156108c257600080fd5b50610482600181565b3480156108d757600080fd5b506106656108e6366004614d89565b611591565b3480156108f757600080fd5b50610665610906366004614da6565b611606565b34801561091757600080fd5b506109206117da565b6040516001600160a01b039091168152602001610490565b34801561094457600080fd5b506105e1606481565b34801561095957600080fd5b5060008051602061590a83398151915254600160801b90046001600160401b031661060d565b34801561098b57600080fd5b5061066561099a366004614ded565b61180d565b3480156109ab57600080fd5b50610482600a81565b3480156109c057600080fd5b506109206109cf366004614e52565b6118c2565b3480156109e057600080fd5b506104b96109ef366004614b11565b6118f1565b348015610a0057600080fd5b5061060d62093a8081565b348015610a1757600080fd5b50610482600381565b348015610a2c57600080fd5b50610665610a3b366004614e8e565b611929565b348015610a4c57600080fd5b5060008051602061590a83398151915254600160401b90046001600160401b031661060d565b348015610a7e57600080fd5b506104e9600081565b348015610a9357600080fd5b50610aa7610aa2366004614a5b565b611abc565b6040516104909190614ee9565b348015610ac057600080fd5b506105e1600581565b348015610ad557600080fd5b50610c3a610ae4366004614a5b565b604080516101a081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081019190915260008051602061596a8339815191526000928352602090815260409283902083516101a08101855281546001600160401b038082168352600160401b8204811694830194909452600160801b810484169582019590955263ffffffff600160c01b860481166060830152600160e01b90950485166080820152600182015461ffff80821660a08401526201000082041660c083015260ff600160201b8204811660e0840152600160281b820416610100830152600160301b8104909516610120820152600160501b9094048216610140850152600281015461016085015260030154166101808301525090565b6040516104909190614f2a565b348015610c5357600080fd5b50610665610c62366004615059565b611aee565b348015610c7357600080fd5b50610c98604051806040016040528060058152602001640352e302e360dc1b81525081565b60405161049091906150e2565b348015610cb157600080fd5b506104e97fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e781565b348015610ce557600080fd5b506104e96000805160206158ea83398151915281565b348015610d0757600080fd5b506104e960008051602061592a83398151915281565b348015610d2957600080fd5b506104e97ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f19981565b348015610d5d57600080fd5b506104e9610d6c366004614a5b565b611bcd565b348015610d7d57600080fd5b50610665610d8c366004614b11565b611bf3565b348015610d9d57600080fd5b50610665610dac366004614cc1565b611c0f565b348015610dbd57600080fd5b506104e97f273dcf2136c7d8ef632bb8ef13dbca69a8f36fa620c7468671b3153d46a211c081565b348015610df157600080fd5b50610fe2610e00366004614a5b565b604080516102408101825260006101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e0830182905261020083018290526102208301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060009081527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f3113026020908152604091829020825161024081018452815463ffffffff808216610140840190815260ff600160201b84048116610160860152600160281b840483166101808601526001600160401b036901000000000000000000850481166101a0870152600160881b850482166101c087015261ffff600160901b860481166101e0880152600160a01b8087048216610200890152600160b01b909604811661022088015292865260018701548083169887019890985261010080890490931698860198909852630100000090960490961660608401526002840154608084015260038401546001600160a01b03811660a085015291820490941660c0830152600160a81b8104841660e0830152600160c81b9004831693810193909352600401541661012082015290565b60405161049091906151ad565b348015610ffb57600080fd5b506104e961100a366004614a31565b611c23565b34801561101b57600080fd5b50610482600f81565b34801561103057600080fd5b5061066561103f36600461525a565b611c60565b600061104f82611ce6565b92915050565b60008282604051611067929190615277565b6040518091039020905092915050565b6000807f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311301816110a68686611c23565b8152602001908152602001600020541415905092915050565b60008181527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f31130460209081526040808320805482518185028101850190935280835260609492939192909184015b828210156111935760008481526020908190206040805160a0810182529185015463ffffffff811683526001600160401b03600160201b8204811684860152600160601b8204169183019190915260ff600160a01b820416151560608301526001600160a81b0319600160a81b90910460a81b16608082015282526001909201910161110c565b505050509050919050565b60008051602061590a83398151915254600090600160c01b900463ffffffff1680156111ca57806111ce565b6107d05b91505090565b600090815260008051602061594a833981519152602052604090206001015490565b6111ff826111d4565b61120881611d0b565b6112128383611d1c565b50505050565b611220611d28565b6001600160a01b0316816001600160a01b0316146112515760405163334bd91960e11b815260040160405180910390fd5b61125b8282611d37565b505050565b61126981611d43565b61128e57604051637b98efaf60e01b8152813560048201526024015b60405180910390fd5b50565b6000805160206158ea8339815191526112a981611d0b565b6112b282612552565b6112d257604051637b98efaf60e01b815282356004820152602401611285565b5050565b6112de61284c565b6112e7826128dc565b6112d282826128e7565b60006112fb6129a4565b506000805160206158ca83398151915290565b6000805160206158ea83398151915261132681611d0b565b8261134757604051633dd1b07160e01b815260048101849052602401611285565b60008381527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311302602052604090206001015460008051602061596a8339815191529060ff16156113ac57604051632389f4b560e11b815260048101859052602401611285565b6113b5836129ed565b6113c481868660016000612c08565b6000848152600282016020526040902083816113e082826152cb565b50506001818101805460ff1916909117905585857f10cd38bb813a05d5373c8035bdb23aa2e24b992c11956c19194c41d299ab577f61141d611d28565b8760405161142c929190615452565b60405180910390a3505050505050565b60006114466117da565b6001600160a01b0316826001600160a01b0316149050919050565b60008051602061592a83398151915261147981611d0b565b60008051602061596a83398151915260006114948289612d62565b905061149f87612e05565b6114ae828a8a600f6000612c08565b600181018054600460ff1990911681179091558101805463ffffffff191663ffffffff8681169190911790915560038201805467ffffffffffffffff60a81b1916600160c81b8884160263ffffffff60a81b191617600160a81b9289169290920291909117905588887fd33fc0f4cd41b7ae04788bed356a1d4427fc939f93d12036838d623c376f24bd611540611d28565b604080516001600160a01b039290921682526001600160401b038c16602083015263ffffffff8b8116838301528a8116606084015289166080830152519081900360a00190a3505050505050505050565b600061159c81611d0b565b8160008051602061596a833981519152600301805463ffffffff60c01b1916600160c01b63ffffffff9384160217905560405190831681527fec912b26e3c351c7bdec54c3ef974c6d37da491ff7a77b964c030484e9723a0f906020015b60405180910390a15050565b6000611610612e54565b805490915060ff600160401b82041615906001600160401b03166000811580156116375750825b90506000826001600160401b031660011480156116535750303b155b905081158015611661575080155b1561167f5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156116a957845460ff60401b1916600160401b1785555b6116b288612e7d565b6116ba612e8e565b6116c2612e8e565b6116cd600088611d1c565b506116f87ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f19988611d1c565b5060008051602061590a8339815191528054436001600160401b03908116600160801b0277ffffffffffffffff0000000000000000ffffffffffffffff1990921690891690811791909117909155604080519182525160008051602061596a833981519152917ffc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a61900808919081900360200190a15083156117d057845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b600081900361182f5760405163019fc5cd60e11b815260040160405180910390fd5b60005b8181101561125b5761185b83838381811061184f5761184f61552b565b90506101000201611d43565b6118ba57611867611d28565b6001600160a01b03168383838181106118825761188261552b565b90506101000201600001357f5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b560405160405180910390a35b600101611832565b60008281526000805160206158aa8339815191526020819052604082206118e99084612e96565b949350505050565b600091825260008051602061594a833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60008051602061592a83398151915261194181611d0b565b60008051602061596a833981519152600061195c8288612d62565b600181015490915060ff166002190161198b57604051635e91cb4960e01b815260048101889052602401611285565b60ff8516158061199e575060038560ff16115b156119c857604051630c0e785760e01b8152600e600482015260ff86166024820152604401611285565b6001600160a01b0384166119f25760405163395f393560e01b8152600e6004820152602401611285565b6119fb86612e05565b611a0a828989600e6000612c08565b600181018054600360ff199091168117909155810180546001600160a81b031916600160a01b60ff8816026001600160a01b031916176001600160a01b03861617905587877f729e4d9f78e09bf8aa9dfbeee0dfe72bcfb54a83bdb4eb7d56dd99640a37fee9611a78611d28565b604080516001600160a01b0392831681526001600160401b038c16602082015260ff8b16818301529189166060830152519081900360800190a35050505050505050565b60008181526000805160206158aa8339815191526020819052604090912060609190611ae790612ea2565b9392505050565b6000805160206158ea833981519152611b0681611d0b565b6000829003611b285760405163019fc5cd60e11b815260040160405180910390fd5b60005b8281101561121257611b5f848483818110611b4857611b4861552b565b9050602002810190611b5a9190615541565b612552565b611bc557611b6b611d28565b6001600160a01b0316848483818110611b8657611b8661552b565b9050602002810190611b989190615541565b6040519035907f5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b590600090a35b600101611b2b565b60008181526000805160206158aa833981519152602081905260408220611ae790612eaf565b611bfc826111d4565b611c0581611d0b565b6112128383611d37565b6000611c1a81611d0b565b6112d282612eb9565b604080516001600160a01b038416602082015290810182905260009060600160405160208183030381529060405280519060200120905092915050565b7ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f199611c8a81611d0b565b60008051602061590a833981519152805467ffffffffffffffff19166001600160401b0384169081179091556040519081527ffc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a61900808906020016115fa565b60006001600160e01b03198216635a05180f60e01b148061104f575061104f82612f22565b61128e81611d17611d28565b612f57565b6000611ae78383612f90565b6000611d32612fd5565b905090565b6000611ae78383612fdf565b600080611d566060840160408501615561565b9050611d618161301b565b60008051602061596a8339815191528335611d8e576040516203186960eb1b815260040160405180910390fd5b6000611da2611d9b611d28565b8635611c23565b9050611dd982863560ff8616600d148015611dbf57506020880135155b611dcd578760200135611dd3565b8760c001355b8661327f565b15611de957506000949350505050565b611e01611dfc608087016060880161525a565b612e05565b60ff8316600d148015611e1657506020850135155b15611e4657611e258286613300565b611e3b82863560c08801358660e08a0135612c08565b506001949350505050565b60208086013560009081529083905260408120805490916001600160401b039091169003611e8d5760405163c4fdbd2360e01b815260208701356004820152602401611285565b6001810154600160281b900460081615801590611eae575060ff8416600c14155b15611ed25760405163c15d80d960e01b815260208701356004820152602401611285565b60e086013515600f1960ff861601611f985760c087013560a01c15611f0f5760405163395f393560e01b815260ff86166004820152602401611285565b611f1f60a0880160808901614d89565b63ffffffff1615611f655784611f3b60a0890160808a01614d89565b604051630c0e785760e01b815260ff909216600483015263ffffffff166024820152604401611285565b611f7884883560208a0135886000612c08565b611f93848360208a013560c08b013560e08c01358c35613504565b611fd1565b611fae84883560208a01358860e08c0135612c08565b80611fd157611fd184838960200135611fc5611d28565b60e08c01356000613504565b611fe160a0880160808901614d89565b63ffffffff1615611ff857611ff88483858a61384c565b60011960ff8616016120b95761201460c0880160a08901614d89565b63ffffffff16158061203b5750600461203360c0890160a08a01614d89565b63ffffffff16115b156120515784611f3b60c0890160a08a01614d89565b61206160c0880160a08901614d89565b8260010160046101000a81548160ff021916908360ff16021790555080156120b4576001820180546000906120999061ffff16615594565b91906101000a81548161ffff021916908361ffff1602179055505b61247a565b60021960ff8616016120ed5760018201805460ff60281b1981166008600160281b9283900460ff161790910217905561247a565b60031960ff8616016121ac5760018201805460ff60281b1981166010600160281b9283900460ff16179091021790558154600160401b90046001600160401b03161580159061217f57506003840154825461215b916001600160401b0390811691600160401b9004166155b5565b6001600160401b03166121746080890160608a0161525a565b6001600160401b0316105b156120b45760018201805460ff60281b1981166020600160281b9283900460ff161790910217905561247a565b60041960ff8616016121f3576121c860a0880160808901614d89565b63ffffffff166000036120b457604051634f0ca74560e01b815260ff86166004820152602401611285565b60051960ff8616016122615761220f60a0880160808901614d89565b63ffffffff1660000361223a57604051634f0ca74560e01b815260ff86166004820152602401611285565b60c08701356120b45760405163395f393560e01b815260ff86166004820152602401611285565b60061960ff8616016122dc5761227d60c0880160a08901614d89565b63ffffffff1615806122a45750600561229c60c0890160a08a01614d89565b63ffffffff16115b156122ba5784611f3b60c0890160a08a01614d89565b80156120b4576001820180546002906120999062010000900461ffff16615594565b60071960ff8616016123105760018201805460ff60281b1981166002600160281b9283900460ff161790910217905561247a565b60081960ff8616016123445760018201805460ff60281b1981166004600160281b9283900460ff161790910217905561247a565b60091960ff86160161237e5761236060c0880160a08901614d89565b63ffffffff166000036120b45784611f3b60c0890160a08a01614d89565b600a1960ff861601612395576120b4848389613d3d565b600b1960ff86160161241d5760c08701356000818152600280870160205260409091209084015490911415806123cd575060c0880135155b156123fb576040516332058dbb60e01b815260c0890135600482015260208901356024820152604401611285565b600060028085018290558201556001908101805460ff1916909117905561247a565b600c1960ff86160161247a578660c001358260020154141580612442575060c0870135155b15612470576040516332058dbb60e01b815260c0880135600482015260208801356024820152604401611285565b61247a8488613300565b60018201805460069061249990600160301b900463ffffffff166155d4565b91906101000a81548163ffffffff021916908363ffffffff1602179055508460ff16876000013588602001357f2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db96124ee611d28565b6124fe60808d0160608e0161525a565b61250e60a08e0160808f01614d89565b8d60a00160208101906125219190614d89565b8e60c001358f60e0013560405161253d969594939291906155f0565b60405180910390a45060019695505050505050565b600060008051602061596a833981519152816125796125746020860186615633565b613e79565b905061258982853583600161327f565b15612598575060009392505050565b6000818152602083905260409020546001600160401b0316156125d15760405163e108f76360e01b815260048101829052602401611285565b6125e16080850160608601615561565b60ff161580612602575060046125fd6080860160608701615561565b60ff16115b1561263f5760016126196080860160608701615561565b604051630c0e785760e01b815260ff928316600482015291166024820152604401611285565b612652611dfc606086016040870161525a565b6126628285358360016000612c08565b6000818152602083905260409081902090612683906060870190870161525a565b815467ffffffffffffffff19166001600160401b03919091161781556126af60a0860160808701615680565b6126ba5760006126ca565b6126ca606086016040870161525a565b81546001600160401b0391909116600160401b026fffffffffffffffff0000000000000000199091161781556001808201805461ffff191690911790556127176080860160608701615561565b6001820180546001600160401b03438116600160501b0267ffffffffffffffff60501b1969ffffffff0000000000001960ff96909616600160201b029590951669ffffffff00ff000000001990931692909217600160301b1793909316179055600384018054909160089161279491600160401b909104166156a2565b91906101000a8154816001600160401b0302191690836001600160401b031602179055508460000135827fb951bc771c0523bfa2943d275cda0eec368e4842143ad157b7339c13c084ba1a8780602001906127ef9190615633565b6127f7611d28565b61280760608c0160408d0161525a565b61281760808d0160608e01615561565b61282760a08e0160808f01615680565b604051612839969594939291906156ed565b60405180910390a3506001949350505050565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806128bc57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166128b0613fd7565b6001600160a01b031614155b156128da5760405163703e46dd60e11b815260040160405180910390fd5b565b60006112d281611d0b565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612941575060408051601f3d908101601f1916820190925261293e9181019061573d565b60015b61296957604051634c9c8ce360e01b81526001600160a01b0383166004820152602401611285565b6000805160206158ca833981519152811461299a57604051632a87526960e21b815260048101829052602401611285565b61125b8383613fed565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146128da5760405163703e46dd60e11b815260040160405180910390fd5b6129fa6020820182614d89565b63ffffffff16600003612a2357604051630f1a6c2d60e21b815260016004820152602401611285565b612a336040820160208301615561565b60ff161580612a5457506006612a4f6040830160208401615561565b60ff16115b15612a7557604051630f1a6c2d60e21b815260026004820152602401611285565b612a856060820160408301614d89565b63ffffffff16600003612aae57604051630f1a6c2d60e21b815260036004820152602401611285565b612abe608082016060830161525a565b6001600160401b03161580612aea575042612adf608083016060840161525a565b6001600160401b0316115b15612b0a57604051630f1a6c2d60e21b8152600481810152602401611285565b612b1a60a0820160808301615561565b60ff161580612b3b57506005612b3660a0830160808401615561565b60ff16115b15612b5c57604051630f1a6c2d60e21b815260056004820152602401611285565b6103e8612b6f60c0830160a08401615756565b61ffff161115612b9557604051630f1a6c2d60e21b815260066004820152602401611285565b6103e8612ba860e0830160c08401615756565b61ffff161115612bce57604051630f1a6c2d60e21b815260076004820152602401611285565b6103e8612be2610100830160e08401615756565b61ffff16111561128e57604051630f1a6c2d60e21b815260086004820152602401611285565b83612c25576040516203186960eb1b815260040160405180910390fd5b6000612c38612c32611d28565b86611c23565b600081815260018801602052604090205490915015612c6d57604051637b98efaf60e01b815260048101869052602401611285565b60008484604051602001612c8e92919091825260ff16602082015260400190565b60408051601f19818403018152919052805160209091012090508215612d3d576000876001016000612cc7612cc1611d28565b87611c23565b81526020019081526020016000205490508165ffffffffffff19168165ffffffffffff191614158015612d13575080151580612d13575060008481526001890160205260409020548214155b15612d3b57604051630999b95d60e01b81526004810188905260248101859052604401611285565b505b600091825260019096016020526040902065ffffffffffff1990951690945550505050565b600081815260028301602052604081206001810154909160ff9091169003612da057604051633dd1b07160e01b815260048101839052602401611285565b600181015460ff1660031901612dcc576040516305400cdd60e01b815260048101839052602401611285565b600181015460ff166001190161104f5760028101546040516350e7236b60e01b8152611285918491600401918252602082015260400190565b6001600160401b0381161580612e23575042816001600160401b0316115b1561128e5760405163753453d160e11b81526001600160401b03808316600483015242166024820152604401611285565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0061104f565b612e85614043565b61128e81612eb9565b6128da614043565b6000611ae78383614068565b60606000611ae783614092565b600061104f825490565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b60006001600160e01b03198216637965db0b60e01b148061104f57506301ffc9a760e01b6001600160e01b031983161461104f565b612f6182826118f1565b6112d25760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401611285565b60006000805160206158aa83398151915281612fac85856140ee565b905080156118e9576000858152602083905260409020612fcc908561419b565b50949350505050565b6000611d326141b0565b60006000805160206158aa83398151915281612ffb85856141f8565b905080156118e9576000858152602083905260409020612fcc9085614292565b600060ff821660021480613032575060ff82166003145b80613040575060ff82166004145b1561305a57506000805160206158ea833981519152613230565b60041960ff83160161308d57507f273dcf2136c7d8ef632bb8ef13dbca69a8f36fa620c7468671b3153d46a211c0613230565b60051960ff8316016130c057507fcf75f067314df4d0527f2a9e12148d8bd7c8a3f7235b2171d24fa195d2c3ecb9613230565b60ff8216600714806130d5575060ff82166008145b806130e3575060ff82166009145b1561310f57507feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd972613230565b60091960ff83160161314257507fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e7613230565b600a1960ff831601613198576131686000805160206158ea8339815191526109ef611d28565b15613171575050565b507fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e7613230565b600b1960ff8316016131be5761316860008051602061592a8339815191526109ef611d28565b600c1960ff8316016131f157507fa8c4f09a5d9355e2dc9083a0687cbad64c1ee19df6b8c8b0bde7efca7cc57385613230565b600f1960ff83160161321257506000805160206158ea833981519152613230565b60405163cf4f7eb960e01b815260ff83166004820152602401611285565b61323c816109ef611d28565b6112d257818161324a611d28565b60405163c0d8937b60e01b815260ff909316600484015260248301919091526001600160a01b03166044820152606401611285565b6000806001860181613298613292611d28565b88611c23565b8152602001908152602001600020541415806132f7575082826040516020016132ce92919091825260ff16602082015260400190565b60408051601f198184030181529181528151602092830120600087815260018901909352912054145b95945050505050565b60c0810135600090815260028301602052604081206001810154909160ff909116900361334657604051633dd1b07160e01b815260c08301356004820152602401611285565b600181015460ff1660031901613375576040516305400cdd60e01b815260c08301356004820152602401611285565b600181015460ff16600214801561339457508160200135816002015414155b156133c55760028101546040516350e7236b60e01b815260c084013560048201526024810191909152604401611285565b6133d560c0830160a08401614d89565b63ffffffff1615806133fd57506103e86133f560c0840160a08501614d89565b63ffffffff16115b1561341457600d611f3b60c0840160a08501614d89565b61342460c0830160a08401614d89565b60018201805461ffff929092166101000262ffff0019909216919091179055613453608083016060840161525a565b6001820180546001600160401b03929092166301000000026affffffffffffffff00000019909216919091179055602082013561125b57600d823560007f2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db96134b9611d28565b6134c9608088016060890161525a565b60006134db60c08a0160a08b01614d89565b8960c001358a60e001356040516134f7969594939291906155f0565b60405180910390a4505050565b60006135108484611c23565b600081815260018901602090815260408083205489845260048c0190925290912091925065ffffffffffff169081158061354a5750805482115b8061359a57506001600160a81b0319831681613567600185615773565b815481106135775761357761552b565b600091825260209091200154600160a81b900460a81b6001600160a81b03191614155b156135de57836135ac57505050613844565b6040516349cc2fb560e01b8152600481018890526001600160a01b038716602482015260448101869052606401611285565b6000816135ec600185615773565b815481106135fc576135fc61552b565b60009182526020909120018054909150600160a01b900460ff161561365457846136295750505050613844565b6040516303ffb92b60e11b81526001600160a01b038816600482015260248101879052604401611285565b841580156136895750805461367d9062278d0090600160601b90046001600160401b03166155b5565b6001600160401b031642115b156136c2578054604051634f1f2ee160e11b815260048101889052600160601b9091046001600160401b03166024820152604401611285565b805460ff60a01b1916600160a01b1781556137046040805160a08101825260008082526020820181905291810182905260608101829052608081019190915290565b600089815260068c01602052604081205460ff16151560808301525b83548110156137d657600084828154811061373d5761373d61552b565b60009182526020918290206040805160a081018252929091015463ffffffff81168352600160201b81046001600160401b0390811694840194909452600160601b810490931690820152600160a01b820460ff16151560608201819052600160a81b90920460a81b6001600160a81b031916608082015291506137cd576137cd83826000015183602001516142a7565b50600101613720565b506137e18a8261437c565b887f9a671c43e9b0456bd387c6c0ee22ea8b218ce929377f5920d587ec4c0ee2095e898961380d611d28565b604080516001600160a01b0394851681526020810193909352921681830152606081018a905290519081900360800190a250505050505b505050505050565b600061385d8585846020013561446a565b80549091506103e81161389857604051635abe819160e01b815260208301356004820152600060248201526103e86044820152606401611285565b600082602001356138a7611d28565b6040516020016138ca9291909182526001600160a01b0316602082015260400190565b60408051601f198184030181529181528151602092830120600081815260058a0190935291205490915063ffffffff166064811061394157836020013561390f611d28565b604051635abe819160e01b815260048101929092526001600160a01b0316602482015260646044820181905201611285565b8554600160e01b900463ffffffff161580159061398057508554600160e01b900463ffffffff1661397860a0860160808701614d89565b63ffffffff16115b15613b355760038601546000906001600160401b03166139a6608087016060880161525a565b6001600160401b0316116139bb5760006139e3565b60038701546001600160401b03166139d9608087016060880161525a565b6139e39190615786565b6001600160401b03169050600062093a808210613a035762093a80613a05565b815b90506000613a1161119e565b63ffffffff169050600062015180613a298486615773565b613a346004856157a5565b613a3e91906157c7565b613a4b85620151806157de565b613a5590856157c7565b613a5f91906157de565b613a6991906157a5565b8a54613a829190600160e01b900463ffffffff166157de565b905080613a9560a08a0160808b01614d89565b63ffffffff161115613b3057613ab160a0890160808a01614d89565b613ac160808a0160608b0161525a565b8b5460038d0154600160e01b90910463ffffffff16906001600160401b0316613ae861119e565b6040516302f789f960e51b815263ffffffff95861660048201526001600160401b0394851660248201529285166044840152921660648201529116608482015260a401611285565b505050505b826040518060a00160405280866080016020810190613b549190614d89565b63ffffffff168152602001613b6f608088016060890161525a565b6001600160401b039081168252428116602080840191909152600060408085018290526001600160a81b03198c166060958601528654600181810189559783528383208751910180548886015189850151988a01516080909a015160a81c600160a81b02991515600160a01b0260ff60a01b19998916600160601b029990991668ffffffffffffffffff60601b1991909816600160201b026001600160601b031990921663ffffffff90941693909317179190911694909417949094176001600160a81b03169490941790915586548984528b8501909152912080549091179055613c5b9082906157f1565b60008381526005890160209081526040808320805463ffffffff191663ffffffff958616179055805160a0808201835284825281840185905281830185905260608083018690526080928301869052835191820184528c54600160e01b81048816835260038e01546001600160401b0390811696840196909652600160c01b810490971693820193909352600160801b90950490921690840152600189810154600160281b90041615159083015250613d3381613d1e60a0880160808901614d89565b613d2e6080890160608a0161525a565b6142a7565b6117d0878261437c565b60c0810135600090815260028401602052604081206001810154909160ff9091169003613d8357604051633dd1b07160e01b815260c08301356004820152602401611285565b600181015460ff1660031901613db2576040516305400cdd60e01b815260c08301356004820152602401611285565b600181015460ff1660021901613de157604051635e91cb4960e01b815260c08301356004820152602401611285565b600181015460ff1660011901613e1d5760028101546040516350e7236b60e01b815260c084013560048201526024810191909152604401611285565b600283015415613e5357600283015460405163d6ee100360e01b8152602084013560048201526024810191909152604401611285565b60c082013560029384015560209091013581830155600101805460ff1916909117905550565b6000828260118114613ea25784846040516315f2a0b960e31b815260040161128592919061580d565b60005b6011811015613fb4576000838383818110613ec257613ec261552b565b909101356001600160f81b031916915060009050600360fc1b8210801590613ef85750603960f81b6001600160f81b0319831611155b90506000604160f81b6001600160f81b0319841610801590613f285750602d60f91b6001600160f81b0319841611155b8015613f425750604960f81b6001600160f81b0319841614155b8015613f5c5750604f60f81b6001600160f81b0319841614155b8015613f765750605160f81b6001600160f81b0319841614155b905081158015613f84575080155b15613fa65788886040516315f2a0b960e31b815260040161128592919061580d565b505050806001019050613ea5565b508181604051613fc5929190615277565b60405180910390209250505092915050565b60006000805160206158ca8339815191526117fe565b613ff6826146b2565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a280511561403b5761125b8282614717565b6112d2614784565b61404b6147a3565b6128da57604051631afcd79f60e31b815260040160405180910390fd5b600082600001828154811061407f5761407f61552b565b9060005260206000200154905092915050565b6060816000018054806020026020016040519081016040528092919081815260200182805480156140e257602002820191906000526020600020905b8154815260200190600101908083116140ce575b50505050509050919050565b600060008051602061594a83398151915261410984846118f1565b61418a576000848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055614140611d28565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061104f565b600091505061104f565b5092915050565b6000611ae7836001600160a01b0384166147bd565b60003660148082108015906141c957506141c93361143c565b156141f0576141dd36828403816000615821565b6141e69161584b565b60601c9250505090565b339250505090565b600060008051602061594a83398151915261421384846118f1565b1561418a576000848152602082815260408083206001600160a01b03871684529091529020805460ff19169055614248611d28565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4600191505061104f565b6000611ae7836001600160a01b03841661480c565b826000015163ffffffff168263ffffffff1610156142e95782602001516001600160401b0316816001600160401b0316106142e457600160808401525b614343565b826000015163ffffffff168263ffffffff1611801561431d575082602001516001600160401b0316816001600160401b0316105b1561432a57600160808401525b6001600160401b038116602084015263ffffffff821683525b82606001516001600160401b0316816001600160401b03161061125b576001600160401b0316606083015263ffffffff16604090910152565b8051602082015160038401805467ffffffffffffffff19166001600160401b039283161790558354604084015160608501517bffffffff0000000000000000ffffffffffffffffffffffffffffffff909216600160e01b63ffffffff9586160267ffffffffffffffff60801b191617600160801b92909316919091029190911763ffffffff60c01b1916600160c01b929091169190910217825560808101511561444857506001908101805460ff60281b198116600160281b9182900460ff1690931702919091179055565b50600101805460ff60281b198116600160281b9182900460fe16909102179055565b60008181526004840160205260409020805415158061449557508254600160e01b900463ffffffff16155b611ae75782546040805160a08101825263ffffffff600160e01b808504821683526001600160401b03600160801b90950485166020808501828152600096860187815260608701888152608088018981528b54600181018d558c8b52949099209751979093018054925191519351985160a81c600160a81b02981515600160a01b0260ff60a01b19948b16600160601b029490941668ffffffffffffffffff60601b1992909a16600160201b026001600160601b031990931697871697909717919091171696909617959095176001600160a81b0316939093179091558554600160c01b810482169290041614614659576040805160a081018252855463ffffffff600160c01b909104811682526001600160401b038085166020808501918252600095850186815260608601878152608087018881528a54600181018c558b8a52939098209651969092018054935191519251975160a81c600160a81b02971515600160a01b0260ff60a01b19938616600160601b029390931668ffffffffffffffffff60601b1992909516600160201b026001600160601b03199094169690951695909517919091179390931617919091176001600160a81b03169190911790555b600184810154600160281b900416156146885760008381526006860160205260409020805460ff191660011790555b60038401805467ffffffffffffffff19166001600160401b03929092169190911790559392505050565b806001600160a01b03163b6000036146e857604051634c9c8ce360e01b81526001600160a01b0382166004820152602401611285565b6000805160206158ca83398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516147349190615881565b600060405180830381855af49150503d806000811461476f576040519150601f19603f3d011682016040523d82523d6000602084013e614774565b606091505b50915091506132f78583836148f5565b34156128da5760405163b398979f60e01b815260040160405180910390fd5b60006147ad612e54565b54600160401b900460ff16919050565b60008181526001830160205260408120546148045750815460018181018455600084815260208082209093018490558454848252828601909352604090209190915561104f565b50600061104f565b6000818152600183016020526040812054801561418a576000614830600183615773565b855490915060009061484490600190615773565b90508082146148a95760008660000182815481106148645761486461552b565b90600052602060002001549050808760000184815481106148875761488761552b565b6000918252602080832090910192909255918252600188019052604090208390555b85548690806148ba576148ba615893565b60019003818190600052602060002001600090559055856001016000868152602001908152602001600020600090556001935050505061104f565b60608261490a5761490582614951565b611ae7565b815115801561492157506001600160a01b0384163b155b1561494a57604051639996b31560e01b81526001600160a01b0385166004820152602401611285565b5080611ae7565b80511561496057805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60006020828403121561498b57600080fd5b81356001600160e01b031981168114611ae757600080fd5b600080602083850312156149b657600080fd5b82356001600160401b038111156149cc57600080fd5b8301601f810185136149dd57600080fd5b80356001600160401b038111156149f357600080fd5b856020828401011115614a0557600080fd5b6020919091019590945092505050565b80356001600160a01b0381168114614a2c57600080fd5b919050565b60008060408385031215614a4457600080fd5b614a4d83614a15565b946020939093013593505050565b600060208284031215614a6d57600080fd5b5035919050565b602080825282518282018190526000918401906040840190835b81811015614b0657835163ffffffff81511684526001600160401b0360208201511660208501526001600160401b0360408201511660408501526060810151151560608501526affffffffffffffffffffff60a81b60808201511660808501525060a083019250602084019350600181019050614a8e565b509095945050505050565b60008060408385031215614b2457600080fd5b82359150614b3460208401614a15565b90509250929050565b60006101008284031215614b5057600080fd5b50919050565b60006101008284031215614b6957600080fd5b611ae78383614b3d565b600060208284031215614b8557600080fd5b81356001600160401b03811115614b9b57600080fd5b820160a08185031215611ae757600080fd5b634e487b7160e01b600052604160045260246000fd5b60008060408385031215614bd657600080fd5b614bdf83614a15565b915060208301356001600160401b03811115614bfa57600080fd5b8301601f81018513614c0b57600080fd5b80356001600160401b03811115614c2457614c24614bad565b604051601f8201601f19908116603f011681016001600160401b0381118282101715614c5257614c52614bad565b604052818152828201602001871015614c6a57600080fd5b816020840160208301376000602083830101528093505050509250929050565b60008060006101408486031215614ca057600080fd5b8335925060208401359150614cb88560408601614b3d565b90509250925092565b600060208284031215614cd357600080fd5b611ae782614a15565b6001600160401b038116811461128e57600080fd5b8035614a2c81614cdc565b63ffffffff8116811461128e57600080fd5b8035614a2c81614cfc565b60008060008060008060c08789031215614d3257600080fd5b86359550602087013594506040870135614d4b81614cdc565b93506060870135614d5b81614cfc565b92506080870135614d6b81614cfc565b915060a0870135614d7b81614cfc565b809150509295509295509295565b600060208284031215614d9b57600080fd5b8135611ae781614cfc565b600080600060608486031215614dbb57600080fd5b614dc484614a15565b9250614dd260208501614a15565b91506040840135614de281614cdc565b809150509250925092565b60008060208385031215614e0057600080fd5b82356001600160401b03811115614e1657600080fd5b8301601f81018513614e2757600080fd5b80356001600160401b03811115614e3d57600080fd5b8560208260081b8401011115614a0557600080fd5b60008060408385031215614e6557600080fd5b50508035926020909101359150565b60ff8116811461128e57600080fd5b8035614a2c81614e74565b600080600080600060a08688031215614ea657600080fd5b85359450602086013593506040860135614ebf81614cdc565b92506060860135614ecf81614e74565b9150614edd60808701614a15565b90509295509295909350565b602080825282518282018190526000918401906040840190835b81811015614b065783516001600160a01b0316835260209384019390920191600101614f03565b81516001600160401b031681526101a081016020830151614f5660208401826001600160401b03169052565b506040830151614f7160408401826001600160401b03169052565b506060830151614f89606084018263ffffffff169052565b506080830151614fa1608084018263ffffffff169052565b5060a0830151614fb760a084018261ffff169052565b5060c0830151614fcd60c084018261ffff169052565b5060e0830151614fe260e084018260ff169052565b50610100830151614ff961010084018260ff169052565b5061012083015161501361012084018263ffffffff169052565b506101408301516150306101408401826001600160401b03169052565b506101608301516101608301526101808301516141946101808401826001600160401b03169052565b6000806020838503121561506c57600080fd5b82356001600160401b0381111561508257600080fd5b8301601f8101851361509357600080fd5b80356001600160401b038111156150a957600080fd5b8560208260051b8401011115614a0557600080fd5b60005b838110156150d95781810151838201526020016150c1565b50506000910152565b60208152600082518060208401526151018160408501602087016150be565b601f01601f19169190910160400192915050565b63ffffffff815116825260ff602082015116602083015263ffffffff6040820151166040830152606081015161515660608401826001600160401b03169052565b50608081015161516b608084018260ff169052565b5060a081015161518160a084018261ffff169052565b5060c081015161519760c084018261ffff169052565b5060e081015161125b60e084018261ffff169052565b6000610220820190506151c1828451615115565b602083015160ff90811661010084810191909152604085015161ffff166101208086019190915260608601516001600160401b0316610140860152608086015161016086015260a08601516001600160a01b031661018086015260c08601519092166101a085015260e085015163ffffffff9081166101c08601529085015181166101e085015290840151908116610200840152614194565b60006020828403121561526c57600080fd5b8135611ae781614cdc565b8183823760009101908152919050565b6000813561104f81614cfc565b6000813561104f81614e74565b6000813561104f81614cdc565b61ffff8116811461128e57600080fd5b6000813561104f816152ae565b81356152d681614cfc565b63ffffffff8116905081548163ffffffff19821617835560208401356152fb81614e74565b64ff000000008160201b168364ffffffffff1984161717845550505061534a61532660408401615287565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b61538d615359606084016152a1565b825470ffffffffffffffff000000000000000000191660489190911b70ffffffffffffffff00000000000000000016178255565b6153ba61539c60808401615294565b82805460ff60881b191660889290921b60ff60881b16919091179055565b6153e96153c960a084016152be565b82805461ffff60901b191660909290921b61ffff60901b16919091179055565b6154186153f860c084016152be565b82805461ffff60a01b191660a09290921b61ffff60a01b16919091179055565b6112d261542760e084016152be565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b8035614a2c816152ae565b6001600160a01b03831681526101208101823561546e81614cfc565b63ffffffff8116602084015250602083013561548981614e74565b60ff811660408401525061549f60408401614d0e565b63ffffffff81166060840152506154b860608401614cf1565b6001600160401b0381166080840152506154d460808401614e83565b60ff811660a0840152506154ea60a08401615447565b61ffff811660c08401525061550160c08401615447565b61ffff811660e08401525061551860e08401615447565b61ffff8116610100840152509392505050565b634e487b7160e01b600052603260045260246000fd5b60008235609e1983360301811261555757600080fd5b9190910192915050565b60006020828403121561557357600080fd5b8135611ae781614e74565b634e487b7160e01b600052601160045260246000fd5b600061ffff821661ffff81036155ac576155ac61557e565b60010192915050565b6001600160401b03818116838216019081111561104f5761104f61557e565b600063ffffffff821663ffffffff81036155ac576155ac61557e565b6001600160a01b039690961686526001600160401b0394909416602086015263ffffffff928316604086015291166060840152608083015260a082015260c00190565b6000808335601e1984360301811261564a57600080fd5b8301803591506001600160401b0382111561566457600080fd5b60200191503681900382131561567957600080fd5b9250929050565b60006020828403121561569257600080fd5b81358015158114611ae757600080fd5b60006001600160401b0382166001600160401b0381036155ac576155ac61557e565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60a08152600061570160a08301888a6156c4565b6001600160a01b03969096166020830152506001600160401b0393909316604084015260ff919091166060830152151560809091015292915050565b60006020828403121561574f57600080fd5b5051919050565b60006020828403121561576857600080fd5b8135611ae7816152ae565b8181038181111561104f5761104f61557e565b6001600160401b03828116828216039081111561104f5761104f61557e565b6000826157c257634e487b7160e01b600052601260045260246000fd5b500490565b808202811582820484141761104f5761104f61557e565b8082018082111561104f5761104f61557e565b63ffffffff818116838216019081111561104f5761104f61557e565b6020815260006118e96020830184866156c4565b6000808585111561583157600080fd5b8386111561583e57600080fd5b5050820193919092039150565b80356001600160601b03198116906014841015614194576001600160601b031960149490940360031b84901b1690921692915050565b600082516155578184602087016150be565b634e487b7160e01b600052603160045260246000fdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbcdb613444d448b87431465712244e516e6a6e374a172d86121027689cca07030e417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f31130311d2c681bc9c10ed61f9a422c0dbaaddc4054ce58ec726aca73e7e4d31bcd15402dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311300a2646970667358221220d6a12e532f3d97d3a47232b65ab02af83706d22d92bc566afb4ba83f4e7851d264736f6c634300081c0033",
}

// VehicleRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use VehicleRegistryMetaData.ABI instead.
var VehicleRegistryABI = VehicleRegistryMetaData.ABI

// VehicleRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VehicleRegistryMetaData.Bin instead.
var VehicleRegistryBin = VehicleRegistryMetaData.Bin

// DeployVehicleRegistry deploys a new Ethereum contract, binding an instance of VehicleRegistry to it.
func DeployVehicleRegistry(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *VehicleRegistry, error) {
	parsed, err := VehicleRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VehicleRegistryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &VehicleRegistry{VehicleRegistryCaller: VehicleRegistryCaller{contract: contract}, VehicleRegistryTransactor: VehicleRegistryTransactor{contract: contract}, VehicleRegistryFilterer: VehicleRegistryFilterer{contract: contract}}, nil
}

// VehicleRegistry is an auto generated Go binding around an Ethereum contract.
type VehicleRegistry struct {
	VehicleRegistryCaller     // Read-only binding to the contract
	VehicleRegistryTransactor // Write-only binding to the contract
	VehicleRegistryFilterer   // Log filterer for contract events
}

// VehicleRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type VehicleRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VehicleRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VehicleRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VehicleRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VehicleRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VehicleRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VehicleRegistrySession struct {
	Contract     *VehicleRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VehicleRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VehicleRegistryCallerSession struct {
	Contract *VehicleRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// VehicleRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VehicleRegistryTransactorSession struct {
	Contract     *VehicleRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// VehicleRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type VehicleRegistryRaw struct {
	Contract *VehicleRegistry // Generic contract binding to access the raw methods on
}

// VehicleRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VehicleRegistryCallerRaw struct {
	Contract *VehicleRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// VehicleRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VehicleRegistryTransactorRaw struct {
	Contract *VehicleRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVehicleRegistry creates a new instance of VehicleRegistry, bound to a specific deployed contract.
func NewVehicleRegistry(address common.Address, backend bind.ContractBackend) (*VehicleRegistry, error) {
	contract, err := bindVehicleRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistry{VehicleRegistryCaller: VehicleRegistryCaller{contract: contract}, VehicleRegistryTransactor: VehicleRegistryTransactor{contract: contract}, VehicleRegistryFilterer: VehicleRegistryFilterer{contract: contract}}, nil
}

// NewVehicleRegistryCaller creates a new read-only instance of VehicleRegistry, bound to a specific deployed contract.
func NewVehicleRegistryCaller(address common.Address, caller bind.ContractCaller) (*VehicleRegistryCaller, error) {
	contract, err := bindVehicleRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryCaller{contract: contract}, nil
}

// NewVehicleRegistryTransactor creates a new write-only instance of VehicleRegistry, bound to a specific deployed contract.
func NewVehicleRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*VehicleRegistryTransactor, error) {
	contract, err := bindVehicleRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryTransactor{contract: contract}, nil
}

// NewVehicleRegistryFilterer creates a new log filterer instance of VehicleRegistry, bound to a specific deployed contract.
func NewVehicleRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*VehicleRegistryFilterer, error) {
	contract, err := bindVehicleRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryFilterer{contract: contract}, nil
}

// bindVehicleRegistry binds a generic wrapper to an already deployed contract.
func bindVehicleRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VehicleRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VehicleRegistry *VehicleRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VehicleRegistry.Contract.VehicleRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VehicleRegistry *VehicleRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.VehicleRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VehicleRegistry *VehicleRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.VehicleRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VehicleRegistry *VehicleRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VehicleRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VehicleRegistry *VehicleRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VehicleRegistry *VehicleRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.contract.Transact(opts, method, params...)
}

// BATTERYINSTALLED is a free data retrieval call binding the contract method 0x0a48f1bd.
//
// Solidity: function BATTERY_INSTALLED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) BATTERYINSTALLED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "BATTERY_INSTALLED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BATTERYINSTALLED is a free data retrieval call binding the contract method 0x0a48f1bd.
//
// Solidity: function BATTERY_INSTALLED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) BATTERYINSTALLED() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYINSTALLED(&_VehicleRegistry.CallOpts)
}

// BATTERYINSTALLED is a free data retrieval call binding the contract method 0x0a48f1bd.
//
// Solidity: function BATTERY_INSTALLED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) BATTERYINSTALLED() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYINSTALLED(&_VehicleRegistry.CallOpts)
}

// BATTERYRECYCLED is a free data retrieval call binding the contract method 0x078f3e24.
//
// Solidity: function BATTERY_RECYCLED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) BATTERYRECYCLED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "BATTERY_RECYCLED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BATTERYRECYCLED is a free data retrieval call binding the contract method 0x078f3e24.
//
// Solidity: function BATTERY_RECYCLED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) BATTERYRECYCLED() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYRECYCLED(&_VehicleRegistry.CallOpts)
}

// BATTERYRECYCLED is a free data retrieval call binding the contract method 0x078f3e24.
//
// Solidity: function BATTERY_RECYCLED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) BATTERYRECYCLED() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYRECYCLED(&_VehicleRegistry.CallOpts)
}

// BATTERYSECONDLIFE is a free data retrieval call binding the contract method 0x97fbb78e.
//
// Solidity: function BATTERY_SECOND_LIFE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) BATTERYSECONDLIFE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "BATTERY_SECOND_LIFE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BATTERYSECONDLIFE is a free data retrieval call binding the contract method 0x97fbb78e.
//
// Solidity: function BATTERY_SECOND_LIFE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) BATTERYSECONDLIFE() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYSECONDLIFE(&_VehicleRegistry.CallOpts)
}

// BATTERYSECONDLIFE is a free data retrieval call binding the contract method 0x97fbb78e.
//
// Solidity: function BATTERY_SECOND_LIFE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) BATTERYSECONDLIFE() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYSECONDLIFE(&_VehicleRegistry.CallOpts)
}

// BATTERYSPARE is a free data retrieval call binding the contract method 0xd59e4ba3.
//
// Solidity: function BATTERY_SPARE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) BATTERYSPARE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "BATTERY_SPARE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// BATTERYSPARE is a free data retrieval call binding the contract method 0xd59e4ba3.
//
// Solidity: function BATTERY_SPARE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) BATTERYSPARE() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYSPARE(&_VehicleRegistry.CallOpts)
}

// BATTERYSPARE is a free data retrieval call binding the contract method 0xd59e4ba3.
//
// Solidity: function BATTERY_SPARE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) BATTERYSPARE() (uint8, error) {
	return _VehicleRegistry.Contract.BATTERYSPARE(&_VehicleRegistry.CallOpts)
}

// BATTERYTESTERROLE is a free data retrieval call binding the contract method 0x4a9ba3d6.
//
// Solidity: function BATTERY_TESTER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) BATTERYTESTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "BATTERY_TESTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BATTERYTESTERROLE is a free data retrieval call binding the contract method 0x4a9ba3d6.
//
// Solidity: function BATTERY_TESTER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) BATTERYTESTERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.BATTERYTESTERROLE(&_VehicleRegistry.CallOpts)
}

// BATTERYTESTERROLE is a free data retrieval call binding the contract method 0x4a9ba3d6.
//
// Solidity: function BATTERY_TESTER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) BATTERYTESTERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.BATTERYTESTERROLE(&_VehicleRegistry.CallOpts)
}

// CORRECTIONWINDOW is a free data retrieval call binding the contract method 0x20d155cf.
//
// Solidity: function CORRECTION_WINDOW() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCaller) CORRECTIONWINDOW(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "CORRECTION_WINDOW")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// CORRECTIONWINDOW is a free data retrieval call binding the contract method 0x20d155cf.
//
// Solidity: function CORRECTION_WINDOW() view returns(uint64)
func (_VehicleRegistry *VehicleRegistrySession) CORRECTIONWINDOW() (uint64, error) {
	return _VehicleRegistry.Contract.CORRECTIONWINDOW(&_VehicleRegistry.CallOpts)
}

// CORRECTIONWINDOW is a free data retrieval call binding the contract method 0x20d155cf.
//
// Solidity: function CORRECTION_WINDOW() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCallerSession) CORRECTIONWINDOW() (uint64, error) {
	return _VehicleRegistry.Contract.CORRECTIONWINDOW(&_VehicleRegistry.CallOpts)
}

// DEALERROLE is a free data retrieval call binding the contract method 0x34d6ff4c.
//
// Solidity: function DEALER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) DEALERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "DEALER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEALERROLE is a free data retrieval call binding the contract method 0x34d6ff4c.
//
// Solidity: function DEALER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) DEALERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.DEALERROLE(&_VehicleRegistry.CallOpts)
}

// DEALERROLE is a free data retrieval call binding the contract method 0x34d6ff4c.
//
// Solidity: function DEALER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) DEALERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.DEALERROLE(&_VehicleRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.DEFAULTADMINROLE(&_VehicleRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.DEFAULTADMINROLE(&_VehicleRegistry.CallOpts)
}

// DEFAULTMAXKMPERDAY is a free data retrieval call binding the contract method 0x4d17a47e.
//
// Solidity: function DEFAULT_MAX_KM_PER_DAY() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCaller) DEFAULTMAXKMPERDAY(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "DEFAULT_MAX_KM_PER_DAY")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEFAULTMAXKMPERDAY is a free data retrieval call binding the contract method 0x4d17a47e.
//
// Solidity: function DEFAULT_MAX_KM_PER_DAY() view returns(uint32)
func (_VehicleRegistry *VehicleRegistrySession) DEFAULTMAXKMPERDAY() (uint32, error) {
	return _VehicleRegistry.Contract.DEFAULTMAXKMPERDAY(&_VehicleRegistry.CallOpts)
}

// DEFAULTMAXKMPERDAY is a free data retrieval call binding the contract method 0x4d17a47e.
//
// Solidity: function DEFAULT_MAX_KM_PER_DAY() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCallerSession) DEFAULTMAXKMPERDAY() (uint32, error) {
	return _VehicleRegistry.Contract.DEFAULTMAXKMPERDAY(&_VehicleRegistry.CallOpts)
}

// EVOFFICEROLE is a free data retrieval call binding the contract method 0xc4cd48aa.
//
// Solidity: function EV_OFFICE_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) EVOFFICEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "EV_OFFICE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EVOFFICEROLE is a free data retrieval call binding the contract method 0xc4cd48aa.
//
// Solidity: function EV_OFFICE_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) EVOFFICEROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.EVOFFICEROLE(&_VehicleRegistry.CallOpts)
}

// EVOFFICEROLE is a free data retrieval call binding the contract method 0xc4cd48aa.
//
// Solidity: function EV_OFFICE_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) EVOFFICEROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.EVOFFICEROLE(&_VehicleRegistry.CallOpts)
}

// FLAGEXPORTED is a free data retrieval call binding the contract method 0x5beba885.
//
// Solidity: function FLAG_EXPORTED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) FLAGEXPORTED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FLAG_EXPORTED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FLAGEXPORTED is a free data retrieval call binding the contract method 0x5beba885.
//
// Solidity: function FLAG_EXPORTED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) FLAGEXPORTED() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGEXPORTED(&_VehicleRegistry.CallOpts)
}

// FLAGEXPORTED is a free data retrieval call binding the contract method 0x5beba885.
//
// Solidity: function FLAG_EXPORTED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) FLAGEXPORTED() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGEXPORTED(&_VehicleRegistry.CallOpts)
}

// FLAGEXPORTINSUBSIDYPERIOD is a free data retrieval call binding the contract method 0x01c7904e.
//
// Solidity: function FLAG_EXPORT_IN_SUBSIDY_PERIOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) FLAGEXPORTINSUBSIDYPERIOD(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FLAG_EXPORT_IN_SUBSIDY_PERIOD")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FLAGEXPORTINSUBSIDYPERIOD is a free data retrieval call binding the contract method 0x01c7904e.
//
// Solidity: function FLAG_EXPORT_IN_SUBSIDY_PERIOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) FLAGEXPORTINSUBSIDYPERIOD() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGEXPORTINSUBSIDYPERIOD(&_VehicleRegistry.CallOpts)
}

// FLAGEXPORTINSUBSIDYPERIOD is a free data retrieval call binding the contract method 0x01c7904e.
//
// Solidity: function FLAG_EXPORT_IN_SUBSIDY_PERIOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) FLAGEXPORTINSUBSIDYPERIOD() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGEXPORTINSUBSIDYPERIOD(&_VehicleRegistry.CallOpts)
}

// FLAGFLOOD is a free data retrieval call binding the contract method 0xb95ca417.
//
// Solidity: function FLAG_FLOOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) FLAGFLOOD(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FLAG_FLOOD")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FLAGFLOOD is a free data retrieval call binding the contract method 0xb95ca417.
//
// Solidity: function FLAG_FLOOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) FLAGFLOOD() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGFLOOD(&_VehicleRegistry.CallOpts)
}

// FLAGFLOOD is a free data retrieval call binding the contract method 0xb95ca417.
//
// Solidity: function FLAG_FLOOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) FLAGFLOOD() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGFLOOD(&_VehicleRegistry.CallOpts)
}

// FLAGODOMETERROLLBACK is a free data retrieval call binding the contract method 0xf701e529.
//
// Solidity: function FLAG_ODOMETER_ROLLBACK() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) FLAGODOMETERROLLBACK(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FLAG_ODOMETER_ROLLBACK")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FLAGODOMETERROLLBACK is a free data retrieval call binding the contract method 0xf701e529.
//
// Solidity: function FLAG_ODOMETER_ROLLBACK() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) FLAGODOMETERROLLBACK() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGODOMETERROLLBACK(&_VehicleRegistry.CallOpts)
}

// FLAGODOMETERROLLBACK is a free data retrieval call binding the contract method 0xf701e529.
//
// Solidity: function FLAG_ODOMETER_ROLLBACK() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) FLAGODOMETERROLLBACK() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGODOMETERROLLBACK(&_VehicleRegistry.CallOpts)
}

// FLAGSCRAPPED is a free data retrieval call binding the contract method 0xe44a403c.
//
// Solidity: function FLAG_SCRAPPED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) FLAGSCRAPPED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FLAG_SCRAPPED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FLAGSCRAPPED is a free data retrieval call binding the contract method 0xe44a403c.
//
// Solidity: function FLAG_SCRAPPED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) FLAGSCRAPPED() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGSCRAPPED(&_VehicleRegistry.CallOpts)
}

// FLAGSCRAPPED is a free data retrieval call binding the contract method 0xe44a403c.
//
// Solidity: function FLAG_SCRAPPED() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) FLAGSCRAPPED() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGSCRAPPED(&_VehicleRegistry.CallOpts)
}

// FLAGTOTALLOSS is a free data retrieval call binding the contract method 0x5577a634.
//
// Solidity: function FLAG_TOTAL_LOSS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) FLAGTOTALLOSS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FLAG_TOTAL_LOSS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FLAGTOTALLOSS is a free data retrieval call binding the contract method 0x5577a634.
//
// Solidity: function FLAG_TOTAL_LOSS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) FLAGTOTALLOSS() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGTOTALLOSS(&_VehicleRegistry.CallOpts)
}

// FLAGTOTALLOSS is a free data retrieval call binding the contract method 0x5577a634.
//
// Solidity: function FLAG_TOTAL_LOSS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) FLAGTOTALLOSS() (uint8, error) {
	return _VehicleRegistry.Contract.FLAGTOTALLOSS(&_VehicleRegistry.CallOpts)
}

// FULLRATESPAN is a free data retrieval call binding the contract method 0x95c7a511.
//
// Solidity: function FULL_RATE_SPAN() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCaller) FULLRATESPAN(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "FULL_RATE_SPAN")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// FULLRATESPAN is a free data retrieval call binding the contract method 0x95c7a511.
//
// Solidity: function FULL_RATE_SPAN() view returns(uint64)
func (_VehicleRegistry *VehicleRegistrySession) FULLRATESPAN() (uint64, error) {
	return _VehicleRegistry.Contract.FULLRATESPAN(&_VehicleRegistry.CallOpts)
}

// FULLRATESPAN is a free data retrieval call binding the contract method 0x95c7a511.
//
// Solidity: function FULL_RATE_SPAN() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCallerSession) FULLRATESPAN() (uint64, error) {
	return _VehicleRegistry.Contract.FULLRATESPAN(&_VehicleRegistry.CallOpts)
}

// INSPECTORROLE is a free data retrieval call binding the contract method 0xe3a3c522.
//
// Solidity: function INSPECTOR_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) INSPECTORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "INSPECTOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// INSPECTORROLE is a free data retrieval call binding the contract method 0xe3a3c522.
//
// Solidity: function INSPECTOR_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) INSPECTORROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.INSPECTORROLE(&_VehicleRegistry.CallOpts)
}

// INSPECTORROLE is a free data retrieval call binding the contract method 0xe3a3c522.
//
// Solidity: function INSPECTOR_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) INSPECTORROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.INSPECTORROLE(&_VehicleRegistry.CallOpts)
}

// INSURERROLE is a free data retrieval call binding the contract method 0x056c9989.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) INSURERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "INSURER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// INSURERROLE is a free data retrieval call binding the contract method 0x056c9989.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) INSURERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.INSURERROLE(&_VehicleRegistry.CallOpts)
}

// INSURERROLE is a free data retrieval call binding the contract method 0x056c9989.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) INSURERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.INSURERROLE(&_VehicleRegistry.CallOpts)
}

// KINDACCIDENT is a free data retrieval call binding the contract method 0x030f0511.
//
// Solidity: function KIND_ACCIDENT() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDACCIDENT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_ACCIDENT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDACCIDENT is a free data retrieval call binding the contract method 0x030f0511.
//
// Solidity: function KIND_ACCIDENT() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDACCIDENT() (uint8, error) {
	return _VehicleRegistry.Contract.KINDACCIDENT(&_VehicleRegistry.CallOpts)
}

// KINDACCIDENT is a free data retrieval call binding the contract method 0x030f0511.
//
// Solidity: function KIND_ACCIDENT() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDACCIDENT() (uint8, error) {
	return _VehicleRegistry.Contract.KINDACCIDENT(&_VehicleRegistry.CallOpts)
}

// KINDBATTERYINSTALL is a free data retrieval call binding the contract method 0x63e4b5bb.
//
// Solidity: function KIND_BATTERY_INSTALL() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDBATTERYINSTALL(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_BATTERY_INSTALL")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDBATTERYINSTALL is a free data retrieval call binding the contract method 0x63e4b5bb.
//
// Solidity: function KIND_BATTERY_INSTALL() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDBATTERYINSTALL() (uint8, error) {
	return _VehicleRegistry.Contract.KINDBATTERYINSTALL(&_VehicleRegistry.CallOpts)
}

// KINDBATTERYINSTALL is a free data retrieval call binding the contract method 0x63e4b5bb.
//
// Solidity: function KIND_BATTERY_INSTALL() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDBATTERYINSTALL() (uint8, error) {
	return _VehicleRegistry.Contract.KINDBATTERYINSTALL(&_VehicleRegistry.CallOpts)
}

// KINDBATTERYREMOVE is a free data retrieval call binding the contract method 0x5e5d7394.
//
// Solidity: function KIND_BATTERY_REMOVE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDBATTERYREMOVE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_BATTERY_REMOVE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDBATTERYREMOVE is a free data retrieval call binding the contract method 0x5e5d7394.
//
// Solidity: function KIND_BATTERY_REMOVE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDBATTERYREMOVE() (uint8, error) {
	return _VehicleRegistry.Contract.KINDBATTERYREMOVE(&_VehicleRegistry.CallOpts)
}

// KINDBATTERYREMOVE is a free data retrieval call binding the contract method 0x5e5d7394.
//
// Solidity: function KIND_BATTERY_REMOVE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDBATTERYREMOVE() (uint8, error) {
	return _VehicleRegistry.Contract.KINDBATTERYREMOVE(&_VehicleRegistry.CallOpts)
}

// KINDBATTERYTEST is a free data retrieval call binding the contract method 0x5b763c2a.
//
// Solidity: function KIND_BATTERY_TEST() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDBATTERYTEST(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_BATTERY_TEST")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDBATTERYTEST is a free data retrieval call binding the contract method 0x5b763c2a.
//
// Solidity: function KIND_BATTERY_TEST() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDBATTERYTEST() (uint8, error) {
	return _VehicleRegistry.Contract.KINDBATTERYTEST(&_VehicleRegistry.CallOpts)
}

// KINDBATTERYTEST is a free data retrieval call binding the contract method 0x5b763c2a.
//
// Solidity: function KIND_BATTERY_TEST() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDBATTERYTEST() (uint8, error) {
	return _VehicleRegistry.Contract.KINDBATTERYTEST(&_VehicleRegistry.CallOpts)
}

// KINDEXPORT is a free data retrieval call binding the contract method 0x2d24c11e.
//
// Solidity: function KIND_EXPORT() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDEXPORT(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_EXPORT")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDEXPORT is a free data retrieval call binding the contract method 0x2d24c11e.
//
// Solidity: function KIND_EXPORT() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDEXPORT() (uint8, error) {
	return _VehicleRegistry.Contract.KINDEXPORT(&_VehicleRegistry.CallOpts)
}

// KINDEXPORT is a free data retrieval call binding the contract method 0x2d24c11e.
//
// Solidity: function KIND_EXPORT() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDEXPORT() (uint8, error) {
	return _VehicleRegistry.Contract.KINDEXPORT(&_VehicleRegistry.CallOpts)
}

// KINDFLOOD is a free data retrieval call binding the contract method 0x347f2a85.
//
// Solidity: function KIND_FLOOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDFLOOD(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_FLOOD")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDFLOOD is a free data retrieval call binding the contract method 0x347f2a85.
//
// Solidity: function KIND_FLOOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDFLOOD() (uint8, error) {
	return _VehicleRegistry.Contract.KINDFLOOD(&_VehicleRegistry.CallOpts)
}

// KINDFLOOD is a free data retrieval call binding the contract method 0x347f2a85.
//
// Solidity: function KIND_FLOOD() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDFLOOD() (uint8, error) {
	return _VehicleRegistry.Contract.KINDFLOOD(&_VehicleRegistry.CallOpts)
}

// KINDINSPECTION is a free data retrieval call binding the contract method 0x8184e84a.
//
// Solidity: function KIND_INSPECTION() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDINSPECTION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_INSPECTION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDINSPECTION is a free data retrieval call binding the contract method 0x8184e84a.
//
// Solidity: function KIND_INSPECTION() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDINSPECTION() (uint8, error) {
	return _VehicleRegistry.Contract.KINDINSPECTION(&_VehicleRegistry.CallOpts)
}

// KINDINSPECTION is a free data retrieval call binding the contract method 0x8184e84a.
//
// Solidity: function KIND_INSPECTION() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDINSPECTION() (uint8, error) {
	return _VehicleRegistry.Contract.KINDINSPECTION(&_VehicleRegistry.CallOpts)
}

// KINDLISTING is a free data retrieval call binding the contract method 0x60c6d957.
//
// Solidity: function KIND_LISTING() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDLISTING(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_LISTING")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDLISTING is a free data retrieval call binding the contract method 0x60c6d957.
//
// Solidity: function KIND_LISTING() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDLISTING() (uint8, error) {
	return _VehicleRegistry.Contract.KINDLISTING(&_VehicleRegistry.CallOpts)
}

// KINDLISTING is a free data retrieval call binding the contract method 0x60c6d957.
//
// Solidity: function KIND_LISTING() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDLISTING() (uint8, error) {
	return _VehicleRegistry.Contract.KINDLISTING(&_VehicleRegistry.CallOpts)
}

// KINDRECYCLE is a free data retrieval call binding the contract method 0xf1d5cc11.
//
// Solidity: function KIND_RECYCLE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDRECYCLE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_RECYCLE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDRECYCLE is a free data retrieval call binding the contract method 0xf1d5cc11.
//
// Solidity: function KIND_RECYCLE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDRECYCLE() (uint8, error) {
	return _VehicleRegistry.Contract.KINDRECYCLE(&_VehicleRegistry.CallOpts)
}

// KINDRECYCLE is a free data retrieval call binding the contract method 0xf1d5cc11.
//
// Solidity: function KIND_RECYCLE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDRECYCLE() (uint8, error) {
	return _VehicleRegistry.Contract.KINDRECYCLE(&_VehicleRegistry.CallOpts)
}

// KINDREGISTRATION is a free data retrieval call binding the contract method 0x754655eb.
//
// Solidity: function KIND_REGISTRATION() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDREGISTRATION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_REGISTRATION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDREGISTRATION is a free data retrieval call binding the contract method 0x754655eb.
//
// Solidity: function KIND_REGISTRATION() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDREGISTRATION() (uint8, error) {
	return _VehicleRegistry.Contract.KINDREGISTRATION(&_VehicleRegistry.CallOpts)
}

// KINDREGISTRATION is a free data retrieval call binding the contract method 0x754655eb.
//
// Solidity: function KIND_REGISTRATION() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDREGISTRATION() (uint8, error) {
	return _VehicleRegistry.Contract.KINDREGISTRATION(&_VehicleRegistry.CallOpts)
}

// KINDREPAIR is a free data retrieval call binding the contract method 0x8d14605d.
//
// Solidity: function KIND_REPAIR() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDREPAIR(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_REPAIR")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDREPAIR is a free data retrieval call binding the contract method 0x8d14605d.
//
// Solidity: function KIND_REPAIR() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDREPAIR() (uint8, error) {
	return _VehicleRegistry.Contract.KINDREPAIR(&_VehicleRegistry.CallOpts)
}

// KINDREPAIR is a free data retrieval call binding the contract method 0x8d14605d.
//
// Solidity: function KIND_REPAIR() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDREPAIR() (uint8, error) {
	return _VehicleRegistry.Contract.KINDREPAIR(&_VehicleRegistry.CallOpts)
}

// KINDSCRAP is a free data retrieval call binding the contract method 0xc382cefd.
//
// Solidity: function KIND_SCRAP() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDSCRAP(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_SCRAP")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDSCRAP is a free data retrieval call binding the contract method 0xc382cefd.
//
// Solidity: function KIND_SCRAP() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDSCRAP() (uint8, error) {
	return _VehicleRegistry.Contract.KINDSCRAP(&_VehicleRegistry.CallOpts)
}

// KINDSCRAP is a free data retrieval call binding the contract method 0xc382cefd.
//
// Solidity: function KIND_SCRAP() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDSCRAP() (uint8, error) {
	return _VehicleRegistry.Contract.KINDSCRAP(&_VehicleRegistry.CallOpts)
}

// KINDSECONDLIFE is a free data retrieval call binding the contract method 0x3b85ec8e.
//
// Solidity: function KIND_SECOND_LIFE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDSECONDLIFE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_SECOND_LIFE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDSECONDLIFE is a free data retrieval call binding the contract method 0x3b85ec8e.
//
// Solidity: function KIND_SECOND_LIFE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDSECONDLIFE() (uint8, error) {
	return _VehicleRegistry.Contract.KINDSECONDLIFE(&_VehicleRegistry.CallOpts)
}

// KINDSECONDLIFE is a free data retrieval call binding the contract method 0x3b85ec8e.
//
// Solidity: function KIND_SECOND_LIFE() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDSECONDLIFE() (uint8, error) {
	return _VehicleRegistry.Contract.KINDSECONDLIFE(&_VehicleRegistry.CallOpts)
}

// KINDTOTALLOSS is a free data retrieval call binding the contract method 0x088b3db2.
//
// Solidity: function KIND_TOTAL_LOSS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDTOTALLOSS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_TOTAL_LOSS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDTOTALLOSS is a free data retrieval call binding the contract method 0x088b3db2.
//
// Solidity: function KIND_TOTAL_LOSS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDTOTALLOSS() (uint8, error) {
	return _VehicleRegistry.Contract.KINDTOTALLOSS(&_VehicleRegistry.CallOpts)
}

// KINDTOTALLOSS is a free data retrieval call binding the contract method 0x088b3db2.
//
// Solidity: function KIND_TOTAL_LOSS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDTOTALLOSS() (uint8, error) {
	return _VehicleRegistry.Contract.KINDTOTALLOSS(&_VehicleRegistry.CallOpts)
}

// KINDTRANSFER is a free data retrieval call binding the contract method 0x6faa05f2.
//
// Solidity: function KIND_TRANSFER() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDTRANSFER(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_TRANSFER")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDTRANSFER is a free data retrieval call binding the contract method 0x6faa05f2.
//
// Solidity: function KIND_TRANSFER() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDTRANSFER() (uint8, error) {
	return _VehicleRegistry.Contract.KINDTRANSFER(&_VehicleRegistry.CallOpts)
}

// KINDTRANSFER is a free data retrieval call binding the contract method 0x6faa05f2.
//
// Solidity: function KIND_TRANSFER() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDTRANSFER() (uint8, error) {
	return _VehicleRegistry.Contract.KINDTRANSFER(&_VehicleRegistry.CallOpts)
}

// KINDVOIDREADING is a free data retrieval call binding the contract method 0x7836b0f0.
//
// Solidity: function KIND_VOID_READING() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) KINDVOIDREADING(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "KIND_VOID_READING")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDVOIDREADING is a free data retrieval call binding the contract method 0x7836b0f0.
//
// Solidity: function KIND_VOID_READING() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) KINDVOIDREADING() (uint8, error) {
	return _VehicleRegistry.Contract.KINDVOIDREADING(&_VehicleRegistry.CallOpts)
}

// KINDVOIDREADING is a free data retrieval call binding the contract method 0x7836b0f0.
//
// Solidity: function KIND_VOID_READING() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) KINDVOIDREADING() (uint8, error) {
	return _VehicleRegistry.Contract.KINDVOIDREADING(&_VehicleRegistry.CallOpts)
}

// MAXCARBONCLASS is a free data retrieval call binding the contract method 0x71a19c19.
//
// Solidity: function MAX_CARBON_CLASS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) MAXCARBONCLASS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "MAX_CARBON_CLASS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXCARBONCLASS is a free data retrieval call binding the contract method 0x71a19c19.
//
// Solidity: function MAX_CARBON_CLASS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) MAXCARBONCLASS() (uint8, error) {
	return _VehicleRegistry.Contract.MAXCARBONCLASS(&_VehicleRegistry.CallOpts)
}

// MAXCARBONCLASS is a free data retrieval call binding the contract method 0x71a19c19.
//
// Solidity: function MAX_CARBON_CLASS() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) MAXCARBONCLASS() (uint8, error) {
	return _VehicleRegistry.Contract.MAXCARBONCLASS(&_VehicleRegistry.CallOpts)
}

// MAXCHEMISTRY is a free data retrieval call binding the contract method 0xb153dcbe.
//
// Solidity: function MAX_CHEMISTRY() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) MAXCHEMISTRY(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "MAX_CHEMISTRY")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXCHEMISTRY is a free data retrieval call binding the contract method 0xb153dcbe.
//
// Solidity: function MAX_CHEMISTRY() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) MAXCHEMISTRY() (uint8, error) {
	return _VehicleRegistry.Contract.MAXCHEMISTRY(&_VehicleRegistry.CallOpts)
}

// MAXCHEMISTRY is a free data retrieval call binding the contract method 0xb153dcbe.
//
// Solidity: function MAX_CHEMISTRY() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) MAXCHEMISTRY() (uint8, error) {
	return _VehicleRegistry.Contract.MAXCHEMISTRY(&_VehicleRegistry.CallOpts)
}

// MAXCOSTBAND is a free data retrieval call binding the contract method 0xa843c8a9.
//
// Solidity: function MAX_COST_BAND() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCaller) MAXCOSTBAND(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "MAX_COST_BAND")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXCOSTBAND is a free data retrieval call binding the contract method 0xa843c8a9.
//
// Solidity: function MAX_COST_BAND() view returns(uint32)
func (_VehicleRegistry *VehicleRegistrySession) MAXCOSTBAND() (uint32, error) {
	return _VehicleRegistry.Contract.MAXCOSTBAND(&_VehicleRegistry.CallOpts)
}

// MAXCOSTBAND is a free data retrieval call binding the contract method 0xa843c8a9.
//
// Solidity: function MAX_COST_BAND() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCallerSession) MAXCOSTBAND() (uint32, error) {
	return _VehicleRegistry.Contract.MAXCOSTBAND(&_VehicleRegistry.CallOpts)
}

// MAXOWNERKIND is a free data retrieval call binding the contract method 0x4961018b.
//
// Solidity: function MAX_OWNER_KIND() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCaller) MAXOWNERKIND(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "MAX_OWNER_KIND")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXOWNERKIND is a free data retrieval call binding the contract method 0x4961018b.
//
// Solidity: function MAX_OWNER_KIND() view returns(uint8)
func (_VehicleRegistry *VehicleRegistrySession) MAXOWNERKIND() (uint8, error) {
	return _VehicleRegistry.Contract.MAXOWNERKIND(&_VehicleRegistry.CallOpts)
}

// MAXOWNERKIND is a free data retrieval call binding the contract method 0x4961018b.
//
// Solidity: function MAX_OWNER_KIND() view returns(uint8)
func (_VehicleRegistry *VehicleRegistryCallerSession) MAXOWNERKIND() (uint8, error) {
	return _VehicleRegistry.Contract.MAXOWNERKIND(&_VehicleRegistry.CallOpts)
}

// MAXREADINGS is a free data retrieval call binding the contract method 0x6f5bfead.
//
// Solidity: function MAX_READINGS() view returns(uint256)
func (_VehicleRegistry *VehicleRegistryCaller) MAXREADINGS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "MAX_READINGS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXREADINGS is a free data retrieval call binding the contract method 0x6f5bfead.
//
// Solidity: function MAX_READINGS() view returns(uint256)
func (_VehicleRegistry *VehicleRegistrySession) MAXREADINGS() (*big.Int, error) {
	return _VehicleRegistry.Contract.MAXREADINGS(&_VehicleRegistry.CallOpts)
}

// MAXREADINGS is a free data retrieval call binding the contract method 0x6f5bfead.
//
// Solidity: function MAX_READINGS() view returns(uint256)
func (_VehicleRegistry *VehicleRegistryCallerSession) MAXREADINGS() (*big.Int, error) {
	return _VehicleRegistry.Contract.MAXREADINGS(&_VehicleRegistry.CallOpts)
}

// MAXREADINGSPERRECORDER is a free data retrieval call binding the contract method 0x82100dad.
//
// Solidity: function MAX_READINGS_PER_RECORDER() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCaller) MAXREADINGSPERRECORDER(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "MAX_READINGS_PER_RECORDER")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXREADINGSPERRECORDER is a free data retrieval call binding the contract method 0x82100dad.
//
// Solidity: function MAX_READINGS_PER_RECORDER() view returns(uint32)
func (_VehicleRegistry *VehicleRegistrySession) MAXREADINGSPERRECORDER() (uint32, error) {
	return _VehicleRegistry.Contract.MAXREADINGSPERRECORDER(&_VehicleRegistry.CallOpts)
}

// MAXREADINGSPERRECORDER is a free data retrieval call binding the contract method 0x82100dad.
//
// Solidity: function MAX_READINGS_PER_RECORDER() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCallerSession) MAXREADINGSPERRECORDER() (uint32, error) {
	return _VehicleRegistry.Contract.MAXREADINGSPERRECORDER(&_VehicleRegistry.CallOpts)
}

// RECYCLERROLE is a free data retrieval call binding the contract method 0xbf313778.
//
// Solidity: function RECYCLER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) RECYCLERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "RECYCLER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RECYCLERROLE is a free data retrieval call binding the contract method 0xbf313778.
//
// Solidity: function RECYCLER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) RECYCLERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.RECYCLERROLE(&_VehicleRegistry.CallOpts)
}

// RECYCLERROLE is a free data retrieval call binding the contract method 0xbf313778.
//
// Solidity: function RECYCLER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) RECYCLERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.RECYCLERROLE(&_VehicleRegistry.CallOpts)
}

// REGISTRYOFFICEROLE is a free data retrieval call binding the contract method 0xbf0cdb23.
//
// Solidity: function REGISTRY_OFFICE_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) REGISTRYOFFICEROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "REGISTRY_OFFICE_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGISTRYOFFICEROLE is a free data retrieval call binding the contract method 0xbf0cdb23.
//
// Solidity: function REGISTRY_OFFICE_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) REGISTRYOFFICEROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.REGISTRYOFFICEROLE(&_VehicleRegistry.CallOpts)
}

// REGISTRYOFFICEROLE is a free data retrieval call binding the contract method 0xbf0cdb23.
//
// Solidity: function REGISTRY_OFFICE_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) REGISTRYOFFICEROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.REGISTRYOFFICEROLE(&_VehicleRegistry.CallOpts)
}

// REPAIRERROLE is a free data retrieval call binding the contract method 0xbe651316.
//
// Solidity: function REPAIRER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) REPAIRERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "REPAIRER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REPAIRERROLE is a free data retrieval call binding the contract method 0xbe651316.
//
// Solidity: function REPAIRER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) REPAIRERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.REPAIRERROLE(&_VehicleRegistry.CallOpts)
}

// REPAIRERROLE is a free data retrieval call binding the contract method 0xbe651316.
//
// Solidity: function REPAIRER_ROLE() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) REPAIRERROLE() ([32]byte, error) {
	return _VehicleRegistry.Contract.REPAIRERROLE(&_VehicleRegistry.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_VehicleRegistry *VehicleRegistryCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_VehicleRegistry *VehicleRegistrySession) UPGRADEINTERFACEVERSION() (string, error) {
	return _VehicleRegistry.Contract.UPGRADEINTERFACEVERSION(&_VehicleRegistry.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_VehicleRegistry *VehicleRegistryCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _VehicleRegistry.Contract.UPGRADEINTERFACEVERSION(&_VehicleRegistry.CallOpts)
}

// BatteryPack is a free data retrieval call binding the contract method 0xee39e52a.
//
// Solidity: function batteryPack(bytes32 id) view returns(((uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16),uint8,uint16,uint64,bytes32,address,uint8,uint32,uint32,uint32))
func (_VehicleRegistry *VehicleRegistryCaller) BatteryPack(opts *bind.CallOpts, id [32]byte) (VehicleRegistryBattery, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "batteryPack", id)

	if err != nil {
		return *new(VehicleRegistryBattery), err
	}

	out0 := *abi.ConvertType(out[0], new(VehicleRegistryBattery)).(*VehicleRegistryBattery)

	return out0, err

}

// BatteryPack is a free data retrieval call binding the contract method 0xee39e52a.
//
// Solidity: function batteryPack(bytes32 id) view returns(((uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16),uint8,uint16,uint64,bytes32,address,uint8,uint32,uint32,uint32))
func (_VehicleRegistry *VehicleRegistrySession) BatteryPack(id [32]byte) (VehicleRegistryBattery, error) {
	return _VehicleRegistry.Contract.BatteryPack(&_VehicleRegistry.CallOpts, id)
}

// BatteryPack is a free data retrieval call binding the contract method 0xee39e52a.
//
// Solidity: function batteryPack(bytes32 id) view returns(((uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16),uint8,uint16,uint64,bytes32,address,uint8,uint32,uint32,uint32))
func (_VehicleRegistry *VehicleRegistryCallerSession) BatteryPack(id [32]byte) (VehicleRegistryBattery, error) {
	return _VehicleRegistry.Contract.BatteryPack(&_VehicleRegistry.CallOpts, id)
}

// DeployedBlock is a free data retrieval call binding the contract method 0x82ea7bfe.
//
// Solidity: function deployedBlock() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCaller) DeployedBlock(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "deployedBlock")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// DeployedBlock is a free data retrieval call binding the contract method 0x82ea7bfe.
//
// Solidity: function deployedBlock() view returns(uint64)
func (_VehicleRegistry *VehicleRegistrySession) DeployedBlock() (uint64, error) {
	return _VehicleRegistry.Contract.DeployedBlock(&_VehicleRegistry.CallOpts)
}

// DeployedBlock is a free data retrieval call binding the contract method 0x82ea7bfe.
//
// Solidity: function deployedBlock() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCallerSession) DeployedBlock() (uint64, error) {
	return _VehicleRegistry.Contract.DeployedBlock(&_VehicleRegistry.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _VehicleRegistry.Contract.GetRoleAdmin(&_VehicleRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _VehicleRegistry.Contract.GetRoleAdmin(&_VehicleRegistry.CallOpts, role)
}

// GetRoleMember is a free data retrieval call binding the contract method 0x9010d07c.
//
// Solidity: function getRoleMember(bytes32 role, uint256 index) view returns(address)
func (_VehicleRegistry *VehicleRegistryCaller) GetRoleMember(opts *bind.CallOpts, role [32]byte, index *big.Int) (common.Address, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "getRoleMember", role, index)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetRoleMember is a free data retrieval call binding the contract method 0x9010d07c.
//
// Solidity: function getRoleMember(bytes32 role, uint256 index) view returns(address)
func (_VehicleRegistry *VehicleRegistrySession) GetRoleMember(role [32]byte, index *big.Int) (common.Address, error) {
	return _VehicleRegistry.Contract.GetRoleMember(&_VehicleRegistry.CallOpts, role, index)
}

// GetRoleMember is a free data retrieval call binding the contract method 0x9010d07c.
//
// Solidity: function getRoleMember(bytes32 role, uint256 index) view returns(address)
func (_VehicleRegistry *VehicleRegistryCallerSession) GetRoleMember(role [32]byte, index *big.Int) (common.Address, error) {
	return _VehicleRegistry.Contract.GetRoleMember(&_VehicleRegistry.CallOpts, role, index)
}

// GetRoleMemberCount is a free data retrieval call binding the contract method 0xca15c873.
//
// Solidity: function getRoleMemberCount(bytes32 role) view returns(uint256)
func (_VehicleRegistry *VehicleRegistryCaller) GetRoleMemberCount(opts *bind.CallOpts, role [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "getRoleMemberCount", role)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetRoleMemberCount is a free data retrieval call binding the contract method 0xca15c873.
//
// Solidity: function getRoleMemberCount(bytes32 role) view returns(uint256)
func (_VehicleRegistry *VehicleRegistrySession) GetRoleMemberCount(role [32]byte) (*big.Int, error) {
	return _VehicleRegistry.Contract.GetRoleMemberCount(&_VehicleRegistry.CallOpts, role)
}

// GetRoleMemberCount is a free data retrieval call binding the contract method 0xca15c873.
//
// Solidity: function getRoleMemberCount(bytes32 role) view returns(uint256)
func (_VehicleRegistry *VehicleRegistryCallerSession) GetRoleMemberCount(role [32]byte) (*big.Int, error) {
	return _VehicleRegistry.Contract.GetRoleMemberCount(&_VehicleRegistry.CallOpts, role)
}

// GetRoleMembers is a free data retrieval call binding the contract method 0xa3246ad3.
//
// Solidity: function getRoleMembers(bytes32 role) view returns(address[])
func (_VehicleRegistry *VehicleRegistryCaller) GetRoleMembers(opts *bind.CallOpts, role [32]byte) ([]common.Address, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "getRoleMembers", role)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// GetRoleMembers is a free data retrieval call binding the contract method 0xa3246ad3.
//
// Solidity: function getRoleMembers(bytes32 role) view returns(address[])
func (_VehicleRegistry *VehicleRegistrySession) GetRoleMembers(role [32]byte) ([]common.Address, error) {
	return _VehicleRegistry.Contract.GetRoleMembers(&_VehicleRegistry.CallOpts, role)
}

// GetRoleMembers is a free data retrieval call binding the contract method 0xa3246ad3.
//
// Solidity: function getRoleMembers(bytes32 role) view returns(address[])
func (_VehicleRegistry *VehicleRegistryCallerSession) GetRoleMembers(role [32]byte) ([]common.Address, error) {
	return _VehicleRegistry.Contract.GetRoleMembers(&_VehicleRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_VehicleRegistry *VehicleRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _VehicleRegistry.Contract.HasRole(&_VehicleRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _VehicleRegistry.Contract.HasRole(&_VehicleRegistry.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_VehicleRegistry *VehicleRegistrySession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _VehicleRegistry.Contract.IsTrustedForwarder(&_VehicleRegistry.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _VehicleRegistry.Contract.IsTrustedForwarder(&_VehicleRegistry.CallOpts, forwarder)
}

// MaxKmPerDay is a free data retrieval call binding the contract method 0x1f05db84.
//
// Solidity: function maxKmPerDay() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCaller) MaxKmPerDay(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "maxKmPerDay")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxKmPerDay is a free data retrieval call binding the contract method 0x1f05db84.
//
// Solidity: function maxKmPerDay() view returns(uint32)
func (_VehicleRegistry *VehicleRegistrySession) MaxKmPerDay() (uint32, error) {
	return _VehicleRegistry.Contract.MaxKmPerDay(&_VehicleRegistry.CallOpts)
}

// MaxKmPerDay is a free data retrieval call binding the contract method 0x1f05db84.
//
// Solidity: function maxKmPerDay() view returns(uint32)
func (_VehicleRegistry *VehicleRegistryCallerSession) MaxKmPerDay() (uint32, error) {
	return _VehicleRegistry.Contract.MaxKmPerDay(&_VehicleRegistry.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) ProxiableUUID() ([32]byte, error) {
	return _VehicleRegistry.Contract.ProxiableUUID(&_VehicleRegistry.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) ProxiableUUID() ([32]byte, error) {
	return _VehicleRegistry.Contract.ProxiableUUID(&_VehicleRegistry.CallOpts)
}

// Readings is a free data retrieval call binding the contract method 0x10ef8c0b.
//
// Solidity: function readings(bytes32 vin) view returns((uint32,uint64,uint64,bool,bytes11)[])
func (_VehicleRegistry *VehicleRegistryCaller) Readings(opts *bind.CallOpts, vin [32]byte) ([]VehicleRegistryOdometerReading, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "readings", vin)

	if err != nil {
		return *new([]VehicleRegistryOdometerReading), err
	}

	out0 := *abi.ConvertType(out[0], new([]VehicleRegistryOdometerReading)).(*[]VehicleRegistryOdometerReading)

	return out0, err

}

// Readings is a free data retrieval call binding the contract method 0x10ef8c0b.
//
// Solidity: function readings(bytes32 vin) view returns((uint32,uint64,uint64,bool,bytes11)[])
func (_VehicleRegistry *VehicleRegistrySession) Readings(vin [32]byte) ([]VehicleRegistryOdometerReading, error) {
	return _VehicleRegistry.Contract.Readings(&_VehicleRegistry.CallOpts, vin)
}

// Readings is a free data retrieval call binding the contract method 0x10ef8c0b.
//
// Solidity: function readings(bytes32 vin) view returns((uint32,uint64,uint64,bool,bytes11)[])
func (_VehicleRegistry *VehicleRegistryCallerSession) Readings(vin [32]byte) ([]VehicleRegistryOdometerReading, error) {
	return _VehicleRegistry.Contract.Readings(&_VehicleRegistry.CallOpts, vin)
}

// RecordKey is a free data retrieval call binding the contract method 0xf1b7fa33.
//
// Solidity: function recordKey(address recorder, bytes32 id) pure returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) RecordKey(opts *bind.CallOpts, recorder common.Address, id [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "recordKey", recorder, id)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RecordKey is a free data retrieval call binding the contract method 0xf1b7fa33.
//
// Solidity: function recordKey(address recorder, bytes32 id) pure returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) RecordKey(recorder common.Address, id [32]byte) ([32]byte, error) {
	return _VehicleRegistry.Contract.RecordKey(&_VehicleRegistry.CallOpts, recorder, id)
}

// RecordKey is a free data retrieval call binding the contract method 0xf1b7fa33.
//
// Solidity: function recordKey(address recorder, bytes32 id) pure returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) RecordKey(recorder common.Address, id [32]byte) ([32]byte, error) {
	return _VehicleRegistry.Contract.RecordKey(&_VehicleRegistry.CallOpts, recorder, id)
}

// Recorded is a free data retrieval call binding the contract method 0x04f55d86.
//
// Solidity: function recorded(address recorder, bytes32 id) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCaller) Recorded(opts *bind.CallOpts, recorder common.Address, id [32]byte) (bool, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "recorded", recorder, id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Recorded is a free data retrieval call binding the contract method 0x04f55d86.
//
// Solidity: function recorded(address recorder, bytes32 id) view returns(bool)
func (_VehicleRegistry *VehicleRegistrySession) Recorded(recorder common.Address, id [32]byte) (bool, error) {
	return _VehicleRegistry.Contract.Recorded(&_VehicleRegistry.CallOpts, recorder, id)
}

// Recorded is a free data retrieval call binding the contract method 0x04f55d86.
//
// Solidity: function recorded(address recorder, bytes32 id) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCallerSession) Recorded(recorder common.Address, id [32]byte) (bool, error) {
	return _VehicleRegistry.Contract.Recorded(&_VehicleRegistry.CallOpts, recorder, id)
}

// SubsidyPeriod is a free data retrieval call binding the contract method 0x54ed88a4.
//
// Solidity: function subsidyPeriod() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCaller) SubsidyPeriod(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "subsidyPeriod")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SubsidyPeriod is a free data retrieval call binding the contract method 0x54ed88a4.
//
// Solidity: function subsidyPeriod() view returns(uint64)
func (_VehicleRegistry *VehicleRegistrySession) SubsidyPeriod() (uint64, error) {
	return _VehicleRegistry.Contract.SubsidyPeriod(&_VehicleRegistry.CallOpts)
}

// SubsidyPeriod is a free data retrieval call binding the contract method 0x54ed88a4.
//
// Solidity: function subsidyPeriod() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCallerSession) SubsidyPeriod() (uint64, error) {
	return _VehicleRegistry.Contract.SubsidyPeriod(&_VehicleRegistry.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_VehicleRegistry *VehicleRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _VehicleRegistry.Contract.SupportsInterface(&_VehicleRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _VehicleRegistry.Contract.SupportsInterface(&_VehicleRegistry.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_VehicleRegistry *VehicleRegistryCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_VehicleRegistry *VehicleRegistrySession) TrustedForwarder() (common.Address, error) {
	return _VehicleRegistry.Contract.TrustedForwarder(&_VehicleRegistry.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_VehicleRegistry *VehicleRegistryCallerSession) TrustedForwarder() (common.Address, error) {
	return _VehicleRegistry.Contract.TrustedForwarder(&_VehicleRegistry.CallOpts)
}

// Vehicle is a free data retrieval call binding the contract method 0xa8626b52.
//
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,uint64,bytes32,uint64))
func (_VehicleRegistry *VehicleRegistryCaller) Vehicle(opts *bind.CallOpts, vin [32]byte) (VehicleRegistryVehicle, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "vehicle", vin)

	if err != nil {
		return *new(VehicleRegistryVehicle), err
	}

	out0 := *abi.ConvertType(out[0], new(VehicleRegistryVehicle)).(*VehicleRegistryVehicle)

	return out0, err

}

// Vehicle is a free data retrieval call binding the contract method 0xa8626b52.
//
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,uint64,bytes32,uint64))
func (_VehicleRegistry *VehicleRegistrySession) Vehicle(vin [32]byte) (VehicleRegistryVehicle, error) {
	return _VehicleRegistry.Contract.Vehicle(&_VehicleRegistry.CallOpts, vin)
}

// Vehicle is a free data retrieval call binding the contract method 0xa8626b52.
//
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,uint64,bytes32,uint64))
func (_VehicleRegistry *VehicleRegistryCallerSession) Vehicle(vin [32]byte) (VehicleRegistryVehicle, error) {
	return _VehicleRegistry.Contract.Vehicle(&_VehicleRegistry.CallOpts, vin)
}

// VehicleCount is a free data retrieval call binding the contract method 0x99704937.
//
// Solidity: function vehicleCount() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCaller) VehicleCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "vehicleCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// VehicleCount is a free data retrieval call binding the contract method 0x99704937.
//
// Solidity: function vehicleCount() view returns(uint64)
func (_VehicleRegistry *VehicleRegistrySession) VehicleCount() (uint64, error) {
	return _VehicleRegistry.Contract.VehicleCount(&_VehicleRegistry.CallOpts)
}

// VehicleCount is a free data retrieval call binding the contract method 0x99704937.
//
// Solidity: function vehicleCount() view returns(uint64)
func (_VehicleRegistry *VehicleRegistryCallerSession) VehicleCount() (uint64, error) {
	return _VehicleRegistry.Contract.VehicleCount(&_VehicleRegistry.CallOpts)
}

// VinHash is a free data retrieval call binding the contract method 0x02f9ee33.
//
// Solidity: function vinHash(string vin) pure returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCaller) VinHash(opts *bind.CallOpts, vin string) ([32]byte, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "vinHash", vin)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VinHash is a free data retrieval call binding the contract method 0x02f9ee33.
//
// Solidity: function vinHash(string vin) pure returns(bytes32)
func (_VehicleRegistry *VehicleRegistrySession) VinHash(vin string) ([32]byte, error) {
	return _VehicleRegistry.Contract.VinHash(&_VehicleRegistry.CallOpts, vin)
}

// VinHash is a free data retrieval call binding the contract method 0x02f9ee33.
//
// Solidity: function vinHash(string vin) pure returns(bytes32)
func (_VehicleRegistry *VehicleRegistryCallerSession) VinHash(vin string) ([32]byte, error) {
	return _VehicleRegistry.Contract.VinHash(&_VehicleRegistry.CallOpts, vin)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_VehicleRegistry *VehicleRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.GrantRole(&_VehicleRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.GrantRole(&_VehicleRegistry.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0x7879ec31.
//
// Solidity: function initialize(address forwarder, address admin, uint64 period) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "initialize", forwarder, admin, period)
}

// Initialize is a paid mutator transaction binding the contract method 0x7879ec31.
//
// Solidity: function initialize(address forwarder, address admin, uint64 period) returns()
func (_VehicleRegistry *VehicleRegistrySession) Initialize(forwarder common.Address, admin common.Address, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Initialize(&_VehicleRegistry.TransactOpts, forwarder, admin, period)
}

// Initialize is a paid mutator transaction binding the contract method 0x7879ec31.
//
// Solidity: function initialize(address forwarder, address admin, uint64 period) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) Initialize(forwarder common.Address, admin common.Address, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Initialize(&_VehicleRegistry.TransactOpts, forwarder, admin, period)
}

// Record is a paid mutator transaction binding the contract method 0x40801d41.
//
// Solidity: function record((bytes32,bytes32,uint8,uint64,uint32,uint32,bytes32,bytes32) r) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) Record(opts *bind.TransactOpts, r VehicleRegistryRecord) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "record", r)
}

// Record is a paid mutator transaction binding the contract method 0x40801d41.
//
// Solidity: function record((bytes32,bytes32,uint8,uint64,uint32,uint32,bytes32,bytes32) r) returns()
func (_VehicleRegistry *VehicleRegistrySession) Record(r VehicleRegistryRecord) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Record(&_VehicleRegistry.TransactOpts, r)
}

// Record is a paid mutator transaction binding the contract method 0x40801d41.
//
// Solidity: function record((bytes32,bytes32,uint8,uint64,uint32,uint32,bytes32,bytes32) r) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) Record(r VehicleRegistryRecord) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Record(&_VehicleRegistry.TransactOpts, r)
}

// RecordBatch is a paid mutator transaction binding the contract method 0x8b578414.
//
// Solidity: function recordBatch((bytes32,bytes32,uint8,uint64,uint32,uint32,bytes32,bytes32)[] rs) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) RecordBatch(opts *bind.TransactOpts, rs []VehicleRegistryRecord) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "recordBatch", rs)
}

// RecordBatch is a paid mutator transaction binding the contract method 0x8b578414.
//
// Solidity: function recordBatch((bytes32,bytes32,uint8,uint64,uint32,uint32,bytes32,bytes32)[] rs) returns()
func (_VehicleRegistry *VehicleRegistrySession) RecordBatch(rs []VehicleRegistryRecord) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RecordBatch(&_VehicleRegistry.TransactOpts, rs)
}

// RecordBatch is a paid mutator transaction binding the contract method 0x8b578414.
//
// Solidity: function recordBatch((bytes32,bytes32,uint8,uint64,uint32,uint32,bytes32,bytes32)[] rs) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) RecordBatch(rs []VehicleRegistryRecord) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RecordBatch(&_VehicleRegistry.TransactOpts, rs)
}

// Recycle is a paid mutator transaction binding the contract method 0x5d91fd01.
//
// Solidity: function recycle(bytes32 id, bytes32 battery, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) Recycle(opts *bind.TransactOpts, id [32]byte, battery [32]byte, at uint64, lithiumG uint32, nickelG uint32, cobaltG uint32) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "recycle", id, battery, at, lithiumG, nickelG, cobaltG)
}

// Recycle is a paid mutator transaction binding the contract method 0x5d91fd01.
//
// Solidity: function recycle(bytes32 id, bytes32 battery, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG) returns()
func (_VehicleRegistry *VehicleRegistrySession) Recycle(id [32]byte, battery [32]byte, at uint64, lithiumG uint32, nickelG uint32, cobaltG uint32) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Recycle(&_VehicleRegistry.TransactOpts, id, battery, at, lithiumG, nickelG, cobaltG)
}

// Recycle is a paid mutator transaction binding the contract method 0x5d91fd01.
//
// Solidity: function recycle(bytes32 id, bytes32 battery, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) Recycle(id [32]byte, battery [32]byte, at uint64, lithiumG uint32, nickelG uint32, cobaltG uint32) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Recycle(&_VehicleRegistry.TransactOpts, id, battery, at, lithiumG, nickelG, cobaltG)
}

// Register is a paid mutator transaction binding the contract method 0x4ce58430.
//
// Solidity: function register((bytes32,string,uint64,uint8,bool) r) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) Register(opts *bind.TransactOpts, r VehicleRegistryRegistration) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "register", r)
}

// Register is a paid mutator transaction binding the contract method 0x4ce58430.
//
// Solidity: function register((bytes32,string,uint64,uint8,bool) r) returns()
func (_VehicleRegistry *VehicleRegistrySession) Register(r VehicleRegistryRegistration) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Register(&_VehicleRegistry.TransactOpts, r)
}

// Register is a paid mutator transaction binding the contract method 0x4ce58430.
//
// Solidity: function register((bytes32,string,uint64,uint8,bool) r) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) Register(r VehicleRegistryRegistration) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Register(&_VehicleRegistry.TransactOpts, r)
}

// RegisterBatch is a paid mutator transaction binding the contract method 0xa882ecab.
//
// Solidity: function registerBatch((bytes32,string,uint64,uint8,bool)[] rs) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) RegisterBatch(opts *bind.TransactOpts, rs []VehicleRegistryRegistration) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "registerBatch", rs)
}

// RegisterBatch is a paid mutator transaction binding the contract method 0xa882ecab.
//
// Solidity: function registerBatch((bytes32,string,uint64,uint8,bool)[] rs) returns()
func (_VehicleRegistry *VehicleRegistrySession) RegisterBatch(rs []VehicleRegistryRegistration) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RegisterBatch(&_VehicleRegistry.TransactOpts, rs)
}

// RegisterBatch is a paid mutator transaction binding the contract method 0xa882ecab.
//
// Solidity: function registerBatch((bytes32,string,uint64,uint8,bool)[] rs) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) RegisterBatch(rs []VehicleRegistryRegistration) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RegisterBatch(&_VehicleRegistry.TransactOpts, rs)
}

// RegisterBattery is a paid mutator transaction binding the contract method 0x569104eb.
//
// Solidity: function registerBattery(bytes32 id, bytes32 battery, (uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16) p) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) RegisterBattery(opts *bind.TransactOpts, id [32]byte, battery [32]byte, p VehicleRegistryPassport) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "registerBattery", id, battery, p)
}

// RegisterBattery is a paid mutator transaction binding the contract method 0x569104eb.
//
// Solidity: function registerBattery(bytes32 id, bytes32 battery, (uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16) p) returns()
func (_VehicleRegistry *VehicleRegistrySession) RegisterBattery(id [32]byte, battery [32]byte, p VehicleRegistryPassport) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RegisterBattery(&_VehicleRegistry.TransactOpts, id, battery, p)
}

// RegisterBattery is a paid mutator transaction binding the contract method 0x569104eb.
//
// Solidity: function registerBattery(bytes32 id, bytes32 battery, (uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16) p) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) RegisterBattery(id [32]byte, battery [32]byte, p VehicleRegistryPassport) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RegisterBattery(&_VehicleRegistry.TransactOpts, id, battery, p)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_VehicleRegistry *VehicleRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RenounceRole(&_VehicleRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RenounceRole(&_VehicleRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_VehicleRegistry *VehicleRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RevokeRole(&_VehicleRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.RevokeRole(&_VehicleRegistry.TransactOpts, role, account)
}

// SecondLife is a paid mutator transaction binding the contract method 0x995c97d3.
//
// Solidity: function secondLife(bytes32 id, bytes32 battery, uint64 at, uint8 use, address operator) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) SecondLife(opts *bind.TransactOpts, id [32]byte, battery [32]byte, at uint64, use uint8, operator common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "secondLife", id, battery, at, use, operator)
}

// SecondLife is a paid mutator transaction binding the contract method 0x995c97d3.
//
// Solidity: function secondLife(bytes32 id, bytes32 battery, uint64 at, uint8 use, address operator) returns()
func (_VehicleRegistry *VehicleRegistrySession) SecondLife(id [32]byte, battery [32]byte, at uint64, use uint8, operator common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SecondLife(&_VehicleRegistry.TransactOpts, id, battery, at, use, operator)
}

// SecondLife is a paid mutator transaction binding the contract method 0x995c97d3.
//
// Solidity: function secondLife(bytes32 id, bytes32 battery, uint64 at, uint8 use, address operator) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) SecondLife(id [32]byte, battery [32]byte, at uint64, use uint8, operator common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SecondLife(&_VehicleRegistry.TransactOpts, id, battery, at, use, operator)
}

// SetMaxKmPerDay is a paid mutator transaction binding the contract method 0x76c15d8e.
//
// Solidity: function setMaxKmPerDay(uint32 kmPerDay) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) SetMaxKmPerDay(opts *bind.TransactOpts, kmPerDay uint32) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "setMaxKmPerDay", kmPerDay)
}

// SetMaxKmPerDay is a paid mutator transaction binding the contract method 0x76c15d8e.
//
// Solidity: function setMaxKmPerDay(uint32 kmPerDay) returns()
func (_VehicleRegistry *VehicleRegistrySession) SetMaxKmPerDay(kmPerDay uint32) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SetMaxKmPerDay(&_VehicleRegistry.TransactOpts, kmPerDay)
}

// SetMaxKmPerDay is a paid mutator transaction binding the contract method 0x76c15d8e.
//
// Solidity: function setMaxKmPerDay(uint32 kmPerDay) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) SetMaxKmPerDay(kmPerDay uint32) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SetMaxKmPerDay(&_VehicleRegistry.TransactOpts, kmPerDay)
}

// SetSubsidyPeriod is a paid mutator transaction binding the contract method 0xf345cc5b.
//
// Solidity: function setSubsidyPeriod(uint64 period) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) SetSubsidyPeriod(opts *bind.TransactOpts, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "setSubsidyPeriod", period)
}

// SetSubsidyPeriod is a paid mutator transaction binding the contract method 0xf345cc5b.
//
// Solidity: function setSubsidyPeriod(uint64 period) returns()
func (_VehicleRegistry *VehicleRegistrySession) SetSubsidyPeriod(period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SetSubsidyPeriod(&_VehicleRegistry.TransactOpts, period)
}

// SetSubsidyPeriod is a paid mutator transaction binding the contract method 0xf345cc5b.
//
// Solidity: function setSubsidyPeriod(uint64 period) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) SetSubsidyPeriod(period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SetSubsidyPeriod(&_VehicleRegistry.TransactOpts, period)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_VehicleRegistry *VehicleRegistrySession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SetTrustedForwarder(&_VehicleRegistry.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.SetTrustedForwarder(&_VehicleRegistry.TransactOpts, forwarder)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_VehicleRegistry *VehicleRegistryTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_VehicleRegistry *VehicleRegistrySession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.UpgradeToAndCall(&_VehicleRegistry.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.UpgradeToAndCall(&_VehicleRegistry.TransactOpts, newImplementation, data)
}

// VehicleRegistryBatteryRecycledIterator is returned from FilterBatteryRecycled and is used to iterate over the raw logs and unpacked data for BatteryRecycled events raised by the VehicleRegistry contract.
type VehicleRegistryBatteryRecycledIterator struct {
	Event *VehicleRegistryBatteryRecycled // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryBatteryRecycledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryBatteryRecycled)
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
		it.Event = new(VehicleRegistryBatteryRecycled)
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
func (it *VehicleRegistryBatteryRecycledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryBatteryRecycledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryBatteryRecycled represents a BatteryRecycled event raised by the VehicleRegistry contract.
type VehicleRegistryBatteryRecycled struct {
	Battery  [32]byte
	Id       [32]byte
	Recorder common.Address
	At       uint64
	LithiumG uint32
	NickelG  uint32
	CobaltG  uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterBatteryRecycled is a free log retrieval operation binding the contract event 0xd33fc0f4cd41b7ae04788bed356a1d4427fc939f93d12036838d623c376f24bd.
//
// Solidity: event BatteryRecycled(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterBatteryRecycled(opts *bind.FilterOpts, battery [][32]byte, id [][32]byte) (*VehicleRegistryBatteryRecycledIterator, error) {

	var batteryRule []interface{}
	for _, batteryItem := range battery {
		batteryRule = append(batteryRule, batteryItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "BatteryRecycled", batteryRule, idRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryBatteryRecycledIterator{contract: _VehicleRegistry.contract, event: "BatteryRecycled", logs: logs, sub: sub}, nil
}

// WatchBatteryRecycled is a free log subscription operation binding the contract event 0xd33fc0f4cd41b7ae04788bed356a1d4427fc939f93d12036838d623c376f24bd.
//
// Solidity: event BatteryRecycled(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchBatteryRecycled(opts *bind.WatchOpts, sink chan<- *VehicleRegistryBatteryRecycled, battery [][32]byte, id [][32]byte) (event.Subscription, error) {

	var batteryRule []interface{}
	for _, batteryItem := range battery {
		batteryRule = append(batteryRule, batteryItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "BatteryRecycled", batteryRule, idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryBatteryRecycled)
				if err := _VehicleRegistry.contract.UnpackLog(event, "BatteryRecycled", log); err != nil {
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

// ParseBatteryRecycled is a log parse operation binding the contract event 0xd33fc0f4cd41b7ae04788bed356a1d4427fc939f93d12036838d623c376f24bd.
//
// Solidity: event BatteryRecycled(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseBatteryRecycled(log types.Log) (*VehicleRegistryBatteryRecycled, error) {
	event := new(VehicleRegistryBatteryRecycled)
	if err := _VehicleRegistry.contract.UnpackLog(event, "BatteryRecycled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryBatteryRegisteredIterator is returned from FilterBatteryRegistered and is used to iterate over the raw logs and unpacked data for BatteryRegistered events raised by the VehicleRegistry contract.
type VehicleRegistryBatteryRegisteredIterator struct {
	Event *VehicleRegistryBatteryRegistered // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryBatteryRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryBatteryRegistered)
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
		it.Event = new(VehicleRegistryBatteryRegistered)
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
func (it *VehicleRegistryBatteryRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryBatteryRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryBatteryRegistered represents a BatteryRegistered event raised by the VehicleRegistry contract.
type VehicleRegistryBatteryRegistered struct {
	Battery  [32]byte
	Id       [32]byte
	Recorder common.Address
	Passport VehicleRegistryPassport
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterBatteryRegistered is a free log retrieval operation binding the contract event 0x10cd38bb813a05d5373c8035bdb23aa2e24b992c11956c19194c41d299ab577f.
//
// Solidity: event BatteryRegistered(bytes32 indexed battery, bytes32 indexed id, address recorder, (uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16) passport)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterBatteryRegistered(opts *bind.FilterOpts, battery [][32]byte, id [][32]byte) (*VehicleRegistryBatteryRegisteredIterator, error) {

	var batteryRule []interface{}
	for _, batteryItem := range battery {
		batteryRule = append(batteryRule, batteryItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "BatteryRegistered", batteryRule, idRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryBatteryRegisteredIterator{contract: _VehicleRegistry.contract, event: "BatteryRegistered", logs: logs, sub: sub}, nil
}

// WatchBatteryRegistered is a free log subscription operation binding the contract event 0x10cd38bb813a05d5373c8035bdb23aa2e24b992c11956c19194c41d299ab577f.
//
// Solidity: event BatteryRegistered(bytes32 indexed battery, bytes32 indexed id, address recorder, (uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16) passport)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchBatteryRegistered(opts *bind.WatchOpts, sink chan<- *VehicleRegistryBatteryRegistered, battery [][32]byte, id [][32]byte) (event.Subscription, error) {

	var batteryRule []interface{}
	for _, batteryItem := range battery {
		batteryRule = append(batteryRule, batteryItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "BatteryRegistered", batteryRule, idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryBatteryRegistered)
				if err := _VehicleRegistry.contract.UnpackLog(event, "BatteryRegistered", log); err != nil {
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

// ParseBatteryRegistered is a log parse operation binding the contract event 0x10cd38bb813a05d5373c8035bdb23aa2e24b992c11956c19194c41d299ab577f.
//
// Solidity: event BatteryRegistered(bytes32 indexed battery, bytes32 indexed id, address recorder, (uint32,uint8,uint32,uint64,uint8,uint16,uint16,uint16) passport)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseBatteryRegistered(log types.Log) (*VehicleRegistryBatteryRegistered, error) {
	event := new(VehicleRegistryBatteryRegistered)
	if err := _VehicleRegistry.contract.UnpackLog(event, "BatteryRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryBatterySecondLifeIterator is returned from FilterBatterySecondLife and is used to iterate over the raw logs and unpacked data for BatterySecondLife events raised by the VehicleRegistry contract.
type VehicleRegistryBatterySecondLifeIterator struct {
	Event *VehicleRegistryBatterySecondLife // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryBatterySecondLifeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryBatterySecondLife)
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
		it.Event = new(VehicleRegistryBatterySecondLife)
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
func (it *VehicleRegistryBatterySecondLifeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryBatterySecondLifeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryBatterySecondLife represents a BatterySecondLife event raised by the VehicleRegistry contract.
type VehicleRegistryBatterySecondLife struct {
	Battery  [32]byte
	Id       [32]byte
	Recorder common.Address
	At       uint64
	Use      uint8
	Operator common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterBatterySecondLife is a free log retrieval operation binding the contract event 0x729e4d9f78e09bf8aa9dfbeee0dfe72bcfb54a83bdb4eb7d56dd99640a37fee9.
//
// Solidity: event BatterySecondLife(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint8 use, address operator)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterBatterySecondLife(opts *bind.FilterOpts, battery [][32]byte, id [][32]byte) (*VehicleRegistryBatterySecondLifeIterator, error) {

	var batteryRule []interface{}
	for _, batteryItem := range battery {
		batteryRule = append(batteryRule, batteryItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "BatterySecondLife", batteryRule, idRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryBatterySecondLifeIterator{contract: _VehicleRegistry.contract, event: "BatterySecondLife", logs: logs, sub: sub}, nil
}

// WatchBatterySecondLife is a free log subscription operation binding the contract event 0x729e4d9f78e09bf8aa9dfbeee0dfe72bcfb54a83bdb4eb7d56dd99640a37fee9.
//
// Solidity: event BatterySecondLife(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint8 use, address operator)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchBatterySecondLife(opts *bind.WatchOpts, sink chan<- *VehicleRegistryBatterySecondLife, battery [][32]byte, id [][32]byte) (event.Subscription, error) {

	var batteryRule []interface{}
	for _, batteryItem := range battery {
		batteryRule = append(batteryRule, batteryItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "BatterySecondLife", batteryRule, idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryBatterySecondLife)
				if err := _VehicleRegistry.contract.UnpackLog(event, "BatterySecondLife", log); err != nil {
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

// ParseBatterySecondLife is a log parse operation binding the contract event 0x729e4d9f78e09bf8aa9dfbeee0dfe72bcfb54a83bdb4eb7d56dd99640a37fee9.
//
// Solidity: event BatterySecondLife(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint8 use, address operator)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseBatterySecondLife(log types.Log) (*VehicleRegistryBatterySecondLife, error) {
	event := new(VehicleRegistryBatterySecondLife)
	if err := _VehicleRegistry.contract.UnpackLog(event, "BatterySecondLife", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the VehicleRegistry contract.
type VehicleRegistryInitializedIterator struct {
	Event *VehicleRegistryInitialized // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryInitialized)
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
		it.Event = new(VehicleRegistryInitialized)
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
func (it *VehicleRegistryInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryInitialized represents a Initialized event raised by the VehicleRegistry contract.
type VehicleRegistryInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterInitialized(opts *bind.FilterOpts) (*VehicleRegistryInitializedIterator, error) {

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryInitializedIterator{contract: _VehicleRegistry.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *VehicleRegistryInitialized) (event.Subscription, error) {

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryInitialized)
				if err := _VehicleRegistry.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_VehicleRegistry *VehicleRegistryFilterer) ParseInitialized(log types.Log) (*VehicleRegistryInitialized, error) {
	event := new(VehicleRegistryInitialized)
	if err := _VehicleRegistry.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryMaxKmPerDaySetIterator is returned from FilterMaxKmPerDaySet and is used to iterate over the raw logs and unpacked data for MaxKmPerDaySet events raised by the VehicleRegistry contract.
type VehicleRegistryMaxKmPerDaySetIterator struct {
	Event *VehicleRegistryMaxKmPerDaySet // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryMaxKmPerDaySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryMaxKmPerDaySet)
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
		it.Event = new(VehicleRegistryMaxKmPerDaySet)
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
func (it *VehicleRegistryMaxKmPerDaySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryMaxKmPerDaySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryMaxKmPerDaySet represents a MaxKmPerDaySet event raised by the VehicleRegistry contract.
type VehicleRegistryMaxKmPerDaySet struct {
	KmPerDay uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMaxKmPerDaySet is a free log retrieval operation binding the contract event 0xec912b26e3c351c7bdec54c3ef974c6d37da491ff7a77b964c030484e9723a0f.
//
// Solidity: event MaxKmPerDaySet(uint32 kmPerDay)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterMaxKmPerDaySet(opts *bind.FilterOpts) (*VehicleRegistryMaxKmPerDaySetIterator, error) {

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "MaxKmPerDaySet")
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryMaxKmPerDaySetIterator{contract: _VehicleRegistry.contract, event: "MaxKmPerDaySet", logs: logs, sub: sub}, nil
}

// WatchMaxKmPerDaySet is a free log subscription operation binding the contract event 0xec912b26e3c351c7bdec54c3ef974c6d37da491ff7a77b964c030484e9723a0f.
//
// Solidity: event MaxKmPerDaySet(uint32 kmPerDay)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchMaxKmPerDaySet(opts *bind.WatchOpts, sink chan<- *VehicleRegistryMaxKmPerDaySet) (event.Subscription, error) {

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "MaxKmPerDaySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryMaxKmPerDaySet)
				if err := _VehicleRegistry.contract.UnpackLog(event, "MaxKmPerDaySet", log); err != nil {
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

// ParseMaxKmPerDaySet is a log parse operation binding the contract event 0xec912b26e3c351c7bdec54c3ef974c6d37da491ff7a77b964c030484e9723a0f.
//
// Solidity: event MaxKmPerDaySet(uint32 kmPerDay)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseMaxKmPerDaySet(log types.Log) (*VehicleRegistryMaxKmPerDaySet, error) {
	event := new(VehicleRegistryMaxKmPerDaySet)
	if err := _VehicleRegistry.contract.UnpackLog(event, "MaxKmPerDaySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryReadingVoidedIterator is returned from FilterReadingVoided and is used to iterate over the raw logs and unpacked data for ReadingVoided events raised by the VehicleRegistry contract.
type VehicleRegistryReadingVoidedIterator struct {
	Event *VehicleRegistryReadingVoided // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryReadingVoidedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryReadingVoided)
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
		it.Event = new(VehicleRegistryReadingVoided)
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
func (it *VehicleRegistryReadingVoidedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryReadingVoidedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryReadingVoided represents a ReadingVoided event raised by the VehicleRegistry contract.
type VehicleRegistryReadingVoided struct {
	Vin      [32]byte
	Recorder common.Address
	Id       [32]byte
	VoidedBy common.Address
	By       [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReadingVoided is a free log retrieval operation binding the contract event 0x9a671c43e9b0456bd387c6c0ee22ea8b218ce929377f5920d587ec4c0ee2095e.
//
// Solidity: event ReadingVoided(bytes32 indexed vin, address recorder, bytes32 id, address voidedBy, bytes32 by)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterReadingVoided(opts *bind.FilterOpts, vin [][32]byte) (*VehicleRegistryReadingVoidedIterator, error) {

	var vinRule []interface{}
	for _, vinItem := range vin {
		vinRule = append(vinRule, vinItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "ReadingVoided", vinRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryReadingVoidedIterator{contract: _VehicleRegistry.contract, event: "ReadingVoided", logs: logs, sub: sub}, nil
}

// WatchReadingVoided is a free log subscription operation binding the contract event 0x9a671c43e9b0456bd387c6c0ee22ea8b218ce929377f5920d587ec4c0ee2095e.
//
// Solidity: event ReadingVoided(bytes32 indexed vin, address recorder, bytes32 id, address voidedBy, bytes32 by)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchReadingVoided(opts *bind.WatchOpts, sink chan<- *VehicleRegistryReadingVoided, vin [][32]byte) (event.Subscription, error) {

	var vinRule []interface{}
	for _, vinItem := range vin {
		vinRule = append(vinRule, vinItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "ReadingVoided", vinRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryReadingVoided)
				if err := _VehicleRegistry.contract.UnpackLog(event, "ReadingVoided", log); err != nil {
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

// ParseReadingVoided is a log parse operation binding the contract event 0x9a671c43e9b0456bd387c6c0ee22ea8b218ce929377f5920d587ec4c0ee2095e.
//
// Solidity: event ReadingVoided(bytes32 indexed vin, address recorder, bytes32 id, address voidedBy, bytes32 by)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseReadingVoided(log types.Log) (*VehicleRegistryReadingVoided, error) {
	event := new(VehicleRegistryReadingVoided)
	if err := _VehicleRegistry.contract.UnpackLog(event, "ReadingVoided", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryRecordSkippedIterator is returned from FilterRecordSkipped and is used to iterate over the raw logs and unpacked data for RecordSkipped events raised by the VehicleRegistry contract.
type VehicleRegistryRecordSkippedIterator struct {
	Event *VehicleRegistryRecordSkipped // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryRecordSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryRecordSkipped)
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
		it.Event = new(VehicleRegistryRecordSkipped)
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
func (it *VehicleRegistryRecordSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryRecordSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryRecordSkipped represents a RecordSkipped event raised by the VehicleRegistry contract.
type VehicleRegistryRecordSkipped struct {
	Id       [32]byte
	Recorder common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRecordSkipped is a free log retrieval operation binding the contract event 0x5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b5.
//
// Solidity: event RecordSkipped(bytes32 indexed id, address indexed recorder)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterRecordSkipped(opts *bind.FilterOpts, id [][32]byte, recorder []common.Address) (*VehicleRegistryRecordSkippedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var recorderRule []interface{}
	for _, recorderItem := range recorder {
		recorderRule = append(recorderRule, recorderItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "RecordSkipped", idRule, recorderRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryRecordSkippedIterator{contract: _VehicleRegistry.contract, event: "RecordSkipped", logs: logs, sub: sub}, nil
}

// WatchRecordSkipped is a free log subscription operation binding the contract event 0x5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b5.
//
// Solidity: event RecordSkipped(bytes32 indexed id, address indexed recorder)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchRecordSkipped(opts *bind.WatchOpts, sink chan<- *VehicleRegistryRecordSkipped, id [][32]byte, recorder []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var recorderRule []interface{}
	for _, recorderItem := range recorder {
		recorderRule = append(recorderRule, recorderItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "RecordSkipped", idRule, recorderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryRecordSkipped)
				if err := _VehicleRegistry.contract.UnpackLog(event, "RecordSkipped", log); err != nil {
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

// ParseRecordSkipped is a log parse operation binding the contract event 0x5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b5.
//
// Solidity: event RecordSkipped(bytes32 indexed id, address indexed recorder)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseRecordSkipped(log types.Log) (*VehicleRegistryRecordSkipped, error) {
	event := new(VehicleRegistryRecordSkipped)
	if err := _VehicleRegistry.contract.UnpackLog(event, "RecordSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryRecordedIterator is returned from FilterRecorded and is used to iterate over the raw logs and unpacked data for Recorded events raised by the VehicleRegistry contract.
type VehicleRegistryRecordedIterator struct {
	Event *VehicleRegistryRecorded // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryRecorded)
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
		it.Event = new(VehicleRegistryRecorded)
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
func (it *VehicleRegistryRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryRecorded represents a Recorded event raised by the VehicleRegistry contract.
type VehicleRegistryRecorded struct {
	Vin      [32]byte
	Id       [32]byte
	Kind     uint8
	Recorder common.Address
	At       uint64
	Odometer uint32
	Code     uint32
	Ref      [32]byte
	Corrects [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRecorded is a free log retrieval operation binding the contract event 0x2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db9.
//
// Solidity: event Recorded(bytes32 indexed vin, bytes32 indexed id, uint8 indexed kind, address recorder, uint64 at, uint32 odometer, uint32 code, bytes32 ref, bytes32 corrects)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterRecorded(opts *bind.FilterOpts, vin [][32]byte, id [][32]byte, kind []uint8) (*VehicleRegistryRecordedIterator, error) {

	var vinRule []interface{}
	for _, vinItem := range vin {
		vinRule = append(vinRule, vinItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var kindRule []interface{}
	for _, kindItem := range kind {
		kindRule = append(kindRule, kindItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "Recorded", vinRule, idRule, kindRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryRecordedIterator{contract: _VehicleRegistry.contract, event: "Recorded", logs: logs, sub: sub}, nil
}

// WatchRecorded is a free log subscription operation binding the contract event 0x2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db9.
//
// Solidity: event Recorded(bytes32 indexed vin, bytes32 indexed id, uint8 indexed kind, address recorder, uint64 at, uint32 odometer, uint32 code, bytes32 ref, bytes32 corrects)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchRecorded(opts *bind.WatchOpts, sink chan<- *VehicleRegistryRecorded, vin [][32]byte, id [][32]byte, kind []uint8) (event.Subscription, error) {

	var vinRule []interface{}
	for _, vinItem := range vin {
		vinRule = append(vinRule, vinItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var kindRule []interface{}
	for _, kindItem := range kind {
		kindRule = append(kindRule, kindItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "Recorded", vinRule, idRule, kindRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryRecorded)
				if err := _VehicleRegistry.contract.UnpackLog(event, "Recorded", log); err != nil {
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

// ParseRecorded is a log parse operation binding the contract event 0x2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db9.
//
// Solidity: event Recorded(bytes32 indexed vin, bytes32 indexed id, uint8 indexed kind, address recorder, uint64 at, uint32 odometer, uint32 code, bytes32 ref, bytes32 corrects)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseRecorded(log types.Log) (*VehicleRegistryRecorded, error) {
	event := new(VehicleRegistryRecorded)
	if err := _VehicleRegistry.contract.UnpackLog(event, "Recorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryRegisteredIterator is returned from FilterRegistered and is used to iterate over the raw logs and unpacked data for Registered events raised by the VehicleRegistry contract.
type VehicleRegistryRegisteredIterator struct {
	Event *VehicleRegistryRegistered // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryRegistered)
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
		it.Event = new(VehicleRegistryRegistered)
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
func (it *VehicleRegistryRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryRegistered represents a Registered event raised by the VehicleRegistry contract.
type VehicleRegistryRegistered struct {
	Vin        [32]byte
	Id         [32]byte
	VinText    string
	Recorder   common.Address
	At         uint64
	OwnerKind  uint8
	Subsidized bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterRegistered is a free log retrieval operation binding the contract event 0xb951bc771c0523bfa2943d275cda0eec368e4842143ad157b7339c13c084ba1a.
//
// Solidity: event Registered(bytes32 indexed vin, bytes32 indexed id, string vinText, address recorder, uint64 at, uint8 ownerKind, bool subsidized)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterRegistered(opts *bind.FilterOpts, vin [][32]byte, id [][32]byte) (*VehicleRegistryRegisteredIterator, error) {

	var vinRule []interface{}
	for _, vinItem := range vin {
		vinRule = append(vinRule, vinItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "Registered", vinRule, idRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryRegisteredIterator{contract: _VehicleRegistry.contract, event: "Registered", logs: logs, sub: sub}, nil
}

// WatchRegistered is a free log subscription operation binding the contract event 0xb951bc771c0523bfa2943d275cda0eec368e4842143ad157b7339c13c084ba1a.
//
// Solidity: event Registered(bytes32 indexed vin, bytes32 indexed id, string vinText, address recorder, uint64 at, uint8 ownerKind, bool subsidized)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchRegistered(opts *bind.WatchOpts, sink chan<- *VehicleRegistryRegistered, vin [][32]byte, id [][32]byte) (event.Subscription, error) {

	var vinRule []interface{}
	for _, vinItem := range vin {
		vinRule = append(vinRule, vinItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "Registered", vinRule, idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryRegistered)
				if err := _VehicleRegistry.contract.UnpackLog(event, "Registered", log); err != nil {
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

// ParseRegistered is a log parse operation binding the contract event 0xb951bc771c0523bfa2943d275cda0eec368e4842143ad157b7339c13c084ba1a.
//
// Solidity: event Registered(bytes32 indexed vin, bytes32 indexed id, string vinText, address recorder, uint64 at, uint8 ownerKind, bool subsidized)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseRegistered(log types.Log) (*VehicleRegistryRegistered, error) {
	event := new(VehicleRegistryRegistered)
	if err := _VehicleRegistry.contract.UnpackLog(event, "Registered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the VehicleRegistry contract.
type VehicleRegistryRoleAdminChangedIterator struct {
	Event *VehicleRegistryRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryRoleAdminChanged)
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
		it.Event = new(VehicleRegistryRoleAdminChanged)
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
func (it *VehicleRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the VehicleRegistry contract.
type VehicleRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*VehicleRegistryRoleAdminChangedIterator, error) {

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

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryRoleAdminChangedIterator{contract: _VehicleRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *VehicleRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryRoleAdminChanged)
				if err := _VehicleRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_VehicleRegistry *VehicleRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*VehicleRegistryRoleAdminChanged, error) {
	event := new(VehicleRegistryRoleAdminChanged)
	if err := _VehicleRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the VehicleRegistry contract.
type VehicleRegistryRoleGrantedIterator struct {
	Event *VehicleRegistryRoleGranted // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryRoleGranted)
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
		it.Event = new(VehicleRegistryRoleGranted)
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
func (it *VehicleRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryRoleGranted represents a RoleGranted event raised by the VehicleRegistry contract.
type VehicleRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*VehicleRegistryRoleGrantedIterator, error) {

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

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryRoleGrantedIterator{contract: _VehicleRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *VehicleRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryRoleGranted)
				if err := _VehicleRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_VehicleRegistry *VehicleRegistryFilterer) ParseRoleGranted(log types.Log) (*VehicleRegistryRoleGranted, error) {
	event := new(VehicleRegistryRoleGranted)
	if err := _VehicleRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the VehicleRegistry contract.
type VehicleRegistryRoleRevokedIterator struct {
	Event *VehicleRegistryRoleRevoked // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryRoleRevoked)
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
		it.Event = new(VehicleRegistryRoleRevoked)
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
func (it *VehicleRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryRoleRevoked represents a RoleRevoked event raised by the VehicleRegistry contract.
type VehicleRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*VehicleRegistryRoleRevokedIterator, error) {

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

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryRoleRevokedIterator{contract: _VehicleRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *VehicleRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryRoleRevoked)
				if err := _VehicleRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_VehicleRegistry *VehicleRegistryFilterer) ParseRoleRevoked(log types.Log) (*VehicleRegistryRoleRevoked, error) {
	event := new(VehicleRegistryRoleRevoked)
	if err := _VehicleRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistrySubsidyPeriodSetIterator is returned from FilterSubsidyPeriodSet and is used to iterate over the raw logs and unpacked data for SubsidyPeriodSet events raised by the VehicleRegistry contract.
type VehicleRegistrySubsidyPeriodSetIterator struct {
	Event *VehicleRegistrySubsidyPeriodSet // Event containing the contract specifics and raw log

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
func (it *VehicleRegistrySubsidyPeriodSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistrySubsidyPeriodSet)
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
		it.Event = new(VehicleRegistrySubsidyPeriodSet)
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
func (it *VehicleRegistrySubsidyPeriodSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistrySubsidyPeriodSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistrySubsidyPeriodSet represents a SubsidyPeriodSet event raised by the VehicleRegistry contract.
type VehicleRegistrySubsidyPeriodSet struct {
	Period uint64
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSubsidyPeriodSet is a free log retrieval operation binding the contract event 0xfc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a61900808.
//
// Solidity: event SubsidyPeriodSet(uint64 period)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterSubsidyPeriodSet(opts *bind.FilterOpts) (*VehicleRegistrySubsidyPeriodSetIterator, error) {

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "SubsidyPeriodSet")
	if err != nil {
		return nil, err
	}
	return &VehicleRegistrySubsidyPeriodSetIterator{contract: _VehicleRegistry.contract, event: "SubsidyPeriodSet", logs: logs, sub: sub}, nil
}

// WatchSubsidyPeriodSet is a free log subscription operation binding the contract event 0xfc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a61900808.
//
// Solidity: event SubsidyPeriodSet(uint64 period)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchSubsidyPeriodSet(opts *bind.WatchOpts, sink chan<- *VehicleRegistrySubsidyPeriodSet) (event.Subscription, error) {

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "SubsidyPeriodSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistrySubsidyPeriodSet)
				if err := _VehicleRegistry.contract.UnpackLog(event, "SubsidyPeriodSet", log); err != nil {
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

// ParseSubsidyPeriodSet is a log parse operation binding the contract event 0xfc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a61900808.
//
// Solidity: event SubsidyPeriodSet(uint64 period)
func (_VehicleRegistry *VehicleRegistryFilterer) ParseSubsidyPeriodSet(log types.Log) (*VehicleRegistrySubsidyPeriodSet, error) {
	event := new(VehicleRegistrySubsidyPeriodSet)
	if err := _VehicleRegistry.contract.UnpackLog(event, "SubsidyPeriodSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the VehicleRegistry contract.
type VehicleRegistryTrustedForwarderSetIterator struct {
	Event *VehicleRegistryTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryTrustedForwarderSet)
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
		it.Event = new(VehicleRegistryTrustedForwarderSet)
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
func (it *VehicleRegistryTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryTrustedForwarderSet represents a TrustedForwarderSet event raised by the VehicleRegistry contract.
type VehicleRegistryTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*VehicleRegistryTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryTrustedForwarderSetIterator{contract: _VehicleRegistry.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *VehicleRegistryTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryTrustedForwarderSet)
				if err := _VehicleRegistry.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_VehicleRegistry *VehicleRegistryFilterer) ParseTrustedForwarderSet(log types.Log) (*VehicleRegistryTrustedForwarderSet, error) {
	event := new(VehicleRegistryTrustedForwarderSet)
	if err := _VehicleRegistry.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VehicleRegistryUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the VehicleRegistry contract.
type VehicleRegistryUpgradedIterator struct {
	Event *VehicleRegistryUpgraded // Event containing the contract specifics and raw log

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
func (it *VehicleRegistryUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VehicleRegistryUpgraded)
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
		it.Event = new(VehicleRegistryUpgraded)
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
func (it *VehicleRegistryUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VehicleRegistryUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VehicleRegistryUpgraded represents a Upgraded event raised by the VehicleRegistry contract.
type VehicleRegistryUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_VehicleRegistry *VehicleRegistryFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*VehicleRegistryUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _VehicleRegistry.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &VehicleRegistryUpgradedIterator{contract: _VehicleRegistry.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_VehicleRegistry *VehicleRegistryFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *VehicleRegistryUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _VehicleRegistry.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VehicleRegistryUpgraded)
				if err := _VehicleRegistry.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_VehicleRegistry *VehicleRegistryFilterer) ParseUpgraded(log types.Log) (*VehicleRegistryUpgraded, error) {
	event := new(VehicleRegistryUpgraded)
	if err := _VehicleRegistry.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
