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
	RegisteredAt  uint64
	SubsidyFrom   uint64
	LastReadingAt uint64
	LastOdometer  uint32
	MaxOdometer   uint32
	Owners        uint16
	Accidents     uint16
	OwnerKind     uint8
	Flags         uint8
	Records       uint32
	Battery       [32]byte
}

// VehicleRegistryMetaData contains all meta data concerning the VehicleRegistry contract.
var VehicleRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryAlreadyRecycled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"field\",\"type\":\"uint8\"}],\"name\":\"BatteryBadPassport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryInSecondLife\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"BatteryInstalledElsewhere\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"BatteryNotInstalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"BatteryUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"}],\"name\":\"VehicleBadCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"name\":\"VehicleBadCorrection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"VehicleBadDate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"VehicleDuplicateRecord\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VehicleEmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"name\":\"VehicleHasBattery\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"}],\"name\":\"VehicleMalformedVin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleNoOdometer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleNoReference\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleScrapped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"VehicleUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"VehicleUnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"name\":\"VehicleWrongRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VehicleZeroRecordId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"name\":\"BatteryRecycled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"passport\",\"type\":\"tuple\"}],\"name\":\"BatteryRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"BatterySecondLife\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"name\":\"RecordSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"name\":\"Recorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"vinText\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"SubsidyPeriodSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BATTERY_INSTALLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_RECYCLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_SECOND_LIFE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_SPARE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BATTERY_TESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEALER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EV_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_EXPORTED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_EXPORT_IN_SUBSIDY_PERIOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_FLOOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_ODOMETER_ROLLBACK\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_SCRAPPED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLAG_TOTAL_LOSS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSPECTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_ACCIDENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_INSTALL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_REMOVE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_BATTERY_TEST\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_EXPORT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_FLOOD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_INSPECTION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_LISTING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_RECYCLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_REGISTRATION\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_REPAIR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_SCRAP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_SECOND_LIFE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TOTAL_LOSS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_TRANSFER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CARBON_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHEMISTRY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COST_BAND\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OWNER_KIND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECYCLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRY_OFFICE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPAIRER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"batteryPack\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"passport\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"soh\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"testedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"internalType\":\"structVehicleRegistry.Battery\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getRoleMember\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleMemberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Record\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"odometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"code\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ref\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"corrects\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Record[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"recordBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"recorded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lithiumG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nickelG\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cobaltG\",\"type\":\"uint32\"}],\"name\":\"recycle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"internalType\":\"structVehicleRegistry.Registration\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"subsidized\",\"type\":\"bool\"}],\"internalType\":\"structVehicleRegistry.Registration[]\",\"name\":\"rs\",\"type\":\"tuple[]\"}],\"name\":\"registerBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maker\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"chemistry\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"capacityWh\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"carbonClass\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"recycledCobalt\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledLithium\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"recycledNickel\",\"type\":\"uint16\"}],\"internalType\":\"structVehicleRegistry.Passport\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"registerBattery\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"use\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"secondLife\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"}],\"name\":\"setSubsidyPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subsidyPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vin\",\"type\":\"bytes32\"}],\"name\":\"vehicle\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"subsidyFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastReadingAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lastOdometer\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxOdometer\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"owners\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"accidents\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"ownerKind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"records\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"battery\",\"type\":\"bytes32\"}],\"internalType\":\"structVehicleRegistry.Vehicle\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vehicleCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"vin\",\"type\":\"string\"}],\"name\":\"vinHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x60a06040523060805234801561001457600080fd5b5061001d610022565b6100d4565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100725760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d15780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516143ce6100fd600039600081816123b0015281816123d9015261251d01526143ce6000f3fe6080604052600436106103ce5760003560e01c806371a19c19116101fd578063b153dcbe11610118578063d547741f116100ab578063e44a403c1161007a578063e44a403c14610547578063ee39e52a14610bf3578063f1d5cc1114610dfe578063f345cc5b14610e13578063f701e5291461075e57600080fd5b8063d547741f14610b51578063d59e4ba31461075e578063d639979014610b71578063e3a3c52214610bbf57600080fd5b8063bf313778116100e7578063bf31377814610adb578063c382cefd14610800578063c4cd48aa14610afd578063ca15c87314610b3157600080fd5b8063b153dcbe1461071f578063b95ca417146104d0578063be65131614610a85578063bf0cdb2314610ab957600080fd5b8063995c97d311610190578063a843c8a91161015f578063a843c8a9146108a9578063a8626b52146108d3578063a882ecab14610a27578063ad3cb1cc14610a4757600080fd5b8063995c97d3146108155780639970493714610835578063a217fddf14610867578063a3246ad31461087c57600080fd5b80638d14605d116101cc5780638d14605d146107935780639010d07c146107a857806391d14854146107e057806397fbb78e1461080057600080fd5b806371a19c1914610749578063754655eb1461075e5780638184e84a146107495780638b5784141461077357600080fd5b806340801d41116102ed578063569104eb116102805780635e5d73941161024f5780635e5d73941461070a57806360c6d9571461071f57806363e4b5bb146107345780636faa05f2146104d057600080fd5b8063569104eb146106a05780635b763c2a146106c05780635beba885146106d55780635d91fd01146106ea57600080fd5b80634f1ef286116102bc5780634f1ef2861461063957806352d1902d1461064c57806354ed88a4146106615780635577a634146104a657600080fd5b806340801d41146105c55780634961018b146104a65780634a9ba3d6146105e55780634ce584301461061957600080fd5b80631798de8111610365578063347f2a8511610334578063347f2a851461054757806334d6ff4c1461055c57806336568abe146105905780633b85ec8e146105b057600080fd5b80631798de81146104e5578063248a9ca3146105075780632d24c11e146104a65780632f2ff15d1461052757600080fd5b8063056c9989116103a1578063056c998914610472578063078f3e24146104a6578063088b3db2146104bb5780630a48f1bd146104d057600080fd5b806301c7904e146103d357806301ffc9a7146103ff57806302f9ee331461042f578063030f05111461045d575b600080fd5b3480156103df57600080fd5b506103e8602081565b60405160ff90911681526020015b60405180910390f35b34801561040b57600080fd5b5061041f61041a36600461358c565b610e33565b60405190151581526020016103f6565b34801561043b57600080fd5b5061044f61044a3660046135b6565b610e5e565b6040519081526020016103f6565b34801561046957600080fd5b506103e8600781565b34801561047e57600080fd5b5061044f7feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97281565b3480156104b257600080fd5b506103e8600481565b3480156104c757600080fd5b506103e8600981565b3480156104dc57600080fd5b506103e8600281565b3480156104f157600080fd5b50610505610500366004613664565b610e80565b005b34801561051357600080fd5b5061044f61052236600461369b565b611018565b34801561053357600080fd5b506105056105423660046136b4565b61103a565b34801561055357600080fd5b506103e8600881565b34801561056857600080fd5b5061044f7fcf75f067314df4d0527f2a9e12148d8bd7c8a3f7235b2171d24fa195d2c3ecb981565b34801561059c57600080fd5b506105056105ab3660046136b4565b61105c565b3480156105bc57600080fd5b506103e8600e81565b3480156105d157600080fd5b506105056105e03660046136f9565b611094565b3480156105f157600080fd5b5061044f7fa8c4f09a5d9355e2dc9083a0687cbad64c1ee19df6b8c8b0bde7efca7cc5738581565b34801561062557600080fd5b50610505610634366004613716565b6110c5565b610505610647366004613766565b61110a565b34801561065857600080fd5b5061044f611125565b34801561066d57600080fd5b50600080516020614319833981519152546001600160401b03165b6040516001600160401b0390911681526020016103f6565b3480156106ac57600080fd5b506105056106bb36600461382d565b611142565b3480156106cc57600080fd5b506103e8600d81565b3480156106e157600080fd5b506103e8601081565b3480156106f657600080fd5b50610505610705366004613881565b61126c565b34801561071657600080fd5b506103e8600c81565b34801561072b57600080fd5b506103e8600681565b34801561074057600080fd5b506103e8600b81565b34801561075557600080fd5b506103e8600581565b34801561076a57600080fd5b506103e8600181565b34801561077f57600080fd5b5061050561078e3660046138f1565b611384565b34801561079f57600080fd5b506103e8600a81565b3480156107b457600080fd5b506107c86107c3366004613956565b611429565b6040516001600160a01b0390911681526020016103f6565b3480156107ec57600080fd5b5061041f6107fb3660046136b4565b611458565b34801561080c57600080fd5b506103e8600381565b34801561082157600080fd5b50610505610830366004613992565b611490565b34801561084157600080fd5b5060008051602061431983398151915254600160401b90046001600160401b0316610688565b34801561087357600080fd5b5061044f600081565b34801561088857600080fd5b5061089c61089736600461369b565b61161c565b6040516103f691906139ed565b3480156108b557600080fd5b506108be600581565b60405163ffffffff90911681526020016103f6565b3480156108df57600080fd5b50610a1a6108ee36600461369b565b6040805161016081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091526000805160206143798339815191526000928352602090815260409283902083516101608101855281546001600160401b038082168352600160401b8204811694830194909452600160801b81049093169481019490945263ffffffff600160c01b830481166060860152600160e01b90920482166080850152600181015461ffff80821660a08701526201000082041660c086015260ff6401000000008204811660e0870152600160281b820416610100860152600160301b9004909116610120840152600201546101408301525090565b6040516103f69190613a39565b348015610a3357600080fd5b50610505610a42366004613b32565b61164e565b348015610a5357600080fd5b50610a78604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516103f69190613bbb565b348015610a9157600080fd5b5061044f7fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e781565b348015610ac557600080fd5b5061044f6000805160206142f983398151915281565b348015610ae757600080fd5b5061044f60008051602061433983398151915281565b348015610b0957600080fd5b5061044f7ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f19981565b348015610b3d57600080fd5b5061044f610b4c36600461369b565b61171d565b348015610b5d57600080fd5b50610505610b6c3660046136b4565b611743565b348015610b7d57600080fd5b5061041f610b8c36600461369b565b60009081527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f3113016020526040902054151590565b348015610bcb57600080fd5b5061044f7f273dcf2136c7d8ef632bb8ef13dbca69a8f36fa620c7468671b3153d46a211c081565b348015610bff57600080fd5b50610df1610c0e36600461369b565b604080516102408101825260006101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e0830182905261020083018290526102208301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525060009081527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f3113026020908152604091829020825161024081018452815463ffffffff808216610140840190815260ff64010000000084048116610160860152600160281b840483166101808601526001600160401b036901000000000000000000850481166101a0870152600160881b850482166101c087015261ffff600160901b860481166101e0880152600160a01b8087048216610200890152600160b01b909604811661022088015292865260018701548083169887019890985261010080890490931698860198909852630100000090960490961660608401526002840154608084015260038401546001600160a01b03811660a085015291820490941660c0830152600160a81b8104841660e0830152600160c81b9004831693810193909352600401541661012082015290565b6040516103f69190613c86565b348015610e0a57600080fd5b506103e8600f81565b348015610e1f57600080fd5b50610505610e2e366004613d33565b61175f565b60006001600160e01b03198216635a05180f60e01b1480610e585750610e58826117ec565b92915050565b60008282604051610e70929190613d50565b6040518091039020905092915050565b6000610e8a611821565b805490915060ff600160401b82041615906001600160401b0316600081158015610eb15750825b90506000826001600160401b03166001148015610ecd5750303b155b905081158015610edb575080155b15610ef95760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610f2357845460ff60401b1916600160401b1785555b610f2b61184a565b610f3361184a565b610f3e600088611854565b50610f697ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f19988611854565b5060008051602061431983398151915280546001600160401b03881667ffffffffffffffff19909116811790915560408051918252517ffc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a619008089181900360200190a1831561100f57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b6000908152600080516020614359833981519152602052604090206001015490565b61104382611018565b61104c81611899565b6110568383611854565b50505050565b6001600160a01b03811633146110855760405163334bd91960e11b815260040160405180910390fd5b61108f82826118a3565b505050565b61109d816118df565b6110c257604051637b98efaf60e01b8152813560048201526024015b60405180910390fd5b50565b6000805160206142f98339815191526110dd81611899565b6110e6826120c8565b61110657604051637b98efaf60e01b8152823560048201526024016110b9565b5050565b6111126123a5565b61111b8261244a565b6111068282612455565b600061112f612512565b506000805160206142d983398151915290565b6000805160206142f983398151915261115a81611899565b8261117b57604051633dd1b07160e01b8152600481018490526024016110b9565b60008381527f417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f31130260205260409020600101546000805160206143798339815191529060ff16156111e057604051632389f4b560e11b8152600481018590526024016110b9565b6111e98361255b565b6111f881868660016000612776565b6000848152600282016020526040902083816112148282613da4565b50506001818101805460ff19169091179055604051869086907f10cd38bb813a05d5373c8035bdb23aa2e24b992c11956c19194c41d299ab577f9061125c9033908990613f2b565b60405180910390a3505050505050565b60008051602061433983398151915261128481611899565b600080516020614379833981519152600061129f8289612862565b90506112aa87612905565b6112b9828a8a600f6000612776565b600181018054600460ff1990911681179091558101805463ffffffff191663ffffffff86811691821790925560038301805467ffffffffffffffff60a81b1916600160c81b89851690810263ffffffff60a81b191691909117600160a81b948b1694850217909155604080513381526001600160401b038c1660208201529081019390935260608301526080820152899089907fd33fc0f4cd41b7ae04788bed356a1d4427fc939f93d12036838d623c376f24bd9060a00160405180910390a3505050505050505050565b60008190036113a65760405163019fc5cd60e11b815260040160405180910390fd5b60005b8181101561108f576113d28383838181106113c6576113c6614004565b905061010002016118df565b61142157338383838181106113e9576113e9614004565b90506101000201600001357f5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b560405160405180910390a35b6001016113a9565b60008281526000805160206142b98339815191526020819052604082206114509084612954565b949350505050565b6000918252600080516020614359833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6000805160206143398339815191526114a881611899565b60008051602061437983398151915260006114c38288612862565b600181015490915060ff16600219016114f257604051635e91cb4960e01b8152600481018890526024016110b9565b60ff85161580611505575060038560ff16115b1561152f57604051630c0e785760e01b8152600e600482015260ff861660248201526044016110b9565b6001600160a01b0384166115595760405163395f393560e01b8152600e60048201526024016110b9565b61156286612905565b611571828989600e6000612776565b600181018054600360ff199091168117909155810180546001600160a81b031916600160a01b60ff88169081026001600160a01b031916919091176001600160a01b038716908117909255604080513381526001600160401b038a166020820152908101919091526060810191909152889088907f729e4d9f78e09bf8aa9dfbeee0dfe72bcfb54a83bdb4eb7d56dd99640a37fee99060800160405180910390a35050505050505050565b60008181526000805160206142b9833981519152602081905260409091206060919061164790612960565b9392505050565b6000805160206142f983398151915261166681611899565b60008290036116885760405163019fc5cd60e11b815260040160405180910390fd5b60005b82811015611056576116bf8484838181106116a8576116a8614004565b90506020028101906116ba919061401a565b6120c8565b61171557338484838181106116d6576116d6614004565b90506020028101906116e8919061401a565b6040519035907f5d724ded91717302e51e1a2c387f2134f4b8ff23b8658e9f67ebd1d5e16587b590600090a35b60010161168b565b60008181526000805160206142b98339815191526020819052604082206116479061296d565b61174c82611018565b61175581611899565b61105683836118a3565b7ff4c30065730924f52a23928da6673ade122c7f7ffe760bd50d86c0c3e354f19961178981611899565b60008051602061431983398151915280546001600160401b03841667ffffffffffffffff19909116811790915560408051918252517ffc9a55d953b7788996c9cfa0104dc6de0fc0ae07aea82ff09068ca2a619008089181900360200190a15050565b60006001600160e01b03198216637965db0b60e01b1480610e5857506301ffc9a760e01b6001600160e01b0319831614610e58565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610e58565b611852612977565b565b60006000805160206142b983398151915281611870858561299c565b905080156114505760008581526020839052604090206118909085612a48565b50949350505050565b6110c28133612a5d565b60006000805160206142b9833981519152816118bf8585612a96565b905080156114505760008581526020839052604090206118909085612b12565b6000806118f2606084016040850161403a565b90506118fd81612b27565b600080516020614379833981519152833561192a576040516203186960eb1b815260040160405180910390fd5b833560009081526001820160205260409020541561194c575060009392505050565b61196461195f6080860160608701613d33565b612905565b60ff8216600d14801561197957506020840135155b156119a8576119888185612d50565b61199e81853560c08701358560e0890135612776565b5060019392505050565b60208085013560009081529082905260408120805490916001600160401b0390911690036119ef5760405163c4fdbd2360e01b8152602086013560048201526024016110b9565b6001810154600160281b900460081615801590611a10575060ff8316600c14155b15611a345760405163c15d80d960e01b8152602086013560048201526024016110b9565b611a4a82863560208801358660e08a0135612776565b60e085013515611a6060a0870160808801614057565b63ffffffff1615611b58578154600160e01b900463ffffffff16611a8a60a0880160808901614057565b63ffffffff161015611ac0576001828101805460ff60281b198116600160281b9182900460ff1690931702919091179055611af0565b611ad060a0870160808801614057565b825463ffffffff91909116600160e01b026001600160e01b039091161782555b611b0060a0870160808801614057565b825463ffffffff91909116600160c01b0263ffffffff60c01b19909116178255611b306080870160608801613d33565b82546001600160401b0391909116600160801b0267ffffffffffffffff60801b199091161782555b60011960ff851601611c4357611b7460c0870160a08801614057565b63ffffffff161580611b9b57506004611b9360c0880160a08901614057565b63ffffffff16115b15611bdb5783611bb160c0880160a08901614057565b604051630c0e785760e01b815260ff909216600483015263ffffffff1660248201526044016110b9565b611beb60c0870160a08801614057565b8260010160046101000a81548160ff021916908360ff1602179055508015611c3e57600182018054600090611c239061ffff1661408a565b91906101000a81548161ffff021916908361ffff1602179055505b611ff8565b60021960ff851601611c775760018201805460ff60281b1981166008600160281b9283900460ff1617909102179055611ff8565b60031960ff851601611d365760018201805460ff60281b1981166010600160281b9283900460ff16179091021790558154600160401b90046001600160401b031615801590611d09575060038301548254611ce5916001600160401b0390811691600160401b9004166140ab565b6001600160401b0316611cfe6080880160608901613d33565b6001600160401b0316105b15611c3e5760018201805460ff60281b1981166020600160281b9283900460ff1617909102179055611ff8565b60041960ff851601611d7d57611d5260a0870160808801614057565b63ffffffff16600003611c3e57604051634f0ca74560e01b815260ff851660048201526024016110b9565b60051960ff851601611deb57611d9960a0870160808801614057565b63ffffffff16600003611dc457604051634f0ca74560e01b815260ff851660048201526024016110b9565b60c0860135611c3e5760405163395f393560e01b815260ff851660048201526024016110b9565b60061960ff851601611e6657611e0760c0870160a08801614057565b63ffffffff161580611e2e57506005611e2660c0880160a08901614057565b63ffffffff16115b15611e445783611bb160c0880160a08901614057565b8015611c3e57600182018054600290611c239062010000900461ffff1661408a565b60071960ff851601611e9a5760018201805460ff60281b1981166002600160281b9283900460ff1617909102179055611ff8565b60081960ff851601611ece5760018201805460ff60281b1981166004600160281b9283900460ff1617909102179055611ff8565b60091960ff851601611f0857611eea60c0870160a08801614057565b63ffffffff16600003611c3e5783611bb160c0880160a08901614057565b600a1960ff851601611f1f57611c3e838388612f4d565b600b1960ff851601611fa75760c0860135600081815260028086016020526040909120908401549091141580611f57575060c0870135155b15611f85576040516332058dbb60e01b815260c08801356004820152602088013560248201526044016110b9565b600060028085018290558201556001908101805460ff19169091179055611ff8565b8560c001358260020154141580611fc0575060c0860135155b15611fee576040516332058dbb60e01b815260c08701356004820152602087013560248201526044016110b9565b611ff88387612d50565b60018201805460069061201790600160301b900463ffffffff166140ca565b91906101000a81548163ffffffff021916908363ffffffff1602179055508360ff16866000013587602001357f2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db9338a60600160208101906120789190613d33565b61208860a08d0160808e01614057565b61209860c08e0160a08f01614057565b8d60c001358e60e001356040516120b4969594939291906140e6565b60405180910390a450600195945050505050565b6000600080516020614379833981519152816120ef6120ea6020860186614129565b613089565b8435600090815260018401602052604090205490915015612114575060009392505050565b6000818152602083905260409020546001600160401b03161561214d5760405163e108f76360e01b8152600481018290526024016110b9565b61215d608085016060860161403a565b60ff16158061217e57506004612179608086016060870161403a565b60ff16115b156121bb576001612195608086016060870161403a565b604051630c0e785760e01b815260ff9283166004820152911660248201526044016110b9565b6121ce61195f6060860160408701613d33565b6121de8285358360016000612776565b60008181526020839052604090819020906121ff9060608701908701613d33565b815467ffffffffffffffff19166001600160401b039190911617815561222b60a0860160808701614176565b612236576000612246565b6122466060860160408701613d33565b81546001600160401b0391909116600160401b026fffffffffffffffff0000000000000000199091161781556001808201805461ffff19169091179055612293608086016060870161403a565b60018201805469ffffffff0000000000001960ff93909316640100000000029290921669ffffffff00ff000000001990921691909117600160301b1790556003830180546008906122f4906001600160401b03600160401b90910416614198565b91906101000a8154816001600160401b0302191690836001600160401b031602179055508460000135827fb951bc771c0523bfa2943d275cda0eec368e4842143ad157b7339c13c084ba1a87806020019061234f9190614129565b3361236060608c0160408d01613d33565b61237060808d0160608e0161403a565b61238060a08e0160808f01614176565b604051612392969594939291906141e3565b60405180910390a3506001949350505050565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061242c57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166124206000805160206142d9833981519152546001600160a01b031690565b6001600160a01b031614155b156118525760405163703e46dd60e11b815260040160405180910390fd5b600061110681611899565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156124af575060408051601f3d908101601f191682019092526124ac91810190614233565b60015b6124d757604051634c9c8ce360e01b81526001600160a01b03831660048201526024016110b9565b6000805160206142d9833981519152811461250857604051632a87526960e21b8152600481018290526024016110b9565b61108f83836131e7565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146118525760405163703e46dd60e11b815260040160405180910390fd5b6125686020820182614057565b63ffffffff1660000361259157604051630f1a6c2d60e21b8152600160048201526024016110b9565b6125a1604082016020830161403a565b60ff1615806125c2575060066125bd604083016020840161403a565b60ff16115b156125e357604051630f1a6c2d60e21b8152600260048201526024016110b9565b6125f36060820160408301614057565b63ffffffff1660000361261c57604051630f1a6c2d60e21b8152600360048201526024016110b9565b61262c6080820160608301613d33565b6001600160401b0316158061265857504261264d6080830160608401613d33565b6001600160401b0316115b1561267857604051630f1a6c2d60e21b81526004818101526024016110b9565b61268860a082016080830161403a565b60ff1615806126a9575060056126a460a083016080840161403a565b60ff16115b156126ca57604051630f1a6c2d60e21b8152600560048201526024016110b9565b6103e86126dd60c0830160a0840161424c565b61ffff16111561270357604051630f1a6c2d60e21b8152600660048201526024016110b9565b6103e861271660e0830160c0840161424c565b61ffff16111561273c57604051630f1a6c2d60e21b8152600760048201526024016110b9565b6103e8612750610100830160e0840161424c565b61ffff1611156110c257604051630f1a6c2d60e21b8152600860048201526024016110b9565b83612793576040516203186960eb1b815260040160405180910390fd5b6000848152600186016020526040902054156127c557604051637b98efaf60e01b8152600481018590526024016110b9565b600083836040516020016127e692919091825260ff16602082015260400190565b60408051601f1981840301815291905280516020909101209050811580159061281f575060008281526001870160205260409020548114155b1561284757604051630999b95d60e01b815260048101869052602481018390526044016110b9565b60009485526001909501602052505060409091209190915550565b600081815260028301602052604081206001810154909160ff90911690036128a057604051633dd1b07160e01b8152600481018390526024016110b9565b600181015460ff16600319016128cc576040516305400cdd60e01b8152600481018390526024016110b9565b600181015460ff1660011901610e585760028101546040516350e7236b60e01b81526110b9918491600401918252602082015260400190565b6001600160401b0381161580612923575042816001600160401b0316115b156110c25760405163753453d160e11b81526001600160401b038083166004830152421660248201526044016110b9565b6000611647838361323d565b6060600061164783613267565b6000610e58825490565b61297f6132c3565b61185257604051631afcd79f60e31b815260040160405180910390fd5b60006000805160206143598339815191526129b78484611458565b612a37576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556129ed3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610e58565b6000915050610e58565b5092915050565b6000611647836001600160a01b0384166132dd565b612a678282611458565b6111065760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016110b9565b6000600080516020614359833981519152612ab18484611458565b15612a37576000848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610e58565b6000611647836001600160a01b03841661332c565b600060ff821660021480612b3e575060ff82166003145b80612b4c575060ff82166004145b15612b6657506000805160206142f9833981519152612d17565b60041960ff831601612b9957507f273dcf2136c7d8ef632bb8ef13dbca69a8f36fa620c7468671b3153d46a211c0612d17565b60051960ff831601612bcc57507fcf75f067314df4d0527f2a9e12148d8bd7c8a3f7235b2171d24fa195d2c3ecb9612d17565b60ff821660071480612be1575060ff82166008145b80612bef575060ff82166009145b15612c1b57507feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd972612d17565b60091960ff831601612c4e57507fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e7612d17565b600a1960ff831601612ca257612c726000805160206142f983398151915233611458565b15612c7b575050565b507fab5c443dd93b1877c3b155b5e3ddb79cb901fd6f9d2e3bd366f3216a80b889e7612d17565b600b1960ff831601612cc657612c7260008051602061433983398151915233611458565b600c1960ff831601612cf957507fa8c4f09a5d9355e2dc9083a0687cbad64c1ee19df6b8c8b0bde7efca7cc57385612d17565b60405163cf4f7eb960e01b815260ff831660048201526024016110b9565b612d218133611458565b6111065760405163c0d8937b60e01b815260ff83166004820152602481018290523360448201526064016110b9565b60c0810135600090815260028301602052604081206001810154909160ff9091169003612d9657604051633dd1b07160e01b815260c083013560048201526024016110b9565b600181015460ff1660031901612dc5576040516305400cdd60e01b815260c083013560048201526024016110b9565b600181015460ff166002148015612de457508160200135816002015414155b15612e155760028101546040516350e7236b60e01b815260c0840135600482015260248101919091526044016110b9565b612e2560c0830160a08401614057565b63ffffffff161580612e4d57506103e8612e4560c0840160a08501614057565b63ffffffff16115b15612e6457600d611bb160c0840160a08501614057565b612e7460c0830160a08401614057565b60018201805461ffff929092166101000262ffff0019909216919091179055612ea36080830160608401613d33565b6001820180546001600160401b03929092166301000000026affffffffffffffff00000019909216919091179055602082013561108f57600d823560007f2dfee12715b78c284e079837a2fe42e4d591f69213154ad0f2877d658dfd3db933612f126080880160608901613d33565b6000612f2460c08a0160a08b01614057565b8960c001358a60e00135604051612f40969594939291906140e6565b60405180910390a4505050565b60c0810135600090815260028401602052604081206001810154909160ff9091169003612f9357604051633dd1b07160e01b815260c083013560048201526024016110b9565b600181015460ff1660031901612fc2576040516305400cdd60e01b815260c083013560048201526024016110b9565b600181015460ff1660021901612ff157604051635e91cb4960e01b815260c083013560048201526024016110b9565b600181015460ff166001190161302d5760028101546040516350e7236b60e01b815260c0840135600482015260248101919091526044016110b9565b60028301541561306357600283015460405163d6ee100360e01b81526020840135600482015260248101919091526044016110b9565b60c082013560029384015560209091013581830155600101805460ff1916909117905550565b60008282601181146130b25784846040516315f2a0b960e31b81526004016110b9929190614269565b60005b60118110156131c45760008383838181106130d2576130d2614004565b909101356001600160f81b031916915060009050600360fc1b82108015906131085750603960f81b6001600160f81b0319831611155b90506000604160f81b6001600160f81b03198416108015906131385750602d60f91b6001600160f81b0319841611155b80156131525750604960f81b6001600160f81b0319841614155b801561316c5750604f60f81b6001600160f81b0319841614155b80156131865750605160f81b6001600160f81b0319841614155b905081158015613194575080155b156131b65788886040516315f2a0b960e31b81526004016110b9929190614269565b5050508060010190506130b5565b5081816040516131d5929190613d50565b60405180910390209250505092915050565b6131f082613415565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156132355761108f828261347a565b6111066134f0565b600082600001828154811061325457613254614004565b9060005260206000200154905092915050565b6060816000018054806020026020016040519081016040528092919081815260200182805480156132b757602002820191906000526020600020905b8154815260200190600101908083116132a3575b50505050509050919050565b60006132cd611821565b54600160401b900460ff16919050565b600081815260018301602052604081205461332457508154600181810184556000848152602080822090930184905584548482528286019093526040902091909155610e58565b506000610e58565b60008181526001830160205260408120548015612a3757600061335060018361427d565b85549091506000906133649060019061427d565b90508082146133c957600086600001828154811061338457613384614004565b90600052602060002001549050808760000184815481106133a7576133a7614004565b6000918252602080832090910192909255918252600188019052604090208390555b85548690806133da576133da614290565b600190038181906000526020600020016000905590558560010160008681526020019081526020016000206000905560019350505050610e58565b806001600160a01b03163b60000361344b57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016110b9565b6000805160206142d983398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b03168460405161349791906142a6565b600060405180830381855af49150503d80600081146134d2576040519150601f19603f3d011682016040523d82523d6000602084013e6134d7565b606091505b50915091506134e785838361350f565b95945050505050565b34156118525760405163b398979f60e01b815260040160405180910390fd5b6060826135245761351f82613564565b611647565b815115801561353b57506001600160a01b0384163b155b15612a4157604051639996b31560e01b81526001600160a01b03851660048201526024016110b9565b80511561357357805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60006020828403121561359e57600080fd5b81356001600160e01b03198116811461164757600080fd5b600080602083850312156135c957600080fd5b82356001600160401b038111156135df57600080fd5b8301601f810185136135f057600080fd5b80356001600160401b0381111561360657600080fd5b85602082840101111561361857600080fd5b6020919091019590945092505050565b80356001600160a01b038116811461363f57600080fd5b919050565b6001600160401b03811681146110c257600080fd5b803561363f81613644565b6000806040838503121561367757600080fd5b61368083613628565b9150602083013561369081613644565b809150509250929050565b6000602082840312156136ad57600080fd5b5035919050565b600080604083850312156136c757600080fd5b823591506136d760208401613628565b90509250929050565b600061010082840312156136f357600080fd5b50919050565b6000610100828403121561370c57600080fd5b61164783836136e0565b60006020828403121561372857600080fd5b81356001600160401b0381111561373e57600080fd5b820160a0818503121561164757600080fd5b634e487b7160e01b600052604160045260246000fd5b6000806040838503121561377957600080fd5b61378283613628565b915060208301356001600160401b0381111561379d57600080fd5b8301601f810185136137ae57600080fd5b80356001600160401b038111156137c7576137c7613750565b604051601f8201601f19908116603f011681016001600160401b03811182821017156137f5576137f5613750565b60405281815282820160200187101561380d57600080fd5b816020840160208301376000602083830101528093505050509250929050565b6000806000610140848603121561384357600080fd5b833592506020840135915061385b85604086016136e0565b90509250925092565b63ffffffff811681146110c257600080fd5b803561363f81613864565b60008060008060008060c0878903121561389a57600080fd5b863595506020870135945060408701356138b381613644565b935060608701356138c381613864565b925060808701356138d381613864565b915060a08701356138e381613864565b809150509295509295509295565b6000806020838503121561390457600080fd5b82356001600160401b0381111561391a57600080fd5b8301601f8101851361392b57600080fd5b80356001600160401b0381111561394157600080fd5b8560208260081b840101111561361857600080fd5b6000806040838503121561396957600080fd5b50508035926020909101359150565b60ff811681146110c257600080fd5b803561363f81613978565b600080600080600060a086880312156139aa57600080fd5b853594506020860135935060408601356139c381613644565b925060608601356139d381613978565b91506139e160808701613628565b90509295509295909350565b602080825282518282018190526000918401906040840190835b81811015613a2e5783516001600160a01b0316835260209384019390920191600101613a07565b509095945050505050565b81516001600160401b0316815261016081016020830151613a6560208401826001600160401b03169052565b506040830151613a8060408401826001600160401b03169052565b506060830151613a98606084018263ffffffff169052565b506080830151613ab0608084018263ffffffff169052565b5060a0830151613ac660a084018261ffff169052565b5060c0830151613adc60c084018261ffff169052565b5060e0830151613af160e084018260ff169052565b50610100830151613b0861010084018260ff169052565b50610120830151613b2261012084018263ffffffff169052565b5061014092830151919092015290565b60008060208385031215613b4557600080fd5b82356001600160401b03811115613b5b57600080fd5b8301601f81018513613b6c57600080fd5b80356001600160401b03811115613b8257600080fd5b8560208260051b840101111561361857600080fd5b60005b83811015613bb2578181015183820152602001613b9a565b50506000910152565b6020815260008251806020840152613bda816040850160208701613b97565b601f01601f19169190910160400192915050565b63ffffffff815116825260ff602082015116602083015263ffffffff60408201511660408301526060810151613c2f60608401826001600160401b03169052565b506080810151613c44608084018260ff169052565b5060a0810151613c5a60a084018261ffff169052565b5060c0810151613c7060c084018261ffff169052565b5060e081015161108f60e084018261ffff169052565b600061022082019050613c9a828451613bee565b602083015160ff90811661010084810191909152604085015161ffff166101208086019190915260608601516001600160401b0316610140860152608086015161016086015260a08601516001600160a01b031661018086015260c08601519092166101a085015260e085015163ffffffff9081166101c08601529085015181166101e085015290840151908116610200840152612a41565b600060208284031215613d4557600080fd5b813561164781613644565b8183823760009101908152919050565b60008135610e5881613864565b60008135610e5881613978565b60008135610e5881613644565b61ffff811681146110c257600080fd5b60008135610e5881613d87565b8135613daf81613864565b63ffffffff8116905081548163ffffffff1982161783556020840135613dd481613978565b64ff000000008160201b168364ffffffffff19841617178455505050613e23613dff60408401613d60565b825468ffffffff0000000000191660289190911b68ffffffff000000000016178255565b613e66613e3260608401613d7a565b825470ffffffffffffffff000000000000000000191660489190911b70ffffffffffffffff00000000000000000016178255565b613e93613e7560808401613d6d565b82805460ff60881b191660889290921b60ff60881b16919091179055565b613ec2613ea260a08401613d97565b82805461ffff60901b191660909290921b61ffff60901b16919091179055565b613ef1613ed160c08401613d97565b82805461ffff60a01b191660a09290921b61ffff60a01b16919091179055565b611106613f0060e08401613d97565b82805461ffff60b01b191660b09290921b61ffff60b01b16919091179055565b803561363f81613d87565b6001600160a01b038316815261012081018235613f4781613864565b63ffffffff81166020840152506020830135613f6281613978565b60ff8116604084015250613f7860408401613876565b63ffffffff8116606084015250613f9160608401613659565b6001600160401b038116608084015250613fad60808401613987565b60ff811660a084015250613fc360a08401613f20565b61ffff811660c084015250613fda60c08401613f20565b61ffff811660e084015250613ff160e08401613f20565b61ffff8116610100840152509392505050565b634e487b7160e01b600052603260045260246000fd5b60008235609e1983360301811261403057600080fd5b9190910192915050565b60006020828403121561404c57600080fd5b813561164781613978565b60006020828403121561406957600080fd5b813561164781613864565b634e487b7160e01b600052601160045260246000fd5b600061ffff821661ffff81036140a2576140a2614074565b60010192915050565b6001600160401b038181168382160190811115610e5857610e58614074565b600063ffffffff821663ffffffff81036140a2576140a2614074565b6001600160a01b039690961686526001600160401b0394909416602086015263ffffffff928316604086015291166060840152608083015260a082015260c00190565b6000808335601e1984360301811261414057600080fd5b8301803591506001600160401b0382111561415a57600080fd5b60200191503681900382131561416f57600080fd5b9250929050565b60006020828403121561418857600080fd5b8135801515811461164757600080fd5b60006001600160401b0382166001600160401b0381036140a2576140a2614074565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60a0815260006141f760a08301888a6141ba565b6001600160a01b03969096166020830152506001600160401b0393909316604084015260ff919091166060830152151560809091015292915050565b60006020828403121561424557600080fd5b5051919050565b60006020828403121561425e57600080fd5b813561164781613d87565b6020815260006114506020830184866141ba565b81810381811115610e5857610e58614074565b634e487b7160e01b600052603160045260246000fd5b60008251614030818460208701613b9756fec1f6fe24621ce81ec5827caf0253cadb74709b061630e6b55e82371705932000360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbcdb613444d448b87431465712244e516e6a6e374a172d86121027689cca07030e417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f31130311d2c681bc9c10ed61f9a422c0dbaaddc4054ce58ec726aca73e7e4d31bcd15402dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311300a264697066735822122052478245f523210f07ba971a31826bc885e7eb390ba4280173c4cf3efd877e0b64736f6c634300081c0033",
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

// Vehicle is a free data retrieval call binding the contract method 0xa8626b52.
//
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,bytes32))
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
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,bytes32))
func (_VehicleRegistry *VehicleRegistrySession) Vehicle(vin [32]byte) (VehicleRegistryVehicle, error) {
	return _VehicleRegistry.Contract.Vehicle(&_VehicleRegistry.CallOpts, vin)
}

// Vehicle is a free data retrieval call binding the contract method 0xa8626b52.
//
// Solidity: function vehicle(bytes32 vin) view returns((uint64,uint64,uint64,uint32,uint32,uint16,uint16,uint8,uint8,uint32,bytes32))
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

// Initialize is a paid mutator transaction binding the contract method 0x1798de81.
//
// Solidity: function initialize(address admin, uint64 period) returns()
func (_VehicleRegistry *VehicleRegistryTransactor) Initialize(opts *bind.TransactOpts, admin common.Address, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.contract.Transact(opts, "initialize", admin, period)
}

// Initialize is a paid mutator transaction binding the contract method 0x1798de81.
//
// Solidity: function initialize(address admin, uint64 period) returns()
func (_VehicleRegistry *VehicleRegistrySession) Initialize(admin common.Address, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Initialize(&_VehicleRegistry.TransactOpts, admin, period)
}

// Initialize is a paid mutator transaction binding the contract method 0x1798de81.
//
// Solidity: function initialize(address admin, uint64 period) returns()
func (_VehicleRegistry *VehicleRegistryTransactorSession) Initialize(admin common.Address, period uint64) (*types.Transaction, error) {
	return _VehicleRegistry.Contract.Initialize(&_VehicleRegistry.TransactOpts, admin, period)
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
