<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Branding</name>
    <message>
        <source>GovDesk</source>
        <translation>政务工作台</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The verification code is incorrect or has expired. Enter the current code from your authenticator app.</source>
        <translation>验证码不正确或已过期。请输入身份验证器应用中当前显示的验证码。</translation>
    </message>
    <message>
        <source>This account uses two-step verification. Enter the 6-digit code from your authenticator app.</source>
        <translation>此账号已启用两步验证。请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Ask an administrator to unlock it.</source>
        <translation>此账号因多次登录失败已被锁定。请联系管理员解锁。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed sign-ins. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>此账号因多次登录失败已被锁定。请在 %n 分钟后重试，或联系管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts from this computer. Wait a moment and try again.</source>
        <translation>本机登录尝试次数过多。请稍候再试。</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from this computer. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>本机登录尝试次数过多。请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from this computer. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>本机登录尝试次数过多。请等待 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1: nothing answers there. Check the server address, or ask your administrator whether the server is running.</source>
        <translation>无法连接到 %1 的服务器：该地址没有响应。请检查服务器地址，或询问管理员服务器是否在运行。</translation>
    </message>
    <message>
        <source>The server %1 cannot be found. Check the server address and your network connection.</source>
        <translation>找不到服务器 %1。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network connection and try again.</source>
        <translation>%1 的服务器未能及时响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not trusted, so GovDesk did not connect. Ask your administrator to check the server&apos;s certificate.</source>
        <translation>%1 的安全证书不受信任，政务工作台未建立连接。请联系管理员检查服务器证书。</translation>
    </message>
    <message>
        <source>The connection to the server at %1 failed. Check your network connection and try again.</source>
        <translation>与 %1 的服务器连接失败。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable. Try again in a few minutes.</source>
        <translation>服务器暂时不可用，请过几分钟再试。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>您的账号无权执行此操作。</translation>
    </message>
    <message>
        <source>The server does not know this item, or it is outside your area of work.</source>
        <translation>服务器上没有此项，或它不在您的工作范围内。</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Reload it and try again.</source>
        <translation>此项已被他人修改。请重新加载后再试。</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>请求内容过大，服务器无法接收。</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid. If this keeps happening, tell your administrator.</source>
        <translation>服务器认为请求无效而予以拒绝。如果问题持续出现，请告知管理员。</translation>
    </message>
    <message>
        <source>GovDesk could not read or write its local data on this computer.</source>
        <translation>政务工作台无法读写本机上的本地数据。</translation>
    </message>
    <message>
        <source>The server sent a reply GovDesk does not understand. The server may run a different version; tell your administrator.</source>
        <translation>服务器返回了政务工作台无法识别的内容，服务器的版本可能不一致。请告知管理员。</translation>
    </message>
    <message>
        <source>The server reported an error. Try again later; if it keeps happening, tell your administrator.</source>
        <translation>服务器出错。请稍后重试；如果问题持续出现，请告知管理员。</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>出现问题，请重试。</translation>
    </message>
    <message>
        <source>The server does not offer this function. The server may run a different version; tell your administrator.</source>
        <translation>服务器不提供此功能，服务器的版本可能不一致。请告知管理员。</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Service officer</source>
        <translation>办事员</translation>
    </message>
    <message>
        <source>Grid manager</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>no department assigned</source>
        <translation>未分配部门</translation>
    </message>
    <message>
        <source>no grid assigned</source>
        <translation>未分配网格</translation>
    </message>
    <message numerus="yes">
        <source>responsible for %n grid(s)</source>
        <translation>
            <numerusform>负责 %n 个网格</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>no area assigned</source>
        <translation>未分配区域</translation>
    </message>
    <message>
        <source>all departments and areas</source>
        <translation>全部部门和区域</translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>Find the citizens in your area of work — by name, pinyin or initials, or a fragment of their ID or phone number — see their real-name level and tags, and open a citizen&apos;s homepage.</source>
        <translation>查找您工作范围内的市民——可按姓名、拼音或首字母，以及身份证号或手机号的片段查找——查看其实名认证等级和标签，并打开市民主页。</translation>
    </message>
    <message>
        <source>Citizen homepage</source>
        <translation>市民主页</translation>
    </message>
    <message>
        <source>One citizen on one page: profile and real-name level, tags, items handled before, pending items, bills due, subsidy and tax-refund applications, the assigned officer, and recommended services with the reason for each.</source>
        <translation>一位市民的全部信息集中在一页：基本资料和实名认证等级、标签、已办事项、待办事项、待缴账单、补贴和退税申请、对接办事员，以及推荐的服务和每项推荐的理由。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Find enterprises by name or unified social credit code, filter them by lifecycle stage (newly established, growing, mature, deregistering) and open an enterprise&apos;s homepage.</source>
        <translation>按名称或统一社会信用代码查找企业，按生命周期阶段（新设立、成长、成熟、注销中）筛选，并打开企业主页。</translation>
    </message>
    <message>
        <source>Enterprise homepage</source>
        <translation>企业主页</translation>
    </message>
    <message>
        <source>One enterprise on one page: registration details and lifecycle stage, tags, applications and pending items, and the policies and services recommended for it with the reason for each.</source>
        <translation>一家企业的全部信息集中在一页：登记信息和生命周期阶段、标签、办件和待办事项，以及为其推荐的政策和服务及每项推荐的理由。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>The applications waiting for your department: every step across departments with its deadline (SLA), approving or returning a step with a note, and the citizen&apos;s rating of the handling.</source>
        <translation>等待本部门办理的办件：跨部门流程的每个环节及其办理时限（SLA）、附意见通过或退回某个环节，以及市民对办理情况的评价（好差评）。</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Your grids from district to street, community and grid: residents and households, special groups, visit records, incident reports up the chain and tasks pushed down to grid managers.</source>
        <translation>从区到街道、社区直至网格的层级：居民和住户、特殊人群、走访记录、逐级上报的事件，以及下派给网格员的任务。</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Proactive push: choose an audience by tags and attributes, see the recommended services with their match degree and reason, schedule the push, send large pushes for approval, and track delivered, opened, applied and completed against a hold-out group.</source>
        <translation>主动推送：按标签和属性圈选人群，查看推荐的服务及其匹配度和理由，安排推送时间，将大规模推送提交审批，并对照留存对照组跟踪送达、打开、申请和办结情况。</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Platform usage (sign-ins by channel, active users, applications by service and department, handling time, SLA compliance, satisfaction) and public opinion (messages, sentiment, hot topics by district, with spikes flagged).</source>
        <translation>平台使用情况（各渠道登录、活跃用户、各事项和部门的办件量、办理时长、时限达标率、满意度）和社情民意（留言量、情感倾向、各区热点话题，并标出异常激增）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GovDesk</source>
        <translation>关于政务工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search citizens, enterprises, applications (Ctrl+K)</source>
        <translation>搜索市民、企业、办件（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search arrives with the local store in a later release.</source>
        <translation>搜索功能将随本地数据存储在后续版本中提供。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接状态：%1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
    <message>
        <source>The staff workstation of the city&apos;s Internet + government services platform, for service officers, grid managers, supervisors and administrators.

Built with Qt %1.</source>
        <translation>城市“互联网+政务服务”平台的工作人员桌面端，供办事员、网格员、主管和系统管理员使用。

基于 Qt %1 构建。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gd::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>gd::PlaceholderPage</name>
    <message>
        <source>This page arrives in a later release of GovDesk.</source>
        <translation>此页面将在政务工作台的后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>gd::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new interface language applies the next time you start GovDesk.</source>
        <translation>更改界面语言后，下次启动政务工作台时生效。</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>The colour scheme changes at once.</source>
        <translation>配色方案会立即生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <source>Saved. Restart GovDesk to see the interface in %1.</source>
        <translation>已保存。重新启动政务工作台后，界面将显示为 %1。</translation>
    </message>
</context>
<context>
    <name>gd::SignInDialog</name>
    <message>
        <source>Staff workstation of the city&apos;s Internet + government services platform</source>
        <translation>城市“互联网+政务服务”平台工作人员端</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>The 6-digit code from your authenticator app</source>
        <translation>身份验证器应用中的 6 位验证码</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://govdesk.example.gov.cn.</source>
        <translation>请输入服务器地址，例如 https://govdesk.example.gov.cn。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter the 6-digit verification code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>This address is not encrypted (http). Use https:// unless the server runs on this computer.</source>
        <translation>此地址未加密（http）。除非服务器运行在本机，否则请使用 https://。</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>%1标志</translation>
    </message>
</context>
<context>
    <name>gd::TodayPage</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Check the server now</source>
        <translation>立即检查服务器</translation>
    </message>
    <message>
        <source>What you can do today</source>
        <translation>现在可以做什么</translation>
    </message>
    <message>
        <source>See whether the server is reachable: this page checks it every minute, and the status bar shows the connection.</source>
        <translation>查看服务器是否可用：本页每分钟检查一次，状态栏显示连接状态。</translation>
    </message>
    <message>
        <source>Choose the light or dark palette and the interface language in Settings (Ctrl+8).</source>
        <translation>在“设置”（Ctrl+8）中选择浅色或深色配色以及界面语言。</translation>
    </message>
    <message>
        <source>Open the pages in the navigation on the left (Ctrl+1 to Ctrl+8): each one describes what it will hold.</source>
        <translation>打开左侧导航中的各个页面（Ctrl+1 至 Ctrl+8）：每个页面都介绍了将要提供的内容。</translation>
    </message>
    <message>
        <source>Sign out from the File menu when you leave your desk; this also ends your session on the server.</source>
        <translation>离开工位时，请从“文件”菜单退出登录；这也会结束您在服务器上的会话。</translation>
    </message>
    <message>
        <source>Coming in later releases</source>
        <translation>后续版本将提供</translation>
    </message>
    <message>
        <source>Citizen and enterprise homepages, the pending queue of applications across departments, grid management, proactive push and dashboards.</source>
        <translation>市民主页和企业主页、跨部门办件的待办队列、网格化管理、主动推送和数据看板。</translation>
    </message>
    <message>
        <source>Search by name, pinyin, ID or phone fragment (Ctrl+K), and work without a network from an encrypted local copy of your area&apos;s data.</source>
        <translation>按姓名、拼音、身份证号或手机号片段搜索（Ctrl+K），并可在无网络时使用本辖区数据的加密本地副本办公。</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>上午好，%1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>下午好，%1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>晚上好，%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>For you as a service officer: the applications waiting for %1, and the homepages of the citizens and enterprises in them.</source>
        <translation>为办事员准备：等待%1办理的办件，以及办件所涉市民和企业的主页。</translation>
    </message>
    <message>
        <source>For you as a grid manager: the residents, households, special groups and visit records of your grids, also offline in the field.</source>
        <translation>为网格员准备：所负责网格的居民、住户、特殊人群和走访记录，外出无网络时也能使用。</translation>
    </message>
    <message>
        <source>For you as a supervisor: dashboards of platform usage and public opinion for %1, and approval of large push campaigns.</source>
        <translation>为主管准备：%1的平台使用情况和社情民意看板，以及大规模推送的审批。</translation>
    </message>
    <message>
        <source>For you as an administrator: staff accounts, roles, departments, grids and the service catalogue.</source>
        <translation>为系统管理员准备：工作人员账号、角色、部门、网格和服务事项目录的管理。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>正在检查服务器…</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>The server is working normally</source>
        <translation>服务器运行正常</translation>
    </message>
    <message>
        <source>The server answers, but its database does not</source>
        <translation>服务器有响应，但其数据库无响应</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>SQLite (embedded)</source>
        <translation>SQLite（内置）</translation>
    </message>
    <message>
        <source>Server version %1 · database %2</source>
        <translation>服务器版本 %1 · 数据库 %2</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>正在重新检查…</translation>
    </message>
    <message>
        <source>Last checked at %1</source>
        <translation>上次检查：%1</translation>
    </message>
</context>
<context>
    <name>gd::Workstation</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的登录已失效，请重新登录。</translation>
    </message>
</context>
</TS>
