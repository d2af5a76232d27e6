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
    <name>ConflictText</name>
    <message>
        <source>Application</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translation>修改冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Visited at</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation>例行走访</translation>
    </message>
    <message>
        <source>Special group visit</source>
        <translation>特殊群体走访</translation>
    </message>
    <message>
        <source>Incident follow-up</source>
        <translation>事件回访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of a conflict entry</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Work online only</source>
        <translation>仅在线工作</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
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
    <name>SyncText</name>
    <message>
        <source>Online · live</source>
        <translation>在线 · 实时</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The server answered the last request and live updates are connected: changes on the server reach this computer within seconds.</source>
        <translation>服务器已应答最近一次请求，实时更新已连接：服务器上的更改会在几秒内同步到本机。</translation>
    </message>
    <message>
        <source>The server answered the last request. Live updates are not connected, so GovDesk asks the server for changes every minute.</source>
        <translation>服务器已应答最近一次请求。实时更新未连接，政务工作台每分钟向服务器查询一次更改。</translation>
    </message>
    <message>
        <source>The last request did not reach the server. You can keep working with the local copy; your changes are sent when the connection is back.</source>
        <translation>最近一次请求未能到达服务器。您可以继续使用本地副本工作，连接恢复后会上传您的更改。</translation>
    </message>
    <message>
        <source>GovDesk has not heard from the server yet.</source>
        <translation>尚未收到服务器的应答。</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>Syncing %1% · %2 records · %3</source>
        <translation>同步中 %1% · %2 条 · %3</translation>
    </message>
    <message>
        <source>Syncing · %1 records · %2</source>
        <translation>同步中 · %1 条 · %2</translation>
    </message>
    <message>
        <source>Downloading the changes in your area of work from the server.</source>
        <translation>正在从服务器下载您工作范围内的更改。</translation>
    </message>
    <message>
        <source>%1 of about %2 changes received from the server, %3 per second.</source>
        <translation>已从服务器接收 %1 条更改（共约 %2 条），每秒 %3 条。</translation>
    </message>
    <message>
        <source>%1 changes received from the server, %2 per second.</source>
        <translation>已从服务器接收 %1 条更改，每秒 %2 条。</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>正在打开本地副本…</translation>
    </message>
    <message>
        <source>Sending local changes…</source>
        <translation>正在上传本地更改…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session ended; sync paused</source>
        <translation>登录已失效，同步已暂停</translation>
    </message>
    <message>
        <source>The local copy cannot be used</source>
        <translation>本地副本无法使用</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of the last sync</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>d MMMM yyyy HH:mm:ss</source>
        <comment>full date format</comment>
        <translation>yyyy年M月d日 HH:mm:ss</translation>
    </message>
    <message>
        <source>Retrying soon</source>
        <translation>即将重试</translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s)</source>
        <translation>
            <numerusform>将于 %n 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n minute(s)</source>
        <translation>
            <numerusform>将于 %n 分钟后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full; your local changes are kept</source>
        <translation>磁盘已满，本地更改已保留</translation>
    </message>
    <message>
        <source>The local copy cannot be read</source>
        <translation>本地副本无法读取</translation>
    </message>
    <message>
        <source>The local copy is from a newer GovDesk</source>
        <translation>本地副本来自更新版本的政务工作台</translation>
    </message>
    <message>
        <source>The local copy is in use by another GovDesk</source>
        <translation>本地副本正被另一个政务工作台使用</translation>
    </message>
    <message>
        <source>Cannot read or write the local copy</source>
        <translation>无法读写本地副本</translation>
    </message>
    <message>
        <source>The local copy reported an error</source>
        <translation>本地副本出错</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable</source>
        <translation>服务器暂时不可用</translation>
    </message>
    <message>
        <source>The server is busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>登录已失效</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood</source>
        <translation>无法识别服务器的应答</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>服务器出错</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>There is no space left on this computer&apos;s disk, so GovDesk cannot save what the server sends. Nothing you changed is lost: your changes stay in the local copy and are sent when there is space again. Free some disk space.</source>
        <translation>本机磁盘空间已满，政务工作台无法保存服务器发来的数据。您所做的更改不会丢失：它们保留在本地副本中，空间恢复后会自动上传。请清理磁盘空间。</translation>
    </message>
    <message>
        <source>The local copy on this computer is damaged or was not written by GovDesk. Wipe the local data in Settings; GovDesk then downloads a fresh copy from the server.</source>
        <translation>本机上的本地副本已损坏，或不是由政务工作台写入的。请在“设置”中清除本地数据，之后政务工作台会从服务器重新下载。</translation>
    </message>
    <message>
        <source>The local copy on this computer was written by a newer version of GovDesk. Install that version, or wipe the local data in Settings to start again with this one.</source>
        <translation>本机上的本地副本由更新版本的政务工作台写入。请安装该版本，或在“设置”中清除本地数据，以便用当前版本重新开始。</translation>
    </message>
    <message>
        <source>Another GovDesk on this computer is using the same local copy. Close it, then sync again.</source>
        <translation>本机上另一个政务工作台正在使用同一本地副本。请关闭它，然后重新同步。</translation>
    </message>
    <message>
        <source>GovDesk cannot read or write its local copy on this computer (a disk or permission problem). Your changes so far are kept.</source>
        <translation>政务工作台无法读写本机上的本地副本（磁盘或权限问题）。您目前所做的更改已保留。</translation>
    </message>
    <message>
        <source>The local copy on this computer reported an error. If this keeps happening, tell your administrator.</source>
        <translation>本机上的本地副本出错。如果反复出现，请告知管理员。</translation>
    </message>
    <message>
        <source>GovDesk cannot reach the server. You can keep working with the local copy; your changes are sent when the connection is back.</source>
        <translation>政务工作台无法连接服务器。您可以继续使用本地副本工作，连接恢复后会上传您的更改。</translation>
    </message>
    <message>
        <source>The server cannot answer at the moment. GovDesk tries again by itself; your changes are kept until the server takes them.</source>
        <translation>服务器暂时无法应答。政务工作台会自动重试；在服务器接收之前，您的更改会一直保留。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue syncing; your changes are kept.</source>
        <translation>您的登录已失效。请重新登录以继续同步；您的更改已保留。</translation>
    </message>
    <message>
        <source>The server did not complete the sync. GovDesk tries again by itself; if this keeps happening, tell your administrator.</source>
        <translation>服务器未能完成同步。政务工作台会自动重试；如果反复出现，请告知管理员。</translation>
    </message>
</context>
<context>
    <name>gd::ConflictFieldModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>gd::ConflictListModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>gd::ConflictQueueDialog</name>
    <message>
        <source>Conflict queue</source>
        <translation>冲突队列</translation>
    </message>
    <message>
        <source>The server did not take these changes you made. Decide for each one what should happen; until you do, they are neither sent nor overwritten.</source>
        <translation>服务器没有接受您的以下更改。请逐项决定如何处理；在您决定之前，这些更改既不会上传，也不会被覆盖。</translation>
    </message>
    <message>
        <source>Changes waiting for a decision</source>
        <translation>待处理的更改</translation>
    </message>
    <message>
        <source>My version and the server&apos;s, field by field</source>
        <translation>按字段对比我的版本与服务器版本</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Send my version again, on top of the server&apos;s current version.</source>
        <translation>在服务器当前版本的基础上重新提交我的版本。</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation>采用服务器的(&amp;S)</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s version.</source>
        <translation>放弃我的更改，保留服务器版本。</translation>
    </message>
    <message>
        <source>Submit &amp;merged</source>
        <translation>合并后提交(&amp;M)</translation>
    </message>
    <message>
        <source>Send the Result column: the fields as you settled them.</source>
        <translation>提交“结果”列：即您确定的各字段内容。</translation>
    </message>
    <message>
        <source>&amp;Discard this change</source>
        <translation>放弃此更改(&amp;D)</translation>
    </message>
    <message>
        <source>Drop my change; this computer shows the server&apos;s version again.</source>
        <translation>放弃我的更改；本机重新显示服务器版本。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Someone changed this object on the server while you were editing it: your change is based on version %1, the server now has version %2. Compare the two versions, then keep one of them or merge them in the Result column.</source>
        <translation>在您修改期间，有人在服务器上更改了此对象：您的更改基于第 %1 版，服务器上现在是第 %2 版。请比较两个版本，然后保留其中一个，或在“结果”列中合并。</translation>
    </message>
    <message>
        <source>Someone changed this object on the server while you were editing it. Compare the two versions, then keep one of them or merge them in the Result column.</source>
        <translation>在您修改期间，有人在服务器上更改了此对象。请比较两个版本，然后保留其中一个，或在“结果”列中合并。</translation>
    </message>
    <message>
        <source>The Result column is what gets sent: double-click a cell or press F2 to change it. Bold rows differ between the two versions.</source>
        <translation>“结果”列是将要提交的内容：双击单元格或按 F2 可修改。粗体行表示两个版本不同。</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此更改：%1</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>服务器给出的原因：%1</translation>
    </message>
    <message>
        <source>This change cannot be sent as it is. Discarding it shows the server&apos;s version again.</source>
        <translation>此更改无法按原样提交。放弃后，本机将重新显示服务器版本。</translation>
    </message>
    <message>
        <source>Change a field in the Result column first; unchanged, it is the same as keeping yours.</source>
        <translation>请先在“结果”列中修改字段；未修改时等同于保留我的版本。</translation>
    </message>
    <message>
        <source>Decisions cannot be sent right now: the local copy is not open.</source>
        <translation>现在无法提交决定：本地副本尚未打开。</translation>
    </message>
    <message>
        <source>Saving your decision…</source>
        <translation>正在保存您的决定…</translation>
    </message>
    <message>
        <source>Your decision could not be saved: %1</source>
        <translation>无法保存您的决定：%1</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision</source>
        <translation>没有待处理的冲突</translation>
    </message>
    <message>
        <source>Every change you made has been taken by the server or is on its way.</source>
        <translation>您所做的更改均已被服务器接受或正在上传。</translation>
    </message>
    <message>
        <source>The conflict queue cannot be read</source>
        <translation>无法读取冲突队列</translation>
    </message>
    <message>
        <source>The local copy is not open. The queue shows up again once it is open.</source>
        <translation>本地副本尚未打开。本地副本打开后会重新显示冲突队列。</translation>
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
    <message>
        <source>&amp;Conflict queue…</source>
        <translation>冲突队列(&amp;C)…</translation>
    </message>
    <message>
        <source>The local copy on this computer could not be read and was set aside; GovDesk is downloading a fresh copy.</source>
        <translation>本机上的本地副本无法读取，已移至一旁；政务工作台正在重新下载。</translation>
    </message>
    <message>
        <source>Syncing with the server…</source>
        <translation>正在与服务器同步…</translation>
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
    <message>
        <source>Local data</source>
        <translation>本地数据</translation>
    </message>
    <message>
        <source>GovDesk keeps an encrypted copy of the data in your area of work on this computer, so you can keep working without a connection. Its key is kept only in the system keychain.</source>
        <translation>政务工作台在本机保存一份您工作范围内数据的加密副本，以便在没有网络连接时继续工作。其密钥只保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>磁盘占用：</translation>
    </message>
    <message>
        <source>Unsent changes:</source>
        <translation>待上传：</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Wipe local data…</source>
        <translation>清除本地数据(&amp;W)…</translation>
    </message>
    <message>
        <source>Delete the local copy and its key from this computer, then sign out.</source>
        <translation>从本机删除本地副本及其密钥，然后退出登录。</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Online only: the system keychain is not available, so there is no local copy on this computer.</source>
        <translation>仅在线：系统钥匙串不可用，本机没有本地副本。</translation>
    </message>
    <message>
        <source>Encrypted; closed</source>
        <translation>已加密，已关闭</translation>
    </message>
    <message>
        <source>Encrypted; open</source>
        <translation>已加密，已打开</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The file name is derived from your account; it contains neither your name nor the server&apos;s address.</source>
        <translation>文件名由您的账号派生，不含您的姓名或服务器地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not on the server yet</source>
        <translation>
            <numerusform>%n 项更改尚未上传</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for your decision</source>
        <translation>
            <numerusform>%n 项更改等待您处理</numerusform>
        </translation>
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
    <name>gd::SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Ask the server for changes and send local changes now (F5)</source>
        <translation>立即向服务器获取更改并上传本地更改（F5）</translation>
    </message>
    <message>
        <source>Unlocking the local copy…</source>
        <translation>正在解锁本地副本…</translation>
    </message>
    <message>
        <source>GovDesk is asking the system keychain for the key of this computer&apos;s encrypted copy of your data.</source>
        <translation>政务工作台正在向系统钥匙串获取本机加密副本的密钥。</translation>
    </message>
    <message>
        <source>Online only (no local copy)</source>
        <translation>仅在线（无本地副本）</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the encrypted local copy of your data cannot be opened. GovDesk works directly with the server: nothing is kept on this computer, and nothing works without a connection.</source>
        <translation>系统钥匙串不可用，无法打开您数据的加密本地副本。政务工作台直接与服务器交互：本机不保存任何数据，没有网络连接时无法工作。</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接状态：%1</translation>
    </message>
    <message>
        <source>Last complete sync with the server: %1</source>
        <translation>上次与服务器完整同步：%1</translation>
    </message>
    <message>
        <source>To send %1</source>
        <translation>待上传 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not on the server yet. They are saved on this computer and sent automatically.</source>
        <translation>
            <numerusform>%n 项本地更改尚未上传到服务器。它们已保存在本机，会自动上传。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every local change has reached the server.</source>
        <translation>所有本地更改均已上传到服务器。</translation>
    </message>
    <message>
        <source>Conflicts %1</source>
        <translation>冲突 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server did not accept need your decision. Open the conflict queue.</source>
        <translation>
            <numerusform>%n 项未被服务器接受的更改需要您处理。点击打开冲突队列。</numerusform>
        </translation>
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
    <name>gd::WipeLocalDataDialog</name>
    <message>
        <source>wipe</source>
        <comment>the word to type to confirm wiping local data</comment>
        <translation>清除</translation>
    </message>
    <message>
        <source>Wipe local data</source>
        <translation>清除本地数据</translation>
    </message>
    <message>
        <source>Wipe your local data from this computer?</source>
        <translation>要从本机清除您的本地数据吗？</translation>
    </message>
    <message>
        <source>GovDesk deletes the encrypted copy of your data on this computer and its key in the system keychain, then signs you out. The next time you sign in, the data is downloaded from the server again.</source>
        <translation>政务工作台将删除本机上您数据的加密副本及其在系统钥匙串中的密钥，然后退出登录。下次登录时会从服务器重新下载数据。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made on this computer have not reached the server yet.</source>
        <translation>
            <numerusform>您在本机所做的 %n 项更改尚未上传到服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the conflict queue are still waiting for your decision.</source>
        <translation>
            <numerusform>冲突队列中还有 %n 项更改等待您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wiping loses them for good.</source>
        <translation>清除后它们将永久丢失。</translation>
    </message>
    <message>
        <source>To wipe anyway, type “%1”:</source>
        <translation>如仍要清除，请输入“%1”：</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>gd::Workstation</name>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>Local copy not available</source>
        <translation>本地副本不可用</translation>
    </message>
    <message>
        <source>The key of your local copy in the system keychain is damaged, so GovDesk cannot open the encrypted copy of your data on this computer.</source>
        <translation>系统钥匙串中本地副本的密钥已损坏，政务工作台无法打开本机上您数据的加密副本。</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so GovDesk cannot open the encrypted copy of your data on this computer.</source>
        <translation>系统钥匙串没有应答，政务工作台无法打开本机上您数据的加密副本。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so GovDesk cannot open the encrypted copy of your data on this computer.</source>
        <translation>系统钥匙串不可用，政务工作台无法打开本机上您数据的加密副本。</translation>
    </message>
    <message>
        <source>GovDesk keeps the key of the local copy only in the system keychain and never stores your data unencrypted.

Work online only: GovDesk works directly with the server for this session. Nothing is kept on this computer, and nothing works without a connection.

Sign out: unlock or set up the system keychain (for example by signing in to your desktop again), then sign in to GovDesk again.</source>
        <translation>政务工作台只把本地副本的密钥保存在系统钥匙串中，从不以未加密的形式保存您的数据。

仅在线工作：本次会话中政务工作台直接与服务器交互。本机不保存任何数据，没有网络连接时无法工作。

退出登录：解锁或设置系统钥匙串（例如重新登录桌面）后，再登录政务工作台。</translation>
    </message>
    <message>
        <source>Wipe local data</source>
        <translation>清除本地数据</translation>
    </message>
    <message>
        <source>The local copy could not be deleted from this computer.</source>
        <translation>无法从本机删除本地副本。</translation>
    </message>
    <message>
        <source>The local copy was deleted, but its key could not be removed from the system keychain.</source>
        <translation>本地副本已删除，但无法从系统钥匙串中删除其密钥。</translation>
    </message>
    <message>
        <source>Without the local copy the key opens nothing. GovDesk now signs you out.</source>
        <translation>没有本地副本，该密钥无法打开任何内容。政务工作台现在将退出登录。</translation>
    </message>
    <message>
        <source>%1

GovDesk keeps working with the local copy. Close other programs that may use the file, then try again.</source>
        <translation>%1

政务工作台将继续使用本地副本。请关闭可能在使用该文件的其他程序，然后重试。</translation>
    </message>
</context>
</TS>
