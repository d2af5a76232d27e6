<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationActionRules</name>
    <message>
        <source>Only officers and supervisors can comment.</source>
        <translation>只有办事员和主管可以评论。</translation>
    </message>
    <message>
        <source>Your department has no step in this application.</source>
        <translation>本部门在该办件中没有环节。</translation>
    </message>
    <message>
        <source>The application is completed.</source>
        <translation>该办件已办结。</translation>
    </message>
    <message>
        <source>The application was rejected.</source>
        <translation>该办件已驳回。</translation>
    </message>
    <message>
        <source>No step is active.</source>
        <translation>当前没有进行中的环节。</translation>
    </message>
    <message>
        <source>No step of your department is active now.</source>
        <translation>本部门的环节当前未在办理中。</translation>
    </message>
    <message>
        <source>%1 is handling this step.</source>
        <translation>%1 正在办理该环节。</translation>
    </message>
    <message>
        <source>Nobody has claimed this step.</source>
        <translation>该环节尚无人认领。</translation>
    </message>
    <message>
        <source>Supervisors can release claims but do not handle steps.</source>
        <translation>主管可以释放认领，但不办理环节。</translation>
    </message>
    <message>
        <source>You are handling this step already.</source>
        <translation>您已在办理该环节。</translation>
    </message>
    <message>
        <source>The application is not waiting for a supplement.</source>
        <translation>该办件没有在等待补正。</translation>
    </message>
    <message>
        <source>The application is waiting for the applicant's supplement; record it as received first.</source>
        <translation>该办件正在等待申请人补正，请先登记补正到件。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
</context>
<context>
    <name>AudienceBuilder</name>
    <message>
        <source>, </source>
        <comment>between the names of a list in an audience description</comment>
        <translation>、</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between alternatives in an audience description</comment>
        <translation>或</translation>
    </message>
    <message>
        <source>any of (%1)</source>
        <comment>tags: has at least one of them</comment>
        <translation>任一（%1）</translation>
    </message>
    <message>
        <source>%1 in the last %2 days</source>
        <comment>life event: tag acquired</comment>
        <translation>%1（近 %2 天内新增）</translation>
    </message>
    <message>
        <source>%1 acquired %2–%3 days ago</source>
        <comment>life event</comment>
        <translation>%1（%2–%3 天前新增）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>regions, one of them</comment>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation>%1–%2 岁</translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation>%1 岁及以上</translation>
    </message>
    <message>
        <source>aged %1 or under</source>
        <translation>%1 岁及以下</translation>
    </message>
    <message>
        <source>men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>real-name level %1</source>
        <translation>实名等级%1</translation>
    </message>
    <message>
        <source>real-name level %1–%2</source>
        <translation>实名等级%1至%2</translation>
    </message>
    <message>
        <source>real-name level %1 or higher</source>
        <translation>实名等级%1及以上</translation>
    </message>
    <message>
        <source>real-name level %1 or lower</source>
        <translation>实名等级%1及以下</translation>
    </message>
    <message>
        <source>Everyone in your scope</source>
        <translation>您工作范围内的全部市民</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the conditions of an audience description</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1, excluding %2</source>
        <comment>audience description: conditions, excluded tags</comment>
        <translation>%1，排除%2</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <source>GovDesk</source>
        <translation>政务工作台</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Approved or sending</source>
        <translation>已批准或发送中</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>于 %1 发送</translation>
    </message>
    <message>
        <source>When a citizen becomes “%1”</source>
        <translation>市民成为“%1”时</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after a citizen becomes “%1”</source>
        <translation>
            <numerusform>市民成为“%1”后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>As soon as approved</source>
        <translation>批准后立即发送</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>At most one campaign message in %n day(s)</source>
        <translation>
            <numerusform>%n 天内最多 1 条推送消息</numerusform>
        </translation>
    </message>
    <message>
        <source>No hold-out group (the effect cannot be measured)</source>
        <translation>不设对照组（无法衡量效果）</translation>
    </message>
    <message>
        <source>%1% kept back as a hold-out group</source>
        <translation>留出 %1% 作为对照组</translation>
    </message>
    <message>
        <source>%1 of %2 processed · %3 delivered · %4 held out · %5 skipped by the cap</source>
        <translation>已处理 %1/%2 · 送达 %3 · 留作对照 %4 · 因频次上限跳过 %5</translation>
    </message>
    <message>
        <source>Someone changed the campaign in the meantime.</source>
        <translation>其间已有他人修改了该活动。</translation>
    </message>
    <message>
        <source>The campaign is no longer a draft.</source>
        <translation>该活动已不是草稿。</translation>
    </message>
    <message>
        <source>The campaign no longer waits for approval.</source>
        <translation>该活动已不在待审批状态。</translation>
    </message>
    <message>
        <source>Only the campaign's creator may do this.</source>
        <translation>只有活动的创建人可以执行此操作。</translation>
    </message>
    <message>
        <source>A campaign is approved by someone other than its creator.</source>
        <translation>活动须由创建人以外的人员审批。</translation>
    </message>
    <message>
        <source>Only supervisors approve campaigns.</source>
        <translation>只有主管可以审批活动。</translation>
    </message>
    <message>
        <source>The campaign is already sent or cancelled.</source>
        <translation>该活动已发送或已取消。</translation>
    </message>
    <message>
        <source>Created by me</source>
        <translation>我创建的</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s)</source>
        <translation>
            <numerusform>%Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>A grid manager's campaign goes only to residents of his own grids: choose one of your grids as the area.</source>
        <translation>网格员的推送活动只能发给自己网格的居民：请选择您负责的一个网格作为范围。</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Waiting for supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Returned for supplement</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>补正到件</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>派位</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>网上办事大厅</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>移动端</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>电视</translation>
    </message>
    <message>
        <source>Service counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停（待补正）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>环节：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>转至：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>已收：%1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Application</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Grid task</source>
        <translation>网格任务</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>事件上报</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
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
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>转办至</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Version seen</source>
        <translation>所见版本</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Application %1: already claimed by %2, your “%3” did not take effect</source>
        <translation>办件 %1：已被 %2 认领，您的“%3”未生效</translation>
    </message>
    <message>
        <source>Application %1: already claimed by another officer, your “%2” did not take effect</source>
        <translation>办件 %1：已被其他办事员认领，您的“%2”未生效</translation>
    </message>
    <message>
        <source>Application %1: the step has moved on, your “%2” did not take effect</source>
        <translation>办件 %1：该环节已流转，您的“%2”未生效</translation>
    </message>
    <message>
        <source>Application %1: already finished, your “%2” did not take effect</source>
        <translation>办件 %1：已办结，您的“%2”未生效</translation>
    </message>
    <message>
        <source>Application %1: someone else acted on it first, your “%2” did not take effect</source>
        <translation>办件 %1：已有他人先行办理，您的“%2”未生效</translation>
    </message>
    <message>
        <source>Application %1: you may not “%2” this step</source>
        <translation>办件 %1：您无权对该环节执行“%2”</translation>
    </message>
    <message>
        <source>Application %1: “%2” was refused: %3</source>
        <translation>办件 %1：“%2”被拒绝：%3</translation>
    </message>
    <message>
        <source>Application %1: your “%2” did not take effect</source>
        <translation>办件 %1：您的“%2”未生效</translation>
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
        <source>The security certificate of %1 is not trusted, so GovDesk did not connect. Ask your administrator to check the server's certificate.</source>
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
    <name>GridText</name>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Low-income households</source>
        <translation>低保户</translation>
    </message>
    <message>
        <source>Veterans</source>
        <translation>退役军人</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Under community correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>治安隐患</translation>
    </message>
    <message>
        <source>Fire hazard</source>
        <translation>消防隐患</translation>
    </message>
    <message>
        <source>Environment and sanitation</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Damaged facilities</source>
        <translation>设施损坏</translation>
    </message>
    <message>
        <source>Neighbour dispute</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>Elderly care</source>
        <translation>养老照护</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
</context>
<context>
    <name>HomeText</name>
    <message>
        <source>Basic</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Real-name details registered and the mobile number verified</source>
        <translation>实名信息已登记，手机号已验证</translation>
    </message>
    <message>
        <source>Identity checked against the public security population register</source>
        <translation>已通过公安人口库身份核验</translation>
    </message>
    <message>
        <source>Identity confirmed by face recognition or in person at a service counter</source>
        <translation>已通过人脸识别或窗口当面核验</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>%1 months old</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Basic tags</source>
        <translation>基础标签</translation>
    </message>
    <message>
        <source>Social tags</source>
        <translation>社会标签</translation>
    </message>
    <message>
        <source>Behaviour tags</source>
        <translation>行为标签</translation>
    </message>
    <message>
        <source>Preference tags</source>
        <translation>偏好标签</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>其他标签</translation>
    </message>
    <message>
        <source>Government registers</source>
        <translation>政务登记数据</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>办件数据</translation>
    </message>
    <message>
        <source>Grid visit</source>
        <translation>网格走访</translation>
    </message>
    <message>
        <source>Inferred by the profile model</source>
        <translation>画像模型推断</translation>
    </message>
    <message>
        <source>Tagged by staff</source>
        <translation>工作人员标注</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Materials to supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>网上办事大厅</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>手机端</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>平板端</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>电视端</translation>
    </message>
    <message>
        <source>Service counter</source>
        <translation>服务窗口</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社保费</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医保费</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水费</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气费</translation>
    </message>
    <message>
        <source>Traffic fine</source>
        <translation>交通罚款</translation>
    </message>
    <message>
        <source>Property tax</source>
        <translation>房产税</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待缴</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>补贴</translation>
    </message>
    <message>
        <source>Tax refund</source>
        <translation>退税</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新留言</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <source>Delivered, not opened</source>
        <translation>已送达，未查看</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>Applied for the service</source>
        <translation>已申办</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>未回应</translation>
    </message>
    <message>
        <source>Government services app</source>
        <translation>政务服务App</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Routine visit</source>
        <translation>日常走访</translation>
    </message>
    <message>
        <source>Special-group visit</source>
        <translation>特殊群体走访</translation>
    </message>
    <message>
        <source>Incident follow-up</source>
        <translation>事件回访</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>其他走访</translation>
    </message>
    <message>
        <source>Newly established</source>
        <translation>新设立</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>Deregistering</source>
        <translation>注销中</translation>
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
    <name>QueueViews</name>
    <message>
        <source>Mine to handle</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>QuickForm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>Citizen portal</source>
        <translation>市民门户</translation>
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
        <source>The server's certificate is not trusted</source>
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
        <source>The server's answer was not understood</source>
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
        <source>There is no space left on this computer's disk, so GovDesk cannot save what the server sends. Nothing you changed is lost: your changes stay in the local copy and are sent when there is space again. Free some disk space.</source>
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
    <name>gd::AboutDialog</name>
    <message>
        <source>About GovDesk</source>
        <translation>关于政务工作台</translation>
    </message>
    <message>
        <source>The staff workstation of the city's Internet + government services platform, for service officers, grid managers, supervisors and administrators.</source>
        <translation>全市“互联网+政务服务”平台的工作人员桌面端，供窗口办事人员、网格员、主管领导和系统管理员使用。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时 %2）</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>QtKeychain, Secret Service (libsecret)</source>
        <translation>QtKeychain，Secret Service（libsecret）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions as text, for a support request</source>
        <translation>以文本形式复制以上版本信息，用于提交技术支持请求</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation>%1，数据库 %2</translation>
    </message>
    <message>
        <source>%1, database %2 (not answering)</source>
        <translation>%1，数据库 %2（无响应）</translation>
    </message>
    <message>
        <source>none (plain SQLite)</source>
        <translation>无（普通 SQLite）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>gd::ApplicationActionDialog</name>
    <message>
        <source>Return for supplement</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Tick what the applicant still has to provide for %1. The time limit pauses until the supplement arrives.</source>
        <translation>勾选办件 %1 的申请人还需补交的材料。补正到件前办理时限暂停计时。</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note to the applicant (optional):</source>
        <translation>给申请人的说明（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Note to the applicant</source>
        <translation>给申请人的说明</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>补正到件</translation>
    </message>
    <message>
        <source>Tick the materials of %1 that arrived. The time limit goes on from today.</source>
        <translation>勾选办件 %1 已收到的材料。办理时限自今日起继续计时。</translation>
    </message>
    <message>
        <source>&amp;Record as received</source>
        <translation>登记到件(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the application</source>
        <translation>驳回办件</translation>
    </message>
    <message>
        <source>Rejecting ends %1 for every department. The applicant sees the reason.</source>
        <translation>驳回后办件 %1 在所有部门终止办理。申请人可以看到原因。</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Transfer the step</source>
        <translation>转办环节</translation>
    </message>
    <message>
        <source>Hand the current step of %1 to another department.</source>
        <translation>将办件 %1 的当前环节转交其他部门办理。</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>转办(&amp;T)</translation>
    </message>
    <message>
        <source>Release the claim</source>
        <translation>释放认领</translation>
    </message>
    <message>
        <source>Someone else holds this step of %1. Releasing lets another officer claim it.</source>
        <translation>办件 %1 的该环节由他人认领。释放后其他办事员可以认领。</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>释放(&amp;L)</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <source>The comment is added to the history of %1, which every department in the workflow sees.</source>
        <translation>评论将记入办件 %1 的办理过程，流程中的各部门均可看到。</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>添加评论(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评论(&amp;C)：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>&amp;Missing materials:</source>
        <translation>缺少的材料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Received materials:</source>
        <translation>已收到的材料(&amp;R)：</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>缺少的材料</translation>
    </message>
    <message>
        <source>Received materials</source>
        <translation>已收到的材料</translation>
    </message>
    <message>
        <source>&amp;Other materials, one per line:</source>
        <translation>其他材料，每行一项(&amp;O)：</translation>
    </message>
    <message>
        <source>Other missing materials</source>
        <translation>其他缺少的材料</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Department to transfer to</source>
        <translation>转办至部门</translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation>请选择部门</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <source>Tick at least one missing material, or write it under Other materials.</source>
        <translation>请至少勾选一项缺少的材料，或填写在“其他材料”中。</translation>
    </message>
    <message>
        <source>Choose the department to transfer to.</source>
        <translation>请选择转办的部门。</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Write the comment.</source>
        <translation>请填写评论。</translation>
    </message>
</context>
<context>
    <name>gd::ApplicationActionRunner</name>
    <message>
        <source>Someone else is handling this step.</source>
        <translation>他人正在办理该环节。</translation>
    </message>
    <message>
        <source>%1 is handling this step.</source>
        <translation>%1 正在办理该环节。</translation>
    </message>
    <message>
        <source>The step has moved on since you opened the application.</source>
        <translation>您打开办件后，该环节已流转。</translation>
    </message>
    <message>
        <source>The application is already completed or rejected.</source>
        <translation>该办件已办结或已驳回。</translation>
    </message>
    <message>
        <source>Someone else has acted on this application since you opened it. Look at it again and retry if it still applies.</source>
        <translation>您打开办件后，他人已对其进行了操作。请重新查看，如仍需要再重试。</translation>
    </message>
    <message>
        <source>Only an officer of the step's department can do this.</source>
        <translation>只有该环节所属部门的办事员可以执行此操作。</translation>
    </message>
    <message>
        <source>The action is missing something it needs (a reason, the materials or the department).</source>
        <translation>操作缺少必要信息（原因、材料或部门）。</translation>
    </message>
    <message>
        <source>The application is not in the local copy any more.</source>
        <translation>本地副本中已没有该办件。</translation>
    </message>
    <message>
        <source>Claimed: the step is yours to handle.</source>
        <translation>已认领：该环节由您办理。</translation>
    </message>
    <message>
        <source>Released: another officer can claim the step.</source>
        <translation>已释放：其他办事员可以认领该环节。</translation>
    </message>
    <message>
        <source>Approved: the application moves on.</source>
        <translation>已通过：办件流转至下一环节。</translation>
    </message>
    <message>
        <source>Returned for supplement: the time limit is paused.</source>
        <translation>已退回补正：办理时限暂停计时。</translation>
    </message>
    <message>
        <source>Supplement recorded: the time limit goes on.</source>
        <translation>已登记补正到件：办理时限继续计时。</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>已驳回。</translation>
    </message>
    <message>
        <source>Transferred.</source>
        <translation>已转办。</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>评论已添加。</translation>
    </message>
    <message>
        <source>%1 It is sent to the server with the next sync (pending sync until then).</source>
        <translation>%1将在下次同步时发送到服务器（此前显示“待同步”）。</translation>
    </message>
</context>
<context>
    <name>gd::ApplicationDetailPanel</name>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Take this step: nobody else can handle it until you release it.</source>
        <translation>认领该环节：在您释放之前，其他人无法办理。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Give the step back so that another officer can claim it.</source>
        <translation>交回该环节，让其他办事员可以认领。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Finish this step and pass the application on.</source>
        <translation>完成该环节，办件流转至下一环节。</translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Ask the applicant for missing materials; the time limit pauses.</source>
        <translation>要求申请人补交缺少的材料；办理时限暂停计时。</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>补正到件</translation>
    </message>
    <message>
        <source>The missing materials arrived; the time limit goes on.</source>
        <translation>缺少的材料已收到；办理时限继续计时。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予受理/驳回</translation>
    </message>
    <message>
        <source>End the application with a reason.</source>
        <translation>填写原因并终止该办件。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Hand this step to another department.</source>
        <translation>将该环节转交其他部门办理。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Add a comment to the history.</source>
        <translation>在办理过程中添加评论。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>History and comments</source>
        <translation>办理过程与评论</translation>
    </message>
    <message>
        <source>Write a comment (Ctrl+Enter adds it)</source>
        <translation>填写评论（Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>新评论</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <source>Add the comment to the history (Ctrl+Enter; %1 moves here)</source>
        <translation>将评论记入办理过程（Ctrl+Enter；%1 跳到此处）</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>A change to this application is waiting to be sent to the server.</source>
        <translation>该办件有改动正在等待发送到服务器。</translation>
    </message>
    <message>
        <source>Select an application in the list to see its workflow, materials and history. Enter opens the selected one.</source>
        <translation>在列表中选择一个办件，查看其办理流程、材料和办理过程。按 Enter 打开所选办件。</translation>
    </message>
    <message>
        <source>Loading the application…</source>
        <translation>正在读取办件…</translation>
    </message>
    <message>
        <source>(number pending)</source>
        <translation>（待编号）</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · %2 到期</translation>
    </message>
    <message>
        <source>Time limit: %1</source>
        <translation>办理时限：%1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open the enterprise's homepage</source>
        <translation>打开企业主页</translation>
    </message>
    <message>
        <source>Open the citizen's homepage</source>
        <translation>打开市民主页</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>USCC: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Submitted: %1</source>
        <translation>提交时间：%1</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Allocation: rank %1, %2</source>
        <translation>派位：第 %1 名，%2</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>已录取</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>No materials are listed for this service.</source>
        <translation>该事项没有列出申请材料。</translation>
    </message>
    <message>
        <source>The last return asked for: %1</source>
        <translation>上次退回要求补交：%1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>暂无办理过程。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 (%2)
Not now: %3</source>
        <translation>%1（%2）
当前不可用：%3</translation>
    </message>
</context>
<context>
    <name>gd::AudienceBuilderWidget</name>
    <message>
        <source>must have</source>
        <translation>必须有</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>任一</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Type a tag name, then Enter</source>
        <translation>输入标签名称后按 Enter</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message>
        <source>Condition for the tag</source>
        <translation>标签条件</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>必须有</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>任一</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>No tag conditions.</source>
        <translation>暂无标签条件。</translation>
    </message>
    <message>
        <source>Must have:</source>
        <translation>必须有：</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>任一：</translation>
    </message>
    <message>
        <source>Excluding:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>年龄(&amp;G)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最小年龄</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>最大年龄</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>性别(&amp;N)：</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Add another area</source>
        <translation>再添加区域</translation>
    </message>
    <message>
        <source>Keep this area and add another</source>
        <translation>保留此区域并再添加一个</translation>
    </message>
    <message>
        <source>Keeps the chosen area; citizens of any of the areas match</source>
        <translation>保留所选区域；属于其中任一区域的市民均符合条件</translation>
    </message>
    <message>
        <source>Real-name &amp;level:</source>
        <translation>实名等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Lowest real-name level</source>
        <translation>最低实名等级</translation>
    </message>
    <message>
        <source>Highest real-name level</source>
        <translation>最高实名等级</translation>
    </message>
    <message>
        <source>Life &amp;event:</source>
        <translation>生命事件(&amp;E)：</translation>
    </message>
    <message>
        <source>Life event tag</source>
        <translation>生命事件标签</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>新增于</translation>
    </message>
    <message>
        <source>Acquired at least this many days ago</source>
        <translation>新增时间距今至少天数</translation>
    </message>
    <message>
        <source>Acquired at most this many days ago</source>
        <translation>新增时间距今至多天数</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>重新设置(&amp;S)</translation>
    </message>
    <message>
        <source>Start over with new conditions</source>
        <translation>清空并重新设置条件</translation>
    </message>
    <message>
        <source>Audience expression</source>
        <translation>受众表达式</translation>
    </message>
    <message>
        <source>Sa&amp;mple (masked):</source>
        <translation>样本（已脱敏）(&amp;M)：</translation>
    </message>
    <message>
        <source>Sample of the audience, masked</source>
        <translation>受众样本（已脱敏）</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>正在统计</translation>
    </message>
    <message>
        <source>This audience was made in a way the editor cannot show as conditions. It is shown as it is and counted as it is, and it stays unchanged unless you start over with new conditions.</source>
        <translation>该受众的设置方式无法在编辑器中显示为条件，将按原样显示和统计；除非重新设置条件，否则保持不变。</translation>
    </message>
    <message>
        <source>This audience is not a valid expression. It is shown as it is; start over to build a new audience with conditions.</source>
        <translation>该受众不是有效的表达式，按原样显示；请重新设置，用条件圈选新的受众。</translation>
    </message>
    <message>
        <source>There is no citizen tag called “%1”.</source>
        <translation>没有名为“%1”的市民标签。</translation>
    </message>
    <message>
        <source>The tag catalogue is not available without the local copy.</source>
        <translation>没有本地数据副本，无法使用标签目录。</translation>
    </message>
    <message>
        <source>Too many conditions: an audience has at most %1 parts.</source>
        <translation>条件过多：受众最多包含 %1 项条件。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Delete removes the condition; Space opens its menu</source>
        <translation>按 Delete 移除该条件；按空格键打开菜单</translation>
    </message>
    <message>
        <source>%1 (%2) — Delete removes it</source>
        <translation>%1（%2）— 按 Delete 移除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Delete removes the area; Space opens its menu</source>
        <translation>按 Delete 移除该区域；按空格键打开菜单</translation>
    </message>
    <message>
        <source>%1 — Delete removes it</source>
        <translation>%1 — 按 Delete 移除</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>days ago (%1–%2 weeks)</source>
        <translation>天前（%1–%2 周）</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>天前</translation>
    </message>
    <message>
        <source>Offline — the number of people needs a server connection</source>
        <translation>离线 — 统计人数需要连接服务器</translation>
    </message>
    <message>
        <source>About %1 people · %2 ms</source>
        <translation>约 %1 人 · %2 毫秒</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 yrs</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Citizens in your scope, counted on %1</source>
        <translation>您工作范围内的市民，统计日期 %1</translation>
    </message>
</context>
<context>
    <name>gd::BatchApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n application(s)</source>
        <translation>
            <numerusform>通过 %n 件办件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the step “%1” of these %n application(s) of %2? Each is approved on its own: one that cannot be approved now is reported and the others go on.</source>
        <translation>
            <numerusform>通过“%2”这 %n 件办件的“%1”环节吗？每件单独办理：当前无法通过的会列出，其余照常通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications to approve</source>
        <translation>待通过的办件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3（%4）</translation>
    </message>
    <message>
        <source>&amp;Approve all</source>
        <translation>全部通过(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gd::CampaignDetailPanel</name>
    <message>
        <source>&amp;Edit draft</source>
        <translation>编辑草稿(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>提交审批(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return to the creator…</source>
        <translation>退回创建人(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>取消活动(&amp;C)…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送设置</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · 未同步</translation>
    </message>
    <message>
        <source>Changed on this computer: the change goes to the server with the next sync.</source>
        <translation>已在本机修改：修改将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Returned by the approver: %1</source>
        <translation>审批人已退回：%1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Linked service: %1</source>
        <translation>关联事项：%1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <source>%1
Size: %2</source>
        <translation>%1
人数：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Frequency cap</source>
        <translation>频次上限</translation>
    </message>
    <message>
        <source>Hold-out group</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>%1, without approval (a small audience)</source>
        <translation>%1（受众较少，无需审批）</translation>
    </message>
    <message>
        <source>Sending started</source>
        <translation>开始发送</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>发送完成</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a supervisor's approval (%Ln citizen(s)).</source>
        <translation>
            <numerusform>等待主管审批（%Ln 人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>gd::CampaignEditor</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S). It is kept on this computer and sent to the server with the next sync.</source>
        <translation>保存草稿（Ctrl+S）。草稿保存在本机，下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <source>e.g. 孕期产检提醒</source>
        <translation>例如：孕期产检提醒</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>What the citizen reads: what to do, by when, and how.</source>
        <translation>市民看到的内容：办什么、何时之前办、怎么办。</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>内容(&amp;M)</translation>
    </message>
    <message>
        <source>Linked &amp;service</source>
        <translation>关联事项(&amp;S)</translation>
    </message>
    <message>
        <source>or a policy, e.g. 厦门市育儿补贴实施办法</source>
        <translation>或关联政策，例如：厦门市育儿补贴实施办法</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>政策(&amp;P)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送设置</translation>
    </message>
    <message>
        <source>As soon as approved</source>
        <translation>批准后立即发送</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>定时发送</translation>
    </message>
    <message>
        <source>When a life event happens</source>
        <translation>生命事件发生时</translation>
    </message>
    <message>
        <source>Sending time</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Life event (tag)</source>
        <translation>生命事件（标签）</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Days after the life event</source>
        <translation>生命事件发生后的天数</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送时机</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A citizen who got any campaign message within this many days is skipped.</source>
        <translation>在此天数内已收到过任何推送活动消息的市民将被跳过。</translation>
    </message>
    <message>
        <source>&amp;Frequency cap</source>
        <translation>频次上限(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hold-out group</source>
        <translation>对照组(&amp;H)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>(none — a policy only)</source>
        <translation>（无 — 仅关联政策）</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建推送活动</translation>
    </message>
    <message>
        <source>Edit draft: %1</source>
        <translation>编辑草稿：%1</translation>
    </message>
    <message>
        <source>Returned by the approver: %1</source>
        <translation>审批人已退回：%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Apply now: %1 ›</source>
        <translation>立即办理：%1 ›</translation>
    </message>
    <message>
        <source>Read the policy: %1 ›</source>
        <translation>查看政策：%1 ›</translation>
    </message>
    <message>
        <source>【i厦门】%1：%2</source>
        <translation>【i厦门】%1：%2</translation>
    </message>
    <message>
        <source>(title)</source>
        <translation>（标题）</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>（内容）</translation>
    </message>
    <message>
        <source> Apply: https://s.gov.cn/…</source>
        <translation> 办理：https://s.gov.cn/…</translation>
    </message>
    <message>
        <source>%1 · message centre</source>
        <translation>%1 · 消息中心</translation>
    </message>
    <message>
        <source>Shown in the citizen's message centre of the app; opening it and applying are counted for the campaign's effect.</source>
        <translation>显示在市民 App 的消息中心；打开消息和申请办理均计入活动效果。</translation>
    </message>
    <message>
        <source>Save and submit for approval (Ctrl+Enter): a large audience waits for a supervisor's approval, a small one is approved at once.</source>
        <translation>保存并提交审批（Ctrl+Enter）：受众较多的活动需等待主管审批，受众较少的立即批准。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text message(s) per citizen</source>
        <translation>
            <numerusform>每位市民 %n 条短信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::CampaignListModel</name>
    <message>
        <source>Changed on this computer; goes to the server with the next sync.</source>
        <translation>已在本机修改，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · 未同步</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>发送时机</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
</context>
<context>
    <name>gd::CampaignResultsModels</name>
    <message>
        <source>Sent group (% of members)</source>
        <translation>发送组（占本组 %）</translation>
    </message>
    <message>
        <source>Hold-out (% of members)</source>
        <translation>对照组（占本组 %）</translation>
    </message>
    <message>
        <source>Sent group (n)</source>
        <translation>发送组（人）</translation>
    </message>
    <message>
        <source>Hold-out (n)</source>
        <translation>对照组（人）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Sent (n)</source>
        <translation>发送组（人）</translation>
    </message>
    <message>
        <source>Sent rate</source>
        <translation>发送组申请率</translation>
    </message>
    <message>
        <source>Hold-out rate</source>
        <translation>对照组申请率</translation>
    </message>
    <message>
        <source>Effect (pp)</source>
        <translation>效果（百分点）</translation>
    </message>
    <message>
        <source>95% CI low (pp)</source>
        <translation>95% 置信区间下限（百分点）</translation>
    </message>
    <message>
        <source>95% CI high (pp)</source>
        <translation>95% 置信区间上限（百分点）</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全体对象</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Delivered (running total)</source>
        <translation>累计送达</translation>
    </message>
    <message>
        <source>Opened (running total)</source>
        <translation>累计打开</translation>
    </message>
    <message>
        <source>Applied, sent group (running total)</source>
        <translation>发送组累计申请</translation>
    </message>
    <message>
        <source>Applied, hold-out (running total)</source>
        <translation>对照组累计申请</translation>
    </message>
    <message>
        <source>Completed, sent group (running total)</source>
        <translation>发送组累计办结</translation>
    </message>
    <message>
        <source>Completed, hold-out (running total)</source>
        <translation>对照组累计办结</translation>
    </message>
    <message>
        <source>Application rate, sent group (%)</source>
        <translation>发送组申请率（%）</translation>
    </message>
    <message>
        <source>Application rate, hold-out (%)</source>
        <translation>对照组申请率（%）</translation>
    </message>
    <message>
        <source>Difference (pp)</source>
        <translation>差值（百分点）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 ~ %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>The campaign was cancelled before it was sent to anyone.</source>
        <translation>活动在发送给任何人之前已取消。</translation>
    </message>
    <message>
        <source>Sending has started; the results show as the members are processed.</source>
        <translation>已开始发送，效果将随推送对象的处理进度陆续显示。</translation>
    </message>
    <message>
        <source>The campaign has not been sent yet; its effect shows here once it is sent.</source>
        <translation>活动尚未发送，发送后将在此显示效果。</translation>
    </message>
    <message>
        <source>Application rate %1 of %2 members sent. There is no hold-out group, so the effect cannot be measured.</source>
        <translation>已发送 %2 人，申请率 %1。未设对照组，无法衡量效果。</translation>
    </message>
    <message>
        <source>Application rate %1 vs %2 in the hold-out — too few members or applications yet to tell the effect (%3 sent, %4 in the hold-out, %5 applications).</source>
        <translation>申请率 %1，对照组 %2 — 人数或申请数尚少，暂无法判断效果（发送组 %3 人，对照组 %4 人，共 %5 人申请）。</translation>
    </message>
    <message>
        <source>Application rate %1 vs %2 in the hold-out: %3 percentage points (%4% CI %5 to %6), significant.</source>
        <translation>申请率 %1，对照组 %2：相差 %3 个百分点（%4% 置信区间 %5 至 %6），显著。</translation>
    </message>
    <message>
        <source>Application rate %1 vs %2 in the hold-out: %3 percentage points (%4% CI %5 to %6), not significant.</source>
        <translation>申请率 %1，对照组 %2：相差 %3 个百分点（%4% 置信区间 %5 至 %6），不显著。</translation>
    </message>
    <message>
        <source>no hold-out</source>
        <translation>无对照组</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>%1 pp (not significant)</source>
        <translation>%1 个百分点（不显著）</translation>
    </message>
    <message>
        <source>%1 pp ✓</source>
        <translation>%1 个百分点 ✓</translation>
    </message>
    <message>
        <source>%1 pp (significant)</source>
        <translation>%1 个百分点（显著）</translation>
    </message>
</context>
<context>
    <name>gd::CampaignResultsView</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>✓ Significant</source>
        <translation>✓ 显著</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <source>Too little data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>No hold-out</source>
        <translation>无对照组</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>Not significant or too little data</source>
        <translation>不显著或数据不足</translation>
    </message>
    <message>
        <source>%1: %2 pp (95% CI %3), %4 vs %5</source>
        <translation>%1：%2 个百分点（95% 置信区间 %3），发送组 %4，对照组 %5</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the server for the latest results (F5)</source>
        <translation>向服务器获取最新效果数据（F5）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the figures behind the charts as a CSV file for Excel</source>
        <translation>将图表背后的数据保存为 CSV 文件（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Funnel (share of each group's members)</source>
        <translation>转化漏斗（占各组人数的比例）</translation>
    </message>
    <message>
        <source>Application rate over time (running total)</source>
        <translation>申请率变化（累计）</translation>
    </message>
    <message>
        <source>Effect by segment (percentage points, 95% confidence interval)</source>
        <translation>分组效果（百分点，95% 置信区间）</translation>
    </message>
    <message>
        <source>By district and age band</source>
        <translation>按区和年龄段</translation>
    </message>
    <message>
        <source>Members (sent · hold-out)</source>
        <translation>人数（发送组 · 对照组）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>打开率</translation>
    </message>
    <message>
        <source>Application rate (sent vs hold-out)</source>
        <translation>申请率（发送组 / 对照组）</translation>
    </message>
    <message>
        <source>Effect on the application rate</source>
        <translation>对申请率的效果</translation>
    </message>
    <message>
        <source>Skipped by the frequency cap</source>
        <translation>因频次上限跳过</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>No results over time yet: they show once the first messages are delivered.</source>
        <translation>暂无随时间变化的数据：首批消息送达后显示。</translation>
    </message>
    <message>
        <source>Sent group − hold-out, percentage points</source>
        <translation>发送组 − 对照组（百分点）</translation>
    </message>
    <message>
        <source>Sent group</source>
        <translation>发送组</translation>
    </message>
    <message>
        <source>Hold-out</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>The results could not be loaded. %1</source>
        <translation>无法加载效果数据。%1</translation>
    </message>
    <message>
        <source>Loading the results…</source>
        <translation>正在加载效果数据…</translation>
    </message>
    <message>
        <source>Choose a campaign to see its results.</source>
        <translation>请选择一个活动以查看效果。</translation>
    </message>
    <message>
        <source>Offline — showing the results of %1 (%2). %3</source>
        <translation>离线 — 显示 %1 的效果数据（%2）。%3</translation>
    </message>
    <message>
        <source>Could not refresh — showing the results of %1 (%2). %3</source>
        <translation>无法刷新 — 显示 %1 的效果数据（%2）。%3</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation>更新于 %1（%2）</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>from the local copy</source>
        <translation>来自本地副本</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of the members held out</source>
        <translation>%1 的对象留作对照</translation>
    </message>
    <message>
        <source>no hold-out group</source>
        <translation>未设对照组</translation>
    </message>
    <message>
        <source>%1 of the sent group</source>
        <translation>占发送组 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln 人打开</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 and %2 applied</source>
        <translation>分别有 %1 人、%2 人申请</translation>
    </message>
    <message>
        <source>%1 applied; no hold-out to compare with</source>
        <translation>%1 人申请；无对照组可比较</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1% CI %2</source>
        <translation>%1% 置信区间 %2</translation>
    </message>
    <message>
        <source>%1 · significant</source>
        <translation>%1 · 显著</translation>
    </message>
    <message>
        <source>%1 · not significant</source>
        <translation>%1 · 不显著</translation>
    </message>
    <message>
        <source>%1 · too little data to tell</source>
        <translation>%1 · 数据不足，无法判断</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>needs a hold-out group</source>
        <translation>需要设置对照组</translation>
    </message>
    <message>
        <source>in neither group, so the comparison stays fair</source>
        <translation>不计入任何一组，保证比较公平</translation>
    </message>
    <message>
        <source>members not processed yet</source>
        <translation>尚未处理的对象</translation>
    </message>
    <message>
        <source>every member processed</source>
        <translation>全部对象已处理</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Effect by segment</source>
        <translation>分组效果</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>campaign-results-%1</source>
        <translation>活动效果-%1</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>将效果数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The file could not be written to %1.</source>
        <translation>无法将文件写入 %1。</translation>
    </message>
</context>
<context>
    <name>gd::CitizenHomePage</name>
    <message>
        <source>No citizen selected</source>
        <translation>未选择市民</translation>
    </message>
    <message>
        <source>Open a citizen from the citizen list, a search or an application.</source>
        <translation>请从市民列表、搜索结果或办件中打开市民主页。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>暂无标签</translation>
    </message>
    <message>
        <source>Pending items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>No applications in progress.</source>
        <translation>没有在办的事项</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>No bills.</source>
        <translation>暂无账单</translation>
    </message>
    <message>
        <source>Subsidy and tax-refund applications</source>
        <translation>补贴与退税申请</translation>
    </message>
    <message>
        <source>No subsidy or tax-refund applications.</source>
        <translation>暂无补贴或退税申请</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>No other household members are registered.</source>
        <translation>未登记其他家庭成员</translation>
    </message>
    <message>
        <source>Recommended services</source>
        <translation>推荐服务</translation>
    </message>
    <message>
        <source>No recommendations for this citizen.</source>
        <translation>暂无推荐服务</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办事与互动记录</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>办事与互动记录，最新的在前</translation>
    </message>
    <message>
        <source>&amp;Push a service…</source>
        <translation>推送服务(&amp;P)…</translation>
    </message>
    <message>
        <source>Push a service</source>
        <translation>推送服务</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>添加记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a note or visit record</source>
        <translation>添加备注或走访记录</translation>
    </message>
    <message>
        <source>Start an &amp;application…</source>
        <translation>代办事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Start an application on the citizen's behalf</source>
        <translation>代市民发起办件</translation>
    </message>
    <message>
        <source>Reveal the full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Reveal the full ID number (%1)</source>
        <translation>显示完整身份证号（%1）</translation>
    </message>
    <message>
        <source>Reveal the full phone number</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <source>Reveal the full phone number (%1)</source>
        <translation>显示完整手机号（%1）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>责任人员</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>所在网格</translation>
    </message>
    <message>
        <source>In the household</source>
        <translation>家庭关系</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Linked departmental systems</source>
        <translation>已对接的部门系统</translation>
    </message>
    <message>
        <source>Linked systems</source>
        <translation>已对接系统</translation>
    </message>
    <message>
        <source>Loading the citizen's homepage…</source>
        <translation>正在加载市民主页…</translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation>未找到该市民</translation>
    </message>
    <message>
        <source>This citizen does not exist or is outside your area of work.</source>
        <translation>该市民不存在，或不在您的工作范围内。</translation>
    </message>
    <message>
        <source>The citizen's homepage cannot be shown</source>
        <translation>无法显示该市民主页</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>推送…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Real-name level: %1</source>
        <translation>实名等级：%1</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>This citizen is not in the local copy on this computer; the page shows the server's data and is available online only.</source>
        <translation>该市民不在本机的本地数据副本中；本页显示的是服务器上的数据，仅联网时可查看。</translation>
    </message>
    <message>
        <source>Open the homepage of %1</source>
        <translation>打开%1的主页</translation>
    </message>
    <message>
        <source>Real-name level %1</source>
        <translation>实名等级：%1</translation>
    </message>
    <message>
        <source>Needs the local copy of your data, which is not open on this computer.</source>
        <translation>需要本地数据副本，但本机尚未打开。</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Verify identity for an application</source>
        <translation>核对身份以办理业务</translation>
    </message>
    <message>
        <source>Call the citizen back</source>
        <translation>电话回访办事群众</translation>
    </message>
    <message>
        <source>Verify during a grid visit</source>
        <translation>网格走访核实身份</translation>
    </message>
    <message>
        <source>Push a service to %1</source>
        <translation>向%1推送服务</translation>
    </message>
    <message>
        <source>The push of “%1” by %2 is queued and goes out as soon as the server can be reached.</source>
        <translation>“%1”已通过%2加入推送队列，服务器可连接时立即发出。</translation>
    </message>
    <message>
        <source>Add a note or visit record for %1</source>
        <translation>为%1添加备注或走访记录</translation>
    </message>
    <message>
        <source>The visit record is saved and goes to the server as soon as it can be reached.</source>
        <translation>走访记录已保存，服务器可连接时立即上传。</translation>
    </message>
    <message>
        <source>The note is saved and goes to the server as soon as it can be reached.</source>
        <translation>备注已保存，服务器可连接时立即上传。</translation>
    </message>
    <message>
        <source>The application for “%1” is saved and goes to the server as soon as it can be reached; the server numbers it and starts its first step.</source>
        <translation>“%1”的办件已保存，服务器可连接时立即上传；服务器为其编号并启动第一个环节。</translation>
    </message>
    <message>
        <source>By the catalogue's tag rules (the engine is not reachable)</source>
        <translation>按事项目录的标签规则（无法连接推荐引擎）</translation>
    </message>
    <message>
        <source>By the recommendation engine</source>
        <translation>由推荐引擎计算</translation>
    </message>
    <message>
        <source>By the catalogue's tag rules</source>
        <translation>按事项目录的标签规则</translation>
    </message>
</context>
<context>
    <name>gd::CitizenListModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Real-name level</source>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>gd::CitizensPage</name>
    <message>
        <source>Citizens</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, or part of an ID or phone number</source>
        <translation>姓名、拼音、首字母、身份证或手机号片段</translation>
    </message>
    <message>
        <source>Search citizens</source>
        <translation>搜索市民</translation>
    </message>
    <message>
        <source>1 citizen</source>
        <translation>共 1 人</translation>
    </message>
    <message>
        <source>%1 citizens</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>There are no citizens in the local copy</source>
        <translation>本地副本中还没有市民</translation>
    </message>
    <message>
        <source>The citizens of your area of work appear here once the sync has brought them.</source>
        <translation>同步完成后，您辖区的市民会显示在这里。</translation>
    </message>
    <message>
        <source>No citizen matches “%1”</source>
        <translation>没有与“%1”匹配的市民</translation>
    </message>
    <message>
        <source>No citizen matches these filters</source>
        <translation>没有符合这些筛选条件的市民</translation>
    </message>
    <message>
        <source>Check the spelling, or search by pinyin, initials (such as “zs”), or a few digits of an ID or phone number.</source>
        <translation>请检查输入，或按拼音、首字母（如“zs”）、身份证号或手机号的几位数字搜索。</translation>
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
        <source>My version and the server's, field by field</source>
        <translation>按字段对比我的版本与服务器版本</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Send my version again, on top of the server's current version.</source>
        <translation>在服务器当前版本的基础上重新提交我的版本。</translation>
    </message>
    <message>
        <source>Take the &amp;server's</source>
        <translation>采用服务器的(&amp;S)</translation>
    </message>
    <message>
        <source>Drop my change and keep the server's version.</source>
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
        <source>Drop my change; this computer shows the server's version again.</source>
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
        <source>The server's reason: %1</source>
        <translation>服务器给出的原因：%1</translation>
    </message>
    <message>
        <source>This change cannot be sent as it is. Discarding it shows the server's version again.</source>
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
    <name>gd::DashboardCharts</name>
    <message>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>渠道构成</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>热门事项</translation>
    </message>
    <message>
        <source>SLA compliance and satisfaction</source>
        <translation>按时办结率与满意度</translation>
    </message>
    <message>
        <source>Sentiment trend</source>
        <translation>情感趋势</translation>
    </message>
    <message>
        <source>Hot topics</source>
        <translation>热点话题</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>受理件数</translation>
    </message>
    <message>
        <source>Applications completed</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <source>Active citizens</source>
        <translation>活跃市民</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Sign-ins, citizens</source>
        <translation>登录、市民</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
</context>
<context>
    <name>gd::DashboardModels</name>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业</translation>
    </message>
    <message>
        <source>School places</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医保</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Elderly care</source>
        <translation>养老</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <source>Active citizens</source>
        <translation>活跃市民</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>受理件数</translation>
    </message>
    <message>
        <source>Applications completed</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <source>Negative (stacked)</source>
        <translation>负面（堆叠）</translation>
    </message>
    <message>
        <source>Negative + neutral (stacked)</source>
        <translation>负面+中性（堆叠）</translation>
    </message>
    <message>
        <source>All (stacked)</source>
        <translation>全部（堆叠）</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Completed on time %</source>
        <translation>按时办结率 %</translation>
    </message>
    <message>
        <source>Satisfied % (4–5 stars)</source>
        <translation>满意率 %（4–5 星）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>留言数</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>按时办结率 %</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>好差评均分</translation>
    </message>
    <message>
        <source>Negative %</source>
        <translation>负面占比 %</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>异常波动</translation>
    </message>
    <message>
        <source>Times the baseline</source>
        <translation>为基线的倍数</translation>
    </message>
    <message>
        <source>Applications submitted on %1</source>
        <translation>%1 受理的办件</translation>
    </message>
    <message>
        <source>Applications through %1, %2 – %3</source>
        <translation>%2 至 %3 经%1受理的办件</translation>
    </message>
    <message>
        <source>Applications for %1</source>
        <translation>“%1”的办件</translation>
    </message>
    <message>
        <source>Applications completed by %1</source>
        <translation>%1 办结的办件</translation>
    </message>
    <message>
        <source>%1 messages on %2</source>
        <translation>%2 的%1留言</translation>
    </message>
    <message>
        <source>Messages on %1</source>
        <translation>%1 的留言</translation>
    </message>
    <message>
        <source>Messages about %1</source>
        <translation>关于“%1”的留言</translation>
    </message>
    <message>
        <source>Messages from %1</source>
        <translation>来自%1的留言</translation>
    </message>
    <message>
        <source>Applications from %1</source>
        <translation>来自%1的办件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n message(s) on %3, %4 times the 28-day mean of %5</source>
        <translation>
            <numerusform>%1 · %2：%3 共 %n 件，为近 28 天均值 %5 件的 %4 倍</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::DashboardPage</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义时段…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the server for the latest figures (F5)</source>
        <translation>向服务器获取最新数据（F5）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as an image</source>
        <translation>将整个看板保存为图片</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the figures behind the charts as a CSV file for Excel</source>
        <translation>将图表背后的数据保存为 CSV 文件（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Click a point, bar or row to see the messages or applications behind it</source>
        <translation>点击图表中的点、柱或表格行，查看背后的留言或办件</translation>
    </message>
    <message>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <source>Channel mix (applications submitted)</source>
        <translation>渠道构成（受理件数）</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>热门事项</translation>
    </message>
    <message>
        <source>SLA compliance and satisfaction by department</source>
        <translation>各部门按时办结率与满意率</translation>
    </message>
    <message>
        <source>Sentiment of messages</source>
        <translation>留言情感趋势</translation>
    </message>
    <message>
        <source>Hot topics (vs the previous period)</source>
        <translation>热点话题（较上一周期）</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>各区情况</translation>
    </message>
    <message>
        <source>Spikes flagged</source>
        <translation>异常波动提示</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <source>Active citizens (daily, summed)</source>
        <translation>活跃市民（按日累计）</translation>
    </message>
    <message>
        <source>Applications submitted</source>
        <translation>受理件数</translation>
    </message>
    <message>
        <source>Applications completed</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Average rating (好差评)</source>
        <translation>好差评均分</translation>
    </message>
    <message>
        <source>Citizen messages</source>
        <translation>市民留言</translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation>负面留言占比</translation>
    </message>
    <message>
        <source>Scope: %1 (your department)</source>
        <translation>范围：%1（本部门）</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Period too long</source>
        <translation>时段过长</translation>
    </message>
    <message>
        <source>A dashboard covers at most %1 days. Choose a shorter range.</source>
        <translation>看板最多覆盖 %1 天，请选择更短的时段。</translation>
    </message>
    <message>
        <source>The dashboards show aggregate figures to supervisors and department staff. Your role does not include them.</source>
        <translation>看板面向主管和部门工作人员展示汇总数据，您的角色不包含此权限。</translation>
    </message>
    <message>
        <source>Offline — showing the figures of %1 (%2). %3</source>
        <translation>离线 — 显示 %1 的数据（%2）。%3</translation>
    </message>
    <message>
        <source>The figures could not be loaded. %1</source>
        <translation>无法加载数据。%1</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation>更新于 %1（%2）</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>from the local copy</source>
        <translation>来自本地副本</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>dashboard-%1-%2</source>
        <translation>看板-%1-%2</translation>
    </message>
    <message>
        <source>Usage by day</source>
        <translation>每日使用情况</translation>
    </message>
    <message>
        <source>Messages by day and sentiment</source>
        <translation>每日留言（按情感）</translation>
    </message>
    <message>
        <source>Export the dashboard as PNG</source>
        <translation>将看板导出为 PNG 图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written to %1.</source>
        <translation>无法将文件写入 %1。</translation>
    </message>
    <message>
        <source>Handling time (median · p90)</source>
        <translation>办理时长（中位数 · 90 分位）</translation>
    </message>
    <message>
        <source>%1 h · %2 h</source>
        <translation>%1 小时 · %2 小时</translation>
    </message>
</context>
<context>
    <name>gd::DrillDownDialog</name>
    <message>
        <source>Behind the figure</source>
        <translation>数据明细</translation>
    </message>
    <message>
        <source>Open the citizen's homepage</source>
        <translation>打开市民主页</translation>
    </message>
    <message>
        <source>Open the applicant's homepage</source>
        <translation>打开申请人主页</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>无法加载明细：%1</translation>
    </message>
    <message>
        <source>No messages behind this figure.</source>
        <translation>此数据下没有留言。</translation>
    </message>
    <message>
        <source>No applications behind this figure.</source>
        <translation>此数据下没有办件。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>共 %n 条留言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>共 %n 件办件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the newest %2 shown · personal data masked</source>
        <translation>%1，显示最新 %2 条 · 个人信息已脱敏</translation>
    </message>
    <message>
        <source>%1 · personal data masked</source>
        <translation>%1 · 个人信息已脱敏</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Topic: %1 · Sentiment: %2 (%3)</source>
        <translation>话题：%1 · 情感：%2（%3）</translation>
    </message>
    <message>
        <source>%1 · submitted %2 through %3</source>
        <translation>%1 · %2 经%3提交</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gd::DrillDownModel</name>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
</context>
<context>
    <name>gd::EnterpriseHomePage</name>
    <message>
        <source>No enterprise selected</source>
        <translation>未选择企业</translation>
    </message>
    <message>
        <source>Open an enterprise from the enterprise list, a search or an application.</source>
        <translation>请从企业列表、搜索结果或办件中打开企业主页。</translation>
    </message>
    <message>
        <source>Licences and certificates</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>No licences or certificates.</source>
        <translation>暂无证照信息</translation>
    </message>
    <message>
        <source>Social insurance, last 12 months</source>
        <translation>近 12 个月社保缴纳</translation>
    </message>
    <message>
        <source>No social-insurance payments.</source>
        <translation>暂无社保缴纳记录</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>暂无标签</translation>
    </message>
    <message>
        <source>Pending items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>No applications in progress.</source>
        <translation>没有在办的事项</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>No bills.</source>
        <translation>暂无账单</translation>
    </message>
    <message>
        <source>Subsidy and tax-refund applications</source>
        <translation>补贴与退税申请</translation>
    </message>
    <message>
        <source>No subsidy or tax-refund applications.</source>
        <translation>暂无补贴或退税申请</translation>
    </message>
    <message>
        <source>Recommended policies</source>
        <translation>推荐政策</translation>
    </message>
    <message>
        <source>No recommendations for this enterprise.</source>
        <translation>暂无推荐政策</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>工作备注</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>暂无备注</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Start an &amp;application…</source>
        <translation>代办事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Start an application on the enterprise's behalf</source>
        <translation>代企业发起办件</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Reveal the full phone number</source>
        <translation>显示完整联系电话</translation>
    </message>
    <message>
        <source>Reveal the full phone number (%1)</source>
        <translation>显示完整联系电话（%1）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>所在网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Loading the enterprise's homepage…</source>
        <translation>正在加载企业主页…</translation>
    </message>
    <message>
        <source>Enterprise not found</source>
        <translation>未找到该企业</translation>
    </message>
    <message>
        <source>This enterprise does not exist or is outside your area of work.</source>
        <translation>该企业不存在，或不在您的工作范围内。</translation>
    </message>
    <message>
        <source>The enterprise's homepage cannot be shown</source>
        <translation>无法显示该企业主页</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>代为申请…</translation>
    </message>
    <message>
        <source>Lifecycle stage: %1</source>
        <translation>生命周期阶段：%1</translation>
    </message>
    <message>
        <source>Open the homepage of %1</source>
        <translation>打开%1的主页</translation>
    </message>
    <message>
        <source>This enterprise is not in the local copy on this computer; the page shows the server's data and is available online only.</source>
        <translation>该企业不在本机的本地数据副本中；本页显示的是服务器上的数据，仅联网时可查看。</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Valid without a time limit</source>
        <translation>长期有效，无到期日</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expired on %1, %2 days ago</source>
        <translation>已于 %1 过期（%2 天前）</translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>%1 发证</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 项需关注</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 employees in %2</source>
        <translation>%2 参保 %1 人</translation>
    </message>
    <message>
        <source>%1 · %2 months overdue</source>
        <translation>%1 · %2 个月欠缴</translation>
    </message>
    <message>
        <source>Needs the local copy of your data, which is not open on this computer.</source>
        <translation>需要本地数据副本，但本机尚未打开。</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact the enterprise about an application</source>
        <translation>联系企业办理业务</translation>
    </message>
    <message>
        <source>Verify the contact for a licence</source>
        <translation>核实证照联系人</translation>
    </message>
    <message>
        <source>Add a note for %1</source>
        <translation>为%1添加备注</translation>
    </message>
    <message>
        <source>The note is saved and goes to the server as soon as it can be reached.</source>
        <translation>备注已保存，服务器可连接时立即上传。</translation>
    </message>
    <message>
        <source>The application for “%1” is saved and goes to the server as soon as it can be reached; the server numbers it and starts its first step.</source>
        <translation>“%1”的办件已保存，服务器可连接时立即上传；服务器为其编号并启动第一个环节。</translation>
    </message>
</context>
<context>
    <name>gd::EnterpriseListModel</name>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
</context>
<context>
    <name>gd::EnterprisesPage</name>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, or part of a credit code or phone number</source>
        <translation>企业名称、拼音、首字母、信用代码或电话片段</translation>
    </message>
    <message>
        <source>Search enterprises</source>
        <translation>搜索企业</translation>
    </message>
    <message>
        <source>1 enterprise</source>
        <translation>共 1 家企业</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>共 %1 家企业</translation>
    </message>
    <message>
        <source>There are no enterprises in the local copy</source>
        <translation>本地副本中还没有企业</translation>
    </message>
    <message>
        <source>The enterprises of your area of work appear here once the sync has brought them.</source>
        <translation>同步完成后，您辖区的企业会显示在这里。</translation>
    </message>
    <message>
        <source>No enterprise matches “%1”</source>
        <translation>没有与“%1”匹配的企业</translation>
    </message>
    <message>
        <source>No enterprise matches these filters</source>
        <translation>没有符合这些筛选条件的企业</translation>
    </message>
    <message>
        <source>Check the spelling, or search by pinyin, initials, or a few digits of the credit code or phone number.</source>
        <translation>请检查输入，或按拼音、首字母、统一社会信用代码或电话号码的几位数字搜索。</translation>
    </message>
</context>
<context>
    <name>gd::GlobalSearchModel</name>
    <message>
        <source>Citizens</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Show all %1 citizens matching “%2”</source>
        <translation>查看与“%2”匹配的全部 %1 位市民</translation>
    </message>
</context>
<context>
    <name>gd::GlobalSearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Search needs the local copy of your data, which is not open on this computer (it is being unlocked, or GovDesk works online only).</source>
        <translation>搜索需要使用本机上的本地数据副本，但它目前未打开（正在解锁，或政务工作台仅在线工作）。</translation>
    </message>
    <message>
        <source>No citizens, enterprises or services match “%1”.</source>
        <translation>没有与“%1”匹配的市民、企业或事项。</translation>
    </message>
    <message>
        <source>The search could not read the local copy. Try again.</source>
        <translation>搜索无法读取本地副本。请重试。</translation>
    </message>
</context>
<context>
    <name>gd::GridActivityModel</name>
    <message>
        <source>Visit · %1</source>
        <translation>走访 · %1</translation>
    </message>
    <message>
        <source>Incident · %1</source>
        <translation>事件 · %1</translation>
    </message>
    <message>
        <source> — next: %1</source>
        <translation> — 后续：%1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation>对象 / 地点</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>gd::GridPage</name>
    <message>
        <source>Assign a task to grids</source>
        <translation>向网格下发任务</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Due &amp;on:</source>
        <translation>截止日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>下发(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>请填写任务标题。</translation>
    </message>
    <message>
        <source>Describe what the grid managers are to do.</source>
        <translation>请说明网格员需要做什么。</translation>
    </message>
    <message>
        <source>Choose at least one grid.</source>
        <translation>请至少选择一个网格。</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>登记走访(&amp;V)</translation>
    </message>
    <message>
        <source>Record a visit (Ctrl+Shift+V)</source>
        <translation>登记走访（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Report &amp;incident</source>
        <translation>上报事件(&amp;I)</translation>
    </message>
    <message>
        <source>Report an incident with photos (Ctrl+Shift+I)</source>
        <translation>上报事件并附照片（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Push notice</source>
        <translation>推送通知</translation>
    </message>
    <message>
        <source>Send a notice to the residents of this grid</source>
        <translation>向本网格居民发送通知</translation>
    </message>
    <message>
        <source>Push notice to this group</source>
        <translation>向该人群推送通知</translation>
    </message>
    <message>
        <source>&amp;Assign task…</source>
        <translation>下发任务(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>签收(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>My grids</source>
        <translation>我的网格</translation>
    </message>
    <message>
        <source>Offline: you are working on the local copy. Visits, incidents and task changes are kept on this computer and sent when the server can be reached.</source>
        <translation>离线：正在使用本地副本。走访、事件和任务变更保存在本机，服务器可连接时自动发送。</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Visits and incidents</source>
        <translation>走访与事件</translation>
    </message>
    <message>
        <source>Task / grid</source>
        <translation>任务 / 网格</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>In special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>待办任务</translation>
    </message>
    <message>
        <source>No households of this grid are in the local copy.</source>
        <translation>本地副本中没有本网格的住户。</translation>
    </message>
    <message>
        <source>No residents of this grid are in the local copy.</source>
        <translation>本地副本中没有本网格的居民。</translation>
    </message>
    <message>
        <source>No tasks for this grid.</source>
        <translation>本网格暂无任务。</translation>
    </message>
    <message>
        <source>This grid has no visit records or incidents yet.

Ctrl+Shift+V records a visit, Ctrl+Shift+I reports an incident.</source>
        <translation>本网格还没有走访记录或事件。

Ctrl+Shift+V 登记走访，Ctrl+Shift+I 上报事件。</translation>
    </message>
    <message>
        <source>Grid work is kept in the local copy of your data, which is not open on this computer.</source>
        <translation>网格工作保存在本地数据副本中，而本机尚未打开本地副本。</translation>
    </message>
    <message>
        <source>No grids of yours are in the local copy yet.</source>
        <translation>本地副本中还没有您负责的网格。</translation>
    </message>
    <message>
        <source>Your grids could not be read from the local copy: %1</source>
        <translation>无法从本地副本读取您的网格：%1</translation>
    </message>
    <message>
        <source>The grid could not be read from the local copy: %1</source>
        <translation>无法从本地副本读取该网格：%1</translation>
    </message>
    <message>
        <source>Visited in the last 90 days: %1 of %2 households · %3%</source>
        <translation>近90天走访覆盖 %1/%2 户 · %3%</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) and %1 incident(s) in the last 30 days</source>
        <translation>
            <numerusform>近30天走访 %n 次、事件 %1 起</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 grids done</source>
        <translation>%2 个网格中已完成 %1 个</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Visit recorded; it is sent to the server when it can be reached.</source>
        <translation>走访已登记，服务器可连接时自动发送。</translation>
    </message>
    <message>
        <source>Incident reported; it is sent to the server when it can be reached.</source>
        <translation>事件已上报，服务器可连接时自动发送。</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>What was done (the supervisor sees this):</source>
        <translation>完成情况（主管可见）：</translation>
    </message>
    <message>
        <source>Not done: write what was done (at least 2 characters).</source>
        <translation>未完成：请填写完成情况（至少 2 个字）。</translation>
    </message>
    <message>
        <source>Task acknowledged.</source>
        <translation>任务已签收。</translation>
    </message>
    <message>
        <source>Task completed; the result goes to the supervisor.</source>
        <translation>任务已完成，结果将报送主管。</translation>
    </message>
    <message numerus="yes">
        <source>Task assigned to %n grid(s).</source>
        <translation>
            <numerusform>任务已下发到 %n 个网格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer.</source>
        <translation>未保存：本机尚未打开本地数据副本。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Acc&amp;ept incident</source>
        <translation>受理事件(&amp;E)</translation>
    </message>
    <message>
        <source>Take the incident on: the grid manager sees that it is being handled</source>
        <translation>受理该事件：网格员会看到事件正在处理</translation>
    </message>
    <message>
        <source>&amp;Resolve incident…</source>
        <translation>办结事件(&amp;R)…</translation>
    </message>
    <message>
        <source>Resolve the incident</source>
        <translation>办结事件</translation>
    </message>
    <message>
        <source>How it was resolved (the grid manager sees this):</source>
        <translation>处理结果（网格员可见）：</translation>
    </message>
    <message>
        <source>Not resolved: write how it was resolved (at least 2 characters).</source>
        <translation>未办结：请填写处理结果（至少 2 个字）。</translation>
    </message>
    <message>
        <source>Incident accepted.</source>
        <translation>事件已受理。</translation>
    </message>
    <message>
        <source>Incident resolved.</source>
        <translation>事件已办结。</translation>
    </message>
    <message>
        <source>the grid manager</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>gd::GridResidentModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender, age</source>
        <translation>性别、年龄</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
</context>
<context>
    <name>gd::GridTaskModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gd::HomePageShell</name>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try loading again</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>事项 %1</translation>
    </message>
    <message>
        <source>Because of the tags: %1</source>
        <translation>因为标签：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 · %4</source>
        <translation>第 %1/%2 步：%3 · %4</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>由%1办理</translation>
    </message>
    <message>
        <source>No. %1 · submitted %2 via %3</source>
        <translation>编号 %1 · %2 通过%3提交</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>办结时限 %1</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 件超期</translation>
    </message>
    <message>
        <source>%1 · paid %2</source>
        <translation>%1 · 缴于 %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · 缴费期限 %2</translation>
    </message>
    <message>
        <source>Overdue for %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>%1 earlier paid bills are not shown</source>
        <translation>另有 %1 张已缴账单未显示</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>无待缴费用</translation>
    </message>
    <message>
        <source>Unpaid %1 · overdue %2</source>
        <translation>待缴 %1 · 逾期 %2</translation>
    </message>
    <message>
        <source>Unpaid %1</source>
        <translation>待缴 %1</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>申请于 %1</translation>
    </message>
    <message>
        <source>%1 · decided %2</source>
        <translation>%1 · 决定于 %2</translation>
    </message>
    <message>
        <source>Match %1%</source>
        <translation>匹配度 %1%</translation>
    </message>
    <message>
        <source>handled within %1 days</source>
        <translation>%1 天内办结</translation>
    </message>
    <message>
        <source>online</source>
        <translation>可网上办理</translation>
    </message>
    <message>
        <source>at a counter</source>
        <translation>需到窗口办理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · %2起</translation>
    </message>
    <message>
        <source>Set on %1 · source: %2</source>
        <translation>标注于 %1 · 来源：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer, so the change cannot be queued for the server.</source>
        <translation>未保存：本机的本地数据副本未打开，无法将修改加入发送队列。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>gd::HouseholdTreeModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), head %1</source>
        <translation>
            <numerusform>%n 人，户主 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
</context>
<context>
    <name>gd::IncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>e.g. the stairwell of building 3, 兴隆路 12</source>
        <translation>例如：兴隆路 12 号 3 号楼楼道</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What happened, who is affected, what has been done so far</source>
        <translation>发生了什么、影响到谁、已做了哪些处置</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Delete removes the chosen photo.</source>
        <translation>按 Delete 删除所选照片。</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>JPEG, PNG or WebP, at most %1 MB each and %2 photos; or drop them here.</source>
        <translation>JPEG、PNG 或 WebP，每张不超过 %1 MB，最多 %2 张；也可拖放到此处。</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>事件描述(&amp;W)：</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>上报(&amp;R)</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to the server when it can be reached. Ctrl+Enter reports.</source>
        <translation>立即保存在本机，服务器可连接时自动发送。Ctrl+Enter 上报。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>%1: at most %2 photos per incident.</source>
        <translation>%1：每个事件最多 %2 张照片。</translation>
    </message>
    <message>
        <source>%1 is too large (%2); at most %3 MB.</source>
        <translation>%1 太大（%2）；最大 %3 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or WebP photo.</source>
        <translation>%1 不是 JPEG、PNG 或 WebP 照片。</translation>
    </message>
    <message>
        <source>%1: the file name is too long.</source>
        <translation>%1：文件名太长。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Say where it is.</source>
        <translation>请填写地点。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述事件经过。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
</context>
<context>
    <name>gd::IncidentViewDialog</name>
    <message>
        <source>Incident: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>紧急程度：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事件描述：</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>上报：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2 上报</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No photos were taken.</source>
        <translation>未附照片。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s); double-click or Enter shows one at full size.</source>
        <translation>
            <numerusform>%n 张照片；双击或按 Enter 查看原图。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
loading…</source>
        <translation>%1
加载中…</translation>
    </message>
    <message>
        <source>the photo cannot be shown</source>
        <translation>照片无法显示</translation>
    </message>
    <message>
        <source>%1 · %2 × %3</source>
        <translation>%1 · %2 × %3</translation>
    </message>
    <message>
        <source>%1
not available</source>
        <translation>%1
暂不可用</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>gd::ListFilterBar</name>
    <message>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Choose a district first</source>
        <translation>请先选择区</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区(&amp;D)：</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>网格(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Real-name &amp;level:</source>
        <translation>实名等级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>生命周期(&amp;A)：</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>按区筛选</translation>
    </message>
    <message>
        <source>Filter by grid</source>
        <translation>按网格筛选</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Filter by real-name level</source>
        <translation>按实名等级筛选</translation>
    </message>
    <message>
        <source>Filter by industry</source>
        <translation>按行业筛选</translation>
    </message>
    <message>
        <source>Filter by lifecycle stage</source>
        <translation>按生命周期筛选</translation>
    </message>
    <message>
        <source>With &amp;overdue bills</source>
        <translation>有逾期账单(&amp;O)</translation>
    </message>
    <message>
        <source>Only citizens with overdue bills</source>
        <translation>仅显示有逾期账单的市民</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>清除搜索和全部筛选</translation>
    </message>
</context>
<context>
    <name>gd::ListPage</name>
    <message>
        <source>Number of results</source>
        <translation>结果数量</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>清除搜索和全部筛选</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>重试(&amp;E)</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>正在打开本地副本…</translation>
    </message>
    <message>
        <source>The list is read from the encrypted copy of your area's data on this computer.</source>
        <translation>列表读取自这台电脑上您辖区数据的加密副本。</translation>
    </message>
    <message>
        <source>The local copy is not available</source>
        <translation>本地副本不可用</translation>
    </message>
    <message>
        <source>The list is read from the encrypted copy of your area's data on this computer, which opens after you sign in. If it stays unavailable, see Local data in Settings.</source>
        <translation>列表读取自这台电脑上您辖区数据的加密副本，登录后即会打开。如果一直不可用，请查看“设置”中的“本地数据”。</translation>
    </message>
    <message>
        <source>The local copy was closed while the list was read.</source>
        <translation>读取列表时本地副本已关闭。</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>无法读取列表</translation>
    </message>
    <message>
        <source>Try fewer filters.</source>
        <translation>请减少筛选条件。</translation>
    </message>
    <message>
        <source>The first sync is still bringing your area's data to this computer.</source>
        <translation>首次同步仍在把您辖区的数据下载到这台电脑。</translation>
    </message>
</context>
<context>
    <name>gd::LockScreen</name>
    <message>
        <source>%1 logo</source>
        <translation>%1 标志</translation>
    </message>
    <message>
        <source>GovDesk is locked</source>
        <translation>政务工作台已锁定</translation>
    </message>
    <message>
        <source>Your work is hidden because GovDesk was not used for a while. Enter your password to continue. Syncing goes on in the background.</source>
        <translation>由于一段时间未使用，政务工作台已隐藏您的工作内容。请输入密码继续。同步在后台继续进行。</translation>
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
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>验证码(&amp;V)：</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>解锁提示</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>正在验证密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>End the session; unsent changes stay in the local copy.</source>
        <translation>结束会话；尚未上传的更改保留在本地副本中。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
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
        <source>Checking your password…</source>
        <translation>正在验证密码…</translation>
    </message>
    <message>
        <source>The server answered for a different account. GovDesk stays locked.</source>
        <translation>服务器返回的是另一个账号。政务工作台保持锁定。</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>GovDesk stays locked until the server can check your password.</source>
        <translation>在服务器能够验证您的密码之前，政务工作台保持锁定。</translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
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
        <source>Close</source>
        <translation>关闭</translation>
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
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>返回上一页（%1）</translation>
    </message>
    <message>
        <source>Search citizens, enterprises, services (Ctrl+K)</source>
        <translation>搜索市民、企业、事项（Ctrl+K）</translation>
    </message>
    <message>
        <source>Open Pending (Ctrl+4)</source>
        <translation>打开待办（Ctrl+4）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>事项编码：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>For enterprises</source>
        <translation>面向企业</translation>
    </message>
    <message>
        <source>For citizens</source>
        <translation>面向市民</translation>
    </message>
    <message>
        <source>Time limit: %1 working days</source>
        <translation>办理时限：%1 个工作日</translation>
    </message>
    <message>
        <source>Can be applied for online</source>
        <translation>可网上申办</translation>
    </message>
    <message>
        <source>Applied for at a service counter</source>
        <translation>需到窗口申办</translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>所需材料：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New pending: %1</source>
        <translation>新待办 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new pending application(s). Press Ctrl+4 to open Pending.</source>
        <translation>
            <numerusform>%n 件新的待办。按 Ctrl+4 打开待办。</numerusform>
        </translation>
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
    <name>gd::NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add a note or visit record</source>
        <translation>添加备注或走访记录</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>工作备注(&amp;N)</translation>
    </message>
    <message>
        <source>A working note for colleagues; the citizen does not see it.</source>
        <translation>供同事参考的工作备注，市民看不到。</translation>
    </message>
    <message>
        <source>&amp;Visit record</source>
        <translation>走访记录(&amp;V)</translation>
    </message>
    <message>
        <source>Only grid managers record visits.</source>
        <translation>只有网格员可以记录走访。</translation>
    </message>
    <message>
        <source>A visit you made as the grid manager, with its kind and time.</source>
        <translation>您作为网格员完成的走访，含走访类型和时间。</translation>
    </message>
    <message>
        <source>(grid managers only)</source>
        <translation>（仅限网格员）</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>When the visit took place</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>&amp;Kind of visit:</source>
        <translation>走访类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation>走访时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What you found during the visit, what was agreed, what happens next</source>
        <translation>走访发现的情况、约定的事项和后续安排</translation>
    </message>
    <message>
        <source>What colleagues should know about this citizen or enterprise</source>
        <translation>同事需要了解的关于该市民或企业的情况</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>Write a summary of the visit.</source>
        <translation>请填写走访情况。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>内容太长：最多 %1 个字。</translation>
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
    <name>gd::PushPage</name>
    <message>
        <source>Proactive push</source>
        <translation>主动推送</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>推送活动</translation>
    </message>
    <message>
        <source>Choose a campaign on the left to see it and its results, or make a new one.

Campaigns send a message about a service or a policy to the citizens you choose; a random hold-out group is kept back so that the effect can be measured.</source>
        <translation>在左侧选择一个推送活动，查看其详情和效果，或新建一个活动。

推送活动将某项服务或政策的消息发送给您选定的市民，并随机留出一个对照组，以便衡量效果。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) wait for your approval</source>
        <translation>
            <numerusform>%n 个活动等待您审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns are kept in the local copy of your data, which is not open on this computer.</source>
        <translation>推送活动保存在本地数据副本中，但本机尚未打开本地副本。</translation>
    </message>
    <message>
        <source>The campaigns could not be read from the local copy: %1</source>
        <translation>无法从本地副本读取推送活动：%1</translation>
    </message>
    <message>
        <source>The campaign is submitted; it goes to the server with the next sync.</source>
        <translation>活动已提交，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>The draft is saved on this computer and goes to the server with the next sync.</source>
        <translation>草稿已保存在本机，将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Why is the campaign returned to its creator? (2 to 500 characters)</source>
        <translation>请填写将活动退回创建人的原因（2–500 个字）：</translation>
    </message>
    <message>
        <source>Why is the campaign cancelled? (2 to 500 characters)</source>
        <translation>请填写取消活动的原因（2–500 个字）：</translation>
    </message>
    <message>
        <source>Return the campaign</source>
        <translation>退回活动</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Approved; sending starts when the server has the approval.</source>
        <translation>已批准；服务器收到批准后开始发送。</translation>
    </message>
    <message>
        <source>The campaign goes back to its creator with your reason.</source>
        <translation>活动将连同您填写的原因退回创建人。</translation>
    </message>
    <message>
        <source>The campaign is cancelled; nothing more is sent once the server has the cancellation.</source>
        <translation>活动已取消；服务器收到取消后不再继续发送。</translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer, so the change cannot be queued for the server.</source>
        <translation>未保存：本机的本地数据副本未打开，无法将修改加入发送队列。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未执行：%1</translation>
    </message>
    <message>
        <source>New campaign (Ctrl+N)</source>
        <translation>新建活动（Ctrl+N）</translation>
    </message>
    <message>
        <source>Grid notice</source>
        <translation>网格通知</translation>
    </message>
</context>
<context>
    <name>gd::PushServiceDialog</name>
    <message>
        <source>Push a service</source>
        <translation>推送服务</translation>
    </message>
    <message>
        <source>The citizen receives the message on the chosen channel. The push is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>市民将通过所选渠道收到消息。推送先保存在本机，服务器可连接时立即发出。</translation>
    </message>
    <message>
        <source>Service to push</source>
        <translation>要推送的服务</translation>
    </message>
    <message>
        <source>%1 — match %2%</source>
        <translation>%1 — 匹配度 %2%</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>发给市民的消息</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>推送(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Hello! Based on your situation you may be eligible for "%1". You can apply in the government services app or at a service counter.</source>
        <translation>您好！根据您的情况，您可能符合“%1”的办理条件，可通过政务服务App或到政务服务窗口办理。</translation>
    </message>
    <message>
        <source>Match %1%</source>
        <translation>匹配度 %1%</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>Choose the service to push.</source>
        <translation>请选择要推送的服务。</translation>
    </message>
    <message>
        <source>Write the message the citizen will read.</source>
        <translation>请填写市民将看到的消息。</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters.</source>
        <translation>消息太长：最多 %1 个字。</translation>
    </message>
</context>
<context>
    <name>gd::QueueFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Application number or applicant</source>
        <translation>办件编号或申请人</translation>
    </message>
    <message>
        <source>Search pending applications</source>
        <translation>搜索待办</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Waiting for supplement</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>时限(&amp;L)：</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>事项(&amp;V)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>环节(&amp;E)：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Claimed by &amp;me</source>
        <translation>我认领的(&amp;M)</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>&amp;Unclaimed</source>
        <translation>未认领(&amp;U)</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>全部环节</translation>
    </message>
</context>
<context>
    <name>gd::QueueListModel</name>
    <message>
        <source>Paused (awaiting supplement)</source>
        <translation>暂停（待补正）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Changes not yet confirmed by the server</source>
        <translation>有改动尚未经服务器确认</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
</context>
<context>
    <name>gd::QueuePage</name>
    <message>
        <source>Pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;W)：</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Custom filters</source>
        <translation>自定义筛选</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Save the current filters and sort under a name</source>
        <translation>将当前的筛选和排序保存为命名视图</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the chosen saved view</source>
        <translation>删除所选的已保存视图</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>批量通过</translation>
    </message>
    <message>
        <source>Approve every selected application (same service and step) after a confirmation (%1)</source>
        <translation>确认后通过所有选中的办件（须为同一事项、同一环节）（%1）</translation>
    </message>
    <message>
        <source>Pending applications</source>
        <translation>待办办件</translation>
    </message>
    <message>
        <source>Number of pending steps</source>
        <translation>待办环节数</translation>
    </message>
    <message>
        <source>Show all pending</source>
        <translation>显示全部待办</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>重试(&amp;E)</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can keep working: actions are kept on this computer and sent when the connection is back (“Pending sync” until then).</source>
        <translation>无法连接服务器。您可以继续办理：操作保存在本机，连接恢复后发送（此前显示“待同步”）。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>共 %n 个环节</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>正在打开本地副本…</translation>
    </message>
    <message>
        <source>The queue is read from the encrypted copy of your area's data on this computer.</source>
        <translation>待办列表读取自本机上您辖区数据的加密副本。</translation>
    </message>
    <message>
        <source>The local copy is not available</source>
        <translation>本地副本不可用</translation>
    </message>
    <message>
        <source>The pending queue is read from the encrypted copy of your department's data on this computer, which opens after you sign in. If it stays unavailable, see Local data in Settings.</source>
        <translation>待办列表读取自本机上本部门数据的加密副本，登录后打开。如果一直不可用，请查看“设置”中的“本地数据”。</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>无法读取待办列表</translation>
    </message>
    <message>
        <source>No pending application matches “%1”</source>
        <translation>没有与“%1”匹配的待办</translation>
    </message>
    <message>
        <source>No pending application matches these filters</source>
        <translation>没有符合这些筛选条件的待办</translation>
    </message>
    <message>
        <source>Search by the start of an application number or of the applicant's name.</source>
        <translation>请输入办件编号或申请人姓名的开头部分进行搜索。</translation>
    </message>
    <message>
        <source>Try fewer filters, or another view.</source>
        <translation>请减少筛选条件，或换一个视图。</translation>
    </message>
    <message>
        <source>The first sync is still bringing your department's applications to this computer.</source>
        <translation>首次同步仍在将本部门的办件下载到本机。</translation>
    </message>
    <message>
        <source>Nothing is pending</source>
        <translation>暂无待办</translation>
    </message>
    <message>
        <source>No application waits for your department now. New ones appear here as the sync brings them, and the Pending entry in the navigation shows how many there are.</source>
        <translation>目前没有等待本部门办理的办件。新办件同步后会显示在这里，导航栏的“待办”会显示数量。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>全部待办</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>This application is no longer in the local copy (it may have left your department's scope).</source>
        <translation>本地副本中已没有该办件（可能已不在本部门的范围内）。</translation>
    </message>
    <message>
        <source>The application could not be read: %1</source>
        <translation>无法读取该办件：%1</translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer, so the action cannot be queued for the server.</source>
        <translation>未保存：本机上的数据副本未打开，操作无法排队发送到服务器。</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未执行：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Select two or more applications of the same service and step (Shift or Ctrl with a click, or Shift with the arrow keys) to approve them together.</source>
        <translation>请选择同一事项、同一环节的两个或更多办件（按住 Shift 或 Ctrl 单击，或按住 Shift 用方向键）以批量通过。</translation>
    </message>
    <message>
        <source>These applications cannot be approved together: they are of different services or at different steps. Select applications of one service at the same step.</source>
        <translation>这些办件不能一起通过：它们属于不同事项或处于不同环节。请选择同一事项、同一环节的办件。</translation>
    </message>
    <message>
        <source>Not saved: the local copy of your data is not open on this computer.</source>
        <translation>未保存：本机上的数据副本未打开。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) approved; sent to the server with the next sync.</source>
        <translation>
            <numerusform>已通过 %n 件办件；将在下次同步时发送到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>The server did not accept an earlier change to this application: %1 The application shows the server's state; see File › Conflict queue.</source>
        <translation>服务器未接受此前对该办件的改动：%1办件现显示服务器上的状态；详见“文件 › 冲突队列”。</translation>
    </message>
</context>
<context>
    <name>gd::RevealDialog</name>
    <message>
        <source>Reveal the full %1</source>
        <translation>显示完整%1</translation>
    </message>
    <message>
        <source>Showing the full %1 is recorded in the audit log with your name and the reason you give. It is shown for %2 seconds, then hidden again, and it is not stored on this computer.</source>
        <translation>查看完整%1会连同您的姓名和填写的理由记入审计日志。号码显示 %2 秒后自动隐藏，不会保存在本机。</translation>
    </message>
    <message>
        <source>Now shown: %1</source>
        <translation>当前显示：%1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why do you need the full number? At least %1 characters</source>
        <translation>为什么需要查看完整号码？至少 %1 个字</translation>
    </message>
    <message>
        <source>Reason for revealing</source>
        <translation>查看理由</translation>
    </message>
    <message>
        <source>The server cannot be reached. Revealing a number needs a connection to the server; try again when you are online.</source>
        <translation>无法连接服务器。查看完整号码需要连接服务器，请联网后再试。</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>显示(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>例如：</translation>
    </message>
    <message>
        <source>Use the reason: %1</source>
        <translation>使用理由：%1</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在请求服务器…</translation>
    </message>
    <message>
        <source>Enter the reason why you need the full number.</source>
        <translation>请填写需要查看完整号码的理由。</translation>
    </message>
    <message>
        <source>The reason is too short: write at least %1 characters.</source>
        <translation>理由太短：请至少填写 %1 个字。</translation>
    </message>
    <message>
        <source>Revealing needs a connection to the server.</source>
        <translation>查看完整号码需要连接服务器。</translation>
    </message>
</context>
<context>
    <name>gd::RevealableField</name>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hidden again in %1 s</source>
        <translation>将在 %1 秒后重新隐藏</translation>
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
        <source>The file name is derived from your account; it contains neither your name nor the server's address.</source>
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
    <message>
        <source>Screen lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>After this time without keyboard or mouse input GovDesk hides your work and asks for your password. Syncing goes on while it is locked. Ctrl+L locks at once.</source>
        <translation>在这段时间内没有键盘或鼠标操作时，政务工作台会隐藏您的工作内容并要求输入密码。锁定期间同步继续进行。按 Ctrl+L 可立即锁定。</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>锁定时间(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>gd::SignInDialog</name>
    <message>
        <source>Staff workstation of the city's Internet + government services platform</source>
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
    <message>
        <source>GovDesk did not connect to %1 because its security certificate cannot be trusted:</source>
        <translation>政务工作台没有连接 %1，因为它的安全证书不可信：</translation>
    </message>
    <message>
        <source>• The certificate has expired.</source>
        <translation>• 证书已过期。</translation>
    </message>
    <message>
        <source>• The certificate is not valid yet. Check the date and time of this computer.</source>
        <translation>• 证书尚未生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>• The certificate was issued for a different server name. Check that the address is exactly the one your administrator gave you.</source>
        <translation>• 证书是为其他服务器名称签发的。请确认地址与管理员提供的完全一致。</translation>
    </message>
    <message>
        <source>• The certificate was not issued by an authority this computer trusts (for example, it is self-signed).</source>
        <translation>• 证书不是由本机信任的机构签发的（例如自签名证书）。</translation>
    </message>
    <message>
        <source>• The certificate has been revoked.</source>
        <translation>• 证书已被吊销。</translation>
    </message>
    <message>
        <source>GovDesk never connects to a server it cannot verify. Ask your administrator to check the server's certificate.</source>
        <translation>政务工作台从不连接无法验证身份的服务器。请联系管理员检查服务器的证书。</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>正在以 %2 的身份登录 %1…</translation>
    </message>
    <message>
        <source>Enter your password to sign in.</source>
        <translation>请输入密码登录。</translation>
    </message>
</context>
<context>
    <name>gd::SlaDelegate</name>
    <message>
        <source>Pending sync</source>
        <translation>待同步</translation>
    </message>
</context>
<context>
    <name>gd::SpecialGroupTreeModel</name>
    <message>
        <source>Group</source>
        <translation>人群</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>nobody in this grid</source>
        <translation>本网格暂无</translation>
    </message>
</context>
<context>
    <name>gd::StartApplicationDialog</name>
    <message>
        <source>Start an application for %1</source>
        <translation>为%1代办事项</translation>
    </message>
    <message>
        <source>The application is started at the counter on the applicant's behalf. It is kept on this computer and sent when the server can be reached; the server numbers it and starts its first step.</source>
        <translation>在窗口代申请人发起办件。办件先保存在本机，服务器可连接时发出；服务器为其编号并启动第一个环节。</translation>
    </message>
    <message>
        <source>Filter services by name or code</source>
        <translation>按名称或编码筛选事项</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>筛选事项</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Workflow steps</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Materials to collect</source>
        <translation>需收取的材料</translation>
    </message>
    <message>
        <source>Optional: a remark for the handling officers</source>
        <translation>选填：给承办人员的备注</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Start application</source>
        <translation>开始办理(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No services are available for this applicant.</source>
        <translation>没有适用于该申请人的事项。</translation>
    </message>
    <message>
        <source>No service matches the filter.</source>
        <translation>没有符合筛选条件的事项。</translation>
    </message>
    <message>
        <source>Lead department: %1</source>
        <translation>牵头部门：%1</translation>
    </message>
    <message>
        <source>Time limit: %1 days</source>
        <translation>办理时限：%1 天</translation>
    </message>
    <message>
        <source>Also online</source>
        <translation>可网上办理</translation>
    </message>
    <message>
        <source>Counter only</source>
        <translation>仅窗口办理</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source> (%1 days)</source>
        <translation>（%1 天）</translation>
    </message>
    <message>
        <source>Handled in one step by the lead department.</source>
        <translation>由牵头部门一次办结。</translation>
    </message>
    <message>
        <source>No materials are listed.</source>
        <translation>未列出所需材料。</translation>
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
        <source>GovDesk is asking the system keychain for the key of this computer's encrypted copy of your data.</source>
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
    <name>gd::TimelineModel</name>
    <message>
        <source>Service %1</source>
        <translation>事项 %1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>已办结：%1</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>评价 %1/5 分</translation>
    </message>
    <message>
        <source>responded %1</source>
        <translation>%1 回应</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
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
        <source>Coming in later releases</source>
        <translation>后续版本将提供</translation>
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
    <message>
        <source>Your area at a glance</source>
        <translation>辖区概览</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>最近查看</translation>
    </message>
    <message>
        <source>The citizen and enterprise homepages you open appear here, for this session only. Press Ctrl+K to find someone by name, pinyin, initials or a fragment of an ID or phone number.</source>
        <translation>您打开过的市民和企业主页会显示在这里（仅限本次登录）。按 Ctrl+K 可按姓名、拼音、首字母或身份证号、手机号片段查找。</translation>
    </message>
    <message>
        <source>Find a citizen, an enterprise or a service from anywhere with Ctrl+K; the Citizens (Ctrl+2) and Enterprises (Ctrl+3) pages filter by district, grid, tag and more.</source>
        <translation>在任何页面按 Ctrl+K 查找市民、企业或服务事项；“市民”（Ctrl+2）和“企业”（Ctrl+3）页面可按区、网格、标签等筛选。</translation>
    </message>
    <message>
        <source>Open a homepage to see everything about a citizen or an enterprise on one page; push a service, add a note or start an application on their behalf.</source>
        <translation>打开主页即可在一页内查看市民或企业的全部信息；可推送服务、添加备注或代为发起办件。</translation>
    </message>
    <message>
        <source>Full ID and phone numbers stay masked; revealing one asks for a reason and is recorded in the audit trail.</source>
        <translation>完整的身份证号和手机号默认隐藏；查看完整号码须填写事由，并记入审计日志。</translation>
    </message>
    <message>
        <source>Without a network you keep working from the encrypted local copy; what you do is sent when the connection is back.</source>
        <translation>没有网络时可继续使用加密的本地副本办公；所做操作会在恢复连接后发送。</translation>
    </message>
    <message>
        <source>Handling the pending queue of applications across departments, grid management, push campaigns with a hold-out group, and dashboards.</source>
        <translation>跨部门待办件的办理、网格化管理、带对照组的推送活动以及数据看板。</translation>
    </message>
    <message>
        <source>Opening the local copy…</source>
        <translation>正在打开本地副本…</translation>
    </message>
    <message>
        <source>No local copy on this computer: GovDesk works online only, so the figures of your area are not shown.</source>
        <translation>本机没有本地副本：政务工作台仅在线工作，因此不显示辖区数据。</translation>
    </message>
    <message>
        <source>The local copy could not be read: %1</source>
        <translation>无法读取本地副本：%1</translation>
    </message>
    <message>
        <source>In your local copy (kept current by the sync):</source>
        <translation>本地副本中（由同步保持最新）：</translation>
    </message>
    <message>
        <source>%1 citizens</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>Citizens: %1, open the list</source>
        <translation>市民：%1，打开列表</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>共 %1 家企业</translation>
    </message>
    <message>
        <source>Enterprises: %1, open the list</source>
        <translation>企业：%1，打开列表</translation>
    </message>
    <message>
        <source>%1 open applications</source>
        <translation>%1 件在办</translation>
    </message>
    <message>
        <source>Open applications: %1, open the pending page</source>
        <translation>在办件：%1，打开待办页面</translation>
    </message>
    <message>
        <source>%1 overdue bills</source>
        <translation>%1 笔逾期账单</translation>
    </message>
    <message>
        <source>Overdue bills: %1, open the citizens list</source>
        <translation>逾期账单：%1，打开市民列表</translation>
    </message>
    <message>
        <source>%1 · citizen</source>
        <translation>%1 · 市民</translation>
    </message>
    <message>
        <source>%1 · enterprise</source>
        <translation>%1 · 企业</translation>
    </message>
    <message>
        <source>Open the homepage of citizen %1</source>
        <translation>打开市民 %1 的主页</translation>
    </message>
    <message>
        <source>Open the homepage of enterprise %1</source>
        <translation>打开企业 %1 的主页</translation>
    </message>
</context>
<context>
    <name>gd::VisitDialog</name>
    <message>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>(no household)</source>
        <translation>（不指定住户）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>(no resident)</source>
        <translation>（不指定居民）</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <source>When the visit took place</source>
        <translation>走访时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What you found, what was agreed</source>
        <translation>了解到的情况、商定的事项</translation>
    </message>
    <message>
        <source>&amp;Follow-up needed</source>
        <translation>需要后续跟进(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>下一步要做什么</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>住户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>居民(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Visited &amp;at:</source>
        <translation>走访时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to the server when it can be reached. Ctrl+Enter saves.</source>
        <translation>立即保存在本机，服务器可连接时自动发送。Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a household of this grid from the list.</source>
        <translation>请从列表中选择本网格的住户。</translation>
    </message>
    <message>
        <source>Choose a resident of this grid from the list.</source>
        <translation>请从列表中选择本网格的居民。</translation>
    </message>
    <message>
        <source>Choose the household or the resident you visited.</source>
        <translation>请选择走访的住户或居民。</translation>
    </message>
    <message>
        <source>Write what you found during the visit.</source>
        <translation>请填写走访了解到的情况。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <source>Write the next step, or untick "Follow-up needed".</source>
        <translation>请填写下一步，或取消勾选“需要后续跟进”。</translation>
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
    <name>gd::WorkflowDiagram</name>
    <message>
        <source>Workflow</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · unclaimed</source>
        <translation>%1 · 未认领</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · %2 到期</translation>
    </message>
    <message>
        <source>No workflow steps.</source>
        <translation>没有办理环节。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Stage %1 (in parallel): %2</source>
        <translation>第 %1 阶段（并行）：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>第 %1 阶段：%2</translation>
    </message>
    <message>
        <source>Stage %1 · in parallel</source>
        <translation>第 %1 阶段 · 并行</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>第 %1 阶段</translation>
    </message>
    <message numerus="yes">
        <source>Limit %n working day(s)</source>
        <translation>
            <numerusform>时限 %n 个工作日</numerusform>
        </translation>
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
    <message>
        <source>GovDesk could not resume your last session because the server cannot be reached. Sign in again when you are online.</source>
        <translation>无法连接服务器，政务工作台无法恢复上次的会话。请在联网后重新登录。</translation>
    </message>
</context>
</TS>