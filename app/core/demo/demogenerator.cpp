// SPDX-License-Identifier: GPL-3.0-or-later
// generateDemoStore(): the synthetic "Northwind Outfitters (demo)" account.
//
// Two years of an outdoor-apparel Shopify shop that uses Klaviyo: ~32 000 profiles, site
// activity with a weekly rhythm, Black Friday / Cyber Monday and December peaks, ~40 email and
// SMS campaigns, 8 flows, sign-up forms with A/B versions, lists, segments, and orders
// attributed to the email or SMS message a profile opened or clicked within the attribution
// window. Everything derives from one xoshiro256** stream seeded with the seed and the anchor
// date, and events are generated in a fixed order, so the store is identical byte for byte for
// the same inputs.
#include "demostore.h"
#include "util/calendar.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 86'400'000;
constexpr int kDays = 730;         // two years of data ending on the anchor date
// Attribution windows [INF: Klaviyo's defaults are 5 days for email opens/clicks and 24 hours
// for SMS clicks; accounts can change them].
constexpr qint64 kEmailAttributionMs = 5 * kDay;
constexpr qint64 kSmsAttributionMs = 1 * kDay;

class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto& word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 1 ? 0 : int((next() >> 33) % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30)
            return std::max(0, int(std::lround(lambda + std::sqrt(lambda) * normal())));
        const double limit = std::exp(-lambda);
        double p = 1;
        int k = 0;
        do {
            ++k;
            p *= uniform();
        } while (p > limit);
        return k - 1;
    }
    /// Index drawn from cumulative weights.
    int pick(const std::vector<double>& cumulative)
    {
        const double u = uniform() * cumulative.back();
        return int(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s {};
};

std::vector<double> cumulative(std::initializer_list<double> weights)
{
    std::vector<double> out;
    double sum = 0;
    for (double w : weights) {
        sum += w;
        out.push_back(sum);
    }
    return out;
}

QString shortId(Rng& rng)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id(6, u'0');
    for (int i = 0; i < 6; ++i)
        id[i] = QLatin1Char(alphabet[rng.below(62)]);
    return id;
}

/// A ULID: 10 characters of millisecond time, 16 of randomness (Crockford base32).
QString ulid(Rng& rng, qint64 timeMs)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id(26, u'0');
    quint64 t = quint64(std::max<qint64>(0, timeMs));
    for (int i = 9; i >= 0; --i) {
        id[i] = QLatin1Char(alphabet[t & 31]);
        t >>= 5;
    }
    for (int i = 10; i < 26; ++i)
        id[i] = QLatin1Char(alphabet[rng.below(32)]);
    return id;
}

struct Product {
    const char* name;
    double price;
};

constexpr Product kProducts[] = {
    { "Trailblazer Hiking Boots", 149.0 }, { "Summit Down Jacket", 229.0 }, { "Ridge Merino Base Layer", 79.0 },
    { "Basecamp 2P Tent", 319.0 }, { "Alpine Trekking Poles", 59.0 }, { "Canyon Daypack 28L", 89.0 },
    { "Cascade Rain Shell", 169.0 }, { "Everyday Wool Socks (3-pack)", 29.0 }, { "Northwind Fleece Hoodie", 99.0 },
    { "Glacier Insulated Bottle", 34.0 }, { "Headlamp 400", 44.0 }, { "Trail Runner Shorts", 54.0 },
    { "Campfire Enamel Mug", 18.0 }, { "Packable Sun Hat", 36.0 }, { "Windbreaker Vest", 74.0 },
    { "Sleeping Bag 20F", 189.0 }, { "Camp Chair Lite", 69.0 }, { "Gaiters Pro", 39.0 },
    { "Kids Explorer Jacket", 84.0 }, { "Gift Card", 50.0 },
};
constexpr int kProductCount = int(std::size(kProducts));

constexpr const char* kLandingUrls[] = {
    "https://northwind-outfitters.example/", "https://northwind-outfitters.example/collections/new",
    "https://northwind-outfitters.example/collections/sale", "https://northwind-outfitters.example/collections/jackets",
    "https://northwind-outfitters.example/collections/footwear", "https://northwind-outfitters.example/pages/guides",
};

struct Domain {
    const char* domain;
    const char* inbox;
    double weight;
};
constexpr Domain kDomains[] = {
    { "gmail.com", "Gmail", 44 }, { "yahoo.com", "Yahoo", 13 }, { "hotmail.com", "Microsoft", 9 },
    { "outlook.com", "Microsoft", 7 }, { "icloud.com", "Apple", 14 }, { "aol.com", "Yahoo", 3 },
    { "comcast.net", "Other", 4 }, { "protonmail.com", "Other", 2 }, { "northwind-fans.org", "Other", 4 },
};
constexpr int kDomainCount = int(std::size(kDomains));

struct Client {
    const char* name;
    const char* type;
    const char* canonical;
};
constexpr Client kClients[] = {
    { "Gmail", "Webmail", "Gmail" }, { "Apple Mail", "Desktop", "Apple Mail" }, { "iPhone Mail", "Mobile", "Apple Mail" },
    { "Gmail App", "Mobile", "Gmail" }, { "Outlook", "Desktop", "Outlook" }, { "Yahoo! Mail", "Webmail", "Yahoo! Mail" },
    { "Samsung Email", "Mobile", "Samsung Email" },
};
constexpr int kClientCount = int(std::size(kClients));

struct CampaignTemplate {
    int month;
    int day;
    const char* name;
    const char* subject;
    const char* channel;
    bool everyone; ///< sent to all subscribers (sales) rather than the engaged segment
    bool abTest;
};
// Each year's calendar; Black Friday / Cyber Monday dates are computed (day 0 = Thanksgiving).
constexpr CampaignTemplate kCampaignTemplates[] = {
    { 1, 8, "New Year, New Trails", "Start the year on the right foot 🥾", "email", true, false },
    { 2, 6, "Valentine's Gift Edit", "Gifts for the adventurer you love", "email", false, true },
    { 3, 12, "Spring Collection Launch", "Spring has sprung: new arrivals inside", "email", true, false },
    { 3, 27, "Spring Flash Sale SMS", "", "sms", false, false },
    { 4, 21, "Earth Day: Gear That Lasts", "Buy less, buy better", "email", false, false },
    { 5, 5, "Mother's Day Gifts", "For the mom who climbs mountains", "email", false, true },
    { 6, 11, "Summer Trail Essentials", "Your summer packing list", "email", false, false },
    { 7, 2, "Fourth of July Sale", "20% off everything this weekend", "email", true, false },
    { 7, 3, "Fourth of July Sale SMS", "", "sms", false, false },
    { 8, 13, "Back to School Outdoors", "Packs, bottles and layers for class", "email", false, false },
    { 9, 17, "Fall Hiking Guide", "10 trails to see the leaves turn", "email", false, true },
    { 10, 22, "Layer Up for Winter", "Our warmest jackets are back", "email", false, false },
    { 11, -7, "Black Friday Early Access", "VIP early access starts now", "email", false, false },
    { 11, 1, "Black Friday Is Here", "Up to 40% off sitewide", "email", true, true },
    { 11, 1, "Black Friday SMS", "", "sms", true, false },
    { 11, 4, "Cyber Monday Final Hours", "Last chance: Cyber Monday ends tonight", "email", true, false },
    { 12, 6, "Holiday Gift Guide", "Gifts for every kind of explorer", "email", true, false },
    { 12, 15, "Last Day for Holiday Shipping", "Order today for delivery by Christmas", "email", true, false },
    { 12, 16, "Last Shipping Day SMS", "", "sms", false, false },
    { 12, 27, "Boxing Week Sale", "Our biggest clearance of the year", "email", true, false },
};

QDate thanksgiving(int year)
{
    QDate d(year, 11, 1);
    while (d.dayOfWeek() != 4)
        d = d.addDays(1);
    return d.addDays(21);
}

/// Relative volume of a local day: weekly rhythm, seasons, the Black Friday weekend, growth.
double dayFactor(QDate date, int dayIndex)
{
    static constexpr double weekday[] = { 1.0, 1.05, 1.06, 1.0, 0.95, 0.82, 0.9 };
    static constexpr double month[] = { 0.84, 0.86, 0.95, 1.0, 1.02, 0.96, 0.97, 1.0, 1.0, 1.05, 1.18, 1.32 };
    double f = weekday[date.dayOfWeek() - 1] * month[date.month() - 1];
    f *= 0.75 + 0.5 * double(dayIndex) / kDays; // the shop grows
    const qint64 offset = thanksgiving(date.year()).daysTo(date);
    static constexpr double bfWeekend[] = { 1.6, 3.3, 2.3, 1.9, 2.9, 1.4 }; // Thu … Tue
    if (offset >= 0 && offset < 6)
        f *= bfWeekend[offset];
    else if (offset >= -7 && offset < 0)
        f *= 1.3;
    if (date.month() == 12 && date.day() >= 24)
        f *= date.day() <= 26 ? 0.55 : 0.85;
    return f;
}

struct Profile {
    int signupDay;     ///< day index (negative: before the data starts)
    qint8 domain;
    qint8 client;
    bool sms;
    float engagement;  ///< 0..1
    qint16 birthday;   ///< day of year 1..365
};

enum MetricSlot {
    ReceivedEmail,
    OpenedEmail,
    ClickedEmail,
    BouncedEmail,
    MarkedSpam,
    Unsubscribed,
    ReceivedSms,
    ClickedSms,
    SubscribedToList,
    ViewedForm,
    SubmittedForm,
    ActiveOnSite,
    ViewedProduct,
    PlacedOrder,
    OrderedProduct,
    StartedCheckout,
    FulfilledOrder,
    RefundedOrder,
    CancelledOrder,
    LoyaltyRedeemed,
    ClosedForm,
    QualifiedForm,
    ViewedFormStep,
    SubmittedFormStep,
    SlotCount
};

/// What a message is, for the properties its events carry.
struct MessageInfo {
    QString messageId;   ///< `$message`: campaign id for campaigns, flow-message id for flows
    QString flowId;      ///< empty for campaigns
    QString campaignName;
    QString subject;
    QString channel;     ///< "email", "sms"
    QStringList variations;
    QStringList variationSubjects;
    QList<QString> urls;
};

class Generator
{
public:
    Generator(quint32 seed, QDate anchor, int profiles)
        : m_rng((quint64(seed) << 32) ^ quint64(anchor.toJulianDay()))
        , m_anchor(anchor)
        , m_profileCount(std::max(100, profiles))
        , m_store(std::make_shared<DemoStore>())
    {
    }

    std::shared_ptr<DemoStore> run();

private:
    // setup
    void createAccount();
    void createMetrics();
    void createProfiles();
    void createListsSegmentsForms();
    void createFlows();
    void createCampaigns();
    // events
    void generateSignups();
    void generateSite();
    void generateCampaignEvents();
    void generateFlowEvents();
    void generateOrderFollowUps();
    void generateSegmentChanges();

    qint64 dayStart(int day) const { return m_dayStart[size_t(day)]; }
    qint64 randomTimeInDay(int day, const std::vector<double>& hourWeights);
    QString iso(qint64 ms) const { return calendar::formatUtcIso(ms); }
    int key(const QString& name) { return m_store->internKey(name); }
    int str(const QString& s) { return m_store->internString(s); }
    int profileSignedUpBefore(int day); ///< random profile already subscribed by that day, or -1
    void emailTouch(int messageIndex, int profile, qint64 sendMs, double engagementBoost);
    void smsTouch(int messageIndex, int profile, qint64 sendMs);
    void placeOrder(int profile, qint64 timeMs, int attributionTuple, double valueScale);
    int messageTuple(int messageIndex, int kind, int a = 0, int b = 0, int c = 0);
    void add(MetricSlot slot, qint64 t, int profile, double value, int tuple)
    {
        if (t <= m_endMs)
            m_store->addEvent(m_metric[slot], t, profile, value, tuple);
    }

    Rng m_rng;
    QDate m_anchor;
    int m_profileCount;
    std::shared_ptr<DemoStore> m_store;
    std::vector<qint64> m_dayStart; ///< kDays + 1 local midnights
    qint64 m_endMs = 0;
    std::array<int, SlotCount> m_metric {};
    std::vector<Profile> m_profiles;
    std::vector<int> m_profilesBySignup; ///< profile indexes sorted by signup day
    std::vector<int> m_signupCountByDay; ///< profiles subscribed by the start of each day
    std::vector<MessageInfo> m_messages;
    QHash<quint64, int> m_tupleCache;
    std::vector<double> m_siteHours;
    std::vector<double> m_openHours;
    std::vector<std::pair<qint64, int>> m_checkouts; ///< abandoned checkouts (time, profile)
    std::vector<std::pair<qint64, int>> m_browsers;  ///< product views that may trigger a flow
    std::vector<std::pair<qint64, int>> m_orders;    ///< (time, profile) of every order
    std::vector<std::pair<qint64, int>> m_signups;   ///< (time, profile)
    int m_integrationKlaviyo = 0;
    QString m_listNewsletter;
    QString m_listSms;
    QStringList m_listIds;
    int m_flowWelcome = -1;
    int m_flowCart = -1;
    int m_flowBrowse = -1;
    int m_flowPostPurchase = -1;
    int m_flowWinback = -1;
    int m_flowBirthday = -1;
    int m_flowBackInStock = -1;
    int m_flowSunset = -1;
    std::vector<std::vector<int>> m_flowMessageSlots; ///< per flow: message indexes in m_messages
    std::vector<int> m_campaignMessageSlot;          ///< per campaign: message index or -1
};

std::shared_ptr<DemoStore> Generator::run()
{
    createAccount();
    createMetrics();
    createProfiles();
    createListsSegmentsForms();
    createFlows();
    createCampaigns();
    generateSignups();
    generateSite();
    generateCampaignEvents();
    generateFlowEvents();
    generateOrderFollowUps();
    generateSegmentChanges();
    m_store->setProfileCount(m_profileCount);
    m_store->finalize();
    return m_store;
}

void Generator::createAccount()
{
    m_store->accountName = u"Northwind Outfitters (demo)"_s;
    m_store->timezone = u"America/New_York"_s;
    m_store->currency = u"USD"_s;
    m_store->zone = QTimeZone("America/New_York");
    m_store->anchorDate = m_anchor;
    const QDate first = m_anchor.addDays(-(kDays - 1));
    m_dayStart.resize(kDays + 1);
    for (int d = 0; d <= kDays; ++d)
        m_dayStart[size_t(d)] = calendar::startOfDay(first.addDays(d), m_store->zone);
    m_endMs = m_dayStart[kDays] - 1;
    m_siteHours = cumulative({ 0.8, 0.5, 0.3, 0.2, 0.2, 0.4, 1.0, 2.0, 3.0, 3.6, 3.9, 4.2, 4.6, 4.4, 4.1, 4.0,
        4.2, 4.8, 5.6, 6.4, 6.8, 6.0, 3.8, 1.8 });
    m_openHours = cumulative({ 6, 4.5, 3.5, 2.5, 2, 1.5, 1.2, 1 });
}

void Generator::createMetrics()
{
    const qint64 accountStart = dayStart(0) - 120 * kDay;
    const DemoStore::Integration klaviyo { shortId(m_rng), u"Klaviyo"_s, u"Internal"_s };
    const DemoStore::Integration shopify { shortId(m_rng), u"Shopify"_s, u"eCommerce"_s };
    const DemoStore::Integration api { shortId(m_rng), u"API"_s, u"API"_s };
    struct Def {
        MetricSlot slot;
        const char* name;
        int integration; // 0 Klaviyo, 1 Shopify, 2 API
        bool hidden;
    };
    static constexpr Def defs[] = {
        { ReceivedEmail, "Received Email", 0, false }, { OpenedEmail, "Opened Email", 0, false },
        { ClickedEmail, "Clicked Email", 0, false }, { BouncedEmail, "Bounced Email", 0, false },
        { MarkedSpam, "Marked Email as Spam", 0, false }, { Unsubscribed, "Unsubscribed", 0, false },
        { ReceivedSms, "Received SMS", 0, false }, { ClickedSms, "Clicked SMS", 0, false },
        { SubscribedToList, "Subscribed to List", 0, false }, { ViewedForm, "Viewed Form", 0, false },
        { SubmittedForm, "Submitted Form", 0, false }, { ActiveOnSite, "Active on Site", 0, false },
        { ViewedProduct, "Viewed Product", 0, false }, { PlacedOrder, "Placed Order", 1, false },
        { OrderedProduct, "Ordered Product", 1, false }, { StartedCheckout, "Started Checkout", 1, false },
        { FulfilledOrder, "Fulfilled Order", 1, false }, { RefundedOrder, "Refunded Order", 1, false },
        { CancelledOrder, "Cancelled Order", 1, false }, { LoyaltyRedeemed, "Redeemed Loyalty Reward", 2, false },
        // Form analytics streams behind the form reports; Klaviyo does not list them as metrics.
        { ClosedForm, "Closed Form", 0, true }, { QualifiedForm, "Qualified for Form", 0, true },
        { ViewedFormStep, "Viewed Form Step", 0, true }, { SubmittedFormStep, "Submitted Form Step", 0, true },
    };
    for (const Def& def : defs) {
        DemoStore::Metric m;
        m.id = shortId(m_rng);
        m.name = QString::fromUtf8(def.name);
        const qint64 created = accountStart + (def.integration == 0 ? 0 : def.integration == 1 ? 2 * kDay : 200 * kDay)
            + m_rng.below(3600) * 1000LL;
        m.created = iso(created);
        m.updated = m.created;
        m.integration = def.integration == 0 ? klaviyo : def.integration == 1 ? shopify : api;
        m.hidden = def.hidden;
        m_metric[def.slot] = int(m_store->metrics.size());
        m_store->metrics.append(m);
    }
    m_integrationKlaviyo = 0;
}

void Generator::createProfiles()
{
    std::vector<double> domainWeights;
    double sum = 0;
    for (const Domain& d : kDomains) {
        sum += d.weight;
        domainWeights.push_back(sum);
    }
    m_profiles.resize(m_profileCount);
    for (Profile& p : m_profiles) {
        // A quarter of the list predates the data; the rest joins over the two years, faster
        // as the shop grows and in November/December.
        if (m_rng.chance(0.25)) {
            p.signupDay = -1 - m_rng.below(700);
        } else {
            int day = 0;
            for (;;) {
                day = m_rng.below(kDays);
                const double f = dayFactor(m_anchor.addDays(day - (kDays - 1)), day);
                if (m_rng.uniform() * 3.6 < f)
                    break;
            }
            p.signupDay = day;
        }
        p.domain = qint8(m_rng.pick(domainWeights));
        const int inbox = p.domain;
        p.client = qint8(inbox == 0 ? (m_rng.chance(0.6) ? 0 : 3)
                : inbox == 4   ? (m_rng.chance(0.7) ? 2 : 1)
                : inbox == 2 || inbox == 3 ? 4
                : inbox == 1 || inbox == 5 ? 5
                                           : m_rng.below(kClientCount));
        p.sms = m_rng.chance(0.27);
        const double u = m_rng.uniform();
        p.engagement = float(0.05 + 0.9 * u * u);
        p.birthday = qint16(1 + m_rng.below(365));
    }
    m_profilesBySignup.resize(m_profileCount);
    for (int i = 0; i < m_profileCount; ++i)
        m_profilesBySignup[size_t(i)] = i;
    std::stable_sort(m_profilesBySignup.begin(), m_profilesBySignup.end(),
        [this](int a, int b) { return m_profiles[size_t(a)].signupDay < m_profiles[size_t(b)].signupDay; });
    m_signupCountByDay.assign(kDays + 1, 0);
    size_t k = 0;
    for (int d = 0; d <= kDays; ++d) {
        while (k < m_profilesBySignup.size() && m_profiles[size_t(m_profilesBySignup[k])].signupDay < d)
            ++k;
        m_signupCountByDay[size_t(d)] = int(k);
    }
}

int Generator::profileSignedUpBefore(int day)
{
    const int count = m_signupCountByDay[size_t(std::clamp(day, 0, kDays))];
    if (count == 0)
        return -1;
    // Engaged profiles come back more often: the better of two draws, most of the time.
    const int a = m_profilesBySignup[size_t(m_rng.below(count))];
    const int b = m_profilesBySignup[size_t(m_rng.below(count))];
    return m_profiles[size_t(a)].engagement >= m_profiles[size_t(b)].engagement || m_rng.chance(0.3) ? a : b;
}

qint64 Generator::randomTimeInDay(int day, const std::vector<double>& hourWeights)
{
    const int hour = m_rng.pick(hourWeights);
    const qint64 t = dayStart(day) + hour * kHour + qint64(m_rng.below(3600)) * 1000 + m_rng.below(1000);
    return std::min(t, dayStart(day + 1) - 1);
}

void Generator::createListsSegmentsForms()
{
    const qint64 accountStart = dayStart(0) - 120 * kDay;
    static constexpr const char* listNames[] = { "Newsletter", "SMS Subscribers", "VIP Early Access",
        "Website Popup Signups", "Preview List", "Retail Event RSVPs" };
    for (int i = 0; i < int(std::size(listNames)); ++i) {
        DemoStore::List l;
        l.id = shortId(m_rng);
        l.name = QString::fromUtf8(listNames[i]);
        l.created = iso(accountStart + i * 37 * kDay);
        l.updated = iso(dayStart(kDays - 1 - i * 11));
        l.optInProcess = i == 0 ? u"double_opt_in"_s : u"single_opt_in"_s;
        m_store->lists.append(l);
        m_listIds.append(l.id);
    }
    m_listNewsletter = m_listIds[0];
    m_listSms = m_listIds[1];

    static constexpr struct {
        const char* name;
        int base;
        double added;
        double removed;
        bool starred;
    } segmentDefs[] = {
        { "Engaged (Last 90 Days)", 9200, 95, 80, true }, { "Repeat Buyers", 2100, 9, 3, true },
        { "VIP Customers (LTV > $500)", 640, 2.5, 0.6, false }, { "Lapsed Customers (180+ Days)", 3100, 22, 17, false },
        { "Newsletter Subscribers", 8000, 35, 9, false }, { "Cart Abandoners (30 Days)", 850, 38, 37, false },
    };
    for (const auto& def : segmentDefs) {
        DemoStore::Segment s;
        s.id = shortId(m_rng);
        s.name = QString::fromUtf8(def.name);
        s.created = iso(accountStart + m_rng.below(60) * kDay);
        s.updated = iso(dayStart(kDays - 1 - m_rng.below(30)));
        s.isStarred = def.starred;
        s.baseMembers = def.base;
        // Rates are stored in the change list later (generateSegmentChanges) from these values.
        s.changes.push_back({ 0, int(def.added * 1000), int(def.removed * 1000) });
        m_store->segments.append(s);
    }

    static constexpr struct {
        const char* name;
        int versions;
    } formDefs[] = {
        { "Welcome Popup – 10% Off", 2 }, { "Footer Newsletter Signup", 1 }, { "Exit Intent Offer", 2 },
        { "SMS Opt-in Flyout", 1 }, { "Black Friday Teaser", 1 },
    };
    for (const auto& def : formDefs) {
        DemoStore::Form f;
        f.id = shortId(m_rng);
        f.name = QString::fromUtf8(def.name);
        f.abTest = def.versions > 1;
        f.createdAt = iso(accountStart + m_rng.below(90) * kDay);
        f.updatedAt = iso(dayStart(kDays - 1 - m_rng.below(60)));
        for (int v = 0; v < def.versions; ++v)
            f.versionIds.append(shortId(m_rng));
        m_store->forms.append(f);
    }
    DemoStore::Form draft;
    draft.id = shortId(m_rng);
    draft.name = u"Spring Quiz (draft)"_s;
    draft.status = u"draft"_s;
    draft.createdAt = iso(dayStart(kDays - 20));
    draft.updatedAt = draft.createdAt;
    draft.versionIds.append(shortId(m_rng));
    m_store->forms.append(draft);
}

void Generator::createFlows()
{
    struct MessageDef {
        const char* name;
        const char* subject;
        const char* channel;
    };
    struct FlowDef {
        const char* name;
        const char* trigger;
        MetricSlot triggerMetric;
        const char* status;
        bool archived;
        std::initializer_list<MessageDef> messages;
        int* slot;
    };
    const FlowDef defs[] = {
        { "Welcome Series", "Added to List", SlotCount, "live", false,
            { { "Welcome Email 1 – Your 10% Code", "Welcome to Northwind! Here's 10% off", "email" },
                { "Welcome Email 2 – Our Story", "Gear built for the long haul", "email" },
                { "Welcome SMS – Code Reminder", "", "sms" },
                { "Welcome Email 3 – Bestsellers", "Our customers' favourite picks", "email" } },
            &m_flowWelcome },
        { "Abandoned Cart Reminder", "Metric", StartedCheckout, "live", false,
            { { "Abandoned Cart Email 1", "Did you forget something?", "email" },
                { "Abandoned Cart SMS", "", "sms" },
                { "Abandoned Cart Email 2 – Free Shipping", "Free shipping on your cart, today only", "email" } },
            &m_flowCart },
        { "Browse Abandonment", "Metric", ViewedProduct, "live", false,
            { { "Browse Abandonment Email", "Still thinking it over?", "email" } }, &m_flowBrowse },
        { "Post-Purchase Thank You", "Metric", PlacedOrder, "live", false,
            { { "Thank You for Your Order", "Thanks for your order!", "email" },
                { "Review Request", "How's your new gear?", "email" } },
            &m_flowPostPurchase },
        { "Customer Winback", "Metric", PlacedOrder, "live", false,
            { { "Winback Email 1 – We Miss You", "It's been a while 👋", "email" },
                { "Winback Email 2 – 15% Off", "15% off to welcome you back", "email" } },
            &m_flowWinback },
        { "Birthday Reward", "Date Based", SlotCount, "live", false,
            { { "Happy Birthday Email", "Happy birthday! A gift inside 🎁", "email" } }, &m_flowBirthday },
        { "Back in Stock", "Low Inventory", SlotCount, "manual", false,
            { { "Back in Stock Alert", "It's back! Get it before it's gone", "email" } }, &m_flowBackInStock },
        { "Sunset Unengaged", "Metric", ReceivedEmail, "draft", true,
            { { "Sunset – Still Interested?", "Should we stop emailing you?", "email" } }, &m_flowSunset },
    };
    const qint64 accountStart = dayStart(0) - 100 * kDay;
    for (const FlowDef& def : defs) {
        DemoStore::Flow f;
        f.id = shortId(m_rng);
        f.name = QString::fromUtf8(def.name);
        f.status = QString::fromUtf8(def.status);
        f.archived = def.archived;
        const qint64 created = accountStart + m_rng.below(40) * kDay + m_rng.below(86400) * 1000LL;
        f.created = iso(created);
        f.updated = iso(def.archived ? dayStart(kDays / 2) : dayStart(kDays - 1 - m_rng.below(40)));
        f.triggerType = QString::fromUtf8(def.trigger);
        if (def.triggerMetric != SlotCount)
            f.triggerMetricId = m_store->metrics[m_metric[def.triggerMetric]].id;
        std::vector<int> slots;
        for (const MessageDef& md : def.messages) {
            DemoStore::FlowMessage m;
            m.id = ulid(m_rng, created + m_rng.below(3600) * 1000LL);
            m.name = QString::fromUtf8(md.name);
            m.channel = QString::fromUtf8(md.channel);
            m.created = f.created;
            m.updated = f.updated;
            f.messages.append(m);
            MessageInfo info;
            info.messageId = m.id;
            info.flowId = f.id;
            info.campaignName = m.name;
            info.subject = QString::fromUtf8(md.subject);
            info.channel = m.channel;
            info.urls = { QString::fromUtf8(kLandingUrls[0]) + u"?utm_source=klaviyo&utm_medium=flow"_s,
                QString::fromUtf8(kLandingUrls[1 + m_rng.below(5)]) };
            slots.push_back(int(m_messages.size()));
            m_messages.push_back(info);
        }
        f.tags.append({ shortId(m_rng), def.archived ? u"Archive"_s : u"Automation"_s });
        *def.slot = int(m_store->flows.size());
        m_flowMessageSlots.push_back(slots);
        m_store->flows.append(f);
    }
}

void Generator::createCampaigns()
{
    const QDate first = m_anchor.addDays(-(kDays - 1));
    const QString tagSale = shortId(m_rng);
    const QString tagSeasonal = shortId(m_rng);
    for (int year = first.year(); year <= m_anchor.year() + 1; ++year) {
        for (const CampaignTemplate& t : kCampaignTemplates) {
            QDate date;
            if (t.month == 11)
                date = thanksgiving(year).addDays(t.day);
            else
                date = QDate(year, t.month, t.day);
            if (date < first)
                continue;
            const bool sent = date <= m_anchor.addDays(-1) || (date == m_anchor && t.channel[0] == 's');
            const bool upcoming = !sent && date <= m_anchor.addDays(45);
            if (!sent && !upcoming)
                continue;
            const int dayIndex = int(first.daysTo(date));
            const int hour = t.channel[0] == 's' ? 12 : (t.everyone ? 9 : 10);
            const qint64 sendMs = calendar::fromLocal(QDateTime(date, QTime(hour, 0)), m_store->zone);
            DemoStore::Campaign c;
            c.id = ulid(m_rng, sendMs - 5 * kDay);
            c.name = QString::fromUtf8(t.name) + u' ' + QString::number(year);
            c.channel = QString::fromLatin1(t.channel);
            c.status = sent ? u"Sent"_s : (dayIndex % 2 == 0 ? u"Scheduled"_s : u"Draft"_s);
            c.createdAt = iso(sendMs - (5 + m_rng.below(10)) * kDay);
            c.updatedAt = sent ? iso(sendMs + 2 * kHour) : c.createdAt;
            if (c.status != u"Draft"_s) {
                c.sendTime = iso(sendMs);
                c.sendTimeMs = sendMs;
                c.scheduledAt = iso(sendMs - 2 * kDay);
            }
            // The first year's Valentine's campaign was archived after the season.
            c.archived = sent && t.month == 2 && year == first.year() + (first.month() > 2 ? 1 : 0);
            DemoStore::CampaignMessage m;
            m.id = ulid(m_rng, sendMs - 5 * kDay + 1000);
            m.label = c.name;
            m.channel = c.channel;
            c.messages.append(m);
            if (t.everyone)
                c.tags.append({ tagSale, u"Sale"_s });
            if (t.month >= 11)
                c.tags.append({ tagSeasonal, u"Holiday"_s });
            MessageInfo info;
            info.messageId = c.id; // `$message` of campaign events is the campaign id
            info.campaignName = c.name;
            info.subject = QString::fromUtf8(t.subject);
            info.channel = c.channel;
            if (t.abTest) {
                info.variations = { shortId(m_rng), shortId(m_rng) };
                info.variationSubjects = { info.subject, info.subject + u" – today only"_s };
            }
            info.urls = { QString::fromUtf8(kLandingUrls[2]) + u"?utm_campaign="_s + QString::number(year),
                QString::fromUtf8(kLandingUrls[1]), QString::fromUtf8(kLandingUrls[3 + m_rng.below(3)]),
                u"https://northwind-outfitters.example/pages/store-locator"_s };
            m_campaignMessageSlot.push_back(sent ? int(m_messages.size()) : -1);
            if (sent)
                m_messages.push_back(info);
            m_store->campaigns.append(c);
        }
    }
    // Send order, newest last (campaign listing order is by creation).
    std::vector<int> order(size_t(m_store->campaigns.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_store->campaigns[a].createdAt < m_store->campaigns[b].createdAt;
    });
    QList<DemoStore::Campaign> sorted;
    std::vector<int> slots;
    for (int i : order) {
        sorted.append(m_store->campaigns[i]);
        slots.push_back(m_campaignMessageSlot[size_t(i)]);
    }
    m_store->campaigns = sorted;
    m_campaignMessageSlot = slots;
}

/// Interned property tuple of a message event. kind: 0 received, 1 opened, 2 clicked, 3 bounced,
/// 4 spam, 5 unsubscribed, 6 sms received, 7 sms clicked, 8 order attribution.
int Generator::messageTuple(int messageIndex, int kind, int a, int b, int c)
{
    const quint64 cacheKey = (quint64(messageIndex) << 32) | (quint64(kind) << 24) | (quint64(a) << 16)
        | (quint64(b) << 8) | quint64(c);
    const auto it = m_tupleCache.constFind(cacheKey);
    if (it != m_tupleCache.cend())
        return *it;
    const MessageInfo& m = m_messages[size_t(messageIndex)];
    DemoStore::Tuple t;
    const bool isFlow = !m.flowId.isEmpty();
    const bool sms = m.channel == u"sms"_s;
    if (kind == 8) {
        // a = variation + 1 (0: none)
        t.emplace_back(key(u"$attributed_message"_s), str(m.messageId));
        t.emplace_back(key(u"$attributed_channel"_s), str(m.channel));
        if (isFlow)
            t.emplace_back(key(u"$attributed_flow"_s), str(m.flowId));
        if (a > 0)
            t.emplace_back(key(u"$attributed_variation"_s), str(m.variations[a - 1]));
        t.emplace_back(key(u"$value_currency"_s), str(u"USD"_s));
    } else {
        t.emplace_back(key(u"$message"_s), str(m.messageId));
        if (isFlow) {
            t.emplace_back(key(u"$flow"_s), str(m.flowId));
            t.emplace_back(key(u"$flow_channel"_s), str(m.channel));
            t.emplace_back(key(u"Message Name"_s), str(m.campaignName));
        } else {
            t.emplace_back(key(u"Campaign Name"_s), str(m.campaignName));
            t.emplace_back(key(u"$campaign_channel"_s), str(m.channel));
        }
        t.emplace_back(key(u"Message Type"_s), str(isFlow ? u"flow"_s : u"campaign"_s));
        if (sms) {
            // a = segment count
            t.emplace_back(key(u"From Number"_s), str(u"+18885550142"_s));
            t.emplace_back(key(u"To Phone Region"_s), str(u"US"_s));
            t.emplace_back(key(u"From Phone Region"_s), str(u"US"_s));
            t.emplace_back(key(u"Message Format"_s), str(a > 1 ? u"MMS"_s : u"SMS"_s));
            t.emplace_back(key(u"Segment Count"_s), m_store->internValue(DemoValue::numberValue(a)));
            t.emplace_back(key(u"$usage_amount"_s), m_store->internValue(DemoValue::numberValue(a)));
            if (kind == 7)
                t.emplace_back(key(u"URL"_s), str(m.urls.value(b % int(m.urls.size()))));
        } else {
            // a = domain, b = variation + 1, c = client (opens/clicks), URL index (clicks) in high bits
            const Domain& d = kDomains[a];
            t.emplace_back(key(u"Email Domain"_s), str(QString::fromLatin1(d.domain)));
            t.emplace_back(key(u"Inbox Provider"_s), str(QString::fromLatin1(d.inbox)));
            const int variation = b & 0x0f;
            QString subject = m.subject;
            if (variation > 0) {
                t.emplace_back(key(u"$variation"_s), str(m.variations[variation - 1]));
                subject = m.variationSubjects[variation - 1];
            }
            if (!subject.isEmpty())
                t.emplace_back(key(u"Subject"_s), str(subject));
            if (kind == 1 || kind == 2) {
                const Client& cl = kClients[c & 0x0f];
                t.emplace_back(key(u"Client Name"_s), str(QString::fromLatin1(cl.name)));
                t.emplace_back(key(u"Client Type"_s), str(QString::fromLatin1(cl.type)));
                t.emplace_back(key(u"Client Canonical"_s), str(QString::fromLatin1(cl.canonical)));
            }
            if (kind == 2) {
                t.emplace_back(key(u"URL"_s), str(m.urls.value((c >> 4) % int(m.urls.size()))));
                t.emplace_back(key(u"Bot Click"_s), m_store->internValue(DemoValue::boolean(b & 0x10)));
            }
            if (kind == 3)
                t.emplace_back(key(u"Bounce Type"_s), str(c ? u"hard"_s : u"soft"_s));
            if (kind == 5)
                t.emplace_back(key(u"Method"_s), str(c ? u"Preference Page"_s : u"Unsubscribe Link"_s));
        }
    }
    const int id = m_store->internTuple(std::move(t));
    m_tupleCache.insert(cacheKey, id);
    return id;
}

void Generator::emailTouch(int messageIndex, int profile, qint64 sendMs, double engagementBoost)
{
    const Profile& p = m_profiles[size_t(profile)];
    const MessageInfo& m = m_messages[size_t(messageIndex)];
    const int variation = m.variations.isEmpty() ? 0 : 1 + (profile & 1);
    const qint64 receivedAt = sendMs + m_rng.below(40 * 60) * 1000LL;
    if (m_rng.chance(0.007)) {
        add(BouncedEmail, receivedAt, profile, 0,
            messageTuple(messageIndex, 3, p.domain, variation, m_rng.chance(0.3) ? 1 : 0));
        return;
    }
    add(ReceivedEmail, receivedAt, profile, 0, messageTuple(messageIndex, 0, p.domain, variation));
    const double e = std::min(1.0, double(p.engagement) * engagementBoost);
    // Bot clicks from security scanners happen within seconds of delivery, without an open.
    if (m_rng.chance(0.012)) {
        add(ClickedEmail, receivedAt + 2000 + m_rng.below(20000), profile, 0,
            messageTuple(messageIndex, 2, p.domain, variation | 0x10, (m_rng.below(4) << 4) | p.client));
    }
    if (!m_rng.chance(0.12 + 0.55 * e)) {
        if (m_rng.chance(0.0004))
            add(MarkedSpam, receivedAt + kHour, profile, 0, messageTuple(messageIndex, 4, p.domain, variation));
        return;
    }
    const qint64 openAt = receivedAt + qint64(m_rng.pick(m_openHours)) * kHour + m_rng.below(3600) * 1000LL
        + (m_rng.chance(0.15) ? m_rng.below(3) * kDay : 0);
    const int opens = 1 + (m_rng.chance(0.3) ? 1 + m_rng.below(3) : 0);
    const int client = p.client;
    for (int i = 0; i < opens; ++i) {
        add(OpenedEmail, openAt + i * qint64(m_rng.below(20 * 3600)) * 1000, profile, 0,
            messageTuple(messageIndex, 1, p.domain, variation, client));
    }
    bool clicked = false;
    qint64 clickAt = openAt;
    if (m_rng.chance(0.03 + 0.17 * e)) {
        clicked = true;
        const int clicks = 1 + (m_rng.chance(0.25) ? 1 : 0);
        for (int i = 0; i < clicks; ++i) {
            clickAt = openAt + (30 + m_rng.below(600)) * 1000LL + i * 5 * kMinute;
            add(ClickedEmail, clickAt, profile, 0,
                messageTuple(messageIndex, 2, p.domain, variation, (m_rng.below(4) << 4) | client));
        }
    }
    if (m_rng.chance(0.0045))
        add(Unsubscribed, openAt + 2 * kMinute, profile, 0,
            messageTuple(messageIndex, 5, p.domain, variation, m_rng.chance(0.2) ? 1 : 0));
    if (m_rng.chance(0.0003))
        add(MarkedSpam, openAt + 3 * kMinute, profile, 0, messageTuple(messageIndex, 4, p.domain, variation));
    // Conversions inside the attribution window.
    const double orderChance = clicked ? 0.055 + 0.06 * e : 0.004 + 0.004 * e;
    if (m_rng.chance(orderChance)) {
        const qint64 from = clicked ? clickAt : openAt;
        const qint64 delay = std::min<qint64>(kEmailAttributionMs - kMinute, qint64(m_rng.exponential(6.0 * kHour)));
        placeOrder(profile, from + kMinute + delay, messageTuple(messageIndex, 8, variation), 1.0);
    }
}

void Generator::smsTouch(int messageIndex, int profile, qint64 sendMs)
{
    const int segments = (messageIndex % 3 == 0) ? 2 : 1;
    const qint64 receivedAt = sendMs + m_rng.below(10 * 60) * 1000LL;
    add(ReceivedSms, receivedAt, profile, 0, messageTuple(messageIndex, 6, segments));
    const Profile& p = m_profiles[size_t(profile)];
    if (!m_rng.chance(0.05 + 0.12 * p.engagement))
        return;
    const qint64 clickAt = receivedAt + qint64(m_rng.exponential(25.0 * kMinute));
    add(ClickedSms, clickAt, profile, 0, messageTuple(messageIndex, 7, segments, m_rng.below(4)));
    if (m_rng.chance(0.09)) {
        const qint64 delay = std::min<qint64>(kSmsAttributionMs - kMinute, qint64(m_rng.exponential(2.0 * kHour)));
        placeOrder(profile, clickAt + kMinute + delay, messageTuple(messageIndex, 8), 0.9);
    }
}

void Generator::placeOrder(int profile, qint64 timeMs, int attributionTuple, double valueScale)
{
    if (timeMs > m_endMs)
        return;
    const int items = 1 + (m_rng.chance(0.35) ? 1 + m_rng.below(3) : 0);
    double total = 0;
    DemoStore::Tuple base = attributionTuple >= 0 ? m_store->tuple(attributionTuple) : DemoStore::Tuple {};
    if (attributionTuple < 0)
        base.emplace_back(key(u"$value_currency"_s), str(u"USD"_s));
    for (int i = 0; i < items; ++i) {
        const Product& product = kProducts[m_rng.below(kProductCount)];
        const double price = std::round(product.price * valueScale * (m_rng.chance(0.3) ? 0.8 : 1.0) * 100) / 100;
        total += price;
        DemoStore::Tuple t = base;
        t.emplace_back(key(u"ProductName"_s), str(QString::fromUtf8(product.name)));
        add(OrderedProduct, timeMs, profile, price, m_store->internTuple(std::move(t)));
    }
    total = std::round((total + (total < 75 ? 7.95 : 0)) * 100) / 100;
    add(PlacedOrder, timeMs, profile, total, m_store->internTuple(base));
    m_orders.emplace_back(timeMs, profile);
}

void Generator::generateSignups()
{
    // Room for the big streams up front (per-profile rates of the default account, a little
    // over), so that two million push_backs do not keep reallocating.
    static constexpr std::pair<MetricSlot, double> perProfile[] = { { ReceivedEmail, 21.5 }, { OpenedEmail, 12.7 },
        { ActiveOnSite, 14.6 }, { ViewedProduct, 19.9 }, { QualifiedForm, 2.4 }, { ViewedForm, 2.1 }, { ViewedFormStep, 2.1 },
        { ClosedForm, 1.5 }, { ClickedEmail, 1.6 }, { ReceivedSms, 1.7 } };
    for (const auto& [slot, rate] : perProfile)
        m_store->reserveEvents(m_metric[slot], qsizetype(rate * m_profileCount));
    const int subscribedKey = key(u"List"_s);
    const int formKey = key(u"form_id"_s);
    const int versionKey = key(u"form_version_id"_s);
    const auto& forms = m_store->forms;
    for (int i = 0; i < m_profileCount; ++i) {
        const Profile& p = m_profiles[size_t(i)];
        if (p.signupDay < 0)
            continue;
        const qint64 t = randomTimeInDay(p.signupDay, m_siteHours);
        const QDate date = m_anchor.addDays(p.signupDay - (kDays - 1));
        const qint64 toThanksgiving = date.daysTo(thanksgiving(date.year()));
        int form = m_rng.chance(0.62) ? 0 : m_rng.chance(0.5) ? 1 : 2;
        if (toThanksgiving >= 0 && toThanksgiving < 21 && m_rng.chance(0.5))
            form = 4;
        const bool viaForm = m_rng.chance(0.8);
        if (viaForm) {
            const int version = m_rng.below(int(forms[form].versionIds.size()));
            const int tuple = m_store->internTuple({ { formKey, str(forms[form].id) },
                { versionKey, str(forms[form].versionIds[version]) } });
            add(SubmittedForm, t, i, 0, tuple);
            add(SubmittedFormStep, t, i, 0, tuple);
        }
        add(SubscribedToList, t + 1000, i, 0,
            m_store->internTuple({ { subscribedKey, str(form == 4 && m_rng.chance(0.5) ? m_listIds[2] : m_listNewsletter) } }));
        m_signups.emplace_back(t + 1000, i);
        if (p.sms) {
            const qint64 st = t + (m_rng.chance(0.6) ? 30'000 : m_rng.below(60) * kDay);
            if (viaForm || m_rng.chance(0.5)) {
                const int tuple = m_store->internTuple({ { formKey, str(forms[3].id) }, { versionKey, str(forms[3].versionIds[0]) } });
                add(SubmittedFormStep, st - 1000, i, 0, tuple);
            }
            add(SubscribedToList, st, i, 0, m_store->internTuple({ { subscribedKey, str(m_listSms) } }));
        }
    }
}

void Generator::generateSite()
{
    const int urlKey = key(u"URL"_s);
    const int productKey = key(u"ProductName"_s);
    const int currencyKey = key(u"$value_currency"_s);
    const int formKey = key(u"form_id"_s);
    const int versionKey = key(u"form_version_id"_s);
    std::vector<int> landingTuples;
    for (const char* url : kLandingUrls)
        landingTuples.push_back(m_store->internTuple({ { urlKey, str(QString::fromLatin1(url)) } }));
    std::vector<int> productTuples;
    for (const Product& p : kProducts) {
        QString slug = QString::fromUtf8(p.name).toLower();
        slug.replace(u' ', u'-');
        productTuples.push_back(m_store->internTuple({ { productKey, str(QString::fromUtf8(p.name)) },
            { urlKey, str(u"https://northwind-outfitters.example/products/"_s + slug) }, { currencyKey, str(u"USD"_s) } }));
    }
    std::vector<std::vector<int>> formTuples;
    for (const auto& f : m_store->forms) {
        std::vector<int> perVersion;
        for (const QString& v : f.versionIds)
            perVersion.push_back(m_store->internTuple({ { formKey, str(f.id) }, { versionKey, str(v) } }));
        formTuples.push_back(perVersion);
    }
    const auto landingWeights = cumulative({ 34, 18, 16, 12, 12, 8 });
    for (int day = 0; day < kDays; ++day) {
        const QDate date = m_anchor.addDays(day - (kDays - 1));
        const double f = dayFactor(date, day);
        const int sessions = m_rng.poisson(620.0 * f * m_profileCount / kDefaultDemoProfiles);
        const qint64 toThanksgiving = date.daysTo(thanksgiving(date.year()));
        const bool teaser = toThanksgiving >= 0 && toThanksgiving < 21;
        for (int s = 0; s < sessions; ++s) {
            const int profile = profileSignedUpBefore(day + 1);
            if (profile < 0)
                continue;
            qint64 t = randomTimeInDay(day, m_siteHours);
            add(ActiveOnSite, t, profile, 0, landingTuples[size_t(m_rng.pick(landingWeights))]);
            // Sign-up forms show to part of the traffic.
            if (m_rng.chance(0.16)) {
                const int form = teaser && m_rng.chance(0.5) ? 4 : m_rng.chance(0.55) ? 0 : 1 + m_rng.below(3);
                const auto& versions = formTuples[size_t(form)];
                const int tuple = versions[size_t(m_rng.below(int(versions.size())))];
                add(QualifiedForm, t + 2000, profile, 0, tuple);
                if (m_rng.chance(0.86)) {
                    add(ViewedForm, t + 4000, profile, 0, tuple);
                    add(ViewedFormStep, t + 4000, profile, 0, tuple);
                    if (m_rng.chance(0.7))
                        add(ClosedForm, t + 9000 + m_rng.below(20000), profile, 0, tuple);
                }
            }
            const int views = m_rng.chance(0.72) ? 1 + m_rng.poisson(0.9) : 0;
            int lastProduct = 0;
            for (int v = 0; v < views; ++v) {
                t += (20 + m_rng.below(240)) * 1000LL;
                lastProduct = m_rng.below(kProductCount);
                add(ViewedProduct, t, profile, kProducts[lastProduct].price, productTuples[size_t(lastProduct)]);
            }
            if (views == 0)
                continue;
            if (m_rng.chance(0.055 * (1.0 + double(m_profiles[size_t(profile)].engagement)))) {
                t += (60 + m_rng.below(600)) * 1000LL;
                add(StartedCheckout, t, profile, kProducts[lastProduct].price * (1 + m_rng.below(2)), productTuples[size_t(lastProduct)]);
                if (m_rng.chance(0.48))
                    placeOrder(profile, t + (90 + m_rng.below(400)) * 1000LL, -1, 1.0);
                else
                    m_checkouts.emplace_back(t, profile);
            } else if (m_rng.chance(0.09)) {
                m_browsers.emplace_back(t, profile);
            }
        }
    }
}

void Generator::generateCampaignEvents()
{
    const auto& campaigns = m_store->campaigns;
    const QDate first = m_anchor.addDays(-(kDays - 1));
    for (int c = 0; c < campaigns.size(); ++c) {
        const int slot = m_campaignMessageSlot[size_t(c)];
        if (slot < 0)
            continue;
        const DemoStore::Campaign& campaign = campaigns[c];
        const int day = int(first.daysTo(QDateTime::fromMSecsSinceEpoch(campaign.sendTimeMs, m_store->zone).date()));
        const int audience = m_signupCountByDay[size_t(std::clamp(day, 0, kDays))];
        const bool everyone = campaign.tags.size() > 0 && campaign.tags[0].name == u"Sale"_s;
        const bool sms = campaign.channel == u"sms"_s;
        const double boost = everyone ? 1.1 : 1.0;
        for (int k = 0; k < audience; ++k) {
            const int profile = m_profilesBySignup[size_t(k)];
            const Profile& p = m_profiles[size_t(profile)];
            if (sms) {
                if (p.sms)
                    smsTouch(slot, profile, campaign.sendTimeMs);
                continue;
            }
            // Non-sale campaigns go to the engaged segment only.
            if (!everyone && p.engagement < 0.22)
                continue;
            emailTouch(slot, profile, campaign.sendTimeMs, boost);
        }
    }
}

void Generator::generateFlowEvents()
{
    auto sendFlow = [this](int flow, int step, int profile, qint64 at) {
        const int slot = m_flowMessageSlots[size_t(flow)][size_t(step)];
        if (m_messages[size_t(slot)].channel == u"sms"_s) {
            if (m_profiles[size_t(profile)].sms)
                smsTouch(slot, profile, at);
        } else {
            emailTouch(slot, profile, at, 1.15);
        }
    };
    // Welcome series: immediately, +2 days (SMS +1 day), +5 days.
    for (const auto& [t, profile] : m_signups) {
        sendFlow(m_flowWelcome, 0, profile, t + 2 * kMinute);
        sendFlow(m_flowWelcome, 1, profile, t + 2 * kDay);
        sendFlow(m_flowWelcome, 2, profile, t + kDay + 3 * kHour);
        sendFlow(m_flowWelcome, 3, profile, t + 5 * kDay);
    }
    for (const auto& [t, profile] : m_checkouts) {
        sendFlow(m_flowCart, 0, profile, t + 4 * kHour);
        sendFlow(m_flowCart, 1, profile, t + 20 * kHour);
        if (m_rng.chance(0.8))
            sendFlow(m_flowCart, 2, profile, t + 2 * kDay);
    }
    for (const auto& [t, profile] : m_browsers)
        sendFlow(m_flowBrowse, 0, profile, t + 6 * kHour);
    // Post-purchase and winback follow the organic orders known so far (a copy: sending may
    // place more orders).
    const auto orders = m_orders;
    for (const auto& [t, profile] : orders) {
        sendFlow(m_flowPostPurchase, 0, profile, t + 10 * kMinute);
        if (m_rng.chance(0.9))
            sendFlow(m_flowPostPurchase, 1, profile, t + 14 * kDay);
        if (m_rng.chance(0.08)) {
            sendFlow(m_flowWinback, 0, profile, t + 120 * kDay);
            sendFlow(m_flowWinback, 1, profile, t + 127 * kDay);
        }
    }
    // Birthdays: every subscribed profile on its day of the year.
    std::vector<std::vector<int>> byBirthday(366);
    for (int i = 0; i < m_profileCount; ++i)
        byBirthday[size_t(m_profiles[size_t(i)].birthday)].push_back(i);
    for (int day = 0; day < kDays; ++day) {
        const QDate date = m_anchor.addDays(day - (kDays - 1));
        const int doy = std::min(date.dayOfYear(), 365);
        for (const int profile : byBirthday[size_t(doy)]) {
            if (m_profiles[size_t(profile)].signupDay < day)
                sendFlow(m_flowBirthday, 0, profile, dayStart(day) + 9 * kHour);
        }
        // Back in stock alerts: a few bursts a month.
        if (m_rng.chance(0.06)) {
            const int n = 40 + m_rng.below(160);
            for (int i = 0; i < n; ++i) {
                const int profile = profileSignedUpBefore(day);
                if (profile >= 0)
                    sendFlow(m_flowBackInStock, 0, profile, dayStart(day) + 11 * kHour + m_rng.below(3600) * 1000LL);
            }
        }
        // The sunset flow ran during the first year, then was switched off and archived.
        if (day < kDays / 2 && day % 7 == 2) {
            for (int i = 0; i < 60; ++i) {
                const int profile = profileSignedUpBefore(day);
                if (profile >= 0 && m_profiles[size_t(profile)].engagement < 0.15)
                    sendFlow(m_flowSunset, 0, profile, dayStart(day) + 8 * kHour);
            }
        }
    }
}

void Generator::generateOrderFollowUps()
{
    const int reasonKey = key(u"Reason"_s);
    const int tierKey = key(u"Reward Tier"_s);
    const int currencyTuple = m_store->internTuple({ { key(u"$value_currency"_s), str(u"USD"_s) } });
    const int refundTuples[] = { m_store->internTuple({ { reasonKey, str(u"Wrong size"_s) } }),
        m_store->internTuple({ { reasonKey, str(u"Damaged in transit"_s) } }),
        m_store->internTuple({ { reasonKey, str(u"Changed mind"_s) } }) };
    const int tierTuples[] = { m_store->internTuple({ { tierKey, str(u"Trailhead"_s) } }),
        m_store->internTuple({ { tierKey, str(u"Summit"_s) } }) };
    const int placed = m_metric[PlacedOrder];
    // Read the order values back from the placed-order events generated so far.
    std::vector<DemoStore::Event> orders = m_store->events(placed);
    for (const DemoStore::Event& o : orders) {
        if (m_rng.chance(0.015)) {
            add(CancelledOrder, o.timeMs + (10 + m_rng.below(600)) * kMinute, o.profile, o.value, currencyTuple);
            continue;
        }
        add(FulfilledOrder, o.timeMs + (18 + m_rng.below(60)) * kHour, o.profile, o.value, currencyTuple);
        if (m_rng.chance(0.032))
            add(RefundedOrder, o.timeMs + (3 + m_rng.below(20)) * kDay, o.profile, o.value, refundTuples[m_rng.below(3)]);
        if (m_rng.chance(0.06))
            add(LoyaltyRedeemed, o.timeMs - 30'000, o.profile, double(100 * (1 + m_rng.below(5))), tierTuples[m_rng.below(2)]);
    }
}

void Generator::generateSegmentChanges()
{
    for (auto& s : m_store->segments) {
        const double added = s.changes.front().added / 1000.0;
        const double removed = s.changes.front().removed / 1000.0;
        s.changes.clear();
        for (int day = 0; day < kDays; ++day) {
            const double f = dayFactor(m_anchor.addDays(day - (kDays - 1)), day);
            const int a = m_rng.poisson(added * f);
            const int r = m_rng.poisson(removed * (0.6 + 0.4 * f));
            if (a || r)
                s.changes.push_back({ dayStart(day) + 3 * kHour, a, r });
        }
    }
}

} // namespace

std::shared_ptr<const DemoStore> generateDemoStore(quint32 seed, QDate anchorDate, int profiles)
{
    if (!anchorDate.isValid())
        anchorDate = QDate::currentDate();
    Generator generator(seed, anchorDate, profiles);
    return generator.run();
}

} // namespace kx
