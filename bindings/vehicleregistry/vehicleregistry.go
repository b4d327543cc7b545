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
}

// VehicleRegistryMetaData contains all meta data concerning the VehicleRegistry contract.
var VehicleRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryAlreadyRecycled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"field\",\"type\":\"uint8\"}],\"name\":\"BatteryBadPassport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryInSecondLife\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"BatteryInstalledElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"BatteryNotInstalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"}],\"name\":\"VehicleBadCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"name\":\"VehicleBadCorrection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"VehicleBadDate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"VehicleDuplicateRecord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VehicleEmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"VehicleHasBattery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"}],\"name\":\"VehicleMalformedVin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleNoOdometer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleNoReference\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleScrapped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleUnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"name\":\"VehicleWrongRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VehicleZeroRecordId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"name\":\"BatteryRecycled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"passport\",\"type\":\"tuple\"}],\"name\":\"BatteryRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"BatterySecondLife\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"name\":\"RecordSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"name\":\"Recorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"vinText\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"SubsidyPeriodSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATTERY_INSTALLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_RECYCLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_SECOND_LIFE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_SPARE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_TESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEALER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EV_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_EXPORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_EXPORT_IN_SUBSIDY_PERIOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_FLOOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_ODOMETER_ROLLBACK\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_SCRAPPED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_TOTAL_LOSS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSPECTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ACCIDENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_INSTALL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_REMOVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_TEST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_EXPORT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FLOOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_INSPECTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_LISTING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_RECYCLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_REGISTRATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_REPAIR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_SCRAP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_SECOND_LIFE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TOTAL_LOSS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSFER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CARBON_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHEMISTRY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COST_BAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OWNER_KIND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECYCLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRY_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPAIRER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"batteryPack\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"passport\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"soh\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"testedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"internalType\":\"structVehicleRegistry.Battery\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getRoleMember\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleMemberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Record\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Record[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"recordBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"recorded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"name\":\"recycle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"internalType\":\"structVehicleRegistry.Registration\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"internalType\":\"structVehicleRegistry.Registration[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"registerBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"registerBattery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"secondLife\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"setSubsidyPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subsidyPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"vehicle\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"subsidyFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastReadingAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lastOdometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOdometer\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"owners\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"accidents\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"records\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"registeredBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Vehicle\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vehicleCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"}],\"name\":\"vinHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x60c06040523060a05234801561001457600080fd5b506000608052610022610027565b6100d9565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100775760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d65780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805160a0516147b2610109600039600081816124ee0152818161251701526126460152600050506147b26000f3fe6080604052600436106103fa5760003560e01c80637879ec3111610213578063b153dcbe11610123578063d59e4ba3116100ab578063e44a403c1161007a578063e44a403c14610553578063ee39e52a14610cbe578063f1d5cc1114610ec9578063f345cc5b14610ede578063f701e5291461078a57600080fd5b8063d59e4ba31461078a578063d639979014610c1c578063da74222814610c6a578063e3a3c52214610c8a57600080fd5b8063bf313778116100f2578063bf31377814610b86578063c382cefd14610893578063c4cd48aa14610ba8578063ca15c87314610bdc578063d547741f14610bfc57600080fd5b8063b153dcbe1461074b578063b95ca417146104fc578063be65131614610b30578063bf0cdb2314610b6457600080fd5b806397fbb78e116101a6578063a3246ad311610175578063a3246ad31461090f578063a843c8a91461093c578063a8626b5214610966578063a882ecab14610ad2578063ad3cb1cc14610af257600080fd5b806397fbb78e14610893578063995c97d3146108a857806399704937146108c8578063a217fddf146108fa57600080fd5b80638b578414116101e25780638b5784141461081e5780638d14605d1461083e5780639010d07c1461085357806391d148541461087357600080fd5b80637879ec311461079f5780637da0a877146107bf5780638184e84a1461077557806382ea7bfe146107ec57600080fd5b80634a9ba3d61161030e5780635b763c2a116102a157806360c6d9571161027057806360c6d9571461074b57806363e4b5bb146107605780636faa05f2146104fc57806371a19c1914610775578063754655eb1461078a57600080fd5b80635b763c2a146106ec5780635beba885146107015780635d91fd01146107165780635e5d73941461073657600080fd5b806354ed88a4116102dd57806354ed88a41461066d5780635577a634146104d2578063569104eb146106ac578063572b6c05146106cc57600080fd5b80634a9ba3d6146105f15780634ce58430146106255780634f1ef2861461064557806352d1902d1461065857600080fd5b8063248a9ca31161039157806334d6ff4c1161036057806334d6ff4c1461056857806336568abe1461059c5780633b85ec8e146105bc57806340801d41146105d15780634961018b146104d257600080fd5b8063248a9ca3146105115780632d24c11e146104d25780632f2ff15d14610531578063347f2a851461055357600080fd5b8063056c9989116103cd578063056c99891461049e578063078f3e24146104d2578063088b3db2146104e75780630a48f1bd146104fc57600080fd5b806301c7904e146103ff57806301ffc9a71461042b57806302f9ee331461045b578063030f051114610489575b600080fd5b34801561040b57600080fd5b50610414602081565b60405160ff90911681526020015b60405180910390f35b34801561043757600080fd5b5061044b6104463660046138be565b610efe565b6040519015158152602001610422565b34801561046757600080fd5b5061047b6104763660046138e8565b610f0f565b604051908152602001610422565b34801561049557600080fd5b50610414600781565b3480156104aa57600080fd5b5061047b7feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97281565b3480156104de57600080fd5b50610414600481565b3480156104f357600080fd5b50610414600981565b34801561050857600080fd5b50610414600281565b34801561051d57600080fd5b5061047b61052c36600461395a565b610f31565b34801561053d57600080fd5b5061055161054c36600461398f565b610f53565b005b34801561055f57600080fd5b50610414600881565b34801561057457600080fd5b5061047b7fcf75f067314df4d0527f2a9e12148d8bd7c8a3f7235b2171d24fa195d2c3ecb981565b3480156105a857600080fd5b506105516105b736600461398f565b610f75565b3480156105c857600080fd5b50610414600e81565b3480156105dd57600080fd5b506105516105ec3660046139d4565b610fbd565b3480156105fd57600080fd5b5061047b7fa8c4f09a5d9355e2dc9083a0687cbad64c1ee19df6b8c8b0bde7efca7cc5738581565b34801561063157600080fd5b506105516106403660046139f1565b610fee565b610551610653366004613a41565b611033565b34801561066457600080fd5b5061047b61104e565b34801561067957600080fd5b506000805160206146fd833981519152546001600160401b03165b6040516001600160401b039091168152602001610422565b3480156106b857600080fd5b506105516106c7366004613b08565b61106b565b3480156106d857600080fd5b5061044b6106e7366004613b3f565b611199565b3480156106f857600080fd5b50610414600d81565b34801561070d57600080fd5b50610414601081565b34801561072257600080fd5b50610551610731366004613b97565b6111be565b34801561074257600080fd5b50610414600c81565b34801561075757600080fd5b50610414600681565b34801561076c57600080fd5b50610414600b81565b34801561078157600080fd5b50610414600581565b34801561079657600080fd5b50610414600181565b3480156107ab57600080fd5b506105516107ba366004613c07565b6112ee565b3480156107cb57600080fd5b506107d46114c2565b6040516001600160a01b039091168152602001610422565b3480156107f857600080fd5b506000805160206146fd83398151915254600160801b90046001600160401b0316610694565b34801561082a57600080fd5b50610551610839366004613c4e565b6114f5565b34801561084a57600080fd5b50610414600a81565b34801561085f57600080fd5b506107d461086e366004613cb3565b6115aa565b34801561087f57600080fd5b5061044b61088e36600461398f565b6115d9565b34801561089f57600080fd5b50610414600381565b3480156108b457600080fd5b506105516108c3366004613cef565b611611565b3480156108d457600080fd5b506000805160206146fd83398151915254600160401b90046001600160401b0316610694565b34801561090657600080fd5b5061047b600081565b34801561091b57600080fd5b5061092f61092a36600461395a565b6117a4565b6040516104229190613d4a565b34801561094857600080fd5b50610951600581565b60405163ffffffff9091168152602001610422565b34801561097257600080fd5b50610ac561098136600461395a565b6040805161018081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260008051602061475d8339815191526000928352602090815260409283902083516101808101855281546001600160401b038082168352600160401b8204811694830194909452600160801b810484169582019590955263ffffffff600160c01b860481166060830152600160e01b90950485166080820152600182015461ffff80821660a08401526201000082041660c083015260ff6401000000008204811660e0840152600160281b820416610100830152600160301b8104909516610120820152600160501b909404909116610140840152600201546101608301525090565b6040516104229190613d96565b348015610ade57600080fd5b50610551610aed366004613eac565b6117d6565b348015610afe57600080fd5b50610b23604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516104229190613f35565b348015610b3c57600080fd5b5061047b7fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e781565b348015610b7057600080fd5b5061047b6000805160206146dd83398151915281565b348015610b9257600080fd5b5061047b60008051602061471d83398151915281565b348015610bb457600080fd5b5061047b7ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f19981565b348015610be857600080fd5b5061047b610bf736600461395a565b6118b5565b348015610c0857600080fd5b50610551610c1736600461398f565b6118db565b348015610c2857600080fd5b5061044b610c3736600461395a565b60009081527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f3113016020526040902054151590565b348015610c7657600080fd5b50610551610c85366004613b3f565b6118f7565b348015610c9657600080fd5b5061047b7f273dcf2136c7d8ef632bb8ef13dbca69a8f36fa620c7468671b3153d46a211c081565b348015610cca57600080fd5b50610ebc610cd936600461395a565b604080516102408101825260006101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e0830182905261020083018290526102208301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060009081527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f3113026020908152604091829020825161024081018452815463ffffffff808216610140840190815260ff64010000000084048116610160860152600160281b840483166101808601526001600160401b036901000000000000000000850481166101a0870152600160881b850482166101c087015261ffff600160901b860481166101e0880152600160a01b8087048216610200890152600160b01b909604811661022088015292865260018701548083169887019890985261010080890490931698860198909852630100000090960490961660608401526002840154608084015260038401546001600160a01b03811660a085015291820490941660c0830152600160a81b8104841660e0830152600160c81b9004831693810193909352600401541661012082015290565b6040516104229190614000565b348015610ed557600080fd5b50610414600f81565b348015610eea57600080fd5b50610551610ef93660046140ad565b61190b565b6000610f0982611998565b92915050565b60008282604051610f219291906140ca565b6040518091039020905092915050565b600090815260008051602061473d833981519152602052604090206001015490565b610f5c82610f31565b610f65816119bd565b610f6f83836119ce565b50505050565b610f7d6119da565b6001600160a01b0316816001600160a01b031614610fae5760405163334bd91960e11b815260040160405180910390fd5b610fb882826119e9565b505050565b610fc6816119f5565b610feb57604051637b98efaf60e01b8152813560048201526024015b60405180910390fd5b50565b6000805160206146dd833981519152611006816119bd565b61100f826121e2565b61102f57604051637b98efaf60e01b815282356004820152602401610fe2565b5050565b61103b6124e3565b61104482612573565b61102f828261257e565b600061105861263b565b506000805160206146bd83398151915290565b6000805160206146dd833981519152611083816119bd565b826110a457604051633dd1b07160e01b815260048101849052602401610fe2565b60008381527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311302602052604090206001015460008051602061475d8339815191529060ff161561110957604051632389f4b560e11b815260048101859052602401610fe2565b61111283612684565b6111218186866001600061289f565b60008481526002820160205260409020838161113d828261411e565b50506001818101805460ff1916909117905585857f10cd38bb813a05d5373c8035bdb23aa2e24b992c11956c19194c41d299ab577f61117a6119da565b876040516111899291906142a5565b60405180910390a3505050505050565b60006111a36114c2565b6001600160a01b0316826001600160a01b0316149050919050565b60008051602061471d8339815191526111d6816119bd565b60008051602061475d83398151915260006111f1828961298b565b90506111fc87612a2e565b61120b828a8a600f600061289f565b600181018054600460ff1990911681179091558101805463ffffffff191663ffffffff8681169190911790915560038201805467ffffffffffffffff60a81b1916600160c81b8884160263ffffffff60a81b191617600160a81b9289169290920291909117905588887fd33fc0f4cd41b7ae04788bed356a1d4427fc939f93d12036838d623c376f24bd61129d6119da565b604080516001600160a01b039290921682526001600160401b038c16602083015263ffffffff8b8116838301528a8116606084015289166080830152519081900360a00190a3505050505050505050565b60006112f8612a7d565b805490915060ff600160401b82041615906001600160401b031660008115801561131f5750825b90506000826001600160401b0316600114801561133b5750303b155b905081158015611349575080155b156113675760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561139157845460ff60401b1916600160401b1785555b61139a88612aa6565b6113a2612ab7565b6113aa612ab7565b6113b56000886119ce565b506113e07ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f199886119ce565b506000805160206146fd8339815191528054436001600160401b03908116600160801b0277ffffffffffffffff0000000000000000ffffffffffffffff1990921690891690811791909117909155604080519182525160008051602061475d833981519152917ffc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a61900808919081900360200190a15083156114b857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b60008190036115175760405163019fc5cd60e11b815260040160405180910390fd5b60005b81811015610fb8576115438383838181106115375761153761437e565b905061010002016119f5565b6115a25761154f6119da565b6001600160a01b031683838381811061156a5761156a61437e565b90506101000201600001357f5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b560405160405180910390a35b60010161151a565b600082815260008051602061469d8339815191526020819052604082206115d19084612abf565b949350505050565b600091825260008051602061473d833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60008051602061471d833981519152611629816119bd565b60008051602061475d8339815191526000611644828861298b565b600181015490915060ff166002190161167357604051635e91cb4960e01b815260048101889052602401610fe2565b60ff85161580611686575060038560ff16115b156116b057604051630c0e785760e01b8152600e600482015260ff86166024820152604401610fe2565b6001600160a01b0384166116da5760405163395f393560e01b8152600e6004820152602401610fe2565b6116e386612a2e565b6116f2828989600e600061289f565b600181018054600360ff199091168117909155810180546001600160a81b031916600160a01b60ff8816026001600160a01b031916176001600160a01b03861617905587877f729e4d9f78e09bf8aa9dfbeee0dfe72bcfb54a83bdb4eb7d56dd99640a37fee96117606119da565b604080516001600160a01b0392831681526001600160401b038c16602082015260ff8b16818301529189166060830152519081900360800190a35050505050505050565b600081815260008051602061469d83398151915260208190526040909120606091906117cf90612acb565b9392505050565b6000805160206146dd8339815191526117ee816119bd565b60008290036118105760405163019fc5cd60e11b815260040160405180910390fd5b60005b82811015610f6f576118478484838181106118305761183061437e565b90506020028101906118429190614394565b6121e2565b6118ad576118536119da565b6001600160a01b031684848381811061186e5761186e61437e565b90506020028101906118809190614394565b6040519035907f5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b590600090a35b600101611813565b600081815260008051602061469d8339815191526020819052604082206117cf90612ad8565b6118e482610f31565b6118ed816119bd565b610f6f83836119e9565b6000611902816119bd565b61102f82612ae2565b7ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f199611935816119bd565b6000805160206146fd83398151915280546001600160401b03841667ffffffffffffffff19909116811790915560408051918252517ffc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a619008089181900360200190a15050565b60006001600160e01b03198216635a05180f60e01b1480610f095750610f0982612b4b565b610feb816119c96119da565b612b80565b60006117cf8383612bb9565b60006119e4612bfe565b905090565b60006117cf8383612c08565b600080611a0860608401604085016143b4565b9050611a1381612c44565b60008051602061475d8339815191528335611a40576040516203186960eb1b815260040160405180910390fd5b8335600090815260018201602052604090205415611a62575060009392505050565b611a7a611a7560808601606087016140ad565b612a2e565b60ff8216600d148015611a8f57506020840135155b15611abe57611a9e8185612e87565b611ab481853560c08701358560e089013561289f565b5060019392505050565b60208085013560009081529082905260408120805490916001600160401b039091169003611b055760405163c4fdbd2360e01b815260208601356004820152602401610fe2565b6001810154600160281b900460081615801590611b26575060ff8316600c14155b15611b4a5760405163c15d80d960e01b815260208601356004820152602401610fe2565b611b6082863560208801358660e08a013561289f565b60e085013515611b7660a08701608088016143d1565b63ffffffff1615611c6e578154600160e01b900463ffffffff16611ba060a08801608089016143d1565b63ffffffff161015611bd6576001828101805460ff60281b198116600160281b9182900460ff1690931702919091179055611c06565b611be660a08701608088016143d1565b825463ffffffff91909116600160e01b026001600160e01b039091161782555b611c1660a08701608088016143d1565b825463ffffffff91909116600160c01b0263ffffffff60c01b19909116178255611c4660808701606088016140ad565b82546001600160401b0391909116600160801b0267ffffffffffffffff60801b199091161782555b60011960ff851601611d5957611c8a60c0870160a088016143d1565b63ffffffff161580611cb157506004611ca960c0880160a089016143d1565b63ffffffff16115b15611cf15783611cc760c0880160a089016143d1565b604051630c0e785760e01b815260ff909216600483015263ffffffff166024820152604401610fe2565b611d0160c0870160a088016143d1565b8260010160046101000a81548160ff021916908360ff1602179055508015611d5457600182018054600090611d399061ffff16614404565b91906101000a81548161ffff021916908361ffff1602179055505b61210e565b60021960ff851601611d8d5760018201805460ff60281b1981166008600160281b9283900460ff161790910217905561210e565b60031960ff851601611e4c5760018201805460ff60281b1981166010600160281b9283900460ff16179091021790558154600160401b90046001600160401b031615801590611e1f575060038301548254611dfb916001600160401b0390811691600160401b900416614425565b6001600160401b0316611e1460808801606089016140ad565b6001600160401b0316105b15611d545760018201805460ff60281b1981166020600160281b9283900460ff161790910217905561210e565b60041960ff851601611e9357611e6860a08701608088016143d1565b63ffffffff16600003611d5457604051634f0ca74560e01b815260ff85166004820152602401610fe2565b60051960ff851601611f0157611eaf60a08701608088016143d1565b63ffffffff16600003611eda57604051634f0ca74560e01b815260ff85166004820152602401610fe2565b60c0860135611d545760405163395f393560e01b815260ff85166004820152602401610fe2565b60061960ff851601611f7c57611f1d60c0870160a088016143d1565b63ffffffff161580611f4457506005611f3c60c0880160a089016143d1565b63ffffffff16115b15611f5a5783611cc760c0880160a089016143d1565b8015611d5457600182018054600290611d399062010000900461ffff16614404565b60071960ff851601611fb05760018201805460ff60281b1981166002600160281b9283900460ff161790910217905561210e565b60081960ff851601611fe45760018201805460ff60281b1981166004600160281b9283900460ff161790910217905561210e565b60091960ff85160161201e5761200060c0870160a088016143d1565b63ffffffff16600003611d545783611cc760c0880160a089016143d1565b600a1960ff85160161203557611d5483838861308b565b600b1960ff8516016120bd5760c086013560008181526002808601602052604090912090840154909114158061206d575060c0870135155b1561209b576040516332058dbb60e01b815260c0880135600482015260208801356024820152604401610fe2565b600060028085018290558201556001908101805460ff1916909117905561210e565b8560c0013582600201541415806120d6575060c0860135155b15612104576040516332058dbb60e01b815260c0870135600482015260208701356024820152604401610fe2565b61210e8387612e87565b60018201805460069061212d90600160301b900463ffffffff16614444565b91906101000a81548163ffffffff021916908363ffffffff1602179055508360ff16866000013587602001357f2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db96121826119da565b61219260808c0160608d016140ad565b6121a260a08d0160808e016143d1565b6121b260c08e0160a08f016143d1565b8d60c001358e60e001356040516121ce96959493929190614460565b60405180910390a450600195945050505050565b600060008051602061475d8339815191528161220961220460208601866144a3565b6131c7565b843560009081526001840160205260409020549091501561222e575060009392505050565b6000818152602083905260409020546001600160401b0316156122675760405163e108f76360e01b815260048101829052602401610fe2565b61227760808501606086016143b4565b60ff1615806122985750600461229360808601606087016143b4565b60ff16115b156122d55760016122af60808601606087016143b4565b604051630c0e785760e01b815260ff928316600482015291166024820152604401610fe2565b6122e8611a7560608601604087016140ad565b6122f8828535836001600061289f565b600081815260208390526040908190209061231990606087019087016140ad565b815467ffffffffffffffff19166001600160401b039190911617815561234560a08601608087016144f0565b612350576000612360565b61236060608601604087016140ad565b81546001600160401b0391909116600160401b026fffffffffffffffff0000000000000000199091161781556001808201805461ffff191690911790556123ad60808601606087016143b4565b6001820180546001600160401b03438116600160501b0267ffffffffffffffff60501b1969ffffffff0000000000001960ff96909616640100000000029590951669ffffffff00ff000000001990931692909217600160301b1793909316179055600384018054909160089161242b91600160401b90910416614512565b91906101000a8154816001600160401b0302191690836001600160401b031602179055508460000135827fb951bc771c0523bfa2943d275cda0eec368e4842143ad157b7339c13c084ba1a87806020019061248691906144a3565b61248e6119da565b61249e60608c0160408d016140ad565b6124ae60808d0160608e016143b4565b6124be60a08e0160808f016144f0565b6040516124d09695949392919061455d565b60405180910390a3506001949350505050565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061255357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612547613325565b6001600160a01b031614155b156125715760405163703e46dd60e11b815260040160405180910390fd5b565b600061102f816119bd565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156125d8575060408051601f3d908101601f191682019092526125d5918101906145ad565b60015b61260057604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610fe2565b6000805160206146bd833981519152811461263157604051632a87526960e21b815260048101829052602401610fe2565b610fb8838361333b565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146125715760405163703e46dd60e11b815260040160405180910390fd5b61269160208201826143d1565b63ffffffff166000036126ba57604051630f1a6c2d60e21b815260016004820152602401610fe2565b6126ca60408201602083016143b4565b60ff1615806126eb575060066126e660408301602084016143b4565b60ff16115b1561270c57604051630f1a6c2d60e21b815260026004820152602401610fe2565b61271c60608201604083016143d1565b63ffffffff1660000361274557604051630f1a6c2d60e21b815260036004820152602401610fe2565b61275560808201606083016140ad565b6001600160401b0316158061278157504261277660808301606084016140ad565b6001600160401b0316115b156127a157604051630f1a6c2d60e21b8152600481810152602401610fe2565b6127b160a08201608083016143b4565b60ff1615806127d2575060056127cd60a08301608084016143b4565b60ff16115b156127f357604051630f1a6c2d60e21b815260056004820152602401610fe2565b6103e861280660c0830160a084016145c6565b61ffff16111561282c57604051630f1a6c2d60e21b815260066004820152602401610fe2565b6103e861283f60e0830160c084016145c6565b61ffff16111561286557604051630f1a6c2d60e21b815260076004820152602401610fe2565b6103e8612879610100830160e084016145c6565b61ffff161115610feb57604051630f1a6c2d60e21b815260086004820152602401610fe2565b836128bc576040516203186960eb1b815260040160405180910390fd5b6000848152600186016020526040902054156128ee57604051637b98efaf60e01b815260048101859052602401610fe2565b6000838360405160200161290f92919091825260ff16602082015260400190565b60408051601f19818403018152919052805160209091012090508115801590612948575060008281526001870160205260409020548114155b1561297057604051630999b95d60e01b81526004810186905260248101839052604401610fe2565b60009485526001909501602052505060409091209190915550565b600081815260028301602052604081206001810154909160ff90911690036129c957604051633dd1b07160e01b815260048101839052602401610fe2565b600181015460ff16600319016129f5576040516305400cdd60e01b815260048101839052602401610fe2565b600181015460ff1660011901610f095760028101546040516350e7236b60e01b8152610fe2918491600401918252602082015260400190565b6001600160401b0381161580612a4c575042816001600160401b0316115b15610feb5760405163753453d160e11b81526001600160401b03808316600483015242166024820152604401610fe2565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610f09565b612aae613391565b610feb81612ae2565b612571613391565b60006117cf83836133b6565b606060006117cf836133e0565b6000610f09825490565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b60006001600160e01b03198216637965db0b60e01b1480610f0957506301ffc9a760e01b6001600160e01b0319831614610f09565b612b8a82826115d9565b61102f5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610fe2565b600060008051602061469d83398151915281612bd5858561343c565b905080156115d1576000858152602083905260409020612bf590856134e9565b50949350505050565b60006119e46134fe565b600060008051602061469d83398151915281612c248585613546565b905080156115d1576000858152602083905260409020612bf590856135e0565b600060ff821660021480612c5b575060ff82166003145b80612c69575060ff82166004145b15612c8357506000805160206146dd833981519152612e38565b60041960ff831601612cb657507f273dcf2136c7d8ef632bb8ef13dbca69a8f36fa620c7468671b3153d46a211c0612e38565b60051960ff831601612ce957507fcf75f067314df4d0527f2a9e12148d8bd7c8a3f7235b2171d24fa195d2c3ecb9612e38565b60ff821660071480612cfe575060ff82166008145b80612d0c575060ff82166009145b15612d3857507feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd972612e38565b60091960ff831601612d6b57507fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e7612e38565b600a1960ff831601612dc157612d916000805160206146dd83398151915261088e6119da565b15612d9a575050565b507fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e7612e38565b600b1960ff831601612de757612d9160008051602061471d83398151915261088e6119da565b600c1960ff831601612e1a57507fa8c4f09a5d9355e2dc9083a0687cbad64c1ee19df6b8c8b0bde7efca7cc57385612e38565b60405163cf4f7eb960e01b815260ff83166004820152602401610fe2565b612e448161088e6119da565b61102f578181612e526119da565b60405163c0d8937b60e01b815260ff909316600484015260248301919091526001600160a01b03166044820152606401610fe2565b60c0810135600090815260028301602052604081206001810154909160ff9091169003612ecd57604051633dd1b07160e01b815260c08301356004820152602401610fe2565b600181015460ff1660031901612efc576040516305400cdd60e01b815260c08301356004820152602401610fe2565b600181015460ff166002148015612f1b57508160200135816002015414155b15612f4c5760028101546040516350e7236b60e01b815260c084013560048201526024810191909152604401610fe2565b612f5c60c0830160a084016143d1565b63ffffffff161580612f8457506103e8612f7c60c0840160a085016143d1565b63ffffffff16115b15612f9b57600d611cc760c0840160a085016143d1565b612fab60c0830160a084016143d1565b60018201805461ffff929092166101000262ffff0019909216919091179055612fda60808301606084016140ad565b6001820180546001600160401b03929092166301000000026affffffffffffffff000000199092169190911790556020820135610fb857600d823560007f2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db96130406119da565b61305060808801606089016140ad565b600061306260c08a0160a08b016143d1565b8960c001358a60e0013560405161307e96959493929190614460565b60405180910390a4505050565b60c0810135600090815260028401602052604081206001810154909160ff90911690036130d157604051633dd1b07160e01b815260c08301356004820152602401610fe2565b600181015460ff1660031901613100576040516305400cdd60e01b815260c08301356004820152602401610fe2565b600181015460ff166002190161312f57604051635e91cb4960e01b815260c08301356004820152602401610fe2565b600181015460ff166001190161316b5760028101546040516350e7236b60e01b815260c084013560048201526024810191909152604401610fe2565b6002830154156131a157600283015460405163d6ee100360e01b8152602084013560048201526024810191909152604401610fe2565b60c082013560029384015560209091013581830155600101805460ff1916909117905550565b60008282601181146131f05784846040516315f2a0b960e31b8152600401610fe29291906145e3565b60005b60118110156133025760008383838181106132105761321061437e565b909101356001600160f81b031916915060009050600360fc1b82108015906132465750603960f81b6001600160f81b0319831611155b90506000604160f81b6001600160f81b03198416108015906132765750602d60f91b6001600160f81b0319841611155b80156132905750604960f81b6001600160f81b0319841614155b80156132aa5750604f60f81b6001600160f81b0319841614155b80156132c45750605160f81b6001600160f81b0319841614155b9050811580156132d2575080155b156132f45788886040516315f2a0b960e31b8152600401610fe29291906145e3565b5050508060010190506131f3565b5081816040516133139291906140ca565b60405180910390209250505092915050565b60006000805160206146bd8339815191526114e6565b613344826135f5565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a280511561338957610fb8828261365a565b61102f6136d0565b6133996136ef565b61257157604051631afcd79f60e31b815260040160405180910390fd5b60008260000182815481106133cd576133cd61437e565b9060005260206000200154905092915050565b60608160000180548060200260200160405190810160405280929190818152602001828054801561343057602002820191906000526020600020905b81548152602001906001019080831161341c575b50505050509050919050565b600060008051602061473d83398151915261345784846115d9565b6134d8576000848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561348e6119da565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610f09565b6000915050610f09565b5092915050565b60006117cf836001600160a01b038416613709565b6000366014808210801590613517575061351733611199565b1561353e5761352b368284038160006145f7565b61353491614621565b60601c9250505090565b339250505090565b600060008051602061473d83398151915261356184846115d9565b156134d8576000848152602082815260408083206001600160a01b03871684529091529020805460ff191690556135966119da565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610f09565b60006117cf836001600160a01b038416613758565b806001600160a01b03163b60000361362b57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610fe2565b6000805160206146bd83398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b0316846040516136779190614661565b600060405180830381855af49150503d80600081146136b2576040519150601f19603f3d011682016040523d82523d6000602084013e6136b7565b606091505b50915091506136c7858383613841565b95945050505050565b34156125715760405163b398979f60e01b815260040160405180910390fd5b60006136f9612a7d565b54600160401b900460ff16919050565b600081815260018301602052604081205461375057508154600181810184556000848152602080822090930184905584548482528286019093526040902091909155610f09565b506000610f09565b600081815260018301602052604081205480156134d857600061377c600183614673565b855490915060009061379090600190614673565b90508082146137f55760008660000182815481106137b0576137b061437e565b90600052602060002001549050808760000184815481106137d3576137d361437e565b6000918252602080832090910192909255918252600188019052604090208390555b855486908061380657613806614686565b600190038181906000526020600020016000905590558560010160008681526020019081526020016000206000905560019350505050610f09565b6060826138565761385182613896565b6117cf565b815115801561386d57506001600160a01b0384163b155b156134e257604051639996b31560e01b81526001600160a01b0385166004820152602401610fe2565b8051156138a557805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b6000602082840312156138d057600080fd5b81356001600160e01b0319811681146117cf57600080fd5b600080602083850312156138fb57600080fd5b82356001600160401b0381111561391157600080fd5b8301601f8101851361392257600080fd5b80356001600160401b0381111561393857600080fd5b85602082840101111561394a57600080fd5b6020919091019590945092505050565b60006020828403121561396c57600080fd5b5035919050565b80356001600160a01b038116811461398a57600080fd5b919050565b600080604083850312156139a257600080fd5b823591506139b260208401613973565b90509250929050565b600061010082840312156139ce57600080fd5b50919050565b600061010082840312156139e757600080fd5b6117cf83836139bb565b600060208284031215613a0357600080fd5b81356001600160401b03811115613a1957600080fd5b820160a081850312156117cf57600080fd5b634e487b7160e01b600052604160045260246000fd5b60008060408385031215613a5457600080fd5b613a5d83613973565b915060208301356001600160401b03811115613a7857600080fd5b8301601f81018513613a8957600080fd5b80356001600160401b03811115613aa257613aa2613a2b565b604051601f8201601f19908116603f011681016001600160401b0381118282101715613ad057613ad0613a2b565b604052818152828201602001871015613ae857600080fd5b816020840160208301376000602083830101528093505050509250929050565b60008060006101408486031215613b1e57600080fd5b8335925060208401359150613b3685604086016139bb565b90509250925092565b600060208284031215613b5157600080fd5b6117cf82613973565b6001600160401b0381168114610feb57600080fd5b803561398a81613b5a565b63ffffffff81168114610feb57600080fd5b803561398a81613b7a565b60008060008060008060c08789031215613bb057600080fd5b86359550602087013594506040870135613bc981613b5a565b93506060870135613bd981613b7a565b92506080870135613be981613b7a565b915060a0870135613bf981613b7a565b809150509295509295509295565b600080600060608486031215613c1c57600080fd5b613c2584613973565b9250613c3360208501613973565b91506040840135613c4381613b5a565b809150509250925092565b60008060208385031215613c6157600080fd5b82356001600160401b03811115613c7757600080fd5b8301601f81018513613c8857600080fd5b80356001600160401b03811115613c9e57600080fd5b8560208260081b840101111561394a57600080fd5b60008060408385031215613cc657600080fd5b50508035926020909101359150565b60ff81168114610feb57600080fd5b803561398a81613cd5565b600080600080600060a08688031215613d0757600080fd5b85359450602086013593506040860135613d2081613b5a565b92506060860135613d3081613cd5565b9150613d3e60808701613973565b90509295509295909350565b602080825282518282018190526000918401906040840190835b81811015613d8b5783516001600160a01b0316835260209384019390920191600101613d64565b509095945050505050565b81516001600160401b0316815261018081016020830151613dc260208401826001600160401b03169052565b506040830151613ddd60408401826001600160401b03169052565b506060830151613df5606084018263ffffffff169052565b506080830151613e0d608084018263ffffffff169052565b5060a0830151613e2360a084018261ffff169052565b5060c0830151613e3960c084018261ffff169052565b5060e0830151613e4e60e084018260ff169052565b50610100830151613e6561010084018260ff169052565b50610120830151613e7f61012084018263ffffffff169052565b50610140830151613e9c6101408401826001600160401b03169052565b5061016092830151919092015290565b60008060208385031215613ebf57600080fd5b82356001600160401b03811115613ed557600080fd5b8301601f81018513613ee657600080fd5b80356001600160401b03811115613efc57600080fd5b8560208260051b840101111561394a57600080fd5b60005b83811015613f2c578181015183820152602001613f14565b50506000910152565b6020815260008251806020840152613f54816040850160208701613f11565b601f01601f19169190910160400192915050565b63ffffffff815116825260ff602082015116602083015263ffffffff60408201511660408301526060810151613fa960608401826001600160401b03169052565b506080810151613fbe608084018260ff169052565b5060a0810151613fd460a084018261ffff169052565b5060c0810151613fea60c084018261ffff169052565b5060e0810151610fb860e084018261ffff169052565b600061022082019050614014828451613f68565b602083015160ff90811661010084810191909152604085015161ffff166101208086019190915260608601516001600160401b0316610140860152608086015161016086015260a08601516001600160a01b031661018086015260c08601519092166101a085015260e085015163ffffffff9081166101c08601529085015181166101e0850152908401519081166102008401526134e2565b6000602082840312156140bf57600080fd5b81356117cf81613b5a565b8183823760009101908152919050565b60008135610f0981613b7a565b60008135610f0981613cd5565b60008135610f0981613b5a565b61ffff81168114610feb57600080fd5b60008135610f0981614101565b813561412981613b7a565b63ffffffff8116905081548163ffffffff198216178355602084013561414e81613cd5565b64ff000000008160201b168364ffffffffff1984161717845550505061419d614179604084016140da565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b6141e06141ac606084016140f4565b825470ffffffffffffffff000000000000000000191660489190911b70ffffffffffffffff00000000000000000016178255565b61420d6141ef608084016140e7565b82805460ff60881b191660889290921b60ff60881b16919091179055565b61423c61421c60a08401614111565b82805461ffff60901b191660909290921b61ffff60901b16919091179055565b61426b61424b60c08401614111565b82805461ffff60a01b191660a09290921b61ffff60a01b16919091179055565b61102f61427a60e08401614111565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b803561398a81614101565b6001600160a01b0383168152610120810182356142c181613b7a565b63ffffffff811660208401525060208301356142dc81613cd5565b60ff81166040840152506142f260408401613b8c565b63ffffffff811660608401525061430b60608401613b6f565b6001600160401b03811660808401525061432760808401613ce4565b60ff811660a08401525061433d60a0840161429a565b61ffff811660c08401525061435460c0840161429a565b61ffff811660e08401525061436b60e0840161429a565b61ffff8116610100840152509392505050565b634e487b7160e01b600052603260045260246000fd5b60008235609e198336030181126143aa57600080fd5b9190910192915050565b6000602082840312156143c657600080fd5b81356117cf81613cd5565b6000602082840312156143e357600080fd5b81356117cf81613b7a565b634e487b7160e01b600052601160045260246000fd5b600061ffff821661ffff810361441c5761441c6143ee565b60010192915050565b6001600160401b038181168382160190811115610f0957610f096143ee565b600063ffffffff821663ffffffff810361441c5761441c6143ee565b6001600160a01b039690961686526001600160401b0394909416602086015263ffffffff928316604086015291166060840152608083015260a082015260c00190565b6000808335601e198436030181126144ba57600080fd5b8301803591506001600160401b038211156144d457600080fd5b6020019150368190038213156144e957600080fd5b9250929050565b60006020828403121561450257600080fd5b813580151581146117cf57600080fd5b60006001600160401b0382166001600160401b03810361441c5761441c6143ee565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60a08152600061457160a08301888a614534565b6001600160a01b03969096166020830152506001600160401b0393909316604084015260ff919091166060830152151560809091015292915050565b6000602082840312156145bf57600080fd5b5051919050565b6000602082840312156145d857600080fd5b81356117cf81614101565b6020815260006115d1602083018486614534565b6000808585111561460757600080fd5b8386111561461457600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156134e2576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b600082516143aa818460208701613f11565b81810381811115610f0957610f096143ee565b634e487b7160e01b600052603160045260246000fdfec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbcdb613444d448b87431465712244e516e6a6e374a172d86121027689cca07030e417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f31130311d2c681bc9c10ed61f9a422c0dbaaddc4054ce58ec726aca73e7e4d31bcd15402dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311300a26469706673582212206dcabcc02a6df5f1d732a44fc5678b9f58335c4f23775f7240b908d758d1c0c164736f6c634300081c0033",
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

// Recorded is a free data retrieval call binding the contract method 0xd6399790.
//
// Solidity: function recorded(bytes32 id) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCaller) Recorded(opts *bind.CallOpts, id [32]byte) (bool, error) {
	var out []interface{}
	err := _VehicleRegistry.contract.Call(opts, &out, "recorded", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Recorded is a free data retrieval call binding the contract method 0xd6399790.
//
// Solidity: function recorded(bytes32 id) view returns(bool)
func (_VehicleRegistry *VehicleRegistrySession) Recorded(id [32]byte) (bool, error) {
	return _VehicleRegistry.Contract.Recorded(&_VehicleRegistry.CallOpts, id)
}

// Recorded is a free data retrieval call binding the contract method 0xd6399790.
//
// Solidity: function recorded(bytes32 id) view returns(bool)
func (_VehicleRegistry *VehicleRegistryCallerSession) Recorded(id [32]byte) (bool, error) {
	return _VehicleRegistry.Contract.Recorded(&_VehicleRegistry.CallOpts, id)
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
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,uint64,bytes32))
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
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,uint64,bytes32))
func (_VehicleRegistry *VehicleRegistrySession) Vehicle(vin [32]byte) (VehicleRegistryVehicle, error) {
	return _VehicleRegistry.Contract.Vehicle(&_VehicleRegistry.CallOpts, vin)
}

// Vehicle is a free data retrieval call binding the contract method 0xa8626b52.
//
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,uint64,bytes32))
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
