// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {GovernedForwarderContext} from "../platform/GovernedForwarderContext.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title SolarMarket
/// @notice Neighbourhood solar power trading (issue #23). Households and buildings with
/// rooftop solar (prosumer meters) sell surplus power to neighbours (consumer meters) on the
/// same feeder (area), by a uniform-price double auction per settlement interval.
///
/// Flow per interval and area: meter owners post orders (asks from prosumer meters, bids
/// from consumer meters: Wh and a limit price in won per kWh) until gate closure, gasless
/// through the city's forwarder; the market operator posts the clearing (price and each
/// order's filled Wh), computed off chain by the documented rule (services/solar) and
/// checked here against every order's limit and the balance of energy; the metering
/// operator posts the meters' readings after the interval; then anyone settles.
///
/// Settlement (won amounts from Wh × won/kWh, rounded so that money is conserved exactly):
/// - a buyer pays filled × price (rounded up) into the interval's pool and the grid fee
///   filled × fee (rounded up) to the grid operator; if it consumed less than it bought, the
///   utility buys the rest back at its buy tariff (rounded down);
/// - a seller receives filled × price (rounded down) from the pool; if it delivered less than
///   it sold, it buys the shortfall from the utility at the sell tariff (rounded up); if it
///   delivered more, the utility buys the excess at its buy tariff (rounded down);
/// - what rounding leaves in the pool (under one won per order) goes to the grid operator.
/// The utility pays its buy-backs from its own deposit beyond what it already owes: what
/// it cannot pay is its debt to that household (UtilityDebt), queued behind its older
/// debts. Its deposit up to its debt pays only debts, oldest first (payUtilityDebt, anyone
/// calls it, a bounded number of debts at a time), and it withdraws only what it holds
/// beyond its debt: a top-up pays the households it owes before any new buy-back, and
/// settlement never waits on the utility, so a utility short of money freezes no
/// household's lock. A buy-back from the utility's own meter moves nothing and is no debt.
/// A buyer's consumption beyond what it bought is the utility's ordinary bill, off chain.
///
/// Money: participants deposit KRW and withdraw what is not locked. An order locks its worst
/// case when posted (a bid: limit × Wh plus the fee; an ask: the whole quantity's shortfall
/// at the sell tariff), so settlement never fails for want of a household's money; a utility
/// that owns a meter locks only from what it holds beyond its debts, as it withdraws (checked
/// when the order is posted: an order posted before a debt arose keeps its lock); the
/// utility pays from its own deposit. Per participant, always: deposits − payments +
/// receipts − withdrawals = balance, and the market's KRW = the sum of balances.
///
/// On chain: meter ID hashes, owner addresses, area codes, Wh, won amounts. No names, no
/// addresses of homes, no consumption profile beyond the interval readings of the meters
/// that trade.
contract SolarMarket is GovernedForwarderContext, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /// @notice Registers areas and sets tariffs; posts clearings.
    bytes32 public constant MARKET_OPERATOR_ROLE = keccak256("MARKET_OPERATOR_ROLE");
    /// @notice Registers meters and posts readings.
    bytes32 public constant METERING_OPERATOR_ROLE = keccak256("METERING_OPERATOR_ROLE");

    /// @notice Largest order, in Wh per interval (1 MWh: a 4 MW building in 15 minutes).
    uint64 public constant MAX_ORDER_WH = 1_000_000;
    /// @notice Largest reading, in Wh per interval.
    uint64 public constant MAX_READING_WH = 10_000_000;
    /// @notice Most orders in one interval's book of one area, so that its clearing and
    /// settlement fit in a block.
    uint256 public constant MAX_BOOK = 400;
    /// @notice How long after an interval's end its operators have to clear it and to post
    /// its readings. After that an owner may cancel an order of an uncleared book (its lock
    /// released), and settlement takes a missing reading as the matched quantity (no
    /// shortfall, no excess): an operator that fails holds no household's money.
    uint256 public constant OPERATOR_DEADLINE = 1 days;
    /// @notice Highest tariff and grid fee, in won per kWh: bounds an order's lock (at most
    /// 1,000 kWh × (price + fee) ≤ 1,000 kWh × 200,000 won/kWh = 200,000,000 won), which an
    /// order keeps in 64 bits.
    uint64 public constant MAX_TARIFF = 100_000;

    enum Kind {
        None,
        Prosumer,
        Consumer
    }

    struct Area {
        uint32 intervalSeconds;
        uint32 gateClosureSeconds; // orders close this long before the interval starts
    }

    struct Meter {
        address owner;
        Kind kind;
        bytes32 area;
    }

    /// @dev Three slots: an order's area is its meter's (a meter never moves), and its lock
    /// (at most 1 MWh × 200,000 won/kWh) fits beside the quantities.
    struct Order {
        bytes32 meter;
        address owner;
        uint64 interval;
        bool bid;
        bool cancelled;
        uint64 wh;
        uint64 price; // won per kWh
        uint64 filled; // Wh, set by the clearing
        uint64 locked; // won
    }

    struct Book {
        bytes32 digest; // hash chain of the orders as posted
        uint64 buyTariff; // won per kWh, snapshot at the book's first order
        uint64 sellTariff;
        uint64 gridFee;
        bool hasTariffs;
        bool cleared;
        bool settled;
        uint64 price;
        uint64 matchedWh;
        uint256[] orders;
    }

    struct Account {
        uint128 balance;
        uint128 locked;
    }

    /// @dev One buy-back the utility could not pay, in its queue of debts (one slot): what
    /// is left of it and the order it was for. A buy-back is at most MAX_READING_WH ×
    /// MAX_TARIFF = 10^9 won and order ids stay far below 2^48.
    struct Debt {
        address household;
        uint48 amount;
        uint48 orderId;
    }

    /// @dev A utility's debts in the order they arose: [head, tail) are unpaid.
    struct DebtQueue {
        uint128 head;
        uint128 tail;
    }

    error SolarZeroAddress();
    error SolarUnknownArea(bytes32 area);
    error SolarAreaExists(bytes32 area);
    error SolarBadSchedule(uint32 intervalSeconds, uint32 gateClosureSeconds);
    error SolarBadTariffs(uint64 buyTariff, uint64 sellTariff);
    error SolarUnknownMeter(bytes32 meter);
    error SolarMeterExists(bytes32 meter);
    error SolarBadKind();
    error SolarNotMeterOwner(bytes32 meter, address caller);
    error SolarWrongArea(bytes32 meter, bytes32 meterArea, bytes32 area);
    error SolarWrongSide(bytes32 meter, Kind kind, bool bid);
    error SolarGateClosed(bytes32 area, uint64 interval, uint256 closedAt);
    error SolarGateOpen(bytes32 area, uint64 interval, uint256 closesAt);
    error SolarBadQuantity(uint64 wh);
    error SolarPriceOutOfRange(uint64 price, uint64 buyTariff, uint64 sellTariff);
    error SolarOrderExists(bytes32 meter, uint64 interval, uint256 orderId);
    error SolarBookFull(bytes32 area, uint64 interval);
    error SolarUnknownOrder(uint256 orderId);
    error SolarOrderCancelled(uint256 orderId);
    error SolarInsufficientDeposit(address who, uint256 needed, uint256 available);
    error SolarAlreadyCleared(bytes32 area, uint64 interval);
    error SolarNotCleared(bytes32 area, uint64 interval);
    error SolarBookMismatch(bytes32 area, uint64 interval, bytes32 digest, bytes32 given);
    error SolarFillsLength(uint256 expected, uint256 got);
    error SolarOverfilled(uint256 orderId, uint64 wh, uint64 filled);
    error SolarPriceViolatesLimit(uint256 orderId, uint64 limit, uint64 price);
    error SolarUnbalanced(uint64 bought, uint64 sold);
    error SolarIntervalNotOver(bytes32 area, uint64 interval, uint256 endsAt);
    error SolarReadingsLength(uint256 meters, uint256 readings);
    error SolarBadReading(bytes32 meter, uint64 wh);
    error SolarReadingExists(bytes32 meter, uint64 interval, uint64 posted, uint64 given);
    error SolarReadingMissing(bytes32 meter, uint64 interval);
    error SolarAlreadySettled(bytes32 area, uint64 interval);
    error SolarZeroAmount();
    /// @notice A credit of `amount` to `who` beyond its 128-bit account (`room` is what fits).
    error SolarAmountTooLarge(address who, uint256 amount, uint256 room);
    /// @notice A grid fee above MAX_TARIFF won per kWh (`max`).
    error SolarBadGridFee(uint64 gridFee, uint64 max);
    /// @notice `utility` owes no household anything.
    error SolarNoDebt(address utility);
    /// @notice payUtilityDebt asked to pay no debt: `maxDebts` must be at least 1.
    error SolarZeroDebts();
    /// @notice `utility` owes households `debt` won: it withdraws, and an order it posts (bid or
    /// ask) locks, only what its deposit holds beyond (`available`). Checked when the order is
    /// posted; an order posted before the debt arose keeps its lock.
    error SolarUtilityInDebt(address utility, uint256 debt, uint256 available);
    /// @notice An upgrade to an implementation bound to another token than `current`.
    error SolarUpgradeChangesToken(address current, address proposed);

    event AreaAdded(bytes32 indexed area, uint32 intervalSeconds, uint32 gateClosureSeconds);
    event TariffsSet(uint64 buyTariff, uint64 sellTariff, uint64 gridFee);
    event PartiesSet(address indexed utility, address indexed gridOperator);
    event MeterAdded(bytes32 indexed meter, address indexed owner, Kind kind, bytes32 indexed area);
    event OrderPosted(
        uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval, bytes32 meter, bool bid, uint64 wh, uint64 price
    );
    event OrderCancelled(uint256 indexed orderId, bytes32 indexed area, uint64 indexed interval);
    event Cleared(bytes32 indexed area, uint64 indexed interval, uint64 price, uint64 matchedWh, bytes32 digest, uint64[] filled);
    event Reading(bytes32 indexed meter, uint64 indexed interval, uint64 wh);
    /// @notice A reading posted again with the same value: nothing changed.
    event ReadingSkipped(bytes32 indexed meter, uint64 indexed interval);
    /// @notice Settled OPERATOR_DEADLINE after the interval without the meter's reading: as matched.
    event ReadingTakenAsMatched(bytes32 indexed meter, uint64 indexed interval);
    event Settled(bytes32 indexed area, uint64 indexed interval);
    /// @notice why: 1 energy at the clearing price, 2 grid fee, 3 utility (shortfall or
    /// excess), 4 rounding remainder.
    event Paid(address indexed from, address indexed to, uint256 amount, uint8 why, uint256 indexed orderId);
    /// @notice `utility` could not pay `household` its buy-back of order `orderId` from its
    /// deposit at settlement: it owes it `amount` more (payUtilityDebt pays it).
    event UtilityDebt(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId);
    /// @notice payUtilityDebt paid `household` `amount` of the utility's debt for order
    /// `orderId` (with a Paid event of the money, why 3, order 0).
    event UtilityDebtPaid(address indexed utility, address indexed household, uint256 amount, uint256 indexed orderId);
    event Deposited(address indexed who, uint256 amount);
    event Withdrawn(address indexed who, uint256 amount);

    /// @notice The settlement token, immutable in the implementation; kept by every upgrade.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IERC20 public immutable KRW;

    address public utility;
    address public gridOperator;
    uint64 public buyTariff;
    uint64 public sellTariff;
    uint64 public gridFee;
    uint256 public orderCount;

    mapping(bytes32 => Area) private _areas;
    mapping(bytes32 => Meter) private _meters;
    mapping(uint256 => Order) private _orders;
    mapping(bytes32 => Book) private _books; // keccak256(area, interval)
    mapping(bytes32 => mapping(uint64 => uint256)) private _meterOrder; // meter => interval => id
    mapping(bytes32 => mapping(uint64 => uint64)) private _readings; // Wh + 1; 0: none
    mapping(address => Account) private _accounts;
    mapping(address utility => mapping(address household => uint256)) private _owed;
    mapping(address utility => uint256) private _debt;
    mapping(address utility => DebtQueue) private _debtQueue;
    mapping(address utility => mapping(uint256 position => Debt)) private _debts;

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IERC20 token) {
        KRW = token;
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once. The admin holds both operator roles and is the
    /// utility and the grid operator until the admin names them (setParties).
    function initialize(address forwarder, address admin, uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_)
        external
        initializer
    {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __UUPSUpgradeable_init();
        if (admin == address(0)) revert SolarZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MARKET_OPERATOR_ROLE, admin);
        _grantRole(METERING_OPERATOR_ROLE, admin);
        _setParties(admin, admin);
        _setTariffs(buyTariff_, sellTariff_, gridFee_);
    }

    // ---- set-up ----

    function setParties(address utility_, address gridOperator_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParties(utility_, gridOperator_);
    }

    /// @notice New tariffs apply to books whose first order comes later.
    function setTariffs(uint64 buyTariff_, uint64 sellTariff_, uint64 gridFee_) external onlyRole(MARKET_OPERATOR_ROLE) {
        _setTariffs(buyTariff_, sellTariff_, gridFee_);
    }

    /// @notice Registers a feeder area: its interval length (15 minutes in production; from 10 s,
    /// so that a devnet can show a whole interval in a minute) and gate closure.
    function addArea(bytes32 area, uint32 intervalSeconds, uint32 gateClosureSeconds) external onlyRole(MARKET_OPERATOR_ROLE) {
        if (_areas[area].intervalSeconds != 0) revert SolarAreaExists(area);
        if (area == bytes32(0) || intervalSeconds < 10 || intervalSeconds > 86400 || gateClosureSeconds >= intervalSeconds * 4) {
            revert SolarBadSchedule(intervalSeconds, gateClosureSeconds);
        }
        _areas[area] = Area(intervalSeconds, gateClosureSeconds);
        emit AreaAdded(area, intervalSeconds, gateClosureSeconds);
    }

    function addMeter(bytes32 meter, address owner, Kind kind, bytes32 area) external onlyRole(METERING_OPERATOR_ROLE) {
        if (owner == address(0)) revert SolarZeroAddress();
        if (kind == Kind.None) revert SolarBadKind();
        if (_areas[area].intervalSeconds == 0) revert SolarUnknownArea(area);
        if (_meters[meter].owner != address(0)) revert SolarMeterExists(meter);
        _meters[meter] = Meter(owner, kind, area);
        emit MeterAdded(meter, owner, kind, area);
    }

    // ---- money ----

    function deposit(uint256 amount) external {
        if (amount == 0) revert SolarZeroAmount();
        address who = _msgSender();
        _credit(who, amount); // refused before the transfer when it would not fit
        KRW.safeTransferFrom(who, address(this), amount);
        emit Deposited(who, amount);
    }

    function withdraw(uint256 amount) external {
        if (amount == 0) revert SolarZeroAmount();
        address who = _msgSender();
        Account storage a = _accounts[who];
        _checkFree(who, a, amount);
        a.balance -= uint128(amount);
        emit Withdrawn(who, amount);
        KRW.safeTransfer(who, amount);
    }

    // ---- orders ----

    /// @notice A consumer meter's bid: buy up to `wh` Wh in `interval` at most `price` won/kWh.
    function bid(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) external returns (uint256) {
        return _post(meter, area, interval, wh, price, true);
    }

    /// @notice A prosumer meter's ask: sell up to `wh` Wh in `interval` at least `price` won/kWh.
    function ask(bytes32 meter, bytes32 area, uint64 interval, uint64 wh, uint64 price) external returns (uint256) {
        return _post(meter, area, interval, wh, price, false);
    }

    /// @notice Withdraws an order before gate closure, or once its book is still uncleared
    /// OPERATOR_DEADLINE after the interval's end; its lock is released.
    function cancel(uint256 orderId) external {
        Order storage o = _orders[orderId];
        if (o.owner == address(0)) revert SolarUnknownOrder(orderId);
        if (o.owner != _msgSender()) revert SolarNotMeterOwner(o.meter, _msgSender());
        if (o.cancelled) revert SolarOrderCancelled(orderId);
        bytes32 area_ = _meters[o.meter].area;
        if (_books[_bookKey(area_, o.interval)].cleared || !_pastDeadline(area_, o.interval)) _checkGateOpen(area_, o.interval);
        o.cancelled = true;
        _accounts[o.owner].locked -= o.locked;
        o.locked = 0;
        delete _meterOrder[o.meter][o.interval];
        emit OrderCancelled(orderId, area_, o.interval);
    }

    // ---- clearing, readings, settlement ----

    /// @notice Posts an interval's clearing: the uniform price and each order's filled Wh, in
    /// the book's order. `digest` is the book as the operator read it (bookDigest).
    function postClearing(bytes32 area, uint64 interval, uint64 price, bytes32 digest, uint64[] calldata filled)
        external
        onlyRole(MARKET_OPERATOR_ROLE)
    {
        Area memory ar = _area(area);
        uint256 closes = _gateClosure(ar, interval);
        if (block.timestamp < closes) revert SolarGateOpen(area, interval, closes);
        Book storage b = _books[_bookKey(area, interval)];
        if (b.cleared) revert SolarAlreadyCleared(area, interval);
        if (b.digest != digest) revert SolarBookMismatch(area, interval, b.digest, digest);
        if (filled.length != b.orders.length) revert SolarFillsLength(b.orders.length, filled.length);
        if (!b.hasTariffs) _snapshotTariffs(b);
        uint64 bought = _applyFills(b, price, filled);
        if (bought > 0 && (price < b.buyTariff || price > b.sellTariff)) revert SolarPriceOutOfRange(price, b.buyTariff, b.sellTariff);
        if (bought == 0) price = 0;
        b.cleared = true;
        b.price = price;
        b.matchedWh = bought;
        emit Cleared(area, interval, price, bought, digest, filled);
    }

    /// @dev Records each order's fill after checking it against the order; returns the Wh
    /// bought, which must equal the Wh sold.
    function _applyFills(Book storage b, uint64 price, uint64[] calldata filled) private returns (uint64 bought) {
        uint64 sold;
        for (uint256 i = 0; i < filled.length; ++i) {
            uint64 f = filled[i];
            if (f == 0) continue;
            uint256 id = b.orders[i];
            Order storage o = _orders[id];
            if (f > o.wh || o.cancelled) revert SolarOverfilled(id, o.cancelled ? 0 : o.wh, f);
            if (o.bid ? o.price < price : o.price > price) revert SolarPriceViolatesLimit(id, o.price, price);
            o.filled = f;
            if (o.bid) bought += f;
            else sold += f;
        }
        if (bought != sold) revert SolarUnbalanced(bought, sold);
    }

    /// @notice Posts meters' readings of one interval (Wh delivered by a prosumer meter,
    /// consumed by a consumer meter), after the interval's end; once per meter and interval:
    /// the same value again is skipped (ReadingSkipped), another value refused.
    function postReadings(uint64 interval, bytes32[] calldata meters, uint64[] calldata wh) external onlyRole(METERING_OPERATOR_ROLE) {
        if (meters.length != wh.length) revert SolarReadingsLength(meters.length, wh.length);
        for (uint256 i = 0; i < meters.length; ++i) {
            bytes32 m = meters[i];
            Meter storage mt = _meters[m];
            if (mt.owner == address(0)) revert SolarUnknownMeter(m);
            Area memory ar = _areas[mt.area];
            uint256 ends = (uint256(interval) + 1) * ar.intervalSeconds;
            if (block.timestamp < ends) revert SolarIntervalNotOver(mt.area, interval, ends);
            if (wh[i] > MAX_READING_WH) revert SolarBadReading(m, wh[i]);
            uint64 had = _readings[m][interval];
            if (had == wh[i] + 1) {
                // The same reading again (a bulk run retried): acknowledged, not counted twice.
                emit ReadingSkipped(m, interval);
                continue;
            }
            if (had != 0) revert SolarReadingExists(m, interval, had - 1, wh[i]);
            _readings[m][interval] = wh[i] + 1;
            emit Reading(m, interval, wh[i]);
        }
    }

    /// @notice Settles a cleared interval of an area once every trading meter's reading is in.
    /// Anyone may call it.
    function settle(bytes32 area, uint64 interval) external {
        Book storage b = _books[_bookKey(area, interval)];
        if (!b.cleared) revert SolarNotCleared(area, interval);
        if (b.settled) revert SolarAlreadySettled(area, interval);
        b.settled = true;
        Totals memory t =
            Totals(0, 0, utility, gridOperator, b.price, b.buyTariff, b.sellTariff, b.gridFee, interval, _pastDeadline(area, interval));
        uint256 n = b.orders.length;
        for (uint256 i = 0; i < n; ++i) {
            _settleOrder(b.orders[i], t);
        }
        // Buyers paid rounded up, sellers were paid rounded down: the pool never goes short.
        uint256 rest = t.poolIn - t.poolOut;
        if (rest > 0) {
            _credit(t.op, rest);
            emit Paid(address(this), t.op, rest, 4, 0);
        }
        emit Settled(area, interval);
    }

    /// @dev What one settlement adds up while it goes through the book.
    struct Totals {
        uint256 poolIn;
        uint256 poolOut;
        address util;
        address op;
        uint64 price;
        uint64 buyTariff;
        uint64 sellTariff;
        uint64 gridFee;
        uint64 interval;
        bool late; // past OPERATOR_DEADLINE: a missing reading is taken as matched
    }

    function _settleOrder(uint256 id, Totals memory t) private {
        Order storage o = _orders[id];
        if (o.cancelled) return;
        Account storage a = _accounts[o.owner];
        a.locked -= o.locked;
        o.locked = 0;
        uint64 f = o.filled;
        if (f == 0) return;
        uint64 r = _readings[o.meter][t.interval];
        if (r != 0) {
            r -= 1;
        } else if (t.late) {
            r = f;
            emit ReadingTakenAsMatched(o.meter, t.interval);
        } else {
            revert SolarReadingMissing(o.meter, t.interval);
        }
        if (o.bid) {
            uint256 pay = _ceil(f, t.price);
            _debit(a, o.owner, pay);
            t.poolIn += pay;
            emit Paid(o.owner, address(this), pay, 1, id);
            _move(a, o.owner, t.op, _ceil(f, t.gridFee), 2, id);
            if (r < f) _fromUtility(o.owner, _floor(f - r, t.buyTariff), t, id);
        } else {
            uint256 get = _floor(f, t.price);
            t.poolOut += get;
            _credit(o.owner, get);
            emit Paid(address(this), o.owner, get, 1, id);
            if (r < f) {
                uint256 cost = _ceil(f - r, t.sellTariff);
                _move(a, o.owner, t.util, cost, 3, id);
            } else if (r > f) {
                _fromUtility(o.owner, _floor(r - f, t.buyTariff), t, id);
            }
        }
    }

    /// @dev The utility buys energy back from its deposit beyond its debt (older debts come
    /// first); what that does not cover is queued as its debt. A buy-back from its own meter
    /// moves nothing: it is never a debt to itself (which would block its orders and
    /// withdrawals, queue later households' buy-backs though the money is there and take
    /// payUtilityDebt's budget).
    function _fromUtility(address to, uint256 amount, Totals memory t, uint256 id) private {
        if (amount == 0 || to == t.util) return;
        Account storage u = _accounts[t.util];
        uint256 pay = _beyondDebt(t.util, u);
        if (pay > amount) pay = amount;
        _move(u, t.util, to, pay, 3, id);
        uint256 rest = amount - pay;
        if (rest == 0) return;
        _owed[t.util][to] += rest;
        _debt[t.util] += rest;
        DebtQueue storage q = _debtQueue[t.util];
        _debts[t.util][q.tail++] = Debt(to, SafeCast.toUint48(rest), SafeCast.toUint48(id));
        emit UtilityDebt(t.util, to, rest, id);
    }

    /// @dev Refuses to take `amount` from `who`'s deposit (a withdrawal, an order's lock) beyond
    /// its locks (SolarInsufficientDeposit) or, for a utility, beyond what it owes households
    /// (SolarUtilityInDebt).
    function _checkFree(address who, Account storage a, uint256 amount) private view {
        uint256 free = a.balance - a.locked;
        if (amount > free) revert SolarInsufficientDeposit(who, amount, free);
        uint256 debt = _debt[who];
        if (debt != 0 && amount > _beyondDebt(who, a)) revert SolarUtilityInDebt(who, debt, _beyondDebt(who, a));
    }

    /// @dev What `who`'s deposit holds beyond its locks and what it owes households.
    function _beyondDebt(address who, Account storage a) private view returns (uint256) {
        uint256 free = a.balance - a.locked;
        uint256 debt = _debt[who];
        return free > debt ? free - debt : 0;
    }

    /// @notice Pays `utility_`'s debts from its free deposit, oldest first, at most
    /// `maxDebts` of them (the last in part when the deposit holds less). Anyone may call it.
    function payUtilityDebt(address utility_, uint256 maxDebts) external {
        if (maxDebts == 0) revert SolarZeroDebts();
        uint256 total = _debt[utility_];
        if (total == 0) revert SolarNoDebt(utility_);
        Account storage u = _accounts[utility_];
        uint256 free = u.balance - u.locked;
        DebtQueue storage q = _debtQueue[utility_];
        uint256 i = q.head;
        if (free == 0) revert SolarInsufficientDeposit(utility_, _debts[utility_][i].amount, 0);
        uint256 end = q.tail - i > maxDebts ? i + maxDebts : q.tail;
        uint256 paid;
        for (; i < end && paid < free; ++i) {
            (uint256 pay, bool whole) = _payDebt(utility_, u, _debts[utility_][i], free - paid);
            paid += pay;
            if (!whole) break; // the deposit is spent: this debt stays first, in part
            delete _debts[utility_][i];
        }
        q.head = uint128(i);
        _debt[utility_] = total - paid;
    }

    /// @dev Pays debt `d` of `utility_`, up to `most` won; whether it is paid in whole.
    function _payDebt(address utility_, Account storage u, Debt storage d, uint256 most) private returns (uint256 pay, bool whole) {
        (address h, uint256 owed) = (d.household, d.amount);
        pay = owed < most ? owed : most;
        _owed[utility_][h] -= pay;
        _move(u, utility_, h, pay, 3, 0);
        emit UtilityDebtPaid(utility_, h, pay, d.orderId);
        whole = pay == owed;
        if (!whole) d.amount = uint48(owed - pay); // less than it was
    }

    /// @notice What `utility_` owes `household`, and all it owes.
    function utilityDebt(address utility_, address household) external view returns (uint256 owed, uint256 total) {
        return (_owed[utility_][household], _debt[utility_]);
    }

    /// @notice `utility_`'s unpaid debts, oldest first: `count` from position `head`
    /// (debtAt reads one). payUtilityDebt pays them in this order.
    function debtQueue(address utility_) external view returns (uint256 head, uint256 count) {
        DebtQueue memory q = _debtQueue[utility_];
        return (q.head, q.tail - q.head);
    }

    function debtAt(address utility_, uint256 position) external view returns (Debt memory) {
        return _debts[utility_][position];
    }

    // ---- reads ----

    function getArea(bytes32 area_) external view returns (Area memory) {
        return _areas[area_];
    }

    function getMeter(bytes32 meter_) external view returns (Meter memory) {
        return _meters[meter_];
    }

    function getOrder(uint256 orderId) external view returns (Order memory) {
        return _orders[orderId];
    }

    /// @notice The order ids of an interval's book, its state and the tariffs it settles at.
    function getBook(bytes32 area_, uint64 interval)
        external
        view
        returns (
            uint256[] memory orders,
            bytes32 digest,
            bool cleared,
            bool settled,
            uint64 price,
            uint64 matchedWh,
            uint64[3] memory tariffs
        )
    {
        Book storage b = _books[_bookKey(area_, interval)];
        tariffs = b.hasTariffs ? [b.buyTariff, b.sellTariff, b.gridFee] : [buyTariff, sellTariff, gridFee];
        return (b.orders, b.digest, b.cleared, b.settled, b.price, b.matchedWh, tariffs);
    }

    /// @notice A meter's reading of an interval, and whether there is one.
    function getReading(bytes32 meter_, uint64 interval) external view returns (uint64 wh, bool posted) {
        uint64 r = _readings[meter_][interval];
        return (r == 0 ? 0 : r - 1, r != 0);
    }

    function getAccount(address who) external view returns (Account memory) {
        return _accounts[who];
    }

    /// @notice The moment orders for `interval` of `area_` close.
    function gateClosure(bytes32 area_, uint64 interval) external view returns (uint256) {
        return _gateClosure(_area(area_), interval);
    }

    // ---- internals ----

    function _post(bytes32 meter_, bytes32 area_, uint64 interval, uint64 wh, uint64 price, bool isBid) private returns (uint256 id) {
        address who = _checkOrder(meter_, area_, interval, wh, isBid);
        Book storage b = _books[_bookKey(area_, interval)];
        if (!b.hasTariffs) _snapshotTariffs(b);
        if (price < b.buyTariff || price > b.sellTariff) revert SolarPriceOutOfRange(price, b.buyTariff, b.sellTariff);
        if (b.orders.length >= MAX_BOOK) revert SolarBookFull(area_, interval);
        // Bounded by MAX_ORDER_WH and MAX_TARIFF (1,000 kWh × 200,000 won/kWh = 200,000,000
        // won at most): the cast never reverts.
        uint64 lock = SafeCast.toUint64(isBid ? _ceil(wh, price) + _ceil(wh, b.gridFee) : _ceil(wh, b.sellTariff));
        Account storage a = _accounts[who];
        // A utility that owns a meter locks only what it holds beyond its debts: what it owes
        // households is theirs, not its orders' to spend.
        _checkFree(who, a, lock);
        a.locked += lock;
        id = ++orderCount;
        _orders[id] = Order(meter_, who, interval, isBid, false, wh, price, 0, lock);
        _meterOrder[meter_][interval] = id;
        b.orders.push(id);
        b.digest = keccak256(abi.encode(b.digest, id, meter_, isBid, wh, price));
        emit OrderPosted(id, area_, interval, meter_, isBid, wh, price);
    }

    /// @dev The rules of an order that do not depend on money; returns the meter's owner.
    function _checkOrder(bytes32 meter_, bytes32 area_, uint64 interval, uint64 wh, bool isBid) private view returns (address who) {
        Meter memory m = _meters[meter_];
        who = _msgSender();
        if (m.owner == address(0)) revert SolarUnknownMeter(meter_);
        if (m.owner != who) revert SolarNotMeterOwner(meter_, who);
        if (m.area != area_) revert SolarWrongArea(meter_, m.area, area_);
        if ((m.kind == Kind.Consumer) != isBid) revert SolarWrongSide(meter_, m.kind, isBid);
        _checkGateOpen(area_, interval);
        if (wh == 0 || wh > MAX_ORDER_WH) revert SolarBadQuantity(wh);
        uint256 existing = _meterOrder[meter_][interval];
        if (existing != 0) revert SolarOrderExists(meter_, interval, existing);
    }

    function _checkGateOpen(bytes32 area_, uint64 interval) private view {
        uint256 closes = _gateClosure(_area(area_), interval);
        if (block.timestamp >= closes) revert SolarGateClosed(area_, interval, closes);
    }

    /// @dev Whether OPERATOR_DEADLINE has passed since the end of `interval` of `area_`.
    function _pastDeadline(bytes32 area_, uint64 interval) private view returns (bool) {
        return block.timestamp >= (uint256(interval) + 1) * _areas[area_].intervalSeconds + OPERATOR_DEADLINE;
    }

    function _area(bytes32 area_) private view returns (Area memory ar) {
        ar = _areas[area_];
        if (ar.intervalSeconds == 0) revert SolarUnknownArea(area_);
    }

    function _gateClosure(Area memory ar, uint64 interval) private pure returns (uint256) {
        uint256 start = uint256(interval) * ar.intervalSeconds;
        return start > ar.gateClosureSeconds ? start - ar.gateClosureSeconds : 0;
    }

    function _snapshotTariffs(Book storage b) private {
        (b.buyTariff, b.sellTariff, b.gridFee, b.hasTariffs) = (buyTariff, sellTariff, gridFee, true);
    }

    function _move(Account storage from, address fromAddr, address to, uint256 amount, uint8 why, uint256 id) private {
        if (amount == 0) return;
        _debit(from, fromAddr, amount);
        _credit(to, amount);
        emit Paid(fromAddr, to, amount, why, id);
    }

    /// @dev Adds `amount` to `who`'s balance; what does not fit its 128 bits is refused, never
    /// truncated (a truncated credit would leave KRW in the market that no balance counts).
    function _credit(address who, uint256 amount) private {
        Account storage a = _accounts[who];
        uint256 room = type(uint128).max - a.balance;
        if (amount > room) revert SolarAmountTooLarge(who, amount, room);
        a.balance += uint128(amount);
    }

    function _debit(Account storage a, address who, uint256 amount) private {
        uint256 free = a.balance - a.locked;
        if (amount > free) revert SolarInsufficientDeposit(who, amount, free);
        a.balance -= uint128(amount);
    }

    function _setParties(address utility_, address gridOperator_) private {
        if (utility_ == address(0) || gridOperator_ == address(0)) revert SolarZeroAddress();
        utility = utility_;
        gridOperator = gridOperator_;
        emit PartiesSet(utility_, gridOperator_);
    }

    function _setTariffs(uint64 buy, uint64 sell, uint64 fee) private {
        if (buy == 0 || buy > sell || sell > MAX_TARIFF) revert SolarBadTariffs(buy, sell);
        if (fee > MAX_TARIFF) revert SolarBadGridFee(fee, MAX_TARIFF);
        (buyTariff, sellTariff, gridFee) = (buy, sell, fee);
        emit TariffsSet(buy, sell, fee);
    }

    function _bookKey(bytes32 area_, uint64 interval) private pure returns (bytes32) {
        return keccak256(abi.encode(area_, interval));
    }

    /// @dev Won for `wh` Wh at `price` won per kWh, rounded up / down.
    function _ceil(uint64 wh, uint64 price) private pure returns (uint256) {
        return (uint256(wh) * price + 999) / 1000;
    }

    function _floor(uint64 wh, uint64 price) private pure returns (uint256) {
        return (uint256(wh) * price) / 1000;
    }

    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        IERC20 proposed;
        try SolarMarket(newImplementation).KRW() returns (IERC20 token) {
            proposed = token;
        } catch {}
        if (proposed != KRW) revert SolarUpgradeChangesToken(address(KRW), address(proposed));
    }
}
