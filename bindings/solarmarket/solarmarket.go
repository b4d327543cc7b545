// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package solarmarket

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

// SolarMarketAccount is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketAccount struct {
	Balance *big.Int
	Locked  *big.Int
}

// SolarMarketArea is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketArea struct {
	IntervalSeconds    uint32
	GateClosureSeconds uint32
}

// SolarMarketMeter is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketMeter struct {
	Owner common.Address
	Kind  uint8
	Area  [32]byte
}

// SolarMarketOrder is an auto generated low-level Go binding around an user-defined struct.
type SolarMarketOrder struct {
	Meter     [32]byte
	Owner     common.Address
	Interval  uint64
	Bid       bool
	Cancelled bool
	Wh        uint64
	Price     uint64
	Filled    uint64
	Locked    uint64
}

// SolarMarketMetaData contains all meta data concerning the SolarMarket contract.
var SolarMarketMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarAlreadyCleared\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"room\",\"type\":\"uint256\"}],\"name\":\"SolarAmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"SolarAreaExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gridFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SolarBadGridFee\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarBadKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"SolarBadQuantity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"SolarBadReading\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"name\":\"SolarBadSchedule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"buyTariff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff\",\"type\":\"uint64\"}],\"name\":\"SolarBadTariffs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarBookFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"SolarBookMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"SolarFillsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"SolarGateClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"SolarGateOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"SolarInsufficientDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"SolarIntervalNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"}],\"name\":\"SolarMeterExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarNotCleared\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"SolarNotMeterOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SolarOrderCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SolarOrderExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"filled\",\"type\":\"uint64\"}],\"name\":\"SolarOverfilled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"buyTariff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff\",\"type\":\"uint64\"}],\"name\":\"SolarPriceOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"limit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"SolarPriceViolatesLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"posted\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"SolarReadingExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"SolarReadingMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"meters\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"readings\",\"type\":\"uint256\"}],\"name\":\"SolarReadingsLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bought\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sold\",\"type\":\"uint64\"}],\"name\":\"SolarUnbalanced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"SolarUnknownArea\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"}],\"name\":\"SolarUnknownMeter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SolarUnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"SolarUpgradeChangesToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"meterArea\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"SolarWrongArea\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"bid\",\"type\":\"bool\"}],\"name\":\"SolarWrongSide\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolarZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"name\":\"AreaAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"matchedWh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"filled\",\"type\":\"uint64[]\"}],\"name\":\"Cleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"MeterAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"OrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"bid\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"OrderPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"why\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"utility\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"gridOperator\",\"type\":\"address\"}],\"name\":\"PartiesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"}],\"name\":\"Reading\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"ReadingSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"ReadingTakenAsMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"buyTariff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sellTariff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gridFee\",\"type\":\"uint64\"}],\"name\":\"TariffsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"TrustedForwarderSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KRW\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BOOK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ORDER_WH\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_READING_WH\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TARIFF\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METERING_OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_DEADLINE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"name\":\"addArea\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"name\":\"addMeter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"}],\"name\":\"bid\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"buyTariff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"gateClosure\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"balance\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"}],\"internalType\":\"structSolarMarket.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area_\",\"type\":\"bytes32\"}],\"name\":\"getArea\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"intervalSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"gateClosureSeconds\",\"type\":\"uint32\"}],\"internalType\":\"structSolarMarket.Area\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"getBook\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"orders\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"cleared\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"matchedWh\",\"type\":\"uint64\"},{\"internalType\":\"uint64[3]\",\"name\":\"tariffs\",\"type\":\"uint64[3]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter_\",\"type\":\"bytes32\"}],\"name\":\"getMeter\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumSolarMarket.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"}],\"internalType\":\"structSolarMarket.Meter\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"getOrder\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"meter\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"bid\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"filled\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"locked\",\"type\":\"uint64\"}],\"internalType\":\"structSolarMarket.Order\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"meter_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"getReading\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"wh\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"posted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gridFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gridOperator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"buyTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gridFee_\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"isTrustedForwarder\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"orderCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[]\",\"name\":\"filled\",\"type\":\"uint64[]\"}],\"name\":\"postClearing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"meters\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"wh\",\"type\":\"uint64[]\"}],\"name\":\"postReadings\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sellTariff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"utility_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"gridOperator_\",\"type\":\"address\"}],\"name\":\"setParties\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"buyTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sellTariff_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gridFee_\",\"type\":\"uint64\"}],\"name\":\"setTariffs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"forwarder\",\"type\":\"address\"}],\"name\":\"setTrustedForwarder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"area\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"interval\",\"type\":\"uint64\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedForwarder\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"utility\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e06040523060a05234801561001457600080fd5b50604051614af4380380614af483398101604081905261003391610105565b60006080526001600160a01b03811660c05261004d610053565b50610135565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100a35760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101025780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60006020828403121561011757600080fd5b81516001600160a01b038116811461012e57600080fd5b9392505050565b60805160a05160c05161496961018b600039600081816104ed015281816110af0152818161193a0152818161264801526126960152600081816125520152818161257b01526127930152600050506149696000f3fe6080604052600436106102885760003560e01c8063701629a11161015a578063bce57c18116100c1578063da28644f1161007a578063da28644f1461098a578063da742228146109aa578063dfa7bf51146109ca578063edc03ea1146109ea578063fbcbc0f114610a00578063fefe7e1a14610a9857600080fd5b8063bce57c18146107ce578063c6cd75dc146107f5578063ce68026d1461080c578063d09ef2411461082c578063d148f6601461094a578063d547741f1461096a57600080fd5b80639bb6f9d9116101135780639bb6f9d9146106ee578063a217fddf1461070e578063a4bc68ac14610723578063ad3cb1cc14610750578063af1b39991461078e578063b6b55f25146107ae57600080fd5b8063701629a11461061057806372c212ed146106435780637da0a8771461065a57806383c4a4741461066f5780638a2db3b71461068f57806391d14854146106ce57600080fd5b8063407fe910116101fe57806356ef4514116101b757806356ef4514146104db578063572b6c051461050f57806358d33a7c1461052f5780635d6d173b1461054f57806362d9e5c1146105d95780636f723b0e146105f057600080fd5b8063407fe9101461041b57806340b2f5b51461043b57806340e58ee5146104735780634b62811b146104935780634f1ef286146104b357806352d1902d146104c657600080fd5b80632453ffa8116102505780632453ffa814610363578063248a9ca3146103795780632e1a7d4d146103995780632f2ff15d146103b95780633610bdce146103d957806336568abe146103fb57600080fd5b806301ffc9a71461028d578063070805e3146102c25780630e997a95146102f057806310899d78146103125780631a82bfda14610334575b600080fd5b34801561029957600080fd5b506102ad6102a8366004613ef4565b610abf565b60405190151581526020015b60405180910390f35b3480156102ce57600080fd5b506102e26102dd366004613f35565b610af6565b6040519081526020016102b9565b3480156102fc57600080fd5b506102e260008051602061489483398151915281565b34801561031e57600080fd5b5061033261032d366004613fa5565b610b11565b005b34801561034057600080fd5b5061034b6298968081565b6040516001600160401b0390911681526020016102b9565b34801561036f57600080fd5b506102e260035481565b34801561038557600080fd5b506102e2610394366004614029565b610f52565b3480156103a557600080fd5b506103326103b4366004614029565b610f74565b3480156103c557600080fd5b506103326103d4366004614057565b6110dc565b3480156103e557600080fd5b506102e26000805160206148f483398151915281565b34801561040757600080fd5b50610332610416366004614057565b6110f8565b34801561042757600080fd5b50610332610436366004614087565b611140565b34801561044757600080fd5b5060005461045b906001600160a01b031681565b6040516001600160a01b0390911681526020016102b9565b34801561047f57600080fd5b5061033261048e366004614029565b611307565b34801561049f57600080fd5b5060015461045b906001600160a01b031681565b6103326104c13660046140e9565b611575565b3480156104d257600080fd5b506102e2611594565b3480156104e757600080fd5b5061045b7f000000000000000000000000000000000000000000000000000000000000000081565b34801561051b57600080fd5b506102ad61052a3660046141b2565b6115b1565b34801561053b57600080fd5b5061033261054a3660046141cf565b6115d6565b34801561055b57600080fd5b506105b561056a366004614029565b60408051808201909152600080825260208201525060009081526004602090815260409182902082518084019093525463ffffffff8082168452640100000000909104169082015290565b60408051825163ffffffff90811682526020938401511692810192909252016102b9565b3480156105e557600080fd5b506102e26201518081565b3480156105fc57600080fd5b506102e261060b3660046141fd565b6115eb565b34801561061c57600080fd5b5061063061062b366004613f35565b611606565b6040516102b99796959493929190614280565b34801561064f57600080fd5b5061034b620f424081565b34801561066657600080fd5b5061045b611775565b34801561067b57600080fd5b5060025461034b906001600160401b031681565b34801561069b57600080fd5b506106af6106aa366004613f35565b6117a8565b604080516001600160401b0390931683529015156020830152016102b9565b3480156106da57600080fd5b506102ad6106e9366004614057565b6117fe565b3480156106fa57600080fd5b50610332610709366004614315565b611836565b34801561071a57600080fd5b506102e2600081565b34801561072f57600080fd5b5061074361073e366004614029565b611859565b6040516102b99190614390565b34801561075c57600080fd5b50610781604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102b991906143e7565b34801561079a57600080fd5b506102e26107a93660046141fd565b6118e5565b3480156107ba57600080fd5b506103326107c9366004614029565b6118f6565b3480156107da57600080fd5b5060015461034b90600160a01b90046001600160401b031681565b34801561080157600080fd5b5061034b620186a081565b34801561081857600080fd5b50610332610827366004613f35565b6119a9565b34801561083857600080fd5b5061093d610847366004614029565b6040805161012081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152506000908152600660209081526040918290208251610120810184528154815260018201546001600160a01b038116938201939093526001600160401b03600160a01b840481169482019490945260ff600160e01b8404811615156060830152600160e81b909304909216151560808301526002015480831660a0830152600160401b8104831660c0830152600160801b8104831660e0830152600160c01b900490911661010082015290565b6040516102b9919061441a565b34801561095657600080fd5b506103326109653660046144df565b611c24565b34801561097657600080fd5b50610332610985366004614057565b611dac565b34801561099657600080fd5b506103326109a5366004614534565b611dc8565b3480156109b657600080fd5b506103326109c53660046141b2565b611f1e565b3480156109d657600080fd5b506103326109e5366004614567565b611f32565b3480156109f657600080fd5b506102e261019081565b348015610a0c57600080fd5b50610a71610a1b3660046141b2565b6040805180820190915260008082526020820152506001600160a01b03166000908152600a60209081526040918290208251808401909352546001600160801b038082168452600160801b909104169082015290565b6040805182516001600160801b0390811682526020938401511692810192909252016102b9565b348015610aa457600080fd5b5060025461034b90600160401b90046001600160401b031681565b60006001600160e01b03198216637965db0b60e01b1480610af057506301ffc9a760e01b6001600160e01b03198316145b92915050565b6000610b0a610b04846121e2565b8361224d565b9392505050565b6000805160206148f4833981519152610b29816122a4565b838214610b585760405163507ad1cb60e11b815260048101859052602481018390526044015b60405180910390fd5b60005b84811015610f49576000868683818110610b7757610b776145de565b602090810292909201356000818152600590935260409092208054929350916001600160a01b03169050610bc15760405163a51f273360e01b815260048101839052602401610b4f565b600180820154600090815260046020908152604080832081518083019092525463ffffffff808216808452640100000000909204169282019290925292610c12906001600160401b038e169061460a565b610c1c919061461d565b905080421015610c5e576001830154604051637ad5ee5d60e11b815260048101919091526001600160401b038c16602482015260448101829052606401610b4f565b62989680888887818110610c7457610c746145de565b9050602002016020810190610c899190614634565b6001600160401b03161115610ceb5783888887818110610cab57610cab6145de565b9050602002016020810190610cc09190614634565b60405163089c450360e41b815260048101929092526001600160401b03166024820152604401610b4f565b60006009600086815260200190815260200160002060008d6001600160401b03166001600160401b0316815260200190815260200160002060009054906101000a90046001600160401b03169050888887818110610d4b57610d4b6145de565b9050602002016020810190610d609190614634565b610d6b90600161464f565b6001600160401b0316816001600160401b031603610dc3576040516001600160401b038d169086907fd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e89790600090a35050505050610f41565b6001600160401b03811615610e4157848c610ddf60018461466e565b8b8b8a818110610df157610df16145de565b9050602002016020810190610e069190614634565b604051633ffa4ce360e01b815260048101949094526001600160401b0392831660248501529082166044840152166064820152608401610b4f565b888887818110610e5357610e536145de565b9050602002016020810190610e689190614634565b610e7390600161464f565b6009600087815260200190815260200160002060008e6001600160401b03166001600160401b0316815260200190815260200160002060006101000a8154816001600160401b0302191690836001600160401b031602179055508b6001600160401b0316857fc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe855472488b8b8a818110610f0b57610f0b6145de565b9050602002016020810190610f209190614634565b6040516001600160401b03909116815260200160405180910390a350505050505b600101610b5b565b50505050505050565b60009081526000805160206148d4833981519152602052604090206001015490565b80600003610f955760405163f7f70a0d60e01b815260040160405180910390fd5b6000610f9f6122b8565b6001600160a01b0381166000908152600a60205260408120805492935091610fd9906001600160801b03600160801b82048116911661468d565b6001600160801b031690508084111561101e5760405163829fa73b60e01b81526001600160a01b03841660048201526024810185905260448101829052606401610b4f565b81548490839060009061103b9084906001600160801b031661468d565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550826001600160a01b03167f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d58560405161109a91815260200190565b60405180910390a26110d66001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684866122c7565b50505050565b6110e582610f52565b6110ee816122a4565b6110d68383612326565b6111006122b8565b6001600160a01b0316816001600160a01b0316146111315760405163334bd91960e11b815260040160405180910390fd5b61113b82826123d3565b505050565b6000805160206148f4833981519152611158816122a4565b6001600160a01b03841661117f57604051630d80498360e31b815260040160405180910390fd5b600083600281111561119357611193614358565b036111b157604051637386211360e11b815260040160405180910390fd5b60008281526004602052604081205463ffffffff1690036111e857604051633221644360e01b815260048101839052602401610b4f565b6000858152600560205260409020546001600160a01b03161561122057604051624e444160e21b815260048101869052602401610b4f565b6040518060600160405280856001600160a01b0316815260200184600281111561124c5761124c614358565b8152602090810184905260008781526005825260409020825181546001600160a01b039091166001600160a01b031982168117835592840151919283916001600160a81b03191617600160a01b8360028111156112ab576112ab614358565b02179055506040820151816001015590505081846001600160a01b0316867f97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5866040516112f891906146ac565b60405180910390a45050505050565b600081815260066020526040902060018101546001600160a01b031661134357604051635452664560e01b815260048101839052602401610b4f565b61134b6122b8565b60018201546001600160a01b0390811691161461139757805461136c6122b8565b6040516323d12e4960e21b815260048101929092526001600160a01b03166024820152604401610b4f565b6001810154600160e81b900460ff16156113c757604051633efb336360e11b815260048101839052602401610b4f565b80546000908152600560205260408120600190810154908301549091600791611401908490600160a01b90046001600160401b031661246d565b8152602081019190915260400160002060010154600160c81b900460ff168061144757506001820154611445908290600160a01b90046001600160401b03166124b2565b155b1561146c57600182015461146c908290600160a01b90046001600160401b03166124fe565b600182018054600160e81b60ff60e81b1982161790915560028301546001600160a01b039091166000908152600a602052604090208054600160c01b9092046001600160401b0316916010906114d3908490600160801b90046001600160801b031661468d565b82546001600160801b039182166101009390930a9283029190920219909116179055506002820180546001600160c01b0316905581546000908152600860209081526040808320600186018054600160a01b908190046001600160401b03908116875292909452828520859055549151929091041691839186917f17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d91a4505050565b61157d612547565b611586826125d7565b61159082826126cb565b5050565b600061159e612788565b506000805160206148b483398151915290565b60006115bb611775565b6001600160a01b0316826001600160a01b0316149050919050565b60006115e1816122a4565b61113b83836127d1565b60006115fc86868686866001612867565b9695505050505050565b60606000806000806000611618613ed6565b6000600760006116288c8c61246d565b815260200190815260200160002090508060010160189054906101000a900460ff1661168e57604080516060810182526001546001600160401b03600160a01b909104811682526002548082166020840152600160401b900416918101919091526116c9565b6040805160608101825260018301546001600160401b038082168352600160401b820481166020840152600160801b90910416918101919091525b81546001830154600284015460038501805460408051602080840282018101909252828152969850919560ff600160c81b8604811695600160d01b900416936001600160401b0380821694600160401b90920416928a929189919083018282801561175357602002820191906000526020600020905b81548152602001906001019080831161173f575b5050505050965097509750975097509750975097505092959891949750929550565b60007f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e9005b546001600160a01b0316919050565b60008281526009602090815260408083206001600160401b038086168552925282205482911680156117e4576117df60018261466e565b6117e7565b60005b92506001600160401b0316151590505b9250929050565b60009182526000805160206148d4833981519152602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60008051602061489483398151915261184e816122a4565b6110d6848484612de8565b604080516060810182526000808252602082018190529181019190915260008281526005602090815260409182902082516060810190935280546001600160a01b03811684529091830190600160a01b900460ff1660028111156118bf576118bf614358565b60028111156118d0576118d0614358565b81526020016001820154815250509050919050565b60006115fc86868686866000612867565b806000036119175760405163f7f70a0d60e01b815260040160405180910390fd5b60006119216122b8565b905061192d8183612f38565b6119626001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016823085612ff6565b806001600160a01b03167f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c48360405161199d91815260200190565b60405180910390a25050565b6000600760006119b9858561246d565b815260200190815260200160002090508060010160199054906101000a900460ff16611a0a576040516308917ac360e21b8152600481018490526001600160401b0383166024820152604401610b4f565b6001810154600160d01b900460ff1615611a49576040516364cd092760e11b8152600481018490526001600160401b0383166024820152604401610b4f565b6001818101805460ff60d01b198116600160d01b179182905560408051610180810182526000808252602082018190529181018290526060810182905281546001600160a01b039081166080830152945490941660a085015260028501546001600160401b0390811660c086015291821660e0850152600160401b83048216610100850152600160801b90920481166101208401528416610140830152906101608101611af686866124b2565b15159052600383015490915060005b81811015611b3e57611b36846003018281548110611b2557611b256145de565b90600052602060002001548461302f565b600101611b05565b50611b5182608001518360600151612f38565b6080820180516001600160a01b03166000908152600a602052604090819020915190840151611b8192919061344d565b60208201518251600091611b94916146ba565b90508015611be657611baa8360a0015182612f38565b60a083015160408051838152600460208201526000926001600160a01b0316913091600080516020614914833981519152910160405180910390a45b6040516001600160401b0386169087907f12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e8390600090a3505050505050565b6000611c2e6134d0565b805490915060ff600160401b82041615906001600160401b0316600081158015611c555750825b90506000826001600160401b03166001148015611c715750303b155b905081158015611c7f575080155b15611c9d5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611cc757845460ff60401b1916600160401b1785555b611cd08a6134f9565b611cd861350a565b611ce061350a565b6001600160a01b038916611d0757604051630d80498360e31b815260040160405180910390fd5b611d1260008a612326565b50611d2b6000805160206148948339815191528a612326565b50611d446000805160206148f48339815191528a612326565b50611d4f898a6127d1565b611d5a888888612de8565b8315611da057845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050505050565b611db582610f52565b611dbe816122a4565b6110d683836123d3565b600080516020614894833981519152611de0816122a4565b60008481526004602052604090205463ffffffff1615611e1657604051631586397760e01b815260048101859052602401610b4f565b831580611e295750600a8363ffffffff16105b80611e3c5750620151808363ffffffff16115b80611e5d5750611e4d8360046146cd565b63ffffffff168263ffffffff1610155b15611e8b57604051634861f12360e11b815263ffffffff808516600483015283166024820152604401610b4f565b60408051808201825263ffffffff858116808352858216602080850182815260008b81526004835287902095518654915186166401000000000267ffffffffffffffff199092169516949094179390931790935583519081529081019190915285917f8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d910160405180910390a250505050565b6000611f29816122a4565b61159082613512565b600080516020614894833981519152611f4a816122a4565b6000611f55886121e2565b90506000611f63828961224d565b905080421015611f9f5760405163a0844dfd60e01b8152600481018a90526001600160401b038916602482015260448101829052606401610b4f565b600060076000611faf8c8c61246d565b815260200190815260200160002090508060010160199054906101000a900460ff161561200157604051633334228f60e21b8152600481018b90526001600160401b038a166024820152604401610b4f565b80548714612045578054604051632d88930560e21b8152600481018c90526001600160401b038b166024820152604481019190915260648101889052608401610b4f565b60038101548514612079576003810154604051632410c78160e21b8152600481019190915260248101869052604401610b4f565b6001810154600160c01b900460ff16612095576120958161357b565b60006120a3828a89896135f1565b90506000816001600160401b03161180156120ef575060018201546001600160401b03908116908a1610806120ef575060018201546001600160401b03600160401b9091048116908a16115b156121365760018201546040516301d937c160e11b81526001600160401b03808c1660048301528083166024830152600160401b9092049091166044820152606401610b4f565b806001600160401b031660000361214c57600098505b60018201805460ff60c81b1916600160c81b1790556002820180546001600160401b03838116600160401b026001600160801b0319909216818d161791909117909155604051908b16908c907fa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2906121cd908d9086908e908e908e906146ec565b60405180910390a35050505050505050505050565b604080518082018252600080825260209182018190528381526004825282812083518085019094525463ffffffff80821680865264010000000090920416928401929092520361224857604051633221644360e01b815260048101839052602401610b4f565b919050565b8151600090819061226d9063ffffffff166001600160401b03851661461d565b9050836020015163ffffffff16811161228757600061229c565b602084015161229c9063ffffffff16826146ba565b949350505050565b6122b5816122b06122b8565b61384b565b50565b60006122c2613884565b905090565b6040516001600160a01b0383811660248301526044820183905261113b91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506138cc565b60006000805160206148d483398151915261234184846117fe565b6123c2576000848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556123786122b8565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610af0565b6000915050610af0565b5092915050565b60006000805160206148d48339815191526123ee84846117fe565b156123c2576000848152602082815260408083206001600160a01b03871684529091529020805460ff191690556124236122b8565b6001600160a01b0316836001600160a01b0316857ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a46001915050610af0565b600082826040516020016124949291909182526001600160401b0316602082015260400190565b60405160208183030381529060405280519060200120905092915050565b600082815260046020526040812054620151809063ffffffff166124e06001600160401b038516600161460a565b6124ea919061461d565b6124f4919061460a565b4210159392505050565b600061250c610b04846121e2565b905080421061113b576040516314b595ad60e21b8152600481018490526001600160401b038316602482015260448101829052606401610b4f565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806125b757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166125ab61393d565b6001600160a01b031614155b156125d55760405163703e46dd60e11b815260040160405180910390fd5b565b60006125e2816122a4565b6000826001600160a01b03166356ef45146040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561263e575060408051601f3d908101601f1916820190925261263b91810190614759565b60015b156126465790505b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316816001600160a01b03161461113b57604051631674cab560e31b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015282166024820152604401610b4f565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612725575060408051601f3d908101601f1916820190925261272291810190614776565b60015b61274d57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610b4f565b6000805160206148b4833981519152811461277e57604051632a87526960e21b815260048101829052602401610b4f565b61113b8383613953565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146125d55760405163703e46dd60e11b815260040160405180910390fd5b6001600160a01b03821615806127ee57506001600160a01b038116155b1561280c57604051630d80498360e31b815260040160405180910390fd5b600080546001600160a01b038085166001600160a01b0319928316811784556001805492861692909316821790925560405190927f48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a91a35050565b60008061287788888888876139a9565b90506000600760006128898a8a61246d565b815260200190815260200160002090508060010160189054906101000a900460ff166128b8576128b88161357b565b60018101546001600160401b0390811690861610806128ee575060018101546001600160401b03600160401b9091048116908616115b156129355760018101546040516301d937c160e11b81526001600160401b0380881660048301528083166024830152600160401b9092049091166044820152606401610b4f565b60038101546101901161296d57604051631fd7b3c960e01b8152600481018990526001600160401b0388166024820152604401610b4f565b60006129d08561299c576001830154612997908990600160401b90046001600160401b0316613bc7565b613bf8565b60018301546129bc908990600160801b90046001600160401b0316613bc7565b6129c68989613bc7565b612997919061460a565b6001600160a01b0384166000908152600a60205260408120805492935091612a0a906001600160801b03600160801b82048116911661468d565b6001600160801b0316905080836001600160401b03161115612a605760405163829fa73b60e01b81526001600160a01b03861660048201526001600160401b038416602482015260448101829052606401610b4f565b81546001600160401b038416908390601090612a8d908490600160801b90046001600160801b031661478f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550600360008154612ac0906147ae565b91905081905595506040518061012001604052808d8152602001866001600160a01b031681526020018b6001600160401b0316815260200188151581526020016000151581526020018a6001600160401b03168152602001896001600160401b0316815260200160006001600160401b03168152602001846001600160401b0316815250600660008881526020019081526020016000206000820151816000015560208201518160010160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a8154816001600160401b0302191690836001600160401b03160217905550606082015181600101601c6101000a81548160ff021916908315150217905550608082015181600101601d6101000a81548160ff02191690831515021790555060a08201518160020160006101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160020160086101000a8154816001600160401b0302191690836001600160401b0316021790555060e08201518160020160106101000a8154816001600160401b0302191690836001600160401b031602179055506101008201518160020160186101000a8154816001600160401b0302191690836001600160401b0316021790555090505085600860008e815260200190815260200160002060008c6001600160401b03166001600160401b0316815260200190815260200160002081905550836003018690806001815401808255809150506001900390600052602060002001600090919091909150558360000154868d898c8c604051602001612d699695949392919095865260208601949094526040850192909252151560608401526001600160401b0390811660808401521660a082015260c00190565b60408051808303601f19018152828252805160209182012087558e8352891515908301526001600160401b038b8116838301528a811660608401529051908c16918d9189917f07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39919081900360800190a450505050509695505050505050565b6001600160401b0383161580612e0f5750816001600160401b0316836001600160401b0316115b80612e255750620186a06001600160401b038316115b15612e5657604051631211c32960e21b81526001600160401b03808516600483015283166024820152604401610b4f565b620186a06001600160401b0382161115612e975760405163067e513960e31b81526001600160401b0382166004820152620186a06024820152604401610b4f565b600280546001600160801b031916600160401b6001600160401b0384811691820267ffffffffffffffff1916929092178583169081179093556001805467ffffffffffffffff60a01b1916600160a01b938816938402179055604080519283526020830193909352918101919091527f5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc99060600160405180910390a1505050565b6001600160a01b0382166000908152600a602052604081208054909190612f6a906001600160801b039081169061468d565b6001600160801b0316905080831115612faf57604051634b98e61760e01b81526001600160a01b03851660048201526024810184905260448101829052606401610b4f565b815483908390600090612fcc9084906001600160801b031661478f565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526110d69186918216906323b872dd906084016122f4565b60008281526006602052604090206001810154600160e81b900460ff161561305657505050565b60018101546001600160a01b03166000908152600a6020526040902060028201548154600160c01b9091046001600160401b03169082906010906130ab908490600160801b90046001600160801b031661468d565b82546001600160801b039182166101009390930a9283029190920219909116179055506002820180546001600160c01b031690819055600160801b90046001600160401b03166000819003613101575050505050565b825460009081526009602090815260408083206101408801516001600160401b0390811685529252909120541680156131465761313f60018261466e565b90506131c8565b846101600151156131955750610140840151835460405183926001600160401b031691907f9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e180390600090a36131c8565b83546101408601516040516393ca1f3d60e01b815260048101929092526001600160401b03166024820152604401610b4f565b6001840154600160e01b900460ff16156132e25760006131ec838760c00151613bc7565b60018601549091506132099085906001600160a01b03168361344d565b808660000181815161321b919061460a565b905250600185810154604080518481526020810193909352899230926001600160a01b031691600080516020614914833981519152910160405180910390a4613292848660010160009054906101000a90046001600160a01b03168860a0015161328a878b6101200151613bc7565b60028c613c32565b826001600160401b0316826001600160401b031610156132dc5760018501546132dc906001600160a01b03166132d56132cb858761466e565b8960e00151613c9d565b888a613cb8565b50613445565b60006132f2838760c00151613c9d565b90508086602001818151613306919061460a565b9052506001850154613321906001600160a01b031682612f38565b60018581015460408051848152602081019390935289926001600160a01b03909216913091600080516020614914833981519152910160405180910390a4826001600160401b0316826001600160401b0316101561340c576000613393613388848661466e565b886101000151613bc7565b60018701549091506133b09086906001600160a01b03168361344d565b80876060018181516133c2919061460a565b9052506080870151600187015460408051848152600360208201528b936001600160a01b03908116931691600080516020614914833981519152910160405180910390a450610f49565b826001600160401b0316826001600160401b03161115610f49576001850154610f49906001600160a01b03166132d56132cb868661466e565b505050505050565b825460009061346e906001600160801b03600160801b82048116911661468d565b6001600160801b03169050808211156134b35760405163829fa73b60e01b81526001600160a01b03841660048201526024810183905260448101829052606401610b4f565b835482908590600090612fcc9084906001600160801b031661468d565b6000807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610af0565b613501613d20565b6122b581613512565b6125d5613d20565b7f6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e90080546001600160a01b0319166001600160a01b0383169081179091556040517fd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea290600090a250565b6001805460025492909101805467ffffffffffffffff19600160401b6001600160401b038681168202929092166001600160801b0319600160801b9290970483169190910268ffffffffffffffffff60801b1990931692909217600160c01b179490941617600160a01b90920492909216179055565b60008060005b838110156137fc576000858583818110613613576136136145de565b90506020020160208101906136289190614634565b9050806001600160401b031660000361364157506137f4565b6000886003018381548110613658576136586145de565b6000918252602080832090910154808352600690915260409091206002810154919250906001600160401b0390811690841611806136a157506001810154600160e81b900460ff165b156137055760018101548290600160e81b900460ff166136ce5760028201546001600160401b03166136d1565b60005b60405163fdebc6ab60e01b815260048101929092526001600160401b03908116602483015284166044820152606401610b4f565b6001810154600160e01b900460ff166137375760028101546001600160401b03808b16600160401b9092041611613752565b60028101546001600160401b03808b16600160401b90920416105b1561379757600281015460405163d6a0075160e01b8152600481018490526001600160401b03600160401b90920482166024820152908a166044820152606401610b4f565b60028101805467ffffffffffffffff60801b1916600160801b6001600160401b038616021790556001810154600160e01b900460ff16156137e3576137dc838761464f565b95506137f0565b6137ed838661464f565b94505b5050505b6001016135f7565b50806001600160401b0316826001600160401b03161461384257604051630baaedf760e01b81526001600160401b03808416600483015282166024820152604401610b4f565b50949350505050565b61385582826117fe565b6115905760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b4f565b600036601480821080159061389d575061389d336115b1565b156138c4576138b1368284038160006147c7565b6138ba916147f1565b60601c9250505090565b339250505090565b600080602060008451602086016000885af1806138ef576040513d6000823e3d81fd5b50506000513d91508115613907578060011415613914565b6001600160a01b0384163b155b156110d657604051635274afe760e01b81526001600160a01b0385166004820152602401610b4f565b60006000805160206148b4833981519152611799565b61395c82613d45565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b90600090a28051156139a15761113b8282613daa565b611590613e20565b600085815260056020908152604080832081516060810190925280546001600160a01b03811683528493830190600160a01b900460ff1660028111156139f1576139f1614358565b6002811115613a0257613a02614358565b81526020016001820154815250509050613a1a6122b8565b81519092506001600160a01b0316613a485760405163a51f273360e01b815260048101889052602401610b4f565b816001600160a01b031681600001516001600160a01b031614613a90576040516323d12e4960e21b8152600481018890526001600160a01b0383166024820152604401610b4f565b85816040015114613acb576040808201519051635259e73760e01b815260048101899052602481019190915260448101879052606401610b4f565b821515600282602001516002811115613ae657613ae6614358565b1414613b0e5760208101516040516326eb60ab60e21b8152610b4f9189918690600401614831565b613b1886866124fe565b6001600160401b0384161580613b395750620f42406001600160401b038516115b15613b625760405163a69df6cd60e01b81526001600160401b0385166004820152602401610b4f565b60008781526008602090815260408083206001600160401b03891684529091529020548015613bbc576040516208c8a160e51b8152600481018990526001600160401b038716602482015260448101829052606401610b4f565b505095945050505050565b60006103e8613be26001600160401b0380851690861661461d565b613bee906103e761460a565b610b0a9190614855565b60006001600160401b03821115613c2e57604080516306dfcc6560e41b8152600481019190915260248101839052604401610b4f565b5090565b821561344557613c4386868561344d565b613c4d8484612f38565b80846001600160a01b0316866001600160a01b03166000805160206149148339815191528686604051613c8d92919091825260ff16602082015260400190565b60405180910390a4505050505050565b60006103e8613bee6001600160401b0380851690861661461d565b82156110d6578282604001818151613cd0919061460a565b905250613cdd8484612f38565b6080820151604080518581526003602082015283926001600160a01b0380891693911691600080516020614914833981519152910160405180910390a450505050565b613d28613e3f565b6125d557604051631afcd79f60e31b815260040160405180910390fd5b806001600160a01b03163b600003613d7b57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610b4f565b6000805160206148b483398151915280546001600160a01b0319166001600160a01b0392909216919091179055565b6060600080846001600160a01b031684604051613dc79190614877565b600060405180830381855af49150503d8060008114613e02576040519150601f19603f3d011682016040523d82523d6000602084013e613e07565b606091505b5091509150613e17858383613e59565b95945050505050565b34156125d55760405163b398979f60e01b815260040160405180910390fd5b6000613e496134d0565b54600160401b900460ff16919050565b606082613e6e57613e6982613eae565b610b0a565b8151158015613e8557506001600160a01b0384163b155b156123cc57604051639996b31560e01b81526001600160a01b0385166004820152602401610b4f565b805115613ebd57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b60405180606001604052806003906020820280368337509192915050565b600060208284031215613f0657600080fd5b81356001600160e01b031981168114610b0a57600080fd5b80356001600160401b038116811461224857600080fd5b60008060408385031215613f4857600080fd5b82359150613f5860208401613f1e565b90509250929050565b60008083601f840112613f7357600080fd5b5081356001600160401b03811115613f8a57600080fd5b6020830191508360208260051b85010111156117f757600080fd5b600080600080600060608688031215613fbd57600080fd5b613fc686613f1e565b945060208601356001600160401b03811115613fe157600080fd5b613fed88828901613f61565b90955093505060408601356001600160401b0381111561400c57600080fd5b61401888828901613f61565b969995985093965092949392505050565b60006020828403121561403b57600080fd5b5035919050565b6001600160a01b03811681146122b557600080fd5b6000806040838503121561406a57600080fd5b82359150602083013561407c81614042565b809150509250929050565b6000806000806080858703121561409d57600080fd5b8435935060208501356140af81614042565b92506040850135600381106140c357600080fd5b9396929550929360600135925050565b634e487b7160e01b600052604160045260246000fd5b600080604083850312156140fc57600080fd5b823561410781614042565b915060208301356001600160401b0381111561412257600080fd5b8301601f8101851361413357600080fd5b80356001600160401b0381111561414c5761414c6140d3565b604051601f8201601f19908116603f011681016001600160401b038111828210171561417a5761417a6140d3565b60405281815282820160200187101561419257600080fd5b816020840160208301376000602083830101528093505050509250929050565b6000602082840312156141c457600080fd5b8135610b0a81614042565b600080604083850312156141e257600080fd5b82356141ed81614042565b9150602083013561407c81614042565b600080600080600060a0868803121561421557600080fd5b853594506020860135935061422c60408701613f1e565b925061423a60608701613f1e565b915061424860808701613f1e565b90509295509295909350565b8060005b60038110156110d65781516001600160401b0316845260209384019390910190600101614258565b610120808252885190820181905260009060208a0190610140840190835b818110156142bc57835183526020938401939092019160010161429e565b5050602084018a9052881515604085015291506142d69050565b85151560608301526001600160401b03851660808301526001600160401b03841660a083015261430960c0830184614254565b98975050505050505050565b60008060006060848603121561432a57600080fd5b61433384613f1e565b925061434160208501613f1e565b915061434f60408501613f1e565b90509250925092565b634e487b7160e01b600052602160045260246000fd5b6003811061438c57634e487b7160e01b600052602160045260246000fd5b9052565b81516001600160a01b0316815260208083015160608301916143b49084018261436e565b50604092830151919092015290565b60005b838110156143de5781810151838201526020016143c6565b50506000910152565b60208152600082518060208401526144068160408501602087016143c3565b601f01601f19169190910160400192915050565b815181526020808301516001600160a01b0316908201526040808301516001600160401b03169082015260608083015161012083019161445d9084018215159052565b506080830151614471608084018215159052565b5060a083015161448c60a08401826001600160401b03169052565b5060c08301516144a760c08401826001600160401b03169052565b5060e08301516144c260e08401826001600160401b03169052565b506101008301516123cc6101008401826001600160401b03169052565b600080600080600060a086880312156144f757600080fd5b853561450281614042565b9450602086013561451281614042565b935061422c60408701613f1e565b803563ffffffff8116811461224857600080fd5b60008060006060848603121561454957600080fd5b8335925061455960208501614520565b915061434f60408501614520565b60008060008060008060a0878903121561458057600080fd5b8635955061459060208801613f1e565b945061459e60408801613f1e565b93506060870135925060808701356001600160401b038111156145c057600080fd5b6145cc89828a01613f61565b979a9699509497509295939492505050565b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b80820180821115610af057610af06145f4565b8082028115828204841417610af057610af06145f4565b60006020828403121561464657600080fd5b610b0a82613f1e565b6001600160401b038181168382160190811115610af057610af06145f4565b6001600160401b038281168282160390811115610af057610af06145f4565b6001600160801b038281168282160390811115610af057610af06145f4565b60208101610af0828461436e565b81810381811115610af057610af06145f4565b63ffffffff81811683821602908116908181146123cc576123cc6145f4565b6001600160401b0386811682528516602082015260408101849052608060608201819052810182905260008360a08301825b8581101561474c576001600160401b0361473784613f1e565b1682526020928301929091019060010161471e565b5098975050505050505050565b60006020828403121561476b57600080fd5b8151610b0a81614042565b60006020828403121561478857600080fd5b5051919050565b6001600160801b038181168382160190811115610af057610af06145f4565b6000600182016147c0576147c06145f4565b5060010190565b600080858511156147d757600080fd5b838611156147e457600080fd5b5050820193919092039150565b80356bffffffffffffffffffffffff1981169060148410156123cc576bffffffffffffffffffffffff1960149490940360031b84901b1690921692915050565b83815260608101614845602083018561436e565b8215156040830152949350505050565b60008261487257634e487b7160e01b600052601260045260246000fd5b500490565b600082516148898184602087016143c3565b919091019291505056fe55049dd3b89514f54f939cb6b3d0bd764d192f30d61ca6964b2cacf4a9134af1360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b62680014bc19e187864ba983e1e88379d9f857bc0aa7efd374be5a2053d4fd127e7e53e000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544a26469706673582212207d0cc573cd41b1c5c50a65311dcd2bfaa9d47f6e9c05ab8aeb8d845c17e3a87564736f6c634300081c0033",
}

// SolarMarketABI is the input ABI used to generate the binding from.
// Deprecated: Use SolarMarketMetaData.ABI instead.
var SolarMarketABI = SolarMarketMetaData.ABI

// SolarMarketBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SolarMarketMetaData.Bin instead.
var SolarMarketBin = SolarMarketMetaData.Bin

// DeploySolarMarket deploys a new Ethereum contract, binding an instance of SolarMarket to it.
func DeploySolarMarket(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address) (common.Address, *types.Transaction, *SolarMarket, error) {
	parsed, err := SolarMarketMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SolarMarketBin), backend, token)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SolarMarket{SolarMarketCaller: SolarMarketCaller{contract: contract}, SolarMarketTransactor: SolarMarketTransactor{contract: contract}, SolarMarketFilterer: SolarMarketFilterer{contract: contract}}, nil
}

// SolarMarket is an auto generated Go binding around an Ethereum contract.
type SolarMarket struct {
	SolarMarketCaller     // Read-only binding to the contract
	SolarMarketTransactor // Write-only binding to the contract
	SolarMarketFilterer   // Log filterer for contract events
}

// SolarMarketCaller is an auto generated read-only Go binding around an Ethereum contract.
type SolarMarketCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SolarMarketTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SolarMarketTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SolarMarketFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SolarMarketFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SolarMarketSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SolarMarketSession struct {
	Contract     *SolarMarket      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SolarMarketCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SolarMarketCallerSession struct {
	Contract *SolarMarketCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// SolarMarketTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SolarMarketTransactorSession struct {
	Contract     *SolarMarketTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// SolarMarketRaw is an auto generated low-level Go binding around an Ethereum contract.
type SolarMarketRaw struct {
	Contract *SolarMarket // Generic contract binding to access the raw methods on
}

// SolarMarketCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SolarMarketCallerRaw struct {
	Contract *SolarMarketCaller // Generic read-only contract binding to access the raw methods on
}

// SolarMarketTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SolarMarketTransactorRaw struct {
	Contract *SolarMarketTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSolarMarket creates a new instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarket(address common.Address, backend bind.ContractBackend) (*SolarMarket, error) {
	contract, err := bindSolarMarket(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SolarMarket{SolarMarketCaller: SolarMarketCaller{contract: contract}, SolarMarketTransactor: SolarMarketTransactor{contract: contract}, SolarMarketFilterer: SolarMarketFilterer{contract: contract}}, nil
}

// NewSolarMarketCaller creates a new read-only instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarketCaller(address common.Address, caller bind.ContractCaller) (*SolarMarketCaller, error) {
	contract, err := bindSolarMarket(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SolarMarketCaller{contract: contract}, nil
}

// NewSolarMarketTransactor creates a new write-only instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarketTransactor(address common.Address, transactor bind.ContractTransactor) (*SolarMarketTransactor, error) {
	contract, err := bindSolarMarket(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SolarMarketTransactor{contract: contract}, nil
}

// NewSolarMarketFilterer creates a new log filterer instance of SolarMarket, bound to a specific deployed contract.
func NewSolarMarketFilterer(address common.Address, filterer bind.ContractFilterer) (*SolarMarketFilterer, error) {
	contract, err := bindSolarMarket(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SolarMarketFilterer{contract: contract}, nil
}

// bindSolarMarket binds a generic wrapper to an already deployed contract.
func bindSolarMarket(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SolarMarketMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SolarMarket *SolarMarketRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SolarMarket.Contract.SolarMarketCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SolarMarket *SolarMarketRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SolarMarket.Contract.SolarMarketTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SolarMarket *SolarMarketRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SolarMarket.Contract.SolarMarketTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SolarMarket *SolarMarketCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SolarMarket.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SolarMarket *SolarMarketTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SolarMarket.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SolarMarket *SolarMarketTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SolarMarket.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SolarMarket.Contract.DEFAULTADMINROLE(&_SolarMarket.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _SolarMarket.Contract.DEFAULTADMINROLE(&_SolarMarket.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SolarMarket *SolarMarketCaller) KRW(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "KRW")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SolarMarket *SolarMarketSession) KRW() (common.Address, error) {
	return _SolarMarket.Contract.KRW(&_SolarMarket.CallOpts)
}

// KRW is a free data retrieval call binding the contract method 0x56ef4514.
//
// Solidity: function KRW() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) KRW() (common.Address, error) {
	return _SolarMarket.Contract.KRW(&_SolarMarket.CallOpts)
}

// MARKETOPERATORROLE is a free data retrieval call binding the contract method 0x0e997a95.
//
// Solidity: function MARKET_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) MARKETOPERATORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MARKET_OPERATOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MARKETOPERATORROLE is a free data retrieval call binding the contract method 0x0e997a95.
//
// Solidity: function MARKET_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) MARKETOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.MARKETOPERATORROLE(&_SolarMarket.CallOpts)
}

// MARKETOPERATORROLE is a free data retrieval call binding the contract method 0x0e997a95.
//
// Solidity: function MARKET_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) MARKETOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.MARKETOPERATORROLE(&_SolarMarket.CallOpts)
}

// MAXBOOK is a free data retrieval call binding the contract method 0xedc03ea1.
//
// Solidity: function MAX_BOOK() view returns(uint256)
func (_SolarMarket *SolarMarketCaller) MAXBOOK(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_BOOK")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXBOOK is a free data retrieval call binding the contract method 0xedc03ea1.
//
// Solidity: function MAX_BOOK() view returns(uint256)
func (_SolarMarket *SolarMarketSession) MAXBOOK() (*big.Int, error) {
	return _SolarMarket.Contract.MAXBOOK(&_SolarMarket.CallOpts)
}

// MAXBOOK is a free data retrieval call binding the contract method 0xedc03ea1.
//
// Solidity: function MAX_BOOK() view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) MAXBOOK() (*big.Int, error) {
	return _SolarMarket.Contract.MAXBOOK(&_SolarMarket.CallOpts)
}

// MAXORDERWH is a free data retrieval call binding the contract method 0x72c212ed.
//
// Solidity: function MAX_ORDER_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) MAXORDERWH(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_ORDER_WH")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXORDERWH is a free data retrieval call binding the contract method 0x72c212ed.
//
// Solidity: function MAX_ORDER_WH() view returns(uint64)
func (_SolarMarket *SolarMarketSession) MAXORDERWH() (uint64, error) {
	return _SolarMarket.Contract.MAXORDERWH(&_SolarMarket.CallOpts)
}

// MAXORDERWH is a free data retrieval call binding the contract method 0x72c212ed.
//
// Solidity: function MAX_ORDER_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) MAXORDERWH() (uint64, error) {
	return _SolarMarket.Contract.MAXORDERWH(&_SolarMarket.CallOpts)
}

// MAXREADINGWH is a free data retrieval call binding the contract method 0x1a82bfda.
//
// Solidity: function MAX_READING_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) MAXREADINGWH(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_READING_WH")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXREADINGWH is a free data retrieval call binding the contract method 0x1a82bfda.
//
// Solidity: function MAX_READING_WH() view returns(uint64)
func (_SolarMarket *SolarMarketSession) MAXREADINGWH() (uint64, error) {
	return _SolarMarket.Contract.MAXREADINGWH(&_SolarMarket.CallOpts)
}

// MAXREADINGWH is a free data retrieval call binding the contract method 0x1a82bfda.
//
// Solidity: function MAX_READING_WH() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) MAXREADINGWH() (uint64, error) {
	return _SolarMarket.Contract.MAXREADINGWH(&_SolarMarket.CallOpts)
}

// MAXTARIFF is a free data retrieval call binding the contract method 0xc6cd75dc.
//
// Solidity: function MAX_TARIFF() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) MAXTARIFF(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "MAX_TARIFF")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXTARIFF is a free data retrieval call binding the contract method 0xc6cd75dc.
//
// Solidity: function MAX_TARIFF() view returns(uint64)
func (_SolarMarket *SolarMarketSession) MAXTARIFF() (uint64, error) {
	return _SolarMarket.Contract.MAXTARIFF(&_SolarMarket.CallOpts)
}

// MAXTARIFF is a free data retrieval call binding the contract method 0xc6cd75dc.
//
// Solidity: function MAX_TARIFF() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) MAXTARIFF() (uint64, error) {
	return _SolarMarket.Contract.MAXTARIFF(&_SolarMarket.CallOpts)
}

// METERINGOPERATORROLE is a free data retrieval call binding the contract method 0x3610bdce.
//
// Solidity: function METERING_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) METERINGOPERATORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "METERING_OPERATOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// METERINGOPERATORROLE is a free data retrieval call binding the contract method 0x3610bdce.
//
// Solidity: function METERING_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) METERINGOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.METERINGOPERATORROLE(&_SolarMarket.CallOpts)
}

// METERINGOPERATORROLE is a free data retrieval call binding the contract method 0x3610bdce.
//
// Solidity: function METERING_OPERATOR_ROLE() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) METERINGOPERATORROLE() ([32]byte, error) {
	return _SolarMarket.Contract.METERINGOPERATORROLE(&_SolarMarket.CallOpts)
}

// OPERATORDEADLINE is a free data retrieval call binding the contract method 0x62d9e5c1.
//
// Solidity: function OPERATOR_DEADLINE() view returns(uint256)
func (_SolarMarket *SolarMarketCaller) OPERATORDEADLINE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "OPERATOR_DEADLINE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OPERATORDEADLINE is a free data retrieval call binding the contract method 0x62d9e5c1.
//
// Solidity: function OPERATOR_DEADLINE() view returns(uint256)
func (_SolarMarket *SolarMarketSession) OPERATORDEADLINE() (*big.Int, error) {
	return _SolarMarket.Contract.OPERATORDEADLINE(&_SolarMarket.CallOpts)
}

// OPERATORDEADLINE is a free data retrieval call binding the contract method 0x62d9e5c1.
//
// Solidity: function OPERATOR_DEADLINE() view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) OPERATORDEADLINE() (*big.Int, error) {
	return _SolarMarket.Contract.OPERATORDEADLINE(&_SolarMarket.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SolarMarket *SolarMarketCaller) UPGRADEINTERFACEVERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "UPGRADE_INTERFACE_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SolarMarket *SolarMarketSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SolarMarket.Contract.UPGRADEINTERFACEVERSION(&_SolarMarket.CallOpts)
}

// UPGRADEINTERFACEVERSION is a free data retrieval call binding the contract method 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (_SolarMarket *SolarMarketCallerSession) UPGRADEINTERFACEVERSION() (string, error) {
	return _SolarMarket.Contract.UPGRADEINTERFACEVERSION(&_SolarMarket.CallOpts)
}

// BuyTariff is a free data retrieval call binding the contract method 0xbce57c18.
//
// Solidity: function buyTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) BuyTariff(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "buyTariff")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BuyTariff is a free data retrieval call binding the contract method 0xbce57c18.
//
// Solidity: function buyTariff() view returns(uint64)
func (_SolarMarket *SolarMarketSession) BuyTariff() (uint64, error) {
	return _SolarMarket.Contract.BuyTariff(&_SolarMarket.CallOpts)
}

// BuyTariff is a free data retrieval call binding the contract method 0xbce57c18.
//
// Solidity: function buyTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) BuyTariff() (uint64, error) {
	return _SolarMarket.Contract.BuyTariff(&_SolarMarket.CallOpts)
}

// GateClosure is a free data retrieval call binding the contract method 0x070805e3.
//
// Solidity: function gateClosure(bytes32 area_, uint64 interval) view returns(uint256)
func (_SolarMarket *SolarMarketCaller) GateClosure(opts *bind.CallOpts, area_ [32]byte, interval uint64) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "gateClosure", area_, interval)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GateClosure is a free data retrieval call binding the contract method 0x070805e3.
//
// Solidity: function gateClosure(bytes32 area_, uint64 interval) view returns(uint256)
func (_SolarMarket *SolarMarketSession) GateClosure(area_ [32]byte, interval uint64) (*big.Int, error) {
	return _SolarMarket.Contract.GateClosure(&_SolarMarket.CallOpts, area_, interval)
}

// GateClosure is a free data retrieval call binding the contract method 0x070805e3.
//
// Solidity: function gateClosure(bytes32 area_, uint64 interval) view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) GateClosure(area_ [32]byte, interval uint64) (*big.Int, error) {
	return _SolarMarket.Contract.GateClosure(&_SolarMarket.CallOpts, area_, interval)
}

// GetAccount is a free data retrieval call binding the contract method 0xfbcbc0f1.
//
// Solidity: function getAccount(address who) view returns((uint128,uint128))
func (_SolarMarket *SolarMarketCaller) GetAccount(opts *bind.CallOpts, who common.Address) (SolarMarketAccount, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getAccount", who)

	if err != nil {
		return *new(SolarMarketAccount), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketAccount)).(*SolarMarketAccount)

	return out0, err

}

// GetAccount is a free data retrieval call binding the contract method 0xfbcbc0f1.
//
// Solidity: function getAccount(address who) view returns((uint128,uint128))
func (_SolarMarket *SolarMarketSession) GetAccount(who common.Address) (SolarMarketAccount, error) {
	return _SolarMarket.Contract.GetAccount(&_SolarMarket.CallOpts, who)
}

// GetAccount is a free data retrieval call binding the contract method 0xfbcbc0f1.
//
// Solidity: function getAccount(address who) view returns((uint128,uint128))
func (_SolarMarket *SolarMarketCallerSession) GetAccount(who common.Address) (SolarMarketAccount, error) {
	return _SolarMarket.Contract.GetAccount(&_SolarMarket.CallOpts, who)
}

// GetArea is a free data retrieval call binding the contract method 0x5d6d173b.
//
// Solidity: function getArea(bytes32 area_) view returns((uint32,uint32))
func (_SolarMarket *SolarMarketCaller) GetArea(opts *bind.CallOpts, area_ [32]byte) (SolarMarketArea, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getArea", area_)

	if err != nil {
		return *new(SolarMarketArea), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketArea)).(*SolarMarketArea)

	return out0, err

}

// GetArea is a free data retrieval call binding the contract method 0x5d6d173b.
//
// Solidity: function getArea(bytes32 area_) view returns((uint32,uint32))
func (_SolarMarket *SolarMarketSession) GetArea(area_ [32]byte) (SolarMarketArea, error) {
	return _SolarMarket.Contract.GetArea(&_SolarMarket.CallOpts, area_)
}

// GetArea is a free data retrieval call binding the contract method 0x5d6d173b.
//
// Solidity: function getArea(bytes32 area_) view returns((uint32,uint32))
func (_SolarMarket *SolarMarketCallerSession) GetArea(area_ [32]byte) (SolarMarketArea, error) {
	return _SolarMarket.Contract.GetArea(&_SolarMarket.CallOpts, area_)
}

// GetBook is a free data retrieval call binding the contract method 0x701629a1.
//
// Solidity: function getBook(bytes32 area_, uint64 interval) view returns(uint256[] orders, bytes32 digest, bool cleared, bool settled, uint64 price, uint64 matchedWh, uint64[3] tariffs)
func (_SolarMarket *SolarMarketCaller) GetBook(opts *bind.CallOpts, area_ [32]byte, interval uint64) (struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getBook", area_, interval)

	outstruct := new(struct {
		Orders    []*big.Int
		Digest    [32]byte
		Cleared   bool
		Settled   bool
		Price     uint64
		MatchedWh uint64
		Tariffs   [3]uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Orders = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Digest = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Cleared = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Settled = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Price = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.MatchedWh = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.Tariffs = *abi.ConvertType(out[6], new([3]uint64)).(*[3]uint64)

	return *outstruct, err

}

// GetBook is a free data retrieval call binding the contract method 0x701629a1.
//
// Solidity: function getBook(bytes32 area_, uint64 interval) view returns(uint256[] orders, bytes32 digest, bool cleared, bool settled, uint64 price, uint64 matchedWh, uint64[3] tariffs)
func (_SolarMarket *SolarMarketSession) GetBook(area_ [32]byte, interval uint64) (struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}, error) {
	return _SolarMarket.Contract.GetBook(&_SolarMarket.CallOpts, area_, interval)
}

// GetBook is a free data retrieval call binding the contract method 0x701629a1.
//
// Solidity: function getBook(bytes32 area_, uint64 interval) view returns(uint256[] orders, bytes32 digest, bool cleared, bool settled, uint64 price, uint64 matchedWh, uint64[3] tariffs)
func (_SolarMarket *SolarMarketCallerSession) GetBook(area_ [32]byte, interval uint64) (struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}, error) {
	return _SolarMarket.Contract.GetBook(&_SolarMarket.CallOpts, area_, interval)
}

// GetMeter is a free data retrieval call binding the contract method 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meter_) view returns((address,uint8,bytes32))
func (_SolarMarket *SolarMarketCaller) GetMeter(opts *bind.CallOpts, meter_ [32]byte) (SolarMarketMeter, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getMeter", meter_)

	if err != nil {
		return *new(SolarMarketMeter), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketMeter)).(*SolarMarketMeter)

	return out0, err

}

// GetMeter is a free data retrieval call binding the contract method 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meter_) view returns((address,uint8,bytes32))
func (_SolarMarket *SolarMarketSession) GetMeter(meter_ [32]byte) (SolarMarketMeter, error) {
	return _SolarMarket.Contract.GetMeter(&_SolarMarket.CallOpts, meter_)
}

// GetMeter is a free data retrieval call binding the contract method 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meter_) view returns((address,uint8,bytes32))
func (_SolarMarket *SolarMarketCallerSession) GetMeter(meter_ [32]byte) (SolarMarketMeter, error) {
	return _SolarMarket.Contract.GetMeter(&_SolarMarket.CallOpts, meter_)
}

// GetOrder is a free data retrieval call binding the contract method 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((bytes32,address,uint64,bool,bool,uint64,uint64,uint64,uint64))
func (_SolarMarket *SolarMarketCaller) GetOrder(opts *bind.CallOpts, orderId *big.Int) (SolarMarketOrder, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getOrder", orderId)

	if err != nil {
		return *new(SolarMarketOrder), err
	}

	out0 := *abi.ConvertType(out[0], new(SolarMarketOrder)).(*SolarMarketOrder)

	return out0, err

}

// GetOrder is a free data retrieval call binding the contract method 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((bytes32,address,uint64,bool,bool,uint64,uint64,uint64,uint64))
func (_SolarMarket *SolarMarketSession) GetOrder(orderId *big.Int) (SolarMarketOrder, error) {
	return _SolarMarket.Contract.GetOrder(&_SolarMarket.CallOpts, orderId)
}

// GetOrder is a free data retrieval call binding the contract method 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((bytes32,address,uint64,bool,bool,uint64,uint64,uint64,uint64))
func (_SolarMarket *SolarMarketCallerSession) GetOrder(orderId *big.Int) (SolarMarketOrder, error) {
	return _SolarMarket.Contract.GetOrder(&_SolarMarket.CallOpts, orderId)
}

// GetReading is a free data retrieval call binding the contract method 0x8a2db3b7.
//
// Solidity: function getReading(bytes32 meter_, uint64 interval) view returns(uint64 wh, bool posted)
func (_SolarMarket *SolarMarketCaller) GetReading(opts *bind.CallOpts, meter_ [32]byte, interval uint64) (struct {
	Wh     uint64
	Posted bool
}, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getReading", meter_, interval)

	outstruct := new(struct {
		Wh     uint64
		Posted bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Wh = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Posted = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// GetReading is a free data retrieval call binding the contract method 0x8a2db3b7.
//
// Solidity: function getReading(bytes32 meter_, uint64 interval) view returns(uint64 wh, bool posted)
func (_SolarMarket *SolarMarketSession) GetReading(meter_ [32]byte, interval uint64) (struct {
	Wh     uint64
	Posted bool
}, error) {
	return _SolarMarket.Contract.GetReading(&_SolarMarket.CallOpts, meter_, interval)
}

// GetReading is a free data retrieval call binding the contract method 0x8a2db3b7.
//
// Solidity: function getReading(bytes32 meter_, uint64 interval) view returns(uint64 wh, bool posted)
func (_SolarMarket *SolarMarketCallerSession) GetReading(meter_ [32]byte, interval uint64) (struct {
	Wh     uint64
	Posted bool
}, error) {
	return _SolarMarket.Contract.GetReading(&_SolarMarket.CallOpts, meter_, interval)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SolarMarket *SolarMarketSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SolarMarket.Contract.GetRoleAdmin(&_SolarMarket.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _SolarMarket.Contract.GetRoleAdmin(&_SolarMarket.CallOpts, role)
}

// GridFee is a free data retrieval call binding the contract method 0xfefe7e1a.
//
// Solidity: function gridFee() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) GridFee(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "gridFee")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GridFee is a free data retrieval call binding the contract method 0xfefe7e1a.
//
// Solidity: function gridFee() view returns(uint64)
func (_SolarMarket *SolarMarketSession) GridFee() (uint64, error) {
	return _SolarMarket.Contract.GridFee(&_SolarMarket.CallOpts)
}

// GridFee is a free data retrieval call binding the contract method 0xfefe7e1a.
//
// Solidity: function gridFee() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) GridFee() (uint64, error) {
	return _SolarMarket.Contract.GridFee(&_SolarMarket.CallOpts)
}

// GridOperator is a free data retrieval call binding the contract method 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (_SolarMarket *SolarMarketCaller) GridOperator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "gridOperator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GridOperator is a free data retrieval call binding the contract method 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (_SolarMarket *SolarMarketSession) GridOperator() (common.Address, error) {
	return _SolarMarket.Contract.GridOperator(&_SolarMarket.CallOpts)
}

// GridOperator is a free data retrieval call binding the contract method 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) GridOperator() (common.Address, error) {
	return _SolarMarket.Contract.GridOperator(&_SolarMarket.CallOpts)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SolarMarket *SolarMarketCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SolarMarket *SolarMarketSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SolarMarket.Contract.HasRole(&_SolarMarket.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_SolarMarket *SolarMarketCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _SolarMarket.Contract.HasRole(&_SolarMarket.CallOpts, role, account)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SolarMarket *SolarMarketCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SolarMarket *SolarMarketSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SolarMarket.Contract.IsTrustedForwarder(&_SolarMarket.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_SolarMarket *SolarMarketCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _SolarMarket.Contract.IsTrustedForwarder(&_SolarMarket.CallOpts, forwarder)
}

// OrderCount is a free data retrieval call binding the contract method 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (_SolarMarket *SolarMarketCaller) OrderCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "orderCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OrderCount is a free data retrieval call binding the contract method 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (_SolarMarket *SolarMarketSession) OrderCount() (*big.Int, error) {
	return _SolarMarket.Contract.OrderCount(&_SolarMarket.CallOpts)
}

// OrderCount is a free data retrieval call binding the contract method 0x2453ffa8.
//
// Solidity: function orderCount() view returns(uint256)
func (_SolarMarket *SolarMarketCallerSession) OrderCount() (*big.Int, error) {
	return _SolarMarket.Contract.OrderCount(&_SolarMarket.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SolarMarket *SolarMarketCaller) ProxiableUUID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "proxiableUUID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SolarMarket *SolarMarketSession) ProxiableUUID() ([32]byte, error) {
	return _SolarMarket.Contract.ProxiableUUID(&_SolarMarket.CallOpts)
}

// ProxiableUUID is a free data retrieval call binding the contract method 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (_SolarMarket *SolarMarketCallerSession) ProxiableUUID() ([32]byte, error) {
	return _SolarMarket.Contract.ProxiableUUID(&_SolarMarket.CallOpts)
}

// SellTariff is a free data retrieval call binding the contract method 0x83c4a474.
//
// Solidity: function sellTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCaller) SellTariff(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "sellTariff")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SellTariff is a free data retrieval call binding the contract method 0x83c4a474.
//
// Solidity: function sellTariff() view returns(uint64)
func (_SolarMarket *SolarMarketSession) SellTariff() (uint64, error) {
	return _SolarMarket.Contract.SellTariff(&_SolarMarket.CallOpts)
}

// SellTariff is a free data retrieval call binding the contract method 0x83c4a474.
//
// Solidity: function sellTariff() view returns(uint64)
func (_SolarMarket *SolarMarketCallerSession) SellTariff() (uint64, error) {
	return _SolarMarket.Contract.SellTariff(&_SolarMarket.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SolarMarket *SolarMarketCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SolarMarket *SolarMarketSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SolarMarket.Contract.SupportsInterface(&_SolarMarket.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_SolarMarket *SolarMarketCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _SolarMarket.Contract.SupportsInterface(&_SolarMarket.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SolarMarket *SolarMarketCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SolarMarket *SolarMarketSession) TrustedForwarder() (common.Address, error) {
	return _SolarMarket.Contract.TrustedForwarder(&_SolarMarket.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) TrustedForwarder() (common.Address, error) {
	return _SolarMarket.Contract.TrustedForwarder(&_SolarMarket.CallOpts)
}

// Utility is a free data retrieval call binding the contract method 0x40b2f5b5.
//
// Solidity: function utility() view returns(address)
func (_SolarMarket *SolarMarketCaller) Utility(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SolarMarket.contract.Call(opts, &out, "utility")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Utility is a free data retrieval call binding the contract method 0x40b2f5b5.
//
// Solidity: function utility() view returns(address)
func (_SolarMarket *SolarMarketSession) Utility() (common.Address, error) {
	return _SolarMarket.Contract.Utility(&_SolarMarket.CallOpts)
}

// Utility is a free data retrieval call binding the contract method 0x40b2f5b5.
//
// Solidity: function utility() view returns(address)
func (_SolarMarket *SolarMarketCallerSession) Utility() (common.Address, error) {
	return _SolarMarket.Contract.Utility(&_SolarMarket.CallOpts)
}

// AddArea is a paid mutator transaction binding the contract method 0xda28644f.
//
// Solidity: function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) returns()
func (_SolarMarket *SolarMarketTransactor) AddArea(opts *bind.TransactOpts, area [32]byte, intervalSeconds uint32, gateClosureSeconds uint32) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "addArea", area, intervalSeconds, gateClosureSeconds)
}

// AddArea is a paid mutator transaction binding the contract method 0xda28644f.
//
// Solidity: function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) returns()
func (_SolarMarket *SolarMarketSession) AddArea(area [32]byte, intervalSeconds uint32, gateClosureSeconds uint32) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddArea(&_SolarMarket.TransactOpts, area, intervalSeconds, gateClosureSeconds)
}

// AddArea is a paid mutator transaction binding the contract method 0xda28644f.
//
// Solidity: function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) returns()
func (_SolarMarket *SolarMarketTransactorSession) AddArea(area [32]byte, intervalSeconds uint32, gateClosureSeconds uint32) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddArea(&_SolarMarket.TransactOpts, area, intervalSeconds, gateClosureSeconds)
}

// AddMeter is a paid mutator transaction binding the contract method 0x407fe910.
//
// Solidity: function addMeter(bytes32 meter, address owner, uint8 kind, bytes32 area) returns()
func (_SolarMarket *SolarMarketTransactor) AddMeter(opts *bind.TransactOpts, meter [32]byte, owner common.Address, kind uint8, area [32]byte) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "addMeter", meter, owner, kind, area)
}

// AddMeter is a paid mutator transaction binding the contract method 0x407fe910.
//
// Solidity: function addMeter(bytes32 meter, address owner, uint8 kind, bytes32 area) returns()
func (_SolarMarket *SolarMarketSession) AddMeter(meter [32]byte, owner common.Address, kind uint8, area [32]byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddMeter(&_SolarMarket.TransactOpts, meter, owner, kind, area)
}

// AddMeter is a paid mutator transaction binding the contract method 0x407fe910.
//
// Solidity: function addMeter(bytes32 meter, address owner, uint8 kind, bytes32 area) returns()
func (_SolarMarket *SolarMarketTransactorSession) AddMeter(meter [32]byte, owner common.Address, kind uint8, area [32]byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.AddMeter(&_SolarMarket.TransactOpts, meter, owner, kind, area)
}

// Ask is a paid mutator transaction binding the contract method 0xaf1b3999.
//
// Solidity: function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactor) Ask(opts *bind.TransactOpts, meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "ask", meter, area, interval, wh, price)
}

// Ask is a paid mutator transaction binding the contract method 0xaf1b3999.
//
// Solidity: function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketSession) Ask(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Ask(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Ask is a paid mutator transaction binding the contract method 0xaf1b3999.
//
// Solidity: function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactorSession) Ask(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Ask(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Bid is a paid mutator transaction binding the contract method 0x6f723b0e.
//
// Solidity: function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactor) Bid(opts *bind.TransactOpts, meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "bid", meter, area, interval, wh, price)
}

// Bid is a paid mutator transaction binding the contract method 0x6f723b0e.
//
// Solidity: function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketSession) Bid(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Bid(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Bid is a paid mutator transaction binding the contract method 0x6f723b0e.
//
// Solidity: function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) returns(uint256)
func (_SolarMarket *SolarMarketTransactorSession) Bid(meter [32]byte, area [32]byte, interval uint64, wh uint64, price uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Bid(&_SolarMarket.TransactOpts, meter, area, interval, wh, price)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 orderId) returns()
func (_SolarMarket *SolarMarketTransactor) Cancel(opts *bind.TransactOpts, orderId *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "cancel", orderId)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 orderId) returns()
func (_SolarMarket *SolarMarketSession) Cancel(orderId *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Cancel(&_SolarMarket.TransactOpts, orderId)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 orderId) returns()
func (_SolarMarket *SolarMarketTransactorSession) Cancel(orderId *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Cancel(&_SolarMarket.TransactOpts, orderId)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactor) Deposit(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "deposit", amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_SolarMarket *SolarMarketSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Deposit(&_SolarMarket.TransactOpts, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactorSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Deposit(&_SolarMarket.TransactOpts, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.GrantRole(&_SolarMarket.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.GrantRole(&_SolarMarket.TransactOpts, role, account)
}

// Initialize is a paid mutator transaction binding the contract method 0xd148f660.
//
// Solidity: function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactor) Initialize(opts *bind.TransactOpts, forwarder common.Address, admin common.Address, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "initialize", forwarder, admin, buyTariff_, sellTariff_, gridFee_)
}

// Initialize is a paid mutator transaction binding the contract method 0xd148f660.
//
// Solidity: function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketSession) Initialize(forwarder common.Address, admin common.Address, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Initialize(&_SolarMarket.TransactOpts, forwarder, admin, buyTariff_, sellTariff_, gridFee_)
}

// Initialize is a paid mutator transaction binding the contract method 0xd148f660.
//
// Solidity: function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactorSession) Initialize(forwarder common.Address, admin common.Address, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Initialize(&_SolarMarket.TransactOpts, forwarder, admin, buyTariff_, sellTariff_, gridFee_)
}

// PostClearing is a paid mutator transaction binding the contract method 0xdfa7bf51.
//
// Solidity: function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] filled) returns()
func (_SolarMarket *SolarMarketTransactor) PostClearing(opts *bind.TransactOpts, area [32]byte, interval uint64, price uint64, digest [32]byte, filled []uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "postClearing", area, interval, price, digest, filled)
}

// PostClearing is a paid mutator transaction binding the contract method 0xdfa7bf51.
//
// Solidity: function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] filled) returns()
func (_SolarMarket *SolarMarketSession) PostClearing(area [32]byte, interval uint64, price uint64, digest [32]byte, filled []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostClearing(&_SolarMarket.TransactOpts, area, interval, price, digest, filled)
}

// PostClearing is a paid mutator transaction binding the contract method 0xdfa7bf51.
//
// Solidity: function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] filled) returns()
func (_SolarMarket *SolarMarketTransactorSession) PostClearing(area [32]byte, interval uint64, price uint64, digest [32]byte, filled []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostClearing(&_SolarMarket.TransactOpts, area, interval, price, digest, filled)
}

// PostReadings is a paid mutator transaction binding the contract method 0x10899d78.
//
// Solidity: function postReadings(uint64 interval, bytes32[] meters, uint64[] wh) returns()
func (_SolarMarket *SolarMarketTransactor) PostReadings(opts *bind.TransactOpts, interval uint64, meters [][32]byte, wh []uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "postReadings", interval, meters, wh)
}

// PostReadings is a paid mutator transaction binding the contract method 0x10899d78.
//
// Solidity: function postReadings(uint64 interval, bytes32[] meters, uint64[] wh) returns()
func (_SolarMarket *SolarMarketSession) PostReadings(interval uint64, meters [][32]byte, wh []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostReadings(&_SolarMarket.TransactOpts, interval, meters, wh)
}

// PostReadings is a paid mutator transaction binding the contract method 0x10899d78.
//
// Solidity: function postReadings(uint64 interval, bytes32[] meters, uint64[] wh) returns()
func (_SolarMarket *SolarMarketTransactorSession) PostReadings(interval uint64, meters [][32]byte, wh []uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.PostReadings(&_SolarMarket.TransactOpts, interval, meters, wh)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SolarMarket *SolarMarketTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SolarMarket *SolarMarketSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RenounceRole(&_SolarMarket.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_SolarMarket *SolarMarketTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RenounceRole(&_SolarMarket.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RevokeRole(&_SolarMarket.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SolarMarket *SolarMarketTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.RevokeRole(&_SolarMarket.TransactOpts, role, account)
}

// SetParties is a paid mutator transaction binding the contract method 0x58d33a7c.
//
// Solidity: function setParties(address utility_, address gridOperator_) returns()
func (_SolarMarket *SolarMarketTransactor) SetParties(opts *bind.TransactOpts, utility_ common.Address, gridOperator_ common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "setParties", utility_, gridOperator_)
}

// SetParties is a paid mutator transaction binding the contract method 0x58d33a7c.
//
// Solidity: function setParties(address utility_, address gridOperator_) returns()
func (_SolarMarket *SolarMarketSession) SetParties(utility_ common.Address, gridOperator_ common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetParties(&_SolarMarket.TransactOpts, utility_, gridOperator_)
}

// SetParties is a paid mutator transaction binding the contract method 0x58d33a7c.
//
// Solidity: function setParties(address utility_, address gridOperator_) returns()
func (_SolarMarket *SolarMarketTransactorSession) SetParties(utility_ common.Address, gridOperator_ common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetParties(&_SolarMarket.TransactOpts, utility_, gridOperator_)
}

// SetTariffs is a paid mutator transaction binding the contract method 0x9bb6f9d9.
//
// Solidity: function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactor) SetTariffs(opts *bind.TransactOpts, buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "setTariffs", buyTariff_, sellTariff_, gridFee_)
}

// SetTariffs is a paid mutator transaction binding the contract method 0x9bb6f9d9.
//
// Solidity: function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketSession) SetTariffs(buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTariffs(&_SolarMarket.TransactOpts, buyTariff_, sellTariff_, gridFee_)
}

// SetTariffs is a paid mutator transaction binding the contract method 0x9bb6f9d9.
//
// Solidity: function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) returns()
func (_SolarMarket *SolarMarketTransactorSession) SetTariffs(buyTariff_ uint64, sellTariff_ uint64, gridFee_ uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTariffs(&_SolarMarket.TransactOpts, buyTariff_, sellTariff_, gridFee_)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SolarMarket *SolarMarketTransactor) SetTrustedForwarder(opts *bind.TransactOpts, forwarder common.Address) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "setTrustedForwarder", forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SolarMarket *SolarMarketSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTrustedForwarder(&_SolarMarket.TransactOpts, forwarder)
}

// SetTrustedForwarder is a paid mutator transaction binding the contract method 0xda742228.
//
// Solidity: function setTrustedForwarder(address forwarder) returns()
func (_SolarMarket *SolarMarketTransactorSession) SetTrustedForwarder(forwarder common.Address) (*types.Transaction, error) {
	return _SolarMarket.Contract.SetTrustedForwarder(&_SolarMarket.TransactOpts, forwarder)
}

// Settle is a paid mutator transaction binding the contract method 0xce68026d.
//
// Solidity: function settle(bytes32 area, uint64 interval) returns()
func (_SolarMarket *SolarMarketTransactor) Settle(opts *bind.TransactOpts, area [32]byte, interval uint64) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "settle", area, interval)
}

// Settle is a paid mutator transaction binding the contract method 0xce68026d.
//
// Solidity: function settle(bytes32 area, uint64 interval) returns()
func (_SolarMarket *SolarMarketSession) Settle(area [32]byte, interval uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Settle(&_SolarMarket.TransactOpts, area, interval)
}

// Settle is a paid mutator transaction binding the contract method 0xce68026d.
//
// Solidity: function settle(bytes32 area, uint64 interval) returns()
func (_SolarMarket *SolarMarketTransactorSession) Settle(area [32]byte, interval uint64) (*types.Transaction, error) {
	return _SolarMarket.Contract.Settle(&_SolarMarket.TransactOpts, area, interval)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SolarMarket *SolarMarketTransactor) UpgradeToAndCall(opts *bind.TransactOpts, newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "upgradeToAndCall", newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SolarMarket *SolarMarketSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.UpgradeToAndCall(&_SolarMarket.TransactOpts, newImplementation, data)
}

// UpgradeToAndCall is a paid mutator transaction binding the contract method 0x4f1ef286.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (_SolarMarket *SolarMarketTransactorSession) UpgradeToAndCall(newImplementation common.Address, data []byte) (*types.Transaction, error) {
	return _SolarMarket.Contract.UpgradeToAndCall(&_SolarMarket.TransactOpts, newImplementation, data)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactor) Withdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.contract.Transact(opts, "withdraw", amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_SolarMarket *SolarMarketSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Withdraw(&_SolarMarket.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_SolarMarket *SolarMarketTransactorSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _SolarMarket.Contract.Withdraw(&_SolarMarket.TransactOpts, amount)
}

// SolarMarketAreaAddedIterator is returned from FilterAreaAdded and is used to iterate over the raw logs and unpacked data for AreaAdded events raised by the SolarMarket contract.
type SolarMarketAreaAddedIterator struct {
	Event *SolarMarketAreaAdded // Event containing the contract specifics and raw log

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
func (it *SolarMarketAreaAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketAreaAdded)
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
		it.Event = new(SolarMarketAreaAdded)
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
func (it *SolarMarketAreaAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketAreaAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketAreaAdded represents a AreaAdded event raised by the SolarMarket contract.
type SolarMarketAreaAdded struct {
	Area               [32]byte
	IntervalSeconds    uint32
	GateClosureSeconds uint32
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterAreaAdded is a free log retrieval operation binding the contract event 0x8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d.
//
// Solidity: event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds)
func (_SolarMarket *SolarMarketFilterer) FilterAreaAdded(opts *bind.FilterOpts, area [][32]byte) (*SolarMarketAreaAddedIterator, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "AreaAdded", areaRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketAreaAddedIterator{contract: _SolarMarket.contract, event: "AreaAdded", logs: logs, sub: sub}, nil
}

// WatchAreaAdded is a free log subscription operation binding the contract event 0x8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d.
//
// Solidity: event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds)
func (_SolarMarket *SolarMarketFilterer) WatchAreaAdded(opts *bind.WatchOpts, sink chan<- *SolarMarketAreaAdded, area [][32]byte) (event.Subscription, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "AreaAdded", areaRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketAreaAdded)
				if err := _SolarMarket.contract.UnpackLog(event, "AreaAdded", log); err != nil {
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

// ParseAreaAdded is a log parse operation binding the contract event 0x8be349ddca79c5742d6bc3c38685e88680781c87157e0de106df7cf22a15f80d.
//
// Solidity: event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds)
func (_SolarMarket *SolarMarketFilterer) ParseAreaAdded(log types.Log) (*SolarMarketAreaAdded, error) {
	event := new(SolarMarketAreaAdded)
	if err := _SolarMarket.contract.UnpackLog(event, "AreaAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketClearedIterator is returned from FilterCleared and is used to iterate over the raw logs and unpacked data for Cleared events raised by the SolarMarket contract.
type SolarMarketClearedIterator struct {
	Event *SolarMarketCleared // Event containing the contract specifics and raw log

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
func (it *SolarMarketClearedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketCleared)
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
		it.Event = new(SolarMarketCleared)
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
func (it *SolarMarketClearedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketClearedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketCleared represents a Cleared event raised by the SolarMarket contract.
type SolarMarketCleared struct {
	Area      [32]byte
	Interval  uint64
	Price     uint64
	MatchedWh uint64
	Digest    [32]byte
	Filled    []uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterCleared is a free log retrieval operation binding the contract event 0xa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2.
//
// Solidity: event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled)
func (_SolarMarket *SolarMarketFilterer) FilterCleared(opts *bind.FilterOpts, area [][32]byte, interval []uint64) (*SolarMarketClearedIterator, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Cleared", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketClearedIterator{contract: _SolarMarket.contract, event: "Cleared", logs: logs, sub: sub}, nil
}

// WatchCleared is a free log subscription operation binding the contract event 0xa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2.
//
// Solidity: event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled)
func (_SolarMarket *SolarMarketFilterer) WatchCleared(opts *bind.WatchOpts, sink chan<- *SolarMarketCleared, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Cleared", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketCleared)
				if err := _SolarMarket.contract.UnpackLog(event, "Cleared", log); err != nil {
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

// ParseCleared is a log parse operation binding the contract event 0xa2e409ee5078a2f19a6214293db13f5fd118327416129b3cdb02afae6f24b6a2.
//
// Solidity: event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled)
func (_SolarMarket *SolarMarketFilterer) ParseCleared(log types.Log) (*SolarMarketCleared, error) {
	event := new(SolarMarketCleared)
	if err := _SolarMarket.contract.UnpackLog(event, "Cleared", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the SolarMarket contract.
type SolarMarketDepositedIterator struct {
	Event *SolarMarketDeposited // Event containing the contract specifics and raw log

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
func (it *SolarMarketDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketDeposited)
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
		it.Event = new(SolarMarketDeposited)
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
func (it *SolarMarketDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketDeposited represents a Deposited event raised by the SolarMarket contract.
type SolarMarketDeposited struct {
	Who    common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) FilterDeposited(opts *bind.FilterOpts, who []common.Address) (*SolarMarketDepositedIterator, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Deposited", whoRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketDepositedIterator{contract: _SolarMarket.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4.
//
// Solidity: event Deposited(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *SolarMarketDeposited, who []common.Address) (event.Subscription, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Deposited", whoRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketDeposited)
				if err := _SolarMarket.contract.UnpackLog(event, "Deposited", log); err != nil {
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
// Solidity: event Deposited(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) ParseDeposited(log types.Log) (*SolarMarketDeposited, error) {
	event := new(SolarMarketDeposited)
	if err := _SolarMarket.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the SolarMarket contract.
type SolarMarketInitializedIterator struct {
	Event *SolarMarketInitialized // Event containing the contract specifics and raw log

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
func (it *SolarMarketInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketInitialized)
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
		it.Event = new(SolarMarketInitialized)
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
func (it *SolarMarketInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketInitialized represents a Initialized event raised by the SolarMarket contract.
type SolarMarketInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SolarMarket *SolarMarketFilterer) FilterInitialized(opts *bind.FilterOpts) (*SolarMarketInitializedIterator, error) {

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &SolarMarketInitializedIterator{contract: _SolarMarket.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_SolarMarket *SolarMarketFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *SolarMarketInitialized) (event.Subscription, error) {

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketInitialized)
				if err := _SolarMarket.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_SolarMarket *SolarMarketFilterer) ParseInitialized(log types.Log) (*SolarMarketInitialized, error) {
	event := new(SolarMarketInitialized)
	if err := _SolarMarket.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketMeterAddedIterator is returned from FilterMeterAdded and is used to iterate over the raw logs and unpacked data for MeterAdded events raised by the SolarMarket contract.
type SolarMarketMeterAddedIterator struct {
	Event *SolarMarketMeterAdded // Event containing the contract specifics and raw log

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
func (it *SolarMarketMeterAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketMeterAdded)
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
		it.Event = new(SolarMarketMeterAdded)
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
func (it *SolarMarketMeterAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketMeterAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketMeterAdded represents a MeterAdded event raised by the SolarMarket contract.
type SolarMarketMeterAdded struct {
	Meter [32]byte
	Owner common.Address
	Kind  uint8
	Area  [32]byte
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterMeterAdded is a free log retrieval operation binding the contract event 0x97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5.
//
// Solidity: event MeterAdded(bytes32 indexed meter, address indexed owner, uint8 kind, bytes32 indexed area)
func (_SolarMarket *SolarMarketFilterer) FilterMeterAdded(opts *bind.FilterOpts, meter [][32]byte, owner []common.Address, area [][32]byte) (*SolarMarketMeterAddedIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "MeterAdded", meterRule, ownerRule, areaRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketMeterAddedIterator{contract: _SolarMarket.contract, event: "MeterAdded", logs: logs, sub: sub}, nil
}

// WatchMeterAdded is a free log subscription operation binding the contract event 0x97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5.
//
// Solidity: event MeterAdded(bytes32 indexed meter, address indexed owner, uint8 kind, bytes32 indexed area)
func (_SolarMarket *SolarMarketFilterer) WatchMeterAdded(opts *bind.WatchOpts, sink chan<- *SolarMarketMeterAdded, meter [][32]byte, owner []common.Address, area [][32]byte) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "MeterAdded", meterRule, ownerRule, areaRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketMeterAdded)
				if err := _SolarMarket.contract.UnpackLog(event, "MeterAdded", log); err != nil {
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

// ParseMeterAdded is a log parse operation binding the contract event 0x97a4789c7e7a0f88de49ddaf5b69c6acf4aa665e867e03d1878cafd718ec2cf5.
//
// Solidity: event MeterAdded(bytes32 indexed meter, address indexed owner, uint8 kind, bytes32 indexed area)
func (_SolarMarket *SolarMarketFilterer) ParseMeterAdded(log types.Log) (*SolarMarketMeterAdded, error) {
	event := new(SolarMarketMeterAdded)
	if err := _SolarMarket.contract.UnpackLog(event, "MeterAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketOrderCancelledIterator is returned from FilterOrderCancelled and is used to iterate over the raw logs and unpacked data for OrderCancelled events raised by the SolarMarket contract.
type SolarMarketOrderCancelledIterator struct {
	Event *SolarMarketOrderCancelled // Event containing the contract specifics and raw log

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
func (it *SolarMarketOrderCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketOrderCancelled)
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
		it.Event = new(SolarMarketOrderCancelled)
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
func (it *SolarMarketOrderCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketOrderCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketOrderCancelled represents a OrderCancelled event raised by the SolarMarket contract.
type SolarMarketOrderCancelled struct {
	OrderId  *big.Int
	Area     [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOrderCancelled is a free log retrieval operation binding the contract event 0x17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterOrderCancelled(opts *bind.FilterOpts, orderId []*big.Int, area [][32]byte, interval []uint64) (*SolarMarketOrderCancelledIterator, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "OrderCancelled", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketOrderCancelledIterator{contract: _SolarMarket.contract, event: "OrderCancelled", logs: logs, sub: sub}, nil
}

// WatchOrderCancelled is a free log subscription operation binding the contract event 0x17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchOrderCancelled(opts *bind.WatchOpts, sink chan<- *SolarMarketOrderCancelled, orderId []*big.Int, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "OrderCancelled", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketOrderCancelled)
				if err := _SolarMarket.contract.UnpackLog(event, "OrderCancelled", log); err != nil {
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

// ParseOrderCancelled is a log parse operation binding the contract event 0x17efec4fe5399aa38372f579b3855cd32f1faad0700d1841bf2f6c434f7eaa7d.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseOrderCancelled(log types.Log) (*SolarMarketOrderCancelled, error) {
	event := new(SolarMarketOrderCancelled)
	if err := _SolarMarket.contract.UnpackLog(event, "OrderCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketOrderPostedIterator is returned from FilterOrderPosted and is used to iterate over the raw logs and unpacked data for OrderPosted events raised by the SolarMarket contract.
type SolarMarketOrderPostedIterator struct {
	Event *SolarMarketOrderPosted // Event containing the contract specifics and raw log

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
func (it *SolarMarketOrderPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketOrderPosted)
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
		it.Event = new(SolarMarketOrderPosted)
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
func (it *SolarMarketOrderPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketOrderPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketOrderPosted represents a OrderPosted event raised by the SolarMarket contract.
type SolarMarketOrderPosted struct {
	OrderId  *big.Int
	Area     [32]byte
	Interval uint64
	Meter    [32]byte
	Bid      bool
	Wh       uint64
	Price    uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOrderPosted is a free log retrieval operation binding the contract event 0x07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39.
//
// Solidity: event OrderPosted(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price)
func (_SolarMarket *SolarMarketFilterer) FilterOrderPosted(opts *bind.FilterOpts, orderId []*big.Int, area [][32]byte, interval []uint64) (*SolarMarketOrderPostedIterator, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "OrderPosted", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketOrderPostedIterator{contract: _SolarMarket.contract, event: "OrderPosted", logs: logs, sub: sub}, nil
}

// WatchOrderPosted is a free log subscription operation binding the contract event 0x07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39.
//
// Solidity: event OrderPosted(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price)
func (_SolarMarket *SolarMarketFilterer) WatchOrderPosted(opts *bind.WatchOpts, sink chan<- *SolarMarketOrderPosted, orderId []*big.Int, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}
	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "OrderPosted", orderIdRule, areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketOrderPosted)
				if err := _SolarMarket.contract.UnpackLog(event, "OrderPosted", log); err != nil {
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

// ParseOrderPosted is a log parse operation binding the contract event 0x07b5e8ce151546e43d82fa6cf8fe36fe14a821f6923f63b7e9e4bc6f7b6a4d39.
//
// Solidity: event OrderPosted(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price)
func (_SolarMarket *SolarMarketFilterer) ParseOrderPosted(log types.Log) (*SolarMarketOrderPosted, error) {
	event := new(SolarMarketOrderPosted)
	if err := _SolarMarket.contract.UnpackLog(event, "OrderPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketPaidIterator is returned from FilterPaid and is used to iterate over the raw logs and unpacked data for Paid events raised by the SolarMarket contract.
type SolarMarketPaidIterator struct {
	Event *SolarMarketPaid // Event containing the contract specifics and raw log

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
func (it *SolarMarketPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketPaid)
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
		it.Event = new(SolarMarketPaid)
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
func (it *SolarMarketPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketPaid represents a Paid event raised by the SolarMarket contract.
type SolarMarketPaid struct {
	From    common.Address
	To      common.Address
	Amount  *big.Int
	Why     uint8
	OrderId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaid is a free log retrieval operation binding the contract event 0xe000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544.
//
// Solidity: event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) FilterPaid(opts *bind.FilterOpts, from []common.Address, to []common.Address, orderId []*big.Int) (*SolarMarketPaidIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Paid", fromRule, toRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketPaidIterator{contract: _SolarMarket.contract, event: "Paid", logs: logs, sub: sub}, nil
}

// WatchPaid is a free log subscription operation binding the contract event 0xe000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544.
//
// Solidity: event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) WatchPaid(opts *bind.WatchOpts, sink chan<- *SolarMarketPaid, from []common.Address, to []common.Address, orderId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	var orderIdRule []interface{}
	for _, orderIdItem := range orderId {
		orderIdRule = append(orderIdRule, orderIdItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Paid", fromRule, toRule, orderIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketPaid)
				if err := _SolarMarket.contract.UnpackLog(event, "Paid", log); err != nil {
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

// ParsePaid is a log parse operation binding the contract event 0xe000c511c36dbc6533f478a85011518265196945bf27bf7907cb69d2c551b544.
//
// Solidity: event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId)
func (_SolarMarket *SolarMarketFilterer) ParsePaid(log types.Log) (*SolarMarketPaid, error) {
	event := new(SolarMarketPaid)
	if err := _SolarMarket.contract.UnpackLog(event, "Paid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketPartiesSetIterator is returned from FilterPartiesSet and is used to iterate over the raw logs and unpacked data for PartiesSet events raised by the SolarMarket contract.
type SolarMarketPartiesSetIterator struct {
	Event *SolarMarketPartiesSet // Event containing the contract specifics and raw log

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
func (it *SolarMarketPartiesSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketPartiesSet)
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
		it.Event = new(SolarMarketPartiesSet)
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
func (it *SolarMarketPartiesSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketPartiesSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketPartiesSet represents a PartiesSet event raised by the SolarMarket contract.
type SolarMarketPartiesSet struct {
	Utility      common.Address
	GridOperator common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterPartiesSet is a free log retrieval operation binding the contract event 0x48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a.
//
// Solidity: event PartiesSet(address indexed utility, address indexed gridOperator)
func (_SolarMarket *SolarMarketFilterer) FilterPartiesSet(opts *bind.FilterOpts, utility []common.Address, gridOperator []common.Address) (*SolarMarketPartiesSetIterator, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var gridOperatorRule []interface{}
	for _, gridOperatorItem := range gridOperator {
		gridOperatorRule = append(gridOperatorRule, gridOperatorItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "PartiesSet", utilityRule, gridOperatorRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketPartiesSetIterator{contract: _SolarMarket.contract, event: "PartiesSet", logs: logs, sub: sub}, nil
}

// WatchPartiesSet is a free log subscription operation binding the contract event 0x48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a.
//
// Solidity: event PartiesSet(address indexed utility, address indexed gridOperator)
func (_SolarMarket *SolarMarketFilterer) WatchPartiesSet(opts *bind.WatchOpts, sink chan<- *SolarMarketPartiesSet, utility []common.Address, gridOperator []common.Address) (event.Subscription, error) {

	var utilityRule []interface{}
	for _, utilityItem := range utility {
		utilityRule = append(utilityRule, utilityItem)
	}
	var gridOperatorRule []interface{}
	for _, gridOperatorItem := range gridOperator {
		gridOperatorRule = append(gridOperatorRule, gridOperatorItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "PartiesSet", utilityRule, gridOperatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketPartiesSet)
				if err := _SolarMarket.contract.UnpackLog(event, "PartiesSet", log); err != nil {
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

// ParsePartiesSet is a log parse operation binding the contract event 0x48461bef8804227483fe90c82da6791324d3dd59315647f3925c639b20d21c7a.
//
// Solidity: event PartiesSet(address indexed utility, address indexed gridOperator)
func (_SolarMarket *SolarMarketFilterer) ParsePartiesSet(log types.Log) (*SolarMarketPartiesSet, error) {
	event := new(SolarMarketPartiesSet)
	if err := _SolarMarket.contract.UnpackLog(event, "PartiesSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketReadingIterator is returned from FilterReading and is used to iterate over the raw logs and unpacked data for Reading events raised by the SolarMarket contract.
type SolarMarketReadingIterator struct {
	Event *SolarMarketReading // Event containing the contract specifics and raw log

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
func (it *SolarMarketReadingIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketReading)
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
		it.Event = new(SolarMarketReading)
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
func (it *SolarMarketReadingIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketReadingIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketReading represents a Reading event raised by the SolarMarket contract.
type SolarMarketReading struct {
	Meter    [32]byte
	Interval uint64
	Wh       uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReading is a free log retrieval operation binding the contract event 0xc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe85547248.
//
// Solidity: event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh)
func (_SolarMarket *SolarMarketFilterer) FilterReading(opts *bind.FilterOpts, meter [][32]byte, interval []uint64) (*SolarMarketReadingIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Reading", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketReadingIterator{contract: _SolarMarket.contract, event: "Reading", logs: logs, sub: sub}, nil
}

// WatchReading is a free log subscription operation binding the contract event 0xc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe85547248.
//
// Solidity: event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh)
func (_SolarMarket *SolarMarketFilterer) WatchReading(opts *bind.WatchOpts, sink chan<- *SolarMarketReading, meter [][32]byte, interval []uint64) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Reading", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketReading)
				if err := _SolarMarket.contract.UnpackLog(event, "Reading", log); err != nil {
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

// ParseReading is a log parse operation binding the contract event 0xc6737484dc199c5f10190f768253332b0f7dfcccc15838c83739fafe85547248.
//
// Solidity: event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh)
func (_SolarMarket *SolarMarketFilterer) ParseReading(log types.Log) (*SolarMarketReading, error) {
	event := new(SolarMarketReading)
	if err := _SolarMarket.contract.UnpackLog(event, "Reading", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketReadingSkippedIterator is returned from FilterReadingSkipped and is used to iterate over the raw logs and unpacked data for ReadingSkipped events raised by the SolarMarket contract.
type SolarMarketReadingSkippedIterator struct {
	Event *SolarMarketReadingSkipped // Event containing the contract specifics and raw log

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
func (it *SolarMarketReadingSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketReadingSkipped)
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
		it.Event = new(SolarMarketReadingSkipped)
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
func (it *SolarMarketReadingSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketReadingSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketReadingSkipped represents a ReadingSkipped event raised by the SolarMarket contract.
type SolarMarketReadingSkipped struct {
	Meter    [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReadingSkipped is a free log retrieval operation binding the contract event 0xd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e897.
//
// Solidity: event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterReadingSkipped(opts *bind.FilterOpts, meter [][32]byte, interval []uint64) (*SolarMarketReadingSkippedIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "ReadingSkipped", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketReadingSkippedIterator{contract: _SolarMarket.contract, event: "ReadingSkipped", logs: logs, sub: sub}, nil
}

// WatchReadingSkipped is a free log subscription operation binding the contract event 0xd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e897.
//
// Solidity: event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchReadingSkipped(opts *bind.WatchOpts, sink chan<- *SolarMarketReadingSkipped, meter [][32]byte, interval []uint64) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "ReadingSkipped", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketReadingSkipped)
				if err := _SolarMarket.contract.UnpackLog(event, "ReadingSkipped", log); err != nil {
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

// ParseReadingSkipped is a log parse operation binding the contract event 0xd7accadb89ff6f75a4611b54c0c46f04af1f99ba6e0e43947842cc78c614e897.
//
// Solidity: event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseReadingSkipped(log types.Log) (*SolarMarketReadingSkipped, error) {
	event := new(SolarMarketReadingSkipped)
	if err := _SolarMarket.contract.UnpackLog(event, "ReadingSkipped", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketReadingTakenAsMatchedIterator is returned from FilterReadingTakenAsMatched and is used to iterate over the raw logs and unpacked data for ReadingTakenAsMatched events raised by the SolarMarket contract.
type SolarMarketReadingTakenAsMatchedIterator struct {
	Event *SolarMarketReadingTakenAsMatched // Event containing the contract specifics and raw log

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
func (it *SolarMarketReadingTakenAsMatchedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketReadingTakenAsMatched)
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
		it.Event = new(SolarMarketReadingTakenAsMatched)
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
func (it *SolarMarketReadingTakenAsMatchedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketReadingTakenAsMatchedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketReadingTakenAsMatched represents a ReadingTakenAsMatched event raised by the SolarMarket contract.
type SolarMarketReadingTakenAsMatched struct {
	Meter    [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterReadingTakenAsMatched is a free log retrieval operation binding the contract event 0x9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e1803.
//
// Solidity: event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterReadingTakenAsMatched(opts *bind.FilterOpts, meter [][32]byte, interval []uint64) (*SolarMarketReadingTakenAsMatchedIterator, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "ReadingTakenAsMatched", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketReadingTakenAsMatchedIterator{contract: _SolarMarket.contract, event: "ReadingTakenAsMatched", logs: logs, sub: sub}, nil
}

// WatchReadingTakenAsMatched is a free log subscription operation binding the contract event 0x9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e1803.
//
// Solidity: event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchReadingTakenAsMatched(opts *bind.WatchOpts, sink chan<- *SolarMarketReadingTakenAsMatched, meter [][32]byte, interval []uint64) (event.Subscription, error) {

	var meterRule []interface{}
	for _, meterItem := range meter {
		meterRule = append(meterRule, meterItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "ReadingTakenAsMatched", meterRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketReadingTakenAsMatched)
				if err := _SolarMarket.contract.UnpackLog(event, "ReadingTakenAsMatched", log); err != nil {
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

// ParseReadingTakenAsMatched is a log parse operation binding the contract event 0x9cd287c8718ea88273f9ba93d8f4e187000eb5d1660702df075c5c40158e1803.
//
// Solidity: event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseReadingTakenAsMatched(log types.Log) (*SolarMarketReadingTakenAsMatched, error) {
	event := new(SolarMarketReadingTakenAsMatched)
	if err := _SolarMarket.contract.UnpackLog(event, "ReadingTakenAsMatched", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the SolarMarket contract.
type SolarMarketRoleAdminChangedIterator struct {
	Event *SolarMarketRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *SolarMarketRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketRoleAdminChanged)
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
		it.Event = new(SolarMarketRoleAdminChanged)
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
func (it *SolarMarketRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketRoleAdminChanged represents a RoleAdminChanged event raised by the SolarMarket contract.
type SolarMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SolarMarket *SolarMarketFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*SolarMarketRoleAdminChangedIterator, error) {

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

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketRoleAdminChangedIterator{contract: _SolarMarket.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_SolarMarket *SolarMarketFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *SolarMarketRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketRoleAdminChanged)
				if err := _SolarMarket.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_SolarMarket *SolarMarketFilterer) ParseRoleAdminChanged(log types.Log) (*SolarMarketRoleAdminChanged, error) {
	event := new(SolarMarketRoleAdminChanged)
	if err := _SolarMarket.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the SolarMarket contract.
type SolarMarketRoleGrantedIterator struct {
	Event *SolarMarketRoleGranted // Event containing the contract specifics and raw log

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
func (it *SolarMarketRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketRoleGranted)
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
		it.Event = new(SolarMarketRoleGranted)
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
func (it *SolarMarketRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketRoleGranted represents a RoleGranted event raised by the SolarMarket contract.
type SolarMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SolarMarketRoleGrantedIterator, error) {

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

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketRoleGrantedIterator{contract: _SolarMarket.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *SolarMarketRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketRoleGranted)
				if err := _SolarMarket.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_SolarMarket *SolarMarketFilterer) ParseRoleGranted(log types.Log) (*SolarMarketRoleGranted, error) {
	event := new(SolarMarketRoleGranted)
	if err := _SolarMarket.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the SolarMarket contract.
type SolarMarketRoleRevokedIterator struct {
	Event *SolarMarketRoleRevoked // Event containing the contract specifics and raw log

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
func (it *SolarMarketRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketRoleRevoked)
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
		it.Event = new(SolarMarketRoleRevoked)
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
func (it *SolarMarketRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketRoleRevoked represents a RoleRevoked event raised by the SolarMarket contract.
type SolarMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SolarMarketRoleRevokedIterator, error) {

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

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketRoleRevokedIterator{contract: _SolarMarket.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SolarMarket *SolarMarketFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *SolarMarketRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketRoleRevoked)
				if err := _SolarMarket.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_SolarMarket *SolarMarketFilterer) ParseRoleRevoked(log types.Log) (*SolarMarketRoleRevoked, error) {
	event := new(SolarMarketRoleRevoked)
	if err := _SolarMarket.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketSettledIterator is returned from FilterSettled and is used to iterate over the raw logs and unpacked data for Settled events raised by the SolarMarket contract.
type SolarMarketSettledIterator struct {
	Event *SolarMarketSettled // Event containing the contract specifics and raw log

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
func (it *SolarMarketSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketSettled)
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
		it.Event = new(SolarMarketSettled)
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
func (it *SolarMarketSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketSettled represents a Settled event raised by the SolarMarket contract.
type SolarMarketSettled struct {
	Area     [32]byte
	Interval uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSettled is a free log retrieval operation binding the contract event 0x12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e83.
//
// Solidity: event Settled(bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) FilterSettled(opts *bind.FilterOpts, area [][32]byte, interval []uint64) (*SolarMarketSettledIterator, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Settled", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketSettledIterator{contract: _SolarMarket.contract, event: "Settled", logs: logs, sub: sub}, nil
}

// WatchSettled is a free log subscription operation binding the contract event 0x12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e83.
//
// Solidity: event Settled(bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) WatchSettled(opts *bind.WatchOpts, sink chan<- *SolarMarketSettled, area [][32]byte, interval []uint64) (event.Subscription, error) {

	var areaRule []interface{}
	for _, areaItem := range area {
		areaRule = append(areaRule, areaItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Settled", areaRule, intervalRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketSettled)
				if err := _SolarMarket.contract.UnpackLog(event, "Settled", log); err != nil {
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

// ParseSettled is a log parse operation binding the contract event 0x12c0c00549aeecd316eada73f4565969e58ead92e25f78857813207aac9d6e83.
//
// Solidity: event Settled(bytes32 indexed area, uint64 indexed interval)
func (_SolarMarket *SolarMarketFilterer) ParseSettled(log types.Log) (*SolarMarketSettled, error) {
	event := new(SolarMarketSettled)
	if err := _SolarMarket.contract.UnpackLog(event, "Settled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketTariffsSetIterator is returned from FilterTariffsSet and is used to iterate over the raw logs and unpacked data for TariffsSet events raised by the SolarMarket contract.
type SolarMarketTariffsSetIterator struct {
	Event *SolarMarketTariffsSet // Event containing the contract specifics and raw log

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
func (it *SolarMarketTariffsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketTariffsSet)
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
		it.Event = new(SolarMarketTariffsSet)
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
func (it *SolarMarketTariffsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketTariffsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketTariffsSet represents a TariffsSet event raised by the SolarMarket contract.
type SolarMarketTariffsSet struct {
	BuyTariff  uint64
	SellTariff uint64
	GridFee    uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterTariffsSet is a free log retrieval operation binding the contract event 0x5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc9.
//
// Solidity: event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee)
func (_SolarMarket *SolarMarketFilterer) FilterTariffsSet(opts *bind.FilterOpts) (*SolarMarketTariffsSetIterator, error) {

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "TariffsSet")
	if err != nil {
		return nil, err
	}
	return &SolarMarketTariffsSetIterator{contract: _SolarMarket.contract, event: "TariffsSet", logs: logs, sub: sub}, nil
}

// WatchTariffsSet is a free log subscription operation binding the contract event 0x5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc9.
//
// Solidity: event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee)
func (_SolarMarket *SolarMarketFilterer) WatchTariffsSet(opts *bind.WatchOpts, sink chan<- *SolarMarketTariffsSet) (event.Subscription, error) {

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "TariffsSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketTariffsSet)
				if err := _SolarMarket.contract.UnpackLog(event, "TariffsSet", log); err != nil {
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

// ParseTariffsSet is a log parse operation binding the contract event 0x5adc9efb6e2a54bbeea1db753fea00d934630f2aa74927b706cee9adf651cdc9.
//
// Solidity: event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee)
func (_SolarMarket *SolarMarketFilterer) ParseTariffsSet(log types.Log) (*SolarMarketTariffsSet, error) {
	event := new(SolarMarketTariffsSet)
	if err := _SolarMarket.contract.UnpackLog(event, "TariffsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketTrustedForwarderSetIterator is returned from FilterTrustedForwarderSet and is used to iterate over the raw logs and unpacked data for TrustedForwarderSet events raised by the SolarMarket contract.
type SolarMarketTrustedForwarderSetIterator struct {
	Event *SolarMarketTrustedForwarderSet // Event containing the contract specifics and raw log

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
func (it *SolarMarketTrustedForwarderSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketTrustedForwarderSet)
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
		it.Event = new(SolarMarketTrustedForwarderSet)
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
func (it *SolarMarketTrustedForwarderSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketTrustedForwarderSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketTrustedForwarderSet represents a TrustedForwarderSet event raised by the SolarMarket contract.
type SolarMarketTrustedForwarderSet struct {
	Forwarder common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterTrustedForwarderSet is a free log retrieval operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SolarMarket *SolarMarketFilterer) FilterTrustedForwarderSet(opts *bind.FilterOpts, forwarder []common.Address) (*SolarMarketTrustedForwarderSetIterator, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketTrustedForwarderSetIterator{contract: _SolarMarket.contract, event: "TrustedForwarderSet", logs: logs, sub: sub}, nil
}

// WatchTrustedForwarderSet is a free log subscription operation binding the contract event 0xd91237492a9e30cd2faf361fc103998a382ff0ec2b1b07dc1cbebb76ae2f1ea2.
//
// Solidity: event TrustedForwarderSet(address indexed forwarder)
func (_SolarMarket *SolarMarketFilterer) WatchTrustedForwarderSet(opts *bind.WatchOpts, sink chan<- *SolarMarketTrustedForwarderSet, forwarder []common.Address) (event.Subscription, error) {

	var forwarderRule []interface{}
	for _, forwarderItem := range forwarder {
		forwarderRule = append(forwarderRule, forwarderItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "TrustedForwarderSet", forwarderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketTrustedForwarderSet)
				if err := _SolarMarket.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
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
func (_SolarMarket *SolarMarketFilterer) ParseTrustedForwarderSet(log types.Log) (*SolarMarketTrustedForwarderSet, error) {
	event := new(SolarMarketTrustedForwarderSet)
	if err := _SolarMarket.contract.UnpackLog(event, "TrustedForwarderSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketUpgradedIterator is returned from FilterUpgraded and is used to iterate over the raw logs and unpacked data for Upgraded events raised by the SolarMarket contract.
type SolarMarketUpgradedIterator struct {
	Event *SolarMarketUpgraded // Event containing the contract specifics and raw log

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
func (it *SolarMarketUpgradedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketUpgraded)
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
		it.Event = new(SolarMarketUpgraded)
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
func (it *SolarMarketUpgradedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketUpgradedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketUpgraded represents a Upgraded event raised by the SolarMarket contract.
type SolarMarketUpgraded struct {
	Implementation common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpgraded is a free log retrieval operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SolarMarket *SolarMarketFilterer) FilterUpgraded(opts *bind.FilterOpts, implementation []common.Address) (*SolarMarketUpgradedIterator, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketUpgradedIterator{contract: _SolarMarket.contract, event: "Upgraded", logs: logs, sub: sub}, nil
}

// WatchUpgraded is a free log subscription operation binding the contract event 0xbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b.
//
// Solidity: event Upgraded(address indexed implementation)
func (_SolarMarket *SolarMarketFilterer) WatchUpgraded(opts *bind.WatchOpts, sink chan<- *SolarMarketUpgraded, implementation []common.Address) (event.Subscription, error) {

	var implementationRule []interface{}
	for _, implementationItem := range implementation {
		implementationRule = append(implementationRule, implementationItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Upgraded", implementationRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketUpgraded)
				if err := _SolarMarket.contract.UnpackLog(event, "Upgraded", log); err != nil {
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
func (_SolarMarket *SolarMarketFilterer) ParseUpgraded(log types.Log) (*SolarMarketUpgraded, error) {
	event := new(SolarMarketUpgraded)
	if err := _SolarMarket.contract.UnpackLog(event, "Upgraded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SolarMarketWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the SolarMarket contract.
type SolarMarketWithdrawnIterator struct {
	Event *SolarMarketWithdrawn // Event containing the contract specifics and raw log

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
func (it *SolarMarketWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SolarMarketWithdrawn)
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
		it.Event = new(SolarMarketWithdrawn)
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
func (it *SolarMarketWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SolarMarketWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SolarMarketWithdrawn represents a Withdrawn event raised by the SolarMarket contract.
type SolarMarketWithdrawn struct {
	Who    common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) FilterWithdrawn(opts *bind.FilterOpts, who []common.Address) (*SolarMarketWithdrawnIterator, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.FilterLogs(opts, "Withdrawn", whoRule)
	if err != nil {
		return nil, err
	}
	return &SolarMarketWithdrawnIterator{contract: _SolarMarket.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *SolarMarketWithdrawn, who []common.Address) (event.Subscription, error) {

	var whoRule []interface{}
	for _, whoItem := range who {
		whoRule = append(whoRule, whoItem)
	}

	logs, sub, err := _SolarMarket.contract.WatchLogs(opts, "Withdrawn", whoRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SolarMarketWithdrawn)
				if err := _SolarMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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
// Solidity: event Withdrawn(address indexed who, uint256 amount)
func (_SolarMarket *SolarMarketFilterer) ParseWithdrawn(log types.Log) (*SolarMarketWithdrawn, error) {
	event := new(SolarMarketWithdrawn)
	if err := _SolarMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
