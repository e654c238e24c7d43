export const id = 881;
export const ids = [881];
export const modules = {

/***/ 4881:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(2771);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultConnectHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "connect",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultConnectHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "connect",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1135.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://connect-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://connect.{Region}.amazonaws.com", i],
        ["https://connect-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://connect.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://connect.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class ConnectServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ConnectServiceException.prototype);
    }
}

class AccessDeniedException extends ConnectServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServiceException extends ConnectServiceException {
    name = "InternalServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterException extends ConnectServiceException {
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceConflictException extends ConnectServiceException {
    name = "ResourceConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceConflictException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceNotFoundException extends ConnectServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ThrottlingException extends ConnectServiceException {
    name = "ThrottlingException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidRequestException extends ConnectServiceException {
    name = "InvalidRequestException";
    $fault = "client";
    Message;
    Reason;
    constructor(opts) {
        super({
            name: "InvalidRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRequestException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
    }
}
class ServiceQuotaExceededException extends ConnectServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Message;
    Reason;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
    }
}
class LimitExceededException extends ConnectServiceException {
    name = "LimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class IdempotencyException extends ConnectServiceException {
    name = "IdempotencyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IdempotencyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IdempotencyException.prototype);
        this.Message = opts.Message;
    }
}
class ConditionalOperationFailedException extends ConnectServiceException {
    name = "ConditionalOperationFailedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConditionalOperationFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConditionalOperationFailedException.prototype);
        this.Message = opts.Message;
    }
}
class DuplicateResourceException extends ConnectServiceException {
    name = "DuplicateResourceException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateResourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateResourceException.prototype);
        this.Message = opts.Message;
    }
}
class ConflictException extends ConnectServiceException {
    name = "ConflictException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidContactFlowException extends ConnectServiceException {
    name = "InvalidContactFlowException";
    $fault = "client";
    problems;
    constructor(opts) {
        super({
            name: "InvalidContactFlowException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidContactFlowException.prototype);
        this.problems = opts.problems;
    }
}
class InvalidContactFlowModuleException extends ConnectServiceException {
    name = "InvalidContactFlowModuleException";
    $fault = "client";
    Problems;
    constructor(opts) {
        super({
            name: "InvalidContactFlowModuleException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidContactFlowModuleException.prototype);
        this.Problems = opts.Problems;
    }
}
class PropertyValidationException extends ConnectServiceException {
    name = "PropertyValidationException";
    $fault = "client";
    Message;
    PropertyList;
    constructor(opts) {
        super({
            name: "PropertyValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PropertyValidationException.prototype);
        this.Message = opts.Message;
        this.PropertyList = opts.PropertyList;
    }
}
class InvalidTestCaseException extends ConnectServiceException {
    name = "InvalidTestCaseException";
    $fault = "client";
    Problems;
    constructor(opts) {
        super({
            name: "InvalidTestCaseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTestCaseException.prototype);
        this.Problems = opts.Problems;
    }
}
class ResourceNotReadyException extends ConnectServiceException {
    name = "ResourceNotReadyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotReadyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotReadyException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceInUseException extends ConnectServiceException {
    name = "ResourceInUseException";
    $fault = "client";
    Message;
    ResourceType;
    ResourceId;
    constructor(opts) {
        super({
            name: "ResourceInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
        this.Message = opts.Message;
        this.ResourceType = opts.ResourceType;
        this.ResourceId = opts.ResourceId;
    }
}
class TooManyRequestsException extends ConnectServiceException {
    name = "TooManyRequestsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.Message = opts.Message;
    }
}
class ContactNotTerminatedException extends ConnectServiceException {
    name = "ContactNotTerminatedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ContactNotTerminatedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ContactNotTerminatedException.prototype);
        this.Message = opts.Message;
    }
}
class ContactFlowNotPublishedException extends ConnectServiceException {
    name = "ContactFlowNotPublishedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ContactFlowNotPublishedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ContactFlowNotPublishedException.prototype);
        this.Message = opts.Message;
    }
}
class UserNotFoundException extends ConnectServiceException {
    name = "UserNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UserNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class OutputTypeNotFoundException extends ConnectServiceException {
    name = "OutputTypeNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OutputTypeNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OutputTypeNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidActiveRegionException extends ConnectServiceException {
    name = "InvalidActiveRegionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidActiveRegionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidActiveRegionException.prototype);
        this.Message = opts.Message;
    }
}
class MaximumResultReturnedException extends ConnectServiceException {
    name = "MaximumResultReturnedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "MaximumResultReturnedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MaximumResultReturnedException.prototype);
        this.Message = opts.Message;
    }
}
class DestinationNotAllowedException extends ConnectServiceException {
    name = "DestinationNotAllowedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DestinationNotAllowedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DestinationNotAllowedException.prototype);
        this.Message = opts.Message;
    }
}
class OutboundContactNotPermittedException extends ConnectServiceException {
    name = "OutboundContactNotPermittedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OutboundContactNotPermittedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OutboundContactNotPermittedException.prototype);
        this.Message = opts.Message;
    }
}
class ContactNotFoundException extends ConnectServiceException {
    name = "ContactNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ContactNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ContactNotFoundException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Arn";
const _AA = "AutoAccept";
const _AAC = "AiAgentsCriteria";
const _AACHGI = "AllowedAccessControlHierarchyGroupId";
const _AACT = "AllowedAccessControlTags";
const _AACt = "AttributeAndCondition";
const _AACu = "AutoAcceptConfig";
const _AACut = "AutoAcceptConfigs";
const _AADS = "AssociateAnalyticsDataSet";
const _AADSR = "AssociateAnalyticsDataSetRequest";
const _AADSRs = "AssociateAnalyticsDataSetResponse";
const _AAE = "AiAgentEscalated";
const _AAI = "AiAgentInfo";
const _AAIA = "AllowedAIAgents";
const _AAIi = "AiAgentInput";
const _AAIig = "AiAgentId";
const _AAMP = "AwaitAnswerMachinePrompt";
const _AAO = "AssociateApprovedOrigin";
const _AAOR = "AssociateApprovedOriginRequest";
const _AASC = "AiAgentSearchCriteria";
const _AASCL = "AiAgentSearchCriteriaList";
const _AAT = "AgentAvailabilityTimer";
const _AAVI = "AiAgentVersionId";
const _AAi = "AiAgents";
const _AAig = "AiAgent";
const _AAl = "AliasArn";
const _AB = "AcknowledgedBy";
const _ABAT = "AcceptedByAgentTimestamp";
const _ABR = "AssociateBotRequest";
const _ABc = "ActiveBackground";
const _ABs = "AssociateBot";
const _AC = "AuthCode";
const _ACCA = "AssignContactCategoryAction";
const _ACCAD = "AssignContactCategoryActionDefinition";
const _ACL = "AliasConfigurationList";
const _ACR = "AgentContactReference";
const _ACRL = "AgentContactReferenceList";
const _ACS = "AgentContactState";
const _ACSL = "AssociatedContactSummaryList";
const _ACSs = "AssociatedContactSummary";
const _ACWC = "AfterContactWorkConfig";
const _ACWCPC = "AfterContactWorkConfigPerChannel";
const _ACWCf = "AfterContactWorkConfigs";
const _ACWD = "AfterContactWorkDuration";
const _ACWET = "AfterContactWorkEndTimestamp";
const _ACWST = "AfterContactWorkStartTimestamp";
const _ACWTL = "AfterContactWorkTimeLimit";
const _ACWU = "AssociateContactWithUser";
const _ACWUR = "AssociateContactWithUserRequest";
const _ACWURs = "AssociateContactWithUserResponse";
const _ACc = "AcknowledgerComment";
const _ACg = "AgentConfig";
const _ACge = "AgentsCriteria";
const _ACgen = "AgentCriteria";
const _ACl = "AliasConfiguration";
const _ACli = "AliasConfigurations";
const _ACll = "AllowedCapabilities";
const _ACn = "AndConditions";
const _ACna = "AnalyticsConfiguration";
const _ACnd = "AndCondition";
const _ACt = "AttributeCondition";
const _ACtt = "AttributeConditions";
const _ACttr = "AttributeConfiguration";
const _ACu = "AuthorizationCode";
const _AD = "AliasDescription";
const _ADAR = "AnalyticsDataAssociationResult";
const _ADARn = "AnalyticsDataAssociationResults";
const _ADE = "AccessDeniedException";
const _ADSR = "AnalyticsDataSetsResult";
const _ADSRn = "AnalyticsDataSetsResults";
const _ADV = "AssociateDefaultVocabulary";
const _ADVR = "AssociateDefaultVocabularyRequest";
const _ADVRs = "AssociateDefaultVocabularyResponse";
const _ADn = "AnalysisDetails";
const _ADs = "AsDraft";
const _AE = "AuthenticationError";
const _AEAA = "AssociateEmailAddressAlias";
const _AEAAR = "AssociateEmailAddressAliasRequest";
const _AEAARs = "AssociateEmailAddressAliasResponse";
const _AEC = "AutoEvaluationConfiguration";
const _AED = "AuthenticationErrorDescription";
const _AEDu = "AutoEvaluationDetails";
const _AEE = "AutoEvaluationEnabled";
const _AEF = "ActivateEvaluationForm";
const _AEFR = "ActivateEvaluationFormRequest";
const _AEFRc = "ActivateEvaluationFormResponse";
const _AEL = "AllowedExtensionsList";
const _AER = "AdditionalEmailRecipients";
const _AES = "AutoEvaluationStatus";
const _AEl = "AllowedExtension";
const _AEll = "AllowedExtensions";
const _AEn = "AndExpression";
const _AEu = "AutoEvaluation";
const _AF = "AgentFirst";
const _AFC = "AttachedFilesConfiguration";
const _AFCAA = "AgentFirstCallbackAutoAccept";
const _AFCACWC = "AgentFirstCallbackAfterContactWorkConfig";
const _AFCS = "AttachedFilesConfigurationSummary";
const _AFCSL = "AttachedFilesConfigurationSummaryList";
const _AFCt = "AttachedFilesConfigurations";
const _AFCu = "AutomaticFailConfiguration";
const _AFE = "AttachedFileError";
const _AFEL = "AttachedFileErrorsList";
const _AFIRER = "AttachedFileInvalidRequestExceptionReason";
const _AFL = "AttachedFilesList";
const _AFLv = "AvailableFilterList";
const _AFM = "AllowedFlowModules";
const _AFN = "AgentFirstName";
const _AFR = "AssociateFlowRequest";
const _AFRT = "AgentFirstResponseTimestamp";
const _AFRTIM = "AgentFirstResponseTimeInMillis";
const _AFRs = "AssociateFlowResponse";
const _AFSQEER = "AttachedFileServiceQuotaExceededExceptionReason";
const _AFU = "AudioFallbackUrl";
const _AFs = "AssociateFlow";
const _AFt = "AttributeFilter";
const _AFtt = "AttachedFile";
const _AFu = "AudioFeatures";
const _AFut = "AutomaticFail";
const _AFv = "AvailableFilter";
const _AHG = "AgentHierarchyGroup";
const _AHGg = "AgentHierarchyGroups";
const _AHOO = "AssociateHoursOfOperations";
const _AHOOR = "AssociateHoursOfOperationsRequest";
const _AHU = "AudioHostUrl";
const _AI = "AgentInfo";
const _AIA = "AIAgent";
const _AIHD = "AgentInitiatedHoldDuration";
const _AISC = "AssociateInstanceStorageConfig";
const _AISCR = "AssociateInstanceStorageConfigRequest";
const _AISCRs = "AssociateInstanceStorageConfigResponse";
const _AIV = "AIVersion";
const _AIVL = "AIVersionLifecycle";
const _AIVN = "AIVersionName";
const _AIVS = "AIVersionSummaries";
const _AIg = "AgentIds";
const _AIl = "AllowedIps";
const _AIli = "AliasId";
const _AIs = "AssociationId";
const _AIt = "AttendeeId";
const _AItt = "AttributeId";
const _AItta = "AttachmentId";
const _AIttr = "AttributeIds";
const _AK = "AttributeKey";
const _AL = "AttributeList";
const _ALB = "AssociateLexBot";
const _ALBR = "AssociateLexBotRequest";
const _ALF = "AssociateLambdaFunction";
const _ALFR = "AssociateLambdaFunctionRequest";
const _ALN = "AgentLastName";
const _ALt = "AttributesList";
const _AM = "AgentMetrics";
const _AMAQI = "AssociatedManualAssignmentQueueIds";
const _AMC = "AllowedMonitorCapabilities";
const _AMDC = "AnswerMachineDetectionConfig";
const _AMDS = "AnsweringMachineDetectionStatus";
const _AMn = "AnalyticsMode";
const _AMna = "AnalyticsModes";
const _AN = "AttributeName";
const _ANL = "AvailableNumbersList";
const _ANS = "AvailableNumberSummary";
const _ANl = "AliasName";
const _ANt = "AttributeNames";
const _ANtt = "AttachmentName";
const _AOCL = "AttributeOrConditionList";
const _AP = "ApplicationPermissions";
const _APDIS = "AgentPauseDurationInSeconds";
const _API = "AuthenticationProfileId";
const _APNCF = "AssociatePhoneNumberContactFlow";
const _APNCFR = "AssociatePhoneNumberContactFlowRequest";
const _APS = "AuthenticationProfileSummary";
const _APSL = "AuthenticationProfileSummaryList";
const _APu = "AuthenticationProfile";
const _AQEA = "AssociateQueueEmailAddresses";
const _AQEAR = "AssociateQueueEmailAddressesRequest";
const _AQI = "AssociatedQueueIds";
const _AQM = "AgentQualityMetrics";
const _AQMI = "AudioQualityMetricsInfo";
const _AQQC = "AssociateQueueQuickConnects";
const _AQQCR = "AssociateQueueQuickConnectsRequest";
const _AR = "ActiveRegion";
const _ARA = "AssociatedResourceArn";
const _ARPQ = "AssociateRoutingProfileQueues";
const _ARPQR = "AssociateRoutingProfileQueuesRequest";
const _ARc = "ActiveRegions";
const _ARd = "AdditionalRecipients";
const _ARt = "AttachmentReference";
const _AS = "ActionSummary";
const _ASA = "AssignSlaAction";
const _ASAD = "AssignSlaActionDefinition";
const _ASARN = "AgentStatusARN";
const _ASBC = "AvailableSlotsByChannel";
const _ASBCc = "ActiveSlotsByChannel";
const _ASI = "AgentStatusId";
const _ASIg = "AgentStatusIdentifier";
const _ASK = "AssociateSecurityKey";
const _ASKR = "AssociateSecurityKeyRequest";
const _ASKRs = "AssociateSecurityKeyResponse";
const _ASL = "AgentStatusList";
const _ASP = "AssociateSecurityProfiles";
const _ASPR = "AssociateSecurityProfilesRequest";
const _ASR = "AgentStatusReference";
const _ASS = "AgentStatusSummary";
const _ASSC = "AgentStatusSearchCriteria";
const _ASSCL = "AgentStatusSearchConditionList";
const _ASSF = "AgentStatusSearchFilter";
const _ASSL = "AgentStatusSummaryList";
const _AST = "AgentStatusTypes";
const _ASc = "ActionSummaries";
const _ASg = "AgentStatus";
const _ASge = "AgentStatuses";
const _ASn = "AnswerSource";
const _ASt = "AttachmentScope";
const _ASu = "AuthScope";
const _AT = "ActionType";
const _ATC = "ApproximateTotalCount";
const _ATDGU = "AssociateTrafficDistributionGroupUser";
const _ATDGUR = "AssociateTrafficDistributionGroupUserRequest";
const _ATDGURs = "AssociateTrafficDistributionGroupUserResponse";
const _ATE = "AccessTokenExpiration";
const _ATR = "AdditionalTimeRange";
const _ATb = "AbsoluteTime";
const _ATc = "AccessToken";
const _ATcc = "AccessType";
const _ATck = "AcknowledgedTime";
const _ATct = "ActivationTimestamp";
const _ATn = "AnalysisType";
const _ATt = "AttributeType";
const _AUA = "AllowedUserActions";
const _AUC = "AiUseCase";
const _AUP = "AssociateUserProficiencies";
const _AUPR = "AssociateUserProficienciesRequest";
const _AV = "AttributeValue";
const _AVc = "ActiveVersion";
const _AW = "AppliedWeight";
const _AWR = "AssociateWorkspaceRequest";
const _AWRs = "AssociateWorkspaceResponse";
const _AWSIA = "AWSIdentityArn";
const _AWs = "AssociateWorkspace";
const _Ac = "Actions";
const _Ack = "Acknowledgement";
const _Act = "Action";
const _Acti = "Active";
const _Ad = "Address";
const _Ag = "Agent";
const _Age = "Agents";
const _Al = "Alias";
const _An = "Answers";
const _Ap = "Application";
const _App = "Applications";
const _At = "Attendee";
const _Att = "Attribute";
const _Atta = "Attachments";
const _Attac = "Attachment";
const _Attr = "Attributes";
const _Au = "Audio";
const _Aut = "Automation";
const _B = "Body";
const _BAADS = "BatchAssociateAnalyticsDataSet";
const _BAADSR = "BatchAssociateAnalyticsDataSetRequest";
const _BAADSRa = "BatchAssociateAnalyticsDataSetResponse";
const _BC = "BooleanCondition";
const _BCDTV = "BatchCreateDataTableValue";
const _BCDTVFR = "BatchCreateDataTableValueFailureResult";
const _BCDTVFRL = "BatchCreateDataTableValueFailureResultList";
const _BCDTVR = "BatchCreateDataTableValueRequest";
const _BCDTVRa = "BatchCreateDataTableValueResponse";
const _BCDTVSR = "BatchCreateDataTableValueSuccessResult";
const _BCDTVSRL = "BatchCreateDataTableValueSuccessResultList";
const _BDADS = "BatchDisassociateAnalyticsDataSet";
const _BDADSR = "BatchDisassociateAnalyticsDataSetRequest";
const _BDADSRa = "BatchDisassociateAnalyticsDataSetResponse";
const _BDDTV = "BatchDeleteDataTableValue";
const _BDDTVFR = "BatchDeleteDataTableValueFailureResult";
const _BDDTVFRL = "BatchDeleteDataTableValueFailureResultList";
const _BDDTVFRLa = "BatchDescribeDataTableValueFailureResultList";
const _BDDTVFRa = "BatchDescribeDataTableValueFailureResult";
const _BDDTVR = "BatchDeleteDataTableValueRequest";
const _BDDTVRa = "BatchDeleteDataTableValueResponse";
const _BDDTVRat = "BatchDescribeDataTableValueRequest";
const _BDDTVRatc = "BatchDescribeDataTableValueResponse";
const _BDDTVSR = "BatchDeleteDataTableValueSuccessResult";
const _BDDTVSRL = "BatchDeleteDataTableValueSuccessResultList";
const _BDDTVSRLa = "BatchDescribeDataTableValueSuccessResultList";
const _BDDTVSRa = "BatchDescribeDataTableValueSuccessResult";
const _BDDTVa = "BatchDescribeDataTableValue";
const _BGAFM = "BatchGetAttachedFileMetadata";
const _BGAFMR = "BatchGetAttachedFileMetadataRequest";
const _BGAFMRa = "BatchGetAttachedFileMetadataResponse";
const _BGFA = "BatchGetFlowAssociation";
const _BGFAR = "BatchGetFlowAssociationRequest";
const _BGFARa = "BatchGetFlowAssociationResponse";
const _BI = "BlockedIps";
const _BIr = "BrowserId";
const _BM = "ByMonth";
const _BMD = "ByMonthDay";
const _BN = "BotName";
const _BNu = "BucketName";
const _BOC = "BeginOffsetChar";
const _BOM = "BeginOffsetMillis";
const _BP = "BucketPrefix";
const _BPC = "BatchPutContact";
const _BPCR = "BatchPutContactRequest";
const _BPCRa = "BatchPutContactResponse";
const _BT = "BehaviorType";
const _BUDTV = "BatchUpdateDataTableValue";
const _BUDTVFR = "BatchUpdateDataTableValueFailureResult";
const _BUDTVFRL = "BatchUpdateDataTableValueFailureResultList";
const _BUDTVR = "BatchUpdateDataTableValueRequest";
const _BUDTVRa = "BatchUpdateDataTableValueResponse";
const _BUDTVSR = "BatchUpdateDataTableValueSuccessResult";
const _BUDTVSRL = "BatchUpdateDataTableValueSuccessResultList";
const _BV = "BooleanValue";
const _BWO = "ByWeekdayOccurrence";
const _Ba = "Background";
const _Be = "Behavior";
const _C = "Channel";
const _CA = "ContactArn";
const _CAAC = "CommonAttributeAndCondition";
const _CAC = "CreateAuthCode";
const _CACR = "CreateAuthCodeRequest";
const _CACRr = "CreateAuthCodeResponse";
const _CAF = "CreateAttachedFile";
const _CAFR = "CreateAttachedFileRequest";
const _CAFRr = "CreateAttachedFileResponse";
const _CAFU = "CompleteAttachedFileUpload";
const _CAFUR = "CompleteAttachedFileUploadRequest";
const _CAFURo = "CompleteAttachedFileUploadResponse";
const _CAI = "ContactAssociationId";
const _CAIo = "ContactAgentId";
const _CAOCL = "CommonAttributeOrConditionList";
const _CAR = "ContactAnalysisReference";
const _CAS = "CreateAgentStatus";
const _CASR = "CreateAgentStatusRequest";
const _CASRr = "CreateAgentStatusResponse";
const _CAc = "CcAddresses";
const _CAo = "ContactAnalysis";
const _CAon = "ContentAttributes";
const _CAonv = "ConversationAbandon";
const _CAr = "CreatedAt";
const _CAu = "CustomAttributes";
const _CB = "CreatedBy";
const _CBI = "CreatedByInfo";
const _CBo = "ContainerBackground";
const _CC = "CalculationComponent";
const _CCA = "CreateCaseAction";
const _CCAD = "CreateCaseActionDefinition";
const _CCB = "CrossChannelBehavior";
const _CCF = "CreateContactFlow";
const _CCFM = "CreateContactFlowModule";
const _CCFMA = "CreateContactFlowModuleAlias";
const _CCFMAR = "CreateContactFlowModuleAliasRequest";
const _CCFMARr = "CreateContactFlowModuleAliasResponse";
const _CCFMR = "CreateContactFlowModuleRequest";
const _CCFMRr = "CreateContactFlowModuleResponse";
const _CCFMV = "CreateContactFlowModuleVersion";
const _CCFMVR = "CreateContactFlowModuleVersionRequest";
const _CCFMVRr = "CreateContactFlowModuleVersionResponse";
const _CCFR = "CreateContactFlowRequest";
const _CCFRr = "CreateContactFlowResponse";
const _CCFV = "CreateContactFlowVersion";
const _CCFVR = "CreateContactFlowVersionRequest";
const _CCFVRr = "CreateContactFlowVersionResponse";
const _CCL = "CalculationComponentList";
const _CCM = "ChatContactMetrics";
const _CCR = "CreateContactRequest";
const _CCRr = "CreateContactResponse";
const _CCTIM = "ConversationCloseTimeInMillis";
const _CCWB = "CrossChannelWorkloadBehavior";
const _CCa = "CalculationComponents";
const _CCh = "ChannelConfiguration";
const _CCo = "ContactConfiguration";
const _CCr = "CreateContact";
const _CD = "ConnectionData";
const _CDIM = "ChatDurationInMinutes";
const _CDR = "ContactDataRequest";
const _CDRL = "ContactDataRequestList";
const _CDT = "CreateDataTable";
const _CDTA = "CreateDataTableAttribute";
const _CDTAR = "CreateDataTableAttributeRequest";
const _CDTARr = "CreateDataTableAttributeResponse";
const _CDTR = "CreateDataTableRequest";
const _CDTRr = "CreateDataTableResponse";
const _CDo = "ContactDetails";
const _CE = "ConflictException";
const _CEA = "CcEmailAddresses";
const _CEAAC = "ContactEvaluationAttributeAndCondition";
const _CEAC = "ContactEvaluationAttributeCondition";
const _CEACL = "ContactEvaluationAttributeConditionList";
const _CEAF = "ContactEvaluationAttributeFilter";
const _CEAOCL = "ContactEvaluationAttributeOrConditionList";
const _CEAR = "CreateEmailAddressRequest";
const _CEARr = "CreateEmailAddressResponse";
const _CEAV = "ContactEvaluationAttributeValue";
const _CEAr = "CreateEmailAddress";
const _CED = "CreateExtractionDefinition";
const _CEDR = "CreateExtractionDefinitionRequest";
const _CEDRr = "CreateExtractionDefinitionResponse";
const _CEF = "CreateEvaluationForm";
const _CEFR = "CreateEvaluationFormRequest";
const _CEFRr = "CreateEvaluationFormResponse";
const _CEPP = "ChatEntryPointParameters";
const _CEh = "ChatEvent";
const _CEo = "ContactEvaluations";
const _CEon = "ContactEvaluation";
const _CEu = "CustomerEndpoint";
const _CF = "ContactFilter";
const _CFA = "ContactFlowArn";
const _CFAAC = "ContactFlowAttributeAndCondition";
const _CFAF = "ContactFlowAttributeFilter";
const _CFAOCL = "ContactFlowAttributeOrConditionList";
const _CFCI = "ContinuedFromContactId";
const _CFI = "ContactFlowId";
const _CFM = "ContactFlowModule";
const _CFMA = "ContactFlowModuleArn";
const _CFMAI = "ContactFlowModuleAliasInfo";
const _CFMAS = "ContactFlowModuleAliasSummary";
const _CFMASL = "ContactFlowModuleAliasSummaryList";
const _CFMAo = "ContactFlowModuleAlias";
const _CFMI = "ContactFlowModuleId";
const _CFMS = "ContactFlowModuleSummary";
const _CFMSC = "ContactFlowModuleSearchCriteria";
const _CFMSCL = "ContactFlowModuleSearchConditionList";
const _CFMSF = "ContactFlowModuleSearchFilter";
const _CFMSL = "ContactFlowModulesSummaryList";
const _CFMSSL = "ContactFlowModuleSearchSummaryList";
const _CFMSo = "ContactFlowModuleState";
const _CFMV = "ContactFlowModuleVersion";
const _CFMVS = "ContactFlowModuleVersionSummary";
const _CFMVSL = "ContactFlowModuleVersionSummaryList";
const _CFMo = "ContactFlowModules";
const _CFNPE = "ContactFlowNotPublishedException";
const _CFS = "ContactFlowSummary";
const _CFSC = "ContactFlowSearchCriteria";
const _CFSCL = "ContactFlowSearchConditionList";
const _CFSF = "ContactFlowSearchFilter";
const _CFSL = "ContactFlowSummaryList";
const _CFSSL = "ContactFlowSearchSummaryList";
const _CFSo = "ContactFlowState";
const _CFSon = "ContactFlowStatus";
const _CFT = "ContactFlowType";
const _CFTC = "ContactFlowTypeCondition";
const _CFTo = "ContactFlowTypes";
const _CFV = "ContactFlowVersion";
const _CFVS = "ContactFlowVersionSummary";
const _CFVSL = "ContactFlowVersionSummaryList";
const _CFo = "ContactFlow";
const _CFon = "ContactFields";
const _CFont = "ContactFlows";
const _CHOO = "CreateHoursOfOperation";
const _CHOOL = "ChildHoursOfOperationsList";
const _CHOOO = "CreateHoursOfOperationOverride";
const _CHOOOR = "CreateHoursOfOperationOverrideRequest";
const _CHOOORr = "CreateHoursOfOperationOverrideResponse";
const _CHOOR = "CreateHoursOfOperationRequest";
const _CHOORr = "CreateHoursOfOperationResponse";
const _CHOOSL = "ChildHoursOfOperationsSummaryList";
const _CI = "ContactId";
const _CIA = "CreateIntegrationAssociation";
const _CIAR = "CreateIntegrationAssociationRequest";
const _CIARr = "CreateIntegrationAssociationResponse";
const _CINE = "CustomerIdNonEmpty";
const _CIR = "CreateInstanceRequest";
const _CIRr = "CreateInstanceResponse";
const _CIT = "ContactInteractionType";
const _CIa = "CampaignId";
const _CIr = "CreateInstance";
const _CIu = "CustomerId";
const _CL = "CcList";
const _CLo = "ContactLens";
const _CM = "ChatMessage";
const _CMD = "CurrentMetricData";
const _CMDC = "CurrentMetricDataCollections";
const _CMI = "ContactMetricInfo";
const _CMR = "ContactMetricResult";
const _CMRo = "ContactMetricResults";
const _CMRr = "CreateMetricRequest";
const _CMRre = "CreateMetricResponse";
const _CMRu = "CurrentMetricResult";
const _CMRur = "CurrentMetricResults";
const _CMSC = "CurrentMetricSortCriteria";
const _CMSCMO = "CurrentMetricSortCriteriaMaxOne";
const _CMV = "ContactMetricValue";
const _CMh = "ChatMetrics";
const _CMo = "ContactMetrics";
const _CMr = "CreationMethod";
const _CMre = "CreateMetric";
const _CMu = "CustomerMetrics";
const _CMur = "CurrentMetric";
const _CMurr = "CurrentMetrics";
const _CN = "CreateNotification";
const _CNFE = "ContactNotFoundException";
const _CNR = "CreateNotificationRequest";
const _CNRr = "CreateNotificationResponse";
const _CNTE = "ContactNotTerminatedException";
const _CNV = "CreateNewVersion";
const _CO = "ComparisonOperator";
const _COFE = "ConditionalOperationFailedException";
const _COh = "CharacterOffsets";
const _CP = "ContactParticipant";
const _CPA = "CustomerProfileAttributes";
const _CPAF = "ControlPlaneAttributeFilter";
const _CPAR = "CreatePredefinedAttributeRequest";
const _CPAr = "CreatePredefinedAttribute";
const _CPCA = "CreatePersistentContactAssociation";
const _CPCAR = "CreatePersistentContactAssociationRequest";
const _CPCARr = "CreatePersistentContactAssociationResponse";
const _CPI = "ContactParticipantId";
const _CPN = "ClaimPhoneNumber";
const _CPNR = "ClaimPhoneNumberRequest";
const _CPNRR = "CreatePushNotificationRegistrationRequest";
const _CPNRRr = "CreatePushNotificationRegistrationResponse";
const _CPNRl = "ClaimPhoneNumberResponse";
const _CPNRr = "CreatePushNotificationRegistration";
const _CPNS = "ClaimedPhoneNumberSummary";
const _CPR = "CreateParticipantRequest";
const _CPRC = "ChatParticipantRoleConfig";
const _CPRo = "ContactParticipantRole";
const _CPRr = "CreateParticipantResponse";
const _CPRre = "CreatePromptRequest";
const _CPRrea = "CreatePromptResponse";
const _CPTF = "ControlPlaneTagFilter";
const _CPUAF = "ControlPlaneUserAttributeFilter";
const _CPr = "CreateParticipant";
const _CPre = "CreatePrompt";
const _CQ = "CreateQueue";
const _CQC = "CreateQuickConnect";
const _CQCR = "CreateQuickConnectRequest";
const _CQCRr = "CreateQuickConnectResponse";
const _CQM = "CustomerQualityMetrics";
const _CQR = "CreateQueueRequest";
const _CQRr = "CreateQueueResponse";
const _CR = "ContactReferences";
const _CRP = "CreateRoutingProfile";
const _CRPR = "CreateRoutingProfileRequest";
const _CRPRr = "CreateRoutingProfileResponse";
const _CRR = "CreateRuleRequest";
const _CRRr = "CreateRuleResponse";
const _CRT = "ContactRecordingType";
const _CRr = "CreateRule";
const _CS = "ContactStates";
const _CSC = "CaseSlaConfiguration";
const _CSCh = "ChatStreamingConfiguration";
const _CSI = "CalibrationSessionId";
const _CSL = "ContactSummaryList";
const _CSP = "CreateSecurityProfile";
const _CSPR = "CreateSecurityProfileRequest";
const _CSPRr = "CreateSecurityProfileResponse";
const _CSS = "ContactSearchSummary";
const _CSSAAI = "ContactSearchSummaryAiAgentInfo";
const _CSSAAIL = "ContactSearchSummaryAiAgentInfoList";
const _CSSAI = "ContactSearchSummaryAgentInfo";
const _CSSQI = "ContactSearchSummaryQueueInfo";
const _CSSSA = "ContactSearchSummarySegmentAttributes";
const _CSSSAV = "ContactSearchSummarySegmentAttributeValue";
const _CT = "ClientToken";
const _CTAT = "ConnectedToAgentTimestamp";
const _CTC = "ConversationTurnCount";
const _CTCR = "CreateTestCaseRequest";
const _CTCRr = "CreateTestCaseResponse";
const _CTCr = "CreateTestCase";
const _CTDG = "CreateTrafficDistributionGroup";
const _CTDGR = "CreateTrafficDistributionGroupRequest";
const _CTDGRr = "CreateTrafficDistributionGroupResponse";
const _CTST = "ConnectedToSystemTimestamp";
const _CTT = "CreateTaskTemplate";
const _CTTR = "CreateTaskTemplateRequest";
const _CTTRr = "CreateTaskTemplateResponse";
const _CTo = "ComparisonType";
const _CTon = "ContentType";
const _CTond = "ConditionType";
const _CTont = "ContrastText";
const _CTonta = "ContactTags";
const _CTr = "CreationTime";
const _CTre = "CreatedTime";
const _CTrea = "CreateTimestamp";
const _CU = "CreatedUser";
const _CUA = "ConnectUserArn";
const _CUC = "CreateUseCase";
const _CUCR = "CreateUseCaseRequest";
const _CUCRr = "CreateUseCaseResponse";
const _CUHG = "CreateUserHierarchyGroup";
const _CUHGR = "CreateUserHierarchyGroupRequest";
const _CUHGRr = "CreateUserHierarchyGroupResponse";
const _CUR = "CreateUserRequest";
const _CURr = "CreateUserResponse";
const _CUr = "CreateUser";
const _CV = "CreateView";
const _CVA = "CustomerVoiceActivity";
const _CVR = "CreateViewRequest";
const _CVRr = "CreateViewResponse";
const _CVRre = "CreateVocabularyRequest";
const _CVRrea = "CreateVocabularyResponse";
const _CVV = "CreateViewVersion";
const _CVVR = "CreateViewVersionRequest";
const _CVVRr = "CreateViewVersionResponse";
const _CVr = "CreateVocabulary";
const _CW = "CreateWorkspace";
const _CWBT = "ChannelWorkloadBehaviorType";
const _CWP = "CreateWorkspacePage";
const _CWPR = "CreateWorkspacePageRequest";
const _CWPRr = "CreateWorkspacePageResponse";
const _CWR = "CreateWorkspaceRequest";
const _CWRr = "CreateWorkspaceResponse";
const _Ca = "Capabilities";
const _Cal = "Calculation";
const _Cam = "Campaign";
const _Can = "Canvas";
const _Cat = "Category";
const _Cate = "Categories";
const _Ch = "Channels";
const _Cha = "Chat";
const _Co = "Content";
const _Cod = "Code";
const _Col = "Collections";
const _Com = "Comparator";
const _Comm = "Comment";
const _Comp = "Comparison";
const _Con = "Condition";
const _Conc = "Concurrency";
const _Cond = "Conditions";
const _Conf = "Config";
const _Cons = "Constraints";
const _Cont = "Contact";
const _Conta = "Contacts";
const _Conte = "Context";
const _Cr = "Criteria";
const _Cre = "Created";
const _Cred = "Credentials";
const _Cu = "Customer";
const _D = "Description";
const _DA = "DirectoryAlias";
const _DADS = "DisassociateAnalyticsDataSet";
const _DADSR = "DisassociateAnalyticsDataSetRequest";
const _DAF = "DeleteAttachedFile";
const _DAFC = "DescribeAttachedFilesConfiguration";
const _DAFCR = "DescribeAttachedFilesConfigurationRequest";
const _DAFCRe = "DescribeAttachedFilesConfigurationResponse";
const _DAFR = "DeleteAttachedFileRequest";
const _DAFRe = "DeleteAttachedFileResponse";
const _DAO = "DisassociateApprovedOrigin";
const _DAOR = "DisassociateApprovedOriginRequest";
const _DAP = "DescribeAuthenticationProfile";
const _DAPR = "DescribeAuthenticationProfileRequest";
const _DAPRe = "DescribeAuthenticationProfileResponse";
const _DAS = "DescribeAgentStatus";
const _DASR = "DescribeAgentStatusRequest";
const _DASRe = "DescribeAgentStatusResponse";
const _DAe = "DefaultAction";
const _DAi = "DisplayAs";
const _DB = "DisassociateBot";
const _DBR = "DisassociateBotRequest";
const _DC = "DateCondition";
const _DCD = "DeleteContactData";
const _DCDR = "DeleteContactDataRequest";
const _DCDRe = "DeleteContactDataResponse";
const _DCE = "DeleteContactEvaluation";
const _DCER = "DeleteContactEvaluationRequest";
const _DCERe = "DescribeContactEvaluationRequest";
const _DCERes = "DescribeContactEvaluationResponse";
const _DCEe = "DescribeContactEvaluation";
const _DCF = "DeleteContactFlow";
const _DCFM = "DeleteContactFlowModule";
const _DCFMA = "DeleteContactFlowModuleAlias";
const _DCFMAR = "DeleteContactFlowModuleAliasRequest";
const _DCFMARe = "DeleteContactFlowModuleAliasResponse";
const _DCFMARes = "DescribeContactFlowModuleAliasRequest";
const _DCFMAResc = "DescribeContactFlowModuleAliasResponse";
const _DCFMAe = "DescribeContactFlowModuleAlias";
const _DCFMR = "DeleteContactFlowModuleRequest";
const _DCFMRe = "DeleteContactFlowModuleResponse";
const _DCFMRes = "DescribeContactFlowModuleRequest";
const _DCFMResc = "DescribeContactFlowModuleResponse";
const _DCFMV = "DeleteContactFlowModuleVersion";
const _DCFMVR = "DeleteContactFlowModuleVersionRequest";
const _DCFMVRe = "DeleteContactFlowModuleVersionResponse";
const _DCFMe = "DescribeContactFlowModule";
const _DCFR = "DeleteContactFlowRequest";
const _DCFRe = "DeleteContactFlowResponse";
const _DCFRes = "DescribeContactFlowRequest";
const _DCFResc = "DescribeContactFlowResponse";
const _DCFV = "DeleteContactFlowVersion";
const _DCFVR = "DeleteContactFlowVersionRequest";
const _DCFVRe = "DeleteContactFlowVersionResponse";
const _DCFe = "DescribeContactFlow";
const _DCR = "DescribeContactRequest";
const _DCRe = "DescribeContactResponse";
const _DCe = "DecimalCondition";
const _DCes = "DescribeContact";
const _DD = "DisconnectDetails";
const _DDT = "DeleteDataTable";
const _DDTA = "DeleteDataTableAttribute";
const _DDTAR = "DeleteDataTableAttributeRequest";
const _DDTARe = "DeleteDataTableAttributeResponse";
const _DDTARes = "DescribeDataTableAttributeRequest";
const _DDTAResc = "DescribeDataTableAttributeResponse";
const _DDTAe = "DescribeDataTableAttribute";
const _DDTR = "DeleteDataTableRequest";
const _DDTRe = "DeleteDataTableResponse";
const _DDTRes = "DescribeDataTableRequest";
const _DDTResc = "DescribeDataTableResponse";
const _DDTe = "DescribeDataTable";
const _DE = "DestinationEndpoint";
const _DEA = "DestinationEmailAddress";
const _DEAA = "DisassociateEmailAddressAlias";
const _DEAAR = "DisassociateEmailAddressAliasRequest";
const _DEAARi = "DisassociateEmailAddressAliasResponse";
const _DEAR = "DeleteEmailAddressRequest";
const _DEARe = "DeleteEmailAddressResponse";
const _DEARes = "DescribeEmailAddressRequest";
const _DEAResc = "DescribeEmailAddressResponse";
const _DEAe = "DeleteEmailAddress";
const _DEAes = "DescribeEmailAddress";
const _DED = "DeleteExtractionDefinition";
const _DEDR = "DeleteExtractionDefinitionRequest";
const _DEDRe = "DeleteExtractionDefinitionResponse";
const _DEDRes = "DescribeExtractionDefinitionRequest";
const _DEDResc = "DescribeExtractionDefinitionResponse";
const _DEDe = "DescribeExtractionDefinition";
const _DEF = "DeactivateEvaluationForm";
const _DEFR = "DeactivateEvaluationFormRequest";
const _DEFRe = "DeactivateEvaluationFormResponse";
const _DEFRel = "DeleteEvaluationFormRequest";
const _DEFRes = "DescribeEvaluationFormRequest";
const _DEFResc = "DescribeEvaluationFormResponse";
const _DEFe = "DeleteEvaluationForm";
const _DEFes = "DescribeEvaluationForm";
const _DF = "DisassociateFlow";
const _DFR = "DisassociateFlowRequest";
const _DFRi = "DisassociateFlowResponse";
const _DFV = "DefaultFieldValues";
const _DHOO = "DeleteHoursOfOperation";
const _DHOOO = "DeleteHoursOfOperationOverride";
const _DHOOOR = "DeleteHoursOfOperationOverrideRequest";
const _DHOOORe = "DescribeHoursOfOperationOverrideRequest";
const _DHOOORes = "DescribeHoursOfOperationOverrideResponse";
const _DHOOOe = "DescribeHoursOfOperationOverride";
const _DHOOR = "DeleteHoursOfOperationRequest";
const _DHOORe = "DescribeHoursOfOperationRequest";
const _DHOORes = "DescribeHoursOfOperationResponse";
const _DHOORi = "DisassociateHoursOfOperationsRequest";
const _DHOOe = "DescribeHoursOfOperation";
const _DHOOi = "DisassociateHoursOfOperations";
const _DI = "DeviceInfo";
const _DIA = "DeleteIntegrationAssociation";
const _DIAR = "DeleteIntegrationAssociationRequest";
const _DIARe = "DescribeInstanceAttributeRequest";
const _DIARes = "DescribeInstanceAttributeResponse";
const _DIAe = "DescribeInstanceAttribute";
const _DIR = "DeleteInstanceRequest";
const _DIRe = "DescribeInstanceRequest";
const _DIRes = "DescribeInstanceResponse";
const _DIS = "DurationInSeconds";
const _DISC = "DescribeInstanceStorageConfig";
const _DISCR = "DescribeInstanceStorageConfigRequest";
const _DISCRe = "DescribeInstanceStorageConfigResponse";
const _DISCRi = "DisassociateInstanceStorageConfigRequest";
const _DISCi = "DisassociateInstanceStorageConfig";
const _DIe = "DestinationId";
const _DIel = "DeleteInstance";
const _DIes = "DescribeInstance";
const _DIi = "DirectoryId";
const _DL = "DistributionList";
const _DLB = "DisassociateLexBot";
const _DLBR = "DisassociateLexBotRequest";
const _DLF = "DisassociateLambdaFunction";
const _DLFR = "DisassociateLambdaFunctionRequest";
const _DM = "DeliveryMethod";
const _DMR = "DeleteMetricRequest";
const _DMRe = "DeleteMetricResponse";
const _DMRes = "DescribeMetricRequest";
const _DMResc = "DescribeMetricResponse";
const _DMe = "DeleteMetric";
const _DMes = "DescribeMetric";
const _DN = "DomainName";
const _DNAE = "DestinationNotAllowedException";
const _DNR = "DeleteNotificationRequest";
const _DNRe = "DeleteNotificationResponse";
const _DNRes = "DescribeNotificationRequest";
const _DNResc = "DescribeNotificationResponse";
const _DNe = "DeleteNotification";
const _DNes = "DescribeNotification";
const _DNi = "DisplayName";
const _DO = "DisplayOrder";
const _DOCE = "DisconnectOnCustomerExit";
const _DOQI = "DefaultOutboundQueueId";
const _DORI = "DefaultOptionRefIds";
const _DORIe = "DefaultOptionRefId";
const _DP = "DeletePrompt";
const _DPA = "DeletePredefinedAttribute";
const _DPAR = "DeletePredefinedAttributeRequest";
const _DPARe = "DescribePredefinedAttributeRequest";
const _DPARes = "DescribePredefinedAttributeResponse";
const _DPAe = "DescribePredefinedAttribute";
const _DPN = "DestinationPhoneNumber";
const _DPNCF = "DisassociatePhoneNumberContactFlow";
const _DPNCFR = "DisassociatePhoneNumberContactFlowRequest";
const _DPNR = "DescribePhoneNumberRequest";
const _DPNRR = "DeletePushNotificationRegistrationRequest";
const _DPNRRe = "DeletePushNotificationRegistrationResponse";
const _DPNRe = "DescribePhoneNumberResponse";
const _DPNRel = "DeletePushNotificationRegistration";
const _DPNe = "DeskPhoneNumber";
const _DPNes = "DescribePhoneNumber";
const _DPR = "DeletePromptRequest";
const _DPRe = "DescribePromptRequest";
const _DPRes = "DescribePromptResponse";
const _DPe = "DescribePrompt";
const _DQ = "DeleteQueue";
const _DQC = "DeleteQuickConnect";
const _DQCR = "DeleteQuickConnectRequest";
const _DQCRe = "DescribeQuickConnectRequest";
const _DQCRes = "DescribeQuickConnectResponse";
const _DQCe = "DescribeQuickConnect";
const _DQEA = "DisassociateQueueEmailAddresses";
const _DQEAR = "DisassociateQueueEmailAddressesRequest";
const _DQQC = "DisassociateQueueQuickConnects";
const _DQQCR = "DisassociateQueueQuickConnectsRequest";
const _DQR = "DeleteQueueRequest";
const _DQRe = "DescribeQueueRequest";
const _DQRes = "DescribeQueueResponse";
const _DQe = "DescribeQueue";
const _DR = "DisconnectReason";
const _DRE = "DuplicateResourceException";
const _DRP = "DeleteRoutingProfile";
const _DRPQ = "DisassociateRoutingProfileQueues";
const _DRPQR = "DisassociateRoutingProfileQueuesRequest";
const _DRPR = "DeleteRoutingProfileRequest";
const _DRPRe = "DescribeRoutingProfileRequest";
const _DRPRes = "DescribeRoutingProfileResponse";
const _DRPe = "DescribeRoutingProfile";
const _DRR = "DeleteRuleRequest";
const _DRRe = "DescribeRuleRequest";
const _DRRes = "DescribeRuleResponse";
const _DRa = "DateReference";
const _DRe = "DeletionReason";
const _DRel = "DeleteRule";
const _DRes = "DescribeRule";
const _DS = "DefaultStat";
const _DSI = "DataSetId";
const _DSIa = "DataSetIds";
const _DSK = "DisassociateSecurityKey";
const _DSKR = "DisassociateSecurityKeyRequest";
const _DSN = "DataSetName";
const _DSP = "DeleteSecurityProfile";
const _DSPR = "DeleteSecurityProfileRequest";
const _DSPRe = "DescribeSecurityProfileRequest";
const _DSPRes = "DescribeSecurityProfileResponse";
const _DSPRi = "DisassociateSecurityProfilesRequest";
const _DSPe = "DescribeSecurityProfile";
const _DSPi = "DisassociateSecurityProfiles";
const _DSR = "DeleteSessionRequest";
const _DSRe = "DeleteSessionResponse";
const _DST = "DataSnapshotTime";
const _DSe = "DeleteSession";
const _DT = "DisconnectTimestamp";
const _DTA = "DataTableAttribute";
const _DTACC = "DataTableAccessControlConfiguration";
const _DTAa = "DataTableArn";
const _DTC = "DateTimeCondition";
const _DTCR = "DeleteTestCaseRequest";
const _DTCRe = "DeleteTestCaseResponse";
const _DTCRes = "DescribeTestCaseRequest";
const _DTCResc = "DescribeTestCaseResponse";
const _DTCe = "DeleteTestCase";
const _DTCes = "DescribeTestCase";
const _DTDG = "DeleteTrafficDistributionGroup";
const _DTDGR = "DeleteTrafficDistributionGroupRequest";
const _DTDGRe = "DeleteTrafficDistributionGroupResponse";
const _DTDGRes = "DescribeTrafficDistributionGroupRequest";
const _DTDGResc = "DescribeTrafficDistributionGroupResponse";
const _DTDGU = "DisassociateTrafficDistributionGroupUser";
const _DTDGUR = "DisassociateTrafficDistributionGroupUserRequest";
const _DTDGURi = "DisassociateTrafficDistributionGroupUserResponse";
const _DTDGe = "DescribeTrafficDistributionGroup";
const _DTDVI = "DataTableDeleteValueIdentifier";
const _DTDVIL = "DataTableDeleteValueIdentifierList";
const _DTEV = "DataTableEvaluatedValue";
const _DTEVL = "DataTableEvaluatedValueList";
const _DTI = "DataTableId";
const _DTL = "DataTableList";
const _DTLV = "DataTableLockVersion";
const _DTS = "DataTableSummary";
const _DTSC = "DataTableSearchCriteria";
const _DTSCL = "DataTableSearchConditionList";
const _DTSF = "DataTableSearchFilter";
const _DTSL = "DataTableSummaryList";
const _DTT = "DeleteTaskTemplate";
const _DTTR = "DeleteTaskTemplateRequest";
const _DTTRe = "DeleteTaskTemplateResponse";
const _DTV = "DataTableValue";
const _DTVES = "DataTableValueEvaluationSet";
const _DTVESL = "DataTableValueEvaluationSetList";
const _DTVI = "DataTableValueIdentifier";
const _DTVIL = "DataTableValueIdentifierList";
const _DTVL = "DataTableValueList";
const _DTVS = "DataTableValueSummary";
const _DTVSL = "DataTableValueSummaryList";
const _DTVa = "DateTimeValue";
const _DTa = "DataTable";
const _DTat = "DataTables";
const _DTe = "DeleteTimestamp";
const _DTev = "DeviceToken";
const _DTevi = "DeviceType";
const _DU = "DeleteUser";
const _DUC = "DeleteUseCase";
const _DUCR = "DeleteUseCaseRequest";
const _DUCRi = "DismissUserContactRequest";
const _DUCRis = "DismissUserContactResponse";
const _DUCi = "DismissUserContact";
const _DUHG = "DeleteUserHierarchyGroup";
const _DUHGR = "DeleteUserHierarchyGroupRequest";
const _DUHGRe = "DescribeUserHierarchyGroupRequest";
const _DUHGRes = "DescribeUserHierarchyGroupResponse";
const _DUHGe = "DescribeUserHierarchyGroup";
const _DUHS = "DescribeUserHierarchyStructure";
const _DUHSR = "DescribeUserHierarchyStructureRequest";
const _DUHSRe = "DescribeUserHierarchyStructureResponse";
const _DUI = "DirectoryUserId";
const _DUM = "DownloadUrlMetadata";
const _DUP = "DisassociateUserProficiencies";
const _DUPR = "DisassociateUserProficienciesRequest";
const _DUR = "DeleteUserRequest";
const _DURe = "DescribeUserRequest";
const _DURes = "DescribeUserResponse";
const _DUe = "DescribeUser";
const _DV = "DefaultVocabulary";
const _DVL = "DefaultVocabularyList";
const _DVR = "DeleteViewRequest";
const _DVRe = "DeleteViewResponse";
const _DVRel = "DeleteVocabularyRequest";
const _DVRele = "DeleteVocabularyResponse";
const _DVRes = "DescribeViewRequest";
const _DVResc = "DescribeViewResponse";
const _DVRescr = "DescribeVocabularyRequest";
const _DVRescri = "DescribeVocabularyResponse";
const _DVV = "DeleteViewVersion";
const _DVVR = "DeleteViewVersionRequest";
const _DVVRe = "DeleteViewVersionResponse";
const _DVe = "DefaultValue";
const _DVel = "DeleteView";
const _DVele = "DeleteVocabulary";
const _DVes = "DescribeView";
const _DVesc = "DescribeVocabulary";
const _DVo = "DoubleValue";
const _DW = "DeleteWorkspace";
const _DWM = "DeleteWorkspaceMedia";
const _DWMR = "DeleteWorkspaceMediaRequest";
const _DWMRe = "DeleteWorkspaceMediaResponse";
const _DWP = "DeleteWorkspacePage";
const _DWPR = "DeleteWorkspacePageRequest";
const _DWPRe = "DeleteWorkspacePageResponse";
const _DWR = "DeleteWorkspaceRequest";
const _DWRe = "DeleteWorkspaceResponse";
const _DWRes = "DescribeWorkspaceRequest";
const _DWResc = "DescribeWorkspaceResponse";
const _DWRi = "DisassociateWorkspaceRequest";
const _DWRis = "DisassociateWorkspaceResponse";
const _DWe = "DescribeWorkspace";
const _DWi = "DisassociateWorkspace";
const _Da = "Date";
const _Dar = "Dark";
const _Day = "Day";
const _De = "Deleted";
const _Def = "Defaults";
const _Defa = "Default";
const _Del = "Delay";
const _Des = "Destination";
const _Di = "Distributions";
const _Dim = "Dimensions";
const _Dis = "Display";
const _Dist = "Distribution";
const _E = "Email";
const _EA = "EmailAddress";
const _EAA = "EmailAddressArn";
const _EAC = "EmailAddressesConfig";
const _EACL = "EmailAddressConfigList";
const _EACm = "EmailAddressConfig";
const _EAD = "EvaluationAnswerData";
const _EADN = "EmailAddressDisplayName";
const _EAI = "EmailAddressId";
const _EAIM = "EvaluationAnswersInputMap";
const _EAIm = "EmailAddressesId";
const _EAIma = "EmailAddressInfo";
const _EAIv = "EvaluationAnswerInput";
const _EAL = "EmailAddressList";
const _EAM = "EmailAddressMetadata";
const _EAMD = "EnableAnswerMachineDetection";
const _EAML = "EmailAddressMetadataList";
const _EAO = "EvaluationAnswerOutput";
const _EAOM = "EvaluationAnswersOutputMap";
const _EARC = "EvaluationAutomationRuleCategory";
const _EARCL = "EvaluationAutomationRuleCategoryList";
const _EARL = "EmailAddressRecipientList";
const _EAS = "EmailAddressSummary";
const _EASC = "EmailAddressSearchCriteria";
const _EASCL = "EmailAddressSearchConditionList";
const _EASF = "EmailAddressSearchFilter";
const _EASv = "EvaluationAcknowledgementSummary";
const _EATA = "EndAssociatedTasksAction";
const _EATAD = "EndAssociatedTasksActionDefinition";
const _EAm = "EmailAttachment";
const _EAma = "EmailAddresses";
const _EAmai = "EmailAttachments";
const _EAn = "EntityArn";
const _EAv = "EvaluationArn";
const _EAva = "EvaluationAcknowledgement";
const _EAval = "EvaluatorArn";
const _EAx = "ExpiresAt";
const _EBA = "EventBridgeAction";
const _EBAD = "EventBridgeActionDefinition";
const _EC = "ErrorCode";
const _ECLAAD = "EvaluationContactLensAnswerAnalysisDetails";
const _ECP = "EvaluationContactParticipant";
const _ECn = "EncryptionConfig";
const _ECx = "ExtensionConfiguration";
const _ECxt = "ExtractionConfiguration";
const _ED = "ExtractionDefinition";
const _EDA = "ExtractionDefinitionArn";
const _EDD = "ExtractionDefinitionDisplay";
const _EDDL = "ExtractionDefinitionDisplayLabel";
const _EDI = "ExtractionDefinitionId";
const _EDIM = "ExpiryDurationInMinutes";
const _EDN = "ExtractionDefinitionName";
const _EDNFB = "ExtractionDefinitionNotFoundBehavior";
const _EDS = "ExtractionDefinitionSummary";
const _EDSL = "ExtractionDefinitionSummaryList";
const _EDTV = "EvaluateDataTableValues";
const _EDTVR = "EvaluateDataTableValuesRequest";
const _EDTVRv = "EvaluateDataTableValuesResponse";
const _EDl = "EligibilityDays";
const _EDr = "ErrorDescription";
const _EF = "EffectiveFrom";
const _EFA = "EvaluationFormArn";
const _EFAEC = "EvaluationFormAutoEvaluationConfiguration";
const _EFAIVL = "EvaluationFormAIVersionLifecycle";
const _EFAIVS = "EvaluationFormAIVersionSummary";
const _EFAIVSL = "EvaluationFormAIVersionSummaryList";
const _EFC = "EvaluationFormContent";
const _EFI = "EvaluationFormId";
const _EFIEC = "EvaluationFormItemEnablementCondition";
const _EFIECO = "EvaluationFormItemEnablementConditionOperand";
const _EFIECOL = "EvaluationFormItemEnablementConditionOperandList";
const _EFIECv = "EvaluationFormItemEnablementConfiguration";
const _EFIEE = "EvaluationFormItemEnablementExpression";
const _EFIES = "EvaluationFormItemEnablementSource";
const _EFIESV = "EvaluationFormItemEnablementSourceValue";
const _EFIESVL = "EvaluationFormItemEnablementSourceValueList";
const _EFIL = "EvaluationFormItemsList";
const _EFIv = "EvaluationFormItem";
const _EFL = "EvaluationFormLanguage";
const _EFLC = "EvaluationFormLanguageConfiguration";
const _EFMC = "EvaluationFormMetricConfiguration";
const _EFMSQA = "EvaluationFormMultiSelectQuestionAutomation";
const _EFMSQAO = "EvaluationFormMultiSelectQuestionAutomationOption";
const _EFMSQAOL = "EvaluationFormMultiSelectQuestionAutomationOptionList";
const _EFMSQO = "EvaluationFormMultiSelectQuestionOption";
const _EFMSQOL = "EvaluationFormMultiSelectQuestionOptionList";
const _EFMSQP = "EvaluationFormMultiSelectQuestionProperties";
const _EFNQA = "EvaluationFormNumericQuestionAutomation";
const _EFNQO = "EvaluationFormNumericQuestionOption";
const _EFNQOL = "EvaluationFormNumericQuestionOptionList";
const _EFNQP = "EvaluationFormNumericQuestionProperties";
const _EFQ = "EvaluationFormQuestion";
const _EFQAAS = "EvaluationFormQuestionAutomationAnswerSource";
const _EFQSC = "EvaluationFormQuestionScoringConfiguration";
const _EFQTP = "EvaluationFormQuestionTypeProperties";
const _EFS = "EvaluationFormSection";
const _EFSC = "EvaluationFormSearchCriteria";
const _EFSCL = "EvaluationFormSearchConditionList";
const _EFSF = "EvaluationFormSearchFilter";
const _EFSL = "EvaluationFormSummaryList";
const _EFSS = "EvaluationFormScoringStrategy";
const _EFSSL = "EvaluationFormSearchSummaryList";
const _EFSSQA = "EvaluationFormSingleSelectQuestionAutomation";
const _EFSSQAO = "EvaluationFormSingleSelectQuestionAutomationOption";
const _EFSSQAOL = "EvaluationFormSingleSelectQuestionAutomationOptionList";
const _EFSSQO = "EvaluationFormSingleSelectQuestionOption";
const _EFSSQOL = "EvaluationFormSingleSelectQuestionOptionList";
const _EFSSQP = "EvaluationFormSingleSelectQuestionProperties";
const _EFSSv = "EvaluationFormSearchSummary";
const _EFST = "EvaluationFormScoreThreshold";
const _EFSTL = "EvaluationFormScoreThresholdList";
const _EFSv = "EvaluationFormSummary";
const _EFT = "EvaluationFormTitle";
const _EFTC = "EvaluationFormTargetConfiguration";
const _EFTQA = "EvaluationFormTextQuestionAutomation";
const _EFTQP = "EvaluationFormTextQuestionProperties";
const _EFV = "EvaluationFormVersion";
const _EFVF = "EvaluationFormValidationFinding";
const _EFVFI = "EvaluationFormValidationFindingItem";
const _EFVFIL = "EvaluationFormValidationFindingItemList";
const _EFVFL = "EvaluationFormValidationFindingList";
const _EFVS = "EvaluationFormVersionSummary";
const _EFVSL = "EvaluationFormVersionSummaryList";
const _EFVm = "EmptyFieldValue";
const _EFv = "EvaluationForm";
const _EGAIAAD = "EvaluationGenAIAnswerAnalysisDetails";
const _EHOO = "EffectiveHoursOfOperations";
const _EHOOL = "EffectiveHoursOfOperationList";
const _EI = "EntityId";
const _EIA = "ExtractInformationAction";
const _EIAD = "ExtractInformationActionDefinition";
const _EIC = "ExternalInvocationConfiguration";
const _EIU = "EventIngestionUrl";
const _EIn = "EndpointInfo";
const _EIv = "EvaluationId";
const _EIx = "ExtractedInformation";
const _EL = "ExportLocation";
const _EM = "ErrorMessage";
const _EMPT = "EmailMessagePlainText";
const _EMPTR = "EmailMessagePlainTextRedacted";
const _EMR = "EmailMessageReference";
const _EMRm = "EmailMessageRedacted";
const _EMm = "EmailMessage";
const _EMv = "EvaluationMetadata";
const _EMx = "ExclusiveMinimum";
const _EMxc = "ExclusiveMaximum";
const _EN = "EvaluationNote";
const _ENM = "EvaluationNotesMap";
const _EOC = "EndOffsetChar";
const _EOH = "EffectiveOverrideHours";
const _EOHL = "EffectiveOverrideHoursList";
const _EOLT = "EndOfLifeTime";
const _EP = "EntryPoint";
const _EPa = "EarnedPoints";
const _EQAAD = "EvaluationQuestionAnswerAnalysisDetails";
const _EQID = "EvaluationQuestionInputDetails";
const _ER = "EchoReduction";
const _ERC = "EvaluationReviewConfiguration";
const _ERL = "EmailRecipientsList";
const _ERLx = "ExecutionRecordList";
const _ERM = "EvaluationReviewMetadata";
const _ERNR = "EvaluationReviewNotificationRecipient";
const _ERNRL = "EvaluationReviewNotificationRecipientList";
const _ERNRV = "EvaluationReviewNotificationRecipientValue";
const _ERRC = "EvaluationReviewRequestComment";
const _ERRCL = "EvaluationReviewRequestCommentList";
const _ERm = "EmailRecipient";
const _ERma = "EmailReference";
const _ERr = "ErrorResult";
const _ERrr = "ErrorResults";
const _ERx = "ExecutionRecord";
const _ERxe = "ExecutionRecords";
const _ES = "EvaluationScore";
const _ESA = "EvaluationSuggestedAnswer";
const _ESAL = "EvaluationSuggestedAnswersList";
const _ESATMO = "EvaluationSuggestedAnswerTranscriptMillisecondOffsets";
const _ESC = "EvaluationSearchCriteria";
const _ESCL = "EvaluationSearchConditionList";
const _ESF = "EvaluationSearchFilter";
const _ESL = "EvaluationSummaryList";
const _ESM = "EvaluationSearchMetadata";
const _ESMv = "EvaluationScoresMap";
const _ESN = "EventSourceName";
const _ESS = "EvaluationSearchSummary";
const _ESSL = "EvaluationSearchSummaryList";
const _ESv = "EvaluationSummary";
const _ET = "EntityType";
const _ETPOI = "EvaluationTranscriptPointOfInterest";
const _ETPOIv = "EvaluationTranscriptPointsOfInterest";
const _ETf = "EffectiveTill";
const _ETff = "EffectiveTime";
const _ETn = "EndTimestamp";
const _ETnc = "EncryptionType";
const _ETnd = "EndTime";
const _ETnq = "EnqueueTimestamp";
const _ETv = "EvaluationType";
const _ETve = "EventType";
const _ETx = "ExpiryTimestamp";
const _EUU = "EvaluatorUserUnion";
const _EV = "EvaluatedValue";
const _EVVOA = "EnableValueValidationOnAssociation";
const _EVm = "EmptyValue";
const _EVx = "ExtractedValues";
const _En = "Enabled";
const _Ena = "Enablement";
const _End = "Endpoint";
const _End_ = "End";
const _Ent = "Entities";
const _Enu = "Enum";
const _Er = "Errors";
const _Err = "Error";
const _Ev = "Evaluation";
const _Eve = "Event";
const _Ex = "Extension";
const _Exc = "Exclusion";
const _Exp = "Expiry";
const _Expr = "Expression";
const _Expre = "Expressions";
const _F = "Failed";
const _FA = "FunctionArn";
const _FAF = "FlowAttributeFilter";
const _FAS = "FlowAssociationSummary";
const _FASL = "FlowAssociationSummaryList";
const _FAi = "FileArn";
const _FAir = "FirehoseArn";
const _FBAS = "FailedBatchAssociationSummary";
const _FBASL = "FailedBatchAssociationSummaryList";
const _FC = "FlowConfig";
const _FCS = "FlowContentSha256";
const _FCa = "FailureCode";
const _FD = "FromDate";
const _FEA = "FromEmailAddress";
const _FF = "FontFamily";
const _FI = "FlowId";
const _FIi = "FileId";
const _FIie = "FieldId";
const _FIil = "FileIds";
const _FIo = "FormId";
const _FK = "FilterKey";
const _FL = "FailedList";
const _FLo = "FormLanguage";
const _FM = "FlowModule";
const _FMCS = "FlowModuleContentSha256";
const _FMI = "FlowModuleId";
const _FMa = "FailureMode";
const _FN = "FileName";
const _FNi = "FieldName";
const _FNir = "FirstName";
const _FQCC = "FlowQuickConnectConfig";
const _FR = "FailedRequest";
const _FRC = "FailureReasonCode";
const _FRL = "FailedRequestList";
const _FRM = "FailureReasonMessage";
const _FRa = "FailureReason";
const _FS = "FileStatus";
const _FSIB = "FileSizeInBytes";
const _FSN = "FragmentStartNumber";
const _FSNr = "FragmentStopNumber";
const _FSU = "FileSourceUri";
const _FT = "FilterType";
const _FUCT = "FileUseCaseType";
const _FV = "FieldValue";
const _FVL = "FiltersV2List";
const _FVSC = "FilterV2StringCondition";
const _FVU = "FieldValueUnion";
const _FVi = "FilterV2";
const _FVie = "FieldValues";
const _FVil = "FilterValues";
const _FVilt = "FilterValue";
const _Fa = "Favicon";
const _Fi = "Files";
const _Fie = "Fields";
const _Fil = "Filters";
const _Fin = "Findings";
const _Fo = "Found";
const _Fr = "Frequency";
const _Fu = "Function";
const _G = "Groupings";
const _GACC = "GranularAccessControlConfiguration";
const _GAF = "GetAttachedFile";
const _GAFR = "GetAttachedFileRequest";
const _GAFRe = "GetAttachedFileResponse";
const _GAI = "GenAI";
const _GCA = "GetContactAttributes";
const _GCAR = "GetContactAttributesRequest";
const _GCARe = "GetContactAttributesResponse";
const _GCM = "GetContactMetrics";
const _GCMD = "GetCurrentMetricData";
const _GCMDR = "GetCurrentMetricDataRequest";
const _GCMDRe = "GetCurrentMetricDataResponse";
const _GCMR = "GetContactMetricsRequest";
const _GCMRe = "GetContactMetricsResponse";
const _GCRR = "GetCrossRegionRouting";
const _GCRRR = "GetCrossRegionRoutingRequest";
const _GCRRRe = "GetCrossRegionRoutingResponse";
const _GCUD = "GetCurrentUserData";
const _GCUDR = "GetCurrentUserDataRequest";
const _GCUDRe = "GetCurrentUserDataResponse";
const _GEFV = "GetEvaluationFormValidation";
const _GEFVR = "GetEvaluationFormValidationRequest";
const _GEFVRe = "GetEvaluationFormValidationResponse";
const _GEHOO = "GetEffectiveHoursOfOperations";
const _GEHOOR = "GetEffectiveHoursOfOperationsRequest";
const _GEHOORe = "GetEffectiveHoursOfOperationsResponse";
const _GET = "GreetingEndTimestamp";
const _GFA = "GetFlowAssociation";
const _GFAR = "GetFlowAssociationRequest";
const _GFARe = "GetFlowAssociationResponse";
const _GFT = "GetFederationToken";
const _GFTR = "GetFederationTokenRequest";
const _GFTRe = "GetFederationTokenResponse";
const _GMD = "GetMetricData";
const _GMDR = "GetMetricDataRequest";
const _GMDRe = "GetMetricDataResponse";
const _GMDV = "GetMetricDataV2";
const _GMDVR = "GetMetricDataV2Request";
const _GMDVRe = "GetMetricDataV2Response";
const _GPF = "GetPromptFile";
const _GPFR = "GetPromptFileRequest";
const _GPFRe = "GetPromptFileResponse";
const _GRM = "GlobalResiliencyMetadata";
const _GSIE = "GlobalSignInEndpoint";
const _GST = "GreetingStartTimestamp";
const _GTCES = "GetTestCaseExecutionSummary";
const _GTCESR = "GetTestCaseExecutionSummaryRequest";
const _GTCESRe = "GetTestCaseExecutionSummaryResponse";
const _GTD = "GetTrafficDistribution";
const _GTDR = "GetTrafficDistributionRequest";
const _GTDRe = "GetTrafficDistributionResponse";
const _GTT = "GetTaskTemplate";
const _GTTR = "GetTaskTemplateRequest";
const _GTTRe = "GetTaskTemplateResponse";
const _H = "Hours";
const _HG = "HierarchyGroups";
const _HGA = "HierarchyGroupArn";
const _HGC = "HierarchyGroupCondition";
const _HGI = "HierarchyGroupId";
const _HGMT = "HierarchyGroupMatchType";
const _HGS = "HierarchyGroupSummary";
const _HGSL = "HierarchyGroupSummaryList";
const _HGSR = "HierarchyGroupSummaryReference";
const _HGi = "HierarchyGroup";
const _HL = "HierarchyLevel";
const _HLU = "HierarchyLevelUpdate";
const _HM = "HistoricalMetrics";
const _HMD = "HistoricalMetricData";
const _HMDC = "HistoricalMetricDataCollections";
const _HMR = "HistoricalMetricResult";
const _HMRi = "HistoricalMetricResults";
const _HMi = "HistoricalMetric";
const _HOO = "HoursOfOperation";
const _HOOA = "HoursOfOperationArn";
const _HOOC = "HoursOfOperationConfig";
const _HOOCL = "HoursOfOperationConfigList";
const _HOOI = "HoursOfOperationId";
const _HOOIo = "HoursOfOperationsIdentifier";
const _HOOL = "HoursOfOperationList";
const _HOOO = "HoursOfOperationOverride";
const _HOOOC = "HoursOfOperationOverrideConfig";
const _HOOOCL = "HoursOfOperationOverrideConfigList";
const _HOOOI = "HoursOfOperationOverrideId";
const _HOOOL = "HoursOfOperationOverrideList";
const _HOOOSC = "HoursOfOperationOverrideSearchCriteria";
const _HOOOSCL = "HoursOfOperationOverrideSearchConditionList";
const _HOOOo = "HoursOfOperationOverrides";
const _HOOS = "HoursOfOperationSummary";
const _HOOSC = "HoursOfOperationSearchCriteria";
const _HOOSCL = "HoursOfOperationSearchConditionList";
const _HOOSF = "HoursOfOperationSearchFilter";
const _HOOSL = "HoursOfOperationSummaryList";
const _HOOTS = "HoursOfOperationTimeSlice";
const _HOOo = "HoursOfOperations";
const _HP = "HierarchyPath";
const _HPR = "HierarchyPathReference";
const _HRR = "HierarchyRestrictedResources";
const _HS = "HierarchyStructure";
const _HSU = "HierarchyStructureUpdate";
const _HTI = "HeadersToInclude";
const _He = "Headers";
const _Hea = "Header";
const _I = "Id";
const _IA = "InitiateAs";
const _IAA = "IntegrationAssociationArn";
const _IAC = "InvertActionsColors";
const _IAI = "IntegrationAssociationId";
const _IAR = "InboundAdditionalRecipients";
const _IARE = "InvalidActiveRegionException";
const _IAS = "IntegrationAssociationSummary";
const _IASL = "IntegrationAssociationSummaryList";
const _IAU = "InstanceAccessUrl";
const _IAn = "InstanceAlias";
const _IAns = "InstanceArn";
const _IAnt = "IntegrationArn";
const _IAs = "IsolatedAll";
const _IB = "IsBonus";
const _IC = "IssueCode";
const _ICE = "InboundCallsEnabled";
const _ICFE = "InvalidContactFlowException";
const _ICFME = "InvalidContactFlowModuleException";
const _ICI = "InitialContactId";
const _ICg = "IgnoreCase";
const _ID = "IsDefault";
const _IDOE = "IsDefaultOutboundEmail";
const _IDn = "InitializationData";
const _IDnp = "InputData";
const _IDnt = "IntervalDetails";
const _IDs = "IssuesDetected";
const _IE = "IdempotencyException";
const _IEC = "InboundEmailContent";
const _IEFS = "IsExcludedFromScoring";
const _IF = "InvisibleFields";
const _IFI = "InvisibleFieldInfo";
const _II = "InstanceId";
const _IId = "IdentityInfo";
const _IL = "ImagesLogo";
const _IM = "InitiationMethod";
const _IMT = "IdentityManagementType";
const _IMn = "InitiationMethods";
const _IMni = "InitialMessage";
const _IP = "IntervalPeriod";
const _IPAC = "InputPredefinedAttributeConfiguration";
const _IPE = "InvalidParameterException";
const _IPN = "ImportPhoneNumber";
const _IPNR = "ImportPhoneNumberRequest";
const _IPNRm = "ImportPhoneNumberResponse";
const _IR = "IsRedacted";
const _IRE = "InvalidRequestException";
const _IRER = "InvalidRequestExceptionReason";
const _IRM = "IncludeRawMessage";
const _IRMn = "InboundRawMessage";
const _IRO = "IsReadOnly";
const _IRT = "IvrRecordingTrack";
const _IRs = "IsolatedRegions";
const _IS = "InboundSubject";
const _ISC = "InstanceStorageConfig";
const _ISCn = "InstanceStorageConfigs";
const _ISE = "InternalServiceException";
const _ISL = "InstanceSummaryList";
const _ISM = "InitialSystemMessage";
const _ISR = "InstanceStatusReason";
const _ISn = "InstanceStatus";
const _ISnp = "InputSchema";
const _ISns = "InstanceSummary";
const _IT = "InitiationTimestamp";
const _ITCE = "InvalidTestCaseException";
const _ITSM = "InitialTemplatedSystemMessage";
const _ITTF = "InvisibleTaskTemplateFields";
const _ITn = "IntegrationType";
const _IWM = "ImportWorkspaceMedia";
const _IWMR = "ImportWorkspaceMediaRequest";
const _IWMRm = "ImportWorkspaceMediaResponse";
const _Id = "Identifier";
const _Im = "Images";
const _In = "Instance";
const _Ind = "Index";
const _Inp = "Input";
const _Ins = "Instructions";
const _Int = "Interval";
const _Is = "Issues";
const _It = "Items";
const _J = "Justification";
const _JT = "JoinToken";
const _K = "Key";
const _KBI = "KnowledgeBaseId";
const _KFC = "KinesisFirehoseConfig";
const _KI = "KeyId";
const _KSC = "KinesisStreamConfig";
const _KVSC = "KinesisVideoStreamConfig";
const _L = "Locked";
const _LAB = "LastActivatedBy";
const _LAC = "ListAssociatedContacts";
const _LACR = "ListAssociatedContactsRequest";
const _LACRi = "ListAssociatedContactsResponse";
const _LADA = "ListAnalyticsDataAssociations";
const _LADAR = "ListAnalyticsDataAssociationsRequest";
const _LADARi = "ListAnalyticsDataAssociationsResponse";
const _LADLDS = "ListAnalyticsDataLakeDataSets";
const _LADLDSR = "ListAnalyticsDataLakeDataSetsRequest";
const _LADLDSRi = "ListAnalyticsDataLakeDataSetsResponse";
const _LAFC = "ListAttachedFilesConfigurations";
const _LAFCR = "ListAttachedFilesConfigurationsRequest";
const _LAFCRi = "ListAttachedFilesConfigurationsResponse";
const _LAO = "ListApprovedOrigins";
const _LAOR = "ListApprovedOriginsRequest";
const _LAORi = "ListApprovedOriginsResponse";
const _LAP = "ListAuthenticationProfiles";
const _LAPR = "ListAuthenticationProfilesRequest";
const _LAPRi = "ListAuthenticationProfilesResponse";
const _LAS = "ListAgentStatuses";
const _LASR = "ListAgentStatusRequest";
const _LASRi = "ListAgentStatusResponse";
const _LAT = "LastActivatedTime";
const _LB = "LexBot";
const _LBC = "LexBotConfig";
const _LBCL = "LexBotConfigList";
const _LBL = "LexBotsList";
const _LBR = "ListBotsRequest";
const _LBRi = "ListBotsResponse";
const _LBe = "LexBots";
const _LBi = "ListBots";
const _LC = "LanguageConfiguration";
const _LCE = "ListContactEvaluations";
const _LCER = "ListContactEvaluationsRequest";
const _LCERi = "ListContactEvaluationsResponse";
const _LCF = "ListContactFlows";
const _LCFM = "ListContactFlowModules";
const _LCFMA = "ListContactFlowModuleAliases";
const _LCFMAR = "ListContactFlowModuleAliasesRequest";
const _LCFMARi = "ListContactFlowModuleAliasesResponse";
const _LCFMR = "ListContactFlowModulesRequest";
const _LCFMRi = "ListContactFlowModulesResponse";
const _LCFMV = "ListContactFlowModuleVersions";
const _LCFMVR = "ListContactFlowModuleVersionsRequest";
const _LCFMVRi = "ListContactFlowModuleVersionsResponse";
const _LCFR = "ListContactFlowsRequest";
const _LCFRi = "ListContactFlowsResponse";
const _LCFV = "ListContactFlowVersions";
const _LCFVR = "ListContactFlowVersionsRequest";
const _LCFVRi = "ListContactFlowVersionsResponse";
const _LCHOO = "ListChildHoursOfOperations";
const _LCHOOR = "ListChildHoursOfOperationsRequest";
const _LCHOORi = "ListChildHoursOfOperationsResponse";
const _LCR = "ListContactReferences";
const _LCRR = "ListContactReferencesRequest";
const _LCRRi = "ListContactReferencesResponse";
const _LCa = "LanguageCode";
const _LCi = "ListCondition";
const _LDT = "ListDataTables";
const _LDTA = "ListDataTableAttributes";
const _LDTAR = "ListDataTableAttributesRequest";
const _LDTARi = "ListDataTableAttributesResponse";
const _LDTPV = "ListDataTablePrimaryValues";
const _LDTPVR = "ListDataTablePrimaryValuesRequest";
const _LDTPVRi = "ListDataTablePrimaryValuesResponse";
const _LDTR = "ListDataTablesRequest";
const _LDTRi = "ListDataTablesResponse";
const _LDTV = "ListDataTableValues";
const _LDTVR = "ListDataTableValuesRequest";
const _LDTVRi = "ListDataTableValuesResponse";
const _LDV = "ListDefaultVocabularies";
const _LDVR = "ListDefaultVocabulariesRequest";
const _LDVRi = "ListDefaultVocabulariesResponse";
const _LED = "ListExtractionDefinitions";
const _LEDR = "ListExtractionDefinitionsRequest";
const _LEDRi = "ListExtractionDefinitionsResponse";
const _LEE = "LimitExceededException";
const _LEF = "ListEvaluationForms";
const _LEFAIV = "ListEvaluationFormAIVersions";
const _LEFAIVR = "ListEvaluationFormAIVersionsRequest";
const _LEFAIVRi = "ListEvaluationFormAIVersionsResponse";
const _LEFR = "ListEvaluationFormsRequest";
const _LEFRi = "ListEvaluationFormsResponse";
const _LEFV = "ListEvaluationFormVersions";
const _LEFVR = "ListEvaluationFormVersionsRequest";
const _LEFVRi = "ListEvaluationFormVersionsResponse";
const _LESP = "ListEntitySecurityProfiles";
const _LESPR = "ListEntitySecurityProfilesRequest";
const _LESPRi = "ListEntitySecurityProfilesResponse";
const _LF = "LevelFour";
const _LFA = "ListFlowAssociations";
const _LFAR = "ListFlowAssociationsRequest";
const _LFARi = "ListFlowAssociationsResponse";
const _LFa = "LambdaFunctions";
const _LFe = "LevelFive";
const _LHOO = "ListHoursOfOperations";
const _LHOOO = "ListHoursOfOperationOverrides";
const _LHOOOR = "ListHoursOfOperationOverridesRequest";
const _LHOOORi = "ListHoursOfOperationOverridesResponse";
const _LHOOR = "ListHoursOfOperationsRequest";
const _LHOORi = "ListHoursOfOperationsResponse";
const _LI = "L1Ids";
const _LIA = "ListInstanceAttributes";
const _LIAR = "ListInstanceAttributesRequest";
const _LIARi = "ListInstanceAttributesResponse";
const _LIARis = "ListIntegrationAssociationsRequest";
const _LIARist = "ListIntegrationAssociationsResponse";
const _LIAi = "ListIntegrationAssociations";
const _LIR = "ListInstancesRequest";
const _LIRi = "ListInstancesResponse";
const _LISC = "ListInstanceStorageConfigs";
const _LISCR = "ListInstanceStorageConfigsRequest";
const _LISCRi = "ListInstanceStorageConfigsResponse";
const _LId = "L2Ids";
const _LIds = "L3Ids";
const _LIds_ = "L4Ids";
const _LIds__ = "L5Ids";
const _LIe = "LevelId";
const _LIi = "ListInstances";
const _LL = "LanguageLocale";
const _LLB = "ListLexBots";
const _LLBR = "ListLexBotsRequest";
const _LLBRi = "ListLexBotsResponse";
const _LLF = "ListLambdaFunctions";
const _LLFR = "ListLambdaFunctionsRequest";
const _LLFRi = "ListLambdaFunctionsResponse";
const _LM = "ListMetrics";
const _LMB = "LastModifiedBy";
const _LMR = "LastModifiedRegion";
const _LMRi = "ListMetricsRequest";
const _LMRis = "ListMetricsResponse";
const _LMT = "LastModifiedTime";
const _LMTa = "LastMessageTimestamp";
const _LMU = "LastModifiedUser";
const _LN = "LastName";
const _LNR = "ListNotificationsRequest";
const _LNRi = "ListNotificationsResponse";
const _LNi = "ListNotifications";
const _LO = "LevelOne";
const _LP = "ListPrompts";
const _LPA = "ListPredefinedAttributes";
const _LPAR = "ListPredefinedAttributesRequest";
const _LPARi = "ListPredefinedAttributesResponse";
const _LPN = "ListPhoneNumbers";
const _LPNR = "ListPhoneNumbersRequest";
const _LPNRi = "ListPhoneNumbersResponse";
const _LPNS = "ListPhoneNumbersSummary";
const _LPNSL = "ListPhoneNumbersSummaryList";
const _LPNV = "ListPhoneNumbersV2";
const _LPNVR = "ListPhoneNumbersV2Request";
const _LPNVRi = "ListPhoneNumbersV2Response";
const _LPR = "ListPromptsRequest";
const _LPRi = "ListPromptsResponse";
const _LPT = "LastPausedTimestamp";
const _LQ = "ListQueues";
const _LQC = "ListQuickConnects";
const _LQCR = "ListQuickConnectsRequest";
const _LQCRi = "ListQuickConnectsResponse";
const _LQEA = "ListQueueEmailAddresses";
const _LQEAR = "ListQueueEmailAddressesRequest";
const _LQEARi = "ListQueueEmailAddressesResponse";
const _LQQC = "ListQueueQuickConnects";
const _LQQCR = "ListQueueQuickConnectsRequest";
const _LQQCRi = "ListQueueQuickConnectsResponse";
const _LQR = "ListQueuesRequest";
const _LQRi = "ListQueuesResponse";
const _LR = "LexRegion";
const _LRCASV = "ListRealtimeContactAnalysisSegmentsV2";
const _LRCASVR = "ListRealtimeContactAnalysisSegmentsV2Request";
const _LRCASVRi = "ListRealtimeContactAnalysisSegmentsV2Response";
const _LRP = "ListRoutingProfiles";
const _LRPMAQ = "ListRoutingProfileManualAssignmentQueues";
const _LRPMAQR = "ListRoutingProfileManualAssignmentQueuesRequest";
const _LRPMAQRi = "ListRoutingProfileManualAssignmentQueuesResponse";
const _LRPQ = "ListRoutingProfileQueues";
const _LRPQR = "ListRoutingProfileQueuesRequest";
const _LRPQRi = "ListRoutingProfileQueuesResponse";
const _LRPR = "ListRoutingProfilesRequest";
const _LRPRi = "ListRoutingProfilesResponse";
const _LRR = "ListRulesRequest";
const _LRRi = "ListRulesResponse";
const _LRT = "LastResumedTimestamp";
const _LRi = "ListRules";
const _LSK = "ListSecurityKeys";
const _LSKR = "ListSecurityKeysRequest";
const _LSKRi = "ListSecurityKeysResponse";
const _LSP = "ListSecurityProfiles";
const _LSPA = "ListSecurityProfileApplications";
const _LSPAIA = "ListSecurityProfileAIAgents";
const _LSPAIAR = "ListSecurityProfileAIAgentsRequest";
const _LSPAIARi = "ListSecurityProfileAIAgentsResponse";
const _LSPAR = "ListSecurityProfileApplicationsRequest";
const _LSPARi = "ListSecurityProfileApplicationsResponse";
const _LSPFM = "ListSecurityProfileFlowModules";
const _LSPFMR = "ListSecurityProfileFlowModulesRequest";
const _LSPFMRi = "ListSecurityProfileFlowModulesResponse";
const _LSPP = "ListSecurityProfilePermissions";
const _LSPPR = "ListSecurityProfilePermissionsRequest";
const _LSPPRi = "ListSecurityProfilePermissionsResponse";
const _LSPR = "ListSecurityProfilesRequest";
const _LSPRi = "ListSecurityProfilesResponse";
const _LT = "LevelTwo";
const _LTC = "ListTestCases";
const _LTCE = "ListTestCaseExecutions";
const _LTCER = "ListTestCaseExecutionsRequest";
const _LTCERR = "ListTestCaseExecutionRecordsRequest";
const _LTCERRi = "ListTestCaseExecutionRecordsResponse";
const _LTCERi = "ListTestCaseExecutionsResponse";
const _LTCERis = "ListTestCaseExecutionRecords";
const _LTCR = "ListTestCasesRequest";
const _LTCRi = "ListTestCasesResponse";
const _LTDG = "ListTrafficDistributionGroups";
const _LTDGR = "ListTrafficDistributionGroupsRequest";
const _LTDGRi = "ListTrafficDistributionGroupsResponse";
const _LTDGU = "ListTrafficDistributionGroupUsers";
const _LTDGUR = "ListTrafficDistributionGroupUsersRequest";
const _LTDGURi = "ListTrafficDistributionGroupUsersResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTT = "ListTaskTemplates";
const _LTTR = "ListTaskTemplatesRequest";
const _LTTRi = "ListTaskTemplatesResponse";
const _LTe = "LevelThree";
const _LU = "ListUsers";
const _LUB = "LastUpdatedBy";
const _LUC = "ListUseCases";
const _LUCR = "ListUseCasesRequest";
const _LUCRi = "ListUseCasesResponse";
const _LUHG = "ListUserHierarchyGroups";
const _LUHGR = "ListUserHierarchyGroupsRequest";
const _LUHGRi = "ListUserHierarchyGroupsResponse";
const _LUN = "ListUserNotifications";
const _LUNR = "ListUserNotificationsRequest";
const _LUNRi = "ListUserNotificationsResponse";
const _LUP = "ListUserProficiencies";
const _LUPR = "ListUserProficienciesRequest";
const _LUPRi = "ListUserProficienciesResponse";
const _LUR = "ListUsersRequest";
const _LURi = "ListUsersResponse";
const _LUT = "LastUpdateTimestamp";
const _LUTa = "LastUpdatedTime";
const _LV = "LockVersion";
const _LVB = "LexV2Bot";
const _LVR = "ListViewsRequest";
const _LVRi = "ListViewsResponse";
const _LVS = "LatestValidationStatus";
const _LVT = "LastValidationTime";
const _LVV = "ListViewVersions";
const _LVVR = "ListViewVersionsRequest";
const _LVVRi = "ListViewVersionsResponse";
const _LVa = "LatestVersion";
const _LVe = "LexVersion";
const _LVi = "ListViews";
const _LW = "ListWorkspaces";
const _LWM = "ListWorkspaceMedia";
const _LWMR = "ListWorkspaceMediaRequest";
const _LWMRi = "ListWorkspaceMediaResponse";
const _LWP = "ListWorkspacePages";
const _LWPR = "ListWorkspacePagesRequest";
const _LWPRi = "ListWorkspacePagesResponse";
const _LWR = "ListWorkspacesRequest";
const _LWRi = "ListWorkspacesResponse";
const _La = "Label";
const _Le = "Level1";
const _Lev = "Level2";
const _Leve = "Level3";
const _Level = "Level4";
const _Level_ = "Level5";
const _Level__ = "Level";
const _Li = "Light";
const _Lo = "Location";
const _Log = "Logo";
const _M = "Message";
const _MA = "MetricArn";
const _MAQC = "ManualAssignmentQueueConfigs";
const _MAQR = "ManualAssignmentQueueReferences";
const _MBP = "MaxBasePoint";
const _MC = "MatchCriteria";
const _MCR = "MonitorContactRequest";
const _MCRo = "MonitorContactResponse";
const _MCa = "MaxContacts";
const _MCe = "MetricCalculation";
const _MCed = "MediaConcurrencies";
const _MCedi = "MediaConcurrency";
const _MCet = "MetricConfiguration";
const _MCo = "MonitorContact";
const _MD = "MetricDefinition";
const _MDCV = "MetricDataCollectionsV2";
const _MDV = "MetricDataV2";
const _MDa = "MatchedDetails";
const _MF = "MetricFilters";
const _MFBC = "MetricFilterBooleanCondition";
const _MFC = "MeetingFeaturesConfiguration";
const _MFK = "MetricFilterKey";
const _MFL = "MetricFilterList";
const _MFNC = "MetricFilterNumberCondition";
const _MFSC = "MetricFilterStringCondition";
const _MFV = "MetricFilterV2";
const _MFVL = "MetricFiltersV2List";
const _MFVe = "MetricFilterValues";
const _MFe = "MeetingFeatures";
const _MFet = "MetricFilter";
const _MI = "MetricId";
const _MIe = "MediaItem";
const _MIee = "MeetingId";
const _MIet = "MetricInterval";
const _ML = "MinLength";
const _MLIC = "MessageLengthInChars";
const _MLa = "MaxLength";
const _MLe = "MediaList";
const _MM = "MaskMode";
const _MN = "MetricName";
const _MO = "MillisecondOffsets";
const _MOu = "MultipleOf";
const _MP = "MultiParty";
const _MPL = "MinProficiencyLevel";
const _MPLa = "MaxProficiencyLevel";
const _MPV = "MaxPointValue";
const _MPVi = "MinPointValue";
const _MPe = "MediaPlacement";
const _MR = "MaxResults";
const _MRC = "MatchedRuleCategories";
const _MRRE = "MaximumResultReturnedException";
const _MRTIM = "MaxResponseTimeInMillis";
const _MRV = "MetricResultV2";
const _MRVe = "MetricResultsV2";
const _MRe = "MetricResults";
const _MRed = "MediaRegion";
const _MS = "MediaSource";
const _MSBC = "MaxSlotsByChannel";
const _MSC = "MetricSearchCriteria";
const _MSCL = "MetricSearchConditionList";
const _MSD = "MaxSessionDuration";
const _MSDM = "MaxSessionDurationMinutes";
const _MSF = "MetricSearchFilter";
const _MSL = "MetricSummaryList";
const _MSLIB = "MaximumSizeLimitInBytes";
const _MSP = "MinScorePercentage";
const _MSPa = "MaxScorePercentage";
const _MSQRCA = "MultiSelectQuestionRuleCategoryAutomation";
const _MSSL = "MetricSearchSummaryList";
const _MST = "MessageSourceType";
const _MSTe = "MediaStreamType";
const _MSe = "MetricSummary";
const _MSes = "MessagesSent";
const _MSu = "MultiSelect";
const _MT = "MediaType";
const _MTI = "MessageTemplateId";
const _MTa = "MatchType";
const _MTe = "MetricType";
const _MTo = "ModifiedTimestamp";
const _MV = "MinValue";
const _MVa = "MaxValue";
const _MVax = "MaxValues";
const _MVe = "MetricV2";
const _MVet = "MetricsV2";
const _MVi = "MinValues";
const _Ma = "Maximum";
const _Me = "Meeting";
const _Med = "Media";
const _Met = "Metric";
const _Meta = "Metadata";
const _Metr = "Metrics";
const _Mi = "Minutes";
const _Min = "Minimum";
const _Mo = "Mode";
const _Mob = "Mobile";
const _N = "Name";
const _NA = "NotificationArn";
const _NAC = "NotAttributeCondition";
const _NAE = "NotApplicableEnabled";
const _NAo = "NotApplicable";
const _NC = "NumberCondition";
const _NCC = "NewChatCreated";
const _NCE = "NextContactEntry";
const _NCM = "NextContactMetadata";
const _NCa = "NameCriteria";
const _NCe = "NextContacts";
const _NFB = "NotFoundBehavior";
const _NI = "NotificationId";
const _NOAMAQ = "NumberOfAssociatedManualAssignmentQueues";
const _NOAQ = "NumberOfAssociatedQueues";
const _NOAU = "NumberOfAssociatedUsers";
const _NP = "NewPage";
const _NPV = "NewPrimaryValues";
const _NQPVA = "NumericQuestionPropertyValueAutomation";
const _NR = "NumberReference";
const _NRT = "NotificationRecipientType";
const _NRu = "NumResponses";
const _NS = "NextStatus";
const _NSC = "NotificationSearchCriteria";
const _NSCL = "NotificationSearchConditionList";
const _NSD = "NewSessionDetails";
const _NSF = "NotificationSearchFilter";
const _NSL = "NotificationSummaryList";
const _NSS = "NotificationSearchSummary";
const _NSSL = "NotificationSearchSummaryList";
const _NSW = "NameStartsWith";
const _NSo = "NotificationStatus";
const _NT = "NextToken";
const _NV = "NumericValue";
const _Na = "Namespace";
const _Nav = "Navigation";
const _Ne = "Negate";
const _No = "Notification";
const _Not = "Notes";
const _Noti = "Notifications";
const _Nu = "Number";
const _Num = "Numeric";
const _O = "Origin";
const _OAR = "OutboundAdditionalRecipients";
const _OC = "OrConditions";
const _OCC = "OutboundCallerConfig";
const _OCE = "OutboundCallsEnabled";
const _OCIN = "OutboundCallerIdName";
const _OCINI = "OutboundCallerIdNumberId";
const _OCNPE = "OutboundContactNotPermittedException";
const _OE = "OrExpression";
const _OEAI = "OutboundEmailAddressId";
const _OEC = "OutboundEmailConfig";
const _OECu = "OutboundEmailContent";
const _OF = "ObservationsFailed";
const _OFI = "OutboundFlowId";
const _OH = "OperationalHours";
const _OHp = "OperationalHour";
const _OHv = "OverrideHours";
const _OHve = "OverrideHour";
const _OI = "ObservationId";
const _ON = "OverrideName";
const _OP = "ObservationsPassed";
const _OR = "OriginRegion";
const _ORI = "OptionRefIds";
const _ORIp = "OptionRefId";
const _ORIr = "OrganizationResourceId";
const _ORIu = "OutboundRequestId";
const _ORM = "OutboundRawMessage";
const _OS = "OutboundSubject";
const _OSC = "OutboundStrategyConfig";
const _OSb = "ObservationSummary";
const _OSp = "OperatingSystem";
const _OSpe = "OperationalStatus";
const _OSu = "OutboundStrategy";
const _OT = "OverrideType";
const _OTNFE = "OutputTypeNotFoundException";
const _OTS = "OverrideTimeSlice";
const _OTu = "OutputType";
const _Op = "Operands";
const _Ope = "Operator";
const _Opt = "Options";
const _Or = "Origins";
const _Ord = "Order";
const _P = "Problems";
const _PA = "PredefinedAttribute";
const _PAA = "PinpointAppArn";
const _PAACC = "PrimaryAttributeAccessControlConfiguration";
const _PAACCI = "PrimaryAttributeAccessControlConfigurationItem";
const _PAC = "PredefinedAttributeConfiguration";
const _PARN = "PromptARN";
const _PAS = "PredefinedAttributeSummary";
const _PASC = "PredefinedAttributeSearchCriteria";
const _PASCL = "PredefinedAttributeSearchConditionList";
const _PASL = "PredefinedAttributeSummaryList";
const _PASSL = "PredefinedAttributeSearchSummaryList";
const _PATC = "PostAcceptTimeoutConfig";
const _PAV = "PrimaryAttributeValues";
const _PAVF = "PrimaryAttributeValueFilter";
const _PAVFr = "PrimaryAttributeValueFilters";
const _PAVS = "PrimaryAttributeValuesSet";
const _PAVr = "PrimaryAttributeValue";
const _PAVre = "PredefinedAttributeValues";
const _PAr = "PredefinedAttributes";
const _PAro = "ProcessorArn";
const _PB = "PageBackground";
const _PC = "ParticipantCredentials";
const _PCC = "PersistentConnectionConfigs";
const _PCCe = "PersistentConnectionConfig";
const _PCI = "PreviousContactId";
const _PCR = "PauseContactRequest";
const _PCRa = "PauseContactResponse";
const _PCS = "PostContactSummary";
const _PCa = "PaletteCanvas";
const _PCar = "ParticipantCapabilities";
const _PCart = "ParticipantConfiguration";
const _PCau = "PauseContact";
const _PCe = "PerformanceCategory";
const _PCer = "PersistentChat";
const _PCers = "PersistentConnection";
const _PCh = "PhoneConfig";
const _PCo = "PointsConfiguration";
const _PD = "ParticipantDetails";
const _PDI = "PotentialDisconnectIssue";
const _PDTA = "ParticipantDetailsToAdd";
const _PDr = "ProblemDetail";
const _PEF = "PreEvaluationFilters";
const _PEFL = "PreEvaluationFilterList";
const _PEFr = "PreEvaluationFilter";
const _PES = "PrimaryEventSource";
const _PESETT = "PrimaryEventSourceEffectiveTimestampType";
const _PET = "PreviewEndTimestamp";
const _PGI = "ParentGroupId";
const _PH = "PromptHint";
const _PHOO = "ParentHoursOfOperations";
const _PHOOC = "ParentHoursOfOperationConfigs";
const _PHOOCL = "ParentHoursOfOperationConfigList";
const _PHOOCa = "ParentHoursOfOperationConfig";
const _PHOOI = "ParentHoursOfOperationIds";
const _PHOOL = "ParentHoursOfOperationsList";
const _PHa = "PaletteHeader";
const _PI = "ParticipantId";
const _PIr = "PromptId";
const _PIro = "ProfileId";
const _PL = "PropertyList";
const _PLr = "ProficiencyLevel";
const _PLro = "PromptList";
const _PM = "ParticipantMetrics";
const _PN = "PhoneNumber";
const _PNA = "PhoneNumberArn";
const _PNC = "PhoneNumberConfigs";
const _PNCC = "PhoneNumberCountryCode";
const _PNCCh = "PhoneNumberCountryCodes";
const _PNCh = "PhoneNumberConfig";
const _PND = "PhoneNumberDescription";
const _PNI = "PhoneNumberId";
const _PNIr = "PredefinedNotificationId";
const _PNP = "PhoneNumberPrefix";
const _PNQCC = "PhoneNumberQuickConnectConfig";
const _PNS = "PhoneNumberStatus";
const _PNSL = "PhoneNumberSummaryList";
const _PNSh = "PhoneNumberSummary";
const _PNT = "PhoneNumberType";
const _PNTh = "PhoneNumberTypes";
const _PNa = "PaletteNavigation";
const _PNl = "PlatformName";
const _POI = "PointsOfInterest";
const _PP = "PalettePrimary";
const _PPU = "PromptPresignedUrl";
const _PPr = "PropertyPath";
const _PQI = "PotentialQualityIssues";
const _PR = "ParticipantRole";
const _PS = "PublishStatus";
const _PSC = "PromptSearchCriteria";
const _PSCL = "PromptSearchConditionList";
const _PSD = "PeriodicSessionDuration";
const _PSF = "PromptSearchFilter";
const _PSL = "PromptSummaryList";
const _PSr = "PromptSummary";
const _PT = "ParticipantType";
const _PTA = "ParticipantTimerAction";
const _PTC = "ParticipantTimerConfiguration";
const _PTCL = "ParticipantTimerConfigList";
const _PTCa = "ParticipantTokenCredentials";
const _PTDIM = "ParticipantTimerDurationInMinutes";
const _PTI = "PositiveTrendIndicator";
const _PTV = "ParticipantTimerValue";
const _PTa = "ParticipantToken";
const _PTh = "PhoneType";
const _PUS = "PutUserStatus";
const _PUSR = "PutUserStatusRequest";
const _PUSRu = "PutUserStatusResponse";
const _PV = "PrimaryValues";
const _PVE = "PropertyValidationException";
const _PVEP = "PropertyValidationExceptionProperty";
const _PVEPL = "PropertyValidationExceptionPropertyList";
const _PVL = "PrimaryValuesList";
const _PVR = "PrimaryValueResponse";
const _PVRS = "PrimaryValuesResponseSet";
const _PVS = "PrimaryValuesSet";
const _PVl = "PlatformVersion";
const _PVo = "PointValue";
const _PVr = "PrimaryValue";
const _PVro = "PropertyValue";
const _Pa = "Password";
const _Pag = "Page";
const _Pal = "Palette";
const _Pe = "Permissions";
const _Per = "Percentage";
const _Po = "Policy";
const _Pr = "Preview";
const _Pre = "Prefix";
const _Pri = "Primary";
const _Prio = "Priority";
const _Pro = "Prompt";
const _Prom = "Prompts";
const _Prop = "Property";
const _Pu = "Purposes";
const _Q = "Queue";
const _QA = "QueueArn";
const _QC = "QueueConfigs";
const _QCARN = "QuickConnectARN";
const _QCC = "QuickConnectConfig";
const _QCCD = "QuickConnectContactData";
const _QCI = "QuickConnectIds";
const _QCIu = "QuickConnectId";
const _QCN = "QuickConnectName";
const _QCS = "QuickConnectSummary";
const _QCSC = "QuickConnectSearchCriteria";
const _QCSCL = "QuickConnectSearchConditionList";
const _QCSF = "QuickConnectSearchFilter";
const _QCSL = "QuickConnectSummaryList";
const _QCSSL = "QuickConnectSearchSummaryList";
const _QCT = "QuickConnectTypes";
const _QCTu = "QuickConnectType";
const _QCu = "QuickConnect";
const _QCue = "QueueConfig";
const _QCui = "QuickConnects";
const _QI = "QueueId";
const _QII = "QueueInfoInput";
const _QIu = "QueueInfo";
const _QIue = "QueueIds";
const _QM = "QualityMetrics";
const _QN = "QueueName";
const _QOPC = "QuestionOptionPointsConfiguration";
const _QP = "QueuePriority";
const _QPC = "QuestionPointsConfiguration";
const _QQCC = "QueueQuickConnectConfig";
const _QR = "QueueReferences";
const _QRu = "QueueReference";
const _QS = "QualityScore";
const _QSC = "QueueSearchCriteria";
const _QSCL = "QueueSearchConditionList";
const _QSF = "QueueSearchFilter";
const _QSL = "QueueSummaryList";
const _QSSL = "QueueSearchSummaryList";
const _QSu = "QueueSummary";
const _QT = "QuestionType";
const _QTAS = "QueueTimeAdjustmentSeconds";
const _QTC = "QueueTypeCondition";
const _QTP = "QuestionTypeProperties";
const _QTu = "QueueTypes";
const _QTue = "QueueType";
const _Qu = "Queues";
const _Que = "Question";
const _R = "Reason";
const _RA = "ResourceArns";
const _RAAC = "RuleAttributeAndCondition";
const _RAF = "RuleAttributeFilter";
const _RAOCL = "RuleAttributeOrConditionList";
const _RAe = "ResourceArn";
const _RAep = "ReplicaAlias";
const _RAu = "RuleArn";
const _RAul = "RuleAction";
const _RAule = "RuleActions";
const _RB = "RequestedBy";
const _RC = "RedactionConfiguration";
const _RCAS = "RealtimeContactAnalysisSegments";
const _RCASe = "RealtimeContactAnalysisSegment";
const _RCE = "ResourceConflictException";
const _RCI = "RelatedContactId";
const _RCIS = "RoutingCriteriaInputStep";
const _RCISE = "RoutingCriteriaInputStepExpiry";
const _RCISo = "RoutingCriteriaInputSteps";
const _RCIo = "RoutingCriteriaInput";
const _RCR = "ResumeContactRequest";
const _RCRR = "ResumeContactRecordingRequest";
const _RCRRe = "ResumeContactRecordingResponse";
const _RCRe = "ResumeContactResponse";
const _RCRes = "ResumeContactRecording";
const _RCT = "RuleCapabilityTiers";
const _RCe = "RecommenderConfig";
const _RCec = "RecurrenceConfig";
const _RCep = "ReplicationConfiguration";
const _RCes = "ResumeContact";
const _RCev = "ReviewConfiguration";
const _RCo = "RoutingCriteria";
const _RCu = "RulesConfiguration";
const _RCul = "RuleCategory";
const _RED = "RulesExtractionDefinitions";
const _REDI = "RulesExtractionDefinitionIdentifier";
const _REDIL = "RulesExtractionDefinitionIdentifierList";
const _RF = "RequiredFields";
const _RFI = "RequiredFieldInfo";
const _RI = "ResourceId";
const _RIR = "ReplicateInstanceRequest";
const _RIRe = "ReplicateInstanceResponse";
const _RIUE = "ResourceInUseException";
const _RIe = "RecordId";
const _RIec = "RecordIds";
const _RIeci = "RecipientId";
const _RIeco = "RecordingInfo";
const _RIef = "RefId";
const _RIeg = "RegistrationId";
const _RIep = "ReplicateInstance";
const _RIeq = "RequestIdentifier";
const _RIes = "ResourceIds";
const _RIev = "ReviewId";
const _RIu = "RuleId";
const _RM = "RawMessage";
const _RMe = "ResponseMode";
const _RN = "RecommenderName";
const _RNFE = "ResourceNotFoundException";
const _RNR = "ReviewNotificationRecipients";
const _RNRE = "ResourceNotReadyException";
const _RNe = "ResourceName";
const _ROF = "ReadOnlyFields";
const _ROFI = "ReadOnlyFieldInfo";
const _RON = "ResetOrderNumber";
const _ROTTF = "ReadOnlyTaskTemplateFields";
const _RP = "RoutingProfile";
const _RPA = "RoutingProfileArn";
const _RPH = "RetentionPeriodHours";
const _RPI = "RoutingProfileId";
const _RPL = "RoutingProfileList";
const _RPMAQC = "RoutingProfileManualAssignmentQueueConfig";
const _RPMAQCL = "RoutingProfileManualAssignmentQueueConfigList";
const _RPMAQCS = "RoutingProfileManualAssignmentQueueConfigSummary";
const _RPMAQCSL = "RoutingProfileManualAssignmentQueueConfigSummaryList";
const _RPN = "ReleasePhoneNumber";
const _RPNR = "ReleasePhoneNumberRequest";
const _RPQC = "RoutingProfileQueueConfig";
const _RPQCL = "RoutingProfileQueueConfigList";
const _RPQCS = "RoutingProfileQueueConfigSummary";
const _RPQCSL = "RoutingProfileQueueConfigSummaryList";
const _RPQR = "RoutingProfileQueueReference";
const _RPQRL = "RoutingProfileQueueReferenceList";
const _RPR = "RoutingProfileReference";
const _RPS = "RoutingProfileSummary";
const _RPSC = "RoutingProfileSearchCriteria";
const _RPSCL = "RoutingProfileSearchConditionList";
const _RPSF = "RoutingProfileSearchFilter";
const _RPSL = "RoutingProfileSummaryList";
const _RPV = "RecordPrimaryValue";
const _RPe = "RecurrencePattern";
const _RPo = "RoutingProfiles";
const _RR = "RefreshRate";
const _RRC = "ReviewRequestComments";
const _RRe = "ReplicaRegion";
const _RS = "ReplicationStatus";
const _RSA = "ResourceShareArn";
const _RSC = "RulesSearchCriteria";
const _RSCL = "RulesSearchConditionList";
const _RSE = "RoutingStepExpression";
const _RSEo = "RoutingStepExpressions";
const _RSF = "RulesSearchFilter";
const _RSI = "ResourceShareId";
const _RSL = "ReferenceSummaryList";
const _RSLu = "RuleSummaryList";
const _RSR = "ReplicationStatusReason";
const _RSS = "ResourceShareStatus";
const _RSSL = "ReplicationStatusSummaryList";
const _RSSLu = "RuleSearchSummaryList";
const _RSSe = "ReplicationStatusSummary";
const _RSSu = "RuleSearchSummary";
const _RST = "RingStartTimestamp";
const _RSe = "ReferenceSummary";
const _RSu = "RuleSummary";
const _RT = "ResourceType";
const _RTCAA = "RealTimeContactAnalysisAttachment";
const _RTCAAe = "RealTimeContactAnalysisAttachments";
const _RTCACD = "RealTimeContactAnalysisCategoryDetails";
const _RTCACI = "RealTimeContactAnalysisCharacterInterval";
const _RTCACIe = "RealTimeContactAnalysisCharacterIntervals";
const _RTCAEIV = "RealTimeContactAnalysisExtractedInformationValue";
const _RTCAEIVe = "RealTimeContactAnalysisExtractedInformationValues";
const _RTCAID = "RealTimeContactAnalysisIssueDetected";
const _RTCAIDe = "RealTimeContactAnalysisIssuesDetected";
const _RTCAMD = "RealTimeContactAnalysisMatchedDetails";
const _RTCAPOI = "RealTimeContactAnalysisPointOfInterest";
const _RTCAPOIe = "RealTimeContactAnalysisPointsOfInterest";
const _RTCASA = "RealTimeContactAnalysisSegmentAttachments";
const _RTCASC = "RealTimeContactAnalysisSegmentCategories";
const _RTCASE = "RealTimeContactAnalysisSegmentEvent";
const _RTCASEI = "RealTimeContactAnalysisSegmentExtractedInformation";
const _RTCASI = "RealTimeContactAnalysisSegmentIssues";
const _RTCASPCS = "RealTimeContactAnalysisSegmentPostContactSummary";
const _RTCAST = "RealTimeContactAnalysisSegmentTranscript";
const _RTCATD = "RealTimeContactAnalysisTimeData";
const _RTCATIR = "RealTimeContactAnalysisTranscriptItemRedaction";
const _RTCATIWC = "RealTimeContactAnalysisTranscriptItemWithContent";
const _RTCATIWCO = "RealTimeContactAnalysisTranscriptItemWithCharacterOffsets";
const _RTCATIWCOe = "RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets";
const _RTCATIWCe = "RealTimeContactAnalysisTranscriptItemsWithContent";
const _RTE = "RefreshTokenExpiration";
const _RTES = "RuleTriggerEventSource";
const _RTIS = "RingTimeoutInSeconds";
const _RTSC = "ResourceTagsSearchCriteria";
const _RTTF = "RequiredTaskTemplateFields";
const _RTe = "RehydrationType";
const _RTef = "RefreshToken";
const _RTefe = "ReferenceTypes";
const _RTeq = "RequestedTime";
const _RTes = "ResourceTypes";
const _Ra = "Range";
const _Re = "Recordings";
const _Rec = "Recipients";
const _Reci = "Recipient";
const _Reco = "Record";
const _Red = "Redaction";
const _Ref = "References";
const _Refe = "Reference";
const _Reg = "Region";
const _Res = "Results";
const _Rev = "Review";
const _Ru = "Rule";
const _Rul = "Rules";
const _S = "State";
const _SA = "StatusArn";
const _SAC = "StartAssistantContact";
const _SACR = "StartAssistantContactRequest";
const _SACRt = "StartAssistantContactResponse";
const _SACS = "SearchableAgentCriteriaStep";
const _SAEA = "SubmitAutoEvaluationAction";
const _SAEAD = "SubmitAutoEvaluationActionDefinition";
const _SAF = "ScoreAutomaticFail";
const _SAFI = "SelfAssignFlowId";
const _SAFU = "StartAttachedFileUpload";
const _SAFUR = "StartAttachedFileUploadRequest";
const _SAFURt = "StartAttachedFileUploadResponse";
const _SAN = "SourceApplicationName";
const _SAPN = "SearchAvailablePhoneNumbers";
const _SAPNR = "SearchAvailablePhoneNumbersRequest";
const _SAPNRe = "SearchAvailablePhoneNumbersResponse";
const _SAS = "SearchAgentStatuses";
const _SASR = "SearchAgentStatusesRequest";
const _SASRe = "SearchAgentStatusesResponse";
const _SAT = "SlaAssignmentType";
const _SAU = "SourceApplicationUrl";
const _SAV = "SegmentAttributeValue";
const _SAVL = "SegmentAttributeValueList";
const _SAVM = "SegmentAttributeValueMap";
const _SAe = "SegmentAttributes";
const _SAes = "SessionArn";
const _SAt = "StreamArn";
const _SAu = "SuggestedAnswers";
const _SB = "SubmittedBy";
const _SBAS = "SuccessfulBatchAssociationSummary";
const _SBASL = "SuccessfulBatchAssociationSummaryList";
const _SBM = "SortByMetric";
const _SC = "StringCondition";
const _SCA = "SearchableContactAttributes";
const _SCAC = "SearchableContactAttributesCriteria";
const _SCACL = "SearchableContactAttributesCriteriaList";
const _SCAK = "SearchableContactAttributeKey";
const _SCATR = "SearchContactsAdditionalTimeRange";
const _SCATRC = "SearchContactsAdditionalTimeRangeCriteria";
const _SCATRCL = "SearchContactsAdditionalTimeRangeCriteriaList";
const _SCAV = "SearchableContactAttributeValue";
const _SCAVL = "SearchableContactAttributeValueList";
const _SCC = "SupportsCustomCalculation";
const _SCCAJ = "StartContactConversationalAnalyticsJob";
const _SCCAJR = "StartContactConversationalAnalyticsJobRequest";
const _SCCAJRt = "StartContactConversationalAnalyticsJobResponse";
const _SCCR = "StartChatContactRequest";
const _SCCRt = "StartChatContactResponse";
const _SCCt = "StartChatContact";
const _SCE = "SearchContactEvaluations";
const _SCER = "SearchContactEvaluationsRequest";
const _SCERe = "SearchContactEvaluationsResponse";
const _SCERt = "StartContactEvaluationRequest";
const _SCERta = "StartContactEvaluationResponse";
const _SCERu = "SubmitContactEvaluationRequest";
const _SCERub = "SubmitContactEvaluationResponse";
const _SCEt = "StartContactEvaluation";
const _SCEu = "SubmitContactEvaluation";
const _SCF = "SearchContactFlows";
const _SCFM = "SearchContactFlowModules";
const _SCFMR = "SearchContactFlowModulesRequest";
const _SCFMRe = "SearchContactFlowModulesResponse";
const _SCFR = "SearchContactFlowsRequest";
const _SCFRe = "SearchContactFlowsResponse";
const _SCI = "SourceContactId";
const _SCIE = "SendChatIntegrationEvent";
const _SCIER = "SendChatIntegrationEventRequest";
const _SCIERe = "SendChatIntegrationEventResponse";
const _SCMP = "StartContactMediaProcessing";
const _SCMPR = "StartContactMediaProcessingRequest";
const _SCMPRt = "StartContactMediaProcessingResponse";
const _SCMPRto = "StopContactMediaProcessingRequest";
const _SCMPRtop = "StopContactMediaProcessingResponse";
const _SCMPt = "StopContactMediaProcessing";
const _SCR = "SearchContactsRequest";
const _SCRR = "StartContactRecordingRequest";
const _SCRRt = "StartContactRecordingResponse";
const _SCRRto = "StopContactRecordingRequest";
const _SCRRtop = "StopContactRecordingResponse";
const _SCRRu = "SuspendContactRecordingRequest";
const _SCRRus = "SuspendContactRecordingResponse";
const _SCRe = "SearchContactsResponse";
const _SCRt = "StopContactRequest";
const _SCRta = "StartContactRecording";
const _SCRto = "StopContactResponse";
const _SCRtop = "StopContactRecording";
const _SCRu = "SuspendContactRecording";
const _SCS = "StartContactStreaming";
const _SCSR = "StartContactStreamingRequest";
const _SCSRt = "StartContactStreamingResponse";
const _SCSRto = "StopContactStreamingRequest";
const _SCSRtop = "StopContactStreamingResponse";
const _SCSt = "StopContactStreaming";
const _SCTC = "SearchContactsTimestampCondition";
const _SCTR = "SearchContactsTimeRange";
const _SCc = "ScoringConfiguration";
const _SCe = "SentimentConfiguration";
const _SCea = "SearchCriteria";
const _SCear = "SearchContacts";
const _SCo = "SortCriteria";
const _SCon = "S3Config";
const _SCou = "SourceCampaign";
const _SCt = "StorageConfig";
const _SCta = "StateCondition";
const _SCtat = "StatusCondition";
const _SCto = "StorageConfigs";
const _SCtop = "StopContact";
const _SCtr = "StreamingConfiguration";
const _SCu = "SummaryConfiguration";
const _SDT = "SearchDataTables";
const _SDTR = "SearchDataTablesRequest";
const _SDTRe = "SearchDataTablesResponse";
const _SE = "SystemEndpoint";
const _SEA = "StreamingEndpointArn";
const _SEAR = "SearchEmailAddressesRequest";
const _SEARe = "SearchEmailAddressesResponse";
const _SEAe = "SearchEmailAddresses";
const _SEC = "StartEmailContact";
const _SECR = "StartEmailContactRequest";
const _SECRt = "StartEmailContactResponse";
const _SEF = "SearchEvaluationForms";
const _SEFR = "SearchEvaluationFormsRequest";
const _SEFRe = "SearchEvaluationFormsResponse";
const _SEFV = "StartEvaluationFormValidation";
const _SEFVR = "StartEvaluationFormValidationRequest";
const _SEFVRt = "StartEvaluationFormValidationResponse";
const _SET = "StateEndTimestamp";
const _SEe = "SecondaryEmail";
const _SEo = "SourceEndpoint";
const _SF = "SearchFilter";
const _SFVUL = "SlaFieldValueUnionList";
const _SHOO = "SearchHoursOfOperations";
const _SHOOO = "SearchHoursOfOperationOverrides";
const _SHOOOR = "SearchHoursOfOperationOverridesRequest";
const _SHOOORe = "SearchHoursOfOperationOverridesResponse";
const _SHOOR = "SearchHoursOfOperationsRequest";
const _SHOORe = "SearchHoursOfOperationsResponse";
const _SI = "SessionId";
const _SIC = "SignInConfig";
const _SID = "SessionInactivityDuration";
const _SIDL = "SignInDistributionList";
const _SIDM = "SessionInactivityDurationMinutes";
const _SIDi = "SignInDistribution";
const _SIHE = "SessionInactivityHandlingEnabled";
const _SIU = "SignInUrl";
const _SIo = "SourceId";
const _SIt = "StreamingId";
const _SJI = "SamplingJobId";
const _SK = "SecurityKeys";
const _SKL = "SecurityKeysList";
const _SKe = "SecurityKey";
const _SL = "SuccessfulList";
const _SLt = "StringList";
const _SM = "SummaryModes";
const _SMCT = "SupportedMessagingContentTypes";
const _SMR = "SearchMetricsRequest";
const _SMRe = "SearchMetricsResponse";
const _SMe = "SearchMetrics";
const _SN = "StatusName";
const _SNA = "ScoreNotApplicable";
const _SNAD = "SendNotificationActionDefinition";
const _SNAe = "SendNotificationAction";
const _SNR = "SearchNotificationsRequest";
const _SNRe = "SearchNotificationsResponse";
const _SNe = "SearchNotifications";
const _SO = "SortOrder";
const _SOCC = "StartOutboundChatContact";
const _SOCCR = "StartOutboundChatContactRequest";
const _SOCCRt = "StartOutboundChatContactResponse";
const _SOE = "SendOutboundEmail";
const _SOEC = "StartOutboundEmailContact";
const _SOECR = "StartOutboundEmailContactRequest";
const _SOECRt = "StartOutboundEmailContactResponse";
const _SOER = "SendOutboundEmailRequest";
const _SOERe = "SendOutboundEmailResponse";
const _SOLT = "StartOfLifeTime";
const _SOVC = "StartOutboundVoiceContact";
const _SOVCR = "StartOutboundVoiceContactRequest";
const _SOVCRt = "StartOutboundVoiceContactResponse";
const _SOWN = "SendOutboundWebNotification";
const _SOWNR = "SendOutboundWebNotificationRequest";
const _SOWNRe = "SendOutboundWebNotificationResponse";
const _SP = "SecurityProfiles";
const _SPA = "SecurityProfileArn";
const _SPAR = "SearchPredefinedAttributesRequest";
const _SPARe = "SearchPredefinedAttributesResponse";
const _SPAe = "SearchPredefinedAttributes";
const _SPC = "SupportsPreaggregateCalculation";
const _SPI = "SecurityProfileIds";
const _SPIe = "SecurityProfileId";
const _SPIec = "SecurityProfileItem";
const _SPN = "SensitivePhoneNumber";
const _SPNA = "SourcePhoneNumberArn";
const _SPNe = "SecurityProfileName";
const _SPNo = "SourcePhoneNumber";
const _SPR = "SearchPromptsRequest";
const _SPRe = "SearchPromptsResponse";
const _SPS = "SecurityProfileSummary";
const _SPSC = "SecurityProfileSearchCriteria";
const _SPSCL = "SecurityProfileSearchConditionList";
const _SPSF = "SecurityProfilesSearchFilter";
const _SPSL = "SecurityProfileSummaryList";
const _SPSS = "SecurityProfileSearchSummary";
const _SPSSL = "SecurityProfilesSearchSummaryList";
const _SPc = "ScorePercentage";
const _SPe = "SecurityProfile";
const _SPea = "SearchPrompts";
const _SPec = "SecurityProfiles100";
const _SQ = "SearchQueues";
const _SQC = "SearchQuickConnects";
const _SQCR = "SearchQuickConnectsRequest";
const _SQCRe = "SearchQuickConnectsResponse";
const _SQEE = "ServiceQuotaExceededException";
const _SQEER = "ServiceQuotaExceededExceptionReason";
const _SQR = "SearchQueuesRequest";
const _SQRe = "SearchQueuesResponse";
const _SR = "ServiceRole";
const _SRC = "SearchableRoutingCriteria";
const _SRCS = "SearchableRoutingCriteriaStep";
const _SRCSL = "SearchableRoutingCriteriaStepList";
const _SRL = "SuccessfulRequestList";
const _SRP = "SearchRoutingProfiles";
const _SRPR = "SearchRoutingProfilesRequest";
const _SRPRe = "SearchRoutingProfilesResponse";
const _SRR = "SearchRulesRequest";
const _SRRe = "SearchRulesResponse";
const _SRT = "SearchResourceTags";
const _SRTR = "SearchResourceTagsRequest";
const _SRTRe = "SearchResourceTagsResponse";
const _SRe = "SearchRules";
const _SRo = "SourceRegion";
const _SRt = "StatusReason";
const _SRtr = "StringReference";
const _SRu = "SuccessfulRequest";
const _SS = "ScoringStrategy";
const _SSA = "SearchableSegmentAttributes";
const _SSAC = "SearchableSegmentAttributesCriteria";
const _SSACL = "SearchableSegmentAttributesCriteriaList";
const _SSAK = "SearchableSegmentAttributeKey";
const _SSAV = "SearchableSegmentAttributeValue";
const _SSAVL = "SearchableSegmentAttributeValueList";
const _SSO = "SingleSelectOptions";
const _SSP = "SearchSecurityProfiles";
const _SSPR = "SearchSecurityProfilesRequest";
const _SSPRe = "SearchSecurityProfilesResponse";
const _SSQRCA = "SingleSelectQuestionRuleCategoryAutomation";
const _SSS = "StartScreenSharing";
const _SSSR = "StartScreenSharingRequest";
const _SSSRt = "StartScreenSharingResponse";
const _SST = "StateStartTimestamp";
const _SSTt = "StatusStartTimestamp";
const _SSV = "SystemSuggestedValue";
const _SSc = "ScreenShare";
const _SSi = "SingleSelect";
const _SSu = "SupportedStats";
const _ST = "SearchText";
const _STC = "SearchTestCases";
const _STCE = "StartTestCaseExecution";
const _STCER = "StartTestCaseExecutionRequest";
const _STCERt = "StartTestCaseExecutionResponse";
const _STCERto = "StopTestCaseExecutionRequest";
const _STCERtop = "StopTestCaseExecutionResponse";
const _STCEt = "StopTestCaseExecution";
const _STCR = "SearchTestCasesRequest";
const _STCRe = "SearchTestCasesResponse";
const _STCRt = "StartTaskContactRequest";
const _STCRta = "StartTaskContactResponse";
const _STCt = "StartTaskContact";
const _STL = "SearchTextList";
const _STc = "ScheduledTimestamp";
const _STch = "ScheduledTime";
const _STco = "ScoreThresholds";
const _STe = "SecurityToken";
const _STeg = "SegmentTypes";
const _STo = "SourceType";
const _STt = "StateTransitions";
const _STta = "StartTimestamp";
const _STtar = "StartedTime";
const _STtart = "StartTime";
const _STtat = "StateTransition";
const _STto = "StorageType";
const _STtop = "StopTimestamp";
const _SU = "S3Uri";
const _SUHG = "SearchUserHierarchyGroups";
const _SUHGR = "SearchUserHierarchyGroupsRequest";
const _SUHGRe = "SearchUserHierarchyGroupsResponse";
const _SUR = "SearchUsersRequest";
const _SURe = "SearchUsersResponse";
const _SUe = "SearchUsers";
const _SUi = "SignalingUrl";
const _SUr = "S3Url";
const _SV = "StringValue";
const _SVR = "SearchViewsRequest";
const _SVRe = "SearchViewsResponse";
const _SVRea = "SearchVocabulariesRequest";
const _SVRear = "SearchVocabulariesResponse";
const _SVe = "SearchViews";
const _SVea = "SearchVocabularies";
const _SVn = "SnapshotVersion";
const _SVt = "StringValues";
const _SW = "SearchWorkspaces";
const _SWA = "SearchWorkspaceAssociations";
const _SWAR = "SearchWorkspaceAssociationsRequest";
const _SWARe = "SearchWorkspaceAssociationsResponse";
const _SWR = "SearchWorkspacesRequest";
const _SWRTCC = "StartWebRTCContact";
const _SWRTCCR = "StartWebRTCContactRequest";
const _SWRTCCRt = "StartWebRTCContactResponse";
const _SWRe = "SearchWorkspacesResponse";
const _Sc = "Scope";
const _Sco = "Scores";
const _Scor = "Score";
const _Se = "Settings";
const _Sec = "Section";
const _Seg = "Segments";
const _Sen = "Sentiment";
const _Sev = "Severity";
const _Sl = "Slug";
const _So = "Source";
const _Sor = "Sort";
const _St = "Status";
const _Sta = "Statistic";
const _Star = "Start";
const _Ste = "Steps";
const _Step = "Step";
const _Str = "Strict";
const _Stri = "String";
const _Su = "Successful";
const _Sub = "Subtype";
const _Subj = "Subject";
const _Subt = "Subtypes";
const _Sug = "Suggestion";
const _T = "Type";
const _TA = "TargetArn";
const _TACL = "TagAndConditionList";
const _TAD = "TaskActionDefinition";
const _TAI = "TargetAccountId";
const _TAa = "TaskAction";
const _TAas = "TaskAttachment";
const _TAask = "TaskAttachments";
const _TAe = "TextActive";
const _TAem = "TemplateAttributes";
const _TAo = "ToAddresses";
const _TBA = "TextBackgroundActive";
const _TBH = "TextBackgroundHover";
const _TBM = "TotalBotMessages";
const _TBMLIC = "TotalBotMessageLengthInChars";
const _TC = "TagConditions";
const _TCA = "TestCaseArn";
const _TCE = "TestCaseExecutions";
const _TCEI = "TestCaseExecutionId";
const _TCEL = "TestCaseExecutionList";
const _TCEP = "TestCaseEntryPoint";
const _TCES = "TestCaseExecutionStatus";
const _TCEe = "TestCaseExecution";
const _TCI = "TestCaseId";
const _TCL = "TranscriptCriteriaList";
const _TCN = "TestCaseName";
const _TCR = "TagContactRequest";
const _TCRa = "TagContactResponse";
const _TCRr = "TransferContactRequest";
const _TCRra = "TransferContactResponse";
const _TCS = "TestCaseSha256";
const _TCSC = "TestCaseSearchCriteria";
const _TCSCL = "TestCaseSearchConditionList";
const _TCSF = "TestCaseSearchFilter";
const _TCSL = "TestCaseSummaryList";
const _TCSSL = "TestCaseSearchSummaryList";
const _TCSe = "TestCaseSummary";
const _TCU = "TurnControlUrl";
const _TCa = "TagCondition";
const _TCag = "TagContact";
const _TCar = "TargetConfiguration";
const _TCe = "TestCase";
const _TCel = "TelephonyConfig";
const _TCes = "TestCases";
const _TCh = "ThresholdCollections";
const _TCi = "TimestampCondition";
const _TCo = "TotalCount";
const _TCr = "TranscriptCriteria";
const _TCra = "TransferContact";
const _TCy = "TypeCondition";
const _TD = "ToDate";
const _TDG = "TrafficDistributionGroup";
const _TDGI = "TrafficDistributionGroupId";
const _TDGS = "TrafficDistributionGroupSummary";
const _TDGSL = "TrafficDistributionGroupSummaryList";
const _TDGUS = "TrafficDistributionGroupUserSummary";
const _TDGUSL = "TrafficDistributionGroupUserSummaryList";
const _TE = "ThrottlingException";
const _TES = "TriggerEventSource";
const _TF = "TagFilter";
const _TFV = "TargetFieldValues";
const _TH = "TextHover";
const _TI = "TemplateId";
const _TIr = "TranscriptItems";
const _TK = "TagKey";
const _TKa = "TagKeys";
const _TL = "ToList";
const _TLT = "TargetListType";
const _TLa = "TagsList";
const _TM = "TotalMessages";
const _TMC = "TemplatedMessageConfig";
const _TMRE = "TooManyRequestsException";
const _TO = "TotalObservations";
const _TOCL = "TagOrConditionList";
const _TPC = "TotalPauseCount";
const _TPDIS = "TotalPauseDurationInSeconds";
const _TR = "TimeRange";
const _TRR = "TagRestrictedResources";
const _TRRa = "TagResourceRequest";
const _TRTIM = "TotalResponseTimeInMillis";
const _TRa = "TagResource";
const _TS = "TargetSection";
const _TSC = "TagSearchCondition";
const _TSM = "TargetSlaMinutes";
const _TSa = "TagSet";
const _TSr = "TranscriptSegment";
const _TT = "TranscriptType";
const _TTC = "TaskTemplateConstraints";
const _TTD = "TaskTemplateDefaults";
const _TTDFV = "TaskTemplateDefaultFieldValue";
const _TTDFVL = "TaskTemplateDefaultFieldValueList";
const _TTF = "TaskTemplateField";
const _TTFI = "TaskTemplateFieldIdentifier";
const _TTFa = "TaskTemplateFields";
const _TTI = "TaskTemplateInfo";
const _TTIV = "TaskTemplateInfoV2";
const _TTIa = "TaskTemplateId";
const _TTL = "TaskTemplateList";
const _TTM = "TaskTemplateMetadata";
const _TTa = "TaskTemplates";
const _TTi = "TimerType";
const _TTr = "TrafficType";
const _TV = "TimerValue";
const _TVa = "TagValue";
const _TVh = "ThresholdValue";
const _TVhr = "ThresholdV2";
const _TZ = "TimeZone";
const _Ta = "Tags";
const _Te = "Text";
const _Tem = "Template";
const _Th = "Theme";
const _Thr = "Threshold";
const _Ti = "Title";
const _Tim = "Timestamp";
const _Time = "Time";
const _Tr = "Transcript";
const _Ty = "Typography";
const _U = "Unit";
const _UA = "UserArn";
const _UAF = "UserAttributeFilter";
const _UAFC = "UpdateAttachedFilesConfiguration";
const _UAFCR = "UpdateAttachedFilesConfigurationRequest";
const _UAFCRp = "UpdateAttachedFilesConfigurationResponse";
const _UAP = "UpdateAuthenticationProfile";
const _UAPR = "UpdateAuthenticationProfileRequest";
const _UAS = "UpdateAgentStatus";
const _UASR = "UpdateAgentStatusRequest";
const _UB = "UpdatedBy";
const _UC = "UserConfig";
const _UCA = "UseCaseArn";
const _UCAD = "UpdateCaseActionDefinition";
const _UCAR = "UpdateContactAttributesRequest";
const _UCARp = "UpdateContactAttributesResponse";
const _UCAp = "UpdateCaseAction";
const _UCApd = "UpdateContactAttributes";
const _UCE = "UpdateContactEvaluation";
const _UCER = "UpdateContactEvaluationRequest";
const _UCERp = "UpdateContactEvaluationResponse";
const _UCFC = "UpdateContactFlowContent";
const _UCFCR = "UpdateContactFlowContentRequest";
const _UCFCRp = "UpdateContactFlowContentResponse";
const _UCFM = "UpdateContactFlowMetadata";
const _UCFMA = "UpdateContactFlowModuleAlias";
const _UCFMAR = "UpdateContactFlowModuleAliasRequest";
const _UCFMARp = "UpdateContactFlowModuleAliasResponse";
const _UCFMC = "UpdateContactFlowModuleContent";
const _UCFMCR = "UpdateContactFlowModuleContentRequest";
const _UCFMCRp = "UpdateContactFlowModuleContentResponse";
const _UCFMM = "UpdateContactFlowModuleMetadata";
const _UCFMMR = "UpdateContactFlowModuleMetadataRequest";
const _UCFMMRp = "UpdateContactFlowModuleMetadataResponse";
const _UCFMR = "UpdateContactFlowMetadataRequest";
const _UCFMRp = "UpdateContactFlowMetadataResponse";
const _UCFN = "UpdateContactFlowName";
const _UCFNR = "UpdateContactFlowNameRequest";
const _UCFNRp = "UpdateContactFlowNameResponse";
const _UCI = "UseCaseId";
const _UCR = "UntagContactRequest";
const _UCRD = "UpdateContactRoutingData";
const _UCRDR = "UpdateContactRoutingDataRequest";
const _UCRDRp = "UpdateContactRoutingDataResponse";
const _UCRR = "UpdateCrossRegionRouting";
const _UCRRR = "UpdateCrossRegionRoutingRequest";
const _UCRRRp = "UpdateCrossRegionRoutingResponse";
const _UCRn = "UntagContactResponse";
const _UCRp = "UpdateContactRequest";
const _UCRpd = "UpdateContactResponse";
const _UCS = "UpdateContactSchedule";
const _UCSL = "UseCaseSummaryList";
const _UCSR = "UpdateContactScheduleRequest";
const _UCSRp = "UpdateContactScheduleResponse";
const _UCT = "UseCaseType";
const _UCTT = "UpdateContactTaskTemplate";
const _UCTTR = "UpdateContactTaskTemplateRequest";
const _UCTTRp = "UpdateContactTaskTemplateResponse";
const _UCn = "UntagContact";
const _UCp = "UpdateContact";
const _UCs = "UseCase";
const _UD = "UserData";
const _UDF = "UserDataFilters";
const _UDL = "UserDataList";
const _UDTA = "UpdateDataTableAttribute";
const _UDTAR = "UpdateDataTableAttributeRequest";
const _UDTARp = "UpdateDataTableAttributeResponse";
const _UDTM = "UpdateDataTableMetadata";
const _UDTMR = "UpdateDataTableMetadataRequest";
const _UDTMRp = "UpdateDataTableMetadataResponse";
const _UDTPV = "UpdateDataTablePrimaryValues";
const _UDTPVR = "UpdateDataTablePrimaryValuesRequest";
const _UDTPVRp = "UpdateDataTablePrimaryValuesResponse";
const _UE = "UrlExpiry";
const _UEAM = "UpdateEmailAddressMetadata";
const _UEAMR = "UpdateEmailAddressMetadataRequest";
const _UEAMRp = "UpdateEmailAddressMetadataResponse";
const _UED = "UpdateExtractionDefinition";
const _UEDR = "UpdateExtractionDefinitionRequest";
const _UEDRp = "UpdateExtractionDefinitionResponse";
const _UEF = "UpdateEvaluationForm";
const _UEFR = "UpdateEvaluationFormRequest";
const _UEFRp = "UpdateEvaluationFormResponse";
const _UEIS = "UrlExpiryInSeconds";
const _UHG = "UserHierarchyGroups";
const _UHGL = "UserHierarchyGroupList";
const _UHGSC = "UserHierarchyGroupSearchCriteria";
const _UHGSCL = "UserHierarchyGroupSearchConditionList";
const _UHGSF = "UserHierarchyGroupSearchFilter";
const _UHGSL = "UserHierarchyGroupSummaryList";
const _UHOO = "UpdateHoursOfOperation";
const _UHOOO = "UpdateHoursOfOperationOverride";
const _UHOOOR = "UpdateHoursOfOperationOverrideRequest";
const _UHOOR = "UpdateHoursOfOperationRequest";
const _UI = "UserId";
const _UIA = "UpdateInstanceAttribute";
const _UIAR = "UpdateInstanceAttributeRequest";
const _UII = "UserIdentityInfo";
const _UIIL = "UserIdentityInfoLite";
const _UISC = "UpdateInstanceStorageConfig";
const _UISCR = "UpdateInstanceStorageConfigRequest";
const _UIs = "UserInfo";
const _UIse = "UserIds";
const _UMC = "UpdateMetricContent";
const _UMCR = "UpdateMetricContentRequest";
const _UMCRp = "UpdateMetricContentResponse";
const _UMM = "UpdateMetricMetadata";
const _UMMR = "UpdateMetricMetadataRequest";
const _UMMRp = "UpdateMetricMetadataResponse";
const _UN = "UserNotifications";
const _UNC = "UpdateNotificationContent";
const _UNCR = "UpdateNotificationContentRequest";
const _UNCRp = "UpdateNotificationContentResponse";
const _UNFE = "UserNotFoundException";
const _UNS = "UserNotificationSummary";
const _UNSL = "UserNotificationSummaryList";
const _UP = "UserProficiencies";
const _UPA = "UpdateParticipantAuthentication";
const _UPAR = "UpdateParticipantAuthenticationRequest";
const _UPARp = "UpdateParticipantAuthenticationResponse";
const _UPARpd = "UpdatePredefinedAttributeRequest";
const _UPAp = "UpdatePredefinedAttribute";
const _UPC = "UserPhoneConfig";
const _UPD = "UserProficiencyDisassociate";
const _UPDL = "UserProficiencyDisassociateList";
const _UPL = "UserProficiencyList";
const _UPN = "UpdatePhoneNumber";
const _UPNM = "UpdatePhoneNumberMetadata";
const _UPNMR = "UpdatePhoneNumberMetadataRequest";
const _UPNR = "UpdatePhoneNumberRequest";
const _UPNRp = "UpdatePhoneNumberResponse";
const _UPR = "UpdatePromptRequest";
const _UPRC = "UpdateParticipantRoleConfig";
const _UPRCCI = "UpdateParticipantRoleConfigChannelInfo";
const _UPRCR = "UpdateParticipantRoleConfigRequest";
const _UPRCRp = "UpdateParticipantRoleConfigResponse";
const _UPRp = "UpdatePromptResponse";
const _UPp = "UpdatePrompt";
const _UPs = "UserProficiency";
const _UQCC = "UserQuickConnectConfig";
const _UQCCR = "UpdateQuickConnectConfigRequest";
const _UQCCp = "UpdateQuickConnectConfig";
const _UQCN = "UpdateQuickConnectName";
const _UQCNR = "UpdateQuickConnectNameRequest";
const _UQHOO = "UpdateQueueHoursOfOperation";
const _UQHOOR = "UpdateQueueHoursOfOperationRequest";
const _UQMC = "UpdateQueueMaxContacts";
const _UQMCR = "UpdateQueueMaxContactsRequest";
const _UQN = "UpdateQueueName";
const _UQNR = "UpdateQueueNameRequest";
const _UQOCC = "UpdateQueueOutboundCallerConfig";
const _UQOCCR = "UpdateQueueOutboundCallerConfigRequest";
const _UQOEC = "UpdateQueueOutboundEmailConfig";
const _UQOECR = "UpdateQueueOutboundEmailConfigRequest";
const _UQS = "UpdateQueueStatus";
const _UQSR = "UpdateQueueStatusRequest";
const _UR = "UrlReference";
const _URPAAT = "UpdateRoutingProfileAgentAvailabilityTimer";
const _URPAATR = "UpdateRoutingProfileAgentAvailabilityTimerRequest";
const _URPC = "UpdateRoutingProfileConcurrency";
const _URPCR = "UpdateRoutingProfileConcurrencyRequest";
const _URPDOQ = "UpdateRoutingProfileDefaultOutboundQueue";
const _URPDOQR = "UpdateRoutingProfileDefaultOutboundQueueRequest";
const _URPN = "UpdateRoutingProfileName";
const _URPNR = "UpdateRoutingProfileNameRequest";
const _URPQ = "UpdateRoutingProfileQueues";
const _URPQR = "UpdateRoutingProfileQueuesRequest";
const _URR = "UntagResourceRequest";
const _URRp = "UpdateRuleRequest";
const _URn = "UntagResource";
const _URp = "UpdateRule";
const _URs = "UserReference";
const _US = "UserSummary";
const _USC = "UserSearchCriteria";
const _USCL = "UserSearchConditionList";
const _USF = "UserSearchFilter";
const _USL = "UserSummaryList";
const _USP = "UpdateSecurityProfile";
const _USPR = "UpdateSecurityProfileRequest";
const _USS = "UserSearchSummary";
const _USSL = "UserSearchSummaryList";
const _UT = "UserTags";
const _UTC = "UpdateTestCase";
const _UTCR = "UpdateTestCaseRequest";
const _UTCRp = "UpdateTestCaseResponse";
const _UTD = "UpdateTrafficDistribution";
const _UTDR = "UpdateTrafficDistributionRequest";
const _UTDRp = "UpdateTrafficDistributionResponse";
const _UTL = "UnprocessedTranscriptLocation";
const _UTT = "UpdateTaskTemplate";
const _UTTR = "UpdateTaskTemplateRequest";
const _UTTRp = "UpdateTaskTemplateResponse";
const _UUC = "UpdateUserConfig";
const _UUCR = "UpdateUserConfigRequest";
const _UUH = "UpdateUserHierarchy";
const _UUHGN = "UpdateUserHierarchyGroupName";
const _UUHGNR = "UpdateUserHierarchyGroupNameRequest";
const _UUHR = "UpdateUserHierarchyRequest";
const _UUHS = "UpdateUserHierarchyStructure";
const _UUHSR = "UpdateUserHierarchyStructureRequest";
const _UUII = "UpdateUserIdentityInfo";
const _UUIIR = "UpdateUserIdentityInfoRequest";
const _UUM = "UploadUrlMetadata";
const _UUNS = "UpdateUserNotificationStatus";
const _UUNSR = "UpdateUserNotificationStatusRequest";
const _UUNSRp = "UpdateUserNotificationStatusResponse";
const _UUP = "UpdateUserProficiencies";
const _UUPC = "UpdateUserPhoneConfig";
const _UUPCR = "UpdateUserPhoneConfigRequest";
const _UUPR = "UpdateUserProficienciesRequest";
const _UURP = "UpdateUserRoutingProfile";
const _UURPR = "UpdateUserRoutingProfileRequest";
const _UUSP = "UpdateUserSecurityProfiles";
const _UUSPR = "UpdateUserSecurityProfilesRequest";
const _UVC = "UpdateViewContent";
const _UVCR = "UpdateViewContentRequest";
const _UVCRp = "UpdateViewContentResponse";
const _UVM = "UpdateViewMetadata";
const _UVMR = "UpdateViewMetadataRequest";
const _UVMRp = "UpdateViewMetadataResponse";
const _UWM = "UpdateWorkspaceMetadata";
const _UWMR = "UpdateWorkspaceMetadataRequest";
const _UWMRp = "UpdateWorkspaceMetadataResponse";
const _UWP = "UpdateWorkspacePage";
const _UWPR = "UpdateWorkspacePageRequest";
const _UWPRp = "UpdateWorkspacePageResponse";
const _UWT = "UpdateWorkspaceTheme";
const _UWTR = "UpdateWorkspaceThemeRequest";
const _UWTRp = "UpdateWorkspaceThemeResponse";
const _UWV = "UpdateWorkspaceVisibility";
const _UWVR = "UpdateWorkspaceVisibilityRequest";
const _UWVRp = "UpdateWorkspaceVisibilityResponse";
const _Ur = "Url";
const _Us = "Username";
const _Use = "User";
const _User = "Users";
const _V = "Value";
const _VA = "ViewAction";
const _VAa = "ValueArn";
const _VAi = "ViewArn";
const _VAie = "ViewActions";
const _VAo = "VocabularyArn";
const _VC = "ViewContent";
const _VCEPP = "VoiceCallEntryPointParameters";
const _VCS = "ViewContentSha256";
const _VD = "VersionDescription";
const _VE = "ValidationEnum";
const _VEC = "VoiceEnhancementConfigs";
const _VECo = "VoiceEnhancementConfig";
const _VEM = "VoiceEnhancementMode";
const _VI = "VocabularyId";
const _VIC = "ViewInputContent";
const _VIS = "ViewInputSchema";
const _VIa = "ValueInteger";
const _VIi = "ViewId";
const _VL = "ValueList";
const _VLL = "ValueLockLevel";
const _VM = "ValueMap";
const _VN = "ViewName";
const _VNe = "VersionNumber";
const _VNo = "VocabularyName";
const _VRC = "VoiceRecordingConfiguration";
const _VRT = "VoiceRecordingTrack";
const _VS = "ValueString";
const _VSC = "ViewSearchCriteria";
const _VSCL = "ViewSearchConditionList";
const _VSCi = "ViewStatusCondition";
const _VSF = "ViewSearchFilter";
const _VSL = "ViewsSummaryList";
const _VSLo = "VocabularySummaryList";
const _VSSL = "ViewSearchSummaryList";
const _VSi = "ViewSummary";
const _VSo = "VocabularySummary";
const _VT = "ValueType";
const _VTC = "ViewTypeCondition";
const _VTT = "ValidationTestType";
const _VTTa = "ValidationTestTypes";
const _VV = "ViewVersion";
const _VVS = "ViewVersionSummary";
const _VVSL = "ViewVersionSummaryList";
const _Va = "Values";
const _Val = "Validation";
const _Ve = "Version";
const _Vi = "View";
const _Vid = "Video";
const _Vie = "Views";
const _Vis = "Visibility";
const _Vo = "Vocabulary";
const _W = "Workspace";
const _WA = "WorkspaceArn";
const _WASC = "WorkspaceAssociationSearchCriteria";
const _WASCL = "WorkspaceAssociationSearchConditionList";
const _WASF = "WorkspaceAssociationSearchFilter";
const _WASS = "WorkspaceAssociationSearchSummary";
const _WASSL = "WorkspaceAssociationSearchSummaryList";
const _WAo = "WorkspaceAssociations";
const _WD = "WidgetDestination";
const _WI = "WorkspaceId";
const _WIi = "WisdomInfo";
const _WIid = "WidgetId";
const _WNC = "WebNotificationContent";
const _WNS = "WebNotificationSource";
const _WP = "WorkspacePage";
const _WPL = "WorkspacePageList";
const _WS = "WorkspaceSummary";
const _WSC = "WorkspaceSearchCriteria";
const _WSCL = "WorkspaceSearchConditionList";
const _WSF = "WorkspaceSearchFilter";
const _WSL = "WorkspaceSummaryList";
const _WSS = "WorkspaceSearchSummary";
const _WSSL = "WorkspaceSearchSummaryList";
const _WT = "WorkloadType";
const _WTC = "WorkloadTypeConcurrencies";
const _WTCo = "WorkloadTypeConcurrency";
const _WTCor = "WorkspaceThemeConfig";
const _WTI = "WorkspaceThemeImages";
const _WTP = "WorkspaceThemePalette";
const _WTT = "WorkspaceThemeTypography";
const _WTo = "WorkspaceTheme";
const _We = "Weight";
const _Wo = "Workspaces";
const _aQE = "awsQueryError";
const _aRA = "associatedResourceArn";
const _bN = "botName";
const _c = "client";
const _cFT = "contactFlowTypes";
const _cI = "contactId";
const _cIT = "contactInteractionType";
const _cT = "clientToken";
const _e = "error";
const _eSN = "eventSourceName";
const _eT = "endTime";
const _fA = "functionArn";
const _fD = "fromDate";
const _h = "http";
const _hE = "httpError";
const _hH = "httpHeader";
const _hQ = "httpQuery";
const _iA = "integrationArn";
const _iI = "instanceId";
const _iT = "idempotencyToken";
const _iTn = "integrationType";
const _k = "key";
const _lR = "lexRegion";
const _lV = "lexVersion";
const _m = "message";
const _mR = "maxResults";
const _mT = "mediaType";
const _n = "name";
const _nT = "nextToken";
const _o = "origin";
const _p = "problems";
const _pNCC = "phoneNumberCountryCodes";
const _pNT = "phoneNumberTypes";
const _pS = "publishStatus";
const _qT = "queueTypes";
const _rA = "resourceArn";
const _rT = "resourceType";
const _rTe = "referenceTypes";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.connect";
const _sT = "startTime";
const _sV = "snapshotVersion";
const _se = "server";
const _st = "status";
const _sta = "state";
const _t = "type";
const _tCI = "testCaseId";
const _tCN = "testCaseName";
const _tD = "toDate";
const _tK = "tagKey";
const _tKCT = "tagKeyComparisonType";
const _tKa = "tagKeys";
const _tV = "tagValue";
const _tVCT = "tagValueComparisonType";
const _ta = "tags";
const _uEIS = "urlExpiryInSeconds";
const _v = "version";
const _va = "value";
const _xalmr = "x-amz-last-modified-region";
const _xalmt = "x-amz-last-modified-time";
const _xari = "x-amz-resource-id";
const n0 = "com.amazonaws.connect";
const _s_registry = TypeRegistry.for(_s);
var ConnectServiceException$ = [-3, _s, "ConnectServiceException", 0, [], []];
_s_registry.registerError(ConnectServiceException$, ConnectServiceException);
const n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_aQE]: [`AccessDeniedException`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConditionalOperationFailedException$ = [-3, n0, _COFE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConditionalOperationFailedException$, ConditionalOperationFailedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var ContactFlowNotPublishedException$ = [-3, n0, _CFNPE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ContactFlowNotPublishedException$, ContactFlowNotPublishedException);
var ContactNotFoundException$ = [-3, n0, _CNFE,
    { [_aQE]: [`ContactNotFoundException`, 410], [_e]: _c, [_hE]: 410 },
    [_M],
    [0]
];
n0_registry.registerError(ContactNotFoundException$, ContactNotFoundException);
var ContactNotTerminatedException$ = [-3, n0, _CNTE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ContactNotTerminatedException$, ContactNotTerminatedException);
var DestinationNotAllowedException$ = [-3, n0, _DNAE,
    { [_aQE]: [`DestinationNotAllowedException`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(DestinationNotAllowedException$, DestinationNotAllowedException);
var DuplicateResourceException$ = [-3, n0, _DRE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(DuplicateResourceException$, DuplicateResourceException);
var IdempotencyException$ = [-3, n0, _IE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(IdempotencyException$, IdempotencyException);
var InternalServiceException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceException$, InternalServiceException);
var InvalidActiveRegionException$ = [-3, n0, _IARE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidActiveRegionException$, InvalidActiveRegionException);
var InvalidContactFlowException$ = [-3, n0, _ICFE,
    { [_e]: _c, [_hE]: 400 },
    [_p],
    [() => Problems]
];
n0_registry.registerError(InvalidContactFlowException$, InvalidContactFlowException);
var InvalidContactFlowModuleException$ = [-3, n0, _ICFME,
    { [_e]: _c, [_hE]: 400 },
    [_P],
    [() => Problems]
];
n0_registry.registerError(InvalidContactFlowModuleException$, InvalidContactFlowModuleException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidRequestException$ = [-3, n0, _IRE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _R],
    [0, () => InvalidRequestExceptionReason$]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var InvalidTestCaseException$ = [-3, n0, _ITCE,
    { [_e]: _c, [_hE]: 400 },
    [_P],
    [() => Problems]
];
n0_registry.registerError(InvalidTestCaseException$, InvalidTestCaseException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_aQE]: [`LimitExceededException`, 429], [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MaximumResultReturnedException$ = [-3, n0, _MRRE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(MaximumResultReturnedException$, MaximumResultReturnedException);
var OutboundContactNotPermittedException$ = [-3, n0, _OCNPE,
    { [_aQE]: [`OutboundContactNotPermittedException`, 403], [_e]: _c, [_hE]: 403 },
    [_M],
    [0]
];
n0_registry.registerError(OutboundContactNotPermittedException$, OutboundContactNotPermittedException);
var OutputTypeNotFoundException$ = [-3, n0, _OTNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(OutputTypeNotFoundException$, OutputTypeNotFoundException);
var PropertyValidationException$ = [-3, n0, _PVE,
    { [_e]: _c, [_hE]: 400 },
    [_M, _PL],
    [0, () => PropertyValidationExceptionPropertyList], 1
];
n0_registry.registerError(PropertyValidationException$, PropertyValidationException);
var ResourceConflictException$ = [-3, n0, _RCE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceInUseException$ = [-3, n0, _RIUE,
    { [_e]: _c, [_hE]: 409 },
    [_M, _RT, _RI],
    [0, 0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotReadyException$ = [-3, n0, _RNRE,
    { [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_M, _R],
    [0, () => ServiceQuotaExceededExceptionReason$]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_aQE]: [`ThrottlingException`, 429], [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UserNotFoundException$ = [-3, n0, _UNFE,
    { [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(UserNotFoundException$, UserNotFoundException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AgentFirstName = [0, n0, _AFN, 8, 0];
var AgentLastName = [0, n0, _ALN, 8, 0];
var AuthCode = [0, n0, _AC, 8, 0];
var AuthenticationError = [0, n0, _AE, 8, 0];
var AuthenticationErrorDescription = [0, n0, _AED, 8, 0];
var AuthorizationCode = [0, n0, _ACu, 8, 0];
var Body = [0, n0, _B, 8, 0];
var CustomerIdNonEmpty = [0, n0, _CINE, 8, 0];
var Description = [0, n0, _D, 8, 0];
var DirectoryAlias = [0, n0, _DA, 8, 0];
var Email = [0, n0, _E, 8, 0];
var EmailAddress = [0, n0, _EA, 8, 0];
var EmailAddressDisplayName = [0, n0, _EADN, 8, 0];
var InboundSubject = [0, n0, _IS, 8, 0];
var JoinToken = [0, n0, _JT, 8, 0];
var Name = [0, n0, _N, 8, 0];
var OutboundSubject = [0, n0, _OS, 8, 0];
var Password = [0, n0, _Pa, 8, 0];
var SearchableContactAttributeKey = [0, n0, _SCAK, 8, 0];
var SearchableContactAttributeValue = [0, n0, _SCAV, 8, 0];
var SearchableSegmentAttributeKey = [0, n0, _SSAK, 8, 0];
var SearchableSegmentAttributeValue = [0, n0, _SSAV, 8, 0];
var SearchText = [0, n0, _ST, 8, 0];
var SecurityToken = [0, n0, _STe, 8, 0];
var SensitivePhoneNumber = [0, n0, _SPN, 8, 0];
var ViewAction = [0, n0, _VA, 8, 0];
var ViewInputSchema = [0, n0, _VIS, 8, 0];
var ViewName = [0, n0, _VN, 8, 0];
var ActionSummary$ = [3, n0, _AS,
    0,
    [_AT],
    [0], 1
];
var ActivateEvaluationFormRequest$ = [3, n0, _AEFR,
    0,
    [_II, _EFI, _EFV],
    [[0, 1], [0, 1], 1], 3
];
var ActivateEvaluationFormResponse$ = [3, n0, _AEFRc,
    0,
    [_EFI, _EFA, _EFV],
    [0, 0, 1], 3
];
var AdditionalEmailRecipients$ = [3, n0, _AER,
    0,
    [_TL, _CL],
    [() => EmailRecipientsList, () => EmailRecipientsList]
];
var AfterContactWorkConfig$ = [3, n0, _ACWC,
    0,
    [_ACWTL],
    [1]
];
var AfterContactWorkConfigPerChannel$ = [3, n0, _ACWCPC,
    0,
    [_C, _ACWC, _AFCACWC],
    [0, () => AfterContactWorkConfig$, () => AfterContactWorkConfig$], 2
];
var AgentConfig$ = [3, n0, _ACg,
    0,
    [_Di],
    [() => DistributionList], 1
];
var AgentContactReference$ = [3, n0, _ACR,
    0,
    [_CI, _C, _IM, _ACS, _SST, _CTAT, _Q],
    [0, 0, 0, 0, 4, 4, () => QueueReference$]
];
var AgentFirst$ = [3, n0, _AF,
    0,
    [_Pr],
    [() => Preview$]
];
var AgentHierarchyGroup$ = [3, n0, _AHG,
    0,
    [_A],
    [0]
];
var AgentHierarchyGroups$ = [3, n0, _AHGg,
    0,
    [_LI, _LId, _LIds, _LIds_, _LIds__],
    [64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0]
];
var AgentInfo$ = [3, n0, _AI,
    0,
    [_I, _ABAT, _PET, _CTAT, _APDIS, _HG, _DI, _Ca, _ACWD, _ACWST, _ACWET, _AIHD, _STt, _VEM, _AR],
    [0, 4, 4, 4, 1, () => HierarchyGroups$, () => DeviceInfo$, () => ParticipantCapabilities$, 1, 4, 4, 1, () => StateTransitions, 0, 0]
];
var AgentQualityMetrics$ = [3, n0, _AQM,
    0,
    [_Au],
    [() => AudioQualityMetricsInfo$]
];
var AgentsCriteria$ = [3, n0, _ACge,
    0,
    [_AIg],
    [64 | 0]
];
var AgentStatus$ = [3, n0, _ASg,
    0,
    [_ASARN, _ASI, _N, _D, _T, _DO, _S, _Ta, _LMT, _LMR],
    [0, 0, 0, 0, 0, 1, 0, 128 | 0, 4, 0]
];
var AgentStatusIdentifier$ = [3, n0, _ASIg,
    0,
    [_A, _I],
    [0, 0]
];
var AgentStatusReference$ = [3, n0, _ASR,
    0,
    [_SSTt, _SA, _SN],
    [4, 0, 0]
];
var AgentStatusSearchCriteria$ = [3, n0, _ASSC,
    0,
    [_OC, _ACn, _SC],
    [() => AgentStatusSearchConditionList, () => AgentStatusSearchConditionList, () => StringCondition$]
];
var AgentStatusSearchFilter$ = [3, n0, _ASSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var AgentStatusSummary$ = [3, n0, _ASS,
    0,
    [_I, _A, _N, _T, _LMT, _LMR],
    [0, 0, 0, 0, 4, 0]
];
var AIAgent$ = [3, n0, _AIA,
    0,
    [_A, _T],
    [0, 0]
];
var AiAgentInfo$ = [3, n0, _AAI,
    0,
    [_AUC, _AAVI, _AAE],
    [0, 0, 2]
];
var AiAgentInput$ = [3, n0, _AAIi,
    0,
    [_AAIig],
    [0], 1
];
var AiAgentsCriteria$ = [3, n0, _AAC,
    0,
    [_Cr],
    [() => AiAgentSearchCriteriaList]
];
var AiAgentSearchCriteria$ = [3, n0, _AASC,
    0,
    [_I, _VNe, _AAE, _AUC],
    [0, 1, 2, 0]
];
var AliasConfiguration$ = [3, n0, _ACl,
    0,
    [_EAI],
    [0], 1
];
var AllowedCapabilities$ = [3, n0, _ACll,
    0,
    [_Cu, _Ag],
    [() => ParticipantCapabilities$, () => ParticipantCapabilities$]
];
var AllowedExtension$ = [3, n0, _AEl,
    0,
    [_Ex],
    [0], 1
];
var AnalyticsConfiguration$ = [3, n0, _ACna,
    0,
    [_LC, _RC, _SCe, _SCu, _RCu],
    [() => LanguageConfiguration$, () => RedactionConfiguration$, () => SentimentConfiguration$, () => SummaryConfiguration$, () => RulesConfiguration$], 5
];
var AnalyticsDataAssociationResult$ = [3, n0, _ADAR,
    0,
    [_DSI, _TAI, _RSI, _RSA, _RSS],
    [0, 0, 0, 0, 0]
];
var AnalyticsDataSetsResult$ = [3, n0, _ADSR,
    0,
    [_DSI, _DSN],
    [0, 0]
];
var AnswerMachineDetectionConfig$ = [3, n0, _AMDC,
    0,
    [_EAMD, _AAMP],
    [2, 2]
];
var Application$ = [3, n0, _Ap,
    0,
    [_Na, _AP, _T],
    [0, 64 | 0, 0]
];
var AssignContactCategoryActionDefinition$ = [3, n0, _ACCAD,
    0,
    [],
    []
];
var AssignSlaActionDefinition$ = [3, n0, _ASAD,
    0,
    [_SAT, _CSC],
    [0, () => CaseSlaConfiguration$], 1
];
var AssociateAnalyticsDataSetRequest$ = [3, n0, _AADSR,
    0,
    [_II, _DSI, _TAI],
    [[0, 1], 0, 0], 2
];
var AssociateAnalyticsDataSetResponse$ = [3, n0, _AADSRs,
    0,
    [_DSI, _TAI, _RSI, _RSA],
    [0, 0, 0, 0]
];
var AssociateApprovedOriginRequest$ = [3, n0, _AAOR,
    0,
    [_II, _O, _CT],
    [[0, 1], 0, [0, 4]], 2
];
var AssociateBotRequest$ = [3, n0, _ABR,
    0,
    [_II, _LB, _LVB, _CT],
    [[0, 1], () => LexBot$, () => LexV2Bot$, [0, 4]], 1
];
var AssociateContactWithUserRequest$ = [3, n0, _ACWUR,
    0,
    [_II, _CI, _UI],
    [[0, 1], [0, 1], 0], 3
];
var AssociateContactWithUserResponse$ = [3, n0, _ACWURs,
    0,
    [],
    []
];
var AssociatedContactSummary$ = [3, n0, _ACSs,
    0,
    [_CI, _CA, _IT, _DT, _ICI, _PCI, _RCI, _IM, _C],
    [0, 0, 4, 4, 0, 0, 0, 0, 0]
];
var AssociateDefaultVocabularyRequest$ = [3, n0, _ADVR,
    0,
    [_II, _LCa, _VI],
    [[0, 1], [0, 1], 0], 2
];
var AssociateDefaultVocabularyResponse$ = [3, n0, _ADVRs,
    0,
    [],
    []
];
var AssociateEmailAddressAliasRequest$ = [3, n0, _AEAAR,
    0,
    [_EAI, _II, _ACl, _CT],
    [[0, 1], [0, 1], () => AliasConfiguration$, [0, 4]], 3
];
var AssociateEmailAddressAliasResponse$ = [3, n0, _AEAARs,
    0,
    [],
    []
];
var AssociateFlowRequest$ = [3, n0, _AFR,
    0,
    [_II, _RI, _FI, _RT],
    [[0, 1], 0, 0, 0], 4
];
var AssociateFlowResponse$ = [3, n0, _AFRs,
    0,
    [],
    []
];
var AssociateHoursOfOperationsRequest$ = [3, n0, _AHOOR,
    0,
    [_II, _HOOI, _PHOOC],
    [[0, 1], [0, 1], () => ParentHoursOfOperationConfigList], 3
];
var AssociateInstanceStorageConfigRequest$ = [3, n0, _AISCR,
    0,
    [_II, _RT, _SCt, _CT],
    [[0, 1], 0, () => InstanceStorageConfig$, [0, 4]], 3
];
var AssociateInstanceStorageConfigResponse$ = [3, n0, _AISCRs,
    0,
    [_AIs],
    [0]
];
var AssociateLambdaFunctionRequest$ = [3, n0, _ALFR,
    0,
    [_II, _FA, _CT],
    [[0, 1], 0, [0, 4]], 2
];
var AssociateLexBotRequest$ = [3, n0, _ALBR,
    0,
    [_II, _LB, _CT],
    [[0, 1], () => LexBot$, [0, 4]], 2
];
var AssociatePhoneNumberContactFlowRequest$ = [3, n0, _APNCFR,
    0,
    [_PNI, _II, _CFI],
    [[0, 1], 0, 0], 3
];
var AssociateQueueEmailAddressesRequest$ = [3, n0, _AQEAR,
    0,
    [_II, _QI, _EAC, _CT],
    [[0, 1], [0, 1], () => EmailAddressConfigList, [0, 4]], 3
];
var AssociateQueueQuickConnectsRequest$ = [3, n0, _AQQCR,
    0,
    [_II, _QI, _QCI],
    [[0, 1], [0, 1], 64 | 0], 3
];
var AssociateRoutingProfileQueuesRequest$ = [3, n0, _ARPQR,
    0,
    [_II, _RPI, _QC, _MAQC],
    [[0, 1], [0, 1], () => RoutingProfileQueueConfigList, () => RoutingProfileManualAssignmentQueueConfigList], 2
];
var AssociateSecurityKeyRequest$ = [3, n0, _ASKR,
    0,
    [_II, _K, _CT],
    [[0, 1], 0, [0, 4]], 2
];
var AssociateSecurityKeyResponse$ = [3, n0, _ASKRs,
    0,
    [_AIs],
    [0]
];
var AssociateSecurityProfilesRequest$ = [3, n0, _ASPR,
    0,
    [_II, _SP, _ET, _EAn],
    [[0, 1], () => SecurityProfiles, 0, 0], 4
];
var AssociateTrafficDistributionGroupUserRequest$ = [3, n0, _ATDGUR,
    0,
    [_TDGI, _UI, _II],
    [[0, 1], 0, 0], 3
];
var AssociateTrafficDistributionGroupUserResponse$ = [3, n0, _ATDGURs,
    0,
    [],
    []
];
var AssociateUserProficienciesRequest$ = [3, n0, _AUPR,
    0,
    [_II, _UI, _UP],
    [[0, 1], [0, 1], () => UserProficiencyList], 3
];
var AssociateWorkspaceRequest$ = [3, n0, _AWR,
    0,
    [_II, _WI, _RA],
    [[0, 1], [0, 1], 64 | 0], 3
];
var AssociateWorkspaceResponse$ = [3, n0, _AWRs,
    0,
    [_SL, _FL],
    [() => SuccessfulBatchAssociationSummaryList, () => FailedBatchAssociationSummaryList]
];
var AttachedFile$ = [3, n0, _AFtt,
    0,
    [_CTr, _FAi, _FIi, _FN, _FSIB, _FS, _CB, _FUCT, _ARA, _Ta],
    [0, 0, 0, 0, 1, 0, () => CreatedByInfo$, 0, 0, 128 | 0], 6
];
var AttachedFileError$ = [3, n0, _AFE,
    0,
    [_EC, _EM, _FIi],
    [0, 0, 0]
];
var AttachedFilesConfiguration$ = [3, n0, _AFC,
    0,
    [_II, _ASt, _MSLIB, _ECx, _LMT],
    [0, 0, 1, () => ExtensionConfiguration$, 4], 2
];
var AttachedFilesConfigurationSummary$ = [3, n0, _AFCS,
    0,
    [_II, _ASt, _MSLIB, _ECx],
    [0, 0, 1, () => ExtensionConfiguration$], 2
];
var AttachmentReference$ = [3, n0, _ARt,
    0,
    [_N, _V, _St, _A],
    [0, 0, 0, 0]
];
var Attendee$ = [3, n0, _At,
    0,
    [_AIt, _JT],
    [0, [() => JoinToken, 0]]
];
var Attribute$ = [3, n0, _Att,
    0,
    [_ATt, _V],
    [0, 0]
];
var AttributeAndCondition$ = [3, n0, _AACt,
    0,
    [_TC, _HGC],
    [() => TagAndConditionList, () => HierarchyGroupCondition$]
];
var AttributeCondition$ = [3, n0, _ACt,
    0,
    [_N, _V, _PLr, _Ra, _MC, _CO],
    [0, 0, 1, () => Range$, () => MatchCriteria$, 0]
];
var AudioFeatures$ = [3, n0, _AFu,
    0,
    [_ER],
    [0]
];
var AudioQualityMetricsInfo$ = [3, n0, _AQMI,
    0,
    [_QS, _PQI],
    [1, 64 | 0]
];
var AuthenticationProfile$ = [3, n0, _APu,
    0,
    [_I, _A, _N, _D, _AIl, _BI, _ID, _CTre, _LMT, _LMR, _PSD, _MSD, _SID, _SIHE],
    [0, 0, 0, 0, 64 | 0, 64 | 0, 2, 4, 4, 0, 1, 1, 1, 2]
];
var AuthenticationProfileSummary$ = [3, n0, _APS,
    0,
    [_I, _A, _N, _ID, _LMT, _LMR],
    [0, 0, 0, 2, 4, 0]
];
var AuthScope$ = [3, n0, _ASu,
    0,
    [_ET, _SPI, _EI, _DN],
    [0, 64 | 0, 0, 0], 1
];
var AutoAcceptConfig$ = [3, n0, _AACu,
    0,
    [_C, _AA, _AFCAA],
    [0, 2, 2], 2
];
var AutoEvaluationConfiguration$ = [3, n0, _AEC,
    0,
    [_En],
    [2], 1
];
var AutoEvaluationDetails$ = [3, n0, _AEDu,
    0,
    [_AEE, _AES],
    [2, 0], 1
];
var AutomaticFailConfiguration$ = [3, n0, _AFCu,
    0,
    [_TS],
    [0]
];
var AvailableFilter$ = [3, n0, _AFv,
    0,
    [_I, _T],
    [0, 0]
];
var AvailableNumberSummary$ = [3, n0, _ANS,
    0,
    [_PN, _PNCC, _PNT],
    [0, 0, 0]
];
var BatchAssociateAnalyticsDataSetRequest$ = [3, n0, _BAADSR,
    0,
    [_II, _DSIa, _TAI],
    [[0, 1], 64 | 0, 0], 2
];
var BatchAssociateAnalyticsDataSetResponse$ = [3, n0, _BAADSRa,
    0,
    [_Cre, _Er],
    [() => AnalyticsDataAssociationResults, () => ErrorResults]
];
var BatchCreateDataTableValueFailureResult$ = [3, n0, _BCDTVFR,
    0,
    [_PV, _AN, _M],
    [() => PrimaryValuesSet, 0, 0], 3
];
var BatchCreateDataTableValueRequest$ = [3, n0, _BCDTVR,
    0,
    [_II, _DTI, _Va],
    [[0, 1], [0, 1], () => DataTableValueList], 3
];
var BatchCreateDataTableValueResponse$ = [3, n0, _BCDTVRa,
    0,
    [_Su, _F],
    [() => BatchCreateDataTableValueSuccessResultList, () => BatchCreateDataTableValueFailureResultList], 2
];
var BatchCreateDataTableValueSuccessResult$ = [3, n0, _BCDTVSR,
    0,
    [_PV, _AN, _RIe, _LV],
    [() => PrimaryValuesSet, 0, 0, () => DataTableLockVersion$], 4
];
var BatchDeleteDataTableValueFailureResult$ = [3, n0, _BDDTVFR,
    0,
    [_PV, _AN, _M],
    [() => PrimaryValuesSet, 0, 0], 3
];
var BatchDeleteDataTableValueRequest$ = [3, n0, _BDDTVR,
    0,
    [_II, _DTI, _Va],
    [[0, 1], [0, 1], () => DataTableDeleteValueIdentifierList], 3
];
var BatchDeleteDataTableValueResponse$ = [3, n0, _BDDTVRa,
    0,
    [_Su, _F],
    [() => BatchDeleteDataTableValueSuccessResultList, () => BatchDeleteDataTableValueFailureResultList], 2
];
var BatchDeleteDataTableValueSuccessResult$ = [3, n0, _BDDTVSR,
    0,
    [_PV, _AN, _LV],
    [() => PrimaryValuesSet, 0, () => DataTableLockVersion$], 3
];
var BatchDescribeDataTableValueFailureResult$ = [3, n0, _BDDTVFRa,
    0,
    [_PV, _AN, _M],
    [() => PrimaryValuesSet, 0, 0], 3
];
var BatchDescribeDataTableValueRequest$ = [3, n0, _BDDTVRat,
    0,
    [_II, _DTI, _Va],
    [[0, 1], [0, 1], () => DataTableValueIdentifierList], 3
];
var BatchDescribeDataTableValueResponse$ = [3, n0, _BDDTVRatc,
    0,
    [_Su, _F],
    [() => BatchDescribeDataTableValueSuccessResultList, () => BatchDescribeDataTableValueFailureResultList], 2
];
var BatchDescribeDataTableValueSuccessResult$ = [3, n0, _BDDTVSRa,
    0,
    [_RIe, _AItt, _PV, _AN, _LV, _V, _LMT, _LMR],
    [0, 0, () => PrimaryValuesResponseSet, 0, () => DataTableLockVersion$, 0, 4, 0], 5
];
var BatchDisassociateAnalyticsDataSetRequest$ = [3, n0, _BDADSR,
    0,
    [_II, _DSIa, _TAI],
    [[0, 1], 64 | 0, 0], 2
];
var BatchDisassociateAnalyticsDataSetResponse$ = [3, n0, _BDADSRa,
    0,
    [_De, _Er],
    [64 | 0, () => ErrorResults]
];
var BatchGetAttachedFileMetadataRequest$ = [3, n0, _BGAFMR,
    0,
    [_FIil, _II, _ARA],
    [64 | 0, [0, 1], [0, { [_hQ]: _aRA }]], 3
];
var BatchGetAttachedFileMetadataResponse$ = [3, n0, _BGAFMRa,
    0,
    [_Fi, _Er],
    [() => AttachedFilesList, () => AttachedFileErrorsList]
];
var BatchGetFlowAssociationRequest$ = [3, n0, _BGFAR,
    0,
    [_II, _RIes, _RT],
    [[0, 1], 64 | 0, 0], 2
];
var BatchGetFlowAssociationResponse$ = [3, n0, _BGFARa,
    0,
    [_FASL],
    [() => FlowAssociationSummaryList]
];
var BatchPutContactRequest$ = [3, n0, _BPCR,
    0,
    [_II, _CDRL, _CT],
    [[0, 1], () => ContactDataRequestList, [0, 4]], 2
];
var BatchPutContactResponse$ = [3, n0, _BPCRa,
    0,
    [_SRL, _FRL],
    [() => SuccessfulRequestList, () => FailedRequestList]
];
var BatchUpdateDataTableValueFailureResult$ = [3, n0, _BUDTVFR,
    0,
    [_PV, _AN, _M],
    [() => PrimaryValuesSet, 0, 0], 3
];
var BatchUpdateDataTableValueRequest$ = [3, n0, _BUDTVR,
    0,
    [_II, _DTI, _Va],
    [[0, 1], [0, 1], () => DataTableValueList], 3
];
var BatchUpdateDataTableValueResponse$ = [3, n0, _BUDTVRa,
    0,
    [_Su, _F],
    [() => BatchUpdateDataTableValueSuccessResultList, () => BatchUpdateDataTableValueFailureResultList], 2
];
var BatchUpdateDataTableValueSuccessResult$ = [3, n0, _BUDTVSR,
    0,
    [_PV, _AN, _LV],
    [() => PrimaryValuesSet, 0, () => DataTableLockVersion$], 3
];
var BooleanCondition$ = [3, n0, _BC,
    0,
    [_FNi, _CTo],
    [0, 0]
];
var CalculationComponent$ = [3, n0, _CC,
    0,
    [_Al, _MN, _MI, _MF],
    [0, 0, 0, () => MetricFilterList], 1
];
var Campaign$ = [3, n0, _Cam,
    0,
    [_CIa],
    [0]
];
var CaseSlaConfiguration$ = [3, n0, _CSC,
    0,
    [_N, _T, _TSM, _FIie, _TFV],
    [0, 0, 1, 0, () => SlaFieldValueUnionList], 3
];
var ChatContactMetrics$ = [3, n0, _CCM,
    0,
    [_MP, _TM, _TBM, _TBMLIC, _CCTIM, _CTC, _AFRT, _AFRTIM],
    [2, 1, 1, 1, 1, 1, 4, 1]
];
var ChatEntryPointParameters$ = [3, n0, _CEPP,
    0,
    [_FI],
    [0]
];
var ChatEvent$ = [3, n0, _CEh,
    0,
    [_T, _CTon, _Co],
    [0, 0, 0], 1
];
var ChatMessage$ = [3, n0, _CM,
    0,
    [_CTon, _Co],
    [0, 0], 2
];
var ChatMetrics$ = [3, n0, _CMh,
    0,
    [_CCM, _AM, _CMu],
    [() => ChatContactMetrics$, () => ParticipantMetrics$, () => ParticipantMetrics$]
];
var ChatParticipantRoleConfig$ = [3, n0, _CPRC,
    0,
    [_PTCL],
    [() => ParticipantTimerConfigList], 1
];
var ChatStreamingConfiguration$ = [3, n0, _CSCh,
    0,
    [_SEA],
    [0], 1
];
var ClaimedPhoneNumberSummary$ = [3, n0, _CPNS,
    0,
    [_PNI, _PNA, _PN, _PNCC, _PNT, _PND, _TA, _II, _Ta, _PNS, _SPNA],
    [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, () => PhoneNumberStatus$, 0]
];
var ClaimPhoneNumberRequest$ = [3, n0, _CPNR,
    0,
    [_PN, _TA, _II, _PND, _Ta, _CT],
    [0, 0, 0, 0, 128 | 0, [0, 4]], 1
];
var ClaimPhoneNumberResponse$ = [3, n0, _CPNRl,
    0,
    [_PNI, _PNA],
    [0, 0]
];
var CommonAttributeAndCondition$ = [3, n0, _CAAC,
    0,
    [_TC],
    [() => TagAndConditionList]
];
var CompleteAttachedFileUploadRequest$ = [3, n0, _CAFUR,
    0,
    [_II, _FIi, _ARA],
    [[0, 1], [0, 1], [0, { [_hQ]: _aRA }]], 3
];
var CompleteAttachedFileUploadResponse$ = [3, n0, _CAFURo,
    0,
    [],
    []
];
var Condition$ = [3, n0, _Con,
    0,
    [_SC, _NC],
    [() => StringCondition$, () => NumberCondition$]
];
var ConnectionData$ = [3, n0, _CD,
    0,
    [_At, _Me],
    [[() => Attendee$, 0], () => Meeting$]
];
var Contact$ = [3, n0, _Cont,
    0,
    [_A, _I, _ICI, _PCI, _CAI, _IM, _N, _D, _C, _QIu, _AI, _IT, _DT, _LUT, _LPT, _LRT, _RST, _TPC, _TPDIS, _STc, _RCI, _WIi, _CIu, _CEu, _SE, _QTAS, _QP, _Ta, _CTST, _RCo, _Cu, _Cam, _AMDS, _CVA, _QM, _CMh, _DD, _AER, _SAe, _Re, _DR, _CEo, _TTI, _CDo, _OSu, _Attr, _NCe, _GRM],
    [0, 0, 0, 0, 0, 0, [() => Name, 0], [() => Description, 0], 0, () => QueueInfo$, () => AgentInfo$, 4, 4, 4, 4, 4, 4, 1, 1, 4, 0, () => WisdomInfo$, 0, () => EndpointInfo$, () => EndpointInfo$, 1, 1, 128 | 0, 4, () => RoutingCriteria$, () => Customer$, () => Campaign$, 0, () => CustomerVoiceActivity$, () => QualityMetrics$, () => ChatMetrics$, () => DisconnectDetails$, () => AdditionalEmailRecipients$, () => SegmentAttributes, () => Recordings, 0, () => ContactEvaluations, () => TaskTemplateInfoV2$, () => ContactDetails$, () => OutboundStrategy$, 128 | 0, () => NextContacts, () => GlobalResiliencyMetadata$]
];
var ContactAnalysis$ = [3, n0, _CAo,
    0,
    [_Tr],
    [[() => Transcript$, 0]]
];
var ContactAnalysisReference$ = [3, n0, _CAR,
    0,
    [_N, _V, _St, _A, _AMn, _IR],
    [0, 0, 0, 0, 0, 2]
];
var ContactConfiguration$ = [3, n0, _CCo,
    0,
    [_CI, _PR, _IRM],
    [0, 0, 2], 1
];
var ContactDataRequest$ = [3, n0, _CDR,
    0,
    [_SE, _CEu, _RIeq, _QI, _Attr, _Cam, _OSu],
    [() => Endpoint$, () => Endpoint$, 0, 0, 128 | 0, () => Campaign$, () => OutboundStrategy$]
];
var ContactDetails$ = [3, n0, _CDo,
    0,
    [_N, _D],
    [0, 0]
];
var ContactEvaluation$ = [3, n0, _CEon,
    0,
    [_FIo, _EAv, _St, _STta, _ETn, _DTe, _EL],
    [0, 0, 0, 4, 4, 4, 0]
];
var ContactEvaluationAttributeAndCondition$ = [3, n0, _CEAAC,
    0,
    [_TC, _ACtt],
    [() => TagAndConditionList, () => ContactEvaluationAttributeConditionList]
];
var ContactEvaluationAttributeCondition$ = [3, n0, _CEAC,
    0,
    [_AK, _AV, _CTo],
    [0, () => ContactEvaluationAttributeValue$, 0]
];
var ContactEvaluationAttributeFilter$ = [3, n0, _CEAF,
    0,
    [_OC, _ACnd, _TCa, _CEAC],
    [() => ContactEvaluationAttributeOrConditionList, () => ContactEvaluationAttributeAndCondition$, () => TagCondition$, () => ContactEvaluationAttributeCondition$]
];
var ContactEvaluationAttributeValue$ = [3, n0, _CEAV,
    0,
    [_SV],
    [0]
];
var ContactFilter$ = [3, n0, _CF,
    0,
    [_CS],
    [64 | 0]
];
var ContactFlow$ = [3, n0, _CFo,
    0,
    [_A, _I, _N, _T, _S, _St, _D, _Co, _Ta, _FCS, _Ve, _VD, _LMT, _LMR],
    [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, 0, 1, 0, 4, 0]
];
var ContactFlowAttributeAndCondition$ = [3, n0, _CFAAC,
    0,
    [_TC, _CFTC],
    [() => TagAndConditionList, () => ContactFlowTypeCondition$]
];
var ContactFlowAttributeFilter$ = [3, n0, _CFAF,
    0,
    [_OC, _ACnd, _TCa, _CFTC],
    [() => ContactFlowAttributeOrConditionList, () => ContactFlowAttributeAndCondition$, () => TagCondition$, () => ContactFlowTypeCondition$]
];
var ContactFlowModule$ = [3, n0, _CFM,
    0,
    [_A, _I, _N, _Co, _D, _S, _St, _Ta, _FMCS, _Ve, _VD, _Se, _EIC],
    [0, 0, 0, 0, 0, 0, 0, 128 | 0, 0, 1, 0, 0, () => ExternalInvocationConfiguration$]
];
var ContactFlowModuleAliasInfo$ = [3, n0, _CFMAI,
    0,
    [_CFMI, _CFMA, _AIli, _Ve, _N, _D, _LMR, _LMT],
    [0, 0, 0, 1, 0, 0, 0, 4]
];
var ContactFlowModuleAliasSummary$ = [3, n0, _CFMAS,
    0,
    [_A, _AIli, _Ve, _ANl, _AD, _LMT],
    [0, 0, 1, 0, 0, 4]
];
var ContactFlowModuleSearchCriteria$ = [3, n0, _CFMSC,
    0,
    [_OC, _ACn, _SC, _SCta, _SCtat],
    [() => ContactFlowModuleSearchConditionList, () => ContactFlowModuleSearchConditionList, () => StringCondition$, 0, 0]
];
var ContactFlowModuleSearchFilter$ = [3, n0, _CFMSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var ContactFlowModuleSummary$ = [3, n0, _CFMS,
    0,
    [_I, _A, _N, _S],
    [0, 0, 0, 0]
];
var ContactFlowModuleVersionSummary$ = [3, n0, _CFMVS,
    0,
    [_A, _VD, _Ve],
    [0, 0, 1]
];
var ContactFlowSearchCriteria$ = [3, n0, _CFSC,
    0,
    [_OC, _ACn, _SC, _TCy, _SCta, _SCtat],
    [() => ContactFlowSearchConditionList, () => ContactFlowSearchConditionList, () => StringCondition$, 0, 0, 0]
];
var ContactFlowSearchFilter$ = [3, n0, _CFSF,
    0,
    [_TF, _FAF],
    [() => ControlPlaneTagFilter$, () => ContactFlowAttributeFilter$]
];
var ContactFlowSummary$ = [3, n0, _CFS,
    0,
    [_I, _A, _N, _CFT, _CFSo, _CFSon],
    [0, 0, 0, 0, 0, 0]
];
var ContactFlowTypeCondition$ = [3, n0, _CFTC,
    0,
    [_CFT],
    [0]
];
var ContactFlowVersionSummary$ = [3, n0, _CFVS,
    0,
    [_A, _VD, _Ve],
    [0, 0, 1]
];
var ContactMetricInfo$ = [3, n0, _CMI,
    0,
    [_N],
    [0], 1
];
var ContactMetricResult$ = [3, n0, _CMR,
    0,
    [_N, _V],
    [0, () => ContactMetricValue$], 2
];
var ContactSearchSummary$ = [3, n0, _CSS,
    0,
    [_A, _I, _ICI, _PCI, _IM, _C, _QIu, _AI, _IT, _DT, _STc, _SAe, _N, _RCo, _Ta, _GRM, _AAI],
    [0, 0, 0, 0, 0, 0, () => ContactSearchSummaryQueueInfo$, () => ContactSearchSummaryAgentInfo$, 4, 4, 4, [() => ContactSearchSummarySegmentAttributes, 0], [() => Name, 0], () => RoutingCriteria$, 128 | 0, () => GlobalResiliencyMetadata$, () => ContactSearchSummaryAiAgentInfoList]
];
var ContactSearchSummaryAgentInfo$ = [3, n0, _CSSAI,
    0,
    [_I, _CTAT],
    [0, 4]
];
var ContactSearchSummaryAiAgentInfo$ = [3, n0, _CSSAAI,
    0,
    [_AAVI, _AAE, _AUC],
    [0, 2, 0]
];
var ContactSearchSummaryQueueInfo$ = [3, n0, _CSSQI,
    0,
    [_I, _ETnq],
    [0, 4]
];
var ContactSearchSummarySegmentAttributeValue$ = [3, n0, _CSSSAV,
    0,
    [_VS, _VM],
    [0, () => SegmentAttributeValueMap]
];
var ContentAttributes$ = [3, n0, _CAon,
    0,
    [_RCe],
    [() => RecommenderConfig$]
];
var ControlPlaneAttributeFilter$ = [3, n0, _CPAF,
    0,
    [_OC, _ACnd, _TCa],
    [() => CommonAttributeOrConditionList, () => CommonAttributeAndCondition$, () => TagCondition$]
];
var ControlPlaneTagFilter$ = [3, n0, _CPTF,
    0,
    [_OC, _ACn, _TCa],
    [() => TagOrConditionList, () => TagAndConditionList, () => TagCondition$]
];
var ControlPlaneUserAttributeFilter$ = [3, n0, _CPUAF,
    0,
    [_OC, _ACnd, _TCa, _HGC],
    [() => AttributeOrConditionList, () => AttributeAndCondition$, () => TagCondition$, () => HierarchyGroupCondition$]
];
var CreateAgentStatusRequest$ = [3, n0, _CASR,
    0,
    [_II, _N, _S, _D, _DO, _Ta],
    [[0, 1], 0, 0, 0, 1, 128 | 0], 3
];
var CreateAgentStatusResponse$ = [3, n0, _CASRr,
    0,
    [_ASARN, _ASI],
    [0, 0]
];
var CreateAttachedFileRequest$ = [3, n0, _CAFR,
    0,
    [_II, _FUCT, _FSU, _ARA, _CT, _Ta],
    [[0, 1], 0, 0, [0, { [_hQ]: _aRA }], [0, 4], 128 | 0], 4
];
var CreateAttachedFileResponse$ = [3, n0, _CAFRr,
    0,
    [_FAi, _FIi, _CTr, _FS],
    [0, 0, 0, 0]
];
var CreateAuthCodeRequest$ = [3, n0, _CACR,
    0,
    [_II, _Sc, _SIDM, _MSDM],
    [[0, 1], () => AuthScope$, 1, 1], 3
];
var CreateAuthCodeResponse$ = [3, n0, _CACRr,
    0,
    [_AC, _SI, _ET, _EI],
    [[() => AuthCode, 0], 0, 0, 0]
];
var CreateCaseActionDefinition$ = [3, n0, _CCAD,
    0,
    [_Fie, _TI],
    [() => FieldValues, 0], 2
];
var CreateContactFlowModuleAliasRequest$ = [3, n0, _CCFMAR,
    0,
    [_II, _CFMI, _CFMV, _ANl, _D],
    [[0, 1], [0, 1], 1, 0, 0], 4
];
var CreateContactFlowModuleAliasResponse$ = [3, n0, _CCFMARr,
    0,
    [_CFMA, _I],
    [0, 0]
];
var CreateContactFlowModuleRequest$ = [3, n0, _CCFMR,
    0,
    [_II, _N, _Co, _D, _Ta, _CT, _Se, _EIC],
    [[0, 1], 0, 0, 0, 128 | 0, [0, 4], 0, () => ExternalInvocationConfiguration$], 3
];
var CreateContactFlowModuleResponse$ = [3, n0, _CCFMRr,
    0,
    [_I, _A],
    [0, 0]
];
var CreateContactFlowModuleVersionRequest$ = [3, n0, _CCFMVR,
    0,
    [_II, _CFMI, _D, _FMCS],
    [[0, 1], [0, 1], 0, 0], 2
];
var CreateContactFlowModuleVersionResponse$ = [3, n0, _CCFMVRr,
    0,
    [_CFMA, _Ve],
    [0, 1]
];
var CreateContactFlowRequest$ = [3, n0, _CCFR,
    0,
    [_II, _N, _T, _Co, _D, _St, _Ta],
    [[0, 1], 0, 0, 0, 0, 0, 128 | 0], 4
];
var CreateContactFlowResponse$ = [3, n0, _CCFRr,
    0,
    [_CFI, _CFA, _FCS],
    [0, 0, 0]
];
var CreateContactFlowVersionRequest$ = [3, n0, _CCFVR,
    0,
    [_II, _CFI, _D, _FCS, _CFV, _LMT, _LMR],
    [[0, 1], [0, 1], 0, 0, 1, 4, 0], 2
];
var CreateContactFlowVersionResponse$ = [3, n0, _CCFVRr,
    0,
    [_CFA, _Ve],
    [0, 1]
];
var CreateContactRequest$ = [3, n0, _CCR,
    0,
    [_II, _C, _IM, _CT, _RCI, _Attr, _Ref, _EDIM, _UIs, _IA, _N, _D, _SAe, _PCI],
    [0, 0, 0, [0, 4], 0, 128 | 0, () => ContactReferences, 1, () => UserInfo$, 0, [() => Name, 0], [() => Description, 0], () => SegmentAttributes, 0], 3
];
var CreateContactResponse$ = [3, n0, _CCRr,
    0,
    [_CI, _CA],
    [0, 0]
];
var CreateDataTableAttributeRequest$ = [3, n0, _CDTAR,
    0,
    [_II, _DTI, _N, _VT, _D, _Pri, _Val],
    [[0, 1], [0, 1], 0, 0, 0, 2, () => Validation$], 4
];
var CreateDataTableAttributeResponse$ = [3, n0, _CDTARr,
    0,
    [_N, _LV, _AItt],
    [0, () => DataTableLockVersion$, 0], 2
];
var CreateDataTableRequest$ = [3, n0, _CDTR,
    0,
    [_II, _N, _TZ, _VLL, _St, _D, _Ta],
    [[0, 1], 0, 0, 0, 0, 0, 128 | 0], 5
];
var CreateDataTableResponse$ = [3, n0, _CDTRr,
    0,
    [_I, _A, _LV],
    [0, 0, () => DataTableLockVersion$], 3
];
var CreateEmailAddressRequest$ = [3, n0, _CEAR,
    0,
    [_II, _EA, _D, _DNi, _Ta, _CT],
    [[0, 1], [() => EmailAddress, 0], [() => Description, 0], [() => EmailAddressDisplayName, 0], 128 | 0, 0], 2
];
var CreateEmailAddressResponse$ = [3, n0, _CEARr,
    0,
    [_EAI, _EAA],
    [0, 0]
];
var CreateEvaluationFormRequest$ = [3, n0, _CEFR,
    0,
    [_II, _Ti, _It, _D, _SS, _AEC, _CT, _ADs, _Ta, _RCev, _TCar, _LC, _AIV],
    [[0, 1], 0, () => EvaluationFormItemsList, 0, () => EvaluationFormScoringStrategy$, () => EvaluationFormAutoEvaluationConfiguration$, [0, 4], 2, 128 | 0, () => EvaluationReviewConfiguration$, () => EvaluationFormTargetConfiguration$, () => EvaluationFormLanguageConfiguration$, 0], 3
];
var CreateEvaluationFormResponse$ = [3, n0, _CEFRr,
    0,
    [_EFI, _EFA],
    [0, 0], 2
];
var CreateExtractionDefinitionRequest$ = [3, n0, _CEDR,
    0,
    [_II, _N, _ECxt, _CT, _Dis, _Ta],
    [[0, 1], 0, () => ExtractionConfiguration$, [0, 4], () => ExtractionDefinitionDisplay$, 128 | 0], 3
];
var CreateExtractionDefinitionResponse$ = [3, n0, _CEDRr,
    0,
    [_EDA, _EDI],
    [0, 0], 2
];
var CreateHoursOfOperationOverrideRequest$ = [3, n0, _CHOOOR,
    0,
    [_II, _HOOI, _N, _Conf, _EF, _ETf, _D, _RCec, _OT],
    [[0, 1], [0, 1], 0, () => HoursOfOperationOverrideConfigList, 0, 0, 0, () => RecurrenceConfig$, 0], 6
];
var CreateHoursOfOperationOverrideResponse$ = [3, n0, _CHOOORr,
    0,
    [_HOOOI],
    [0]
];
var CreateHoursOfOperationRequest$ = [3, n0, _CHOOR,
    0,
    [_II, _N, _TZ, _Conf, _D, _PHOOC, _Ta],
    [[0, 1], 0, 0, () => HoursOfOperationConfigList, 0, () => ParentHoursOfOperationConfigList, 128 | 0], 4
];
var CreateHoursOfOperationResponse$ = [3, n0, _CHOORr,
    0,
    [_HOOI, _HOOA],
    [0, 0]
];
var CreateInstanceRequest$ = [3, n0, _CIR,
    0,
    [_IMT, _ICE, _OCE, _CT, _IAn, _DIi, _Ta],
    [0, 2, 2, [0, 4], [() => DirectoryAlias, 0], 0, 128 | 0], 3
];
var CreateInstanceResponse$ = [3, n0, _CIRr,
    0,
    [_I, _A],
    [0, 0]
];
var CreateIntegrationAssociationRequest$ = [3, n0, _CIAR,
    0,
    [_II, _ITn, _IAnt, _SAU, _SAN, _STo, _Ta],
    [[0, 1], 0, 0, 0, 0, 0, 128 | 0], 3
];
var CreateIntegrationAssociationResponse$ = [3, n0, _CIARr,
    0,
    [_IAI, _IAA],
    [0, 0]
];
var CreateMetricRequest$ = [3, n0, _CMRr,
    0,
    [_II, _N, _MCe, _U, _St, _CT, _D, _PTI, _Ta],
    [[0, 1], 0, () => MetricCalculation$, 0, 0, [0, 4], 0, 0, 128 | 0], 4
];
var CreateMetricResponse$ = [3, n0, _CMRre,
    0,
    [_MA, _MI],
    [0, 0], 2
];
var CreateNotificationRequest$ = [3, n0, _CNR,
    0,
    [_II, _Rec, _Co, _EAx, _Prio, _Ta, _PNIr, _CT],
    [[0, 1], 64 | 0, 128 | 0, 4, 0, 128 | 0, 0, [0, 4]], 3
];
var CreateNotificationResponse$ = [3, n0, _CNRr,
    0,
    [_NI, _NA],
    [0, 0], 2
];
var CreateParticipantRequest$ = [3, n0, _CPR,
    0,
    [_II, _CI, _PD, _CT],
    [0, 0, () => ParticipantDetailsToAdd$, [0, 4]], 3
];
var CreateParticipantResponse$ = [3, n0, _CPRr,
    0,
    [_PC, _PI],
    [() => ParticipantTokenCredentials$, 0]
];
var CreatePersistentContactAssociationRequest$ = [3, n0, _CPCAR,
    0,
    [_II, _ICI, _RTe, _SCI, _CT],
    [[0, 1], [0, 1], 0, 0, 0], 4
];
var CreatePersistentContactAssociationResponse$ = [3, n0, _CPCARr,
    0,
    [_CFCI],
    [0]
];
var CreatePredefinedAttributeRequest$ = [3, n0, _CPAR,
    0,
    [_II, _N, _Va, _Pu, _ACttr],
    [[0, 1], 0, () => PredefinedAttributeValues$, 64 | 0, () => InputPredefinedAttributeConfiguration$], 2
];
var CreatePromptRequest$ = [3, n0, _CPRre,
    0,
    [_II, _N, _SU, _D, _Ta],
    [[0, 1], 0, 0, 0, 128 | 0], 3
];
var CreatePromptResponse$ = [3, n0, _CPRrea,
    0,
    [_PARN, _PIr],
    [0, 0]
];
var CreatePushNotificationRegistrationRequest$ = [3, n0, _CPNRR,
    0,
    [_II, _PAA, _DTev, _DTevi, _CCo, _CT],
    [[0, 1], 0, 0, 0, () => ContactConfiguration$, [0, 4]], 5
];
var CreatePushNotificationRegistrationResponse$ = [3, n0, _CPNRRr,
    0,
    [_RIeg],
    [0], 1
];
var CreateQueueRequest$ = [3, n0, _CQR,
    0,
    [_II, _N, _HOOI, _D, _OCC, _OEC, _MCa, _QCI, _EAC, _Ta],
    [[0, 1], 0, 0, 0, () => OutboundCallerConfig$, () => OutboundEmailConfig$, 1, 64 | 0, () => EmailAddressConfigList, 128 | 0], 3
];
var CreateQueueResponse$ = [3, n0, _CQRr,
    0,
    [_QA, _QI],
    [0, 0]
];
var CreateQuickConnectRequest$ = [3, n0, _CQCR,
    0,
    [_II, _N, _QCC, _D, _Ta],
    [[0, 1], 0, () => QuickConnectConfig$, 0, 128 | 0], 3
];
var CreateQuickConnectResponse$ = [3, n0, _CQCRr,
    0,
    [_QCARN, _QCIu],
    [0, 0]
];
var CreateRoutingProfileRequest$ = [3, n0, _CRPR,
    0,
    [_II, _N, _D, _DOQI, _MCed, _QC, _MAQC, _Ta, _AAT],
    [[0, 1], 0, 0, 0, () => MediaConcurrencies, () => RoutingProfileQueueConfigList, () => RoutingProfileManualAssignmentQueueConfigList, 128 | 0, 0], 5
];
var CreateRoutingProfileResponse$ = [3, n0, _CRPRr,
    0,
    [_RPA, _RPI],
    [0, 0]
];
var CreateRuleRequest$ = [3, n0, _CRR,
    0,
    [_II, _N, _TES, _Fu, _Ac, _PS, _PEF, _CT, _Ta],
    [[0, 1], 0, () => RuleTriggerEventSource$, 0, () => RuleActions, 0, () => PreEvaluationFilters$, [0, 4], 128 | 0], 6
];
var CreateRuleResponse$ = [3, n0, _CRRr,
    0,
    [_RAu, _RIu],
    [0, 0], 2
];
var CreateSecurityProfileRequest$ = [3, n0, _CSPR,
    0,
    [_SPNe, _II, _D, _Pe, _Ta, _AACT, _TRR, _App, _HRR, _AACHGI, _AFM, _AAIA, _GACC],
    [0, [0, 1], 0, 64 | 0, 128 | 0, 128 | 0, 64 | 0, () => Applications, 64 | 0, 0, () => AllowedFlowModules, () => AllowedAIAgents, () => GranularAccessControlConfiguration$], 2
];
var CreateSecurityProfileResponse$ = [3, n0, _CSPRr,
    0,
    [_SPIe, _SPA],
    [0, 0]
];
var CreateTaskTemplateRequest$ = [3, n0, _CTTR,
    0,
    [_II, _N, _Fie, _D, _CFI, _SAFI, _Cons, _Def, _St, _CT],
    [[0, 1], 0, () => TaskTemplateFields, 0, 0, 0, () => TaskTemplateConstraints$, () => TaskTemplateDefaults$, 0, [0, 4]], 3
];
var CreateTaskTemplateResponse$ = [3, n0, _CTTRr,
    0,
    [_I, _A],
    [0, 0], 2
];
var CreateTestCaseRequest$ = [3, n0, _CTCR,
    0,
    [_II, _N, _Co, _D, _EP, _IDn, _St, _TCI, _Ta, _LMT, _LMR],
    [[0, 1], 0, 0, 0, () => TestCaseEntryPoint$, 0, 0, [0, { [_hH]: _xari }], 128 | 0, [4, { [_hH]: _xalmt }], [0, { [_hH]: _xalmr }]], 3
];
var CreateTestCaseResponse$ = [3, n0, _CTCRr,
    0,
    [_TCI, _TCA],
    [0, 0]
];
var CreateTrafficDistributionGroupRequest$ = [3, n0, _CTDGR,
    0,
    [_N, _II, _D, _CT, _Ta],
    [0, 0, 0, [0, 4], 128 | 0], 2
];
var CreateTrafficDistributionGroupResponse$ = [3, n0, _CTDGRr,
    0,
    [_I, _A],
    [0, 0]
];
var CreateUseCaseRequest$ = [3, n0, _CUCR,
    0,
    [_II, _IAI, _UCT, _Ta],
    [[0, 1], [0, 1], 0, 128 | 0], 3
];
var CreateUseCaseResponse$ = [3, n0, _CUCRr,
    0,
    [_UCI, _UCA],
    [0, 0]
];
var CreateUserHierarchyGroupRequest$ = [3, n0, _CUHGR,
    0,
    [_N, _II, _PGI, _Ta],
    [0, [0, 1], 0, 128 | 0], 2
];
var CreateUserHierarchyGroupResponse$ = [3, n0, _CUHGRr,
    0,
    [_HGI, _HGA],
    [0, 0]
];
var CreateUserRequest$ = [3, n0, _CUR,
    0,
    [_Us, _SPI, _RPI, _II, _Pa, _IId, _PCh, _DUI, _HGI, _AACut, _ACWCf, _PNC, _PCC, _VEC, _Ta],
    [0, 64 | 0, 0, [0, 1], [() => Password, 0], [() => UserIdentityInfo$, 0], [() => UserPhoneConfig$, 0], 0, 0, () => AutoAcceptConfigs, () => AfterContactWorkConfigs, [() => PhoneNumberConfigs, 0], () => PersistentConnectionConfigs, () => VoiceEnhancementConfigs, 128 | 0], 4
];
var CreateUserResponse$ = [3, n0, _CURr,
    0,
    [_UI, _UA],
    [0, 0]
];
var CreateViewRequest$ = [3, n0, _CVR,
    0,
    [_II, _St, _Co, _N, _CT, _D, _Ta],
    [[0, 1], 0, [() => ViewInputContent$, 0], [() => ViewName, 0], 0, 0, 128 | 0], 4
];
var CreateViewResponse$ = [3, n0, _CVRr,
    0,
    [_Vi],
    [[() => View$, 0]]
];
var CreateViewVersionRequest$ = [3, n0, _CVVR,
    0,
    [_II, _VIi, _VD, _VCS],
    [[0, 1], [0, 1], 0, 0], 2
];
var CreateViewVersionResponse$ = [3, n0, _CVVRr,
    0,
    [_Vi],
    [[() => View$, 0]]
];
var CreateVocabularyRequest$ = [3, n0, _CVRre,
    0,
    [_II, _VNo, _LCa, _Co, _CT, _Ta],
    [[0, 1], 0, 0, 0, [0, 4], 128 | 0], 4
];
var CreateVocabularyResponse$ = [3, n0, _CVRrea,
    0,
    [_VAo, _VI, _S],
    [0, 0, 0], 3
];
var CreateWorkspacePageRequest$ = [3, n0, _CWPR,
    0,
    [_II, _WI, _RAe, _Pag, _Sl, _IDnp],
    [[0, 1], [0, 1], 0, 0, 0, 0], 4
];
var CreateWorkspacePageResponse$ = [3, n0, _CWPRr,
    0,
    [],
    []
];
var CreateWorkspaceRequest$ = [3, n0, _CWR,
    0,
    [_II, _N, _D, _Th, _Ti, _Ta],
    [[0, 1], 0, 0, () => WorkspaceTheme$, 0, 128 | 0], 2
];
var CreateWorkspaceResponse$ = [3, n0, _CWRr,
    0,
    [_WI, _WA],
    [0, 0], 2
];
var Credentials$ = [3, n0, _Cred,
    8,
    [_ATc, _ATE, _RTef, _RTE],
    [[() => SecurityToken, 0], 4, [() => SecurityToken, 0], 4]
];
var CrossChannelBehavior$ = [3, n0, _CCB,
    0,
    [_BT],
    [0], 1
];
var CrossChannelWorkloadBehavior$ = [3, n0, _CCWB,
    0,
    [_CWBT],
    [0]
];
var CurrentMetric$ = [3, n0, _CMur,
    0,
    [_N, _MI, _U],
    [0, 0, 0]
];
var CurrentMetricData$ = [3, n0, _CMD,
    0,
    [_Met, _V],
    [() => CurrentMetric$, 1]
];
var CurrentMetricResult$ = [3, n0, _CMRu,
    0,
    [_Dim, _Col],
    [() => Dimensions$, () => CurrentMetricDataCollections]
];
var CurrentMetricSortCriteria$ = [3, n0, _CMSC,
    0,
    [_SBM, _SO],
    [0, 0]
];
var Customer$ = [3, n0, _Cu,
    0,
    [_DI, _Ca],
    [() => DeviceInfo$, () => ParticipantCapabilities$]
];
var CustomerQualityMetrics$ = [3, n0, _CQM,
    0,
    [_Au],
    [() => AudioQualityMetricsInfo$]
];
var CustomerVoiceActivity$ = [3, n0, _CVA,
    0,
    [_GST, _GET],
    [4, 4]
];
var DataTable$ = [3, n0, _DTa,
    0,
    [_N, _I, _A, _TZ, _LMT, _D, _VLL, _LV, _Ve, _VD, _St, _CTre, _LMR, _Ta],
    [0, 0, 0, 0, 4, 0, 0, () => DataTableLockVersion$, 0, 0, 0, 4, 0, 128 | 0], 5
];
var DataTableAccessControlConfiguration$ = [3, n0, _DTACC,
    0,
    [_PAACC],
    [() => PrimaryAttributeAccessControlConfigurationItem$]
];
var DataTableAttribute$ = [3, n0, _DTA,
    0,
    [_N, _VT, _AItt, _D, _DTI, _DTAa, _Pri, _Ve, _LV, _LMT, _LMR, _Val],
    [0, 0, 0, 0, 0, 0, 2, 0, () => DataTableLockVersion$, 4, 0, () => Validation$], 2
];
var DataTableDeleteValueIdentifier$ = [3, n0, _DTDVI,
    0,
    [_AN, _LV, _PV],
    [0, () => DataTableLockVersion$, () => PrimaryValuesSet], 2
];
var DataTableEvaluatedValue$ = [3, n0, _DTEV,
    0,
    [_RIe, _PV, _AN, _VT, _Fo, _Err, _EV],
    [0, () => PrimaryValuesSet, 0, 0, 2, 2, 0], 7
];
var DataTableLockVersion$ = [3, n0, _DTLV,
    0,
    [_DTa, _Att, _PV, _V],
    [0, 0, 0, 0]
];
var DataTableSearchCriteria$ = [3, n0, _DTSC,
    0,
    [_OC, _ACn, _SC],
    [() => DataTableSearchConditionList, () => DataTableSearchConditionList, () => StringCondition$]
];
var DataTableSearchFilter$ = [3, n0, _DTSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var DataTableSummary$ = [3, n0, _DTS,
    0,
    [_N, _I, _A, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var DataTableValue$ = [3, n0, _DTV,
    0,
    [_AN, _V, _PV, _LV, _LMT, _LMR],
    [0, 0, () => PrimaryValuesSet, () => DataTableLockVersion$, 4, 0], 2
];
var DataTableValueEvaluationSet$ = [3, n0, _DTVES,
    0,
    [_ANt, _PV],
    [64 | 0, () => PrimaryValuesSet], 1
];
var DataTableValueIdentifier$ = [3, n0, _DTVI,
    0,
    [_AN, _PV],
    [0, () => PrimaryValuesSet], 1
];
var DataTableValueSummary$ = [3, n0, _DTVS,
    0,
    [_PV, _AN, _VT, _V, _RIe, _AItt, _LV, _LMT, _LMR],
    [() => PrimaryValuesResponseSet, 0, 0, 0, 0, 0, () => DataTableLockVersion$, 4, 0], 4
];
var DateCondition$ = [3, n0, _DC,
    0,
    [_FNi, _V, _CTo],
    [0, 0, 0]
];
var DateReference$ = [3, n0, _DRa,
    0,
    [_N, _V],
    [0, 0]
];
var DateTimeCondition$ = [3, n0, _DTC,
    0,
    [_FNi, _MV, _MVa, _CTo],
    [0, 0, 0, 0]
];
var DeactivateEvaluationFormRequest$ = [3, n0, _DEFR,
    0,
    [_II, _EFI, _EFV],
    [[0, 1], [0, 1], 1], 3
];
var DeactivateEvaluationFormResponse$ = [3, n0, _DEFRe,
    0,
    [_EFI, _EFA, _EFV],
    [0, 0, 1], 3
];
var DecimalCondition$ = [3, n0, _DCe,
    0,
    [_FNi, _MV, _MVa, _CTo],
    [0, 1, 1, 0]
];
var DefaultVocabulary$ = [3, n0, _DV,
    0,
    [_II, _LCa, _VI, _VNo],
    [0, 0, 0, 0], 4
];
var DeleteAttachedFileRequest$ = [3, n0, _DAFR,
    0,
    [_II, _FIi, _ARA],
    [[0, 1], [0, 1], [0, { [_hQ]: _aRA }]], 3
];
var DeleteAttachedFileResponse$ = [3, n0, _DAFRe,
    0,
    [],
    []
];
var DeleteContactDataRequest$ = [3, n0, _DCDR,
    0,
    [_II, _CI, _CFon],
    [[0, 1], [0, 1], 64 | 0], 3
];
var DeleteContactDataResponse$ = [3, n0, _DCDRe,
    0,
    [],
    []
];
var DeleteContactEvaluationRequest$ = [3, n0, _DCER,
    0,
    [_II, _EIv],
    [[0, 1], [0, 1]], 2
];
var DeleteContactFlowModuleAliasRequest$ = [3, n0, _DCFMAR,
    0,
    [_II, _CFMI, _AIli],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteContactFlowModuleAliasResponse$ = [3, n0, _DCFMARe,
    0,
    [],
    []
];
var DeleteContactFlowModuleRequest$ = [3, n0, _DCFMR,
    0,
    [_II, _CFMI],
    [[0, 1], [0, 1]], 2
];
var DeleteContactFlowModuleResponse$ = [3, n0, _DCFMRe,
    0,
    [],
    []
];
var DeleteContactFlowModuleVersionRequest$ = [3, n0, _DCFMVR,
    0,
    [_II, _CFMI, _CFMV],
    [[0, 1], [0, 1], [1, 1]], 3
];
var DeleteContactFlowModuleVersionResponse$ = [3, n0, _DCFMVRe,
    0,
    [],
    []
];
var DeleteContactFlowRequest$ = [3, n0, _DCFR,
    0,
    [_II, _CFI],
    [[0, 1], [0, 1]], 2
];
var DeleteContactFlowResponse$ = [3, n0, _DCFRe,
    0,
    [],
    []
];
var DeleteContactFlowVersionRequest$ = [3, n0, _DCFVR,
    0,
    [_II, _CFI, _CFV],
    [[0, 1], [0, 1], [1, 1]], 3
];
var DeleteContactFlowVersionResponse$ = [3, n0, _DCFVRe,
    0,
    [],
    []
];
var DeleteDataTableAttributeRequest$ = [3, n0, _DDTAR,
    0,
    [_II, _DTI, _AN],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteDataTableAttributeResponse$ = [3, n0, _DDTARe,
    0,
    [_LV],
    [() => DataTableLockVersion$], 1
];
var DeleteDataTableRequest$ = [3, n0, _DDTR,
    0,
    [_II, _DTI],
    [[0, 1], [0, 1]], 2
];
var DeleteDataTableResponse$ = [3, n0, _DDTRe,
    0,
    [],
    []
];
var DeleteEmailAddressRequest$ = [3, n0, _DEAR,
    0,
    [_II, _EAI],
    [[0, 1], [0, 1]], 2
];
var DeleteEmailAddressResponse$ = [3, n0, _DEARe,
    0,
    [],
    []
];
var DeleteEvaluationFormRequest$ = [3, n0, _DEFRel,
    0,
    [_II, _EFI, _EFV],
    [[0, 1], [0, 1], [1, { [_hQ]: _v }]], 2
];
var DeleteExtractionDefinitionRequest$ = [3, n0, _DEDR,
    0,
    [_II, _EDI],
    [[0, 1], [0, 1]], 2
];
var DeleteExtractionDefinitionResponse$ = [3, n0, _DEDRe,
    0,
    [],
    []
];
var DeleteHoursOfOperationOverrideRequest$ = [3, n0, _DHOOOR,
    0,
    [_II, _HOOI, _HOOOI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteHoursOfOperationRequest$ = [3, n0, _DHOOR,
    0,
    [_II, _HOOI],
    [[0, 1], [0, 1]], 2
];
var DeleteInstanceRequest$ = [3, n0, _DIR,
    0,
    [_II, _CT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteIntegrationAssociationRequest$ = [3, n0, _DIAR,
    0,
    [_II, _IAI],
    [[0, 1], [0, 1]], 2
];
var DeleteMetricRequest$ = [3, n0, _DMR,
    0,
    [_II, _MI],
    [[0, 1], [0, 1]], 2
];
var DeleteMetricResponse$ = [3, n0, _DMRe,
    0,
    [],
    []
];
var DeleteNotificationRequest$ = [3, n0, _DNR,
    0,
    [_II, _NI],
    [[0, 1], [0, 1]], 2
];
var DeleteNotificationResponse$ = [3, n0, _DNRe,
    0,
    [],
    []
];
var DeletePredefinedAttributeRequest$ = [3, n0, _DPAR,
    0,
    [_II, _N],
    [[0, 1], [0, 1]], 2
];
var DeletePromptRequest$ = [3, n0, _DPR,
    0,
    [_II, _PIr],
    [[0, 1], [0, 1]], 2
];
var DeletePushNotificationRegistrationRequest$ = [3, n0, _DPNRR,
    0,
    [_II, _RIeg, _CI],
    [[0, 1], [0, 1], [0, { [_hQ]: _cI }]], 3
];
var DeletePushNotificationRegistrationResponse$ = [3, n0, _DPNRRe,
    0,
    [],
    []
];
var DeleteQueueRequest$ = [3, n0, _DQR,
    0,
    [_II, _QI],
    [[0, 1], [0, 1]], 2
];
var DeleteQuickConnectRequest$ = [3, n0, _DQCR,
    0,
    [_II, _QCIu],
    [[0, 1], [0, 1]], 2
];
var DeleteRoutingProfileRequest$ = [3, n0, _DRPR,
    0,
    [_II, _RPI],
    [[0, 1], [0, 1]], 2
];
var DeleteRuleRequest$ = [3, n0, _DRR,
    0,
    [_II, _RIu],
    [[0, 1], [0, 1]], 2
];
var DeleteSecurityProfileRequest$ = [3, n0, _DSPR,
    0,
    [_II, _SPIe],
    [[0, 1], [0, 1]], 2
];
var DeleteSessionRequest$ = [3, n0, _DSR,
    0,
    [_II, _SI],
    [[0, 1], [0, 1]], 2
];
var DeleteSessionResponse$ = [3, n0, _DSRe,
    0,
    [],
    []
];
var DeleteTaskTemplateRequest$ = [3, n0, _DTTR,
    0,
    [_II, _TTIa],
    [[0, 1], [0, 1]], 2
];
var DeleteTaskTemplateResponse$ = [3, n0, _DTTRe,
    0,
    [],
    []
];
var DeleteTestCaseRequest$ = [3, n0, _DTCR,
    0,
    [_II, _TCI],
    [[0, 1], [0, 1]], 2
];
var DeleteTestCaseResponse$ = [3, n0, _DTCRe,
    0,
    [],
    []
];
var DeleteTrafficDistributionGroupRequest$ = [3, n0, _DTDGR,
    0,
    [_TDGI],
    [[0, 1]], 1
];
var DeleteTrafficDistributionGroupResponse$ = [3, n0, _DTDGRe,
    0,
    [],
    []
];
var DeleteUseCaseRequest$ = [3, n0, _DUCR,
    0,
    [_II, _IAI, _UCI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteUserHierarchyGroupRequest$ = [3, n0, _DUHGR,
    0,
    [_HGI, _II],
    [[0, 1], [0, 1]], 2
];
var DeleteUserRequest$ = [3, n0, _DUR,
    0,
    [_II, _UI],
    [[0, 1], [0, 1]], 2
];
var DeleteViewRequest$ = [3, n0, _DVR,
    0,
    [_II, _VIi],
    [[0, 1], [0, 1]], 2
];
var DeleteViewResponse$ = [3, n0, _DVRe,
    0,
    [],
    []
];
var DeleteViewVersionRequest$ = [3, n0, _DVVR,
    0,
    [_II, _VIi, _VV],
    [[0, 1], [0, 1], [1, 1]], 3
];
var DeleteViewVersionResponse$ = [3, n0, _DVVRe,
    0,
    [],
    []
];
var DeleteVocabularyRequest$ = [3, n0, _DVRel,
    0,
    [_II, _VI],
    [[0, 1], [0, 1]], 2
];
var DeleteVocabularyResponse$ = [3, n0, _DVRele,
    0,
    [_VAo, _VI, _S],
    [0, 0, 0], 3
];
var DeleteWorkspaceMediaRequest$ = [3, n0, _DWMR,
    0,
    [_II, _WI, _MT],
    [[0, 1], [0, 1], [0, { [_hQ]: _mT }]], 3
];
var DeleteWorkspaceMediaResponse$ = [3, n0, _DWMRe,
    0,
    [],
    []
];
var DeleteWorkspacePageRequest$ = [3, n0, _DWPR,
    0,
    [_II, _WI, _Pag],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DeleteWorkspacePageResponse$ = [3, n0, _DWPRe,
    0,
    [],
    []
];
var DeleteWorkspaceRequest$ = [3, n0, _DWR,
    0,
    [_II, _WI],
    [[0, 1], [0, 1]], 2
];
var DeleteWorkspaceResponse$ = [3, n0, _DWRe,
    0,
    [],
    []
];
var DescribeAgentStatusRequest$ = [3, n0, _DASR,
    0,
    [_II, _ASI],
    [[0, 1], [0, 1]], 2
];
var DescribeAgentStatusResponse$ = [3, n0, _DASRe,
    0,
    [_ASg],
    [() => AgentStatus$]
];
var DescribeAttachedFilesConfigurationRequest$ = [3, n0, _DAFCR,
    0,
    [_II, _ASt],
    [[0, 1], [0, 1]], 2
];
var DescribeAttachedFilesConfigurationResponse$ = [3, n0, _DAFCRe,
    0,
    [_AFC],
    [() => AttachedFilesConfiguration$], 1
];
var DescribeAuthenticationProfileRequest$ = [3, n0, _DAPR,
    0,
    [_API, _II],
    [[0, 1], [0, 1]], 2
];
var DescribeAuthenticationProfileResponse$ = [3, n0, _DAPRe,
    0,
    [_APu],
    [() => AuthenticationProfile$]
];
var DescribeContactEvaluationRequest$ = [3, n0, _DCERe,
    0,
    [_II, _EIv],
    [[0, 1], [0, 1]], 2
];
var DescribeContactEvaluationResponse$ = [3, n0, _DCERes,
    0,
    [_Ev, _EFv],
    [() => Evaluation$, () => EvaluationFormContent$], 2
];
var DescribeContactFlowModuleAliasRequest$ = [3, n0, _DCFMARes,
    0,
    [_II, _CFMI, _AIli],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeContactFlowModuleAliasResponse$ = [3, n0, _DCFMAResc,
    0,
    [_CFMAo],
    [() => ContactFlowModuleAliasInfo$]
];
var DescribeContactFlowModuleRequest$ = [3, n0, _DCFMRes,
    0,
    [_II, _CFMI],
    [[0, 1], [0, 1]], 2
];
var DescribeContactFlowModuleResponse$ = [3, n0, _DCFMResc,
    0,
    [_CFM],
    [() => ContactFlowModule$]
];
var DescribeContactFlowRequest$ = [3, n0, _DCFRes,
    0,
    [_II, _CFI],
    [[0, 1], [0, 1]], 2
];
var DescribeContactFlowResponse$ = [3, n0, _DCFResc,
    0,
    [_CFo],
    [() => ContactFlow$]
];
var DescribeContactRequest$ = [3, n0, _DCR,
    0,
    [_II, _CI],
    [[0, 1], [0, 1]], 2
];
var DescribeContactResponse$ = [3, n0, _DCRe,
    0,
    [_Cont],
    [[() => Contact$, 0]]
];
var DescribeDataTableAttributeRequest$ = [3, n0, _DDTARes,
    0,
    [_II, _DTI, _AN],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeDataTableAttributeResponse$ = [3, n0, _DDTAResc,
    0,
    [_Att],
    [() => DataTableAttribute$], 1
];
var DescribeDataTableRequest$ = [3, n0, _DDTRes,
    0,
    [_II, _DTI],
    [[0, 1], [0, 1]], 2
];
var DescribeDataTableResponse$ = [3, n0, _DDTResc,
    0,
    [_DTa],
    [() => DataTable$], 1
];
var DescribeEmailAddressRequest$ = [3, n0, _DEARes,
    0,
    [_II, _EAI],
    [[0, 1], [0, 1]], 2
];
var DescribeEmailAddressResponse$ = [3, n0, _DEAResc,
    0,
    [_EAI, _EAA, _EA, _DNi, _D, _CTrea, _MTo, _ACli, _Ta],
    [0, 0, [() => EmailAddress, 0], [() => EmailAddressDisplayName, 0], [() => Description, 0], 0, 0, () => AliasConfigurationList, 128 | 0]
];
var DescribeEvaluationFormRequest$ = [3, n0, _DEFRes,
    0,
    [_II, _EFI, _EFV],
    [[0, 1], [0, 1], [1, { [_hQ]: _v }]], 2
];
var DescribeEvaluationFormResponse$ = [3, n0, _DEFResc,
    0,
    [_EFv],
    [() => EvaluationForm$], 1
];
var DescribeExtractionDefinitionRequest$ = [3, n0, _DEDRes,
    0,
    [_II, _EDI],
    [[0, 1], [0, 1]], 2
];
var DescribeExtractionDefinitionResponse$ = [3, n0, _DEDResc,
    0,
    [_ED],
    [() => ExtractionDefinition$], 1
];
var DescribeHoursOfOperationOverrideRequest$ = [3, n0, _DHOOORe,
    0,
    [_II, _HOOI, _HOOOI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DescribeHoursOfOperationOverrideResponse$ = [3, n0, _DHOOORes,
    0,
    [_HOOO],
    [() => HoursOfOperationOverride$]
];
var DescribeHoursOfOperationRequest$ = [3, n0, _DHOORe,
    0,
    [_II, _HOOI],
    [[0, 1], [0, 1]], 2
];
var DescribeHoursOfOperationResponse$ = [3, n0, _DHOORes,
    0,
    [_HOO],
    [() => HoursOfOperation$]
];
var DescribeInstanceAttributeRequest$ = [3, n0, _DIARe,
    0,
    [_II, _ATt],
    [[0, 1], [0, 1]], 2
];
var DescribeInstanceAttributeResponse$ = [3, n0, _DIARes,
    0,
    [_Att],
    [() => Attribute$]
];
var DescribeInstanceRequest$ = [3, n0, _DIRe,
    0,
    [_II],
    [[0, 1]], 1
];
var DescribeInstanceResponse$ = [3, n0, _DIRes,
    0,
    [_In, _RCep],
    [[() => Instance$, 0], () => ReplicationConfiguration$]
];
var DescribeInstanceStorageConfigRequest$ = [3, n0, _DISCR,
    0,
    [_II, _AIs, _RT],
    [[0, 1], [0, 1], [0, { [_hQ]: _rT }]], 3
];
var DescribeInstanceStorageConfigResponse$ = [3, n0, _DISCRe,
    0,
    [_SCt],
    [() => InstanceStorageConfig$]
];
var DescribeMetricRequest$ = [3, n0, _DMRes,
    0,
    [_II, _MI],
    [[0, 1], [0, 1]], 2
];
var DescribeMetricResponse$ = [3, n0, _DMResc,
    0,
    [_Met],
    [() => MetricDefinition$], 1
];
var DescribeNotificationRequest$ = [3, n0, _DNRes,
    0,
    [_II, _NI],
    [[0, 1], [0, 1]], 2
];
var DescribeNotificationResponse$ = [3, n0, _DNResc,
    0,
    [_No],
    [() => Notification$], 1
];
var DescribePhoneNumberRequest$ = [3, n0, _DPNR,
    0,
    [_PNI],
    [[0, 1]], 1
];
var DescribePhoneNumberResponse$ = [3, n0, _DPNRe,
    0,
    [_CPNS],
    [() => ClaimedPhoneNumberSummary$]
];
var DescribePredefinedAttributeRequest$ = [3, n0, _DPARe,
    0,
    [_II, _N],
    [[0, 1], [0, 1]], 2
];
var DescribePredefinedAttributeResponse$ = [3, n0, _DPARes,
    0,
    [_PA],
    [() => PredefinedAttribute$]
];
var DescribePromptRequest$ = [3, n0, _DPRe,
    0,
    [_II, _PIr],
    [[0, 1], [0, 1]], 2
];
var DescribePromptResponse$ = [3, n0, _DPRes,
    0,
    [_Pro],
    [() => Prompt$]
];
var DescribeQueueRequest$ = [3, n0, _DQRe,
    0,
    [_II, _QI],
    [[0, 1], [0, 1]], 2
];
var DescribeQueueResponse$ = [3, n0, _DQRes,
    0,
    [_Q],
    [() => Queue$]
];
var DescribeQuickConnectRequest$ = [3, n0, _DQCRe,
    0,
    [_II, _QCIu],
    [[0, 1], [0, 1]], 2
];
var DescribeQuickConnectResponse$ = [3, n0, _DQCRes,
    0,
    [_QCu],
    [() => QuickConnect$]
];
var DescribeRoutingProfileRequest$ = [3, n0, _DRPRe,
    0,
    [_II, _RPI],
    [[0, 1], [0, 1]], 2
];
var DescribeRoutingProfileResponse$ = [3, n0, _DRPRes,
    0,
    [_RP],
    [() => RoutingProfile$]
];
var DescribeRuleRequest$ = [3, n0, _DRRe,
    0,
    [_II, _RIu],
    [[0, 1], [0, 1]], 2
];
var DescribeRuleResponse$ = [3, n0, _DRRes,
    0,
    [_Ru],
    [() => Rule$], 1
];
var DescribeSecurityProfileRequest$ = [3, n0, _DSPRe,
    0,
    [_SPIe, _II],
    [[0, 1], [0, 1]], 2
];
var DescribeSecurityProfileResponse$ = [3, n0, _DSPRes,
    0,
    [_SPe],
    [() => SecurityProfile$]
];
var DescribeTestCaseRequest$ = [3, n0, _DTCRes,
    0,
    [_II, _TCI, _St],
    [[0, 1], [0, 1], [0, { [_hQ]: _st }]], 2
];
var DescribeTestCaseResponse$ = [3, n0, _DTCResc,
    0,
    [_TCe],
    [() => TestCase$]
];
var DescribeTrafficDistributionGroupRequest$ = [3, n0, _DTDGRes,
    0,
    [_TDGI],
    [[0, 1]], 1
];
var DescribeTrafficDistributionGroupResponse$ = [3, n0, _DTDGResc,
    0,
    [_TDG],
    [() => TrafficDistributionGroup$]
];
var DescribeUserHierarchyGroupRequest$ = [3, n0, _DUHGRe,
    0,
    [_HGI, _II],
    [[0, 1], [0, 1]], 2
];
var DescribeUserHierarchyGroupResponse$ = [3, n0, _DUHGRes,
    0,
    [_HGi],
    [() => HierarchyGroup$]
];
var DescribeUserHierarchyStructureRequest$ = [3, n0, _DUHSR,
    0,
    [_II],
    [[0, 1]], 1
];
var DescribeUserHierarchyStructureResponse$ = [3, n0, _DUHSRe,
    0,
    [_HS],
    [() => HierarchyStructure$]
];
var DescribeUserRequest$ = [3, n0, _DURe,
    0,
    [_UI, _II],
    [[0, 1], [0, 1]], 2
];
var DescribeUserResponse$ = [3, n0, _DURes,
    0,
    [_Use],
    [[() => User$, 0]]
];
var DescribeViewRequest$ = [3, n0, _DVRes,
    0,
    [_II, _VIi],
    [[0, 1], [0, 1]], 2
];
var DescribeViewResponse$ = [3, n0, _DVResc,
    0,
    [_Vi],
    [[() => View$, 0]]
];
var DescribeVocabularyRequest$ = [3, n0, _DVRescr,
    0,
    [_II, _VI],
    [[0, 1], [0, 1]], 2
];
var DescribeVocabularyResponse$ = [3, n0, _DVRescri,
    0,
    [_Vo],
    [() => Vocabulary$], 1
];
var DescribeWorkspaceRequest$ = [3, n0, _DWRes,
    0,
    [_II, _WI],
    [[0, 1], [0, 1]], 2
];
var DescribeWorkspaceResponse$ = [3, n0, _DWResc,
    0,
    [_W],
    [() => Workspace$], 1
];
var DeviceInfo$ = [3, n0, _DI,
    0,
    [_PNl, _PVl, _OSp],
    [0, 0, 0]
];
var Dimensions$ = [3, n0, _Dim,
    0,
    [_Q, _C, _RP, _RSE, _ASg, _Sub, _VTT],
    [() => QueueReference$, 0, () => RoutingProfileReference$, 0, () => AgentStatusIdentifier$, 0, 0]
];
var DisassociateAnalyticsDataSetRequest$ = [3, n0, _DADSR,
    0,
    [_II, _DSI, _TAI],
    [[0, 1], 0, 0], 2
];
var DisassociateApprovedOriginRequest$ = [3, n0, _DAOR,
    0,
    [_II, _O, _CT],
    [[0, 1], [0, { [_hQ]: _o }], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DisassociateBotRequest$ = [3, n0, _DBR,
    0,
    [_II, _LB, _LVB, _CT],
    [[0, 1], () => LexBot$, () => LexV2Bot$, [0, 4]], 1
];
var DisassociateEmailAddressAliasRequest$ = [3, n0, _DEAAR,
    0,
    [_EAI, _II, _ACl, _CT],
    [[0, 1], [0, 1], () => AliasConfiguration$, [0, 4]], 3
];
var DisassociateEmailAddressAliasResponse$ = [3, n0, _DEAARi,
    0,
    [],
    []
];
var DisassociateFlowRequest$ = [3, n0, _DFR,
    0,
    [_II, _RI, _RT],
    [[0, 1], [0, 1], [0, 1]], 3
];
var DisassociateFlowResponse$ = [3, n0, _DFRi,
    0,
    [],
    []
];
var DisassociateHoursOfOperationsRequest$ = [3, n0, _DHOORi,
    0,
    [_II, _HOOI, _PHOOI],
    [[0, 1], [0, 1], 64 | 0], 3
];
var DisassociateInstanceStorageConfigRequest$ = [3, n0, _DISCRi,
    0,
    [_II, _AIs, _RT, _CT],
    [[0, 1], [0, 1], [0, { [_hQ]: _rT }], [0, { [_hQ]: _cT, [_iT]: 1 }]], 3
];
var DisassociateLambdaFunctionRequest$ = [3, n0, _DLFR,
    0,
    [_II, _FA, _CT],
    [[0, 1], [0, { [_hQ]: _fA }], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DisassociateLexBotRequest$ = [3, n0, _DLBR,
    0,
    [_II, _BN, _LR, _CT],
    [[0, 1], [0, { [_hQ]: _bN }], [0, { [_hQ]: _lR }], [0, { [_hQ]: _cT, [_iT]: 1 }]], 3
];
var DisassociatePhoneNumberContactFlowRequest$ = [3, n0, _DPNCFR,
    0,
    [_PNI, _II],
    [[0, 1], [0, { [_hQ]: _iI }]], 2
];
var DisassociateQueueEmailAddressesRequest$ = [3, n0, _DQEAR,
    0,
    [_II, _QI, _EAIm, _CT],
    [[0, 1], [0, 1], 64 | 0, [0, 4]], 3
];
var DisassociateQueueQuickConnectsRequest$ = [3, n0, _DQQCR,
    0,
    [_II, _QI, _QCI],
    [[0, 1], [0, 1], 64 | 0], 3
];
var DisassociateRoutingProfileQueuesRequest$ = [3, n0, _DRPQR,
    0,
    [_II, _RPI, _QR, _MAQR],
    [[0, 1], [0, 1], () => RoutingProfileQueueReferenceList, () => RoutingProfileQueueReferenceList], 2
];
var DisassociateSecurityKeyRequest$ = [3, n0, _DSKR,
    0,
    [_II, _AIs, _CT],
    [[0, 1], [0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DisassociateSecurityProfilesRequest$ = [3, n0, _DSPRi,
    0,
    [_II, _SP, _ET, _EAn],
    [[0, 1], () => SecurityProfiles, 0, 0], 4
];
var DisassociateTrafficDistributionGroupUserRequest$ = [3, n0, _DTDGUR,
    0,
    [_TDGI, _UI, _II],
    [[0, 1], [0, { [_hQ]: _UI }], [0, { [_hQ]: _II }]], 3
];
var DisassociateTrafficDistributionGroupUserResponse$ = [3, n0, _DTDGURi,
    0,
    [],
    []
];
var DisassociateUserProficienciesRequest$ = [3, n0, _DUPR,
    0,
    [_II, _UI, _UP],
    [[0, 1], [0, 1], () => UserProficiencyDisassociateList], 3
];
var DisassociateWorkspaceRequest$ = [3, n0, _DWRi,
    0,
    [_II, _WI, _RA],
    [[0, 1], [0, 1], 64 | 0], 3
];
var DisassociateWorkspaceResponse$ = [3, n0, _DWRis,
    0,
    [_SL, _FL],
    [() => SuccessfulBatchAssociationSummaryList, () => FailedBatchAssociationSummaryList]
];
var DisconnectDetails$ = [3, n0, _DD,
    0,
    [_PDI],
    [0]
];
var DisconnectReason$ = [3, n0, _DR,
    0,
    [_Cod],
    [0]
];
var DismissUserContactRequest$ = [3, n0, _DUCRi,
    0,
    [_UI, _II, _CI],
    [[0, 1], [0, 1], 0], 3
];
var DismissUserContactResponse$ = [3, n0, _DUCRis,
    0,
    [],
    []
];
var Distribution$ = [3, n0, _Dist,
    0,
    [_Reg, _Per],
    [0, 1], 2
];
var DownloadUrlMetadata$ = [3, n0, _DUM,
    0,
    [_Ur, _UE],
    [0, 0]
];
var EffectiveHoursOfOperations$ = [3, n0, _EHOO,
    0,
    [_Da, _OH],
    [0, () => OperationalHours]
];
var EffectiveOverrideHours$ = [3, n0, _EOH,
    0,
    [_Da, _OHv],
    [0, () => OverrideHours]
];
var EmailAddressConfig$ = [3, n0, _EACm,
    0,
    [_EAI],
    [0], 1
];
var EmailAddressInfo$ = [3, n0, _EAIma,
    0,
    [_EA, _DNi],
    [[() => EmailAddress, 0], [() => EmailAddressDisplayName, 0]], 1
];
var EmailAddressMetadata$ = [3, n0, _EAM,
    0,
    [_EAI, _EAA, _EA, _D, _DNi, _ACli],
    [0, 0, [() => EmailAddress, 0], [() => Description, 0], [() => EmailAddressDisplayName, 0], () => AliasConfigurationList]
];
var EmailAddressSearchCriteria$ = [3, n0, _EASC,
    0,
    [_OC, _ACn, _SC],
    [() => EmailAddressSearchConditionList, () => EmailAddressSearchConditionList, () => StringCondition$]
];
var EmailAddressSearchFilter$ = [3, n0, _EASF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var EmailAddressSummary$ = [3, n0, _EAS,
    0,
    [_I, _A, _IDOE],
    [0, 0, 2]
];
var EmailAttachment$ = [3, n0, _EAm,
    0,
    [_FN, _SUr],
    [0, 0], 2
];
var EmailMessageReference$ = [3, n0, _EMR,
    0,
    [_N, _A],
    [0, 0]
];
var EmailRecipient$ = [3, n0, _ERm,
    0,
    [_Ad, _DNi],
    [0, 0]
];
var EmailReference$ = [3, n0, _ERma,
    0,
    [_N, _V],
    [0, 0]
];
var EmptyFieldValue$ = [3, n0, _EFVm,
    0,
    [],
    []
];
var EncryptionConfig$ = [3, n0, _ECn,
    0,
    [_ETnc, _KI],
    [0, 0], 2
];
var EndAssociatedTasksActionDefinition$ = [3, n0, _EATAD,
    0,
    [],
    []
];
var Endpoint$ = [3, n0, _End,
    0,
    [_T, _Ad],
    [0, 0]
];
var EndpointInfo$ = [3, n0, _EIn,
    0,
    [_T, _Ad, _DNi],
    [0, 0, 0]
];
var ErrorResult$ = [3, n0, _ERr,
    0,
    [_EC, _EM],
    [0, 0]
];
var EvaluateDataTableValuesRequest$ = [3, n0, _EDTVR,
    0,
    [_II, _DTI, _Va, _TZ, _NT, _MR],
    [[0, 1], [0, 1], () => DataTableValueEvaluationSetList, 0, [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 3
];
var EvaluateDataTableValuesResponse$ = [3, n0, _EDTVRv,
    0,
    [_Va, _NT],
    [() => DataTableEvaluatedValueList, 0], 1
];
var Evaluation$ = [3, n0, _Ev,
    0,
    [_EIv, _EAv, _Meta, _An, _Not, _St, _CTre, _LMT, _Sco, _ETv, _Ta],
    [0, 0, () => EvaluationMetadata$, () => EvaluationAnswersOutputMap, () => EvaluationNotesMap, 0, 4, 4, () => EvaluationScoresMap, 0, 128 | 0], 8
];
var EvaluationAcknowledgement$ = [3, n0, _EAva,
    0,
    [_ATck, _AB, _ACc],
    [4, 0, 0], 2
];
var EvaluationAcknowledgementSummary$ = [3, n0, _EASv,
    0,
    [_ATck, _AB, _ACc],
    [4, 0, 0]
];
var EvaluationAnswerInput$ = [3, n0, _EAIv,
    0,
    [_V],
    [() => EvaluationAnswerData$]
];
var EvaluationAnswerOutput$ = [3, n0, _EAO,
    0,
    [_V, _SSV, _SAu],
    [() => EvaluationAnswerData$, () => EvaluationAnswerData$, () => EvaluationSuggestedAnswersList]
];
var EvaluationAutomationRuleCategory$ = [3, n0, _EARC,
    0,
    [_Cat, _Con, _POI],
    [0, 0, () => EvaluationTranscriptPointsOfInterest], 2
];
var EvaluationContactLensAnswerAnalysisDetails$ = [3, n0, _ECLAAD,
    0,
    [_MRC],
    [() => EvaluationAutomationRuleCategoryList]
];
var EvaluationContactParticipant$ = [3, n0, _ECP,
    0,
    [_CPRo, _CPI],
    [0, 0]
];
var EvaluationForm$ = [3, n0, _EFv,
    0,
    [_EFI, _EFV, _L, _EFA, _Ti, _St, _It, _CTre, _CB, _LMT, _LMB, _D, _SS, _AEC, _RCev, _Ta, _TCar, _LC, _LVS, _LVT, _AIV],
    [0, 1, 2, 0, 0, 0, () => EvaluationFormItemsList, 4, 0, 4, 0, 0, () => EvaluationFormScoringStrategy$, () => EvaluationFormAutoEvaluationConfiguration$, () => EvaluationReviewConfiguration$, 128 | 0, () => EvaluationFormTargetConfiguration$, () => EvaluationFormLanguageConfiguration$, 0, 4, 0], 11
];
var EvaluationFormAIVersionLifecycle$ = [3, n0, _EFAIVL,
    0,
    [_St, _SOLT, _EOLT],
    [0, 4, 4], 2
];
var EvaluationFormAIVersionSummary$ = [3, n0, _EFAIVS,
    0,
    [_AIVN, _AIVL],
    [0, () => EvaluationFormAIVersionLifecycle$], 2
];
var EvaluationFormAutoEvaluationConfiguration$ = [3, n0, _EFAEC,
    0,
    [_En],
    [2], 1
];
var EvaluationFormContent$ = [3, n0, _EFC,
    0,
    [_EFV, _EFI, _EFA, _Ti, _It, _D, _SS, _AEC, _TCar, _LC, _RCev, _AIV],
    [1, 0, 0, 0, () => EvaluationFormItemsList, 0, () => EvaluationFormScoringStrategy$, () => EvaluationFormAutoEvaluationConfiguration$, () => EvaluationFormTargetConfiguration$, () => EvaluationFormLanguageConfiguration$, () => EvaluationReviewConfiguration$, 0], 5
];
var EvaluationFormItemEnablementCondition$ = [3, n0, _EFIEC,
    0,
    [_Op, _Ope],
    [() => EvaluationFormItemEnablementConditionOperandList, 0], 1
];
var EvaluationFormItemEnablementConfiguration$ = [3, n0, _EFIECv,
    0,
    [_Con, _Act, _DAe],
    [() => EvaluationFormItemEnablementCondition$, 0, 0], 2
];
var EvaluationFormItemEnablementExpression$ = [3, n0, _EFIEE,
    0,
    [_So, _Va, _Com],
    [() => EvaluationFormItemEnablementSource$, () => EvaluationFormItemEnablementSourceValueList, 0], 3
];
var EvaluationFormItemEnablementSource$ = [3, n0, _EFIES,
    0,
    [_T, _RIef],
    [0, 0], 1
];
var EvaluationFormItemEnablementSourceValue$ = [3, n0, _EFIESV,
    0,
    [_T, _RIef],
    [0, 0], 1
];
var EvaluationFormLanguageConfiguration$ = [3, n0, _EFLC,
    0,
    [_FLo],
    [0]
];
var EvaluationFormMetricConfiguration$ = [3, n0, _EFMC,
    0,
    [_MTe, _MN],
    [0, 0], 2
];
var EvaluationFormMultiSelectQuestionAutomation$ = [3, n0, _EFMSQA,
    0,
    [_Opt, _DORI, _ASn],
    [() => EvaluationFormMultiSelectQuestionAutomationOptionList, 64 | 0, () => EvaluationFormQuestionAutomationAnswerSource$]
];
var EvaluationFormMultiSelectQuestionOption$ = [3, n0, _EFMSQO,
    0,
    [_RIef, _Te, _Scor, _AFut, _AFCu, _PCo],
    [0, 0, 1, 2, () => AutomaticFailConfiguration$, () => QuestionOptionPointsConfiguration$], 2
];
var EvaluationFormMultiSelectQuestionProperties$ = [3, n0, _EFMSQP,
    0,
    [_Opt, _DAi, _Aut],
    [() => EvaluationFormMultiSelectQuestionOptionList, 0, () => EvaluationFormMultiSelectQuestionAutomation$], 1
];
var EvaluationFormNumericQuestionOption$ = [3, n0, _EFNQO,
    0,
    [_MV, _MVa, _Scor, _AFut, _AFCu, _PCo],
    [1, 1, 1, 2, () => AutomaticFailConfiguration$, () => QuestionOptionPointsConfiguration$], 2
];
var EvaluationFormNumericQuestionProperties$ = [3, n0, _EFNQP,
    0,
    [_MV, _MVa, _Opt, _Aut],
    [1, 1, () => EvaluationFormNumericQuestionOptionList, () => EvaluationFormNumericQuestionAutomation$], 2
];
var EvaluationFormQuestion$ = [3, n0, _EFQ,
    0,
    [_Ti, _RIef, _QT, _Ins, _NAE, _QTP, _Ena, _We, _SCc, _MCet],
    [0, 0, 0, 0, 2, () => EvaluationFormQuestionTypeProperties$, () => EvaluationFormItemEnablementConfiguration$, 1, () => EvaluationFormQuestionScoringConfiguration$, () => EvaluationFormMetricConfiguration$], 3
];
var EvaluationFormQuestionAutomationAnswerSource$ = [3, n0, _EFQAAS,
    0,
    [_STo],
    [0], 1
];
var EvaluationFormQuestionScoringConfiguration$ = [3, n0, _EFQSC,
    0,
    [_PCo, _IEFS, _STco],
    [() => QuestionPointsConfiguration$, 2, () => EvaluationFormScoreThresholdList]
];
var EvaluationFormScoreThreshold$ = [3, n0, _EFST,
    0,
    [_PCe, _MSP, _MSPa],
    [0, 1, 1], 1
];
var EvaluationFormScoringStrategy$ = [3, n0, _EFSS,
    0,
    [_Mo, _St, _STco],
    [0, 0, () => EvaluationFormScoreThresholdList], 2
];
var EvaluationFormSearchCriteria$ = [3, n0, _EFSC,
    0,
    [_OC, _ACn, _SC, _NC, _BC, _DTC],
    [() => EvaluationFormSearchConditionList, () => EvaluationFormSearchConditionList, () => StringCondition$, () => NumberCondition$, () => BooleanCondition$, () => DateTimeCondition$]
];
var EvaluationFormSearchFilter$ = [3, n0, _EFSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var EvaluationFormSearchSummary$ = [3, n0, _EFSSv,
    0,
    [_EFI, _EFA, _Ti, _St, _CTre, _CB, _LMT, _LMB, _LVa, _D, _LAT, _LAB, _AVc, _AEE, _EFL, _CIT, _Ta, _AIV],
    [0, 0, 0, 0, 4, 0, 4, 0, 1, 0, 4, 0, 1, 2, 0, 0, 128 | 0, 0], 9
];
var EvaluationFormSection$ = [3, n0, _EFS,
    0,
    [_Ti, _RIef, _It, _Ins, _We, _IEFS, _STco],
    [0, 0, () => EvaluationFormItemsList, 0, 1, 2, () => EvaluationFormScoreThresholdList], 3
];
var EvaluationFormSingleSelectQuestionAutomation$ = [3, n0, _EFSSQA,
    0,
    [_Opt, _DORIe, _ASn],
    [() => EvaluationFormSingleSelectQuestionAutomationOptionList, 0, () => EvaluationFormQuestionAutomationAnswerSource$]
];
var EvaluationFormSingleSelectQuestionOption$ = [3, n0, _EFSSQO,
    0,
    [_RIef, _Te, _Scor, _AFut, _AFCu, _PCo],
    [0, 0, 1, 2, () => AutomaticFailConfiguration$, () => QuestionOptionPointsConfiguration$], 2
];
var EvaluationFormSingleSelectQuestionProperties$ = [3, n0, _EFSSQP,
    0,
    [_Opt, _DAi, _Aut],
    [() => EvaluationFormSingleSelectQuestionOptionList, 0, () => EvaluationFormSingleSelectQuestionAutomation$], 1
];
var EvaluationFormSummary$ = [3, n0, _EFSv,
    0,
    [_EFI, _EFA, _Ti, _CTre, _CB, _LMT, _LMB, _LVa, _LAT, _LAB, _AVc],
    [0, 0, 0, 4, 0, 4, 0, 1, 4, 0, 1], 8
];
var EvaluationFormTargetConfiguration$ = [3, n0, _EFTC,
    0,
    [_CIT],
    [0], 1
];
var EvaluationFormTextQuestionAutomation$ = [3, n0, _EFTQA,
    0,
    [_ASn],
    [() => EvaluationFormQuestionAutomationAnswerSource$]
];
var EvaluationFormTextQuestionProperties$ = [3, n0, _EFTQP,
    0,
    [_Aut],
    [() => EvaluationFormTextQuestionAutomation$]
];
var EvaluationFormValidationFinding$ = [3, n0, _EFVF,
    0,
    [_IC, _D, _Sev, _It, _Sug],
    [0, 0, 0, () => EvaluationFormValidationFindingItemList, 0], 3
];
var EvaluationFormValidationFindingItem$ = [3, n0, _EFVFI,
    0,
    [_RIef, _Prop],
    [0, 0]
];
var EvaluationFormVersionSummary$ = [3, n0, _EFVS,
    0,
    [_EFA, _EFI, _EFV, _L, _St, _CTre, _CB, _LMT, _LMB],
    [0, 0, 1, 2, 0, 4, 0, 4, 0], 9
];
var EvaluationGenAIAnswerAnalysisDetails$ = [3, n0, _EGAIAAD,
    0,
    [_J, _POI],
    [0, () => EvaluationTranscriptPointsOfInterest]
];
var EvaluationMetadata$ = [3, n0, _EMv,
    0,
    [_CI, _EAval, _CAIo, _CSI, _Scor, _AEu, _Ack, _Rev, _CP, _SJI],
    [0, 0, 0, 0, () => EvaluationScore$, () => AutoEvaluationDetails$, () => EvaluationAcknowledgement$, () => EvaluationReviewMetadata$, () => EvaluationContactParticipant$, 0], 2
];
var EvaluationNote$ = [3, n0, _EN,
    0,
    [_V],
    [0]
];
var EvaluationQuestionInputDetails$ = [3, n0, _EQID,
    0,
    [_TT],
    [0]
];
var EvaluationReviewConfiguration$ = [3, n0, _ERC,
    0,
    [_RNR, _EDl],
    [() => EvaluationReviewNotificationRecipientList, 1], 1
];
var EvaluationReviewMetadata$ = [3, n0, _ERM,
    0,
    [_RRC, _RIev, _RTeq, _RB, _CTre, _CB],
    [() => EvaluationReviewRequestCommentList, 0, 4, 0, 4, 0], 1
];
var EvaluationReviewNotificationRecipient$ = [3, n0, _ERNR,
    0,
    [_T, _V],
    [0, () => EvaluationReviewNotificationRecipientValue$], 2
];
var EvaluationReviewNotificationRecipientValue$ = [3, n0, _ERNRV,
    0,
    [_UI],
    [0]
];
var EvaluationReviewRequestComment$ = [3, n0, _ERRC,
    0,
    [_Comm, _CTre, _CB],
    [0, 4, 0]
];
var EvaluationScore$ = [3, n0, _ES,
    0,
    [_Per, _NAo, _AFut, _AW, _EPa, _MBP, _PCe],
    [1, 2, 2, 1, 1, 1, 0]
];
var EvaluationSearchCriteria$ = [3, n0, _ESC,
    0,
    [_OC, _ACn, _SC, _NC, _BC, _DTC, _DCe],
    [() => EvaluationSearchConditionList, () => EvaluationSearchConditionList, () => StringCondition$, () => NumberCondition$, () => BooleanCondition$, () => DateTimeCondition$, () => DecimalCondition$]
];
var EvaluationSearchFilter$ = [3, n0, _ESF,
    0,
    [_AFt, _CEAF],
    [() => ControlPlaneAttributeFilter$, () => ContactEvaluationAttributeFilter$]
];
var EvaluationSearchMetadata$ = [3, n0, _ESM,
    0,
    [_CI, _EAval, _CAIo, _CSI, _SPc, _SAF, _SNA, _AEE, _AES, _ATck, _AB, _ACc, _SJI, _RIev, _CPRo, _CPI, _EPa, _MBP, _PCe],
    [0, 0, 0, 0, 1, 2, 2, 2, 0, 4, 0, 0, 0, 0, 0, 0, 1, 1, 0], 2
];
var EvaluationSearchSummary$ = [3, n0, _ESS,
    0,
    [_EIv, _EAv, _EFV, _Meta, _St, _CTre, _LMT, _EFI, _EFT, _ETv, _Ta],
    [0, 0, 1, () => EvaluationSearchMetadata$, 0, 4, 4, 0, 0, 0, 128 | 0], 7
];
var EvaluationSuggestedAnswer$ = [3, n0, _ESA,
    0,
    [_St, _ATn, _V, _Inp, _ADn],
    [0, 0, () => EvaluationAnswerData$, () => EvaluationQuestionInputDetails$, () => EvaluationQuestionAnswerAnalysisDetails$], 2
];
var EvaluationSuggestedAnswerTranscriptMillisecondOffsets$ = [3, n0, _ESATMO,
    0,
    [_BOM],
    [1], 1
];
var EvaluationSummary$ = [3, n0, _ESv,
    0,
    [_EIv, _EAv, _EFT, _EFI, _St, _EAval, _CTre, _LMT, _CSI, _AEE, _AES, _Scor, _Ack, _ETv, _CP],
    [0, 0, 0, 0, 0, 0, 4, 4, 0, 2, 0, () => EvaluationScore$, () => EvaluationAcknowledgementSummary$, 0, () => EvaluationContactParticipant$], 8
];
var EvaluationTranscriptPointOfInterest$ = [3, n0, _ETPOI,
    0,
    [_MO, _TSr],
    [() => EvaluationSuggestedAnswerTranscriptMillisecondOffsets$, 0]
];
var EventBridgeActionDefinition$ = [3, n0, _EBAD,
    0,
    [_N],
    [0], 1
];
var ExecutionRecord$ = [3, n0, _ERx,
    0,
    [_OI, _St, _Tim, _Reco],
    [0, 0, 4, 0]
];
var Expiry$ = [3, n0, _Exp,
    0,
    [_DIS, _ETx],
    [1, 4]
];
var Expression$ = [3, n0, _Expr,
    0,
    [_ACt, _AEn, _OE, _NAC],
    [() => AttributeCondition$, () => Expressions, () => Expressions, () => AttributeCondition$]
];
var ExtensionConfiguration$ = [3, n0, _ECx,
    0,
    [_AEll],
    [() => AllowedExtensionsList], 1
];
var ExternalInvocationConfiguration$ = [3, n0, _EIC,
    0,
    [_En],
    [2]
];
var ExtractInformationActionDefinition$ = [3, n0, _EIAD,
    0,
    [_RED],
    [() => RulesExtractionDefinitionIdentifierList], 1
];
var ExtractionConfiguration$ = [3, n0, _ECxt,
    0,
    [_PH, _NFB],
    [0, () => ExtractionDefinitionNotFoundBehavior$], 1
];
var ExtractionDefinition$ = [3, n0, _ED,
    0,
    [_N, _EDI, _EDA, _ECxt, _CTre, _LUTa, _LUB, _Dis, _Ta],
    [0, 0, 0, () => ExtractionConfiguration$, 4, 4, 0, () => ExtractionDefinitionDisplay$, 128 | 0], 7
];
var ExtractionDefinitionDisplay$ = [3, n0, _EDD,
    0,
    [_La],
    [0]
];
var ExtractionDefinitionNotFoundBehavior$ = [3, n0, _EDNFB,
    0,
    [_Be, _DVe],
    [0, 0], 1
];
var ExtractionDefinitionSummary$ = [3, n0, _EDS,
    0,
    [_N, _EDI, _EDA, _CTre, _LUTa, _LUB],
    [0, 0, 0, 4, 4, 0], 6
];
var FailedBatchAssociationSummary$ = [3, n0, _FBAS,
    0,
    [_RAe, _EC, _EM],
    [0, 0, 0]
];
var FailedRequest$ = [3, n0, _FR,
    0,
    [_RIeq, _FRC, _FRM],
    [0, 0, 0]
];
var FieldValue$ = [3, n0, _FV,
    0,
    [_I, _V],
    [0, () => FieldValueUnion$], 2
];
var FieldValueUnion$ = [3, n0, _FVU,
    0,
    [_BV, _DVo, _EVm, _SV],
    [2, 1, () => EmptyFieldValue$, 0]
];
var Filters$ = [3, n0, _Fil,
    0,
    [_Qu, _Ch, _RPo, _RSEo, _ASge, _Subt, _VTTa],
    [64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0]
];
var FilterV2$ = [3, n0, _FVi,
    0,
    [_FK, _FVil, _SC],
    [0, 64 | 0, () => FilterV2StringCondition$]
];
var FilterV2StringCondition$ = [3, n0, _FVSC,
    0,
    [_Comp],
    [0]
];
var FlowAssociationSummary$ = [3, n0, _FAS,
    0,
    [_RI, _FI, _RT],
    [0, 0, 0]
];
var FlowModule$ = [3, n0, _FM,
    0,
    [_T, _FMI],
    [0, 0]
];
var FlowQuickConnectConfig$ = [3, n0, _FQCC,
    0,
    [_CFI],
    [0], 1
];
var FontFamily$ = [3, n0, _FF,
    0,
    [_Defa],
    [0]
];
var GetAttachedFileRequest$ = [3, n0, _GAFR,
    0,
    [_II, _FIi, _ARA, _UEIS],
    [[0, 1], [0, 1], [0, { [_hQ]: _aRA }], [1, { [_hQ]: _uEIS }]], 3
];
var GetAttachedFileResponse$ = [3, n0, _GAFRe,
    0,
    [_FSIB, _FAi, _FIi, _CTr, _FS, _FN, _ARA, _FUCT, _CB, _DUM, _Ta],
    [1, 0, 0, 0, 0, 0, 0, 0, () => CreatedByInfo$, () => DownloadUrlMetadata$, 128 | 0], 1
];
var GetContactAttributesRequest$ = [3, n0, _GCAR,
    0,
    [_II, _ICI],
    [[0, 1], [0, 1]], 2
];
var GetContactAttributesResponse$ = [3, n0, _GCARe,
    0,
    [_Attr],
    [128 | 0]
];
var GetContactMetricsRequest$ = [3, n0, _GCMR,
    0,
    [_II, _CI, _Metr],
    [0, 0, () => ContactMetrics], 3
];
var GetContactMetricsResponse$ = [3, n0, _GCMRe,
    0,
    [_MRe, _I, _A],
    [() => ContactMetricResults, 0, 0]
];
var GetCrossRegionRoutingRequest$ = [3, n0, _GCRRR,
    0,
    [_II],
    [[0, 1]], 1
];
var GetCrossRegionRoutingResponse$ = [3, n0, _GCRRRe,
    0,
    [_IRs],
    [64 | 0]
];
var GetCurrentMetricDataRequest$ = [3, n0, _GCMDR,
    0,
    [_II, _Fil, _CMurr, _G, _NT, _MR, _SCo],
    [[0, 1], () => Filters$, () => CurrentMetrics, 64 | 0, 0, 1, () => CurrentMetricSortCriteriaMaxOne], 3
];
var GetCurrentMetricDataResponse$ = [3, n0, _GCMDRe,
    0,
    [_NT, _MRe, _DST, _ATC],
    [0, () => CurrentMetricResults, 4, 1]
];
var GetCurrentUserDataRequest$ = [3, n0, _GCUDR,
    0,
    [_II, _Fil, _NT, _MR],
    [[0, 1], () => UserDataFilters$, 0, 1], 2
];
var GetCurrentUserDataResponse$ = [3, n0, _GCUDRe,
    0,
    [_NT, _UDL, _ATC],
    [0, () => UserDataList, 1]
];
var GetEffectiveHoursOfOperationsRequest$ = [3, n0, _GEHOOR,
    0,
    [_II, _HOOI, _FD, _TD],
    [[0, 1], [0, 1], [0, { [_hQ]: _fD }], [0, { [_hQ]: _tD }]], 4
];
var GetEffectiveHoursOfOperationsResponse$ = [3, n0, _GEHOORe,
    0,
    [_EHOOL, _EOHL, _TZ],
    [() => EffectiveHoursOfOperationList, () => EffectiveOverrideHoursList, 0]
];
var GetEvaluationFormValidationRequest$ = [3, n0, _GEFVR,
    0,
    [_II, _EFI, _EFV],
    [[0, 1], [0, 1], [1, { [_hQ]: _v }]], 2
];
var GetEvaluationFormValidationResponse$ = [3, n0, _GEFVRe,
    0,
    [_St, _EFI, _EFV, _STtar, _FRa, _Fin],
    [0, 0, 1, 4, 0, () => EvaluationFormValidationFindingList], 4
];
var GetFederationTokenRequest$ = [3, n0, _GFTR,
    0,
    [_II],
    [[0, 1]], 1
];
var GetFederationTokenResponse$ = [3, n0, _GFTRe,
    0,
    [_UI, _UA, _Cred, _SIU],
    [0, 0, [() => Credentials$, 0], 0]
];
var GetFlowAssociationRequest$ = [3, n0, _GFAR,
    0,
    [_II, _RI, _RT],
    [[0, 1], [0, 1], [0, 1]], 3
];
var GetFlowAssociationResponse$ = [3, n0, _GFARe,
    0,
    [_RI, _FI, _RT],
    [0, 0, 0]
];
var GetMetricDataRequest$ = [3, n0, _GMDR,
    0,
    [_II, _STtart, _ETnd, _Fil, _HM, _G, _NT, _MR],
    [[0, 1], 4, 4, () => Filters$, () => HistoricalMetrics, 64 | 0, 0, 1], 5
];
var GetMetricDataResponse$ = [3, n0, _GMDRe,
    0,
    [_NT, _MRe],
    [0, () => HistoricalMetricResults]
];
var GetMetricDataV2Request$ = [3, n0, _GMDVR,
    0,
    [_RAe, _STtart, _ETnd, _Fil, _Metr, _Int, _G, _NT, _MR],
    [0, 4, 4, () => FiltersV2List, () => MetricsV2, () => IntervalDetails$, 64 | 0, 0, 1], 5
];
var GetMetricDataV2Response$ = [3, n0, _GMDVRe,
    0,
    [_NT, _MRe],
    [0, () => MetricResultsV2]
];
var GetPromptFileRequest$ = [3, n0, _GPFR,
    0,
    [_II, _PIr],
    [[0, 1], [0, 1]], 2
];
var GetPromptFileResponse$ = [3, n0, _GPFRe,
    0,
    [_PPU, _LMT, _LMR],
    [0, 4, 0]
];
var GetTaskTemplateRequest$ = [3, n0, _GTTR,
    0,
    [_II, _TTIa, _SVn],
    [[0, 1], [0, 1], [0, { [_hQ]: _sV }]], 2
];
var GetTaskTemplateResponse$ = [3, n0, _GTTRe,
    0,
    [_I, _A, _N, _II, _D, _CFI, _SAFI, _Cons, _Def, _Fie, _St, _LMT, _CTre, _Ta],
    [0, 0, 0, 0, 0, 0, 0, () => TaskTemplateConstraints$, () => TaskTemplateDefaults$, () => TaskTemplateFields, 0, 4, 4, 128 | 0], 3
];
var GetTestCaseExecutionSummaryRequest$ = [3, n0, _GTCESR,
    0,
    [_II, _TCI, _TCEI],
    [[0, 1], [0, 1], [0, 1]], 3
];
var GetTestCaseExecutionSummaryResponse$ = [3, n0, _GTCESRe,
    0,
    [_STtart, _ETnd, _St, _OSb],
    [4, 4, 0, () => ObservationSummary$]
];
var GetTrafficDistributionRequest$ = [3, n0, _GTDR,
    0,
    [_I],
    [[0, 1]], 1
];
var GetTrafficDistributionResponse$ = [3, n0, _GTDRe,
    0,
    [_TCel, _I, _A, _SIC, _ACg],
    [() => TelephonyConfig$, 0, 0, () => SignInConfig$, () => AgentConfig$]
];
var GlobalResiliencyMetadata$ = [3, n0, _GRM,
    0,
    [_AR, _OR, _TDGI],
    [0, 0, 0]
];
var GranularAccessControlConfiguration$ = [3, n0, _GACC,
    0,
    [_DTACC],
    [() => DataTableAccessControlConfiguration$]
];
var HierarchyGroup$ = [3, n0, _HGi,
    0,
    [_I, _A, _N, _LIe, _HP, _Ta, _LMT, _LMR],
    [0, 0, 0, 0, () => HierarchyPath$, 128 | 0, 4, 0]
];
var HierarchyGroupCondition$ = [3, n0, _HGC,
    0,
    [_V, _HGMT],
    [0, 0]
];
var HierarchyGroups$ = [3, n0, _HG,
    0,
    [_Le, _Lev, _Leve, _Level, _Level_],
    [() => AgentHierarchyGroup$, () => AgentHierarchyGroup$, () => AgentHierarchyGroup$, () => AgentHierarchyGroup$, () => AgentHierarchyGroup$]
];
var HierarchyGroupSummary$ = [3, n0, _HGS,
    0,
    [_I, _A, _N, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var HierarchyGroupSummaryReference$ = [3, n0, _HGSR,
    0,
    [_I, _A],
    [0, 0]
];
var HierarchyLevel$ = [3, n0, _HL,
    0,
    [_I, _A, _N, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var HierarchyLevelUpdate$ = [3, n0, _HLU,
    0,
    [_N],
    [0], 1
];
var HierarchyPath$ = [3, n0, _HP,
    0,
    [_LO, _LT, _LTe, _LF, _LFe],
    [() => HierarchyGroupSummary$, () => HierarchyGroupSummary$, () => HierarchyGroupSummary$, () => HierarchyGroupSummary$, () => HierarchyGroupSummary$]
];
var HierarchyPathReference$ = [3, n0, _HPR,
    0,
    [_LO, _LT, _LTe, _LF, _LFe],
    [() => HierarchyGroupSummaryReference$, () => HierarchyGroupSummaryReference$, () => HierarchyGroupSummaryReference$, () => HierarchyGroupSummaryReference$, () => HierarchyGroupSummaryReference$]
];
var HierarchyStructure$ = [3, n0, _HS,
    0,
    [_LO, _LT, _LTe, _LF, _LFe],
    [() => HierarchyLevel$, () => HierarchyLevel$, () => HierarchyLevel$, () => HierarchyLevel$, () => HierarchyLevel$]
];
var HierarchyStructureUpdate$ = [3, n0, _HSU,
    0,
    [_LO, _LT, _LTe, _LF, _LFe],
    [() => HierarchyLevelUpdate$, () => HierarchyLevelUpdate$, () => HierarchyLevelUpdate$, () => HierarchyLevelUpdate$, () => HierarchyLevelUpdate$]
];
var HistoricalMetric$ = [3, n0, _HMi,
    0,
    [_N, _Thr, _Sta, _U],
    [0, () => Threshold$, 0, 0]
];
var HistoricalMetricData$ = [3, n0, _HMD,
    0,
    [_Met, _V],
    [() => HistoricalMetric$, 1]
];
var HistoricalMetricResult$ = [3, n0, _HMR,
    0,
    [_Dim, _Col],
    [() => Dimensions$, () => HistoricalMetricDataCollections]
];
var HoursOfOperation$ = [3, n0, _HOO,
    0,
    [_HOOI, _HOOA, _N, _D, _TZ, _Conf, _PHOO, _Ta, _LMT, _LMR],
    [0, 0, 0, 0, 0, () => HoursOfOperationConfigList, () => ParentHoursOfOperationsList, 128 | 0, 4, 0]
];
var HoursOfOperationConfig$ = [3, n0, _HOOC,
    0,
    [_Day, _STtart, _ETnd],
    [0, () => HoursOfOperationTimeSlice$, () => HoursOfOperationTimeSlice$], 3
];
var HoursOfOperationOverride$ = [3, n0, _HOOO,
    0,
    [_HOOOI, _HOOI, _HOOA, _N, _D, _Conf, _EF, _ETf, _RCec, _OT],
    [0, 0, 0, 0, 0, () => HoursOfOperationOverrideConfigList, 0, 0, () => RecurrenceConfig$, 0]
];
var HoursOfOperationOverrideConfig$ = [3, n0, _HOOOC,
    0,
    [_Day, _STtart, _ETnd],
    [0, () => OverrideTimeSlice$, () => OverrideTimeSlice$]
];
var HoursOfOperationOverrideSearchCriteria$ = [3, n0, _HOOOSC,
    0,
    [_OC, _ACn, _SC, _DC],
    [() => HoursOfOperationOverrideSearchConditionList, () => HoursOfOperationOverrideSearchConditionList, () => StringCondition$, () => DateCondition$]
];
var HoursOfOperationSearchCriteria$ = [3, n0, _HOOSC,
    0,
    [_OC, _ACn, _SC],
    [() => HoursOfOperationSearchConditionList, () => HoursOfOperationSearchConditionList, () => StringCondition$]
];
var HoursOfOperationSearchFilter$ = [3, n0, _HOOSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var HoursOfOperationsIdentifier$ = [3, n0, _HOOIo,
    0,
    [_N, _I, _A],
    [0, 0, 0], 2
];
var HoursOfOperationSummary$ = [3, n0, _HOOS,
    0,
    [_I, _A, _N, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var HoursOfOperationTimeSlice$ = [3, n0, _HOOTS,
    0,
    [_H, _Mi],
    [1, 1], 2
];
var ImagesLogo$ = [3, n0, _IL,
    0,
    [_Defa, _Fa],
    [0, 0]
];
var ImportPhoneNumberRequest$ = [3, n0, _IPNR,
    0,
    [_II, _SPNA, _PND, _Ta, _CT],
    [0, 0, 0, 128 | 0, [0, 4]], 2
];
var ImportPhoneNumberResponse$ = [3, n0, _IPNRm,
    0,
    [_PNI, _PNA],
    [0, 0]
];
var ImportWorkspaceMediaRequest$ = [3, n0, _IWMR,
    0,
    [_II, _WI, _MT, _MS],
    [[0, 1], [0, 1], 0, 0], 4
];
var ImportWorkspaceMediaResponse$ = [3, n0, _IWMRm,
    0,
    [],
    []
];
var InboundAdditionalRecipients$ = [3, n0, _IAR,
    0,
    [_TAo, _CAc],
    [[() => EmailAddressRecipientList, 0], [() => EmailAddressRecipientList, 0]]
];
var InboundEmailContent$ = [3, n0, _IEC,
    0,
    [_MST, _RM],
    [0, [() => InboundRawMessage$, 0]], 1
];
var InboundRawMessage$ = [3, n0, _IRMn,
    0,
    [_Subj, _B, _CTon, _He],
    [[() => InboundSubject, 0], [() => Body, 0], 0, 128 | 0], 3
];
var InputPredefinedAttributeConfiguration$ = [3, n0, _IPAC,
    0,
    [_EVVOA],
    [2]
];
var Instance$ = [3, n0, _In,
    0,
    [_I, _A, _IMT, _IAn, _CTre, _SR, _ISn, _SRt, _ICE, _OCE, _IAU, _Ta],
    [0, 0, 0, [() => DirectoryAlias, 0], 4, 0, 0, () => InstanceStatusReason$, 2, 2, 0, 128 | 0]
];
var InstanceStatusReason$ = [3, n0, _ISR,
    0,
    [_M],
    [0]
];
var InstanceStorageConfig$ = [3, n0, _ISC,
    0,
    [_STto, _AIs, _SCon, _KVSC, _KSC, _KFC],
    [0, 0, () => S3Config$, () => KinesisVideoStreamConfig$, () => KinesisStreamConfig$, () => KinesisFirehoseConfig$], 1
];
var InstanceSummary$ = [3, n0, _ISns,
    0,
    [_I, _A, _IMT, _IAn, _CTre, _SR, _ISn, _ICE, _OCE, _IAU],
    [0, 0, 0, [() => DirectoryAlias, 0], 4, 0, 0, 2, 2, 0]
];
var IntegrationAssociationSummary$ = [3, n0, _IAS,
    0,
    [_IAI, _IAA, _II, _ITn, _IAnt, _SAU, _SAN, _STo],
    [0, 0, 0, 0, 0, 0, 0, 0]
];
var IntervalDetails$ = [3, n0, _IDnt,
    0,
    [_TZ, _IP],
    [0, 0]
];
var InvisibleFieldInfo$ = [3, n0, _IFI,
    0,
    [_I],
    [() => TaskTemplateFieldIdentifier$]
];
var KinesisFirehoseConfig$ = [3, n0, _KFC,
    0,
    [_FAir],
    [0], 1
];
var KinesisStreamConfig$ = [3, n0, _KSC,
    0,
    [_SAt],
    [0], 1
];
var KinesisVideoStreamConfig$ = [3, n0, _KVSC,
    0,
    [_Pre, _RPH, _ECn],
    [0, 1, () => EncryptionConfig$], 3
];
var LanguageConfiguration$ = [3, n0, _LC,
    0,
    [_LL],
    [0]
];
var LexBot$ = [3, n0, _LB,
    0,
    [_N, _LR],
    [0, 0], 2
];
var LexBotConfig$ = [3, n0, _LBC,
    0,
    [_LB, _LVB],
    [() => LexBot$, () => LexV2Bot$]
];
var LexV2Bot$ = [3, n0, _LVB,
    0,
    [_AAl],
    [0]
];
var ListAgentStatusRequest$ = [3, n0, _LASR,
    0,
    [_II, _NT, _MR, _AST],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [64 | 0, { [_hQ]: _AST }]], 1
];
var ListAgentStatusResponse$ = [3, n0, _LASRi,
    0,
    [_NT, _ASSL],
    [0, () => AgentStatusSummaryList]
];
var ListAnalyticsDataAssociationsRequest$ = [3, n0, _LADAR,
    0,
    [_II, _DSI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _DSI }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListAnalyticsDataAssociationsResponse$ = [3, n0, _LADARi,
    0,
    [_Res, _NT],
    [() => AnalyticsDataAssociationResults, 0]
];
var ListAnalyticsDataLakeDataSetsRequest$ = [3, n0, _LADLDSR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListAnalyticsDataLakeDataSetsResponse$ = [3, n0, _LADLDSRi,
    0,
    [_Res, _NT],
    [() => AnalyticsDataSetsResults, 0]
];
var ListApprovedOriginsRequest$ = [3, n0, _LAOR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListApprovedOriginsResponse$ = [3, n0, _LAORi,
    0,
    [_Or, _NT],
    [64 | 0, 0]
];
var ListAssociatedContactsRequest$ = [3, n0, _LACR,
    0,
    [_II, _CI, _MR, _NT],
    [[0, 1], [0, { [_hQ]: _cI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 2
];
var ListAssociatedContactsResponse$ = [3, n0, _LACRi,
    0,
    [_CSL, _NT],
    [() => AssociatedContactSummaryList, 0]
];
var ListAttachedFilesConfigurationsRequest$ = [3, n0, _LAFCR,
    0,
    [_II, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListAttachedFilesConfigurationsResponse$ = [3, n0, _LAFCRi,
    0,
    [_AFCt, _NT],
    [() => AttachedFilesConfigurationSummaryList, 0]
];
var ListAuthenticationProfilesRequest$ = [3, n0, _LAPR,
    0,
    [_II, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListAuthenticationProfilesResponse$ = [3, n0, _LAPRi,
    0,
    [_APSL, _NT],
    [() => AuthenticationProfileSummaryList, 0]
];
var ListBotsRequest$ = [3, n0, _LBR,
    0,
    [_II, _LVe, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _lV }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListBotsResponse$ = [3, n0, _LBRi,
    0,
    [_LBe, _NT],
    [() => LexBotConfigList, 0]
];
var ListChildHoursOfOperationsRequest$ = [3, n0, _LCHOOR,
    0,
    [_II, _HOOI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListChildHoursOfOperationsResponse$ = [3, n0, _LCHOORi,
    0,
    [_NT, _CHOOSL, _LMT, _LMR],
    [0, () => ChildHoursOfOperationsList, 4, 0]
];
var ListCondition$ = [3, n0, _LCi,
    0,
    [_TLT, _Cond],
    [0, () => Conditions]
];
var ListContactEvaluationsRequest$ = [3, n0, _LCER,
    0,
    [_II, _CI, _NT],
    [[0, 1], [0, { [_hQ]: _cI }], [0, { [_hQ]: _nT }]], 2
];
var ListContactEvaluationsResponse$ = [3, n0, _LCERi,
    0,
    [_ESL, _NT],
    [() => EvaluationSummaryList, 0], 1
];
var ListContactFlowModuleAliasesRequest$ = [3, n0, _LCFMAR,
    0,
    [_II, _CFMI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListContactFlowModuleAliasesResponse$ = [3, n0, _LCFMARi,
    0,
    [_CFMASL, _NT],
    [() => ContactFlowModuleAliasSummaryList, 0]
];
var ListContactFlowModulesRequest$ = [3, n0, _LCFMR,
    0,
    [_II, _NT, _MR, _CFMSo],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _sta }]], 1
];
var ListContactFlowModulesResponse$ = [3, n0, _LCFMRi,
    0,
    [_CFMSL, _NT],
    [() => ContactFlowModulesSummaryList, 0]
];
var ListContactFlowModuleVersionsRequest$ = [3, n0, _LCFMVR,
    0,
    [_II, _CFMI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListContactFlowModuleVersionsResponse$ = [3, n0, _LCFMVRi,
    0,
    [_CFMVSL, _NT],
    [() => ContactFlowModuleVersionSummaryList, 0]
];
var ListContactFlowsRequest$ = [3, n0, _LCFR,
    0,
    [_II, _CFTo, _NT, _MR],
    [[0, 1], [64 | 0, { [_hQ]: _cFT }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListContactFlowsResponse$ = [3, n0, _LCFRi,
    0,
    [_CFSL, _NT],
    [() => ContactFlowSummaryList, 0]
];
var ListContactFlowVersionsRequest$ = [3, n0, _LCFVR,
    0,
    [_II, _CFI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListContactFlowVersionsResponse$ = [3, n0, _LCFVRi,
    0,
    [_CFVSL, _NT],
    [() => ContactFlowVersionSummaryList, 0]
];
var ListContactReferencesRequest$ = [3, n0, _LCRR,
    0,
    [_II, _CI, _RTefe, _NT],
    [[0, 1], [0, 1], [64 | 0, { [_hQ]: _rTe }], [0, { [_hQ]: _nT }]], 3
];
var ListContactReferencesResponse$ = [3, n0, _LCRRi,
    0,
    [_RSL, _NT],
    [() => ReferenceSummaryList, 0]
];
var ListDataTableAttributesRequest$ = [3, n0, _LDTAR,
    0,
    [_II, _DTI, _AIttr, _NT, _MR],
    [[0, 1], [0, 1], 64 | 0, [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListDataTableAttributesResponse$ = [3, n0, _LDTARi,
    0,
    [_Attr, _NT],
    [() => AttributeList, 0], 1
];
var ListDataTablePrimaryValuesRequest$ = [3, n0, _LDTPVR,
    0,
    [_II, _DTI, _RIec, _PAV, _NT, _MR],
    [[0, 1], [0, 1], 64 | 0, () => PrimaryAttributeValueFilters, [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListDataTablePrimaryValuesResponse$ = [3, n0, _LDTPVRi,
    0,
    [_PVL, _NT],
    [() => PrimaryValuesList, 0], 1
];
var ListDataTablesRequest$ = [3, n0, _LDTR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListDataTablesResponse$ = [3, n0, _LDTRi,
    0,
    [_DTSL, _NT],
    [() => DataTableSummaryList, 0], 1
];
var ListDataTableValuesRequest$ = [3, n0, _LDTVR,
    0,
    [_II, _DTI, _RIec, _PAV, _NT, _MR],
    [[0, 1], [0, 1], 64 | 0, () => PrimaryAttributeValueFilters, [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListDataTableValuesResponse$ = [3, n0, _LDTVRi,
    0,
    [_Va, _NT],
    [() => DataTableValueSummaryList, 0], 1
];
var ListDefaultVocabulariesRequest$ = [3, n0, _LDVR,
    0,
    [_II, _LCa, _MR, _NT],
    [[0, 1], 0, 1, 0], 1
];
var ListDefaultVocabulariesResponse$ = [3, n0, _LDVRi,
    0,
    [_DVL, _NT],
    [() => DefaultVocabularyList, 0], 1
];
var ListEntitySecurityProfilesRequest$ = [3, n0, _LESPR,
    0,
    [_II, _ET, _EAn, _NT, _MR],
    [[0, 1], 0, 0, 0, 1], 3
];
var ListEntitySecurityProfilesResponse$ = [3, n0, _LESPRi,
    0,
    [_SP, _NT],
    [() => SecurityProfiles100, 0]
];
var ListEvaluationFormAIVersionsRequest$ = [3, n0, _LEFAIVR,
    0,
    [_II, _CIT, _MR, _NT],
    [[0, 1], [0, { [_hQ]: _cIT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 2
];
var ListEvaluationFormAIVersionsResponse$ = [3, n0, _LEFAIVRi,
    0,
    [_AIVS, _NT],
    [() => EvaluationFormAIVersionSummaryList, 0], 1
];
var ListEvaluationFormsRequest$ = [3, n0, _LEFR,
    0,
    [_II, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListEvaluationFormsResponse$ = [3, n0, _LEFRi,
    0,
    [_EFSL, _NT],
    [() => EvaluationFormSummaryList, 0], 1
];
var ListEvaluationFormVersionsRequest$ = [3, n0, _LEFVR,
    0,
    [_II, _EFI, _MR, _NT],
    [[0, 1], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 2
];
var ListEvaluationFormVersionsResponse$ = [3, n0, _LEFVRi,
    0,
    [_EFVSL, _NT],
    [() => EvaluationFormVersionSummaryList, 0], 1
];
var ListExtractionDefinitionsRequest$ = [3, n0, _LEDR,
    0,
    [_II, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListExtractionDefinitionsResponse$ = [3, n0, _LEDRi,
    0,
    [_EDSL, _NT],
    [() => ExtractionDefinitionSummaryList, 0], 1
];
var ListFlowAssociationsRequest$ = [3, n0, _LFAR,
    0,
    [_II, _RT, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _RT }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListFlowAssociationsResponse$ = [3, n0, _LFARi,
    0,
    [_FASL, _NT],
    [() => FlowAssociationSummaryList, 0]
];
var ListHoursOfOperationOverridesRequest$ = [3, n0, _LHOOOR,
    0,
    [_II, _HOOI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListHoursOfOperationOverridesResponse$ = [3, n0, _LHOOORi,
    0,
    [_NT, _HOOOL, _LMR, _LMT],
    [0, () => HoursOfOperationOverrideList, 0, 4]
];
var ListHoursOfOperationsRequest$ = [3, n0, _LHOOR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListHoursOfOperationsResponse$ = [3, n0, _LHOORi,
    0,
    [_HOOSL, _NT],
    [() => HoursOfOperationSummaryList, 0]
];
var ListInstanceAttributesRequest$ = [3, n0, _LIAR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListInstanceAttributesResponse$ = [3, n0, _LIARi,
    0,
    [_Attr, _NT],
    [() => AttributesList, 0]
];
var ListInstancesRequest$ = [3, n0, _LIR,
    0,
    [_NT, _MR],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
];
var ListInstancesResponse$ = [3, n0, _LIRi,
    0,
    [_ISL, _NT],
    [[() => InstanceSummaryList, 0], 0]
];
var ListInstanceStorageConfigsRequest$ = [3, n0, _LISCR,
    0,
    [_II, _RT, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _rT }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListInstanceStorageConfigsResponse$ = [3, n0, _LISCRi,
    0,
    [_SCto, _NT],
    [() => InstanceStorageConfigs, 0]
];
var ListIntegrationAssociationsRequest$ = [3, n0, _LIARis,
    0,
    [_II, _ITn, _NT, _MR, _IAnt],
    [[0, 1], [0, { [_hQ]: _iTn }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _iA }]], 1
];
var ListIntegrationAssociationsResponse$ = [3, n0, _LIARist,
    0,
    [_IASL, _NT],
    [() => IntegrationAssociationSummaryList, 0]
];
var ListLambdaFunctionsRequest$ = [3, n0, _LLFR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListLambdaFunctionsResponse$ = [3, n0, _LLFRi,
    0,
    [_LFa, _NT],
    [64 | 0, 0]
];
var ListLexBotsRequest$ = [3, n0, _LLBR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListLexBotsResponse$ = [3, n0, _LLBRi,
    0,
    [_LBe, _NT],
    [() => LexBotsList, 0]
];
var ListMetricsRequest$ = [3, n0, _LMRi,
    0,
    [_II, _T, _MR, _NT],
    [[0, 1], [0, { [_hQ]: _t }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListMetricsResponse$ = [3, n0, _LMRis,
    0,
    [_MSL, _NT],
    [() => MetricSummaryList, 0], 1
];
var ListNotificationsRequest$ = [3, n0, _LNR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListNotificationsResponse$ = [3, n0, _LNRi,
    0,
    [_NSL, _NT],
    [() => NotificationSummaryList, 0], 1
];
var ListPhoneNumbersRequest$ = [3, n0, _LPNR,
    0,
    [_II, _PNTh, _PNCCh, _NT, _MR],
    [[0, 1], [64 | 0, { [_hQ]: _pNT }], [64 | 0, { [_hQ]: _pNCC }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListPhoneNumbersResponse$ = [3, n0, _LPNRi,
    0,
    [_PNSL, _NT],
    [() => PhoneNumberSummaryList, 0]
];
var ListPhoneNumbersSummary$ = [3, n0, _LPNS,
    0,
    [_PNI, _PNA, _PN, _PNCC, _PNT, _TA, _II, _PND, _SPNA],
    [0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var ListPhoneNumbersV2Request$ = [3, n0, _LPNVR,
    0,
    [_TA, _II, _MR, _NT, _PNCCh, _PNTh, _PNP],
    [0, 0, 1, 0, 64 | 0, 64 | 0, 0]
];
var ListPhoneNumbersV2Response$ = [3, n0, _LPNVRi,
    0,
    [_NT, _LPNSL],
    [0, () => ListPhoneNumbersSummaryList]
];
var ListPredefinedAttributesRequest$ = [3, n0, _LPAR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListPredefinedAttributesResponse$ = [3, n0, _LPARi,
    0,
    [_NT, _PASL],
    [0, () => PredefinedAttributeSummaryList]
];
var ListPromptsRequest$ = [3, n0, _LPR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListPromptsResponse$ = [3, n0, _LPRi,
    0,
    [_PSL, _NT],
    [() => PromptSummaryList, 0]
];
var ListQueueEmailAddressesRequest$ = [3, n0, _LQEAR,
    0,
    [_II, _QI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListQueueEmailAddressesResponse$ = [3, n0, _LQEARi,
    0,
    [_NT, _EAML, _LMT, _LMR],
    [0, () => EmailAddressMetadataList, 4, 0]
];
var ListQueueQuickConnectsRequest$ = [3, n0, _LQQCR,
    0,
    [_II, _QI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListQueueQuickConnectsResponse$ = [3, n0, _LQQCRi,
    0,
    [_NT, _QCSL, _LMT, _LMR],
    [0, () => QuickConnectSummaryList, 4, 0]
];
var ListQueuesRequest$ = [3, n0, _LQR,
    0,
    [_II, _QTu, _NT, _MR],
    [[0, 1], [64 | 0, { [_hQ]: _qT }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListQueuesResponse$ = [3, n0, _LQRi,
    0,
    [_QSL, _NT],
    [() => QueueSummaryList, 0]
];
var ListQuickConnectsRequest$ = [3, n0, _LQCR,
    0,
    [_II, _NT, _MR, _QCT],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [64 | 0, { [_hQ]: _QCT }]], 1
];
var ListQuickConnectsResponse$ = [3, n0, _LQCRi,
    0,
    [_QCSL, _NT],
    [() => QuickConnectSummaryList, 0]
];
var ListRealtimeContactAnalysisSegmentsV2Request$ = [3, n0, _LRCASVR,
    0,
    [_II, _CI, _OTu, _STeg, _MR, _NT],
    [[0, 1], [0, 1], 0, 64 | 0, 1, 0], 4
];
var ListRealtimeContactAnalysisSegmentsV2Response$ = [3, n0, _LRCASVRi,
    0,
    [_C, _St, _Seg, _NT],
    [0, 0, () => RealtimeContactAnalysisSegments, 0], 3
];
var ListRoutingProfileManualAssignmentQueuesRequest$ = [3, n0, _LRPMAQR,
    0,
    [_II, _RPI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListRoutingProfileManualAssignmentQueuesResponse$ = [3, n0, _LRPMAQRi,
    0,
    [_NT, _RPMAQCSL, _LMT, _LMR],
    [0, () => RoutingProfileManualAssignmentQueueConfigSummaryList, 4, 0]
];
var ListRoutingProfileQueuesRequest$ = [3, n0, _LRPQR,
    0,
    [_II, _RPI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListRoutingProfileQueuesResponse$ = [3, n0, _LRPQRi,
    0,
    [_NT, _RPQCSL, _LMT, _LMR],
    [0, () => RoutingProfileQueueConfigSummaryList, 4, 0]
];
var ListRoutingProfilesRequest$ = [3, n0, _LRPR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListRoutingProfilesResponse$ = [3, n0, _LRPRi,
    0,
    [_RPSL, _NT],
    [() => RoutingProfileSummaryList, 0]
];
var ListRulesRequest$ = [3, n0, _LRR,
    0,
    [_II, _PS, _ESN, _MR, _NT],
    [[0, 1], [0, { [_hQ]: _pS }], [0, { [_hQ]: _eSN }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListRulesResponse$ = [3, n0, _LRRi,
    0,
    [_RSLu, _NT],
    [() => RuleSummaryList, 0], 1
];
var ListSecurityKeysRequest$ = [3, n0, _LSKR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListSecurityKeysResponse$ = [3, n0, _LSKRi,
    0,
    [_SK, _NT],
    [() => SecurityKeysList, 0]
];
var ListSecurityProfileAIAgentsRequest$ = [3, n0, _LSPAIAR,
    0,
    [_SPIe, _II, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListSecurityProfileAIAgentsResponse$ = [3, n0, _LSPAIARi,
    0,
    [_AAIA, _NT, _LMT, _LMR],
    [() => AllowedAIAgents, 0, 4, 0]
];
var ListSecurityProfileApplicationsRequest$ = [3, n0, _LSPAR,
    0,
    [_SPIe, _II, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListSecurityProfileApplicationsResponse$ = [3, n0, _LSPARi,
    0,
    [_App, _NT, _LMT, _LMR],
    [() => Applications, 0, 4, 0]
];
var ListSecurityProfileFlowModulesRequest$ = [3, n0, _LSPFMR,
    0,
    [_SPIe, _II, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListSecurityProfileFlowModulesResponse$ = [3, n0, _LSPFMRi,
    0,
    [_AFM, _NT, _LMT, _LMR],
    [() => AllowedFlowModules, 0, 4, 0]
];
var ListSecurityProfilePermissionsRequest$ = [3, n0, _LSPPR,
    0,
    [_SPIe, _II, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListSecurityProfilePermissionsResponse$ = [3, n0, _LSPPRi,
    0,
    [_Pe, _NT, _LMT, _LMR],
    [64 | 0, 0, 4, 0]
];
var ListSecurityProfilesRequest$ = [3, n0, _LSPR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListSecurityProfilesResponse$ = [3, n0, _LSPRi,
    0,
    [_SPSL, _NT],
    [() => SecurityProfileSummaryList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rA],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_ta],
    [128 | 0]
];
var ListTaskTemplatesRequest$ = [3, n0, _LTTR,
    0,
    [_II, _NT, _MR, _St, _N],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _st }], [0, { [_hQ]: _n }]], 1
];
var ListTaskTemplatesResponse$ = [3, n0, _LTTRi,
    0,
    [_TTa, _NT],
    [() => TaskTemplateList, 0]
];
var ListTestCaseExecutionRecordsRequest$ = [3, n0, _LTCERR,
    0,
    [_II, _TCI, _TCEI, _St, _NT, _MR],
    [[0, 1], [0, 1], [0, 1], [0, { [_hQ]: _st }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 3
];
var ListTestCaseExecutionRecordsResponse$ = [3, n0, _LTCERRi,
    0,
    [_ERxe, _NT],
    [() => ExecutionRecordList, 0]
];
var ListTestCaseExecutionsRequest$ = [3, n0, _LTCER,
    0,
    [_II, _TCI, _TCN, _STtart, _ETnd, _St, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _tCI }], [0, { [_hQ]: _tCN }], [1, { [_hQ]: _sT }], [1, { [_hQ]: _eT }], [0, { [_hQ]: _st }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListTestCaseExecutionsResponse$ = [3, n0, _LTCERi,
    0,
    [_TCE, _NT],
    [() => TestCaseExecutionList, 0]
];
var ListTestCasesRequest$ = [3, n0, _LTCR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListTestCasesResponse$ = [3, n0, _LTCRi,
    0,
    [_TCSL, _NT],
    [() => TestCaseSummaryList, 0]
];
var ListTrafficDistributionGroupsRequest$ = [3, n0, _LTDGR,
    0,
    [_MR, _NT, _II],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _iI }]]
];
var ListTrafficDistributionGroupsResponse$ = [3, n0, _LTDGRi,
    0,
    [_NT, _TDGSL],
    [0, () => TrafficDistributionGroupSummaryList]
];
var ListTrafficDistributionGroupUsersRequest$ = [3, n0, _LTDGUR,
    0,
    [_TDGI, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListTrafficDistributionGroupUsersResponse$ = [3, n0, _LTDGURi,
    0,
    [_NT, _TDGUSL],
    [0, () => TrafficDistributionGroupUserSummaryList]
];
var ListUseCasesRequest$ = [3, n0, _LUCR,
    0,
    [_II, _IAI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListUseCasesResponse$ = [3, n0, _LUCRi,
    0,
    [_UCSL, _NT],
    [() => UseCaseSummaryList, 0]
];
var ListUserHierarchyGroupsRequest$ = [3, n0, _LUHGR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListUserHierarchyGroupsResponse$ = [3, n0, _LUHGRi,
    0,
    [_UHGSL, _NT],
    [() => HierarchyGroupSummaryList, 0]
];
var ListUserNotificationsRequest$ = [3, n0, _LUNR,
    0,
    [_II, _UI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListUserNotificationsResponse$ = [3, n0, _LUNRi,
    0,
    [_UN, _NT],
    [() => UserNotificationSummaryList, 0]
];
var ListUserProficienciesRequest$ = [3, n0, _LUPR,
    0,
    [_II, _UI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListUserProficienciesResponse$ = [3, n0, _LUPRi,
    0,
    [_NT, _UPL, _LMT, _LMR],
    [0, () => UserProficiencyList, 4, 0]
];
var ListUsersRequest$ = [3, n0, _LUR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListUsersResponse$ = [3, n0, _LURi,
    0,
    [_USL, _NT],
    [() => UserSummaryList, 0]
];
var ListViewsRequest$ = [3, n0, _LVR,
    0,
    [_II, _T, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _t }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListViewsResponse$ = [3, n0, _LVRi,
    0,
    [_VSL, _NT],
    [[() => ViewsSummaryList, 0], 0]
];
var ListViewVersionsRequest$ = [3, n0, _LVVR,
    0,
    [_II, _VIi, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListViewVersionsResponse$ = [3, n0, _LVVRi,
    0,
    [_VVSL, _NT],
    [[() => ViewVersionSummaryList, 0], 0]
];
var ListWorkspaceMediaRequest$ = [3, n0, _LWMR,
    0,
    [_II, _WI],
    [[0, 1], [0, 1]], 2
];
var ListWorkspaceMediaResponse$ = [3, n0, _LWMRi,
    0,
    [_Med],
    [() => MediaList]
];
var ListWorkspacePagesRequest$ = [3, n0, _LWPR,
    0,
    [_II, _WI, _NT, _MR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 2
];
var ListWorkspacePagesResponse$ = [3, n0, _LWPRi,
    0,
    [_WPL, _NT],
    [() => WorkspacePageList, 0], 1
];
var ListWorkspacesRequest$ = [3, n0, _LWR,
    0,
    [_II, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListWorkspacesResponse$ = [3, n0, _LWRi,
    0,
    [_WSL, _NT],
    [() => WorkspaceSummaryList, 0], 1
];
var MatchCriteria$ = [3, n0, _MC,
    0,
    [_ACge],
    [() => AgentsCriteria$]
];
var MediaConcurrency$ = [3, n0, _MCedi,
    0,
    [_C, _Conc, _CCB, _WTC],
    [0, 1, () => CrossChannelBehavior$, () => WorkloadTypeConcurrencies], 1
];
var MediaItem$ = [3, n0, _MIe,
    0,
    [_T, _So],
    [0, 0]
];
var MediaPlacement$ = [3, n0, _MPe,
    0,
    [_AHU, _AFU, _SUi, _TCU, _EIU],
    [0, 0, 0, 0, 0]
];
var Meeting$ = [3, n0, _Me,
    0,
    [_MRed, _MPe, _MFe, _MIee],
    [0, () => MediaPlacement$, () => MeetingFeaturesConfiguration$, 0]
];
var MeetingFeaturesConfiguration$ = [3, n0, _MFC,
    0,
    [_Au],
    [() => AudioFeatures$]
];
var MetricCalculation$ = [3, n0, _MCe,
    0,
    [_CCa, _Cal],
    [() => CalculationComponentList, 0], 2
];
var MetricDataV2$ = [3, n0, _MDV,
    0,
    [_Met, _V],
    [() => MetricV2$, 1]
];
var MetricDefinition$ = [3, n0, _MD,
    0,
    [_A, _I, _N, _T, _U, _G, _Fil, _Cat, _SPC, _SCC, _D, _MCe, _CMr, _St, _PTI, _ETff, _RR, _SSu, _DS, _PES, _PESETT, _CTre, _CU, _LMR, _LMT, _LMU, _Ta],
    [0, 0, 0, 0, 0, 64 | 0, () => AvailableFilterList, 0, 2, 2, 0, () => MetricCalculation$, 0, 0, 0, 4, 1, 64 | 0, 0, 0, 0, 4, () => CreatedByInfo$, 0, 4, () => CreatedByInfo$, 128 | 0], 10
];
var MetricFilter$ = [3, n0, _MFet,
    0,
    [_MFK, _Ne, _NC, _SC, _BC],
    [0, 2, () => MetricFilterNumberCondition$, () => MetricFilterStringCondition$, () => MetricFilterBooleanCondition$], 1
];
var MetricFilterBooleanCondition$ = [3, n0, _MFBC,
    0,
    [_Comp],
    [0], 1
];
var MetricFilterNumberCondition$ = [3, n0, _MFNC,
    0,
    [_Comp, _Va],
    [0, 64 | 1], 2
];
var MetricFilterStringCondition$ = [3, n0, _MFSC,
    0,
    [_Comp, _Va],
    [0, 64 | 0], 2
];
var MetricFilterV2$ = [3, n0, _MFV,
    0,
    [_MFK, _MFVe, _Ne],
    [0, 64 | 0, 2]
];
var MetricInterval$ = [3, n0, _MIet,
    0,
    [_Int, _STtart, _ETnd],
    [0, 4, 4]
];
var MetricResultV2$ = [3, n0, _MRV,
    0,
    [_Dim, _MIet, _Col],
    [128 | 0, () => MetricInterval$, () => MetricDataCollectionsV2]
];
var MetricSearchCriteria$ = [3, n0, _MSC,
    0,
    [_OC, _ACn, _SC, _BC],
    [() => MetricSearchConditionList, () => MetricSearchConditionList, () => StringCondition$, () => BooleanCondition$]
];
var MetricSearchFilter$ = [3, n0, _MSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var MetricSummary$ = [3, n0, _MSe,
    0,
    [_A, _I, _N, _St, _T, _LMR, _LMT],
    [0, 0, 0, 0, 0, 0, 4], 5
];
var MetricV2$ = [3, n0, _MVe,
    0,
    [_N, _Thr, _MI, _MF],
    [0, () => ThresholdCollections, 0, () => MetricFiltersV2List]
];
var MonitorContactRequest$ = [3, n0, _MCR,
    0,
    [_II, _CI, _UI, _AMC, _CT],
    [0, 0, 0, 64 | 0, [0, 4]], 3
];
var MonitorContactResponse$ = [3, n0, _MCRo,
    0,
    [_CI, _CA],
    [0, 0]
];
var MultiSelectQuestionRuleCategoryAutomation$ = [3, n0, _MSQRCA,
    0,
    [_Cat, _Con, _ORI],
    [0, 0, 64 | 0], 3
];
var NameCriteria$ = [3, n0, _NCa,
    0,
    [_ST, _MTa],
    [[() => SearchTextList, 0], 0], 2
];
var NewSessionDetails$ = [3, n0, _NSD,
    0,
    [_SMCT, _PD, _Attr, _SCtr],
    [64 | 0, () => ParticipantDetails$, 128 | 0, () => ChatStreamingConfiguration$]
];
var NextContactEntry$ = [3, n0, _NCE,
    0,
    [_T, _NCM],
    [0, () => NextContactMetadata$]
];
var Notification$ = [3, n0, _No,
    0,
    [_I, _A, _LMT, _Co, _Prio, _Rec, _CAr, _EAx, _LMR, _Ta],
    [0, 0, 4, 128 | 0, 0, 64 | 0, 4, 4, 0, 128 | 0], 3
];
var NotificationRecipientType$ = [3, n0, _NRT,
    0,
    [_UT, _UIse],
    [128 | 0, 64 | 0]
];
var NotificationSearchCriteria$ = [3, n0, _NSC,
    0,
    [_OC, _ACn, _SC],
    [() => NotificationSearchConditionList, () => NotificationSearchConditionList, () => StringCondition$]
];
var NotificationSearchFilter$ = [3, n0, _NSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var NotificationSearchSummary$ = [3, n0, _NSS,
    0,
    [_I, _A, _II, _Co, _Prio, _Rec, _CAr, _EAx, _LMR, _LMT, _Ta],
    [0, 0, 0, 128 | 0, 0, 64 | 0, 4, 4, 0, 4, 128 | 0]
];
var NumberCondition$ = [3, n0, _NC,
    0,
    [_FNi, _MV, _MVa, _CTo],
    [0, 1, 1, 0]
];
var NumberReference$ = [3, n0, _NR,
    0,
    [_N, _V],
    [0, 0]
];
var NumericQuestionPropertyValueAutomation$ = [3, n0, _NQPVA,
    0,
    [_La],
    [0], 1
];
var ObservationSummary$ = [3, n0, _OSb,
    0,
    [_TO, _OP, _OF],
    [1, 1, 1]
];
var OperationalHour$ = [3, n0, _OHp,
    0,
    [_Star, _End_],
    [() => OverrideTimeSlice$, () => OverrideTimeSlice$]
];
var OutboundAdditionalRecipients$ = [3, n0, _OAR,
    0,
    [_CEA],
    [[() => EmailAddressRecipientList, 0]]
];
var OutboundCallerConfig$ = [3, n0, _OCC,
    0,
    [_OCIN, _OCINI, _OFI],
    [0, 0, 0]
];
var OutboundEmailConfig$ = [3, n0, _OEC,
    0,
    [_OEAI],
    [0]
];
var OutboundEmailContent$ = [3, n0, _OECu,
    0,
    [_MST, _TMC, _RM],
    [0, () => TemplatedMessageConfig$, [() => OutboundRawMessage$, 0]], 1
];
var OutboundRawMessage$ = [3, n0, _ORM,
    0,
    [_Subj, _B, _CTon],
    [[() => OutboundSubject, 0], [() => Body, 0], 0], 3
];
var OutboundStrategy$ = [3, n0, _OSu,
    0,
    [_T, _Conf],
    [0, () => OutboundStrategyConfig$], 1
];
var OutboundStrategyConfig$ = [3, n0, _OSC,
    0,
    [_AF],
    [() => AgentFirst$]
];
var OverrideHour$ = [3, n0, _OHve,
    0,
    [_Star, _End_, _ON, _OSpe],
    [() => OverrideTimeSlice$, () => OverrideTimeSlice$, 0, 0]
];
var OverrideTimeSlice$ = [3, n0, _OTS,
    0,
    [_H, _Mi],
    [1, 1], 2
];
var PaletteCanvas$ = [3, n0, _PCa,
    0,
    [_CBo, _PB, _ABc],
    [0, 0, 0]
];
var PaletteHeader$ = [3, n0, _PHa,
    0,
    [_Ba, _Te, _TH, _IAC],
    [0, 0, 0, 2]
];
var PaletteNavigation$ = [3, n0, _PNa,
    0,
    [_Ba, _TBH, _TBA, _Te, _TH, _TAe, _IAC],
    [0, 0, 0, 0, 0, 0, 2]
];
var PalettePrimary$ = [3, n0, _PP,
    0,
    [_Defa, _Acti, _CTont],
    [0, 0, 0]
];
var ParentHoursOfOperationConfig$ = [3, n0, _PHOOCa,
    0,
    [_HOOI],
    [0]
];
var ParticipantCapabilities$ = [3, n0, _PCar,
    0,
    [_Vid, _SSc],
    [0, 0]
];
var ParticipantConfiguration$ = [3, n0, _PCart,
    0,
    [_RMe],
    [0]
];
var ParticipantDetails$ = [3, n0, _PD,
    0,
    [_DNi],
    [0], 1
];
var ParticipantDetailsToAdd$ = [3, n0, _PDTA,
    0,
    [_PR, _DNi, _PCar],
    [0, 0, () => ParticipantCapabilities$]
];
var ParticipantMetrics$ = [3, n0, _PM,
    0,
    [_PI, _PT, _CAonv, _MSes, _NRu, _MLIC, _TRTIM, _MRTIM, _LMTa],
    [0, 0, 2, 1, 1, 1, 1, 1, 4]
];
var ParticipantTimerConfiguration$ = [3, n0, _PTC,
    0,
    [_PR, _TTi, _TV],
    [0, 0, () => ParticipantTimerValue$], 3
];
var ParticipantTokenCredentials$ = [3, n0, _PTCa,
    0,
    [_PTa, _Exp],
    [0, 0]
];
var PauseContactRequest$ = [3, n0, _PCR,
    0,
    [_CI, _II, _CFI],
    [0, 0, 0], 2
];
var PauseContactResponse$ = [3, n0, _PCRa,
    0,
    [],
    []
];
var PersistentChat$ = [3, n0, _PCer,
    0,
    [_RTe, _SCI],
    [0, 0]
];
var PersistentConnectionConfig$ = [3, n0, _PCCe,
    0,
    [_C, _PCers],
    [0, 2], 2
];
var PhoneNumberConfig$ = [3, n0, _PNCh,
    0,
    [_C, _PTh, _PN],
    [0, 0, [() => SensitivePhoneNumber, 0]], 2
];
var PhoneNumberQuickConnectConfig$ = [3, n0, _PNQCC,
    0,
    [_PN],
    [0], 1
];
var PhoneNumberStatus$ = [3, n0, _PNS,
    0,
    [_St, _M],
    [0, 0]
];
var PhoneNumberSummary$ = [3, n0, _PNSh,
    0,
    [_I, _A, _PN, _PNT, _PNCC],
    [0, 0, 0, 0, 0]
];
var PostAcceptTimeoutConfig$ = [3, n0, _PATC,
    0,
    [_DIS],
    [1], 1
];
var PredefinedAttribute$ = [3, n0, _PA,
    0,
    [_N, _Va, _Pu, _ACttr, _LMT, _LMR],
    [0, () => PredefinedAttributeValues$, 64 | 0, () => PredefinedAttributeConfiguration$, 4, 0]
];
var PredefinedAttributeConfiguration$ = [3, n0, _PAC,
    0,
    [_EVVOA, _IRO],
    [2, 2]
];
var PredefinedAttributeSearchCriteria$ = [3, n0, _PASC,
    0,
    [_OC, _ACn, _SC],
    [() => PredefinedAttributeSearchConditionList, () => PredefinedAttributeSearchConditionList, () => StringCondition$]
];
var PredefinedAttributeSummary$ = [3, n0, _PAS,
    0,
    [_N, _LMT, _LMR],
    [0, 4, 0]
];
var PreEvaluationFilter$ = [3, n0, _PEFr,
    0,
    [_RT, _FT, _FK, _FVilt, _Ope],
    [0, 0, 0, 0, 0], 5
];
var PreEvaluationFilters$ = [3, n0, _PEF,
    0,
    [_ACn],
    [() => PreEvaluationFilterList]
];
var Preview$ = [3, n0, _Pr,
    0,
    [_PATC, _AUA],
    [() => PostAcceptTimeoutConfig$, 64 | 0], 2
];
var PrimaryAttributeAccessControlConfigurationItem$ = [3, n0, _PAACCI,
    0,
    [_PAV],
    [() => PrimaryAttributeValuesSet]
];
var PrimaryAttributeValue$ = [3, n0, _PAVr,
    0,
    [_ATcc, _AN, _Va],
    [0, 0, 64 | 0]
];
var PrimaryAttributeValueFilter$ = [3, n0, _PAVF,
    0,
    [_AN, _Va],
    [0, 64 | 0], 2
];
var PrimaryValue$ = [3, n0, _PVr,
    0,
    [_AN, _V],
    [0, 0], 2
];
var PrimaryValueResponse$ = [3, n0, _PVR,
    0,
    [_AN, _AItt, _V],
    [0, 0, 0]
];
var ProblemDetail$ = [3, n0, _PDr,
    0,
    [_m],
    [0]
];
var Prompt$ = [3, n0, _Pro,
    0,
    [_PARN, _PIr, _N, _D, _Ta, _LMT, _LMR],
    [0, 0, 0, 0, 128 | 0, 4, 0]
];
var PromptSearchCriteria$ = [3, n0, _PSC,
    0,
    [_OC, _ACn, _SC],
    [() => PromptSearchConditionList, () => PromptSearchConditionList, () => StringCondition$]
];
var PromptSearchFilter$ = [3, n0, _PSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var PromptSummary$ = [3, n0, _PSr,
    0,
    [_I, _A, _N, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var PropertyValidationExceptionProperty$ = [3, n0, _PVEP,
    0,
    [_PPr, _R, _M],
    [0, 0, 0], 3
];
var PutUserStatusRequest$ = [3, n0, _PUSR,
    0,
    [_UI, _II, _ASI],
    [[0, 1], [0, 1], 0], 3
];
var PutUserStatusResponse$ = [3, n0, _PUSRu,
    0,
    [],
    []
];
var QualityMetrics$ = [3, n0, _QM,
    0,
    [_Ag, _Cu],
    [() => AgentQualityMetrics$, () => CustomerQualityMetrics$]
];
var QuestionOptionPointsConfiguration$ = [3, n0, _QOPC,
    0,
    [_PVo, _IB],
    [1, 2], 1
];
var QuestionPointsConfiguration$ = [3, n0, _QPC,
    0,
    [_MPV, _MPVi, _IB],
    [1, 1, 2]
];
var Queue$ = [3, n0, _Q,
    0,
    [_N, _QA, _QI, _D, _OCC, _OEC, _HOOI, _MCa, _St, _Ta, _LMT, _LMR],
    [0, 0, 0, 0, () => OutboundCallerConfig$, () => OutboundEmailConfig$, 0, 1, 0, 128 | 0, 4, 0]
];
var QueueInfo$ = [3, n0, _QIu,
    0,
    [_I, _ETnq],
    [0, 4]
];
var QueueInfoInput$ = [3, n0, _QII,
    0,
    [_I],
    [0]
];
var QueueQuickConnectConfig$ = [3, n0, _QQCC,
    0,
    [_QI, _CFI],
    [0, 0], 2
];
var QueueReference$ = [3, n0, _QRu,
    0,
    [_I, _A],
    [0, 0]
];
var QueueSearchCriteria$ = [3, n0, _QSC,
    0,
    [_OC, _ACn, _SC, _QTC],
    [() => QueueSearchConditionList, () => QueueSearchConditionList, () => StringCondition$, 0]
];
var QueueSearchFilter$ = [3, n0, _QSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var QueueSummary$ = [3, n0, _QSu,
    0,
    [_I, _A, _N, _QTue, _LMT, _LMR],
    [0, 0, 0, 0, 4, 0]
];
var QuickConnect$ = [3, n0, _QCu,
    0,
    [_QCARN, _QCIu, _N, _D, _QCC, _Ta, _LMT, _LMR],
    [0, 0, 0, 0, () => QuickConnectConfig$, 128 | 0, 4, 0]
];
var QuickConnectConfig$ = [3, n0, _QCC,
    0,
    [_QCTu, _UC, _QCue, _PCh, _FC],
    [0, () => UserQuickConnectConfig$, () => QueueQuickConnectConfig$, () => PhoneNumberQuickConnectConfig$, () => FlowQuickConnectConfig$], 1
];
var QuickConnectContactData$ = [3, n0, _QCCD,
    0,
    [_CI, _IT, _QCIu, _QCN, _QCTu],
    [0, 4, 0, 0, 0]
];
var QuickConnectSearchCriteria$ = [3, n0, _QCSC,
    0,
    [_OC, _ACn, _SC],
    [() => QuickConnectSearchConditionList, () => QuickConnectSearchConditionList, () => StringCondition$]
];
var QuickConnectSearchFilter$ = [3, n0, _QCSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var QuickConnectSummary$ = [3, n0, _QCS,
    0,
    [_I, _A, _N, _QCTu, _LMT, _LMR],
    [0, 0, 0, 0, 4, 0]
];
var Range$ = [3, n0, _Ra,
    0,
    [_MPL, _MPLa],
    [1, 1]
];
var ReadOnlyFieldInfo$ = [3, n0, _ROFI,
    0,
    [_I],
    [() => TaskTemplateFieldIdentifier$]
];
var RealTimeContactAnalysisAttachment$ = [3, n0, _RTCAA,
    0,
    [_ANtt, _AItta, _CTon, _St],
    [0, 0, 0, 0], 2
];
var RealTimeContactAnalysisCategoryDetails$ = [3, n0, _RTCACD,
    0,
    [_POI],
    [() => RealTimeContactAnalysisPointsOfInterest], 1
];
var RealTimeContactAnalysisCharacterInterval$ = [3, n0, _RTCACI,
    0,
    [_BOC, _EOC],
    [1, 1], 2
];
var RealTimeContactAnalysisExtractedInformationValue$ = [3, n0, _RTCAEIV,
    0,
    [_Co, _POI],
    [0, () => RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets], 2
];
var RealTimeContactAnalysisIssueDetected$ = [3, n0, _RTCAID,
    0,
    [_TIr],
    [() => RealTimeContactAnalysisTranscriptItemsWithContent], 1
];
var RealTimeContactAnalysisPointOfInterest$ = [3, n0, _RTCAPOI,
    0,
    [_TIr],
    [() => RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets]
];
var RealTimeContactAnalysisSegmentAttachments$ = [3, n0, _RTCASA,
    0,
    [_I, _PI, _PR, _Atta, _Time, _DNi],
    [0, 0, 0, () => RealTimeContactAnalysisAttachments, () => RealTimeContactAnalysisTimeData$, 0], 5
];
var RealTimeContactAnalysisSegmentCategories$ = [3, n0, _RTCASC,
    0,
    [_MDa],
    [() => RealTimeContactAnalysisMatchedDetails], 1
];
var RealTimeContactAnalysisSegmentEvent$ = [3, n0, _RTCASE,
    0,
    [_I, _ETve, _Time, _PI, _PR, _DNi],
    [0, 0, () => RealTimeContactAnalysisTimeData$, 0, 0, 0], 3
];
var RealTimeContactAnalysisSegmentExtractedInformation$ = [3, n0, _RTCASEI,
    0,
    [_EDI, _EDN, _EDDL, _EVx, _FCa],
    [0, 0, 0, () => RealTimeContactAnalysisExtractedInformationValues, 0], 2
];
var RealTimeContactAnalysisSegmentIssues$ = [3, n0, _RTCASI,
    0,
    [_IDs],
    [() => RealTimeContactAnalysisIssuesDetected], 1
];
var RealTimeContactAnalysisSegmentPostContactSummary$ = [3, n0, _RTCASPCS,
    0,
    [_St, _Co, _FCa],
    [0, 0, 0], 1
];
var RealTimeContactAnalysisSegmentTranscript$ = [3, n0, _RTCAST,
    0,
    [_I, _PI, _PR, _Co, _Time, _DNi, _CTon, _Red, _Sen],
    [0, 0, 0, 0, () => RealTimeContactAnalysisTimeData$, 0, 0, () => RealTimeContactAnalysisTranscriptItemRedaction$, 0], 5
];
var RealTimeContactAnalysisTranscriptItemRedaction$ = [3, n0, _RTCATIR,
    0,
    [_COh],
    [() => RealTimeContactAnalysisCharacterIntervals]
];
var RealTimeContactAnalysisTranscriptItemWithCharacterOffsets$ = [3, n0, _RTCATIWCO,
    0,
    [_I, _COh],
    [0, () => RealTimeContactAnalysisCharacterInterval$], 1
];
var RealTimeContactAnalysisTranscriptItemWithContent$ = [3, n0, _RTCATIWC,
    0,
    [_I, _Co, _COh],
    [0, 0, () => RealTimeContactAnalysisCharacterInterval$], 1
];
var RecommenderConfig$ = [3, n0, _RCe,
    0,
    [_DN, _RN, _Conte],
    [0, 0, 128 | 0], 2
];
var RecordingInfo$ = [3, n0, _RIeco,
    0,
    [_STto, _Lo, _MSTe, _PT, _FSN, _FSNr, _STta, _STtop, _St, _DRe, _UTL],
    [0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0]
];
var RecordPrimaryValue$ = [3, n0, _RPV,
    0,
    [_RIe, _PV, _LMT, _LMR],
    [0, () => PrimaryValuesResponseSet, 4, 0]
];
var RecurrenceConfig$ = [3, n0, _RCec,
    0,
    [_RPe],
    [() => RecurrencePattern$], 1
];
var RecurrencePattern$ = [3, n0, _RPe,
    0,
    [_Fr, _Int, _BM, _BMD, _BWO],
    [0, 1, 64 | 1, 64 | 1, 64 | 1], 2
];
var RedactionConfiguration$ = [3, n0, _RC,
    0,
    [_Be, _Po, _Ent, _MM],
    [0, 0, 64 | 0, 0], 2
];
var Reference$ = [3, n0, _Refe,
    0,
    [_T, _V, _St, _A, _SRt],
    [0, 0, 0, 0, 0], 1
];
var ReleasePhoneNumberRequest$ = [3, n0, _RPNR,
    0,
    [_PNI, _CT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var ReplicateInstanceRequest$ = [3, n0, _RIR,
    0,
    [_II, _RRe, _CT, _RAep],
    [[0, 1], 0, [0, 4], [() => DirectoryAlias, 0]], 2
];
var ReplicateInstanceResponse$ = [3, n0, _RIRe,
    0,
    [_I, _A],
    [0, 0]
];
var ReplicationConfiguration$ = [3, n0, _RCep,
    0,
    [_RSSL, _SRo, _GSIE],
    [() => ReplicationStatusSummaryList, 0, 0]
];
var ReplicationStatusSummary$ = [3, n0, _RSSe,
    0,
    [_Reg, _RS, _RSR],
    [0, 0, 0]
];
var RequiredFieldInfo$ = [3, n0, _RFI,
    0,
    [_I],
    [() => TaskTemplateFieldIdentifier$]
];
var ResourceTagsSearchCriteria$ = [3, n0, _RTSC,
    0,
    [_TSC],
    [() => TagSearchCondition$]
];
var ResumeContactRecordingRequest$ = [3, n0, _RCRR,
    0,
    [_II, _CI, _ICI, _CRT],
    [0, 0, 0, 0], 3
];
var ResumeContactRecordingResponse$ = [3, n0, _RCRRe,
    0,
    [],
    []
];
var ResumeContactRequest$ = [3, n0, _RCR,
    0,
    [_CI, _II, _CFI],
    [0, 0, 0], 2
];
var ResumeContactResponse$ = [3, n0, _RCRe,
    0,
    [],
    []
];
var RoutingCriteria$ = [3, n0, _RCo,
    0,
    [_Ste, _ATct, _Ind],
    [() => Steps, 4, 1]
];
var RoutingCriteriaInput$ = [3, n0, _RCIo,
    0,
    [_Ste],
    [() => RoutingCriteriaInputSteps]
];
var RoutingCriteriaInputStep$ = [3, n0, _RCIS,
    0,
    [_Exp, _Expr],
    [() => RoutingCriteriaInputStepExpiry$, () => Expression$]
];
var RoutingCriteriaInputStepExpiry$ = [3, n0, _RCISE,
    0,
    [_DIS],
    [1]
];
var RoutingProfile$ = [3, n0, _RP,
    0,
    [_II, _N, _RPA, _RPI, _D, _MCed, _DOQI, _Ta, _NOAQ, _NOAMAQ, _NOAU, _AAT, _LMT, _LMR, _ID, _AQI, _AMAQI],
    [0, 0, 0, 0, 0, () => MediaConcurrencies, 0, 128 | 0, 1, 1, 1, 0, 4, 0, 2, 64 | 0, 64 | 0]
];
var RoutingProfileManualAssignmentQueueConfig$ = [3, n0, _RPMAQC,
    0,
    [_QRu],
    [() => RoutingProfileQueueReference$], 1
];
var RoutingProfileManualAssignmentQueueConfigSummary$ = [3, n0, _RPMAQCS,
    0,
    [_QI, _QA, _QN, _C],
    [0, 0, 0, 0], 4
];
var RoutingProfileQueueConfig$ = [3, n0, _RPQC,
    0,
    [_QRu, _Prio, _Del],
    [() => RoutingProfileQueueReference$, 1, 1], 3
];
var RoutingProfileQueueConfigSummary$ = [3, n0, _RPQCS,
    0,
    [_QI, _QA, _QN, _Prio, _Del, _C],
    [0, 0, 0, 1, 1, 0], 6
];
var RoutingProfileQueueReference$ = [3, n0, _RPQR,
    0,
    [_QI, _C],
    [0, 0], 2
];
var RoutingProfileReference$ = [3, n0, _RPR,
    0,
    [_I, _A],
    [0, 0]
];
var RoutingProfileSearchCriteria$ = [3, n0, _RPSC,
    0,
    [_OC, _ACn, _SC],
    [() => RoutingProfileSearchConditionList, () => RoutingProfileSearchConditionList, () => StringCondition$]
];
var RoutingProfileSearchFilter$ = [3, n0, _RPSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var RoutingProfileSummary$ = [3, n0, _RPS,
    0,
    [_I, _A, _N, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var Rule$ = [3, n0, _Ru,
    0,
    [_N, _RIu, _RAu, _TES, _Fu, _Ac, _PS, _CTre, _LUTa, _LUB, _RCT, _PEF, _Ta],
    [0, 0, 0, () => RuleTriggerEventSource$, 0, () => RuleActions, 0, 4, 4, 0, 64 | 0, () => PreEvaluationFilters$, 128 | 0], 10
];
var RuleAction$ = [3, n0, _RAul,
    0,
    [_AT, _TAa, _EBA, _ACCA, _SNAe, _CCA, _UCAp, _ASA, _EATA, _SAEA, _EIA],
    [0, () => TaskActionDefinition$, () => EventBridgeActionDefinition$, () => AssignContactCategoryActionDefinition$, () => SendNotificationActionDefinition$, () => CreateCaseActionDefinition$, () => UpdateCaseActionDefinition$, () => AssignSlaActionDefinition$, () => EndAssociatedTasksActionDefinition$, () => SubmitAutoEvaluationActionDefinition$, () => ExtractInformationActionDefinition$], 1
];
var RuleAttributeAndCondition$ = [3, n0, _RAAC,
    0,
    [_TC],
    [() => TagAndConditionList]
];
var RuleAttributeFilter$ = [3, n0, _RAF,
    0,
    [_OC, _ACnd, _TCa],
    [() => RuleAttributeOrConditionList, () => RuleAttributeAndCondition$, () => TagCondition$]
];
var RulesConfiguration$ = [3, n0, _RCu,
    0,
    [_Be],
    [0]
];
var RuleSearchSummary$ = [3, n0, _RSSu,
    0,
    [_N, _RIu, _RAu, _TES, _ASc, _PS, _CTre, _LUTa, _LUB, _RCT, _PEF, _Ta],
    [0, 0, 0, () => RuleTriggerEventSource$, () => ActionSummaries, 0, 4, 4, 0, 64 | 0, () => PreEvaluationFilters$, 128 | 0], 9
];
var RulesExtractionDefinitionIdentifier$ = [3, n0, _REDI,
    0,
    [_Id],
    [0], 1
];
var RulesSearchCriteria$ = [3, n0, _RSC,
    0,
    [_OC, _ACn, _SC],
    [() => RulesSearchConditionList, () => RulesSearchConditionList, () => StringCondition$]
];
var RulesSearchFilter$ = [3, n0, _RSF,
    0,
    [_AFt],
    [() => RuleAttributeFilter$]
];
var RuleSummary$ = [3, n0, _RSu,
    0,
    [_N, _RIu, _RAu, _ESN, _PS, _ASc, _CTre, _LUTa, _RCT],
    [0, 0, 0, 0, 0, () => ActionSummaries, 4, 4, 64 | 0], 8
];
var RuleTriggerEventSource$ = [3, n0, _RTES,
    0,
    [_ESN, _IAI],
    [0, 0], 1
];
var S3Config$ = [3, n0, _SCon,
    0,
    [_BNu, _BP, _ECn],
    [0, 0, () => EncryptionConfig$], 2
];
var SearchableAgentCriteriaStep$ = [3, n0, _SACS,
    0,
    [_AIg, _MTa],
    [64 | 0, 0]
];
var SearchableContactAttributes$ = [3, n0, _SCA,
    0,
    [_Cr, _MTa],
    [[() => SearchableContactAttributesCriteriaList, 0], 0], 1
];
var SearchableContactAttributesCriteria$ = [3, n0, _SCAC,
    0,
    [_K, _Va],
    [[() => SearchableContactAttributeKey, 0], [() => SearchableContactAttributeValueList, 0]], 2
];
var SearchableRoutingCriteria$ = [3, n0, _SRC,
    0,
    [_Ste],
    [() => SearchableRoutingCriteriaStepList]
];
var SearchableRoutingCriteriaStep$ = [3, n0, _SRCS,
    0,
    [_ACgen],
    [() => SearchableAgentCriteriaStep$]
];
var SearchableSegmentAttributes$ = [3, n0, _SSA,
    0,
    [_Cr, _MTa],
    [[() => SearchableSegmentAttributesCriteriaList, 0], 0], 1
];
var SearchableSegmentAttributesCriteria$ = [3, n0, _SSAC,
    0,
    [_K, _Va],
    [[() => SearchableSegmentAttributeKey, 0], [() => SearchableSegmentAttributeValueList, 0]], 2
];
var SearchAgentStatusesRequest$ = [3, n0, _SASR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => AgentStatusSearchFilter$, () => AgentStatusSearchCriteria$], 1
];
var SearchAgentStatusesResponse$ = [3, n0, _SASRe,
    0,
    [_ASge, _NT, _ATC],
    [() => AgentStatusList, 0, 1]
];
var SearchAvailablePhoneNumbersRequest$ = [3, n0, _SAPNR,
    0,
    [_PNCC, _PNT, _TA, _II, _PNP, _MR, _NT],
    [0, 0, 0, 0, 0, 1, 0], 2
];
var SearchAvailablePhoneNumbersResponse$ = [3, n0, _SAPNRe,
    0,
    [_NT, _ANL],
    [0, () => AvailableNumbersList]
];
var SearchContactEvaluationsRequest$ = [3, n0, _SCER,
    0,
    [_II, _NT, _MR, _SCea, _SF],
    [0, 0, 1, () => EvaluationSearchCriteria$, () => EvaluationSearchFilter$], 1
];
var SearchContactEvaluationsResponse$ = [3, n0, _SCERe,
    0,
    [_ESSL, _NT, _ATC],
    [() => EvaluationSearchSummaryList, 0, 1]
];
var SearchContactFlowModulesRequest$ = [3, n0, _SCFMR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => ContactFlowModuleSearchFilter$, () => ContactFlowModuleSearchCriteria$], 1
];
var SearchContactFlowModulesResponse$ = [3, n0, _SCFMRe,
    0,
    [_CFMo, _NT, _ATC],
    [() => ContactFlowModuleSearchSummaryList, 0, 1]
];
var SearchContactFlowsRequest$ = [3, n0, _SCFR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => ContactFlowSearchFilter$, () => ContactFlowSearchCriteria$], 1
];
var SearchContactFlowsResponse$ = [3, n0, _SCFRe,
    0,
    [_CFont, _NT, _ATC],
    [() => ContactFlowSearchSummaryList, 0, 1]
];
var SearchContactsAdditionalTimeRange$ = [3, n0, _SCATR,
    0,
    [_Cr, _MTa],
    [() => SearchContactsAdditionalTimeRangeCriteriaList, 0], 2
];
var SearchContactsAdditionalTimeRangeCriteria$ = [3, n0, _SCATRC,
    0,
    [_TR, _TCi],
    [() => SearchContactsTimeRange$, () => SearchContactsTimestampCondition$]
];
var SearchContactsRequest$ = [3, n0, _SCR,
    0,
    [_II, _TR, _SCea, _MR, _NT, _Sor],
    [0, () => SearchContactsTimeRange$, [() => SearchCriteria$, 0], 1, 0, () => Sort$], 2
];
var SearchContactsResponse$ = [3, n0, _SCRe,
    0,
    [_Conta, _NT, _TCo],
    [[() => Contacts, 0], 0, 1], 1
];
var SearchContactsTimeRange$ = [3, n0, _SCTR,
    0,
    [_T, _STtart, _ETnd],
    [0, 4, 4], 3
];
var SearchContactsTimestampCondition$ = [3, n0, _SCTC,
    0,
    [_T, _CTond],
    [0, 0], 2
];
var SearchCriteria$ = [3, n0, _SCea,
    0,
    [_N, _AIg, _AHGg, _Ch, _CAo, _IMn, _QIue, _RCo, _ATR, _SCA, _SSA, _ARc, _CTonta, _AAi],
    [[() => NameCriteria$, 0], 64 | 0, () => AgentHierarchyGroups$, 64 | 0, [() => ContactAnalysis$, 0], 64 | 0, 64 | 0, () => SearchableRoutingCriteria$, () => SearchContactsAdditionalTimeRange$, [() => SearchableContactAttributes$, 0], [() => SearchableSegmentAttributes$, 0], 64 | 0, () => ControlPlaneTagFilter$, () => AiAgentsCriteria$]
];
var SearchDataTablesRequest$ = [3, n0, _SDTR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => DataTableSearchFilter$, () => DataTableSearchCriteria$], 1
];
var SearchDataTablesResponse$ = [3, n0, _SDTRe,
    0,
    [_DTat, _NT, _ATC],
    [() => DataTableList, 0, 1]
];
var SearchEmailAddressesRequest$ = [3, n0, _SEAR,
    0,
    [_II, _MR, _NT, _SCea, _SF],
    [0, 1, 0, () => EmailAddressSearchCriteria$, () => EmailAddressSearchFilter$], 1
];
var SearchEmailAddressesResponse$ = [3, n0, _SEARe,
    0,
    [_NT, _EAma, _ATC],
    [0, [() => EmailAddressList, 0], 1]
];
var SearchEvaluationFormsRequest$ = [3, n0, _SEFR,
    0,
    [_II, _NT, _MR, _SCea, _SF],
    [0, 0, 1, () => EvaluationFormSearchCriteria$, () => EvaluationFormSearchFilter$], 1
];
var SearchEvaluationFormsResponse$ = [3, n0, _SEFRe,
    0,
    [_EFSSL, _NT, _ATC],
    [() => EvaluationFormSearchSummaryList, 0, 1]
];
var SearchHoursOfOperationOverridesRequest$ = [3, n0, _SHOOOR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => HoursOfOperationSearchFilter$, () => HoursOfOperationOverrideSearchCriteria$], 1
];
var SearchHoursOfOperationOverridesResponse$ = [3, n0, _SHOOORe,
    0,
    [_HOOOo, _NT, _ATC],
    [() => HoursOfOperationOverrideList, 0, 1]
];
var SearchHoursOfOperationsRequest$ = [3, n0, _SHOOR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => HoursOfOperationSearchFilter$, () => HoursOfOperationSearchCriteria$], 1
];
var SearchHoursOfOperationsResponse$ = [3, n0, _SHOORe,
    0,
    [_HOOo, _NT, _ATC],
    [() => HoursOfOperationList, 0, 1]
];
var SearchMetricsRequest$ = [3, n0, _SMR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => MetricSearchFilter$, () => MetricSearchCriteria$], 1
];
var SearchMetricsResponse$ = [3, n0, _SMRe,
    0,
    [_Metr, _NT, _ATC],
    [() => MetricSearchSummaryList, 0, 1]
];
var SearchNotificationsRequest$ = [3, n0, _SNR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => NotificationSearchFilter$, () => NotificationSearchCriteria$], 1
];
var SearchNotificationsResponse$ = [3, n0, _SNRe,
    0,
    [_Noti, _NT, _ATC],
    [() => NotificationSearchSummaryList, 0, 1]
];
var SearchPredefinedAttributesRequest$ = [3, n0, _SPAR,
    0,
    [_II, _NT, _MR, _SCea],
    [0, 0, 1, () => PredefinedAttributeSearchCriteria$], 1
];
var SearchPredefinedAttributesResponse$ = [3, n0, _SPARe,
    0,
    [_PAr, _NT, _ATC],
    [() => PredefinedAttributeSearchSummaryList, 0, 1]
];
var SearchPromptsRequest$ = [3, n0, _SPR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => PromptSearchFilter$, () => PromptSearchCriteria$], 1
];
var SearchPromptsResponse$ = [3, n0, _SPRe,
    0,
    [_Prom, _NT, _ATC],
    [() => PromptList, 0, 1]
];
var SearchQueuesRequest$ = [3, n0, _SQR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => QueueSearchFilter$, () => QueueSearchCriteria$], 1
];
var SearchQueuesResponse$ = [3, n0, _SQRe,
    0,
    [_Qu, _NT, _ATC],
    [() => QueueSearchSummaryList, 0, 1]
];
var SearchQuickConnectsRequest$ = [3, n0, _SQCR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => QuickConnectSearchFilter$, () => QuickConnectSearchCriteria$], 1
];
var SearchQuickConnectsResponse$ = [3, n0, _SQCRe,
    0,
    [_QCui, _NT, _ATC],
    [() => QuickConnectSearchSummaryList, 0, 1]
];
var SearchResourceTagsRequest$ = [3, n0, _SRTR,
    0,
    [_II, _RTes, _NT, _MR, _SCea],
    [0, 64 | 0, 0, 1, () => ResourceTagsSearchCriteria$], 1
];
var SearchResourceTagsResponse$ = [3, n0, _SRTRe,
    0,
    [_Ta, _NT],
    [() => TagsList, 0]
];
var SearchRoutingProfilesRequest$ = [3, n0, _SRPR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => RoutingProfileSearchFilter$, () => RoutingProfileSearchCriteria$], 1
];
var SearchRoutingProfilesResponse$ = [3, n0, _SRPRe,
    0,
    [_RPo, _NT, _ATC],
    [() => RoutingProfileList, 0, 1]
];
var SearchRulesRequest$ = [3, n0, _SRR,
    0,
    [_II, _MR, _NT, _SCea, _SF],
    [0, 1, 0, () => RulesSearchCriteria$, () => RulesSearchFilter$], 1
];
var SearchRulesResponse$ = [3, n0, _SRRe,
    0,
    [_Rul, _ATC, _NT],
    [() => RuleSearchSummaryList, 1, 0], 1
];
var SearchSecurityProfilesRequest$ = [3, n0, _SSPR,
    0,
    [_II, _NT, _MR, _SCea, _SF],
    [0, 0, 1, () => SecurityProfileSearchCriteria$, () => SecurityProfilesSearchFilter$], 1
];
var SearchSecurityProfilesResponse$ = [3, n0, _SSPRe,
    0,
    [_SP, _NT, _ATC],
    [() => SecurityProfilesSearchSummaryList, 0, 1]
];
var SearchTestCasesRequest$ = [3, n0, _STCR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => TestCaseSearchFilter$, () => TestCaseSearchCriteria$], 1
];
var SearchTestCasesResponse$ = [3, n0, _STCRe,
    0,
    [_TCes, _NT, _ATC],
    [() => TestCaseSearchSummaryList, 0, 1]
];
var SearchUserHierarchyGroupsRequest$ = [3, n0, _SUHGR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => UserHierarchyGroupSearchFilter$, () => UserHierarchyGroupSearchCriteria$], 1
];
var SearchUserHierarchyGroupsResponse$ = [3, n0, _SUHGRe,
    0,
    [_UHG, _NT, _ATC],
    [() => UserHierarchyGroupList, 0, 1]
];
var SearchUsersRequest$ = [3, n0, _SUR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => UserSearchFilter$, () => UserSearchCriteria$], 1
];
var SearchUsersResponse$ = [3, n0, _SURe,
    0,
    [_User, _NT, _ATC],
    [[() => UserSearchSummaryList, 0], 0, 1]
];
var SearchViewsRequest$ = [3, n0, _SVR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => ViewSearchFilter$, () => ViewSearchCriteria$], 1
];
var SearchViewsResponse$ = [3, n0, _SVRe,
    0,
    [_Vie, _NT, _ATC],
    [[() => ViewSearchSummaryList, 0], 0, 1]
];
var SearchVocabulariesRequest$ = [3, n0, _SVRea,
    0,
    [_II, _MR, _NT, _S, _NSW, _LCa],
    [[0, 1], 1, 0, 0, 0, 0], 1
];
var SearchVocabulariesResponse$ = [3, n0, _SVRear,
    0,
    [_VSLo, _NT],
    [() => VocabularySummaryList, 0]
];
var SearchWorkspaceAssociationsRequest$ = [3, n0, _SWAR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => WorkspaceAssociationSearchFilter$, () => WorkspaceAssociationSearchCriteria$], 1
];
var SearchWorkspaceAssociationsResponse$ = [3, n0, _SWARe,
    0,
    [_NT, _WAo, _ATC],
    [0, () => WorkspaceAssociationSearchSummaryList, 1]
];
var SearchWorkspacesRequest$ = [3, n0, _SWR,
    0,
    [_II, _NT, _MR, _SF, _SCea],
    [0, 0, 1, () => WorkspaceSearchFilter$, () => WorkspaceSearchCriteria$], 1
];
var SearchWorkspacesResponse$ = [3, n0, _SWRe,
    0,
    [_NT, _Wo, _ATC],
    [0, () => WorkspaceSearchSummaryList, 1]
];
var SecurityKey$ = [3, n0, _SKe,
    0,
    [_AIs, _K, _CTr],
    [0, 0, 4]
];
var SecurityProfile$ = [3, n0, _SPe,
    0,
    [_I, _ORIr, _A, _SPNe, _D, _Ta, _AACT, _TRR, _LMT, _LMR, _HRR, _AACHGI, _GACC],
    [0, 0, 0, 0, 0, 128 | 0, 128 | 0, 64 | 0, 4, 0, 64 | 0, 0, () => GranularAccessControlConfiguration$]
];
var SecurityProfileItem$ = [3, n0, _SPIec,
    0,
    [_I],
    [0]
];
var SecurityProfileSearchCriteria$ = [3, n0, _SPSC,
    0,
    [_OC, _ACn, _SC],
    [() => SecurityProfileSearchConditionList, () => SecurityProfileSearchConditionList, () => StringCondition$]
];
var SecurityProfileSearchSummary$ = [3, n0, _SPSS,
    0,
    [_I, _ORIr, _A, _SPNe, _D, _Ta],
    [0, 0, 0, 0, 0, 128 | 0]
];
var SecurityProfilesSearchFilter$ = [3, n0, _SPSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var SecurityProfileSummary$ = [3, n0, _SPS,
    0,
    [_I, _A, _N, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var SegmentAttributeValue$ = [3, n0, _SAV,
    0,
    [_VS, _VM, _VIa, _VL, _VAa],
    [0, () => SegmentAttributeValueMap, 1, () => SegmentAttributeValueList, 0]
];
var SendChatIntegrationEventRequest$ = [3, n0, _SCIER,
    0,
    [_SIo, _DIe, _Eve, _Sub, _NSD],
    [0, 0, () => ChatEvent$, 0, () => NewSessionDetails$], 3
];
var SendChatIntegrationEventResponse$ = [3, n0, _SCIERe,
    0,
    [_ICI, _NCC],
    [0, 2]
];
var SendNotificationActionDefinition$ = [3, n0, _SNAD,
    0,
    [_DM, _Co, _CTon, _Reci, _Subj, _Exc],
    [0, 0, 0, () => NotificationRecipientType$, 0, () => NotificationRecipientType$], 4
];
var SendOutboundEmailRequest$ = [3, n0, _SOER,
    0,
    [_II, _FEA, _DEA, _EMm, _TTr, _ARd, _SCou, _CT],
    [[0, 1], [() => EmailAddressInfo$, 0], [() => EmailAddressInfo$, 0], [() => OutboundEmailContent$, 0], 0, [() => OutboundAdditionalRecipients$, 0], () => SourceCampaign$, [0, 4]], 5
];
var SendOutboundEmailResponse$ = [3, n0, _SOERe,
    0,
    [],
    []
];
var SendOutboundWebNotificationRequest$ = [3, n0, _SOWNR,
    0,
    [_II, _BIr, _SI, _EAx, _So, _Des, _Co, _CT],
    [[0, 1], 0, 0, 4, () => WebNotificationSource$, () => WidgetDestination$, () => WebNotificationContent$, [0, 4]], 7
];
var SendOutboundWebNotificationResponse$ = [3, n0, _SOWNRe,
    0,
    [],
    []
];
var SentimentConfiguration$ = [3, n0, _SCe,
    0,
    [_Be],
    [0], 1
];
var SignInConfig$ = [3, n0, _SIC,
    0,
    [_Di],
    [() => SignInDistributionList], 1
];
var SignInDistribution$ = [3, n0, _SIDi,
    0,
    [_Reg, _En],
    [0, 2], 2
];
var SingleSelectQuestionRuleCategoryAutomation$ = [3, n0, _SSQRCA,
    0,
    [_Cat, _Con, _ORIp],
    [0, 0, 0], 3
];
var Sort$ = [3, n0, _Sor,
    0,
    [_FNi, _Ord],
    [0, 0], 2
];
var SourceCampaign$ = [3, n0, _SCou,
    0,
    [_CIa, _ORIu],
    [0, 0]
];
var StartAssistantContactRequest$ = [3, n0, _SACR,
    0,
    [_II, _AAig, _PD, _IMni, _Attr, _CT, _PCer, _RCI],
    [0, () => AiAgentInput$, () => ParticipantDetails$, () => ChatMessage$, 128 | 0, [0, 4], () => PersistentChat$, 0], 3
];
var StartAssistantContactResponse$ = [3, n0, _SACRt,
    0,
    [_CI, _PI, _PTa, _CFCI],
    [0, 0, 0, 0]
];
var StartAttachedFileUploadRequest$ = [3, n0, _SAFUR,
    0,
    [_II, _FN, _FSIB, _FUCT, _ARA, _CT, _UEIS, _CB, _Ta],
    [[0, 1], 0, 1, 0, [0, { [_hQ]: _aRA }], [0, 4], 1, () => CreatedByInfo$, 128 | 0], 5
];
var StartAttachedFileUploadResponse$ = [3, n0, _SAFURt,
    0,
    [_FAi, _FIi, _CTr, _FS, _CB, _UUM],
    [0, 0, 0, 0, () => CreatedByInfo$, () => UploadUrlMetadata$]
];
var StartChatContactRequest$ = [3, n0, _SCCR,
    0,
    [_II, _CFI, _PD, _Attr, _PCart, _IMni, _CT, _CDIM, _SMCT, _PCer, _RCI, _SAe, _CIu, _DOCE],
    [0, 0, () => ParticipantDetails$, 128 | 0, () => ParticipantConfiguration$, () => ChatMessage$, [0, 4], 1, 64 | 0, () => PersistentChat$, 0, () => SegmentAttributes, [() => CustomerIdNonEmpty, 0], 64 | 0], 3
];
var StartChatContactResponse$ = [3, n0, _SCCRt,
    0,
    [_CI, _PI, _PTa, _CFCI],
    [0, 0, 0, 0]
];
var StartContactConversationalAnalyticsJobRequest$ = [3, n0, _SCCAJR,
    0,
    [_II, _CI, _AMna, _ACna, _CT],
    [[0, 1], [0, 1], 64 | 0, () => AnalyticsConfiguration$, 0], 4
];
var StartContactConversationalAnalyticsJobResponse$ = [3, n0, _SCCAJRt,
    0,
    [_II, _CI],
    [0, 0]
];
var StartContactEvaluationRequest$ = [3, n0, _SCERt,
    0,
    [_II, _CI, _EFI, _AEC, _CT, _Ta],
    [[0, 1], 0, 0, () => AutoEvaluationConfiguration$, [0, 4], 128 | 0], 3
];
var StartContactEvaluationResponse$ = [3, n0, _SCERta,
    0,
    [_EIv, _EAv],
    [0, 0], 2
];
var StartContactMediaProcessingRequest$ = [3, n0, _SCMPR,
    0,
    [_II, _CI, _PAro, _FMa],
    [0, 0, 0, 0]
];
var StartContactMediaProcessingResponse$ = [3, n0, _SCMPRt,
    0,
    [],
    []
];
var StartContactRecordingRequest$ = [3, n0, _SCRR,
    0,
    [_II, _CI, _ICI, _VRC],
    [0, 0, 0, () => VoiceRecordingConfiguration$], 4
];
var StartContactRecordingResponse$ = [3, n0, _SCRRt,
    0,
    [],
    []
];
var StartContactStreamingRequest$ = [3, n0, _SCSR,
    0,
    [_II, _CI, _CSCh, _CT],
    [0, 0, () => ChatStreamingConfiguration$, [0, 4]], 3
];
var StartContactStreamingResponse$ = [3, n0, _SCSRt,
    0,
    [_SIt],
    [0], 1
];
var StartEmailContactRequest$ = [3, n0, _SECR,
    0,
    [_II, _FEA, _DEA, _EMm, _D, _Ref, _N, _ARd, _Atta, _CFI, _RCI, _Attr, _SAe, _CT],
    [0, [() => EmailAddressInfo$, 0], [() => EmailAddress, 0], [() => InboundEmailContent$, 0], [() => Description, 0], () => ContactReferences, [() => Name, 0], [() => InboundAdditionalRecipients$, 0], [() => EmailAttachments, 0], 0, 0, 128 | 0, () => SegmentAttributes, [0, 4]], 4
];
var StartEmailContactResponse$ = [3, n0, _SECRt,
    0,
    [_CI],
    [0]
];
var StartEvaluationFormValidationRequest$ = [3, n0, _SEFVR,
    0,
    [_II, _EFI, _EFV],
    [[0, 1], [0, 1], 1], 3
];
var StartEvaluationFormValidationResponse$ = [3, n0, _SEFVRt,
    0,
    [_EFI, _EFA, _EFV],
    [0, 0, 1], 3
];
var StartOutboundChatContactRequest$ = [3, n0, _SOCCR,
    0,
    [_SEo, _DE, _II, _SAe, _CFI, _Attr, _CDIM, _PD, _ISM, _ITSM, _RCI, _SMCT, _CT],
    [() => Endpoint$, () => Endpoint$, 0, () => SegmentAttributes, 0, 128 | 0, 1, () => ParticipantDetails$, () => ChatMessage$, () => TemplatedMessageConfig$, 0, 64 | 0, [0, 4]], 5
];
var StartOutboundChatContactResponse$ = [3, n0, _SOCCRt,
    0,
    [_CI],
    [0]
];
var StartOutboundEmailContactRequest$ = [3, n0, _SOECR,
    0,
    [_II, _CI, _DEA, _EMm, _FEA, _ARd, _CT],
    [0, 0, [() => EmailAddressInfo$, 0], [() => OutboundEmailContent$, 0], [() => EmailAddressInfo$, 0], [() => OutboundAdditionalRecipients$, 0], [0, 4]], 4
];
var StartOutboundEmailContactResponse$ = [3, n0, _SOECRt,
    0,
    [_CI],
    [0]
];
var StartOutboundVoiceContactRequest$ = [3, n0, _SOVCR,
    0,
    [_DPN, _CFI, _II, _N, _D, _Ref, _RCI, _CT, _SPNo, _QI, _Attr, _AMDC, _CIa, _TTr, _OSu, _RTIS],
    [0, 0, 0, [() => Name, 0], [() => Description, 0], () => ContactReferences, 0, [0, 4], 0, 0, 128 | 0, () => AnswerMachineDetectionConfig$, 0, 0, () => OutboundStrategy$, 1], 3
];
var StartOutboundVoiceContactResponse$ = [3, n0, _SOVCRt,
    0,
    [_CI],
    [0]
];
var StartScreenSharingRequest$ = [3, n0, _SSSR,
    0,
    [_II, _CI, _CT],
    [0, 0, [0, 4]], 2
];
var StartScreenSharingResponse$ = [3, n0, _SSSRt,
    0,
    [],
    []
];
var StartTaskContactRequest$ = [3, n0, _STCRt,
    0,
    [_II, _N, _PCI, _CFI, _Attr, _Ref, _D, _CT, _STch, _TTIa, _QCIu, _RCI, _SAe, _Atta],
    [0, [() => Name, 0], 0, 0, 128 | 0, () => ContactReferences, [() => Description, 0], [0, 4], 4, 0, 0, 0, () => SegmentAttributes, [() => TaskAttachments, 0]], 2
];
var StartTaskContactResponse$ = [3, n0, _STCRta,
    0,
    [_CI],
    [0]
];
var StartTestCaseExecutionRequest$ = [3, n0, _STCER,
    0,
    [_II, _TCI, _CT],
    [[0, 1], [0, 1], [0, 4]], 2
];
var StartTestCaseExecutionResponse$ = [3, n0, _STCERt,
    0,
    [_TCEI, _TCI, _St],
    [0, 0, 0]
];
var StartWebRTCContactRequest$ = [3, n0, _SWRTCCR,
    0,
    [_CFI, _II, _PD, _Attr, _CT, _ACll, _RCI, _Ref, _D, _SAe],
    [0, 0, () => ParticipantDetails$, 128 | 0, [0, 4], () => AllowedCapabilities$, 0, () => ContactReferences, [() => Description, 0], () => SegmentAttributes], 3
];
var StartWebRTCContactResponse$ = [3, n0, _SWRTCCRt,
    0,
    [_CD, _CI, _PI, _PTa],
    [[() => ConnectionData$, 0], 0, 0, 0]
];
var StateTransition$ = [3, n0, _STtat,
    0,
    [_S, _SST, _SET],
    [0, 4, 4]
];
var Step$ = [3, n0, _Step,
    0,
    [_Exp, _Expr, _St],
    [() => Expiry$, () => Expression$, 0]
];
var StopContactMediaProcessingRequest$ = [3, n0, _SCMPRto,
    0,
    [_II, _CI],
    [0, 0]
];
var StopContactMediaProcessingResponse$ = [3, n0, _SCMPRtop,
    0,
    [],
    []
];
var StopContactRecordingRequest$ = [3, n0, _SCRRto,
    0,
    [_II, _CI, _ICI, _CRT],
    [0, 0, 0, 0], 3
];
var StopContactRecordingResponse$ = [3, n0, _SCRRtop,
    0,
    [],
    []
];
var StopContactRequest$ = [3, n0, _SCRt,
    0,
    [_CI, _II, _DR],
    [0, 0, () => DisconnectReason$], 2
];
var StopContactResponse$ = [3, n0, _SCRto,
    0,
    [],
    []
];
var StopContactStreamingRequest$ = [3, n0, _SCSRto,
    0,
    [_II, _CI, _SIt],
    [0, 0, 0], 3
];
var StopContactStreamingResponse$ = [3, n0, _SCSRtop,
    0,
    [],
    []
];
var StopTestCaseExecutionRequest$ = [3, n0, _STCERto,
    0,
    [_II, _TCEI, _TCI, _CT],
    [[0, 1], [0, 1], [0, 1], [0, 4]], 3
];
var StopTestCaseExecutionResponse$ = [3, n0, _STCERtop,
    0,
    [],
    []
];
var StringCondition$ = [3, n0, _SC,
    0,
    [_FNi, _V, _CTo],
    [0, 0, 0]
];
var StringReference$ = [3, n0, _SRtr,
    0,
    [_N, _V],
    [0, 0]
];
var SubmitAutoEvaluationActionDefinition$ = [3, n0, _SAEAD,
    0,
    [_EFI],
    [0], 1
];
var SubmitContactEvaluationRequest$ = [3, n0, _SCERu,
    0,
    [_II, _EIv, _An, _Not, _SB],
    [[0, 1], [0, 1], () => EvaluationAnswersInputMap, () => EvaluationNotesMap, () => EvaluatorUserUnion$], 2
];
var SubmitContactEvaluationResponse$ = [3, n0, _SCERub,
    0,
    [_EIv, _EAv],
    [0, 0], 2
];
var SuccessfulBatchAssociationSummary$ = [3, n0, _SBAS,
    0,
    [_RAe],
    [0]
];
var SuccessfulRequest$ = [3, n0, _SRu,
    0,
    [_RIeq, _CI],
    [0, 0]
];
var SummaryConfiguration$ = [3, n0, _SCu,
    0,
    [_SM],
    [64 | 0], 1
];
var SuspendContactRecordingRequest$ = [3, n0, _SCRRu,
    0,
    [_II, _CI, _ICI, _CRT],
    [0, 0, 0, 0], 3
];
var SuspendContactRecordingResponse$ = [3, n0, _SCRRus,
    0,
    [],
    []
];
var TagCondition$ = [3, n0, _TCa,
    0,
    [_TK, _TVa],
    [0, 0]
];
var TagContactRequest$ = [3, n0, _TCR,
    0,
    [_CI, _II, _Ta],
    [0, 0, 128 | 0], 3
];
var TagContactResponse$ = [3, n0, _TCRa,
    0,
    [],
    []
];
var TagResourceRequest$ = [3, n0, _TRRa,
    0,
    [_rA, _ta],
    [[0, 1], 128 | 0], 2
];
var TagSearchCondition$ = [3, n0, _TSC,
    0,
    [_tK, _tV, _tKCT, _tVCT],
    [0, 0, 0, 0]
];
var TagSet$ = [3, n0, _TSa,
    0,
    [_k, _va],
    [0, 0]
];
var TaskActionDefinition$ = [3, n0, _TAD,
    0,
    [_N, _CFI, _D, _Ref],
    [0, 0, 0, () => ContactReferences], 2
];
var TaskAttachment$ = [3, n0, _TAas,
    0,
    [_FN, _SUr],
    [0, 0], 2
];
var TaskTemplateConstraints$ = [3, n0, _TTC,
    0,
    [_RF, _ROF, _IF],
    [() => RequiredTaskTemplateFields, () => ReadOnlyTaskTemplateFields, () => InvisibleTaskTemplateFields]
];
var TaskTemplateDefaultFieldValue$ = [3, n0, _TTDFV,
    0,
    [_I, _DVe],
    [() => TaskTemplateFieldIdentifier$, 0]
];
var TaskTemplateDefaults$ = [3, n0, _TTD,
    0,
    [_DFV],
    [() => TaskTemplateDefaultFieldValueList]
];
var TaskTemplateField$ = [3, n0, _TTF,
    0,
    [_I, _D, _T, _SSO],
    [() => TaskTemplateFieldIdentifier$, 0, 0, 64 | 0], 1
];
var TaskTemplateFieldIdentifier$ = [3, n0, _TTFI,
    0,
    [_N],
    [0]
];
var TaskTemplateInfoV2$ = [3, n0, _TTIV,
    0,
    [_A, _N],
    [0, 0]
];
var TaskTemplateMetadata$ = [3, n0, _TTM,
    0,
    [_I, _A, _N, _D, _St, _LMT, _CTre],
    [0, 0, 0, 0, 0, 4, 4]
];
var TelephonyConfig$ = [3, n0, _TCel,
    0,
    [_Di],
    [() => DistributionList], 1
];
var TemplateAttributes$ = [3, n0, _TAem,
    0,
    [_CAu, _CPA],
    [128 | 0, 0]
];
var TemplatedMessageConfig$ = [3, n0, _TMC,
    0,
    [_KBI, _MTI, _TAem],
    [0, 0, () => TemplateAttributes$], 3
];
var TestCase$ = [3, n0, _TCe,
    0,
    [_A, _I, _N, _Co, _EP, _IDn, _D, _St, _LMT, _LMR, _Ta, _TCS],
    [0, 0, 0, 0, () => TestCaseEntryPoint$, 0, 0, 0, 4, 0, 128 | 0, 0]
];
var TestCaseEntryPoint$ = [3, n0, _TCEP,
    0,
    [_T, _VCEPP, _CEPP],
    [0, () => VoiceCallEntryPointParameters$, () => ChatEntryPointParameters$]
];
var TestCaseExecution$ = [3, n0, _TCEe,
    0,
    [_STtart, _ETnd, _TCEI, _TCI, _TCES, _Ta],
    [4, 4, 0, 0, 0, 128 | 0]
];
var TestCaseSearchCriteria$ = [3, n0, _TCSC,
    0,
    [_OC, _ACn, _SC, _SCtat],
    [() => TestCaseSearchConditionList, () => TestCaseSearchConditionList, () => StringCondition$, 0]
];
var TestCaseSearchFilter$ = [3, n0, _TCSF,
    0,
    [_TF],
    [() => ControlPlaneTagFilter$]
];
var TestCaseSummary$ = [3, n0, _TCSe,
    0,
    [_I, _A, _N, _St, _LMT, _LMR],
    [0, 0, 0, 0, 4, 0]
];
var Threshold$ = [3, n0, _Thr,
    0,
    [_Comp, _TVh],
    [0, 1]
];
var ThresholdV2$ = [3, n0, _TVhr,
    0,
    [_Comp, _TVh],
    [0, 1]
];
var TrafficDistributionGroup$ = [3, n0, _TDG,
    0,
    [_I, _A, _N, _D, _IAns, _St, _Ta, _ID],
    [0, 0, 0, 0, 0, 0, 128 | 0, 2]
];
var TrafficDistributionGroupSummary$ = [3, n0, _TDGS,
    0,
    [_I, _A, _N, _IAns, _St, _ID],
    [0, 0, 0, 0, 0, 2]
];
var TrafficDistributionGroupUserSummary$ = [3, n0, _TDGUS,
    0,
    [_UI],
    [0]
];
var Transcript$ = [3, n0, _Tr,
    0,
    [_Cr, _MTa],
    [[() => TranscriptCriteriaList, 0], 0], 1
];
var TranscriptCriteria$ = [3, n0, _TCr,
    0,
    [_PR, _ST, _MTa],
    [0, [() => SearchTextList, 0], 0], 3
];
var TransferContactRequest$ = [3, n0, _TCRr,
    0,
    [_II, _CI, _CFI, _QI, _UI, _CT],
    [0, 0, 0, 0, 0, [0, 4]], 3
];
var TransferContactResponse$ = [3, n0, _TCRra,
    0,
    [_CI, _CA],
    [0, 0]
];
var UntagContactRequest$ = [3, n0, _UCR,
    0,
    [_CI, _II, _TKa],
    [[0, 1], [0, 1], [64 | 0, { [_hQ]: _TKa }]], 3
];
var UntagContactResponse$ = [3, n0, _UCRn,
    0,
    [],
    []
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rA, _tKa],
    [[0, 1], [64 | 0, { [_hQ]: _tKa }]], 2
];
var UpdateAgentStatusRequest$ = [3, n0, _UASR,
    0,
    [_II, _ASI, _N, _D, _S, _DO, _RON],
    [[0, 1], [0, 1], 0, 0, 0, 1, 2], 2
];
var UpdateAttachedFilesConfigurationRequest$ = [3, n0, _UAFCR,
    0,
    [_II, _ASt, _MSLIB, _ECx],
    [[0, 1], [0, 1], 1, () => ExtensionConfiguration$], 2
];
var UpdateAttachedFilesConfigurationResponse$ = [3, n0, _UAFCRp,
    0,
    [_II, _ASt, _MSLIB, _ECx, _LMT],
    [0, 0, 1, () => ExtensionConfiguration$, 4], 2
];
var UpdateAuthenticationProfileRequest$ = [3, n0, _UAPR,
    0,
    [_API, _II, _N, _D, _AIl, _BI, _PSD, _SID, _SIHE],
    [[0, 1], [0, 1], 0, 0, 64 | 0, 64 | 0, 1, 1, 2], 2
];
var UpdateCaseActionDefinition$ = [3, n0, _UCAD,
    0,
    [_Fie],
    [() => FieldValues], 1
];
var UpdateContactAttributesRequest$ = [3, n0, _UCAR,
    0,
    [_ICI, _II, _Attr],
    [0, 0, 128 | 0], 3
];
var UpdateContactAttributesResponse$ = [3, n0, _UCARp,
    0,
    [],
    []
];
var UpdateContactEvaluationRequest$ = [3, n0, _UCER,
    0,
    [_II, _EIv, _An, _Not, _UB],
    [[0, 1], [0, 1], () => EvaluationAnswersInputMap, () => EvaluationNotesMap, () => EvaluatorUserUnion$], 2
];
var UpdateContactEvaluationResponse$ = [3, n0, _UCERp,
    0,
    [_EIv, _EAv],
    [0, 0], 2
];
var UpdateContactFlowContentRequest$ = [3, n0, _UCFCR,
    0,
    [_II, _CFI, _Co],
    [[0, 1], [0, 1], 0], 3
];
var UpdateContactFlowContentResponse$ = [3, n0, _UCFCRp,
    0,
    [],
    []
];
var UpdateContactFlowMetadataRequest$ = [3, n0, _UCFMR,
    0,
    [_II, _CFI, _N, _D, _CFSo],
    [[0, 1], [0, 1], 0, 0, 0], 2
];
var UpdateContactFlowMetadataResponse$ = [3, n0, _UCFMRp,
    0,
    [],
    []
];
var UpdateContactFlowModuleAliasRequest$ = [3, n0, _UCFMAR,
    0,
    [_II, _CFMI, _AIli, _N, _D, _CFMV],
    [[0, 1], [0, 1], [0, 1], 0, 0, 1], 3
];
var UpdateContactFlowModuleAliasResponse$ = [3, n0, _UCFMARp,
    0,
    [],
    []
];
var UpdateContactFlowModuleContentRequest$ = [3, n0, _UCFMCR,
    0,
    [_II, _CFMI, _Co, _Se],
    [[0, 1], [0, 1], 0, 0], 2
];
var UpdateContactFlowModuleContentResponse$ = [3, n0, _UCFMCRp,
    0,
    [],
    []
];
var UpdateContactFlowModuleMetadataRequest$ = [3, n0, _UCFMMR,
    0,
    [_II, _CFMI, _N, _D, _S],
    [[0, 1], [0, 1], 0, 0, 0], 2
];
var UpdateContactFlowModuleMetadataResponse$ = [3, n0, _UCFMMRp,
    0,
    [],
    []
];
var UpdateContactFlowNameRequest$ = [3, n0, _UCFNR,
    0,
    [_II, _CFI, _N, _D],
    [[0, 1], [0, 1], 0, 0], 2
];
var UpdateContactFlowNameResponse$ = [3, n0, _UCFNRp,
    0,
    [],
    []
];
var UpdateContactRequest$ = [3, n0, _UCRp,
    0,
    [_II, _CI, _N, _D, _Ref, _SAe, _QIu, _UIs, _CEu, _SE],
    [[0, 1], [0, 1], [() => Name, 0], [() => Description, 0], () => ContactReferences, () => SegmentAttributes, () => QueueInfoInput$, () => UserInfo$, () => Endpoint$, () => Endpoint$], 2
];
var UpdateContactResponse$ = [3, n0, _UCRpd,
    0,
    [],
    []
];
var UpdateContactRoutingDataRequest$ = [3, n0, _UCRDR,
    0,
    [_II, _CI, _QTAS, _QP, _RCo],
    [[0, 1], [0, 1], 1, 1, () => RoutingCriteriaInput$], 2
];
var UpdateContactRoutingDataResponse$ = [3, n0, _UCRDRp,
    0,
    [],
    []
];
var UpdateContactScheduleRequest$ = [3, n0, _UCSR,
    0,
    [_II, _CI, _STch],
    [0, 0, 4], 3
];
var UpdateContactScheduleResponse$ = [3, n0, _UCSRp,
    0,
    [],
    []
];
var UpdateContactTaskTemplateRequest$ = [3, n0, _UCTTR,
    0,
    [_II, _TTIa, _CI],
    [0, 0, 0], 3
];
var UpdateContactTaskTemplateResponse$ = [3, n0, _UCTTRp,
    0,
    [],
    []
];
var UpdateCrossRegionRoutingRequest$ = [3, n0, _UCRRR,
    0,
    [_II, _IAs],
    [[0, 1], 2], 2
];
var UpdateCrossRegionRoutingResponse$ = [3, n0, _UCRRRp,
    0,
    [],
    []
];
var UpdateDataTableAttributeRequest$ = [3, n0, _UDTAR,
    0,
    [_II, _DTI, _AN, _N, _VT, _D, _Pri, _Val],
    [[0, 1], [0, 1], [0, 1], 0, 0, 0, 2, () => Validation$], 5
];
var UpdateDataTableAttributeResponse$ = [3, n0, _UDTARp,
    0,
    [_N, _LV],
    [0, () => DataTableLockVersion$], 2
];
var UpdateDataTableMetadataRequest$ = [3, n0, _UDTMR,
    0,
    [_II, _DTI, _N, _VLL, _TZ, _D],
    [[0, 1], [0, 1], 0, 0, 0, 0], 5
];
var UpdateDataTableMetadataResponse$ = [3, n0, _UDTMRp,
    0,
    [_LV],
    [() => DataTableLockVersion$], 1
];
var UpdateDataTablePrimaryValuesRequest$ = [3, n0, _UDTPVR,
    0,
    [_II, _DTI, _PV, _NPV, _LV],
    [[0, 1], [0, 1], () => PrimaryValuesSet, () => PrimaryValuesSet, () => DataTableLockVersion$], 5
];
var UpdateDataTablePrimaryValuesResponse$ = [3, n0, _UDTPVRp,
    0,
    [_LV],
    [() => DataTableLockVersion$], 1
];
var UpdateEmailAddressMetadataRequest$ = [3, n0, _UEAMR,
    0,
    [_II, _EAI, _D, _DNi, _CT],
    [[0, 1], [0, 1], [() => Description, 0], [() => EmailAddressDisplayName, 0], 0], 2
];
var UpdateEmailAddressMetadataResponse$ = [3, n0, _UEAMRp,
    0,
    [_EAI, _EAA],
    [0, 0]
];
var UpdateEvaluationFormRequest$ = [3, n0, _UEFR,
    0,
    [_II, _EFI, _EFV, _Ti, _It, _CNV, _D, _SS, _AEC, _RCev, _ADs, _CT, _TCar, _LC, _AIV],
    [[0, 1], [0, 1], 1, 0, () => EvaluationFormItemsList, 2, 0, () => EvaluationFormScoringStrategy$, () => EvaluationFormAutoEvaluationConfiguration$, () => EvaluationReviewConfiguration$, 2, [0, 4], () => EvaluationFormTargetConfiguration$, () => EvaluationFormLanguageConfiguration$, 0], 5
];
var UpdateEvaluationFormResponse$ = [3, n0, _UEFRp,
    0,
    [_EFI, _EFA, _EFV],
    [0, 0, 1], 3
];
var UpdateExtractionDefinitionRequest$ = [3, n0, _UEDR,
    0,
    [_EDI, _II, _N, _ECxt, _CT, _Dis],
    [[0, 1], [0, 1], 0, () => ExtractionConfiguration$, [0, 4], () => ExtractionDefinitionDisplay$], 4
];
var UpdateExtractionDefinitionResponse$ = [3, n0, _UEDRp,
    0,
    [],
    []
];
var UpdateHoursOfOperationOverrideRequest$ = [3, n0, _UHOOOR,
    0,
    [_II, _HOOI, _HOOOI, _N, _D, _Conf, _EF, _ETf, _RCec, _OT],
    [[0, 1], [0, 1], [0, 1], 0, 0, () => HoursOfOperationOverrideConfigList, 0, 0, () => RecurrenceConfig$, 0], 3
];
var UpdateHoursOfOperationRequest$ = [3, n0, _UHOOR,
    0,
    [_II, _HOOI, _N, _D, _TZ, _Conf],
    [[0, 1], [0, 1], 0, 0, 0, () => HoursOfOperationConfigList], 2
];
var UpdateInstanceAttributeRequest$ = [3, n0, _UIAR,
    0,
    [_II, _ATt, _V, _CT],
    [[0, 1], [0, 1], 0, [0, 4]], 3
];
var UpdateInstanceStorageConfigRequest$ = [3, n0, _UISCR,
    0,
    [_II, _AIs, _RT, _SCt, _CT],
    [[0, 1], [0, 1], [0, { [_hQ]: _rT }], () => InstanceStorageConfig$, [0, 4]], 4
];
var UpdateMetricContentRequest$ = [3, n0, _UMCR,
    0,
    [_II, _MI, _MCe, _U, _PTI],
    [[0, 1], [0, 1], () => MetricCalculation$, 0, 0], 2
];
var UpdateMetricContentResponse$ = [3, n0, _UMCRp,
    0,
    [],
    []
];
var UpdateMetricMetadataRequest$ = [3, n0, _UMMR,
    0,
    [_II, _MI, _N, _D],
    [[0, 1], [0, 1], 0, 0], 2
];
var UpdateMetricMetadataResponse$ = [3, n0, _UMMRp,
    0,
    [],
    []
];
var UpdateNotificationContentRequest$ = [3, n0, _UNCR,
    0,
    [_II, _NI, _Co],
    [[0, 1], [0, 1], 128 | 0], 3
];
var UpdateNotificationContentResponse$ = [3, n0, _UNCRp,
    0,
    [],
    []
];
var UpdateParticipantAuthenticationRequest$ = [3, n0, _UPAR,
    0,
    [_S, _II, _Cod, _Err, _EDr],
    [0, 0, [() => AuthorizationCode, 0], [() => AuthenticationError, 0], [() => AuthenticationErrorDescription, 0]], 2
];
var UpdateParticipantAuthenticationResponse$ = [3, n0, _UPARp,
    0,
    [],
    []
];
var UpdateParticipantRoleConfigRequest$ = [3, n0, _UPRCR,
    0,
    [_II, _CI, _CCh],
    [[0, 1], [0, 1], () => UpdateParticipantRoleConfigChannelInfo$], 3
];
var UpdateParticipantRoleConfigResponse$ = [3, n0, _UPRCRp,
    0,
    [],
    []
];
var UpdatePhoneNumberMetadataRequest$ = [3, n0, _UPNMR,
    0,
    [_PNI, _PND, _CT],
    [[0, 1], 0, [0, 4]], 1
];
var UpdatePhoneNumberRequest$ = [3, n0, _UPNR,
    0,
    [_PNI, _TA, _II, _CT],
    [[0, 1], 0, 0, [0, 4]], 1
];
var UpdatePhoneNumberResponse$ = [3, n0, _UPNRp,
    0,
    [_PNI, _PNA],
    [0, 0]
];
var UpdatePredefinedAttributeRequest$ = [3, n0, _UPARpd,
    0,
    [_II, _N, _Va, _Pu, _ACttr],
    [[0, 1], [0, 1], () => PredefinedAttributeValues$, 64 | 0, () => InputPredefinedAttributeConfiguration$], 2
];
var UpdatePromptRequest$ = [3, n0, _UPR,
    0,
    [_II, _PIr, _N, _D, _SU],
    [[0, 1], [0, 1], 0, 0, 0], 2
];
var UpdatePromptResponse$ = [3, n0, _UPRp,
    0,
    [_PARN, _PIr],
    [0, 0]
];
var UpdateQueueHoursOfOperationRequest$ = [3, n0, _UQHOOR,
    0,
    [_II, _QI, _HOOI],
    [[0, 1], [0, 1], 0], 3
];
var UpdateQueueMaxContactsRequest$ = [3, n0, _UQMCR,
    0,
    [_II, _QI, _MCa],
    [[0, 1], [0, 1], 1], 2
];
var UpdateQueueNameRequest$ = [3, n0, _UQNR,
    0,
    [_II, _QI, _N, _D],
    [[0, 1], [0, 1], 0, 0], 2
];
var UpdateQueueOutboundCallerConfigRequest$ = [3, n0, _UQOCCR,
    0,
    [_II, _QI, _OCC],
    [[0, 1], [0, 1], () => OutboundCallerConfig$], 3
];
var UpdateQueueOutboundEmailConfigRequest$ = [3, n0, _UQOECR,
    0,
    [_II, _QI, _OEC],
    [[0, 1], [0, 1], () => OutboundEmailConfig$], 3
];
var UpdateQueueStatusRequest$ = [3, n0, _UQSR,
    0,
    [_II, _QI, _St],
    [[0, 1], [0, 1], 0], 3
];
var UpdateQuickConnectConfigRequest$ = [3, n0, _UQCCR,
    0,
    [_II, _QCIu, _QCC],
    [[0, 1], [0, 1], () => QuickConnectConfig$], 3
];
var UpdateQuickConnectNameRequest$ = [3, n0, _UQCNR,
    0,
    [_II, _QCIu, _N, _D],
    [[0, 1], [0, 1], 0, 0], 2
];
var UpdateRoutingProfileAgentAvailabilityTimerRequest$ = [3, n0, _URPAATR,
    0,
    [_II, _RPI, _AAT],
    [[0, 1], [0, 1], 0], 3
];
var UpdateRoutingProfileConcurrencyRequest$ = [3, n0, _URPCR,
    0,
    [_II, _RPI, _MCed],
    [[0, 1], [0, 1], () => MediaConcurrencies], 3
];
var UpdateRoutingProfileDefaultOutboundQueueRequest$ = [3, n0, _URPDOQR,
    0,
    [_II, _RPI, _DOQI],
    [[0, 1], [0, 1], 0], 3
];
var UpdateRoutingProfileNameRequest$ = [3, n0, _URPNR,
    0,
    [_II, _RPI, _N, _D],
    [[0, 1], [0, 1], 0, 0], 2
];
var UpdateRoutingProfileQueuesRequest$ = [3, n0, _URPQR,
    0,
    [_II, _RPI, _QC],
    [[0, 1], [0, 1], () => RoutingProfileQueueConfigList], 3
];
var UpdateRuleRequest$ = [3, n0, _URRp,
    0,
    [_RIu, _II, _N, _Fu, _Ac, _PS, _PEF],
    [[0, 1], [0, 1], 0, 0, () => RuleActions, 0, () => PreEvaluationFilters$], 6
];
var UpdateSecurityProfileRequest$ = [3, n0, _USPR,
    0,
    [_SPIe, _II, _D, _Pe, _AACT, _TRR, _App, _HRR, _AACHGI, _AFM, _AAIA, _GACC],
    [[0, 1], [0, 1], 0, 64 | 0, 128 | 0, 64 | 0, () => Applications, 64 | 0, 0, () => AllowedFlowModules, () => AllowedAIAgents, () => GranularAccessControlConfiguration$], 2
];
var UpdateTaskTemplateRequest$ = [3, n0, _UTTR,
    0,
    [_TTIa, _II, _N, _D, _CFI, _SAFI, _Cons, _Def, _St, _Fie],
    [[0, 1], [0, 1], 0, 0, 0, 0, () => TaskTemplateConstraints$, () => TaskTemplateDefaults$, 0, () => TaskTemplateFields], 2
];
var UpdateTaskTemplateResponse$ = [3, n0, _UTTRp,
    0,
    [_II, _I, _A, _N, _D, _CFI, _SAFI, _Cons, _Def, _Fie, _St, _LMT, _CTre],
    [0, 0, 0, 0, 0, 0, 0, () => TaskTemplateConstraints$, () => TaskTemplateDefaults$, () => TaskTemplateFields, 0, 4, 4]
];
var UpdateTestCaseRequest$ = [3, n0, _UTCR,
    0,
    [_II, _TCI, _Co, _EP, _IDn, _N, _D, _St, _LMT, _LMR],
    [[0, 1], [0, 1], 0, () => TestCaseEntryPoint$, 0, 0, 0, 0, [4, { [_hH]: _xalmt }], [0, { [_hH]: _xalmr }]], 2
];
var UpdateTestCaseResponse$ = [3, n0, _UTCRp,
    0,
    [],
    []
];
var UpdateTrafficDistributionRequest$ = [3, n0, _UTDR,
    0,
    [_I, _TCel, _SIC, _ACg],
    [[0, 1], () => TelephonyConfig$, () => SignInConfig$, () => AgentConfig$], 1
];
var UpdateTrafficDistributionResponse$ = [3, n0, _UTDRp,
    0,
    [],
    []
];
var UpdateUserConfigRequest$ = [3, n0, _UUCR,
    0,
    [_UI, _II, _AACut, _ACWCf, _PNC, _PCC, _VEC],
    [[0, 1], [0, 1], () => AutoAcceptConfigs, () => AfterContactWorkConfigs, [() => PhoneNumberConfigs, 0], () => PersistentConnectionConfigs, () => VoiceEnhancementConfigs], 2
];
var UpdateUserHierarchyGroupNameRequest$ = [3, n0, _UUHGNR,
    0,
    [_N, _HGI, _II],
    [0, [0, 1], [0, 1]], 3
];
var UpdateUserHierarchyRequest$ = [3, n0, _UUHR,
    0,
    [_UI, _II, _HGI],
    [[0, 1], [0, 1], 0], 2
];
var UpdateUserHierarchyStructureRequest$ = [3, n0, _UUHSR,
    0,
    [_HS, _II],
    [() => HierarchyStructureUpdate$, [0, 1]], 2
];
var UpdateUserIdentityInfoRequest$ = [3, n0, _UUIIR,
    0,
    [_IId, _UI, _II],
    [[() => UserIdentityInfo$, 0], [0, 1], [0, 1]], 3
];
var UpdateUserNotificationStatusRequest$ = [3, n0, _UUNSR,
    0,
    [_II, _NI, _UI, _St, _LMT, _LMR],
    [[0, 1], [0, 1], [0, 1], 0, [4, { [_hH]: _xalmt }], [0, { [_hH]: _xalmr }]], 4
];
var UpdateUserNotificationStatusResponse$ = [3, n0, _UUNSRp,
    0,
    [],
    []
];
var UpdateUserPhoneConfigRequest$ = [3, n0, _UUPCR,
    0,
    [_PCh, _UI, _II],
    [[() => UserPhoneConfig$, 0], [0, 1], [0, 1]], 3
];
var UpdateUserProficienciesRequest$ = [3, n0, _UUPR,
    0,
    [_II, _UI, _UP],
    [[0, 1], [0, 1], () => UserProficiencyList], 3
];
var UpdateUserRoutingProfileRequest$ = [3, n0, _UURPR,
    0,
    [_RPI, _UI, _II],
    [0, [0, 1], [0, 1]], 3
];
var UpdateUserSecurityProfilesRequest$ = [3, n0, _UUSPR,
    0,
    [_SPI, _UI, _II],
    [64 | 0, [0, 1], [0, 1]], 3
];
var UpdateViewContentRequest$ = [3, n0, _UVCR,
    0,
    [_II, _VIi, _St, _Co],
    [[0, 1], [0, 1], 0, [() => ViewInputContent$, 0]], 4
];
var UpdateViewContentResponse$ = [3, n0, _UVCRp,
    0,
    [_Vi],
    [[() => View$, 0]]
];
var UpdateViewMetadataRequest$ = [3, n0, _UVMR,
    0,
    [_II, _VIi, _N, _D],
    [[0, 1], [0, 1], [() => ViewName, 0], 0], 2
];
var UpdateViewMetadataResponse$ = [3, n0, _UVMRp,
    0,
    [],
    []
];
var UpdateWorkspaceMetadataRequest$ = [3, n0, _UWMR,
    0,
    [_II, _WI, _N, _D, _Ti],
    [[0, 1], [0, 1], 0, 0, 0], 2
];
var UpdateWorkspaceMetadataResponse$ = [3, n0, _UWMRp,
    0,
    [],
    []
];
var UpdateWorkspacePageRequest$ = [3, n0, _UWPR,
    0,
    [_II, _WI, _Pag, _NP, _RAe, _Sl, _IDnp],
    [[0, 1], [0, 1], [0, 1], 0, 0, 0, 0], 3
];
var UpdateWorkspacePageResponse$ = [3, n0, _UWPRp,
    0,
    [],
    []
];
var UpdateWorkspaceThemeRequest$ = [3, n0, _UWTR,
    0,
    [_II, _WI, _Th],
    [[0, 1], [0, 1], () => WorkspaceTheme$], 2
];
var UpdateWorkspaceThemeResponse$ = [3, n0, _UWTRp,
    0,
    [],
    []
];
var UpdateWorkspaceVisibilityRequest$ = [3, n0, _UWVR,
    0,
    [_II, _WI, _Vis],
    [[0, 1], [0, 1], 0], 3
];
var UpdateWorkspaceVisibilityResponse$ = [3, n0, _UWVRp,
    0,
    [],
    []
];
var UploadUrlMetadata$ = [3, n0, _UUM,
    0,
    [_Ur, _UE, _HTI],
    [0, 0, 128 | 0]
];
var UrlReference$ = [3, n0, _UR,
    0,
    [_N, _V],
    [0, 0]
];
var UseCase$ = [3, n0, _UCs,
    0,
    [_UCI, _UCA, _UCT],
    [0, 0, 0]
];
var User$ = [3, n0, _Use,
    0,
    [_I, _A, _Us, _IId, _PCh, _DUI, _SPI, _RPI, _HGI, _Ta, _AACut, _ACWCf, _PNC, _PCC, _VEC, _LMT, _LMR],
    [0, 0, 0, [() => UserIdentityInfo$, 0], [() => UserPhoneConfig$, 0], 0, 64 | 0, 0, 0, 128 | 0, () => AutoAcceptConfigs, () => AfterContactWorkConfigs, [() => PhoneNumberConfigs, 0], () => PersistentConnectionConfigs, () => VoiceEnhancementConfigs, 4, 0]
];
var UserData$ = [3, n0, _UD,
    0,
    [_Use, _RP, _HP, _St, _ASBC, _MSBC, _ASBCc, _Conta, _NS],
    [() => UserReference$, () => RoutingProfileReference$, () => HierarchyPathReference$, () => AgentStatusReference$, 128 | 1, 128 | 1, 128 | 1, () => AgentContactReferenceList, 0]
];
var UserDataFilters$ = [3, n0, _UDF,
    0,
    [_Qu, _CF, _RPo, _Age, _UHG],
    [64 | 0, () => ContactFilter$, 64 | 0, 64 | 0, 64 | 0]
];
var UserHierarchyGroupSearchCriteria$ = [3, n0, _UHGSC,
    0,
    [_OC, _ACn, _SC],
    [() => UserHierarchyGroupSearchConditionList, () => UserHierarchyGroupSearchConditionList, () => StringCondition$]
];
var UserHierarchyGroupSearchFilter$ = [3, n0, _UHGSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var UserIdentityInfo$ = [3, n0, _UII,
    0,
    [_FNir, _LN, _E, _SEe, _Mob],
    [[() => AgentFirstName, 0], [() => AgentLastName, 0], [() => Email, 0], [() => Email, 0], 0]
];
var UserIdentityInfoLite$ = [3, n0, _UIIL,
    0,
    [_FNir, _LN],
    [[() => AgentFirstName, 0], [() => AgentLastName, 0]]
];
var UserInfo$ = [3, n0, _UIs,
    0,
    [_UI],
    [0]
];
var UserNotificationSummary$ = [3, n0, _UNS,
    0,
    [_NI, _NSo, _II, _RIeci, _Co, _Prio, _So, _CAr, _EAx],
    [0, 0, 0, 0, 128 | 0, 0, 0, 4, 4]
];
var UserPhoneConfig$ = [3, n0, _UPC,
    0,
    [_PTh, _AA, _ACWTL, _DPNe, _PCers],
    [0, 2, 1, [() => SensitivePhoneNumber, 0], 2]
];
var UserProficiency$ = [3, n0, _UPs,
    0,
    [_AN, _AV, _Level__],
    [0, 0, 1], 3
];
var UserProficiencyDisassociate$ = [3, n0, _UPD,
    0,
    [_AN, _AV],
    [0, 0], 2
];
var UserQuickConnectConfig$ = [3, n0, _UQCC,
    0,
    [_UI, _CFI],
    [0, 0], 2
];
var UserReference$ = [3, n0, _URs,
    0,
    [_I, _A],
    [0, 0]
];
var UserSearchCriteria$ = [3, n0, _USC,
    0,
    [_OC, _ACn, _SC, _LCi, _HGC],
    [() => UserSearchConditionList, () => UserSearchConditionList, () => StringCondition$, () => ListCondition$, () => HierarchyGroupCondition$]
];
var UserSearchFilter$ = [3, n0, _USF,
    0,
    [_TF, _UAF],
    [() => ControlPlaneTagFilter$, () => ControlPlaneUserAttributeFilter$]
];
var UserSearchSummary$ = [3, n0, _USS,
    0,
    [_A, _DUI, _HGI, _I, _IId, _PCh, _RPI, _SPI, _Ta, _Us, _AACut, _ACWCf, _PNC, _PCC, _VEC],
    [0, 0, 0, 0, [() => UserIdentityInfoLite$, 0], [() => UserPhoneConfig$, 0], 0, 64 | 0, 128 | 0, 0, () => AutoAcceptConfigs, () => AfterContactWorkConfigs, [() => PhoneNumberConfigs, 0], () => PersistentConnectionConfigs, () => VoiceEnhancementConfigs]
];
var UserSummary$ = [3, n0, _US,
    0,
    [_I, _A, _Us, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var Validation$ = [3, n0, _Val,
    0,
    [_ML, _MLa, _MVi, _MVax, _ICg, _Min, _Ma, _EMx, _EMxc, _MOu, _Enu],
    [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, () => ValidationEnum$]
];
var ValidationEnum$ = [3, n0, _VE,
    0,
    [_Str, _Va],
    [2, 64 | 0]
];
var View$ = [3, n0, _Vi,
    0,
    [_I, _A, _N, _St, _T, _D, _Ve, _VD, _Co, _Ta, _CTre, _LMT, _VCS],
    [0, 0, [() => ViewName, 0], 0, 0, 0, 1, 0, [() => ViewContent$, 0], 128 | 0, 4, 4, 0]
];
var ViewContent$ = [3, n0, _VC,
    0,
    [_ISnp, _Tem, _Ac],
    [[() => ViewInputSchema, 0], 0, [() => ViewActions, 0]]
];
var ViewInputContent$ = [3, n0, _VIC,
    0,
    [_Tem, _Ac],
    [0, [() => ViewActions, 0]]
];
var ViewSearchCriteria$ = [3, n0, _VSC,
    0,
    [_OC, _ACn, _SC, _VTC, _VSCi],
    [() => ViewSearchConditionList, () => ViewSearchConditionList, () => StringCondition$, 0, 0]
];
var ViewSearchFilter$ = [3, n0, _VSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var ViewSummary$ = [3, n0, _VSi,
    0,
    [_I, _A, _N, _T, _St, _D],
    [0, 0, [() => ViewName, 0], 0, 0, 0]
];
var ViewVersionSummary$ = [3, n0, _VVS,
    0,
    [_I, _A, _D, _N, _T, _Ve, _VD],
    [0, 0, 0, [() => ViewName, 0], 0, 1, 0]
];
var Vocabulary$ = [3, n0, _Vo,
    0,
    [_N, _I, _A, _LCa, _S, _LMT, _FRa, _Co, _Ta],
    [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0], 6
];
var VocabularySummary$ = [3, n0, _VSo,
    0,
    [_N, _I, _A, _LCa, _S, _LMT, _FRa],
    [0, 0, 0, 0, 0, 4, 0], 6
];
var VoiceCallEntryPointParameters$ = [3, n0, _VCEPP,
    0,
    [_SPNo, _DPN, _FI],
    [0, 0, 0]
];
var VoiceEnhancementConfig$ = [3, n0, _VECo,
    0,
    [_C, _VEM],
    [0, 0], 2
];
var VoiceRecordingConfiguration$ = [3, n0, _VRC,
    0,
    [_VRT, _IRT],
    [0, 0]
];
var WebNotificationContent$ = [3, n0, _WNC,
    0,
    [_T, _VAi, _Attr],
    [0, 0, () => ContentAttributes$], 1
];
var WebNotificationSource$ = [3, n0, _WNS,
    0,
    [_SCou],
    [() => SourceCampaign$], 1
];
var WidgetDestination$ = [3, n0, _WD,
    0,
    [_WIid, _PIro],
    [0, 0], 2
];
var WisdomInfo$ = [3, n0, _WIi,
    0,
    [_SAes, _AAi],
    [0, () => AiAgents]
];
var WorkloadTypeConcurrency$ = [3, n0, _WTCo,
    0,
    [_WT, _Conc, _CCWB],
    [0, 1, () => CrossChannelWorkloadBehavior$], 2
];
var Workspace$ = [3, n0, _W,
    0,
    [_I, _N, _A, _LMT, _Vis, _D, _Th, _Ti, _LMR, _Ta],
    [0, 0, 0, 4, 0, 0, () => WorkspaceTheme$, 0, 0, 128 | 0], 4
];
var WorkspaceAssociationSearchCriteria$ = [3, n0, _WASC,
    0,
    [_OC, _ACn, _SC],
    [() => WorkspaceAssociationSearchConditionList, () => WorkspaceAssociationSearchConditionList, () => StringCondition$]
];
var WorkspaceAssociationSearchFilter$ = [3, n0, _WASF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var WorkspaceAssociationSearchSummary$ = [3, n0, _WASS,
    0,
    [_WI, _WA, _RI, _RAe, _RT, _RNe],
    [0, 0, 0, 0, 0, 0]
];
var WorkspacePage$ = [3, n0, _WP,
    0,
    [_RAe, _Pag, _Sl, _IDnp],
    [0, 0, 0, 0]
];
var WorkspaceSearchCriteria$ = [3, n0, _WSC,
    0,
    [_OC, _ACn, _SC],
    [() => WorkspaceSearchConditionList, () => WorkspaceSearchConditionList, () => StringCondition$]
];
var WorkspaceSearchFilter$ = [3, n0, _WSF,
    0,
    [_AFt],
    [() => ControlPlaneAttributeFilter$]
];
var WorkspaceSearchSummary$ = [3, n0, _WSS,
    0,
    [_I, _N, _Vis, _D, _Ti, _A, _CAr, _Ta],
    [0, 0, 0, 0, 0, 0, 4, 128 | 0]
];
var WorkspaceSummary$ = [3, n0, _WS,
    0,
    [_I, _N, _A, _LMT, _LMR],
    [0, 0, 0, 4, 0]
];
var WorkspaceTheme$ = [3, n0, _WTo,
    0,
    [_Li, _Dar],
    [() => WorkspaceThemeConfig$, () => WorkspaceThemeConfig$]
];
var WorkspaceThemeConfig$ = [3, n0, _WTCor,
    0,
    [_Pal, _Im, _Ty],
    [() => WorkspaceThemePalette$, () => WorkspaceThemeImages$, () => WorkspaceThemeTypography$]
];
var WorkspaceThemeImages$ = [3, n0, _WTI,
    0,
    [_Log],
    [() => ImagesLogo$]
];
var WorkspaceThemePalette$ = [3, n0, _WTP,
    0,
    [_Hea, _Nav, _Can, _Pri],
    [() => PaletteHeader$, () => PaletteNavigation$, () => PaletteCanvas$, () => PalettePrimary$]
];
var WorkspaceThemeTypography$ = [3, n0, _WTT,
    0,
    [_FF],
    [() => FontFamily$]
];
var __Unit = "unit";
var ActionSummaries = [1, n0, _ASc,
    0, () => ActionSummary$
];
var AfterContactWorkConfigs = [1, n0, _ACWCf,
    0, () => AfterContactWorkConfigPerChannel$
];
var AgentContactReferenceList = [1, n0, _ACRL,
    0, () => AgentContactReference$
];
var AgentStatusList = [1, n0, _ASL,
    0, () => AgentStatus$
];
var AgentStatusSearchConditionList = [1, n0, _ASSCL,
    0, () => AgentStatusSearchCriteria$
];
var AgentStatusSummaryList = [1, n0, _ASSL,
    0, () => AgentStatusSummary$
];
var AiAgents = [1, n0, _AAi,
    0, () => AiAgentInfo$
];
var AiAgentSearchCriteriaList = [1, n0, _AASCL,
    0, () => AiAgentSearchCriteria$
];
var AliasConfigurationList = [1, n0, _ACL,
    0, () => AliasConfiguration$
];
var AllowedAIAgents = [1, n0, _AAIA,
    0, () => AIAgent$
];
var AllowedExtensionsList = [1, n0, _AEL,
    0, () => AllowedExtension$
];
var AllowedFlowModules = [1, n0, _AFM,
    0, () => FlowModule$
];
var AnalyticsDataAssociationResults = [1, n0, _ADARn,
    0, () => AnalyticsDataAssociationResult$
];
var AnalyticsDataSetsResults = [1, n0, _ADSRn,
    0, () => AnalyticsDataSetsResult$
];
var Applications = [1, n0, _App,
    0, () => Application$
];
var AssociatedContactSummaryList = [1, n0, _ACSL,
    0, () => AssociatedContactSummary$
];
var AttachedFileErrorsList = [1, n0, _AFEL,
    0, () => AttachedFileError$
];
var AttachedFilesConfigurationSummaryList = [1, n0, _AFCSL,
    0, () => AttachedFilesConfigurationSummary$
];
var AttachedFilesList = [1, n0, _AFL,
    0, () => AttachedFile$
];
var AttributeList = [1, n0, _AL,
    0, () => DataTableAttribute$
];
var AttributeOrConditionList = [1, n0, _AOCL,
    0, () => AttributeAndCondition$
];
var AttributesList = [1, n0, _ALt,
    0, () => Attribute$
];
var AuthenticationProfileSummaryList = [1, n0, _APSL,
    0, () => AuthenticationProfileSummary$
];
var AutoAcceptConfigs = [1, n0, _AACut,
    0, () => AutoAcceptConfig$
];
var AvailableFilterList = [1, n0, _AFLv,
    0, () => AvailableFilter$
];
var AvailableNumbersList = [1, n0, _ANL,
    0, () => AvailableNumberSummary$
];
var BatchCreateDataTableValueFailureResultList = [1, n0, _BCDTVFRL,
    0, () => BatchCreateDataTableValueFailureResult$
];
var BatchCreateDataTableValueSuccessResultList = [1, n0, _BCDTVSRL,
    0, () => BatchCreateDataTableValueSuccessResult$
];
var BatchDeleteDataTableValueFailureResultList = [1, n0, _BDDTVFRL,
    0, () => BatchDeleteDataTableValueFailureResult$
];
var BatchDeleteDataTableValueSuccessResultList = [1, n0, _BDDTVSRL,
    0, () => BatchDeleteDataTableValueSuccessResult$
];
var BatchDescribeDataTableValueFailureResultList = [1, n0, _BDDTVFRLa,
    0, () => BatchDescribeDataTableValueFailureResult$
];
var BatchDescribeDataTableValueSuccessResultList = [1, n0, _BDDTVSRLa,
    0, () => BatchDescribeDataTableValueSuccessResult$
];
var BatchUpdateDataTableValueFailureResultList = [1, n0, _BUDTVFRL,
    0, () => BatchUpdateDataTableValueFailureResult$
];
var BatchUpdateDataTableValueSuccessResultList = [1, n0, _BUDTVSRL,
    0, () => BatchUpdateDataTableValueSuccessResult$
];
var CalculationComponentList = [1, n0, _CCL,
    0, () => CalculationComponent$
];
var ChildHoursOfOperationsList = [1, n0, _CHOOL,
    0, () => HoursOfOperationsIdentifier$
];
var CommonAttributeOrConditionList = [1, n0, _CAOCL,
    0, () => CommonAttributeAndCondition$
];
var Conditions = [1, n0, _Cond,
    0, () => Condition$
];
var ContactDataRequestList = [1, n0, _CDRL,
    0, () => ContactDataRequest$
];
var ContactEvaluationAttributeConditionList = [1, n0, _CEACL,
    0, () => ContactEvaluationAttributeCondition$
];
var ContactEvaluationAttributeOrConditionList = [1, n0, _CEAOCL,
    0, () => ContactEvaluationAttributeAndCondition$
];
var ContactFlowAttributeOrConditionList = [1, n0, _CFAOCL,
    0, () => ContactFlowAttributeAndCondition$
];
var ContactFlowModuleAliasSummaryList = [1, n0, _CFMASL,
    0, () => ContactFlowModuleAliasSummary$
];
var ContactFlowModuleSearchConditionList = [1, n0, _CFMSCL,
    0, () => ContactFlowModuleSearchCriteria$
];
var ContactFlowModuleSearchSummaryList = [1, n0, _CFMSSL,
    0, () => ContactFlowModule$
];
var ContactFlowModulesSummaryList = [1, n0, _CFMSL,
    0, () => ContactFlowModuleSummary$
];
var ContactFlowModuleVersionSummaryList = [1, n0, _CFMVSL,
    0, () => ContactFlowModuleVersionSummary$
];
var ContactFlowSearchConditionList = [1, n0, _CFSCL,
    0, () => ContactFlowSearchCriteria$
];
var ContactFlowSearchSummaryList = [1, n0, _CFSSL,
    0, () => ContactFlow$
];
var ContactFlowSummaryList = [1, n0, _CFSL,
    0, () => ContactFlowSummary$
];
var ContactFlowVersionSummaryList = [1, n0, _CFVSL,
    0, () => ContactFlowVersionSummary$
];
var ContactMetricResults = [1, n0, _CMRo,
    0, () => ContactMetricResult$
];
var ContactMetrics = [1, n0, _CMo,
    0, () => ContactMetricInfo$
];
var Contacts = [1, n0, _Conta,
    0, [() => ContactSearchSummary$,
        0]
];
var ContactSearchSummaryAiAgentInfoList = [1, n0, _CSSAAIL,
    0, () => ContactSearchSummaryAiAgentInfo$
];
var CurrentMetricDataCollections = [1, n0, _CMDC,
    0, () => CurrentMetricData$
];
var CurrentMetricResults = [1, n0, _CMRur,
    0, () => CurrentMetricResult$
];
var CurrentMetrics = [1, n0, _CMurr,
    0, () => CurrentMetric$
];
var CurrentMetricSortCriteriaMaxOne = [1, n0, _CMSCMO,
    0, () => CurrentMetricSortCriteria$
];
var DataTableDeleteValueIdentifierList = [1, n0, _DTDVIL,
    0, () => DataTableDeleteValueIdentifier$
];
var DataTableEvaluatedValueList = [1, n0, _DTEVL,
    0, () => DataTableEvaluatedValue$
];
var DataTableList = [1, n0, _DTL,
    0, () => DataTable$
];
var DataTableSearchConditionList = [1, n0, _DTSCL,
    0, () => DataTableSearchCriteria$
];
var DataTableSummaryList = [1, n0, _DTSL,
    0, () => DataTableSummary$
];
var DataTableValueEvaluationSetList = [1, n0, _DTVESL,
    0, () => DataTableValueEvaluationSet$
];
var DataTableValueIdentifierList = [1, n0, _DTVIL,
    0, () => DataTableValueIdentifier$
];
var DataTableValueList = [1, n0, _DTVL,
    0, () => DataTableValue$
];
var DataTableValueSummaryList = [1, n0, _DTVSL,
    0, () => DataTableValueSummary$
];
var DefaultVocabularyList = [1, n0, _DVL,
    0, () => DefaultVocabulary$
];
var DistributionList = [1, n0, _DL,
    0, () => Distribution$
];
var EffectiveHoursOfOperationList = [1, n0, _EHOOL,
    0, () => EffectiveHoursOfOperations$
];
var EffectiveOverrideHoursList = [1, n0, _EOHL,
    0, () => EffectiveOverrideHours$
];
var EmailAddressConfigList = [1, n0, _EACL,
    0, () => EmailAddressConfig$
];
var EmailAddressList = [1, n0, _EAL,
    0, [() => EmailAddressMetadata$,
        0]
];
var EmailAddressMetadataList = [1, n0, _EAML,
    0, () => EmailAddressSummary$
];
var EmailAddressRecipientList = [1, n0, _EARL,
    0, [() => EmailAddressInfo$,
        0]
];
var EmailAddressSearchConditionList = [1, n0, _EASCL,
    0, () => EmailAddressSearchCriteria$
];
var EmailAttachments = [1, n0, _EAmai,
    8, () => EmailAttachment$
];
var EmailRecipientsList = [1, n0, _ERL,
    0, () => EmailRecipient$
];
var ErrorResults = [1, n0, _ERrr,
    0, () => ErrorResult$
];
var EvaluationAutomationRuleCategoryList = [1, n0, _EARCL,
    0, () => EvaluationAutomationRuleCategory$
];
var EvaluationFormAIVersionSummaryList = [1, n0, _EFAIVSL,
    0, () => EvaluationFormAIVersionSummary$
];
var EvaluationFormItemEnablementConditionOperandList = [1, n0, _EFIECOL,
    0, () => EvaluationFormItemEnablementConditionOperand$
];
var EvaluationFormItemEnablementSourceValueList = [1, n0, _EFIESVL,
    0, () => EvaluationFormItemEnablementSourceValue$
];
var EvaluationFormItemsList = [1, n0, _EFIL,
    0, () => EvaluationFormItem$
];
var EvaluationFormMultiSelectQuestionAutomationOptionList = [1, n0, _EFMSQAOL,
    0, () => EvaluationFormMultiSelectQuestionAutomationOption$
];
var EvaluationFormMultiSelectQuestionOptionList = [1, n0, _EFMSQOL,
    0, () => EvaluationFormMultiSelectQuestionOption$
];
var EvaluationFormNumericQuestionOptionList = [1, n0, _EFNQOL,
    0, () => EvaluationFormNumericQuestionOption$
];
var EvaluationFormScoreThresholdList = [1, n0, _EFSTL,
    0, () => EvaluationFormScoreThreshold$
];
var EvaluationFormSearchConditionList = [1, n0, _EFSCL,
    0, () => EvaluationFormSearchCriteria$
];
var EvaluationFormSearchSummaryList = [1, n0, _EFSSL,
    0, () => EvaluationFormSearchSummary$
];
var EvaluationFormSingleSelectQuestionAutomationOptionList = [1, n0, _EFSSQAOL,
    0, () => EvaluationFormSingleSelectQuestionAutomationOption$
];
var EvaluationFormSingleSelectQuestionOptionList = [1, n0, _EFSSQOL,
    0, () => EvaluationFormSingleSelectQuestionOption$
];
var EvaluationFormSummaryList = [1, n0, _EFSL,
    0, () => EvaluationFormSummary$
];
var EvaluationFormValidationFindingItemList = [1, n0, _EFVFIL,
    0, () => EvaluationFormValidationFindingItem$
];
var EvaluationFormValidationFindingList = [1, n0, _EFVFL,
    0, () => EvaluationFormValidationFinding$
];
var EvaluationFormVersionSummaryList = [1, n0, _EFVSL,
    0, () => EvaluationFormVersionSummary$
];
var EvaluationReviewNotificationRecipientList = [1, n0, _ERNRL,
    0, () => EvaluationReviewNotificationRecipient$
];
var EvaluationReviewRequestCommentList = [1, n0, _ERRCL,
    0, () => EvaluationReviewRequestComment$
];
var EvaluationSearchConditionList = [1, n0, _ESCL,
    0, () => EvaluationSearchCriteria$
];
var EvaluationSearchSummaryList = [1, n0, _ESSL,
    0, () => EvaluationSearchSummary$
];
var EvaluationSuggestedAnswersList = [1, n0, _ESAL,
    0, () => EvaluationSuggestedAnswer$
];
var EvaluationSummaryList = [1, n0, _ESL,
    0, () => EvaluationSummary$
];
var EvaluationTranscriptPointsOfInterest = [1, n0, _ETPOIv,
    0, () => EvaluationTranscriptPointOfInterest$
];
var ExecutionRecordList = [1, n0, _ERLx,
    0, () => ExecutionRecord$
];
var Expressions = [1, n0, _Expre,
    0, () => Expression$
];
var ExtractionDefinitionSummaryList = [1, n0, _EDSL,
    0, () => ExtractionDefinitionSummary$
];
var FailedBatchAssociationSummaryList = [1, n0, _FBASL,
    0, () => FailedBatchAssociationSummary$
];
var FailedRequestList = [1, n0, _FRL,
    0, () => FailedRequest$
];
var FieldValues = [1, n0, _FVie,
    0, () => FieldValue$
];
var FiltersV2List = [1, n0, _FVL,
    0, () => FilterV2$
];
var FlowAssociationSummaryList = [1, n0, _FASL,
    0, () => FlowAssociationSummary$
];
var HierarchyGroupSummaryList = [1, n0, _HGSL,
    0, () => HierarchyGroupSummary$
];
var HistoricalMetricDataCollections = [1, n0, _HMDC,
    0, () => HistoricalMetricData$
];
var HistoricalMetricResults = [1, n0, _HMRi,
    0, () => HistoricalMetricResult$
];
var HistoricalMetrics = [1, n0, _HM,
    0, () => HistoricalMetric$
];
var HoursOfOperationConfigList = [1, n0, _HOOCL,
    0, () => HoursOfOperationConfig$
];
var HoursOfOperationList = [1, n0, _HOOL,
    0, () => HoursOfOperation$
];
var HoursOfOperationOverrideConfigList = [1, n0, _HOOOCL,
    0, () => HoursOfOperationOverrideConfig$
];
var HoursOfOperationOverrideList = [1, n0, _HOOOL,
    0, () => HoursOfOperationOverride$
];
var HoursOfOperationOverrideSearchConditionList = [1, n0, _HOOOSCL,
    0, () => HoursOfOperationOverrideSearchCriteria$
];
var HoursOfOperationSearchConditionList = [1, n0, _HOOSCL,
    0, () => HoursOfOperationSearchCriteria$
];
var HoursOfOperationSummaryList = [1, n0, _HOOSL,
    0, () => HoursOfOperationSummary$
];
var InstanceStorageConfigs = [1, n0, _ISCn,
    0, () => InstanceStorageConfig$
];
var InstanceSummaryList = [1, n0, _ISL,
    0, [() => InstanceSummary$,
        0]
];
var IntegrationAssociationSummaryList = [1, n0, _IASL,
    0, () => IntegrationAssociationSummary$
];
var InvisibleTaskTemplateFields = [1, n0, _ITTF,
    0, () => InvisibleFieldInfo$
];
var LexBotConfigList = [1, n0, _LBCL,
    0, () => LexBotConfig$
];
var LexBotsList = [1, n0, _LBL,
    0, () => LexBot$
];
var ListPhoneNumbersSummaryList = [1, n0, _LPNSL,
    0, () => ListPhoneNumbersSummary$
];
var MediaConcurrencies = [1, n0, _MCed,
    0, () => MediaConcurrency$
];
var MediaList = [1, n0, _MLe,
    0, () => MediaItem$
];
var MetricDataCollectionsV2 = [1, n0, _MDCV,
    0, () => MetricDataV2$
];
var MetricFilterList = [1, n0, _MFL,
    0, () => MetricFilter$
];
var MetricFiltersV2List = [1, n0, _MFVL,
    0, () => MetricFilterV2$
];
var MetricResultsV2 = [1, n0, _MRVe,
    0, () => MetricResultV2$
];
var MetricSearchConditionList = [1, n0, _MSCL,
    0, () => MetricSearchCriteria$
];
var MetricSearchSummaryList = [1, n0, _MSSL,
    0, () => MetricDefinition$
];
var MetricSummaryList = [1, n0, _MSL,
    0, () => MetricSummary$
];
var MetricsV2 = [1, n0, _MVet,
    0, () => MetricV2$
];
var NextContacts = [1, n0, _NCe,
    0, () => NextContactEntry$
];
var NotificationSearchConditionList = [1, n0, _NSCL,
    0, () => NotificationSearchCriteria$
];
var NotificationSearchSummaryList = [1, n0, _NSSL,
    0, () => NotificationSearchSummary$
];
var NotificationSummaryList = [1, n0, _NSL,
    0, () => Notification$
];
var OperationalHours = [1, n0, _OH,
    0, () => OperationalHour$
];
var OverrideHours = [1, n0, _OHv,
    0, () => OverrideHour$
];
var ParentHoursOfOperationConfigList = [1, n0, _PHOOCL,
    0, () => ParentHoursOfOperationConfig$
];
var ParentHoursOfOperationsList = [1, n0, _PHOOL,
    0, () => HoursOfOperationsIdentifier$
];
var ParticipantTimerConfigList = [1, n0, _PTCL,
    0, () => ParticipantTimerConfiguration$
];
var PersistentConnectionConfigs = [1, n0, _PCC,
    0, () => PersistentConnectionConfig$
];
var PhoneNumberConfigs = [1, n0, _PNC,
    0, [() => PhoneNumberConfig$,
        0]
];
var PhoneNumberSummaryList = [1, n0, _PNSL,
    0, () => PhoneNumberSummary$
];
var PredefinedAttributeSearchConditionList = [1, n0, _PASCL,
    0, () => PredefinedAttributeSearchCriteria$
];
var PredefinedAttributeSearchSummaryList = [1, n0, _PASSL,
    0, () => PredefinedAttribute$
];
var PredefinedAttributeSummaryList = [1, n0, _PASL,
    0, () => PredefinedAttributeSummary$
];
var PreEvaluationFilterList = [1, n0, _PEFL,
    0, () => PreEvaluationFilter$
];
var PrimaryAttributeValueFilters = [1, n0, _PAVFr,
    0, () => PrimaryAttributeValueFilter$
];
var PrimaryAttributeValuesSet = [1, n0, _PAVS,
    0, () => PrimaryAttributeValue$
];
var PrimaryValuesList = [1, n0, _PVL,
    0, () => RecordPrimaryValue$
];
var PrimaryValuesResponseSet = [1, n0, _PVRS,
    0, () => PrimaryValueResponse$
];
var PrimaryValuesSet = [1, n0, _PVS,
    0, () => PrimaryValue$
];
var Problems = [1, n0, _P,
    0, () => ProblemDetail$
];
var PromptList = [1, n0, _PLro,
    0, () => Prompt$
];
var PromptSearchConditionList = [1, n0, _PSCL,
    0, () => PromptSearchCriteria$
];
var PromptSummaryList = [1, n0, _PSL,
    0, () => PromptSummary$
];
var PropertyValidationExceptionPropertyList = [1, n0, _PVEPL,
    0, () => PropertyValidationExceptionProperty$
];
var QueueSearchConditionList = [1, n0, _QSCL,
    0, () => QueueSearchCriteria$
];
var QueueSearchSummaryList = [1, n0, _QSSL,
    0, () => Queue$
];
var QueueSummaryList = [1, n0, _QSL,
    0, () => QueueSummary$
];
var QuickConnectSearchConditionList = [1, n0, _QCSCL,
    0, () => QuickConnectSearchCriteria$
];
var QuickConnectSearchSummaryList = [1, n0, _QCSSL,
    0, () => QuickConnect$
];
var QuickConnectSummaryList = [1, n0, _QCSL,
    0, () => QuickConnectSummary$
];
var ReadOnlyTaskTemplateFields = [1, n0, _ROTTF,
    0, () => ReadOnlyFieldInfo$
];
var RealTimeContactAnalysisAttachments = [1, n0, _RTCAAe,
    0, () => RealTimeContactAnalysisAttachment$
];
var RealTimeContactAnalysisCharacterIntervals = [1, n0, _RTCACIe,
    0, () => RealTimeContactAnalysisCharacterInterval$
];
var RealTimeContactAnalysisExtractedInformationValues = [1, n0, _RTCAEIVe,
    0, () => RealTimeContactAnalysisExtractedInformationValue$
];
var RealTimeContactAnalysisIssuesDetected = [1, n0, _RTCAIDe,
    0, () => RealTimeContactAnalysisIssueDetected$
];
var RealTimeContactAnalysisPointsOfInterest = [1, n0, _RTCAPOIe,
    0, () => RealTimeContactAnalysisPointOfInterest$
];
var RealtimeContactAnalysisSegments = [1, n0, _RCAS,
    0, () => RealtimeContactAnalysisSegment$
];
var RealTimeContactAnalysisTranscriptItemsWithCharacterOffsets = [1, n0, _RTCATIWCOe,
    0, () => RealTimeContactAnalysisTranscriptItemWithCharacterOffsets$
];
var RealTimeContactAnalysisTranscriptItemsWithContent = [1, n0, _RTCATIWCe,
    0, () => RealTimeContactAnalysisTranscriptItemWithContent$
];
var Recordings = [1, n0, _Re,
    0, () => RecordingInfo$
];
var ReferenceSummaryList = [1, n0, _RSL,
    0, () => ReferenceSummary$
];
var ReplicationStatusSummaryList = [1, n0, _RSSL,
    0, () => ReplicationStatusSummary$
];
var RequiredTaskTemplateFields = [1, n0, _RTTF,
    0, () => RequiredFieldInfo$
];
var RoutingCriteriaInputSteps = [1, n0, _RCISo,
    0, () => RoutingCriteriaInputStep$
];
var RoutingProfileList = [1, n0, _RPL,
    0, () => RoutingProfile$
];
var RoutingProfileManualAssignmentQueueConfigList = [1, n0, _RPMAQCL,
    0, () => RoutingProfileManualAssignmentQueueConfig$
];
var RoutingProfileManualAssignmentQueueConfigSummaryList = [1, n0, _RPMAQCSL,
    0, () => RoutingProfileManualAssignmentQueueConfigSummary$
];
var RoutingProfileQueueConfigList = [1, n0, _RPQCL,
    0, () => RoutingProfileQueueConfig$
];
var RoutingProfileQueueConfigSummaryList = [1, n0, _RPQCSL,
    0, () => RoutingProfileQueueConfigSummary$
];
var RoutingProfileQueueReferenceList = [1, n0, _RPQRL,
    0, () => RoutingProfileQueueReference$
];
var RoutingProfileSearchConditionList = [1, n0, _RPSCL,
    0, () => RoutingProfileSearchCriteria$
];
var RoutingProfileSummaryList = [1, n0, _RPSL,
    0, () => RoutingProfileSummary$
];
var RuleActions = [1, n0, _RAule,
    0, () => RuleAction$
];
var RuleAttributeOrConditionList = [1, n0, _RAOCL,
    0, () => RuleAttributeAndCondition$
];
var RuleSearchSummaryList = [1, n0, _RSSLu,
    0, () => RuleSearchSummary$
];
var RulesExtractionDefinitionIdentifierList = [1, n0, _REDIL,
    0, () => RulesExtractionDefinitionIdentifier$
];
var RulesSearchConditionList = [1, n0, _RSCL,
    0, () => RulesSearchCriteria$
];
var RuleSummaryList = [1, n0, _RSLu,
    0, () => RuleSummary$
];
var SearchableContactAttributesCriteriaList = [1, n0, _SCACL,
    0, [() => SearchableContactAttributesCriteria$,
        0]
];
var SearchableContactAttributeValueList = [1, n0, _SCAVL,
    0, [() => SearchableContactAttributeValue,
        0]
];
var SearchableRoutingCriteriaStepList = [1, n0, _SRCSL,
    0, () => SearchableRoutingCriteriaStep$
];
var SearchableSegmentAttributesCriteriaList = [1, n0, _SSACL,
    0, [() => SearchableSegmentAttributesCriteria$,
        0]
];
var SearchableSegmentAttributeValueList = [1, n0, _SSAVL,
    8, [() => SearchableSegmentAttributeValue,
        0]
];
var SearchContactsAdditionalTimeRangeCriteriaList = [1, n0, _SCATRCL,
    0, () => SearchContactsAdditionalTimeRangeCriteria$
];
var SearchTextList = [1, n0, _STL,
    0, [() => SearchText,
        0]
];
var SecurityKeysList = [1, n0, _SKL,
    0, () => SecurityKey$
];
var SecurityProfiles = [1, n0, _SP,
    0, () => SecurityProfileItem$
];
var SecurityProfiles100 = [1, n0, _SPec,
    0, () => SecurityProfileItem$
];
var SecurityProfileSearchConditionList = [1, n0, _SPSCL,
    0, () => SecurityProfileSearchCriteria$
];
var SecurityProfilesSearchSummaryList = [1, n0, _SPSSL,
    0, () => SecurityProfileSearchSummary$
];
var SecurityProfileSummaryList = [1, n0, _SPSL,
    0, () => SecurityProfileSummary$
];
var SegmentAttributeValueList = [1, n0, _SAVL,
    0, () => SegmentAttributeValue$
];
var SignInDistributionList = [1, n0, _SIDL,
    0, () => SignInDistribution$
];
var SlaFieldValueUnionList = [1, n0, _SFVUL,
    0, () => FieldValueUnion$
];
var StateTransitions = [1, n0, _STt,
    0, () => StateTransition$
];
var Steps = [1, n0, _Ste,
    0, () => Step$
];
var SuccessfulBatchAssociationSummaryList = [1, n0, _SBASL,
    0, () => SuccessfulBatchAssociationSummary$
];
var SuccessfulRequestList = [1, n0, _SRL,
    0, () => SuccessfulRequest$
];
var TagAndConditionList = [1, n0, _TACL,
    0, () => TagCondition$
];
var TagOrConditionList = [1, n0, _TOCL,
    0, () => TagAndConditionList
];
var TagsList = [1, n0, _TLa,
    0, () => TagSet$
];
var TaskAttachments = [1, n0, _TAask,
    8, () => TaskAttachment$
];
var TaskTemplateDefaultFieldValueList = [1, n0, _TTDFVL,
    0, () => TaskTemplateDefaultFieldValue$
];
var TaskTemplateFields = [1, n0, _TTFa,
    0, () => TaskTemplateField$
];
var TaskTemplateList = [1, n0, _TTL,
    0, () => TaskTemplateMetadata$
];
var TestCaseExecutionList = [1, n0, _TCEL,
    0, () => TestCaseExecution$
];
var TestCaseSearchConditionList = [1, n0, _TCSCL,
    0, () => TestCaseSearchCriteria$
];
var TestCaseSearchSummaryList = [1, n0, _TCSSL,
    0, () => TestCase$
];
var TestCaseSummaryList = [1, n0, _TCSL,
    0, () => TestCaseSummary$
];
var ThresholdCollections = [1, n0, _TCh,
    0, () => ThresholdV2$
];
var TrafficDistributionGroupSummaryList = [1, n0, _TDGSL,
    0, () => TrafficDistributionGroupSummary$
];
var TrafficDistributionGroupUserSummaryList = [1, n0, _TDGUSL,
    0, () => TrafficDistributionGroupUserSummary$
];
var TranscriptCriteriaList = [1, n0, _TCL,
    0, [() => TranscriptCriteria$,
        0]
];
var UseCaseSummaryList = [1, n0, _UCSL,
    0, () => UseCase$
];
var UserDataList = [1, n0, _UDL,
    0, () => UserData$
];
var UserHierarchyGroupList = [1, n0, _UHGL,
    0, () => HierarchyGroup$
];
var UserHierarchyGroupSearchConditionList = [1, n0, _UHGSCL,
    0, () => UserHierarchyGroupSearchCriteria$
];
var UserNotificationSummaryList = [1, n0, _UNSL,
    0, () => UserNotificationSummary$
];
var UserProficiencyDisassociateList = [1, n0, _UPDL,
    0, () => UserProficiencyDisassociate$
];
var UserProficiencyList = [1, n0, _UPL,
    0, () => UserProficiency$
];
var UserSearchConditionList = [1, n0, _USCL,
    0, () => UserSearchCriteria$
];
var UserSearchSummaryList = [1, n0, _USSL,
    0, [() => UserSearchSummary$,
        0]
];
var UserSummaryList = [1, n0, _USL,
    0, () => UserSummary$
];
var ViewActions = [1, n0, _VAie,
    0, [() => ViewAction,
        0]
];
var ViewSearchConditionList = [1, n0, _VSCL,
    0, () => ViewSearchCriteria$
];
var ViewSearchSummaryList = [1, n0, _VSSL,
    0, [() => View$,
        0]
];
var ViewsSummaryList = [1, n0, _VSL,
    0, [() => ViewSummary$,
        0]
];
var ViewVersionSummaryList = [1, n0, _VVSL,
    0, [() => ViewVersionSummary$,
        0]
];
var VocabularySummaryList = [1, n0, _VSLo,
    0, () => VocabularySummary$
];
var VoiceEnhancementConfigs = [1, n0, _VEC,
    0, () => VoiceEnhancementConfig$
];
var WorkloadTypeConcurrencies = [1, n0, _WTC,
    0, () => WorkloadTypeConcurrency$
];
var WorkspaceAssociationSearchConditionList = [1, n0, _WASCL,
    0, () => WorkspaceAssociationSearchCriteria$
];
var WorkspaceAssociationSearchSummaryList = [1, n0, _WASSL,
    0, () => WorkspaceAssociationSearchSummary$
];
var WorkspacePageList = [1, n0, _WPL,
    0, () => WorkspacePage$
];
var WorkspaceSearchConditionList = [1, n0, _WSCL,
    0, () => WorkspaceSearchCriteria$
];
var WorkspaceSearchSummaryList = [1, n0, _WSSL,
    0, () => WorkspaceSearchSummary$
];
var WorkspaceSummaryList = [1, n0, _WSL,
    0, () => WorkspaceSummary$
];
var ContactEvaluations = [2, n0, _CEo,
    0, 0, () => ContactEvaluation$
];
var ContactReferences = [2, n0, _CR,
    0, 0, () => Reference$
];
var ContactSearchSummarySegmentAttributes = [2, n0, _CSSSA,
    8, 0, () => ContactSearchSummarySegmentAttributeValue$
];
var EvaluationAnswersInputMap = [2, n0, _EAIM,
    0, 0, () => EvaluationAnswerInput$
];
var EvaluationAnswersOutputMap = [2, n0, _EAOM,
    0, 0, () => EvaluationAnswerOutput$
];
var EvaluationNotesMap = [2, n0, _ENM,
    0, 0, () => EvaluationNote$
];
var EvaluationScoresMap = [2, n0, _ESMv,
    0, 0, () => EvaluationScore$
];
var RealTimeContactAnalysisMatchedDetails = [2, n0, _RTCAMD,
    0, 0, () => RealTimeContactAnalysisCategoryDetails$
];
var SegmentAttributes = [2, n0, _SAe,
    0, 0, () => SegmentAttributeValue$
];
var SegmentAttributeValueMap = [2, n0, _SAVM,
    0, 0, () => SegmentAttributeValue$
];
var ContactMetricValue$ = [4, n0, _CMV,
    0,
    [_Nu],
    [1]
];
var CreatedByInfo$ = [4, n0, _CBI,
    0,
    [_CUA, _AWSIA],
    [0, 0]
];
var EvaluationAnswerData$ = [4, n0, _EAD,
    0,
    [_SV, _NV, _SVt, _DTVa, _NAo],
    [0, 1, 64 | 0, 0, 2]
];
var EvaluationFormItem$ = [4, n0, _EFIv,
    0,
    [_Sec, _Que],
    [() => EvaluationFormSection$, () => EvaluationFormQuestion$]
];
var EvaluationFormItemEnablementConditionOperand$ = [4, n0, _EFIECO,
    0,
    [_Expr, _Con],
    [() => EvaluationFormItemEnablementExpression$, () => EvaluationFormItemEnablementCondition$]
];
var EvaluationFormMultiSelectQuestionAutomationOption$ = [4, n0, _EFMSQAO,
    0,
    [_RCul],
    [() => MultiSelectQuestionRuleCategoryAutomation$]
];
var EvaluationFormNumericQuestionAutomation$ = [4, n0, _EFNQA,
    0,
    [_PVro, _ASn],
    [() => NumericQuestionPropertyValueAutomation$, () => EvaluationFormQuestionAutomationAnswerSource$]
];
var EvaluationFormQuestionTypeProperties$ = [4, n0, _EFQTP,
    0,
    [_Num, _SSi, _Te, _MSu],
    [() => EvaluationFormNumericQuestionProperties$, () => EvaluationFormSingleSelectQuestionProperties$, () => EvaluationFormTextQuestionProperties$, () => EvaluationFormMultiSelectQuestionProperties$]
];
var EvaluationFormSingleSelectQuestionAutomationOption$ = [4, n0, _EFSSQAO,
    0,
    [_RCul],
    [() => SingleSelectQuestionRuleCategoryAutomation$]
];
var EvaluationQuestionAnswerAnalysisDetails$ = [4, n0, _EQAAD,
    0,
    [_GAI, _CLo],
    [() => EvaluationGenAIAnswerAnalysisDetails$, () => EvaluationContactLensAnswerAnalysisDetails$]
];
var EvaluatorUserUnion$ = [4, n0, _EUU,
    0,
    [_CUA],
    [0]
];
var InvalidRequestExceptionReason$ = [4, n0, _IRER,
    0,
    [_AFIRER],
    [0]
];
var NextContactMetadata$ = [4, n0, _NCM,
    0,
    [_QCCD],
    [() => QuickConnectContactData$]
];
var ParticipantTimerValue$ = [4, n0, _PTV,
    0,
    [_PTA, _PTDIM],
    [0, 1]
];
var PredefinedAttributeValues$ = [4, n0, _PAVre,
    0,
    [_SLt],
    [64 | 0]
];
var RealtimeContactAnalysisSegment$ = [4, n0, _RCASe,
    0,
    [_Tr, _Cate, _Is, _Eve, _Atta, _PCS, _EIx],
    [() => RealTimeContactAnalysisSegmentTranscript$, () => RealTimeContactAnalysisSegmentCategories$, () => RealTimeContactAnalysisSegmentIssues$, () => RealTimeContactAnalysisSegmentEvent$, () => RealTimeContactAnalysisSegmentAttachments$, () => RealTimeContactAnalysisSegmentPostContactSummary$, () => RealTimeContactAnalysisSegmentExtractedInformation$]
];
var RealTimeContactAnalysisTimeData$ = [4, n0, _RTCATD,
    0,
    [_ATb],
    [5]
];
var ReferenceSummary$ = [4, n0, _RSe,
    0,
    [_Ur, _Attac, _EMm, _EMRm, _EMPT, _EMPTR, _Stri, _Nu, _Da, _E, _CAo],
    [() => UrlReference$, () => AttachmentReference$, () => EmailMessageReference$, () => EmailMessageReference$, () => EmailMessageReference$, () => EmailMessageReference$, () => StringReference$, () => NumberReference$, () => DateReference$, () => EmailReference$, () => ContactAnalysisReference$]
];
var ServiceQuotaExceededExceptionReason$ = [4, n0, _SQEER,
    0,
    [_AFSQEER],
    [0]
];
var UpdateParticipantRoleConfigChannelInfo$ = [4, n0, _UPRCCI,
    0,
    [_Cha],
    [() => ChatParticipantRoleConfig$]
];
var ActivateEvaluationForm$ = [9, n0, _AEF,
    { [_h]: ["POST", "/evaluation-forms/{InstanceId}/{EvaluationFormId}/activate", 200] }, () => ActivateEvaluationFormRequest$, () => ActivateEvaluationFormResponse$
];
var AssociateAnalyticsDataSet$ = [9, n0, _AADS,
    { [_h]: ["PUT", "/analytics-data/instance/{InstanceId}/association", 200] }, () => AssociateAnalyticsDataSetRequest$, () => AssociateAnalyticsDataSetResponse$
];
var AssociateApprovedOrigin$ = [9, n0, _AAO,
    { [_h]: ["PUT", "/instance/{InstanceId}/approved-origin", 200] }, () => AssociateApprovedOriginRequest$, () => __Unit
];
var AssociateBot$ = [9, n0, _ABs,
    { [_h]: ["PUT", "/instance/{InstanceId}/bot", 200] }, () => AssociateBotRequest$, () => __Unit
];
var AssociateContactWithUser$ = [9, n0, _ACWU,
    { [_h]: ["POST", "/contacts/{InstanceId}/{ContactId}/associate-user", 200] }, () => AssociateContactWithUserRequest$, () => AssociateContactWithUserResponse$
];
var AssociateDefaultVocabulary$ = [9, n0, _ADV,
    { [_h]: ["PUT", "/default-vocabulary/{InstanceId}/{LanguageCode}", 200] }, () => AssociateDefaultVocabularyRequest$, () => AssociateDefaultVocabularyResponse$
];
var AssociateEmailAddressAlias$ = [9, n0, _AEAA,
    { [_h]: ["POST", "/email-addresses/{InstanceId}/{EmailAddressId}/associate-alias", 200] }, () => AssociateEmailAddressAliasRequest$, () => AssociateEmailAddressAliasResponse$
];
var AssociateFlow$ = [9, n0, _AFs,
    { [_h]: ["PUT", "/flow-associations/{InstanceId}", 200] }, () => AssociateFlowRequest$, () => AssociateFlowResponse$
];
var AssociateHoursOfOperations$ = [9, n0, _AHOO,
    { [_h]: ["POST", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/associate-hours", 200] }, () => AssociateHoursOfOperationsRequest$, () => __Unit
];
var AssociateInstanceStorageConfig$ = [9, n0, _AISC,
    { [_h]: ["PUT", "/instance/{InstanceId}/storage-config", 200] }, () => AssociateInstanceStorageConfigRequest$, () => AssociateInstanceStorageConfigResponse$
];
var AssociateLambdaFunction$ = [9, n0, _ALF,
    { [_h]: ["PUT", "/instance/{InstanceId}/lambda-function", 200] }, () => AssociateLambdaFunctionRequest$, () => __Unit
];
var AssociateLexBot$ = [9, n0, _ALB,
    { [_h]: ["PUT", "/instance/{InstanceId}/lex-bot", 200] }, () => AssociateLexBotRequest$, () => __Unit
];
var AssociatePhoneNumberContactFlow$ = [9, n0, _APNCF,
    { [_h]: ["PUT", "/phone-number/{PhoneNumberId}/contact-flow", 200] }, () => AssociatePhoneNumberContactFlowRequest$, () => __Unit
];
var AssociateQueueEmailAddresses$ = [9, n0, _AQEA,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/associate-email-addresses", 200] }, () => AssociateQueueEmailAddressesRequest$, () => __Unit
];
var AssociateQueueQuickConnects$ = [9, n0, _AQQC,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/associate-quick-connects", 200] }, () => AssociateQueueQuickConnectsRequest$, () => __Unit
];
var AssociateRoutingProfileQueues$ = [9, n0, _ARPQ,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/associate-queues", 200] }, () => AssociateRoutingProfileQueuesRequest$, () => __Unit
];
var AssociateSecurityKey$ = [9, n0, _ASK,
    { [_h]: ["PUT", "/instance/{InstanceId}/security-key", 200] }, () => AssociateSecurityKeyRequest$, () => AssociateSecurityKeyResponse$
];
var AssociateSecurityProfiles$ = [9, n0, _ASP,
    { [_h]: ["POST", "/associate-security-profiles/{InstanceId}", 200] }, () => AssociateSecurityProfilesRequest$, () => __Unit
];
var AssociateTrafficDistributionGroupUser$ = [9, n0, _ATDGU,
    { [_h]: ["PUT", "/traffic-distribution-group/{TrafficDistributionGroupId}/user", 200] }, () => AssociateTrafficDistributionGroupUserRequest$, () => AssociateTrafficDistributionGroupUserResponse$
];
var AssociateUserProficiencies$ = [9, n0, _AUP,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/associate-proficiencies", 200] }, () => AssociateUserProficienciesRequest$, () => __Unit
];
var AssociateWorkspace$ = [9, n0, _AWs,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/associate", 200] }, () => AssociateWorkspaceRequest$, () => AssociateWorkspaceResponse$
];
var BatchAssociateAnalyticsDataSet$ = [9, n0, _BAADS,
    { [_h]: ["PUT", "/analytics-data/instance/{InstanceId}/associations", 200] }, () => BatchAssociateAnalyticsDataSetRequest$, () => BatchAssociateAnalyticsDataSetResponse$
];
var BatchCreateDataTableValue$ = [9, n0, _BCDTV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/create", 200] }, () => BatchCreateDataTableValueRequest$, () => BatchCreateDataTableValueResponse$
];
var BatchDeleteDataTableValue$ = [9, n0, _BDDTV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/delete", 200] }, () => BatchDeleteDataTableValueRequest$, () => BatchDeleteDataTableValueResponse$
];
var BatchDescribeDataTableValue$ = [9, n0, _BDDTVa,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/describe", 200] }, () => BatchDescribeDataTableValueRequest$, () => BatchDescribeDataTableValueResponse$
];
var BatchDisassociateAnalyticsDataSet$ = [9, n0, _BDADS,
    { [_h]: ["POST", "/analytics-data/instance/{InstanceId}/associations", 200] }, () => BatchDisassociateAnalyticsDataSetRequest$, () => BatchDisassociateAnalyticsDataSetResponse$
];
var BatchGetAttachedFileMetadata$ = [9, n0, _BGAFM,
    { [_h]: ["POST", "/attached-files/{InstanceId}", 200] }, () => BatchGetAttachedFileMetadataRequest$, () => BatchGetAttachedFileMetadataResponse$
];
var BatchGetFlowAssociation$ = [9, n0, _BGFA,
    { [_h]: ["POST", "/flow-associations-batch/{InstanceId}", 200] }, () => BatchGetFlowAssociationRequest$, () => BatchGetFlowAssociationResponse$
];
var BatchPutContact$ = [9, n0, _BPC,
    { [_h]: ["PUT", "/contact/batch/{InstanceId}", 200] }, () => BatchPutContactRequest$, () => BatchPutContactResponse$
];
var BatchUpdateDataTableValue$ = [9, n0, _BUDTV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/update", 200] }, () => BatchUpdateDataTableValueRequest$, () => BatchUpdateDataTableValueResponse$
];
var ClaimPhoneNumber$ = [9, n0, _CPN,
    { [_h]: ["POST", "/phone-number/claim", 200] }, () => ClaimPhoneNumberRequest$, () => ClaimPhoneNumberResponse$
];
var CompleteAttachedFileUpload$ = [9, n0, _CAFU,
    { [_h]: ["POST", "/attached-files/{InstanceId}/{FileId}", 200] }, () => CompleteAttachedFileUploadRequest$, () => CompleteAttachedFileUploadResponse$
];
var CreateAgentStatus$ = [9, n0, _CAS,
    { [_h]: ["PUT", "/agent-status/{InstanceId}", 200] }, () => CreateAgentStatusRequest$, () => CreateAgentStatusResponse$
];
var CreateAttachedFile$ = [9, n0, _CAF,
    { [_h]: ["PUT", "/attached-files/{InstanceId}/files", 200] }, () => CreateAttachedFileRequest$, () => CreateAttachedFileResponse$
];
var CreateAuthCode$ = [9, n0, _CAC,
    { [_h]: ["POST", "/auth/code/{InstanceId}", 200] }, () => CreateAuthCodeRequest$, () => CreateAuthCodeResponse$
];
var CreateContact$ = [9, n0, _CCr,
    { [_h]: ["PUT", "/contact/create-contact", 200] }, () => CreateContactRequest$, () => CreateContactResponse$
];
var CreateContactFlow$ = [9, n0, _CCF,
    { [_h]: ["PUT", "/contact-flows/{InstanceId}", 200] }, () => CreateContactFlowRequest$, () => CreateContactFlowResponse$
];
var CreateContactFlowModule$ = [9, n0, _CCFM,
    { [_h]: ["PUT", "/contact-flow-modules/{InstanceId}", 200] }, () => CreateContactFlowModuleRequest$, () => CreateContactFlowModuleResponse$
];
var CreateContactFlowModuleAlias$ = [9, n0, _CCFMA,
    { [_h]: ["PUT", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/alias", 200] }, () => CreateContactFlowModuleAliasRequest$, () => CreateContactFlowModuleAliasResponse$
];
var CreateContactFlowModuleVersion$ = [9, n0, _CCFMV,
    { [_h]: ["PUT", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/version", 200] }, () => CreateContactFlowModuleVersionRequest$, () => CreateContactFlowModuleVersionResponse$
];
var CreateContactFlowVersion$ = [9, n0, _CCFV,
    { [_h]: ["PUT", "/contact-flows/{InstanceId}/{ContactFlowId}/version", 200] }, () => CreateContactFlowVersionRequest$, () => CreateContactFlowVersionResponse$
];
var CreateDataTable$ = [9, n0, _CDT,
    { [_h]: ["PUT", "/data-tables/{InstanceId}", 200] }, () => CreateDataTableRequest$, () => CreateDataTableResponse$
];
var CreateDataTableAttribute$ = [9, n0, _CDTA,
    { [_h]: ["PUT", "/data-tables/{InstanceId}/{DataTableId}/attributes", 200] }, () => CreateDataTableAttributeRequest$, () => CreateDataTableAttributeResponse$
];
var CreateEmailAddress$ = [9, n0, _CEAr,
    { [_h]: ["PUT", "/email-addresses/{InstanceId}", 200] }, () => CreateEmailAddressRequest$, () => CreateEmailAddressResponse$
];
var CreateEvaluationForm$ = [9, n0, _CEF,
    { [_h]: ["PUT", "/evaluation-forms/{InstanceId}", 200] }, () => CreateEvaluationFormRequest$, () => CreateEvaluationFormResponse$
];
var CreateExtractionDefinition$ = [9, n0, _CED,
    { [_h]: ["POST", "/extraction-definitions/{InstanceId}", 200] }, () => CreateExtractionDefinitionRequest$, () => CreateExtractionDefinitionResponse$
];
var CreateHoursOfOperation$ = [9, n0, _CHOO,
    { [_h]: ["PUT", "/hours-of-operations/{InstanceId}", 200] }, () => CreateHoursOfOperationRequest$, () => CreateHoursOfOperationResponse$
];
var CreateHoursOfOperationOverride$ = [9, n0, _CHOOO,
    { [_h]: ["PUT", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/overrides", 200] }, () => CreateHoursOfOperationOverrideRequest$, () => CreateHoursOfOperationOverrideResponse$
];
var CreateInstance$ = [9, n0, _CIr,
    { [_h]: ["PUT", "/instance", 200] }, () => CreateInstanceRequest$, () => CreateInstanceResponse$
];
var CreateIntegrationAssociation$ = [9, n0, _CIA,
    { [_h]: ["PUT", "/instance/{InstanceId}/integration-associations", 200] }, () => CreateIntegrationAssociationRequest$, () => CreateIntegrationAssociationResponse$
];
var CreateMetric$ = [9, n0, _CMre,
    { [_h]: ["PUT", "/metrics/definitions/{InstanceId}", 200] }, () => CreateMetricRequest$, () => CreateMetricResponse$
];
var CreateNotification$ = [9, n0, _CN,
    { [_h]: ["PUT", "/notifications/{InstanceId}", 200] }, () => CreateNotificationRequest$, () => CreateNotificationResponse$
];
var CreateParticipant$ = [9, n0, _CPr,
    { [_h]: ["POST", "/contact/create-participant", 200] }, () => CreateParticipantRequest$, () => CreateParticipantResponse$
];
var CreatePersistentContactAssociation$ = [9, n0, _CPCA,
    { [_h]: ["POST", "/contact/persistent-contact-association/{InstanceId}/{InitialContactId}", 200] }, () => CreatePersistentContactAssociationRequest$, () => CreatePersistentContactAssociationResponse$
];
var CreatePredefinedAttribute$ = [9, n0, _CPAr,
    { [_h]: ["PUT", "/predefined-attributes/{InstanceId}", 200] }, () => CreatePredefinedAttributeRequest$, () => __Unit
];
var CreatePrompt$ = [9, n0, _CPre,
    { [_h]: ["PUT", "/prompts/{InstanceId}", 200] }, () => CreatePromptRequest$, () => CreatePromptResponse$
];
var CreatePushNotificationRegistration$ = [9, n0, _CPNRr,
    { [_h]: ["PUT", "/push-notification/{InstanceId}/registrations", 200] }, () => CreatePushNotificationRegistrationRequest$, () => CreatePushNotificationRegistrationResponse$
];
var CreateQueue$ = [9, n0, _CQ,
    { [_h]: ["PUT", "/queues/{InstanceId}", 200] }, () => CreateQueueRequest$, () => CreateQueueResponse$
];
var CreateQuickConnect$ = [9, n0, _CQC,
    { [_h]: ["PUT", "/quick-connects/{InstanceId}", 200] }, () => CreateQuickConnectRequest$, () => CreateQuickConnectResponse$
];
var CreateRoutingProfile$ = [9, n0, _CRP,
    { [_h]: ["PUT", "/routing-profiles/{InstanceId}", 200] }, () => CreateRoutingProfileRequest$, () => CreateRoutingProfileResponse$
];
var CreateRule$ = [9, n0, _CRr,
    { [_h]: ["POST", "/rules/{InstanceId}", 200] }, () => CreateRuleRequest$, () => CreateRuleResponse$
];
var CreateSecurityProfile$ = [9, n0, _CSP,
    { [_h]: ["PUT", "/security-profiles/{InstanceId}", 200] }, () => CreateSecurityProfileRequest$, () => CreateSecurityProfileResponse$
];
var CreateTaskTemplate$ = [9, n0, _CTT,
    { [_h]: ["PUT", "/instance/{InstanceId}/task/template", 200] }, () => CreateTaskTemplateRequest$, () => CreateTaskTemplateResponse$
];
var CreateTestCase$ = [9, n0, _CTCr,
    { [_h]: ["PUT", "/test-cases/{InstanceId}", 200] }, () => CreateTestCaseRequest$, () => CreateTestCaseResponse$
];
var CreateTrafficDistributionGroup$ = [9, n0, _CTDG,
    { [_h]: ["PUT", "/traffic-distribution-group", 200] }, () => CreateTrafficDistributionGroupRequest$, () => CreateTrafficDistributionGroupResponse$
];
var CreateUseCase$ = [9, n0, _CUC,
    { [_h]: ["PUT", "/instance/{InstanceId}/integration-associations/{IntegrationAssociationId}/use-cases", 200] }, () => CreateUseCaseRequest$, () => CreateUseCaseResponse$
];
var CreateUser$ = [9, n0, _CUr,
    { [_h]: ["PUT", "/users/{InstanceId}", 200] }, () => CreateUserRequest$, () => CreateUserResponse$
];
var CreateUserHierarchyGroup$ = [9, n0, _CUHG,
    { [_h]: ["PUT", "/user-hierarchy-groups/{InstanceId}", 200] }, () => CreateUserHierarchyGroupRequest$, () => CreateUserHierarchyGroupResponse$
];
var CreateView$ = [9, n0, _CV,
    { [_h]: ["PUT", "/views/{InstanceId}", 200] }, () => CreateViewRequest$, () => CreateViewResponse$
];
var CreateViewVersion$ = [9, n0, _CVV,
    { [_h]: ["PUT", "/views/{InstanceId}/{ViewId}/versions", 200] }, () => CreateViewVersionRequest$, () => CreateViewVersionResponse$
];
var CreateVocabulary$ = [9, n0, _CVr,
    { [_h]: ["POST", "/vocabulary/{InstanceId}", 200] }, () => CreateVocabularyRequest$, () => CreateVocabularyResponse$
];
var CreateWorkspace$ = [9, n0, _CW,
    { [_h]: ["PUT", "/workspaces/{InstanceId}", 200] }, () => CreateWorkspaceRequest$, () => CreateWorkspaceResponse$
];
var CreateWorkspacePage$ = [9, n0, _CWP,
    { [_h]: ["PUT", "/workspaces/{InstanceId}/{WorkspaceId}/pages", 200] }, () => CreateWorkspacePageRequest$, () => CreateWorkspacePageResponse$
];
var DeactivateEvaluationForm$ = [9, n0, _DEF,
    { [_h]: ["POST", "/evaluation-forms/{InstanceId}/{EvaluationFormId}/deactivate", 200] }, () => DeactivateEvaluationFormRequest$, () => DeactivateEvaluationFormResponse$
];
var DeleteAttachedFile$ = [9, n0, _DAF,
    { [_h]: ["DELETE", "/attached-files/{InstanceId}/{FileId}", 200] }, () => DeleteAttachedFileRequest$, () => DeleteAttachedFileResponse$
];
var DeleteContactData$ = [9, n0, _DCD,
    { [_h]: ["POST", "/contact/delete/{InstanceId}/{ContactId}", 200] }, () => DeleteContactDataRequest$, () => DeleteContactDataResponse$
];
var DeleteContactEvaluation$ = [9, n0, _DCE,
    { [_h]: ["DELETE", "/contact-evaluations/{InstanceId}/{EvaluationId}", 200] }, () => DeleteContactEvaluationRequest$, () => __Unit
];
var DeleteContactFlow$ = [9, n0, _DCF,
    { [_h]: ["DELETE", "/contact-flows/{InstanceId}/{ContactFlowId}", 200] }, () => DeleteContactFlowRequest$, () => DeleteContactFlowResponse$
];
var DeleteContactFlowModule$ = [9, n0, _DCFM,
    { [_h]: ["DELETE", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}", 200] }, () => DeleteContactFlowModuleRequest$, () => DeleteContactFlowModuleResponse$
];
var DeleteContactFlowModuleAlias$ = [9, n0, _DCFMA,
    { [_h]: ["DELETE", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/alias/{AliasId}", 200] }, () => DeleteContactFlowModuleAliasRequest$, () => DeleteContactFlowModuleAliasResponse$
];
var DeleteContactFlowModuleVersion$ = [9, n0, _DCFMV,
    { [_h]: ["DELETE", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/version/{ContactFlowModuleVersion}", 200] }, () => DeleteContactFlowModuleVersionRequest$, () => DeleteContactFlowModuleVersionResponse$
];
var DeleteContactFlowVersion$ = [9, n0, _DCFV,
    { [_h]: ["DELETE", "/contact-flows/{InstanceId}/{ContactFlowId}/version/{ContactFlowVersion}", 200] }, () => DeleteContactFlowVersionRequest$, () => DeleteContactFlowVersionResponse$
];
var DeleteDataTable$ = [9, n0, _DDT,
    { [_h]: ["DELETE", "/data-tables/{InstanceId}/{DataTableId}", 200] }, () => DeleteDataTableRequest$, () => DeleteDataTableResponse$
];
var DeleteDataTableAttribute$ = [9, n0, _DDTA,
    { [_h]: ["DELETE", "/data-tables/{InstanceId}/{DataTableId}/attributes/{AttributeName}", 200] }, () => DeleteDataTableAttributeRequest$, () => DeleteDataTableAttributeResponse$
];
var DeleteEmailAddress$ = [9, n0, _DEAe,
    { [_h]: ["DELETE", "/email-addresses/{InstanceId}/{EmailAddressId}", 200] }, () => DeleteEmailAddressRequest$, () => DeleteEmailAddressResponse$
];
var DeleteEvaluationForm$ = [9, n0, _DEFe,
    { [_h]: ["DELETE", "/evaluation-forms/{InstanceId}/{EvaluationFormId}", 200] }, () => DeleteEvaluationFormRequest$, () => __Unit
];
var DeleteExtractionDefinition$ = [9, n0, _DED,
    { [_h]: ["DELETE", "/extraction-definitions/{InstanceId}/{ExtractionDefinitionId}", 200] }, () => DeleteExtractionDefinitionRequest$, () => DeleteExtractionDefinitionResponse$
];
var DeleteHoursOfOperation$ = [9, n0, _DHOO,
    { [_h]: ["DELETE", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}", 200] }, () => DeleteHoursOfOperationRequest$, () => __Unit
];
var DeleteHoursOfOperationOverride$ = [9, n0, _DHOOO,
    { [_h]: ["DELETE", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/overrides/{HoursOfOperationOverrideId}", 200] }, () => DeleteHoursOfOperationOverrideRequest$, () => __Unit
];
var DeleteInstance$ = [9, n0, _DIel,
    { [_h]: ["DELETE", "/instance/{InstanceId}", 200] }, () => DeleteInstanceRequest$, () => __Unit
];
var DeleteIntegrationAssociation$ = [9, n0, _DIA,
    { [_h]: ["DELETE", "/instance/{InstanceId}/integration-associations/{IntegrationAssociationId}", 200] }, () => DeleteIntegrationAssociationRequest$, () => __Unit
];
var DeleteMetric$ = [9, n0, _DMe,
    { [_h]: ["DELETE", "/metrics/definitions/{InstanceId}/{MetricId}", 200] }, () => DeleteMetricRequest$, () => DeleteMetricResponse$
];
var DeleteNotification$ = [9, n0, _DNe,
    { [_h]: ["DELETE", "/notifications/{InstanceId}/{NotificationId}", 200] }, () => DeleteNotificationRequest$, () => DeleteNotificationResponse$
];
var DeletePredefinedAttribute$ = [9, n0, _DPA,
    { [_h]: ["DELETE", "/predefined-attributes/{InstanceId}/{Name}", 200] }, () => DeletePredefinedAttributeRequest$, () => __Unit
];
var DeletePrompt$ = [9, n0, _DP,
    { [_h]: ["DELETE", "/prompts/{InstanceId}/{PromptId}", 200] }, () => DeletePromptRequest$, () => __Unit
];
var DeletePushNotificationRegistration$ = [9, n0, _DPNRel,
    { [_h]: ["DELETE", "/push-notification/{InstanceId}/registrations/{RegistrationId}", 200] }, () => DeletePushNotificationRegistrationRequest$, () => DeletePushNotificationRegistrationResponse$
];
var DeleteQueue$ = [9, n0, _DQ,
    { [_h]: ["DELETE", "/queues/{InstanceId}/{QueueId}", 200] }, () => DeleteQueueRequest$, () => __Unit
];
var DeleteQuickConnect$ = [9, n0, _DQC,
    { [_h]: ["DELETE", "/quick-connects/{InstanceId}/{QuickConnectId}", 200] }, () => DeleteQuickConnectRequest$, () => __Unit
];
var DeleteRoutingProfile$ = [9, n0, _DRP,
    { [_h]: ["DELETE", "/routing-profiles/{InstanceId}/{RoutingProfileId}", 200] }, () => DeleteRoutingProfileRequest$, () => __Unit
];
var DeleteRule$ = [9, n0, _DRel,
    { [_h]: ["DELETE", "/rules/{InstanceId}/{RuleId}", 200] }, () => DeleteRuleRequest$, () => __Unit
];
var DeleteSecurityProfile$ = [9, n0, _DSP,
    { [_h]: ["DELETE", "/security-profiles/{InstanceId}/{SecurityProfileId}", 200] }, () => DeleteSecurityProfileRequest$, () => __Unit
];
var DeleteSession$ = [9, n0, _DSe,
    { [_h]: ["DELETE", "/auth/sessions/{InstanceId}/{SessionId}", 200] }, () => DeleteSessionRequest$, () => DeleteSessionResponse$
];
var DeleteTaskTemplate$ = [9, n0, _DTT,
    { [_h]: ["DELETE", "/instance/{InstanceId}/task/template/{TaskTemplateId}", 200] }, () => DeleteTaskTemplateRequest$, () => DeleteTaskTemplateResponse$
];
var DeleteTestCase$ = [9, n0, _DTCe,
    { [_h]: ["DELETE", "/test-cases/{InstanceId}/{TestCaseId}", 200] }, () => DeleteTestCaseRequest$, () => DeleteTestCaseResponse$
];
var DeleteTrafficDistributionGroup$ = [9, n0, _DTDG,
    { [_h]: ["DELETE", "/traffic-distribution-group/{TrafficDistributionGroupId}", 200] }, () => DeleteTrafficDistributionGroupRequest$, () => DeleteTrafficDistributionGroupResponse$
];
var DeleteUseCase$ = [9, n0, _DUC,
    { [_h]: ["DELETE", "/instance/{InstanceId}/integration-associations/{IntegrationAssociationId}/use-cases/{UseCaseId}", 200] }, () => DeleteUseCaseRequest$, () => __Unit
];
var DeleteUser$ = [9, n0, _DU,
    { [_h]: ["DELETE", "/users/{InstanceId}/{UserId}", 200] }, () => DeleteUserRequest$, () => __Unit
];
var DeleteUserHierarchyGroup$ = [9, n0, _DUHG,
    { [_h]: ["DELETE", "/user-hierarchy-groups/{InstanceId}/{HierarchyGroupId}", 200] }, () => DeleteUserHierarchyGroupRequest$, () => __Unit
];
var DeleteView$ = [9, n0, _DVel,
    { [_h]: ["DELETE", "/views/{InstanceId}/{ViewId}", 200] }, () => DeleteViewRequest$, () => DeleteViewResponse$
];
var DeleteViewVersion$ = [9, n0, _DVV,
    { [_h]: ["DELETE", "/views/{InstanceId}/{ViewId}/versions/{ViewVersion}", 200] }, () => DeleteViewVersionRequest$, () => DeleteViewVersionResponse$
];
var DeleteVocabulary$ = [9, n0, _DVele,
    { [_h]: ["POST", "/vocabulary-remove/{InstanceId}/{VocabularyId}", 200] }, () => DeleteVocabularyRequest$, () => DeleteVocabularyResponse$
];
var DeleteWorkspace$ = [9, n0, _DW,
    { [_h]: ["DELETE", "/workspaces/{InstanceId}/{WorkspaceId}", 200] }, () => DeleteWorkspaceRequest$, () => DeleteWorkspaceResponse$
];
var DeleteWorkspaceMedia$ = [9, n0, _DWM,
    { [_h]: ["DELETE", "/workspaces/{InstanceId}/{WorkspaceId}/media", 200] }, () => DeleteWorkspaceMediaRequest$, () => DeleteWorkspaceMediaResponse$
];
var DeleteWorkspacePage$ = [9, n0, _DWP,
    { [_h]: ["DELETE", "/workspaces/{InstanceId}/{WorkspaceId}/pages/{Page}", 200] }, () => DeleteWorkspacePageRequest$, () => DeleteWorkspacePageResponse$
];
var DescribeAgentStatus$ = [9, n0, _DAS,
    { [_h]: ["GET", "/agent-status/{InstanceId}/{AgentStatusId}", 200] }, () => DescribeAgentStatusRequest$, () => DescribeAgentStatusResponse$
];
var DescribeAttachedFilesConfiguration$ = [9, n0, _DAFC,
    { [_h]: ["GET", "/attached-files-configurations/{InstanceId}/{AttachmentScope}", 200] }, () => DescribeAttachedFilesConfigurationRequest$, () => DescribeAttachedFilesConfigurationResponse$
];
var DescribeAuthenticationProfile$ = [9, n0, _DAP,
    { [_h]: ["GET", "/authentication-profiles/{InstanceId}/{AuthenticationProfileId}", 200] }, () => DescribeAuthenticationProfileRequest$, () => DescribeAuthenticationProfileResponse$
];
var DescribeContact$ = [9, n0, _DCes,
    { [_h]: ["GET", "/contacts/{InstanceId}/{ContactId}", 200] }, () => DescribeContactRequest$, () => DescribeContactResponse$
];
var DescribeContactEvaluation$ = [9, n0, _DCEe,
    { [_h]: ["GET", "/contact-evaluations/{InstanceId}/{EvaluationId}", 200] }, () => DescribeContactEvaluationRequest$, () => DescribeContactEvaluationResponse$
];
var DescribeContactFlow$ = [9, n0, _DCFe,
    { [_h]: ["GET", "/contact-flows/{InstanceId}/{ContactFlowId}", 200] }, () => DescribeContactFlowRequest$, () => DescribeContactFlowResponse$
];
var DescribeContactFlowModule$ = [9, n0, _DCFMe,
    { [_h]: ["GET", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}", 200] }, () => DescribeContactFlowModuleRequest$, () => DescribeContactFlowModuleResponse$
];
var DescribeContactFlowModuleAlias$ = [9, n0, _DCFMAe,
    { [_h]: ["GET", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/alias/{AliasId}", 200] }, () => DescribeContactFlowModuleAliasRequest$, () => DescribeContactFlowModuleAliasResponse$
];
var DescribeDataTable$ = [9, n0, _DDTe,
    { [_h]: ["GET", "/data-tables/{InstanceId}/{DataTableId}", 200] }, () => DescribeDataTableRequest$, () => DescribeDataTableResponse$
];
var DescribeDataTableAttribute$ = [9, n0, _DDTAe,
    { [_h]: ["GET", "/data-tables/{InstanceId}/{DataTableId}/attributes/{AttributeName}", 200] }, () => DescribeDataTableAttributeRequest$, () => DescribeDataTableAttributeResponse$
];
var DescribeEmailAddress$ = [9, n0, _DEAes,
    { [_h]: ["GET", "/email-addresses/{InstanceId}/{EmailAddressId}", 200] }, () => DescribeEmailAddressRequest$, () => DescribeEmailAddressResponse$
];
var DescribeEvaluationForm$ = [9, n0, _DEFes,
    { [_h]: ["GET", "/evaluation-forms/{InstanceId}/{EvaluationFormId}", 200] }, () => DescribeEvaluationFormRequest$, () => DescribeEvaluationFormResponse$
];
var DescribeExtractionDefinition$ = [9, n0, _DEDe,
    { [_h]: ["GET", "/extraction-definitions/{InstanceId}/{ExtractionDefinitionId}", 200] }, () => DescribeExtractionDefinitionRequest$, () => DescribeExtractionDefinitionResponse$
];
var DescribeHoursOfOperation$ = [9, n0, _DHOOe,
    { [_h]: ["GET", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}", 200] }, () => DescribeHoursOfOperationRequest$, () => DescribeHoursOfOperationResponse$
];
var DescribeHoursOfOperationOverride$ = [9, n0, _DHOOOe,
    { [_h]: ["GET", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/overrides/{HoursOfOperationOverrideId}", 200] }, () => DescribeHoursOfOperationOverrideRequest$, () => DescribeHoursOfOperationOverrideResponse$
];
var DescribeInstance$ = [9, n0, _DIes,
    { [_h]: ["GET", "/instance/{InstanceId}", 200] }, () => DescribeInstanceRequest$, () => DescribeInstanceResponse$
];
var DescribeInstanceAttribute$ = [9, n0, _DIAe,
    { [_h]: ["GET", "/instance/{InstanceId}/attribute/{AttributeType}", 200] }, () => DescribeInstanceAttributeRequest$, () => DescribeInstanceAttributeResponse$
];
var DescribeInstanceStorageConfig$ = [9, n0, _DISC,
    { [_h]: ["GET", "/instance/{InstanceId}/storage-config/{AssociationId}", 200] }, () => DescribeInstanceStorageConfigRequest$, () => DescribeInstanceStorageConfigResponse$
];
var DescribeMetric$ = [9, n0, _DMes,
    { [_h]: ["GET", "/metrics/definitions/{InstanceId}/{MetricId}", 200] }, () => DescribeMetricRequest$, () => DescribeMetricResponse$
];
var DescribeNotification$ = [9, n0, _DNes,
    { [_h]: ["GET", "/notifications/{InstanceId}/{NotificationId}", 200] }, () => DescribeNotificationRequest$, () => DescribeNotificationResponse$
];
var DescribePhoneNumber$ = [9, n0, _DPNes,
    { [_h]: ["GET", "/phone-number/{PhoneNumberId}", 200] }, () => DescribePhoneNumberRequest$, () => DescribePhoneNumberResponse$
];
var DescribePredefinedAttribute$ = [9, n0, _DPAe,
    { [_h]: ["GET", "/predefined-attributes/{InstanceId}/{Name}", 200] }, () => DescribePredefinedAttributeRequest$, () => DescribePredefinedAttributeResponse$
];
var DescribePrompt$ = [9, n0, _DPe,
    { [_h]: ["GET", "/prompts/{InstanceId}/{PromptId}", 200] }, () => DescribePromptRequest$, () => DescribePromptResponse$
];
var DescribeQueue$ = [9, n0, _DQe,
    { [_h]: ["GET", "/queues/{InstanceId}/{QueueId}", 200] }, () => DescribeQueueRequest$, () => DescribeQueueResponse$
];
var DescribeQuickConnect$ = [9, n0, _DQCe,
    { [_h]: ["GET", "/quick-connects/{InstanceId}/{QuickConnectId}", 200] }, () => DescribeQuickConnectRequest$, () => DescribeQuickConnectResponse$
];
var DescribeRoutingProfile$ = [9, n0, _DRPe,
    { [_h]: ["GET", "/routing-profiles/{InstanceId}/{RoutingProfileId}", 200] }, () => DescribeRoutingProfileRequest$, () => DescribeRoutingProfileResponse$
];
var DescribeRule$ = [9, n0, _DRes,
    { [_h]: ["GET", "/rules/{InstanceId}/{RuleId}", 200] }, () => DescribeRuleRequest$, () => DescribeRuleResponse$
];
var DescribeSecurityProfile$ = [9, n0, _DSPe,
    { [_h]: ["GET", "/security-profiles/{InstanceId}/{SecurityProfileId}", 200] }, () => DescribeSecurityProfileRequest$, () => DescribeSecurityProfileResponse$
];
var DescribeTestCase$ = [9, n0, _DTCes,
    { [_h]: ["GET", "/test-cases/{InstanceId}/{TestCaseId}", 200] }, () => DescribeTestCaseRequest$, () => DescribeTestCaseResponse$
];
var DescribeTrafficDistributionGroup$ = [9, n0, _DTDGe,
    { [_h]: ["GET", "/traffic-distribution-group/{TrafficDistributionGroupId}", 200] }, () => DescribeTrafficDistributionGroupRequest$, () => DescribeTrafficDistributionGroupResponse$
];
var DescribeUser$ = [9, n0, _DUe,
    { [_h]: ["GET", "/users/{InstanceId}/{UserId}", 200] }, () => DescribeUserRequest$, () => DescribeUserResponse$
];
var DescribeUserHierarchyGroup$ = [9, n0, _DUHGe,
    { [_h]: ["GET", "/user-hierarchy-groups/{InstanceId}/{HierarchyGroupId}", 200] }, () => DescribeUserHierarchyGroupRequest$, () => DescribeUserHierarchyGroupResponse$
];
var DescribeUserHierarchyStructure$ = [9, n0, _DUHS,
    { [_h]: ["GET", "/user-hierarchy-structure/{InstanceId}", 200] }, () => DescribeUserHierarchyStructureRequest$, () => DescribeUserHierarchyStructureResponse$
];
var DescribeView$ = [9, n0, _DVes,
    { [_h]: ["GET", "/views/{InstanceId}/{ViewId}", 200] }, () => DescribeViewRequest$, () => DescribeViewResponse$
];
var DescribeVocabulary$ = [9, n0, _DVesc,
    { [_h]: ["GET", "/vocabulary/{InstanceId}/{VocabularyId}", 200] }, () => DescribeVocabularyRequest$, () => DescribeVocabularyResponse$
];
var DescribeWorkspace$ = [9, n0, _DWe,
    { [_h]: ["GET", "/workspaces/{InstanceId}/{WorkspaceId}", 200] }, () => DescribeWorkspaceRequest$, () => DescribeWorkspaceResponse$
];
var DisassociateAnalyticsDataSet$ = [9, n0, _DADS,
    { [_h]: ["POST", "/analytics-data/instance/{InstanceId}/association", 200] }, () => DisassociateAnalyticsDataSetRequest$, () => __Unit
];
var DisassociateApprovedOrigin$ = [9, n0, _DAO,
    { [_h]: ["DELETE", "/instance/{InstanceId}/approved-origin", 200] }, () => DisassociateApprovedOriginRequest$, () => __Unit
];
var DisassociateBot$ = [9, n0, _DB,
    { [_h]: ["POST", "/instance/{InstanceId}/bot", 200] }, () => DisassociateBotRequest$, () => __Unit
];
var DisassociateEmailAddressAlias$ = [9, n0, _DEAA,
    { [_h]: ["POST", "/email-addresses/{InstanceId}/{EmailAddressId}/disassociate-alias", 200] }, () => DisassociateEmailAddressAliasRequest$, () => DisassociateEmailAddressAliasResponse$
];
var DisassociateFlow$ = [9, n0, _DF,
    { [_h]: ["DELETE", "/flow-associations/{InstanceId}/{ResourceId}/{ResourceType}", 200] }, () => DisassociateFlowRequest$, () => DisassociateFlowResponse$
];
var DisassociateHoursOfOperations$ = [9, n0, _DHOOi,
    { [_h]: ["POST", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/disassociate-hours", 200] }, () => DisassociateHoursOfOperationsRequest$, () => __Unit
];
var DisassociateInstanceStorageConfig$ = [9, n0, _DISCi,
    { [_h]: ["DELETE", "/instance/{InstanceId}/storage-config/{AssociationId}", 200] }, () => DisassociateInstanceStorageConfigRequest$, () => __Unit
];
var DisassociateLambdaFunction$ = [9, n0, _DLF,
    { [_h]: ["DELETE", "/instance/{InstanceId}/lambda-function", 200] }, () => DisassociateLambdaFunctionRequest$, () => __Unit
];
var DisassociateLexBot$ = [9, n0, _DLB,
    { [_h]: ["DELETE", "/instance/{InstanceId}/lex-bot", 200] }, () => DisassociateLexBotRequest$, () => __Unit
];
var DisassociatePhoneNumberContactFlow$ = [9, n0, _DPNCF,
    { [_h]: ["DELETE", "/phone-number/{PhoneNumberId}/contact-flow", 200] }, () => DisassociatePhoneNumberContactFlowRequest$, () => __Unit
];
var DisassociateQueueEmailAddresses$ = [9, n0, _DQEA,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/disassociate-email-addresses", 200] }, () => DisassociateQueueEmailAddressesRequest$, () => __Unit
];
var DisassociateQueueQuickConnects$ = [9, n0, _DQQC,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/disassociate-quick-connects", 200] }, () => DisassociateQueueQuickConnectsRequest$, () => __Unit
];
var DisassociateRoutingProfileQueues$ = [9, n0, _DRPQ,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/disassociate-queues", 200] }, () => DisassociateRoutingProfileQueuesRequest$, () => __Unit
];
var DisassociateSecurityKey$ = [9, n0, _DSK,
    { [_h]: ["DELETE", "/instance/{InstanceId}/security-key/{AssociationId}", 200] }, () => DisassociateSecurityKeyRequest$, () => __Unit
];
var DisassociateSecurityProfiles$ = [9, n0, _DSPi,
    { [_h]: ["POST", "/disassociate-security-profiles/{InstanceId}", 200] }, () => DisassociateSecurityProfilesRequest$, () => __Unit
];
var DisassociateTrafficDistributionGroupUser$ = [9, n0, _DTDGU,
    { [_h]: ["DELETE", "/traffic-distribution-group/{TrafficDistributionGroupId}/user", 200] }, () => DisassociateTrafficDistributionGroupUserRequest$, () => DisassociateTrafficDistributionGroupUserResponse$
];
var DisassociateUserProficiencies$ = [9, n0, _DUP,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/disassociate-proficiencies", 200] }, () => DisassociateUserProficienciesRequest$, () => __Unit
];
var DisassociateWorkspace$ = [9, n0, _DWi,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/disassociate", 200] }, () => DisassociateWorkspaceRequest$, () => DisassociateWorkspaceResponse$
];
var DismissUserContact$ = [9, n0, _DUCi,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/contact", 200] }, () => DismissUserContactRequest$, () => DismissUserContactResponse$
];
var EvaluateDataTableValues$ = [9, n0, _EDTV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/evaluate", 200] }, () => EvaluateDataTableValuesRequest$, () => EvaluateDataTableValuesResponse$
];
var GetAttachedFile$ = [9, n0, _GAF,
    { [_h]: ["GET", "/attached-files/{InstanceId}/{FileId}", 200] }, () => GetAttachedFileRequest$, () => GetAttachedFileResponse$
];
var GetContactAttributes$ = [9, n0, _GCA,
    { [_h]: ["GET", "/contact/attributes/{InstanceId}/{InitialContactId}", 200] }, () => GetContactAttributesRequest$, () => GetContactAttributesResponse$
];
var GetContactMetrics$ = [9, n0, _GCM,
    { [_h]: ["POST", "/metrics/contact", 200] }, () => GetContactMetricsRequest$, () => GetContactMetricsResponse$
];
var GetCrossRegionRouting$ = [9, n0, _GCRR,
    { [_h]: ["GET", "/cross-region-routing/{InstanceId}", 200] }, () => GetCrossRegionRoutingRequest$, () => GetCrossRegionRoutingResponse$
];
var GetCurrentMetricData$ = [9, n0, _GCMD,
    { [_h]: ["POST", "/metrics/current/{InstanceId}", 200] }, () => GetCurrentMetricDataRequest$, () => GetCurrentMetricDataResponse$
];
var GetCurrentUserData$ = [9, n0, _GCUD,
    { [_h]: ["POST", "/metrics/userdata/{InstanceId}", 200] }, () => GetCurrentUserDataRequest$, () => GetCurrentUserDataResponse$
];
var GetEffectiveHoursOfOperations$ = [9, n0, _GEHOO,
    { [_h]: ["GET", "/effective-hours-of-operations/{InstanceId}/{HoursOfOperationId}", 200] }, () => GetEffectiveHoursOfOperationsRequest$, () => GetEffectiveHoursOfOperationsResponse$
];
var GetEvaluationFormValidation$ = [9, n0, _GEFV,
    { [_h]: ["GET", "/evaluation-forms/{InstanceId}/{EvaluationFormId}/validation-results", 200] }, () => GetEvaluationFormValidationRequest$, () => GetEvaluationFormValidationResponse$
];
var GetFederationToken$ = [9, n0, _GFT,
    { [_h]: ["GET", "/user/federate/{InstanceId}", 200] }, () => GetFederationTokenRequest$, () => GetFederationTokenResponse$
];
var GetFlowAssociation$ = [9, n0, _GFA,
    { [_h]: ["GET", "/flow-associations/{InstanceId}/{ResourceId}/{ResourceType}", 200] }, () => GetFlowAssociationRequest$, () => GetFlowAssociationResponse$
];
var GetMetricData$ = [9, n0, _GMD,
    { [_h]: ["POST", "/metrics/historical/{InstanceId}", 200] }, () => GetMetricDataRequest$, () => GetMetricDataResponse$
];
var GetMetricDataV2$ = [9, n0, _GMDV,
    { [_h]: ["POST", "/metrics/data", 200] }, () => GetMetricDataV2Request$, () => GetMetricDataV2Response$
];
var GetPromptFile$ = [9, n0, _GPF,
    { [_h]: ["GET", "/prompts/{InstanceId}/{PromptId}/file", 200] }, () => GetPromptFileRequest$, () => GetPromptFileResponse$
];
var GetTaskTemplate$ = [9, n0, _GTT,
    { [_h]: ["GET", "/instance/{InstanceId}/task/template/{TaskTemplateId}", 200] }, () => GetTaskTemplateRequest$, () => GetTaskTemplateResponse$
];
var GetTestCaseExecutionSummary$ = [9, n0, _GTCES,
    { [_h]: ["GET", "/test-cases/{InstanceId}/{TestCaseId}/{TestCaseExecutionId}/summary", 200] }, () => GetTestCaseExecutionSummaryRequest$, () => GetTestCaseExecutionSummaryResponse$
];
var GetTrafficDistribution$ = [9, n0, _GTD,
    { [_h]: ["GET", "/traffic-distribution/{Id}", 200] }, () => GetTrafficDistributionRequest$, () => GetTrafficDistributionResponse$
];
var ImportPhoneNumber$ = [9, n0, _IPN,
    { [_h]: ["POST", "/phone-number/import", 200] }, () => ImportPhoneNumberRequest$, () => ImportPhoneNumberResponse$
];
var ImportWorkspaceMedia$ = [9, n0, _IWM,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/media", 200] }, () => ImportWorkspaceMediaRequest$, () => ImportWorkspaceMediaResponse$
];
var ListAgentStatuses$ = [9, n0, _LAS,
    { [_h]: ["GET", "/agent-status/{InstanceId}", 200] }, () => ListAgentStatusRequest$, () => ListAgentStatusResponse$
];
var ListAnalyticsDataAssociations$ = [9, n0, _LADA,
    { [_h]: ["GET", "/analytics-data/instance/{InstanceId}/association", 200] }, () => ListAnalyticsDataAssociationsRequest$, () => ListAnalyticsDataAssociationsResponse$
];
var ListAnalyticsDataLakeDataSets$ = [9, n0, _LADLDS,
    { [_h]: ["GET", "/analytics-data/instance/{InstanceId}/datasets", 200] }, () => ListAnalyticsDataLakeDataSetsRequest$, () => ListAnalyticsDataLakeDataSetsResponse$
];
var ListApprovedOrigins$ = [9, n0, _LAO,
    { [_h]: ["GET", "/instance/{InstanceId}/approved-origins", 200] }, () => ListApprovedOriginsRequest$, () => ListApprovedOriginsResponse$
];
var ListAssociatedContacts$ = [9, n0, _LAC,
    { [_h]: ["GET", "/contact/associated/{InstanceId}", 200] }, () => ListAssociatedContactsRequest$, () => ListAssociatedContactsResponse$
];
var ListAttachedFilesConfigurations$ = [9, n0, _LAFC,
    { [_h]: ["GET", "/attached-files-configurations/{InstanceId}", 200] }, () => ListAttachedFilesConfigurationsRequest$, () => ListAttachedFilesConfigurationsResponse$
];
var ListAuthenticationProfiles$ = [9, n0, _LAP,
    { [_h]: ["GET", "/authentication-profiles-summary/{InstanceId}", 200] }, () => ListAuthenticationProfilesRequest$, () => ListAuthenticationProfilesResponse$
];
var ListBots$ = [9, n0, _LBi,
    { [_h]: ["GET", "/instance/{InstanceId}/bots", 200] }, () => ListBotsRequest$, () => ListBotsResponse$
];
var ListChildHoursOfOperations$ = [9, n0, _LCHOO,
    { [_h]: ["GET", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/hours", 200] }, () => ListChildHoursOfOperationsRequest$, () => ListChildHoursOfOperationsResponse$
];
var ListContactEvaluations$ = [9, n0, _LCE,
    { [_h]: ["GET", "/contact-evaluations/{InstanceId}", 200] }, () => ListContactEvaluationsRequest$, () => ListContactEvaluationsResponse$
];
var ListContactFlowModuleAliases$ = [9, n0, _LCFMA,
    { [_h]: ["GET", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/aliases", 200] }, () => ListContactFlowModuleAliasesRequest$, () => ListContactFlowModuleAliasesResponse$
];
var ListContactFlowModules$ = [9, n0, _LCFM,
    { [_h]: ["GET", "/contact-flow-modules-summary/{InstanceId}", 200] }, () => ListContactFlowModulesRequest$, () => ListContactFlowModulesResponse$
];
var ListContactFlowModuleVersions$ = [9, n0, _LCFMV,
    { [_h]: ["GET", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/versions", 200] }, () => ListContactFlowModuleVersionsRequest$, () => ListContactFlowModuleVersionsResponse$
];
var ListContactFlows$ = [9, n0, _LCF,
    { [_h]: ["GET", "/contact-flows-summary/{InstanceId}", 200] }, () => ListContactFlowsRequest$, () => ListContactFlowsResponse$
];
var ListContactFlowVersions$ = [9, n0, _LCFV,
    { [_h]: ["GET", "/contact-flows/{InstanceId}/{ContactFlowId}/versions", 200] }, () => ListContactFlowVersionsRequest$, () => ListContactFlowVersionsResponse$
];
var ListContactReferences$ = [9, n0, _LCR,
    { [_h]: ["GET", "/contact/references/{InstanceId}/{ContactId}", 200] }, () => ListContactReferencesRequest$, () => ListContactReferencesResponse$
];
var ListDataTableAttributes$ = [9, n0, _LDTA,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/attributes", 200] }, () => ListDataTableAttributesRequest$, () => ListDataTableAttributesResponse$
];
var ListDataTablePrimaryValues$ = [9, n0, _LDTPV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/list-primary", 200] }, () => ListDataTablePrimaryValuesRequest$, () => ListDataTablePrimaryValuesResponse$
];
var ListDataTables$ = [9, n0, _LDT,
    { [_h]: ["GET", "/data-tables/{InstanceId}", 200] }, () => ListDataTablesRequest$, () => ListDataTablesResponse$
];
var ListDataTableValues$ = [9, n0, _LDTV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/list", 200] }, () => ListDataTableValuesRequest$, () => ListDataTableValuesResponse$
];
var ListDefaultVocabularies$ = [9, n0, _LDV,
    { [_h]: ["POST", "/default-vocabulary-summary/{InstanceId}", 200] }, () => ListDefaultVocabulariesRequest$, () => ListDefaultVocabulariesResponse$
];
var ListEntitySecurityProfiles$ = [9, n0, _LESP,
    { [_h]: ["POST", "/entity-security-profiles-summary/{InstanceId}", 200] }, () => ListEntitySecurityProfilesRequest$, () => ListEntitySecurityProfilesResponse$
];
var ListEvaluationFormAIVersions$ = [9, n0, _LEFAIV,
    { [_h]: ["GET", "/instances/{InstanceId}/evaluation-form-ai-versions", 200] }, () => ListEvaluationFormAIVersionsRequest$, () => ListEvaluationFormAIVersionsResponse$
];
var ListEvaluationForms$ = [9, n0, _LEF,
    { [_h]: ["GET", "/evaluation-forms/{InstanceId}", 200] }, () => ListEvaluationFormsRequest$, () => ListEvaluationFormsResponse$
];
var ListEvaluationFormVersions$ = [9, n0, _LEFV,
    { [_h]: ["GET", "/evaluation-forms/{InstanceId}/{EvaluationFormId}/versions", 200] }, () => ListEvaluationFormVersionsRequest$, () => ListEvaluationFormVersionsResponse$
];
var ListExtractionDefinitions$ = [9, n0, _LED,
    { [_h]: ["GET", "/extraction-definitions/{InstanceId}", 200] }, () => ListExtractionDefinitionsRequest$, () => ListExtractionDefinitionsResponse$
];
var ListFlowAssociations$ = [9, n0, _LFA,
    { [_h]: ["GET", "/flow-associations-summary/{InstanceId}", 200] }, () => ListFlowAssociationsRequest$, () => ListFlowAssociationsResponse$
];
var ListHoursOfOperationOverrides$ = [9, n0, _LHOOO,
    { [_h]: ["GET", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/overrides", 200] }, () => ListHoursOfOperationOverridesRequest$, () => ListHoursOfOperationOverridesResponse$
];
var ListHoursOfOperations$ = [9, n0, _LHOO,
    { [_h]: ["GET", "/hours-of-operations-summary/{InstanceId}", 200] }, () => ListHoursOfOperationsRequest$, () => ListHoursOfOperationsResponse$
];
var ListInstanceAttributes$ = [9, n0, _LIA,
    { [_h]: ["GET", "/instance/{InstanceId}/attributes", 200] }, () => ListInstanceAttributesRequest$, () => ListInstanceAttributesResponse$
];
var ListInstances$ = [9, n0, _LIi,
    { [_h]: ["GET", "/instance", 200] }, () => ListInstancesRequest$, () => ListInstancesResponse$
];
var ListInstanceStorageConfigs$ = [9, n0, _LISC,
    { [_h]: ["GET", "/instance/{InstanceId}/storage-configs", 200] }, () => ListInstanceStorageConfigsRequest$, () => ListInstanceStorageConfigsResponse$
];
var ListIntegrationAssociations$ = [9, n0, _LIAi,
    { [_h]: ["GET", "/instance/{InstanceId}/integration-associations", 200] }, () => ListIntegrationAssociationsRequest$, () => ListIntegrationAssociationsResponse$
];
var ListLambdaFunctions$ = [9, n0, _LLF,
    { [_h]: ["GET", "/instance/{InstanceId}/lambda-functions", 200] }, () => ListLambdaFunctionsRequest$, () => ListLambdaFunctionsResponse$
];
var ListLexBots$ = [9, n0, _LLB,
    { [_h]: ["GET", "/instance/{InstanceId}/lex-bots", 200] }, () => ListLexBotsRequest$, () => ListLexBotsResponse$
];
var ListMetrics$ = [9, n0, _LM,
    { [_h]: ["GET", "/metrics/definitions/{InstanceId}", 200] }, () => ListMetricsRequest$, () => ListMetricsResponse$
];
var ListNotifications$ = [9, n0, _LNi,
    { [_h]: ["GET", "/notifications/{InstanceId}", 200] }, () => ListNotificationsRequest$, () => ListNotificationsResponse$
];
var ListPhoneNumbers$ = [9, n0, _LPN,
    { [_h]: ["GET", "/phone-numbers-summary/{InstanceId}", 200] }, () => ListPhoneNumbersRequest$, () => ListPhoneNumbersResponse$
];
var ListPhoneNumbersV2$ = [9, n0, _LPNV,
    { [_h]: ["POST", "/phone-number/list", 200] }, () => ListPhoneNumbersV2Request$, () => ListPhoneNumbersV2Response$
];
var ListPredefinedAttributes$ = [9, n0, _LPA,
    { [_h]: ["GET", "/predefined-attributes/{InstanceId}", 200] }, () => ListPredefinedAttributesRequest$, () => ListPredefinedAttributesResponse$
];
var ListPrompts$ = [9, n0, _LP,
    { [_h]: ["GET", "/prompts-summary/{InstanceId}", 200] }, () => ListPromptsRequest$, () => ListPromptsResponse$
];
var ListQueueEmailAddresses$ = [9, n0, _LQEA,
    { [_h]: ["GET", "/queues/{InstanceId}/{QueueId}/email-addresses", 200] }, () => ListQueueEmailAddressesRequest$, () => ListQueueEmailAddressesResponse$
];
var ListQueueQuickConnects$ = [9, n0, _LQQC,
    { [_h]: ["GET", "/queues/{InstanceId}/{QueueId}/quick-connects", 200] }, () => ListQueueQuickConnectsRequest$, () => ListQueueQuickConnectsResponse$
];
var ListQueues$ = [9, n0, _LQ,
    { [_h]: ["GET", "/queues-summary/{InstanceId}", 200] }, () => ListQueuesRequest$, () => ListQueuesResponse$
];
var ListQuickConnects$ = [9, n0, _LQC,
    { [_h]: ["GET", "/quick-connects/{InstanceId}", 200] }, () => ListQuickConnectsRequest$, () => ListQuickConnectsResponse$
];
var ListRealtimeContactAnalysisSegmentsV2$ = [9, n0, _LRCASV,
    { [_h]: ["POST", "/contact/list-real-time-analysis-segments-v2/{InstanceId}/{ContactId}", 200] }, () => ListRealtimeContactAnalysisSegmentsV2Request$, () => ListRealtimeContactAnalysisSegmentsV2Response$
];
var ListRoutingProfileManualAssignmentQueues$ = [9, n0, _LRPMAQ,
    { [_h]: ["GET", "/routing-profiles/{InstanceId}/{RoutingProfileId}/manual-assignment-queues", 200] }, () => ListRoutingProfileManualAssignmentQueuesRequest$, () => ListRoutingProfileManualAssignmentQueuesResponse$
];
var ListRoutingProfileQueues$ = [9, n0, _LRPQ,
    { [_h]: ["GET", "/routing-profiles/{InstanceId}/{RoutingProfileId}/queues", 200] }, () => ListRoutingProfileQueuesRequest$, () => ListRoutingProfileQueuesResponse$
];
var ListRoutingProfiles$ = [9, n0, _LRP,
    { [_h]: ["GET", "/routing-profiles-summary/{InstanceId}", 200] }, () => ListRoutingProfilesRequest$, () => ListRoutingProfilesResponse$
];
var ListRules$ = [9, n0, _LRi,
    { [_h]: ["GET", "/rules/{InstanceId}", 200] }, () => ListRulesRequest$, () => ListRulesResponse$
];
var ListSecurityKeys$ = [9, n0, _LSK,
    { [_h]: ["GET", "/instance/{InstanceId}/security-keys", 200] }, () => ListSecurityKeysRequest$, () => ListSecurityKeysResponse$
];
var ListSecurityProfileAIAgents$ = [9, n0, _LSPAIA,
    { [_h]: ["GET", "/security-profiles-ai-agents/{InstanceId}/{SecurityProfileId}", 200] }, () => ListSecurityProfileAIAgentsRequest$, () => ListSecurityProfileAIAgentsResponse$
];
var ListSecurityProfileApplications$ = [9, n0, _LSPA,
    { [_h]: ["GET", "/security-profiles-applications/{InstanceId}/{SecurityProfileId}", 200] }, () => ListSecurityProfileApplicationsRequest$, () => ListSecurityProfileApplicationsResponse$
];
var ListSecurityProfileFlowModules$ = [9, n0, _LSPFM,
    { [_h]: ["GET", "/security-profiles-flow-modules/{InstanceId}/{SecurityProfileId}", 200] }, () => ListSecurityProfileFlowModulesRequest$, () => ListSecurityProfileFlowModulesResponse$
];
var ListSecurityProfilePermissions$ = [9, n0, _LSPP,
    { [_h]: ["GET", "/security-profiles-permissions/{InstanceId}/{SecurityProfileId}", 200] }, () => ListSecurityProfilePermissionsRequest$, () => ListSecurityProfilePermissionsResponse$
];
var ListSecurityProfiles$ = [9, n0, _LSP,
    { [_h]: ["GET", "/security-profiles-summary/{InstanceId}", 200] }, () => ListSecurityProfilesRequest$, () => ListSecurityProfilesResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{resourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListTaskTemplates$ = [9, n0, _LTT,
    { [_h]: ["GET", "/instance/{InstanceId}/task/template", 200] }, () => ListTaskTemplatesRequest$, () => ListTaskTemplatesResponse$
];
var ListTestCaseExecutionRecords$ = [9, n0, _LTCERis,
    { [_h]: ["GET", "/test-cases/{InstanceId}/{TestCaseId}/{TestCaseExecutionId}/records", 200] }, () => ListTestCaseExecutionRecordsRequest$, () => ListTestCaseExecutionRecordsResponse$
];
var ListTestCaseExecutions$ = [9, n0, _LTCE,
    { [_h]: ["GET", "/test-case-executions/{InstanceId}", 200] }, () => ListTestCaseExecutionsRequest$, () => ListTestCaseExecutionsResponse$
];
var ListTestCases$ = [9, n0, _LTC,
    { [_h]: ["GET", "/test-cases-summary/{InstanceId}", 200] }, () => ListTestCasesRequest$, () => ListTestCasesResponse$
];
var ListTrafficDistributionGroups$ = [9, n0, _LTDG,
    { [_h]: ["GET", "/traffic-distribution-groups", 200] }, () => ListTrafficDistributionGroupsRequest$, () => ListTrafficDistributionGroupsResponse$
];
var ListTrafficDistributionGroupUsers$ = [9, n0, _LTDGU,
    { [_h]: ["GET", "/traffic-distribution-group/{TrafficDistributionGroupId}/user", 200] }, () => ListTrafficDistributionGroupUsersRequest$, () => ListTrafficDistributionGroupUsersResponse$
];
var ListUseCases$ = [9, n0, _LUC,
    { [_h]: ["GET", "/instance/{InstanceId}/integration-associations/{IntegrationAssociationId}/use-cases", 200] }, () => ListUseCasesRequest$, () => ListUseCasesResponse$
];
var ListUserHierarchyGroups$ = [9, n0, _LUHG,
    { [_h]: ["GET", "/user-hierarchy-groups-summary/{InstanceId}", 200] }, () => ListUserHierarchyGroupsRequest$, () => ListUserHierarchyGroupsResponse$
];
var ListUserNotifications$ = [9, n0, _LUN,
    { [_h]: ["GET", "/users/{InstanceId}/{UserId}/notifications", 200] }, () => ListUserNotificationsRequest$, () => ListUserNotificationsResponse$
];
var ListUserProficiencies$ = [9, n0, _LUP,
    { [_h]: ["GET", "/users/{InstanceId}/{UserId}/proficiencies", 200] }, () => ListUserProficienciesRequest$, () => ListUserProficienciesResponse$
];
var ListUsers$ = [9, n0, _LU,
    { [_h]: ["GET", "/users-summary/{InstanceId}", 200] }, () => ListUsersRequest$, () => ListUsersResponse$
];
var ListViews$ = [9, n0, _LVi,
    { [_h]: ["GET", "/views/{InstanceId}", 200] }, () => ListViewsRequest$, () => ListViewsResponse$
];
var ListViewVersions$ = [9, n0, _LVV,
    { [_h]: ["GET", "/views/{InstanceId}/{ViewId}/versions", 200] }, () => ListViewVersionsRequest$, () => ListViewVersionsResponse$
];
var ListWorkspaceMedia$ = [9, n0, _LWM,
    { [_h]: ["GET", "/workspaces/{InstanceId}/{WorkspaceId}/media", 200] }, () => ListWorkspaceMediaRequest$, () => ListWorkspaceMediaResponse$
];
var ListWorkspacePages$ = [9, n0, _LWP,
    { [_h]: ["GET", "/workspaces/{InstanceId}/{WorkspaceId}/pages", 200] }, () => ListWorkspacePagesRequest$, () => ListWorkspacePagesResponse$
];
var ListWorkspaces$ = [9, n0, _LW,
    { [_h]: ["GET", "/workspaces/{InstanceId}", 200] }, () => ListWorkspacesRequest$, () => ListWorkspacesResponse$
];
var MonitorContact$ = [9, n0, _MCo,
    { [_h]: ["POST", "/contact/monitor", 200] }, () => MonitorContactRequest$, () => MonitorContactResponse$
];
var PauseContact$ = [9, n0, _PCau,
    { [_h]: ["POST", "/contact/pause", 200] }, () => PauseContactRequest$, () => PauseContactResponse$
];
var PutUserStatus$ = [9, n0, _PUS,
    { [_h]: ["PUT", "/users/{InstanceId}/{UserId}/status", 200] }, () => PutUserStatusRequest$, () => PutUserStatusResponse$
];
var ReleasePhoneNumber$ = [9, n0, _RPN,
    { [_h]: ["DELETE", "/phone-number/{PhoneNumberId}", 200] }, () => ReleasePhoneNumberRequest$, () => __Unit
];
var ReplicateInstance$ = [9, n0, _RIep,
    { [_h]: ["POST", "/instance/{InstanceId}/replicate", 200] }, () => ReplicateInstanceRequest$, () => ReplicateInstanceResponse$
];
var ResumeContact$ = [9, n0, _RCes,
    { [_h]: ["POST", "/contact/resume", 200] }, () => ResumeContactRequest$, () => ResumeContactResponse$
];
var ResumeContactRecording$ = [9, n0, _RCRes,
    { [_h]: ["POST", "/contact/resume-recording", 200] }, () => ResumeContactRecordingRequest$, () => ResumeContactRecordingResponse$
];
var SearchAgentStatuses$ = [9, n0, _SAS,
    { [_h]: ["POST", "/search-agent-statuses", 200] }, () => SearchAgentStatusesRequest$, () => SearchAgentStatusesResponse$
];
var SearchAvailablePhoneNumbers$ = [9, n0, _SAPN,
    { [_h]: ["POST", "/phone-number/search-available", 200] }, () => SearchAvailablePhoneNumbersRequest$, () => SearchAvailablePhoneNumbersResponse$
];
var SearchContactEvaluations$ = [9, n0, _SCE,
    { [_h]: ["POST", "/search-contact-evaluations", 200] }, () => SearchContactEvaluationsRequest$, () => SearchContactEvaluationsResponse$
];
var SearchContactFlowModules$ = [9, n0, _SCFM,
    { [_h]: ["POST", "/search-contact-flow-modules", 200] }, () => SearchContactFlowModulesRequest$, () => SearchContactFlowModulesResponse$
];
var SearchContactFlows$ = [9, n0, _SCF,
    { [_h]: ["POST", "/search-contact-flows", 200] }, () => SearchContactFlowsRequest$, () => SearchContactFlowsResponse$
];
var SearchContacts$ = [9, n0, _SCear,
    { [_h]: ["POST", "/search-contacts", 200] }, () => SearchContactsRequest$, () => SearchContactsResponse$
];
var SearchDataTables$ = [9, n0, _SDT,
    { [_h]: ["POST", "/search-data-tables", 200] }, () => SearchDataTablesRequest$, () => SearchDataTablesResponse$
];
var SearchEmailAddresses$ = [9, n0, _SEAe,
    { [_h]: ["POST", "/search-email-addresses", 200] }, () => SearchEmailAddressesRequest$, () => SearchEmailAddressesResponse$
];
var SearchEvaluationForms$ = [9, n0, _SEF,
    { [_h]: ["POST", "/search-evaluation-forms", 200] }, () => SearchEvaluationFormsRequest$, () => SearchEvaluationFormsResponse$
];
var SearchHoursOfOperationOverrides$ = [9, n0, _SHOOO,
    { [_h]: ["POST", "/search-hours-of-operation-overrides", 200] }, () => SearchHoursOfOperationOverridesRequest$, () => SearchHoursOfOperationOverridesResponse$
];
var SearchHoursOfOperations$ = [9, n0, _SHOO,
    { [_h]: ["POST", "/search-hours-of-operations", 200] }, () => SearchHoursOfOperationsRequest$, () => SearchHoursOfOperationsResponse$
];
var SearchMetrics$ = [9, n0, _SMe,
    { [_h]: ["POST", "/search-metrics", 200] }, () => SearchMetricsRequest$, () => SearchMetricsResponse$
];
var SearchNotifications$ = [9, n0, _SNe,
    { [_h]: ["POST", "/search-notifications", 200] }, () => SearchNotificationsRequest$, () => SearchNotificationsResponse$
];
var SearchPredefinedAttributes$ = [9, n0, _SPAe,
    { [_h]: ["POST", "/search-predefined-attributes", 200] }, () => SearchPredefinedAttributesRequest$, () => SearchPredefinedAttributesResponse$
];
var SearchPrompts$ = [9, n0, _SPea,
    { [_h]: ["POST", "/search-prompts", 200] }, () => SearchPromptsRequest$, () => SearchPromptsResponse$
];
var SearchQueues$ = [9, n0, _SQ,
    { [_h]: ["POST", "/search-queues", 200] }, () => SearchQueuesRequest$, () => SearchQueuesResponse$
];
var SearchQuickConnects$ = [9, n0, _SQC,
    { [_h]: ["POST", "/search-quick-connects", 200] }, () => SearchQuickConnectsRequest$, () => SearchQuickConnectsResponse$
];
var SearchResourceTags$ = [9, n0, _SRT,
    { [_h]: ["POST", "/search-resource-tags", 200] }, () => SearchResourceTagsRequest$, () => SearchResourceTagsResponse$
];
var SearchRoutingProfiles$ = [9, n0, _SRP,
    { [_h]: ["POST", "/search-routing-profiles", 200] }, () => SearchRoutingProfilesRequest$, () => SearchRoutingProfilesResponse$
];
var SearchRules$ = [9, n0, _SRe,
    { [_h]: ["POST", "/search-rules", 200] }, () => SearchRulesRequest$, () => SearchRulesResponse$
];
var SearchSecurityProfiles$ = [9, n0, _SSP,
    { [_h]: ["POST", "/search-security-profiles", 200] }, () => SearchSecurityProfilesRequest$, () => SearchSecurityProfilesResponse$
];
var SearchTestCases$ = [9, n0, _STC,
    { [_h]: ["POST", "/search-test-cases", 200] }, () => SearchTestCasesRequest$, () => SearchTestCasesResponse$
];
var SearchUserHierarchyGroups$ = [9, n0, _SUHG,
    { [_h]: ["POST", "/search-user-hierarchy-groups", 200] }, () => SearchUserHierarchyGroupsRequest$, () => SearchUserHierarchyGroupsResponse$
];
var SearchUsers$ = [9, n0, _SUe,
    { [_h]: ["POST", "/search-users", 200] }, () => SearchUsersRequest$, () => SearchUsersResponse$
];
var SearchViews$ = [9, n0, _SVe,
    { [_h]: ["POST", "/search-views", 200] }, () => SearchViewsRequest$, () => SearchViewsResponse$
];
var SearchVocabularies$ = [9, n0, _SVea,
    { [_h]: ["POST", "/vocabulary-summary/{InstanceId}", 200] }, () => SearchVocabulariesRequest$, () => SearchVocabulariesResponse$
];
var SearchWorkspaceAssociations$ = [9, n0, _SWA,
    { [_h]: ["POST", "/search-workspace-associations", 200] }, () => SearchWorkspaceAssociationsRequest$, () => SearchWorkspaceAssociationsResponse$
];
var SearchWorkspaces$ = [9, n0, _SW,
    { [_h]: ["POST", "/search-workspaces", 200] }, () => SearchWorkspacesRequest$, () => SearchWorkspacesResponse$
];
var SendChatIntegrationEvent$ = [9, n0, _SCIE,
    { [_h]: ["POST", "/chat-integration-event", 200] }, () => SendChatIntegrationEventRequest$, () => SendChatIntegrationEventResponse$
];
var SendOutboundEmail$ = [9, n0, _SOE,
    { [_h]: ["PUT", "/instance/{InstanceId}/outbound-email", 200] }, () => SendOutboundEmailRequest$, () => SendOutboundEmailResponse$
];
var SendOutboundWebNotification$ = [9, n0, _SOWN,
    { [_h]: ["POST", "/instance/{InstanceId}/outbound-web-notification", 200] }, () => SendOutboundWebNotificationRequest$, () => SendOutboundWebNotificationResponse$
];
var StartAssistantContact$ = [9, n0, _SAC,
    { [_h]: ["PUT", "/contact/assistant", 200] }, () => StartAssistantContactRequest$, () => StartAssistantContactResponse$
];
var StartAttachedFileUpload$ = [9, n0, _SAFU,
    { [_h]: ["PUT", "/attached-files/{InstanceId}", 200] }, () => StartAttachedFileUploadRequest$, () => StartAttachedFileUploadResponse$
];
var StartChatContact$ = [9, n0, _SCCt,
    { [_h]: ["PUT", "/contact/chat", 200] }, () => StartChatContactRequest$, () => StartChatContactResponse$
];
var StartContactConversationalAnalyticsJob$ = [9, n0, _SCCAJ,
    { [_h]: ["POST", "/contact/start-conversational-analytics-job/{InstanceId}/{ContactId}", 200] }, () => StartContactConversationalAnalyticsJobRequest$, () => StartContactConversationalAnalyticsJobResponse$
];
var StartContactEvaluation$ = [9, n0, _SCEt,
    { [_h]: ["PUT", "/contact-evaluations/{InstanceId}", 200] }, () => StartContactEvaluationRequest$, () => StartContactEvaluationResponse$
];
var StartContactMediaProcessing$ = [9, n0, _SCMP,
    { [_h]: ["POST", "/contact/start-contact-media-processing", 200] }, () => StartContactMediaProcessingRequest$, () => StartContactMediaProcessingResponse$
];
var StartContactRecording$ = [9, n0, _SCRta,
    { [_h]: ["POST", "/contact/start-recording", 200] }, () => StartContactRecordingRequest$, () => StartContactRecordingResponse$
];
var StartContactStreaming$ = [9, n0, _SCS,
    { [_h]: ["POST", "/contact/start-streaming", 200] }, () => StartContactStreamingRequest$, () => StartContactStreamingResponse$
];
var StartEmailContact$ = [9, n0, _SEC,
    { [_h]: ["PUT", "/contact/email", 200] }, () => StartEmailContactRequest$, () => StartEmailContactResponse$
];
var StartEvaluationFormValidation$ = [9, n0, _SEFV,
    { [_h]: ["POST", "/evaluation-forms/{InstanceId}/{EvaluationFormId}/validate", 200] }, () => StartEvaluationFormValidationRequest$, () => StartEvaluationFormValidationResponse$
];
var StartOutboundChatContact$ = [9, n0, _SOCC,
    { [_h]: ["PUT", "/contact/outbound-chat", 200] }, () => StartOutboundChatContactRequest$, () => StartOutboundChatContactResponse$
];
var StartOutboundEmailContact$ = [9, n0, _SOEC,
    { [_h]: ["PUT", "/contact/outbound-email", 200] }, () => StartOutboundEmailContactRequest$, () => StartOutboundEmailContactResponse$
];
var StartOutboundVoiceContact$ = [9, n0, _SOVC,
    { [_h]: ["PUT", "/contact/outbound-voice", 200] }, () => StartOutboundVoiceContactRequest$, () => StartOutboundVoiceContactResponse$
];
var StartScreenSharing$ = [9, n0, _SSS,
    { [_h]: ["PUT", "/contact/screen-sharing", 200] }, () => StartScreenSharingRequest$, () => StartScreenSharingResponse$
];
var StartTaskContact$ = [9, n0, _STCt,
    { [_h]: ["PUT", "/contact/task", 200] }, () => StartTaskContactRequest$, () => StartTaskContactResponse$
];
var StartTestCaseExecution$ = [9, n0, _STCE,
    { [_h]: ["PUT", "/test-cases/{InstanceId}/{TestCaseId}/start-execution", 200] }, () => StartTestCaseExecutionRequest$, () => StartTestCaseExecutionResponse$
];
var StartWebRTCContact$ = [9, n0, _SWRTCC,
    { [_h]: ["PUT", "/contact/webrtc", 200] }, () => StartWebRTCContactRequest$, () => StartWebRTCContactResponse$
];
var StopContact$ = [9, n0, _SCtop,
    { [_h]: ["POST", "/contact/stop", 200] }, () => StopContactRequest$, () => StopContactResponse$
];
var StopContactMediaProcessing$ = [9, n0, _SCMPt,
    { [_h]: ["POST", "/contact/stop-contact-media-processing", 200] }, () => StopContactMediaProcessingRequest$, () => StopContactMediaProcessingResponse$
];
var StopContactRecording$ = [9, n0, _SCRtop,
    { [_h]: ["POST", "/contact/stop-recording", 200] }, () => StopContactRecordingRequest$, () => StopContactRecordingResponse$
];
var StopContactStreaming$ = [9, n0, _SCSt,
    { [_h]: ["POST", "/contact/stop-streaming", 200] }, () => StopContactStreamingRequest$, () => StopContactStreamingResponse$
];
var StopTestCaseExecution$ = [9, n0, _STCEt,
    { [_h]: ["POST", "/test-cases/{InstanceId}/{TestCaseId}/{TestCaseExecutionId}/stop-execution", 200] }, () => StopTestCaseExecutionRequest$, () => StopTestCaseExecutionResponse$
];
var SubmitContactEvaluation$ = [9, n0, _SCEu,
    { [_h]: ["POST", "/contact-evaluations/{InstanceId}/{EvaluationId}/submit", 200] }, () => SubmitContactEvaluationRequest$, () => SubmitContactEvaluationResponse$
];
var SuspendContactRecording$ = [9, n0, _SCRu,
    { [_h]: ["POST", "/contact/suspend-recording", 200] }, () => SuspendContactRecordingRequest$, () => SuspendContactRecordingResponse$
];
var TagContact$ = [9, n0, _TCag,
    { [_h]: ["POST", "/contact/tags", 200] }, () => TagContactRequest$, () => TagContactResponse$
];
var TagResource$ = [9, n0, _TRa,
    { [_h]: ["POST", "/tags/{resourceArn}", 200] }, () => TagResourceRequest$, () => __Unit
];
var TransferContact$ = [9, n0, _TCra,
    { [_h]: ["POST", "/contact/transfer", 200] }, () => TransferContactRequest$, () => TransferContactResponse$
];
var UntagContact$ = [9, n0, _UCn,
    { [_h]: ["DELETE", "/contact/tags/{InstanceId}/{ContactId}", 200] }, () => UntagContactRequest$, () => UntagContactResponse$
];
var UntagResource$ = [9, n0, _URn,
    { [_h]: ["DELETE", "/tags/{resourceArn}", 200] }, () => UntagResourceRequest$, () => __Unit
];
var UpdateAgentStatus$ = [9, n0, _UAS,
    { [_h]: ["POST", "/agent-status/{InstanceId}/{AgentStatusId}", 200] }, () => UpdateAgentStatusRequest$, () => __Unit
];
var UpdateAttachedFilesConfiguration$ = [9, n0, _UAFC,
    { [_h]: ["POST", "/attached-files-configurations/{InstanceId}/{AttachmentScope}", 200] }, () => UpdateAttachedFilesConfigurationRequest$, () => UpdateAttachedFilesConfigurationResponse$
];
var UpdateAuthenticationProfile$ = [9, n0, _UAP,
    { [_h]: ["POST", "/authentication-profiles/{InstanceId}/{AuthenticationProfileId}", 200] }, () => UpdateAuthenticationProfileRequest$, () => __Unit
];
var UpdateContact$ = [9, n0, _UCp,
    { [_h]: ["POST", "/contacts/{InstanceId}/{ContactId}", 200] }, () => UpdateContactRequest$, () => UpdateContactResponse$
];
var UpdateContactAttributes$ = [9, n0, _UCApd,
    { [_h]: ["POST", "/contact/attributes", 200] }, () => UpdateContactAttributesRequest$, () => UpdateContactAttributesResponse$
];
var UpdateContactEvaluation$ = [9, n0, _UCE,
    { [_h]: ["POST", "/contact-evaluations/{InstanceId}/{EvaluationId}", 200] }, () => UpdateContactEvaluationRequest$, () => UpdateContactEvaluationResponse$
];
var UpdateContactFlowContent$ = [9, n0, _UCFC,
    { [_h]: ["POST", "/contact-flows/{InstanceId}/{ContactFlowId}/content", 200] }, () => UpdateContactFlowContentRequest$, () => UpdateContactFlowContentResponse$
];
var UpdateContactFlowMetadata$ = [9, n0, _UCFM,
    { [_h]: ["POST", "/contact-flows/{InstanceId}/{ContactFlowId}/metadata", 200] }, () => UpdateContactFlowMetadataRequest$, () => UpdateContactFlowMetadataResponse$
];
var UpdateContactFlowModuleAlias$ = [9, n0, _UCFMA,
    { [_h]: ["POST", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/alias/{AliasId}", 200] }, () => UpdateContactFlowModuleAliasRequest$, () => UpdateContactFlowModuleAliasResponse$
];
var UpdateContactFlowModuleContent$ = [9, n0, _UCFMC,
    { [_h]: ["POST", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/content", 200] }, () => UpdateContactFlowModuleContentRequest$, () => UpdateContactFlowModuleContentResponse$
];
var UpdateContactFlowModuleMetadata$ = [9, n0, _UCFMM,
    { [_h]: ["POST", "/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/metadata", 200] }, () => UpdateContactFlowModuleMetadataRequest$, () => UpdateContactFlowModuleMetadataResponse$
];
var UpdateContactFlowName$ = [9, n0, _UCFN,
    { [_h]: ["POST", "/contact-flows/{InstanceId}/{ContactFlowId}/name", 200] }, () => UpdateContactFlowNameRequest$, () => UpdateContactFlowNameResponse$
];
var UpdateContactRoutingData$ = [9, n0, _UCRD,
    { [_h]: ["POST", "/contacts/{InstanceId}/{ContactId}/routing-data", 200] }, () => UpdateContactRoutingDataRequest$, () => UpdateContactRoutingDataResponse$
];
var UpdateContactSchedule$ = [9, n0, _UCS,
    { [_h]: ["POST", "/contact/schedule", 200] }, () => UpdateContactScheduleRequest$, () => UpdateContactScheduleResponse$
];
var UpdateContactTaskTemplate$ = [9, n0, _UCTT,
    { [_h]: ["POST", "/contact/task-template", 200] }, () => UpdateContactTaskTemplateRequest$, () => UpdateContactTaskTemplateResponse$
];
var UpdateCrossRegionRouting$ = [9, n0, _UCRR,
    { [_h]: ["PUT", "/cross-region-routing/{InstanceId}", 200] }, () => UpdateCrossRegionRoutingRequest$, () => UpdateCrossRegionRoutingResponse$
];
var UpdateDataTableAttribute$ = [9, n0, _UDTA,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/attributes/{AttributeName}", 200] }, () => UpdateDataTableAttributeRequest$, () => UpdateDataTableAttributeResponse$
];
var UpdateDataTableMetadata$ = [9, n0, _UDTM,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}", 200] }, () => UpdateDataTableMetadataRequest$, () => UpdateDataTableMetadataResponse$
];
var UpdateDataTablePrimaryValues$ = [9, n0, _UDTPV,
    { [_h]: ["POST", "/data-tables/{InstanceId}/{DataTableId}/values/update-primary", 200] }, () => UpdateDataTablePrimaryValuesRequest$, () => UpdateDataTablePrimaryValuesResponse$
];
var UpdateEmailAddressMetadata$ = [9, n0, _UEAM,
    { [_h]: ["POST", "/email-addresses/{InstanceId}/{EmailAddressId}", 200] }, () => UpdateEmailAddressMetadataRequest$, () => UpdateEmailAddressMetadataResponse$
];
var UpdateEvaluationForm$ = [9, n0, _UEF,
    { [_h]: ["PUT", "/evaluation-forms/{InstanceId}/{EvaluationFormId}", 200] }, () => UpdateEvaluationFormRequest$, () => UpdateEvaluationFormResponse$
];
var UpdateExtractionDefinition$ = [9, n0, _UED,
    { [_h]: ["PUT", "/extraction-definitions/{InstanceId}/{ExtractionDefinitionId}", 200] }, () => UpdateExtractionDefinitionRequest$, () => UpdateExtractionDefinitionResponse$
];
var UpdateHoursOfOperation$ = [9, n0, _UHOO,
    { [_h]: ["POST", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}", 200] }, () => UpdateHoursOfOperationRequest$, () => __Unit
];
var UpdateHoursOfOperationOverride$ = [9, n0, _UHOOO,
    { [_h]: ["POST", "/hours-of-operations/{InstanceId}/{HoursOfOperationId}/overrides/{HoursOfOperationOverrideId}", 200] }, () => UpdateHoursOfOperationOverrideRequest$, () => __Unit
];
var UpdateInstanceAttribute$ = [9, n0, _UIA,
    { [_h]: ["POST", "/instance/{InstanceId}/attribute/{AttributeType}", 200] }, () => UpdateInstanceAttributeRequest$, () => __Unit
];
var UpdateInstanceStorageConfig$ = [9, n0, _UISC,
    { [_h]: ["POST", "/instance/{InstanceId}/storage-config/{AssociationId}", 200] }, () => UpdateInstanceStorageConfigRequest$, () => __Unit
];
var UpdateMetricContent$ = [9, n0, _UMC,
    { [_h]: ["POST", "/metrics/definitions/{InstanceId}/{MetricId}/content", 200] }, () => UpdateMetricContentRequest$, () => UpdateMetricContentResponse$
];
var UpdateMetricMetadata$ = [9, n0, _UMM,
    { [_h]: ["POST", "/metrics/definitions/{InstanceId}/{MetricId}/metadata", 200] }, () => UpdateMetricMetadataRequest$, () => UpdateMetricMetadataResponse$
];
var UpdateNotificationContent$ = [9, n0, _UNC,
    { [_h]: ["POST", "/notifications/{InstanceId}/{NotificationId}", 200] }, () => UpdateNotificationContentRequest$, () => UpdateNotificationContentResponse$
];
var UpdateParticipantAuthentication$ = [9, n0, _UPA,
    { [_h]: ["POST", "/contact/update-participant-authentication", 200] }, () => UpdateParticipantAuthenticationRequest$, () => UpdateParticipantAuthenticationResponse$
];
var UpdateParticipantRoleConfig$ = [9, n0, _UPRC,
    { [_h]: ["PUT", "/contact/participant-role-config/{InstanceId}/{ContactId}", 200] }, () => UpdateParticipantRoleConfigRequest$, () => UpdateParticipantRoleConfigResponse$
];
var UpdatePhoneNumber$ = [9, n0, _UPN,
    { [_h]: ["PUT", "/phone-number/{PhoneNumberId}", 200] }, () => UpdatePhoneNumberRequest$, () => UpdatePhoneNumberResponse$
];
var UpdatePhoneNumberMetadata$ = [9, n0, _UPNM,
    { [_h]: ["PUT", "/phone-number/{PhoneNumberId}/metadata", 200] }, () => UpdatePhoneNumberMetadataRequest$, () => __Unit
];
var UpdatePredefinedAttribute$ = [9, n0, _UPAp,
    { [_h]: ["POST", "/predefined-attributes/{InstanceId}/{Name}", 200] }, () => UpdatePredefinedAttributeRequest$, () => __Unit
];
var UpdatePrompt$ = [9, n0, _UPp,
    { [_h]: ["POST", "/prompts/{InstanceId}/{PromptId}", 200] }, () => UpdatePromptRequest$, () => UpdatePromptResponse$
];
var UpdateQueueHoursOfOperation$ = [9, n0, _UQHOO,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/hours-of-operation", 200] }, () => UpdateQueueHoursOfOperationRequest$, () => __Unit
];
var UpdateQueueMaxContacts$ = [9, n0, _UQMC,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/max-contacts", 200] }, () => UpdateQueueMaxContactsRequest$, () => __Unit
];
var UpdateQueueName$ = [9, n0, _UQN,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/name", 200] }, () => UpdateQueueNameRequest$, () => __Unit
];
var UpdateQueueOutboundCallerConfig$ = [9, n0, _UQOCC,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/outbound-caller-config", 200] }, () => UpdateQueueOutboundCallerConfigRequest$, () => __Unit
];
var UpdateQueueOutboundEmailConfig$ = [9, n0, _UQOEC,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/outbound-email-config", 200] }, () => UpdateQueueOutboundEmailConfigRequest$, () => __Unit
];
var UpdateQueueStatus$ = [9, n0, _UQS,
    { [_h]: ["POST", "/queues/{InstanceId}/{QueueId}/status", 200] }, () => UpdateQueueStatusRequest$, () => __Unit
];
var UpdateQuickConnectConfig$ = [9, n0, _UQCCp,
    { [_h]: ["POST", "/quick-connects/{InstanceId}/{QuickConnectId}/config", 200] }, () => UpdateQuickConnectConfigRequest$, () => __Unit
];
var UpdateQuickConnectName$ = [9, n0, _UQCN,
    { [_h]: ["POST", "/quick-connects/{InstanceId}/{QuickConnectId}/name", 200] }, () => UpdateQuickConnectNameRequest$, () => __Unit
];
var UpdateRoutingProfileAgentAvailabilityTimer$ = [9, n0, _URPAAT,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/agent-availability-timer", 200] }, () => UpdateRoutingProfileAgentAvailabilityTimerRequest$, () => __Unit
];
var UpdateRoutingProfileConcurrency$ = [9, n0, _URPC,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/concurrency", 200] }, () => UpdateRoutingProfileConcurrencyRequest$, () => __Unit
];
var UpdateRoutingProfileDefaultOutboundQueue$ = [9, n0, _URPDOQ,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/default-outbound-queue", 200] }, () => UpdateRoutingProfileDefaultOutboundQueueRequest$, () => __Unit
];
var UpdateRoutingProfileName$ = [9, n0, _URPN,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/name", 200] }, () => UpdateRoutingProfileNameRequest$, () => __Unit
];
var UpdateRoutingProfileQueues$ = [9, n0, _URPQ,
    { [_h]: ["POST", "/routing-profiles/{InstanceId}/{RoutingProfileId}/queues", 200] }, () => UpdateRoutingProfileQueuesRequest$, () => __Unit
];
var UpdateRule$ = [9, n0, _URp,
    { [_h]: ["PUT", "/rules/{InstanceId}/{RuleId}", 200] }, () => UpdateRuleRequest$, () => __Unit
];
var UpdateSecurityProfile$ = [9, n0, _USP,
    { [_h]: ["POST", "/security-profiles/{InstanceId}/{SecurityProfileId}", 200] }, () => UpdateSecurityProfileRequest$, () => __Unit
];
var UpdateTaskTemplate$ = [9, n0, _UTT,
    { [_h]: ["POST", "/instance/{InstanceId}/task/template/{TaskTemplateId}", 200] }, () => UpdateTaskTemplateRequest$, () => UpdateTaskTemplateResponse$
];
var UpdateTestCase$ = [9, n0, _UTC,
    { [_h]: ["POST", "/test-cases/{InstanceId}/{TestCaseId}", 200] }, () => UpdateTestCaseRequest$, () => UpdateTestCaseResponse$
];
var UpdateTrafficDistribution$ = [9, n0, _UTD,
    { [_h]: ["PUT", "/traffic-distribution/{Id}", 200] }, () => UpdateTrafficDistributionRequest$, () => UpdateTrafficDistributionResponse$
];
var UpdateUserConfig$ = [9, n0, _UUC,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/config", 200] }, () => UpdateUserConfigRequest$, () => __Unit
];
var UpdateUserHierarchy$ = [9, n0, _UUH,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/hierarchy", 200] }, () => UpdateUserHierarchyRequest$, () => __Unit
];
var UpdateUserHierarchyGroupName$ = [9, n0, _UUHGN,
    { [_h]: ["POST", "/user-hierarchy-groups/{InstanceId}/{HierarchyGroupId}/name", 200] }, () => UpdateUserHierarchyGroupNameRequest$, () => __Unit
];
var UpdateUserHierarchyStructure$ = [9, n0, _UUHS,
    { [_h]: ["POST", "/user-hierarchy-structure/{InstanceId}", 200] }, () => UpdateUserHierarchyStructureRequest$, () => __Unit
];
var UpdateUserIdentityInfo$ = [9, n0, _UUII,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/identity-info", 200] }, () => UpdateUserIdentityInfoRequest$, () => __Unit
];
var UpdateUserNotificationStatus$ = [9, n0, _UUNS,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/notifications/{NotificationId}", 200] }, () => UpdateUserNotificationStatusRequest$, () => UpdateUserNotificationStatusResponse$
];
var UpdateUserPhoneConfig$ = [9, n0, _UUPC,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/phone-config", 200] }, () => UpdateUserPhoneConfigRequest$, () => __Unit
];
var UpdateUserProficiencies$ = [9, n0, _UUP,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/proficiencies", 200] }, () => UpdateUserProficienciesRequest$, () => __Unit
];
var UpdateUserRoutingProfile$ = [9, n0, _UURP,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/routing-profile", 200] }, () => UpdateUserRoutingProfileRequest$, () => __Unit
];
var UpdateUserSecurityProfiles$ = [9, n0, _UUSP,
    { [_h]: ["POST", "/users/{InstanceId}/{UserId}/security-profiles", 200] }, () => UpdateUserSecurityProfilesRequest$, () => __Unit
];
var UpdateViewContent$ = [9, n0, _UVC,
    { [_h]: ["POST", "/views/{InstanceId}/{ViewId}", 200] }, () => UpdateViewContentRequest$, () => UpdateViewContentResponse$
];
var UpdateViewMetadata$ = [9, n0, _UVM,
    { [_h]: ["POST", "/views/{InstanceId}/{ViewId}/metadata", 200] }, () => UpdateViewMetadataRequest$, () => UpdateViewMetadataResponse$
];
var UpdateWorkspaceMetadata$ = [9, n0, _UWM,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/metadata", 200] }, () => UpdateWorkspaceMetadataRequest$, () => UpdateWorkspaceMetadataResponse$
];
var UpdateWorkspacePage$ = [9, n0, _UWP,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/pages/{Page}", 200] }, () => UpdateWorkspacePageRequest$, () => UpdateWorkspacePageResponse$
];
var UpdateWorkspaceTheme$ = [9, n0, _UWT,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/theme", 200] }, () => UpdateWorkspaceThemeRequest$, () => UpdateWorkspaceThemeResponse$
];
var UpdateWorkspaceVisibility$ = [9, n0, _UWV,
    { [_h]: ["POST", "/workspaces/{InstanceId}/{WorkspaceId}/visibility", 200] }, () => UpdateWorkspaceVisibilityRequest$, () => UpdateWorkspaceVisibilityResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2017-08-08",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultConnectHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.connect",
            errorTypeRegistries,
            version: "2017-08-08",
            serviceTarget: "AmazonConnectService",
        },
        serviceId: config?.serviceId ?? "Connect",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class ConnectClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultConnectHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AmazonConnectService", "ConnectClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class ActivateEvaluationFormCommand extends command(_ep0, _mw0, "ActivateEvaluationForm", ActivateEvaluationForm$) {
}

class AssociateAnalyticsDataSetCommand extends command(_ep0, _mw0, "AssociateAnalyticsDataSet", AssociateAnalyticsDataSet$) {
}

class AssociateApprovedOriginCommand extends command(_ep0, _mw0, "AssociateApprovedOrigin", AssociateApprovedOrigin$) {
}

class AssociateBotCommand extends command(_ep0, _mw0, "AssociateBot", AssociateBot$) {
}

class AssociateContactWithUserCommand extends command(_ep0, _mw0, "AssociateContactWithUser", AssociateContactWithUser$) {
}

class AssociateDefaultVocabularyCommand extends command(_ep0, _mw0, "AssociateDefaultVocabulary", AssociateDefaultVocabulary$) {
}

class AssociateEmailAddressAliasCommand extends command(_ep0, _mw0, "AssociateEmailAddressAlias", AssociateEmailAddressAlias$) {
}

class AssociateFlowCommand extends command(_ep0, _mw0, "AssociateFlow", AssociateFlow$) {
}

class AssociateHoursOfOperationsCommand extends command(_ep0, _mw0, "AssociateHoursOfOperations", AssociateHoursOfOperations$) {
}

class AssociateInstanceStorageConfigCommand extends command(_ep0, _mw0, "AssociateInstanceStorageConfig", AssociateInstanceStorageConfig$) {
}

class AssociateLambdaFunctionCommand extends command(_ep0, _mw0, "AssociateLambdaFunction", AssociateLambdaFunction$) {
}

class AssociateLexBotCommand extends command(_ep0, _mw0, "AssociateLexBot", AssociateLexBot$) {
}

class AssociatePhoneNumberContactFlowCommand extends command(_ep0, _mw0, "AssociatePhoneNumberContactFlow", AssociatePhoneNumberContactFlow$) {
}

class AssociateQueueEmailAddressesCommand extends command(_ep0, _mw0, "AssociateQueueEmailAddresses", AssociateQueueEmailAddresses$) {
}

class AssociateQueueQuickConnectsCommand extends command(_ep0, _mw0, "AssociateQueueQuickConnects", AssociateQueueQuickConnects$) {
}

class AssociateRoutingProfileQueuesCommand extends command(_ep0, _mw0, "AssociateRoutingProfileQueues", AssociateRoutingProfileQueues$) {
}

class AssociateSecurityKeyCommand extends command(_ep0, _mw0, "AssociateSecurityKey", AssociateSecurityKey$) {
}

class AssociateSecurityProfilesCommand extends command(_ep0, _mw0, "AssociateSecurityProfiles", AssociateSecurityProfiles$) {
}

class AssociateTrafficDistributionGroupUserCommand extends command(_ep0, _mw0, "AssociateTrafficDistributionGroupUser", AssociateTrafficDistributionGroupUser$) {
}

class AssociateUserProficienciesCommand extends command(_ep0, _mw0, "AssociateUserProficiencies", AssociateUserProficiencies$) {
}

class AssociateWorkspaceCommand extends command(_ep0, _mw0, "AssociateWorkspace", AssociateWorkspace$) {
}

class BatchAssociateAnalyticsDataSetCommand extends command(_ep0, _mw0, "BatchAssociateAnalyticsDataSet", BatchAssociateAnalyticsDataSet$) {
}

class BatchCreateDataTableValueCommand extends command(_ep0, _mw0, "BatchCreateDataTableValue", BatchCreateDataTableValue$) {
}

class BatchDeleteDataTableValueCommand extends command(_ep0, _mw0, "BatchDeleteDataTableValue", BatchDeleteDataTableValue$) {
}

class BatchDescribeDataTableValueCommand extends command(_ep0, _mw0, "BatchDescribeDataTableValue", BatchDescribeDataTableValue$) {
}

class BatchDisassociateAnalyticsDataSetCommand extends command(_ep0, _mw0, "BatchDisassociateAnalyticsDataSet", BatchDisassociateAnalyticsDataSet$) {
}

class BatchGetAttachedFileMetadataCommand extends command(_ep0, _mw0, "BatchGetAttachedFileMetadata", BatchGetAttachedFileMetadata$) {
}

class BatchGetFlowAssociationCommand extends command(_ep0, _mw0, "BatchGetFlowAssociation", BatchGetFlowAssociation$) {
}

class BatchPutContactCommand extends command(_ep0, _mw0, "BatchPutContact", BatchPutContact$) {
}

class BatchUpdateDataTableValueCommand extends command(_ep0, _mw0, "BatchUpdateDataTableValue", BatchUpdateDataTableValue$) {
}

class ClaimPhoneNumberCommand extends command(_ep0, _mw0, "ClaimPhoneNumber", ClaimPhoneNumber$) {
}

class CompleteAttachedFileUploadCommand extends command(_ep0, _mw0, "CompleteAttachedFileUpload", CompleteAttachedFileUpload$) {
}

class CreateAgentStatusCommand extends command(_ep0, _mw0, "CreateAgentStatus", CreateAgentStatus$) {
}

class CreateAttachedFileCommand extends command(_ep0, _mw0, "CreateAttachedFile", CreateAttachedFile$) {
}

class CreateAuthCodeCommand extends command(_ep0, _mw0, "CreateAuthCode", CreateAuthCode$) {
}

class CreateContactCommand extends command(_ep0, _mw0, "CreateContact", CreateContact$) {
}

class CreateContactFlowCommand extends command(_ep0, _mw0, "CreateContactFlow", CreateContactFlow$) {
}

class CreateContactFlowModuleAliasCommand extends command(_ep0, _mw0, "CreateContactFlowModuleAlias", CreateContactFlowModuleAlias$) {
}

class CreateContactFlowModuleCommand extends command(_ep0, _mw0, "CreateContactFlowModule", CreateContactFlowModule$) {
}

class CreateContactFlowModuleVersionCommand extends command(_ep0, _mw0, "CreateContactFlowModuleVersion", CreateContactFlowModuleVersion$) {
}

class CreateContactFlowVersionCommand extends command(_ep0, _mw0, "CreateContactFlowVersion", CreateContactFlowVersion$) {
}

class CreateDataTableAttributeCommand extends command(_ep0, _mw0, "CreateDataTableAttribute", CreateDataTableAttribute$) {
}

class CreateDataTableCommand extends command(_ep0, _mw0, "CreateDataTable", CreateDataTable$) {
}

class CreateEmailAddressCommand extends command(_ep0, _mw0, "CreateEmailAddress", CreateEmailAddress$) {
}

class CreateEvaluationFormCommand extends command(_ep0, _mw0, "CreateEvaluationForm", CreateEvaluationForm$) {
}

class CreateExtractionDefinitionCommand extends command(_ep0, _mw0, "CreateExtractionDefinition", CreateExtractionDefinition$) {
}

class CreateHoursOfOperationCommand extends command(_ep0, _mw0, "CreateHoursOfOperation", CreateHoursOfOperation$) {
}

class CreateHoursOfOperationOverrideCommand extends command(_ep0, _mw0, "CreateHoursOfOperationOverride", CreateHoursOfOperationOverride$) {
}

class CreateInstanceCommand extends command(_ep0, _mw0, "CreateInstance", CreateInstance$) {
}

class CreateIntegrationAssociationCommand extends command(_ep0, _mw0, "CreateIntegrationAssociation", CreateIntegrationAssociation$) {
}

class CreateMetricCommand extends command(_ep0, _mw0, "CreateMetric", CreateMetric$) {
}

class CreateNotificationCommand extends command(_ep0, _mw0, "CreateNotification", CreateNotification$) {
}

class CreateParticipantCommand extends command(_ep0, _mw0, "CreateParticipant", CreateParticipant$) {
}

class CreatePersistentContactAssociationCommand extends command(_ep0, _mw0, "CreatePersistentContactAssociation", CreatePersistentContactAssociation$) {
}

class CreatePredefinedAttributeCommand extends command(_ep0, _mw0, "CreatePredefinedAttribute", CreatePredefinedAttribute$) {
}

class CreatePromptCommand extends command(_ep0, _mw0, "CreatePrompt", CreatePrompt$) {
}

class CreatePushNotificationRegistrationCommand extends command(_ep0, _mw0, "CreatePushNotificationRegistration", CreatePushNotificationRegistration$) {
}

class CreateQueueCommand extends command(_ep0, _mw0, "CreateQueue", CreateQueue$) {
}

class CreateQuickConnectCommand extends command(_ep0, _mw0, "CreateQuickConnect", CreateQuickConnect$) {
}

class CreateRoutingProfileCommand extends command(_ep0, _mw0, "CreateRoutingProfile", CreateRoutingProfile$) {
}

class CreateRuleCommand extends command(_ep0, _mw0, "CreateRule", CreateRule$) {
}

class CreateSecurityProfileCommand extends command(_ep0, _mw0, "CreateSecurityProfile", CreateSecurityProfile$) {
}

class CreateTaskTemplateCommand extends command(_ep0, _mw0, "CreateTaskTemplate", CreateTaskTemplate$) {
}

class CreateTestCaseCommand extends command(_ep0, _mw0, "CreateTestCase", CreateTestCase$) {
}

class CreateTrafficDistributionGroupCommand extends command(_ep0, _mw0, "CreateTrafficDistributionGroup", CreateTrafficDistributionGroup$) {
}

class CreateUseCaseCommand extends command(_ep0, _mw0, "CreateUseCase", CreateUseCase$) {
}

class CreateUserCommand extends command(_ep0, _mw0, "CreateUser", CreateUser$) {
}

class CreateUserHierarchyGroupCommand extends command(_ep0, _mw0, "CreateUserHierarchyGroup", CreateUserHierarchyGroup$) {
}

class CreateViewCommand extends command(_ep0, _mw0, "CreateView", CreateView$) {
}

class CreateViewVersionCommand extends command(_ep0, _mw0, "CreateViewVersion", CreateViewVersion$) {
}

class CreateVocabularyCommand extends command(_ep0, _mw0, "CreateVocabulary", CreateVocabulary$) {
}

class CreateWorkspaceCommand extends command(_ep0, _mw0, "CreateWorkspace", CreateWorkspace$) {
}

class CreateWorkspacePageCommand extends command(_ep0, _mw0, "CreateWorkspacePage", CreateWorkspacePage$) {
}

class DeactivateEvaluationFormCommand extends command(_ep0, _mw0, "DeactivateEvaluationForm", DeactivateEvaluationForm$) {
}

class DeleteAttachedFileCommand extends command(_ep0, _mw0, "DeleteAttachedFile", DeleteAttachedFile$) {
}

class DeleteContactDataCommand extends command(_ep0, _mw0, "DeleteContactData", DeleteContactData$) {
}

class DeleteContactEvaluationCommand extends command(_ep0, _mw0, "DeleteContactEvaluation", DeleteContactEvaluation$) {
}

class DeleteContactFlowCommand extends command(_ep0, _mw0, "DeleteContactFlow", DeleteContactFlow$) {
}

class DeleteContactFlowModuleAliasCommand extends command(_ep0, _mw0, "DeleteContactFlowModuleAlias", DeleteContactFlowModuleAlias$) {
}

class DeleteContactFlowModuleCommand extends command(_ep0, _mw0, "DeleteContactFlowModule", DeleteContactFlowModule$) {
}

class DeleteContactFlowModuleVersionCommand extends command(_ep0, _mw0, "DeleteContactFlowModuleVersion", DeleteContactFlowModuleVersion$) {
}

class DeleteContactFlowVersionCommand extends command(_ep0, _mw0, "DeleteContactFlowVersion", DeleteContactFlowVersion$) {
}

class DeleteDataTableAttributeCommand extends command(_ep0, _mw0, "DeleteDataTableAttribute", DeleteDataTableAttribute$) {
}

class DeleteDataTableCommand extends command(_ep0, _mw0, "DeleteDataTable", DeleteDataTable$) {
}

class DeleteEmailAddressCommand extends command(_ep0, _mw0, "DeleteEmailAddress", DeleteEmailAddress$) {
}

class DeleteEvaluationFormCommand extends command(_ep0, _mw0, "DeleteEvaluationForm", DeleteEvaluationForm$) {
}

class DeleteExtractionDefinitionCommand extends command(_ep0, _mw0, "DeleteExtractionDefinition", DeleteExtractionDefinition$) {
}

class DeleteHoursOfOperationCommand extends command(_ep0, _mw0, "DeleteHoursOfOperation", DeleteHoursOfOperation$) {
}

class DeleteHoursOfOperationOverrideCommand extends command(_ep0, _mw0, "DeleteHoursOfOperationOverride", DeleteHoursOfOperationOverride$) {
}

class DeleteInstanceCommand extends command(_ep0, _mw0, "DeleteInstance", DeleteInstance$) {
}

class DeleteIntegrationAssociationCommand extends command(_ep0, _mw0, "DeleteIntegrationAssociation", DeleteIntegrationAssociation$) {
}

class DeleteMetricCommand extends command(_ep0, _mw0, "DeleteMetric", DeleteMetric$) {
}

class DeleteNotificationCommand extends command(_ep0, _mw0, "DeleteNotification", DeleteNotification$) {
}

class DeletePredefinedAttributeCommand extends command(_ep0, _mw0, "DeletePredefinedAttribute", DeletePredefinedAttribute$) {
}

class DeletePromptCommand extends command(_ep0, _mw0, "DeletePrompt", DeletePrompt$) {
}

class DeletePushNotificationRegistrationCommand extends command(_ep0, _mw0, "DeletePushNotificationRegistration", DeletePushNotificationRegistration$) {
}

class DeleteQueueCommand extends command(_ep0, _mw0, "DeleteQueue", DeleteQueue$) {
}

class DeleteQuickConnectCommand extends command(_ep0, _mw0, "DeleteQuickConnect", DeleteQuickConnect$) {
}

class DeleteRoutingProfileCommand extends command(_ep0, _mw0, "DeleteRoutingProfile", DeleteRoutingProfile$) {
}

class DeleteRuleCommand extends command(_ep0, _mw0, "DeleteRule", DeleteRule$) {
}

class DeleteSecurityProfileCommand extends command(_ep0, _mw0, "DeleteSecurityProfile", DeleteSecurityProfile$) {
}

class DeleteSessionCommand extends command(_ep0, _mw0, "DeleteSession", DeleteSession$) {
}

class DeleteTaskTemplateCommand extends command(_ep0, _mw0, "DeleteTaskTemplate", DeleteTaskTemplate$) {
}

class DeleteTestCaseCommand extends command(_ep0, _mw0, "DeleteTestCase", DeleteTestCase$) {
}

class DeleteTrafficDistributionGroupCommand extends command(_ep0, _mw0, "DeleteTrafficDistributionGroup", DeleteTrafficDistributionGroup$) {
}

class DeleteUseCaseCommand extends command(_ep0, _mw0, "DeleteUseCase", DeleteUseCase$) {
}

class DeleteUserCommand extends command(_ep0, _mw0, "DeleteUser", DeleteUser$) {
}

class DeleteUserHierarchyGroupCommand extends command(_ep0, _mw0, "DeleteUserHierarchyGroup", DeleteUserHierarchyGroup$) {
}

class DeleteViewCommand extends command(_ep0, _mw0, "DeleteView", DeleteView$) {
}

class DeleteViewVersionCommand extends command(_ep0, _mw0, "DeleteViewVersion", DeleteViewVersion$) {
}

class DeleteVocabularyCommand extends command(_ep0, _mw0, "DeleteVocabulary", DeleteVocabulary$) {
}

class DeleteWorkspaceCommand extends command(_ep0, _mw0, "DeleteWorkspace", DeleteWorkspace$) {
}

class DeleteWorkspaceMediaCommand extends command(_ep0, _mw0, "DeleteWorkspaceMedia", DeleteWorkspaceMedia$) {
}

class DeleteWorkspacePageCommand extends command(_ep0, _mw0, "DeleteWorkspacePage", DeleteWorkspacePage$) {
}

class DescribeAgentStatusCommand extends command(_ep0, _mw0, "DescribeAgentStatus", DescribeAgentStatus$) {
}

class DescribeAttachedFilesConfigurationCommand extends command(_ep0, _mw0, "DescribeAttachedFilesConfiguration", DescribeAttachedFilesConfiguration$) {
}

class DescribeAuthenticationProfileCommand extends command(_ep0, _mw0, "DescribeAuthenticationProfile", DescribeAuthenticationProfile$) {
}

class DescribeContactCommand extends command(_ep0, _mw0, "DescribeContact", DescribeContact$) {
}

class DescribeContactEvaluationCommand extends command(_ep0, _mw0, "DescribeContactEvaluation", DescribeContactEvaluation$) {
}

class DescribeContactFlowCommand extends command(_ep0, _mw0, "DescribeContactFlow", DescribeContactFlow$) {
}

class DescribeContactFlowModuleAliasCommand extends command(_ep0, _mw0, "DescribeContactFlowModuleAlias", DescribeContactFlowModuleAlias$) {
}

class DescribeContactFlowModuleCommand extends command(_ep0, _mw0, "DescribeContactFlowModule", DescribeContactFlowModule$) {
}

class DescribeDataTableAttributeCommand extends command(_ep0, _mw0, "DescribeDataTableAttribute", DescribeDataTableAttribute$) {
}

class DescribeDataTableCommand extends command(_ep0, _mw0, "DescribeDataTable", DescribeDataTable$) {
}

class DescribeEmailAddressCommand extends command(_ep0, _mw0, "DescribeEmailAddress", DescribeEmailAddress$) {
}

class DescribeEvaluationFormCommand extends command(_ep0, _mw0, "DescribeEvaluationForm", DescribeEvaluationForm$) {
}

class DescribeExtractionDefinitionCommand extends command(_ep0, _mw0, "DescribeExtractionDefinition", DescribeExtractionDefinition$) {
}

class DescribeHoursOfOperationCommand extends command(_ep0, _mw0, "DescribeHoursOfOperation", DescribeHoursOfOperation$) {
}

class DescribeHoursOfOperationOverrideCommand extends command(_ep0, _mw0, "DescribeHoursOfOperationOverride", DescribeHoursOfOperationOverride$) {
}

class DescribeInstanceAttributeCommand extends command(_ep0, _mw0, "DescribeInstanceAttribute", DescribeInstanceAttribute$) {
}

class DescribeInstanceCommand extends command(_ep0, _mw0, "DescribeInstance", DescribeInstance$) {
}

class DescribeInstanceStorageConfigCommand extends command(_ep0, _mw0, "DescribeInstanceStorageConfig", DescribeInstanceStorageConfig$) {
}

class DescribeMetricCommand extends command(_ep0, _mw0, "DescribeMetric", DescribeMetric$) {
}

class DescribeNotificationCommand extends command(_ep0, _mw0, "DescribeNotification", DescribeNotification$) {
}

class DescribePhoneNumberCommand extends command(_ep0, _mw0, "DescribePhoneNumber", DescribePhoneNumber$) {
}

class DescribePredefinedAttributeCommand extends command(_ep0, _mw0, "DescribePredefinedAttribute", DescribePredefinedAttribute$) {
}

class DescribePromptCommand extends command(_ep0, _mw0, "DescribePrompt", DescribePrompt$) {
}

class DescribeQueueCommand extends command(_ep0, _mw0, "DescribeQueue", DescribeQueue$) {
}

class DescribeQuickConnectCommand extends command(_ep0, _mw0, "DescribeQuickConnect", DescribeQuickConnect$) {
}

class DescribeRoutingProfileCommand extends command(_ep0, _mw0, "DescribeRoutingProfile", DescribeRoutingProfile$) {
}

class DescribeRuleCommand extends command(_ep0, _mw0, "DescribeRule", DescribeRule$) {
}

class DescribeSecurityProfileCommand extends command(_ep0, _mw0, "DescribeSecurityProfile", DescribeSecurityProfile$) {
}

class DescribeTestCaseCommand extends command(_ep0, _mw0, "DescribeTestCase", DescribeTestCase$) {
}

class DescribeTrafficDistributionGroupCommand extends command(_ep0, _mw0, "DescribeTrafficDistributionGroup", DescribeTrafficDistributionGroup$) {
}

class DescribeUserCommand extends command(_ep0, _mw0, "DescribeUser", DescribeUser$) {
}

class DescribeUserHierarchyGroupCommand extends command(_ep0, _mw0, "DescribeUserHierarchyGroup", DescribeUserHierarchyGroup$) {
}

class DescribeUserHierarchyStructureCommand extends command(_ep0, _mw0, "DescribeUserHierarchyStructure", DescribeUserHierarchyStructure$) {
}

class DescribeViewCommand extends command(_ep0, _mw0, "DescribeView", DescribeView$) {
}

class DescribeVocabularyCommand extends command(_ep0, _mw0, "DescribeVocabulary", DescribeVocabulary$) {
}

class DescribeWorkspaceCommand extends command(_ep0, _mw0, "DescribeWorkspace", DescribeWorkspace$) {
}

class DisassociateAnalyticsDataSetCommand extends command(_ep0, _mw0, "DisassociateAnalyticsDataSet", DisassociateAnalyticsDataSet$) {
}

class DisassociateApprovedOriginCommand extends command(_ep0, _mw0, "DisassociateApprovedOrigin", DisassociateApprovedOrigin$) {
}

class DisassociateBotCommand extends command(_ep0, _mw0, "DisassociateBot", DisassociateBot$) {
}

class DisassociateEmailAddressAliasCommand extends command(_ep0, _mw0, "DisassociateEmailAddressAlias", DisassociateEmailAddressAlias$) {
}

class DisassociateFlowCommand extends command(_ep0, _mw0, "DisassociateFlow", DisassociateFlow$) {
}

class DisassociateHoursOfOperationsCommand extends command(_ep0, _mw0, "DisassociateHoursOfOperations", DisassociateHoursOfOperations$) {
}

class DisassociateInstanceStorageConfigCommand extends command(_ep0, _mw0, "DisassociateInstanceStorageConfig", DisassociateInstanceStorageConfig$) {
}

class DisassociateLambdaFunctionCommand extends command(_ep0, _mw0, "DisassociateLambdaFunction", DisassociateLambdaFunction$) {
}

class DisassociateLexBotCommand extends command(_ep0, _mw0, "DisassociateLexBot", DisassociateLexBot$) {
}

class DisassociatePhoneNumberContactFlowCommand extends command(_ep0, _mw0, "DisassociatePhoneNumberContactFlow", DisassociatePhoneNumberContactFlow$) {
}

class DisassociateQueueEmailAddressesCommand extends command(_ep0, _mw0, "DisassociateQueueEmailAddresses", DisassociateQueueEmailAddresses$) {
}

class DisassociateQueueQuickConnectsCommand extends command(_ep0, _mw0, "DisassociateQueueQuickConnects", DisassociateQueueQuickConnects$) {
}

class DisassociateRoutingProfileQueuesCommand extends command(_ep0, _mw0, "DisassociateRoutingProfileQueues", DisassociateRoutingProfileQueues$) {
}

class DisassociateSecurityKeyCommand extends command(_ep0, _mw0, "DisassociateSecurityKey", DisassociateSecurityKey$) {
}

class DisassociateSecurityProfilesCommand extends command(_ep0, _mw0, "DisassociateSecurityProfiles", DisassociateSecurityProfiles$) {
}

class DisassociateTrafficDistributionGroupUserCommand extends command(_ep0, _mw0, "DisassociateTrafficDistributionGroupUser", DisassociateTrafficDistributionGroupUser$) {
}

class DisassociateUserProficienciesCommand extends command(_ep0, _mw0, "DisassociateUserProficiencies", DisassociateUserProficiencies$) {
}

class DisassociateWorkspaceCommand extends command(_ep0, _mw0, "DisassociateWorkspace", DisassociateWorkspace$) {
}

class DismissUserContactCommand extends command(_ep0, _mw0, "DismissUserContact", DismissUserContact$) {
}

class EvaluateDataTableValuesCommand extends command(_ep0, _mw0, "EvaluateDataTableValues", EvaluateDataTableValues$) {
}

class GetAttachedFileCommand extends command(_ep0, _mw0, "GetAttachedFile", GetAttachedFile$) {
}

class GetContactAttributesCommand extends command(_ep0, _mw0, "GetContactAttributes", GetContactAttributes$) {
}

class GetContactMetricsCommand extends command(_ep0, _mw0, "GetContactMetrics", GetContactMetrics$) {
}

class GetCrossRegionRoutingCommand extends command(_ep0, _mw0, "GetCrossRegionRouting", GetCrossRegionRouting$) {
}

class GetCurrentMetricDataCommand extends command(_ep0, _mw0, "GetCurrentMetricData", GetCurrentMetricData$) {
}

class GetCurrentUserDataCommand extends command(_ep0, _mw0, "GetCurrentUserData", GetCurrentUserData$) {
}

class GetEffectiveHoursOfOperationsCommand extends command(_ep0, _mw0, "GetEffectiveHoursOfOperations", GetEffectiveHoursOfOperations$) {
}

class GetEvaluationFormValidationCommand extends command(_ep0, _mw0, "GetEvaluationFormValidation", GetEvaluationFormValidation$) {
}

class GetFederationTokenCommand extends command(_ep0, _mw0, "GetFederationToken", GetFederationToken$) {
}

class GetFlowAssociationCommand extends command(_ep0, _mw0, "GetFlowAssociation", GetFlowAssociation$) {
}

class GetMetricDataCommand extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {
}

class GetMetricDataV2Command extends command(_ep0, _mw0, "GetMetricDataV2", GetMetricDataV2$) {
}

class GetPromptFileCommand extends command(_ep0, _mw0, "GetPromptFile", GetPromptFile$) {
}

class GetTaskTemplateCommand extends command(_ep0, _mw0, "GetTaskTemplate", GetTaskTemplate$) {
}

class GetTestCaseExecutionSummaryCommand extends command(_ep0, _mw0, "GetTestCaseExecutionSummary", GetTestCaseExecutionSummary$) {
}

class GetTrafficDistributionCommand extends command(_ep0, _mw0, "GetTrafficDistribution", GetTrafficDistribution$) {
}

class ImportPhoneNumberCommand extends command(_ep0, _mw0, "ImportPhoneNumber", ImportPhoneNumber$) {
}

class ImportWorkspaceMediaCommand extends command(_ep0, _mw0, "ImportWorkspaceMedia", ImportWorkspaceMedia$) {
}

class ListAgentStatusesCommand extends command(_ep0, _mw0, "ListAgentStatuses", ListAgentStatuses$) {
}

class ListAnalyticsDataAssociationsCommand extends command(_ep0, _mw0, "ListAnalyticsDataAssociations", ListAnalyticsDataAssociations$) {
}

class ListAnalyticsDataLakeDataSetsCommand extends command(_ep0, _mw0, "ListAnalyticsDataLakeDataSets", ListAnalyticsDataLakeDataSets$) {
}

class ListApprovedOriginsCommand extends command(_ep0, _mw0, "ListApprovedOrigins", ListApprovedOrigins$) {
}

class ListAssociatedContactsCommand extends command(_ep0, _mw0, "ListAssociatedContacts", ListAssociatedContacts$) {
}

class ListAttachedFilesConfigurationsCommand extends command(_ep0, _mw0, "ListAttachedFilesConfigurations", ListAttachedFilesConfigurations$) {
}

class ListAuthenticationProfilesCommand extends command(_ep0, _mw0, "ListAuthenticationProfiles", ListAuthenticationProfiles$) {
}

class ListBotsCommand extends command(_ep0, _mw0, "ListBots", ListBots$) {
}

class ListChildHoursOfOperationsCommand extends command(_ep0, _mw0, "ListChildHoursOfOperations", ListChildHoursOfOperations$) {
}

class ListContactEvaluationsCommand extends command(_ep0, _mw0, "ListContactEvaluations", ListContactEvaluations$) {
}

class ListContactFlowModuleAliasesCommand extends command(_ep0, _mw0, "ListContactFlowModuleAliases", ListContactFlowModuleAliases$) {
}

class ListContactFlowModulesCommand extends command(_ep0, _mw0, "ListContactFlowModules", ListContactFlowModules$) {
}

class ListContactFlowModuleVersionsCommand extends command(_ep0, _mw0, "ListContactFlowModuleVersions", ListContactFlowModuleVersions$) {
}

class ListContactFlowsCommand extends command(_ep0, _mw0, "ListContactFlows", ListContactFlows$) {
}

class ListContactFlowVersionsCommand extends command(_ep0, _mw0, "ListContactFlowVersions", ListContactFlowVersions$) {
}

class ListContactReferencesCommand extends command(_ep0, _mw0, "ListContactReferences", ListContactReferences$) {
}

class ListDataTableAttributesCommand extends command(_ep0, _mw0, "ListDataTableAttributes", ListDataTableAttributes$) {
}

class ListDataTablePrimaryValuesCommand extends command(_ep0, _mw0, "ListDataTablePrimaryValues", ListDataTablePrimaryValues$) {
}

class ListDataTablesCommand extends command(_ep0, _mw0, "ListDataTables", ListDataTables$) {
}

class ListDataTableValuesCommand extends command(_ep0, _mw0, "ListDataTableValues", ListDataTableValues$) {
}

class ListDefaultVocabulariesCommand extends command(_ep0, _mw0, "ListDefaultVocabularies", ListDefaultVocabularies$) {
}

class ListEntitySecurityProfilesCommand extends command(_ep0, _mw0, "ListEntitySecurityProfiles", ListEntitySecurityProfiles$) {
}

class ListEvaluationFormAIVersionsCommand extends command(_ep0, _mw0, "ListEvaluationFormAIVersions", ListEvaluationFormAIVersions$) {
}

class ListEvaluationFormsCommand extends command(_ep0, _mw0, "ListEvaluationForms", ListEvaluationForms$) {
}

class ListEvaluationFormVersionsCommand extends command(_ep0, _mw0, "ListEvaluationFormVersions", ListEvaluationFormVersions$) {
}

class ListExtractionDefinitionsCommand extends command(_ep0, _mw0, "ListExtractionDefinitions", ListExtractionDefinitions$) {
}

class ListFlowAssociationsCommand extends command(_ep0, _mw0, "ListFlowAssociations", ListFlowAssociations$) {
}

class ListHoursOfOperationOverridesCommand extends command(_ep0, _mw0, "ListHoursOfOperationOverrides", ListHoursOfOperationOverrides$) {
}

class ListHoursOfOperationsCommand extends command(_ep0, _mw0, "ListHoursOfOperations", ListHoursOfOperations$) {
}

class ListInstanceAttributesCommand extends command(_ep0, _mw0, "ListInstanceAttributes", ListInstanceAttributes$) {
}

class ListInstancesCommand extends command(_ep0, _mw0, "ListInstances", ListInstances$) {
}

class ListInstanceStorageConfigsCommand extends command(_ep0, _mw0, "ListInstanceStorageConfigs", ListInstanceStorageConfigs$) {
}

class ListIntegrationAssociationsCommand extends command(_ep0, _mw0, "ListIntegrationAssociations", ListIntegrationAssociations$) {
}

class ListLambdaFunctionsCommand extends command(_ep0, _mw0, "ListLambdaFunctions", ListLambdaFunctions$) {
}

class ListLexBotsCommand extends command(_ep0, _mw0, "ListLexBots", ListLexBots$) {
}

class ListMetricsCommand extends command(_ep0, _mw0, "ListMetrics", ListMetrics$) {
}

class ListNotificationsCommand extends command(_ep0, _mw0, "ListNotifications", ListNotifications$) {
}

class ListPhoneNumbersCommand extends command(_ep0, _mw0, "ListPhoneNumbers", ListPhoneNumbers$) {
}

class ListPhoneNumbersV2Command extends command(_ep0, _mw0, "ListPhoneNumbersV2", ListPhoneNumbersV2$) {
}

class ListPredefinedAttributesCommand extends command(_ep0, _mw0, "ListPredefinedAttributes", ListPredefinedAttributes$) {
}

class ListPromptsCommand extends command(_ep0, _mw0, "ListPrompts", ListPrompts$) {
}

class ListQueueEmailAddressesCommand extends command(_ep0, _mw0, "ListQueueEmailAddresses", ListQueueEmailAddresses$) {
}

class ListQueueQuickConnectsCommand extends command(_ep0, _mw0, "ListQueueQuickConnects", ListQueueQuickConnects$) {
}

class ListQueuesCommand extends command(_ep0, _mw0, "ListQueues", ListQueues$) {
}

class ListQuickConnectsCommand extends command(_ep0, _mw0, "ListQuickConnects", ListQuickConnects$) {
}

class ListRealtimeContactAnalysisSegmentsV2Command extends command(_ep0, _mw0, "ListRealtimeContactAnalysisSegmentsV2", ListRealtimeContactAnalysisSegmentsV2$) {
}

class ListRoutingProfileManualAssignmentQueuesCommand extends command(_ep0, _mw0, "ListRoutingProfileManualAssignmentQueues", ListRoutingProfileManualAssignmentQueues$) {
}

class ListRoutingProfileQueuesCommand extends command(_ep0, _mw0, "ListRoutingProfileQueues", ListRoutingProfileQueues$) {
}

class ListRoutingProfilesCommand extends command(_ep0, _mw0, "ListRoutingProfiles", ListRoutingProfiles$) {
}

class ListRulesCommand extends command(_ep0, _mw0, "ListRules", ListRules$) {
}

class ListSecurityKeysCommand extends command(_ep0, _mw0, "ListSecurityKeys", ListSecurityKeys$) {
}

class ListSecurityProfileAIAgentsCommand extends command(_ep0, _mw0, "ListSecurityProfileAIAgents", ListSecurityProfileAIAgents$) {
}

class ListSecurityProfileApplicationsCommand extends command(_ep0, _mw0, "ListSecurityProfileApplications", ListSecurityProfileApplications$) {
}

class ListSecurityProfileFlowModulesCommand extends command(_ep0, _mw0, "ListSecurityProfileFlowModules", ListSecurityProfileFlowModules$) {
}

class ListSecurityProfilePermissionsCommand extends command(_ep0, _mw0, "ListSecurityProfilePermissions", ListSecurityProfilePermissions$) {
}

class ListSecurityProfilesCommand extends command(_ep0, _mw0, "ListSecurityProfiles", ListSecurityProfiles$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTaskTemplatesCommand extends command(_ep0, _mw0, "ListTaskTemplates", ListTaskTemplates$) {
}

class ListTestCaseExecutionRecordsCommand extends command(_ep0, _mw0, "ListTestCaseExecutionRecords", ListTestCaseExecutionRecords$) {
}

class ListTestCaseExecutionsCommand extends command(_ep0, _mw0, "ListTestCaseExecutions", ListTestCaseExecutions$) {
}

class ListTestCasesCommand extends command(_ep0, _mw0, "ListTestCases", ListTestCases$) {
}

class ListTrafficDistributionGroupsCommand extends command(_ep0, _mw0, "ListTrafficDistributionGroups", ListTrafficDistributionGroups$) {
}

class ListTrafficDistributionGroupUsersCommand extends command(_ep0, _mw0, "ListTrafficDistributionGroupUsers", ListTrafficDistributionGroupUsers$) {
}

class ListUseCasesCommand extends command(_ep0, _mw0, "ListUseCases", ListUseCases$) {
}

class ListUserHierarchyGroupsCommand extends command(_ep0, _mw0, "ListUserHierarchyGroups", ListUserHierarchyGroups$) {
}

class ListUserNotificationsCommand extends command(_ep0, _mw0, "ListUserNotifications", ListUserNotifications$) {
}

class ListUserProficienciesCommand extends command(_ep0, _mw0, "ListUserProficiencies", ListUserProficiencies$) {
}

class ListUsersCommand extends command(_ep0, _mw0, "ListUsers", ListUsers$) {
}

class ListViewsCommand extends command(_ep0, _mw0, "ListViews", ListViews$) {
}

class ListViewVersionsCommand extends command(_ep0, _mw0, "ListViewVersions", ListViewVersions$) {
}

class ListWorkspaceMediaCommand extends command(_ep0, _mw0, "ListWorkspaceMedia", ListWorkspaceMedia$) {
}

class ListWorkspacePagesCommand extends command(_ep0, _mw0, "ListWorkspacePages", ListWorkspacePages$) {
}

class ListWorkspacesCommand extends command(_ep0, _mw0, "ListWorkspaces", ListWorkspaces$) {
}

class MonitorContactCommand extends command(_ep0, _mw0, "MonitorContact", MonitorContact$) {
}

class PauseContactCommand extends command(_ep0, _mw0, "PauseContact", PauseContact$) {
}

class PutUserStatusCommand extends command(_ep0, _mw0, "PutUserStatus", PutUserStatus$) {
}

class ReleasePhoneNumberCommand extends command(_ep0, _mw0, "ReleasePhoneNumber", ReleasePhoneNumber$) {
}

class ReplicateInstanceCommand extends command(_ep0, _mw0, "ReplicateInstance", ReplicateInstance$) {
}

class ResumeContactCommand extends command(_ep0, _mw0, "ResumeContact", ResumeContact$) {
}

class ResumeContactRecordingCommand extends command(_ep0, _mw0, "ResumeContactRecording", ResumeContactRecording$) {
}

class SearchAgentStatusesCommand extends command(_ep0, _mw0, "SearchAgentStatuses", SearchAgentStatuses$) {
}

class SearchAvailablePhoneNumbersCommand extends command(_ep0, _mw0, "SearchAvailablePhoneNumbers", SearchAvailablePhoneNumbers$) {
}

class SearchContactEvaluationsCommand extends command(_ep0, _mw0, "SearchContactEvaluations", SearchContactEvaluations$) {
}

class SearchContactFlowModulesCommand extends command(_ep0, _mw0, "SearchContactFlowModules", SearchContactFlowModules$) {
}

class SearchContactFlowsCommand extends command(_ep0, _mw0, "SearchContactFlows", SearchContactFlows$) {
}

class SearchContactsCommand extends command(_ep0, _mw0, "SearchContacts", SearchContacts$) {
}

class SearchDataTablesCommand extends command(_ep0, _mw0, "SearchDataTables", SearchDataTables$) {
}

class SearchEmailAddressesCommand extends command(_ep0, _mw0, "SearchEmailAddresses", SearchEmailAddresses$) {
}

class SearchEvaluationFormsCommand extends command(_ep0, _mw0, "SearchEvaluationForms", SearchEvaluationForms$) {
}

class SearchHoursOfOperationOverridesCommand extends command(_ep0, _mw0, "SearchHoursOfOperationOverrides", SearchHoursOfOperationOverrides$) {
}

class SearchHoursOfOperationsCommand extends command(_ep0, _mw0, "SearchHoursOfOperations", SearchHoursOfOperations$) {
}

class SearchMetricsCommand extends command(_ep0, _mw0, "SearchMetrics", SearchMetrics$) {
}

class SearchNotificationsCommand extends command(_ep0, _mw0, "SearchNotifications", SearchNotifications$) {
}

class SearchPredefinedAttributesCommand extends command(_ep0, _mw0, "SearchPredefinedAttributes", SearchPredefinedAttributes$) {
}

class SearchPromptsCommand extends command(_ep0, _mw0, "SearchPrompts", SearchPrompts$) {
}

class SearchQueuesCommand extends command(_ep0, _mw0, "SearchQueues", SearchQueues$) {
}

class SearchQuickConnectsCommand extends command(_ep0, _mw0, "SearchQuickConnects", SearchQuickConnects$) {
}

class SearchResourceTagsCommand extends command(_ep0, _mw0, "SearchResourceTags", SearchResourceTags$) {
}

class SearchRoutingProfilesCommand extends command(_ep0, _mw0, "SearchRoutingProfiles", SearchRoutingProfiles$) {
}

class SearchRulesCommand extends command(_ep0, _mw0, "SearchRules", SearchRules$) {
}

class SearchSecurityProfilesCommand extends command(_ep0, _mw0, "SearchSecurityProfiles", SearchSecurityProfiles$) {
}

class SearchTestCasesCommand extends command(_ep0, _mw0, "SearchTestCases", SearchTestCases$) {
}

class SearchUserHierarchyGroupsCommand extends command(_ep0, _mw0, "SearchUserHierarchyGroups", SearchUserHierarchyGroups$) {
}

class SearchUsersCommand extends command(_ep0, _mw0, "SearchUsers", SearchUsers$) {
}

class SearchViewsCommand extends command(_ep0, _mw0, "SearchViews", SearchViews$) {
}

class SearchVocabulariesCommand extends command(_ep0, _mw0, "SearchVocabularies", SearchVocabularies$) {
}

class SearchWorkspaceAssociationsCommand extends command(_ep0, _mw0, "SearchWorkspaceAssociations", SearchWorkspaceAssociations$) {
}

class SearchWorkspacesCommand extends command(_ep0, _mw0, "SearchWorkspaces", SearchWorkspaces$) {
}

class SendChatIntegrationEventCommand extends command(_ep0, _mw0, "SendChatIntegrationEvent", SendChatIntegrationEvent$) {
}

class SendOutboundEmailCommand extends command(_ep0, _mw0, "SendOutboundEmail", SendOutboundEmail$) {
}

class SendOutboundWebNotificationCommand extends command(_ep0, _mw0, "SendOutboundWebNotification", SendOutboundWebNotification$) {
}

class StartAssistantContactCommand extends command(_ep0, _mw0, "StartAssistantContact", StartAssistantContact$) {
}

class StartAttachedFileUploadCommand extends command(_ep0, _mw0, "StartAttachedFileUpload", StartAttachedFileUpload$) {
}

class StartChatContactCommand extends command(_ep0, _mw0, "StartChatContact", StartChatContact$) {
}

class StartContactConversationalAnalyticsJobCommand extends command(_ep0, _mw0, "StartContactConversationalAnalyticsJob", StartContactConversationalAnalyticsJob$) {
}

class StartContactEvaluationCommand extends command(_ep0, _mw0, "StartContactEvaluation", StartContactEvaluation$) {
}

class StartContactMediaProcessingCommand extends command(_ep0, _mw0, "StartContactMediaProcessing", StartContactMediaProcessing$) {
}

class StartContactRecordingCommand extends command(_ep0, _mw0, "StartContactRecording", StartContactRecording$) {
}

class StartContactStreamingCommand extends command(_ep0, _mw0, "StartContactStreaming", StartContactStreaming$) {
}

class StartEmailContactCommand extends command(_ep0, _mw0, "StartEmailContact", StartEmailContact$) {
}

class StartEvaluationFormValidationCommand extends command(_ep0, _mw0, "StartEvaluationFormValidation", StartEvaluationFormValidation$) {
}

class StartOutboundChatContactCommand extends command(_ep0, _mw0, "StartOutboundChatContact", StartOutboundChatContact$) {
}

class StartOutboundEmailContactCommand extends command(_ep0, _mw0, "StartOutboundEmailContact", StartOutboundEmailContact$) {
}

class StartOutboundVoiceContactCommand extends command(_ep0, _mw0, "StartOutboundVoiceContact", StartOutboundVoiceContact$) {
}

class StartScreenSharingCommand extends command(_ep0, _mw0, "StartScreenSharing", StartScreenSharing$) {
}

class StartTaskContactCommand extends command(_ep0, _mw0, "StartTaskContact", StartTaskContact$) {
}

class StartTestCaseExecutionCommand extends command(_ep0, _mw0, "StartTestCaseExecution", StartTestCaseExecution$) {
}

class StartWebRTCContactCommand extends command(_ep0, _mw0, "StartWebRTCContact", StartWebRTCContact$) {
}

class StopContactCommand extends command(_ep0, _mw0, "StopContact", StopContact$) {
}

class StopContactMediaProcessingCommand extends command(_ep0, _mw0, "StopContactMediaProcessing", StopContactMediaProcessing$) {
}

class StopContactRecordingCommand extends command(_ep0, _mw0, "StopContactRecording", StopContactRecording$) {
}

class StopContactStreamingCommand extends command(_ep0, _mw0, "StopContactStreaming", StopContactStreaming$) {
}

class StopTestCaseExecutionCommand extends command(_ep0, _mw0, "StopTestCaseExecution", StopTestCaseExecution$) {
}

class SubmitContactEvaluationCommand extends command(_ep0, _mw0, "SubmitContactEvaluation", SubmitContactEvaluation$) {
}

class SuspendContactRecordingCommand extends command(_ep0, _mw0, "SuspendContactRecording", SuspendContactRecording$) {
}

class TagContactCommand extends command(_ep0, _mw0, "TagContact", TagContact$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class TransferContactCommand extends command(_ep0, _mw0, "TransferContact", TransferContact$) {
}

class UntagContactCommand extends command(_ep0, _mw0, "UntagContact", UntagContact$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAgentStatusCommand extends command(_ep0, _mw0, "UpdateAgentStatus", UpdateAgentStatus$) {
}

class UpdateAttachedFilesConfigurationCommand extends command(_ep0, _mw0, "UpdateAttachedFilesConfiguration", UpdateAttachedFilesConfiguration$) {
}

class UpdateAuthenticationProfileCommand extends command(_ep0, _mw0, "UpdateAuthenticationProfile", UpdateAuthenticationProfile$) {
}

class UpdateContactAttributesCommand extends command(_ep0, _mw0, "UpdateContactAttributes", UpdateContactAttributes$) {
}

class UpdateContactCommand extends command(_ep0, _mw0, "UpdateContact", UpdateContact$) {
}

class UpdateContactEvaluationCommand extends command(_ep0, _mw0, "UpdateContactEvaluation", UpdateContactEvaluation$) {
}

class UpdateContactFlowContentCommand extends command(_ep0, _mw0, "UpdateContactFlowContent", UpdateContactFlowContent$) {
}

class UpdateContactFlowMetadataCommand extends command(_ep0, _mw0, "UpdateContactFlowMetadata", UpdateContactFlowMetadata$) {
}

class UpdateContactFlowModuleAliasCommand extends command(_ep0, _mw0, "UpdateContactFlowModuleAlias", UpdateContactFlowModuleAlias$) {
}

class UpdateContactFlowModuleContentCommand extends command(_ep0, _mw0, "UpdateContactFlowModuleContent", UpdateContactFlowModuleContent$) {
}

class UpdateContactFlowModuleMetadataCommand extends command(_ep0, _mw0, "UpdateContactFlowModuleMetadata", UpdateContactFlowModuleMetadata$) {
}

class UpdateContactFlowNameCommand extends command(_ep0, _mw0, "UpdateContactFlowName", UpdateContactFlowName$) {
}

class UpdateContactRoutingDataCommand extends command(_ep0, _mw0, "UpdateContactRoutingData", UpdateContactRoutingData$) {
}

class UpdateContactScheduleCommand extends command(_ep0, _mw0, "UpdateContactSchedule", UpdateContactSchedule$) {
}

class UpdateContactTaskTemplateCommand extends command(_ep0, _mw0, "UpdateContactTaskTemplate", UpdateContactTaskTemplate$) {
}

class UpdateCrossRegionRoutingCommand extends command(_ep0, _mw0, "UpdateCrossRegionRouting", UpdateCrossRegionRouting$) {
}

class UpdateDataTableAttributeCommand extends command(_ep0, _mw0, "UpdateDataTableAttribute", UpdateDataTableAttribute$) {
}

class UpdateDataTableMetadataCommand extends command(_ep0, _mw0, "UpdateDataTableMetadata", UpdateDataTableMetadata$) {
}

class UpdateDataTablePrimaryValuesCommand extends command(_ep0, _mw0, "UpdateDataTablePrimaryValues", UpdateDataTablePrimaryValues$) {
}

class UpdateEmailAddressMetadataCommand extends command(_ep0, _mw0, "UpdateEmailAddressMetadata", UpdateEmailAddressMetadata$) {
}

class UpdateEvaluationFormCommand extends command(_ep0, _mw0, "UpdateEvaluationForm", UpdateEvaluationForm$) {
}

class UpdateExtractionDefinitionCommand extends command(_ep0, _mw0, "UpdateExtractionDefinition", UpdateExtractionDefinition$) {
}

class UpdateHoursOfOperationCommand extends command(_ep0, _mw0, "UpdateHoursOfOperation", UpdateHoursOfOperation$) {
}

class UpdateHoursOfOperationOverrideCommand extends command(_ep0, _mw0, "UpdateHoursOfOperationOverride", UpdateHoursOfOperationOverride$) {
}

class UpdateInstanceAttributeCommand extends command(_ep0, _mw0, "UpdateInstanceAttribute", UpdateInstanceAttribute$) {
}

class UpdateInstanceStorageConfigCommand extends command(_ep0, _mw0, "UpdateInstanceStorageConfig", UpdateInstanceStorageConfig$) {
}

class UpdateMetricContentCommand extends command(_ep0, _mw0, "UpdateMetricContent", UpdateMetricContent$) {
}

class UpdateMetricMetadataCommand extends command(_ep0, _mw0, "UpdateMetricMetadata", UpdateMetricMetadata$) {
}

class UpdateNotificationContentCommand extends command(_ep0, _mw0, "UpdateNotificationContent", UpdateNotificationContent$) {
}

class UpdateParticipantAuthenticationCommand extends command(_ep0, _mw0, "UpdateParticipantAuthentication", UpdateParticipantAuthentication$) {
}

class UpdateParticipantRoleConfigCommand extends command(_ep0, _mw0, "UpdateParticipantRoleConfig", UpdateParticipantRoleConfig$) {
}

class UpdatePhoneNumberCommand extends command(_ep0, _mw0, "UpdatePhoneNumber", UpdatePhoneNumber$) {
}

class UpdatePhoneNumberMetadataCommand extends command(_ep0, _mw0, "UpdatePhoneNumberMetadata", UpdatePhoneNumberMetadata$) {
}

class UpdatePredefinedAttributeCommand extends command(_ep0, _mw0, "UpdatePredefinedAttribute", UpdatePredefinedAttribute$) {
}

class UpdatePromptCommand extends command(_ep0, _mw0, "UpdatePrompt", UpdatePrompt$) {
}

class UpdateQueueHoursOfOperationCommand extends command(_ep0, _mw0, "UpdateQueueHoursOfOperation", UpdateQueueHoursOfOperation$) {
}

class UpdateQueueMaxContactsCommand extends command(_ep0, _mw0, "UpdateQueueMaxContacts", UpdateQueueMaxContacts$) {
}

class UpdateQueueNameCommand extends command(_ep0, _mw0, "UpdateQueueName", UpdateQueueName$) {
}

class UpdateQueueOutboundCallerConfigCommand extends command(_ep0, _mw0, "UpdateQueueOutboundCallerConfig", UpdateQueueOutboundCallerConfig$) {
}

class UpdateQueueOutboundEmailConfigCommand extends command(_ep0, _mw0, "UpdateQueueOutboundEmailConfig", UpdateQueueOutboundEmailConfig$) {
}

class UpdateQueueStatusCommand extends command(_ep0, _mw0, "UpdateQueueStatus", UpdateQueueStatus$) {
}

class UpdateQuickConnectConfigCommand extends command(_ep0, _mw0, "UpdateQuickConnectConfig", UpdateQuickConnectConfig$) {
}

class UpdateQuickConnectNameCommand extends command(_ep0, _mw0, "UpdateQuickConnectName", UpdateQuickConnectName$) {
}

class UpdateRoutingProfileAgentAvailabilityTimerCommand extends command(_ep0, _mw0, "UpdateRoutingProfileAgentAvailabilityTimer", UpdateRoutingProfileAgentAvailabilityTimer$) {
}

class UpdateRoutingProfileConcurrencyCommand extends command(_ep0, _mw0, "UpdateRoutingProfileConcurrency", UpdateRoutingProfileConcurrency$) {
}

class UpdateRoutingProfileDefaultOutboundQueueCommand extends command(_ep0, _mw0, "UpdateRoutingProfileDefaultOutboundQueue", UpdateRoutingProfileDefaultOutboundQueue$) {
}

class UpdateRoutingProfileNameCommand extends command(_ep0, _mw0, "UpdateRoutingProfileName", UpdateRoutingProfileName$) {
}

class UpdateRoutingProfileQueuesCommand extends command(_ep0, _mw0, "UpdateRoutingProfileQueues", UpdateRoutingProfileQueues$) {
}

class UpdateRuleCommand extends command(_ep0, _mw0, "UpdateRule", UpdateRule$) {
}

class UpdateSecurityProfileCommand extends command(_ep0, _mw0, "UpdateSecurityProfile", UpdateSecurityProfile$) {
}

class UpdateTaskTemplateCommand extends command(_ep0, _mw0, "UpdateTaskTemplate", UpdateTaskTemplate$) {
}

class UpdateTestCaseCommand extends command(_ep0, _mw0, "UpdateTestCase", UpdateTestCase$) {
}

class UpdateTrafficDistributionCommand extends command(_ep0, _mw0, "UpdateTrafficDistribution", UpdateTrafficDistribution$) {
}

class UpdateUserConfigCommand extends command(_ep0, _mw0, "UpdateUserConfig", UpdateUserConfig$) {
}

class UpdateUserHierarchyCommand extends command(_ep0, _mw0, "UpdateUserHierarchy", UpdateUserHierarchy$) {
}

class UpdateUserHierarchyGroupNameCommand extends command(_ep0, _mw0, "UpdateUserHierarchyGroupName", UpdateUserHierarchyGroupName$) {
}

class UpdateUserHierarchyStructureCommand extends command(_ep0, _mw0, "UpdateUserHierarchyStructure", UpdateUserHierarchyStructure$) {
}

class UpdateUserIdentityInfoCommand extends command(_ep0, _mw0, "UpdateUserIdentityInfo", UpdateUserIdentityInfo$) {
}

class UpdateUserNotificationStatusCommand extends command(_ep0, _mw0, "UpdateUserNotificationStatus", UpdateUserNotificationStatus$) {
}

class UpdateUserPhoneConfigCommand extends command(_ep0, _mw0, "UpdateUserPhoneConfig", UpdateUserPhoneConfig$) {
}

class UpdateUserProficienciesCommand extends command(_ep0, _mw0, "UpdateUserProficiencies", UpdateUserProficiencies$) {
}

class UpdateUserRoutingProfileCommand extends command(_ep0, _mw0, "UpdateUserRoutingProfile", UpdateUserRoutingProfile$) {
}

class UpdateUserSecurityProfilesCommand extends command(_ep0, _mw0, "UpdateUserSecurityProfiles", UpdateUserSecurityProfiles$) {
}

class UpdateViewContentCommand extends command(_ep0, _mw0, "UpdateViewContent", UpdateViewContent$) {
}

class UpdateViewMetadataCommand extends command(_ep0, _mw0, "UpdateViewMetadata", UpdateViewMetadata$) {
}

class UpdateWorkspaceMetadataCommand extends command(_ep0, _mw0, "UpdateWorkspaceMetadata", UpdateWorkspaceMetadata$) {
}

class UpdateWorkspacePageCommand extends command(_ep0, _mw0, "UpdateWorkspacePage", UpdateWorkspacePage$) {
}

class UpdateWorkspaceThemeCommand extends command(_ep0, _mw0, "UpdateWorkspaceTheme", UpdateWorkspaceTheme$) {
}

class UpdateWorkspaceVisibilityCommand extends command(_ep0, _mw0, "UpdateWorkspaceVisibility", UpdateWorkspaceVisibility$) {
}

const paginateEvaluateDataTableValues = createPaginator(ConnectClient, EvaluateDataTableValuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetCurrentMetricData = createPaginator(ConnectClient, GetCurrentMetricDataCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetCurrentUserData = createPaginator(ConnectClient, GetCurrentUserDataCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetMetricData = createPaginator(ConnectClient, GetMetricDataCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetMetricDataV2 = createPaginator(ConnectClient, GetMetricDataV2Command, "NextToken", "NextToken", "MaxResults");

const paginateListAgentStatuses = createPaginator(ConnectClient, ListAgentStatusesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListApprovedOrigins = createPaginator(ConnectClient, ListApprovedOriginsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAttachedFilesConfigurations = createPaginator(ConnectClient, ListAttachedFilesConfigurationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListAuthenticationProfiles = createPaginator(ConnectClient, ListAuthenticationProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBots = createPaginator(ConnectClient, ListBotsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListChildHoursOfOperations = createPaginator(ConnectClient, ListChildHoursOfOperationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListContactEvaluations = createPaginator(ConnectClient, ListContactEvaluationsCommand, "NextToken", "NextToken", "");

const paginateListContactFlowModuleAliases = createPaginator(ConnectClient, ListContactFlowModuleAliasesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListContactFlowModules = createPaginator(ConnectClient, ListContactFlowModulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListContactFlowModuleVersions = createPaginator(ConnectClient, ListContactFlowModuleVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListContactFlows = createPaginator(ConnectClient, ListContactFlowsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListContactFlowVersions = createPaginator(ConnectClient, ListContactFlowVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListContactReferences = createPaginator(ConnectClient, ListContactReferencesCommand, "NextToken", "NextToken", "");

const paginateListDataTableAttributes = createPaginator(ConnectClient, ListDataTableAttributesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataTablePrimaryValues = createPaginator(ConnectClient, ListDataTablePrimaryValuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataTables = createPaginator(ConnectClient, ListDataTablesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDataTableValues = createPaginator(ConnectClient, ListDataTableValuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDefaultVocabularies = createPaginator(ConnectClient, ListDefaultVocabulariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEntitySecurityProfiles = createPaginator(ConnectClient, ListEntitySecurityProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEvaluationForms = createPaginator(ConnectClient, ListEvaluationFormsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListEvaluationFormVersions = createPaginator(ConnectClient, ListEvaluationFormVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListExtractionDefinitions = createPaginator(ConnectClient, ListExtractionDefinitionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListFlowAssociations = createPaginator(ConnectClient, ListFlowAssociationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListHoursOfOperationOverrides = createPaginator(ConnectClient, ListHoursOfOperationOverridesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListHoursOfOperations = createPaginator(ConnectClient, ListHoursOfOperationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInstanceAttributes = createPaginator(ConnectClient, ListInstanceAttributesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInstances = createPaginator(ConnectClient, ListInstancesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInstanceStorageConfigs = createPaginator(ConnectClient, ListInstanceStorageConfigsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListIntegrationAssociations = createPaginator(ConnectClient, ListIntegrationAssociationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListLambdaFunctions = createPaginator(ConnectClient, ListLambdaFunctionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListLexBots = createPaginator(ConnectClient, ListLexBotsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListMetrics = createPaginator(ConnectClient, ListMetricsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPhoneNumbers = createPaginator(ConnectClient, ListPhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPhoneNumbersV2 = createPaginator(ConnectClient, ListPhoneNumbersV2Command, "NextToken", "NextToken", "MaxResults");

const paginateListPredefinedAttributes = createPaginator(ConnectClient, ListPredefinedAttributesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPrompts = createPaginator(ConnectClient, ListPromptsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListQueueQuickConnects = createPaginator(ConnectClient, ListQueueQuickConnectsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListQueues = createPaginator(ConnectClient, ListQueuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListQuickConnects = createPaginator(ConnectClient, ListQuickConnectsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRealtimeContactAnalysisSegmentsV2 = createPaginator(ConnectClient, ListRealtimeContactAnalysisSegmentsV2Command, "NextToken", "NextToken", "MaxResults");

const paginateListRoutingProfileManualAssignmentQueues = createPaginator(ConnectClient, ListRoutingProfileManualAssignmentQueuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRoutingProfileQueues = createPaginator(ConnectClient, ListRoutingProfileQueuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRoutingProfiles = createPaginator(ConnectClient, ListRoutingProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRules = createPaginator(ConnectClient, ListRulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSecurityKeys = createPaginator(ConnectClient, ListSecurityKeysCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSecurityProfileAIAgents = createPaginator(ConnectClient, ListSecurityProfileAIAgentsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSecurityProfileApplications = createPaginator(ConnectClient, ListSecurityProfileApplicationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSecurityProfileFlowModules = createPaginator(ConnectClient, ListSecurityProfileFlowModulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSecurityProfilePermissions = createPaginator(ConnectClient, ListSecurityProfilePermissionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListSecurityProfiles = createPaginator(ConnectClient, ListSecurityProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTaskTemplates = createPaginator(ConnectClient, ListTaskTemplatesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTestCases = createPaginator(ConnectClient, ListTestCasesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTrafficDistributionGroups = createPaginator(ConnectClient, ListTrafficDistributionGroupsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTrafficDistributionGroupUsers = createPaginator(ConnectClient, ListTrafficDistributionGroupUsersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListUseCases = createPaginator(ConnectClient, ListUseCasesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListUserHierarchyGroups = createPaginator(ConnectClient, ListUserHierarchyGroupsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListUserProficiencies = createPaginator(ConnectClient, ListUserProficienciesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListUsers = createPaginator(ConnectClient, ListUsersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListViews = createPaginator(ConnectClient, ListViewsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListViewVersions = createPaginator(ConnectClient, ListViewVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListWorkspacePages = createPaginator(ConnectClient, ListWorkspacePagesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListWorkspaces = createPaginator(ConnectClient, ListWorkspacesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchAgentStatuses = createPaginator(ConnectClient, SearchAgentStatusesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchAvailablePhoneNumbers = createPaginator(ConnectClient, SearchAvailablePhoneNumbersCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchContactFlowModules = createPaginator(ConnectClient, SearchContactFlowModulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchContactFlows = createPaginator(ConnectClient, SearchContactFlowsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchContacts = createPaginator(ConnectClient, SearchContactsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchDataTables = createPaginator(ConnectClient, SearchDataTablesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchHoursOfOperationOverrides = createPaginator(ConnectClient, SearchHoursOfOperationOverridesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchHoursOfOperations = createPaginator(ConnectClient, SearchHoursOfOperationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchMetrics = createPaginator(ConnectClient, SearchMetricsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchPredefinedAttributes = createPaginator(ConnectClient, SearchPredefinedAttributesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchPrompts = createPaginator(ConnectClient, SearchPromptsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchQueues = createPaginator(ConnectClient, SearchQueuesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchQuickConnects = createPaginator(ConnectClient, SearchQuickConnectsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchResourceTags = createPaginator(ConnectClient, SearchResourceTagsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchRoutingProfiles = createPaginator(ConnectClient, SearchRoutingProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchRules = createPaginator(ConnectClient, SearchRulesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchSecurityProfiles = createPaginator(ConnectClient, SearchSecurityProfilesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchTestCases = createPaginator(ConnectClient, SearchTestCasesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchUserHierarchyGroups = createPaginator(ConnectClient, SearchUserHierarchyGroupsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchUsers = createPaginator(ConnectClient, SearchUsersCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchViews = createPaginator(ConnectClient, SearchViewsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchVocabularies = createPaginator(ConnectClient, SearchVocabulariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchWorkspaceAssociations = createPaginator(ConnectClient, SearchWorkspaceAssociationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateSearchWorkspaces = createPaginator(ConnectClient, SearchWorkspacesCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    ActivateEvaluationFormCommand,
    AssociateAnalyticsDataSetCommand,
    AssociateApprovedOriginCommand,
    AssociateBotCommand,
    AssociateContactWithUserCommand,
    AssociateDefaultVocabularyCommand,
    AssociateEmailAddressAliasCommand,
    AssociateFlowCommand,
    AssociateHoursOfOperationsCommand,
    AssociateInstanceStorageConfigCommand,
    AssociateLambdaFunctionCommand,
    AssociateLexBotCommand,
    AssociatePhoneNumberContactFlowCommand,
    AssociateQueueEmailAddressesCommand,
    AssociateQueueQuickConnectsCommand,
    AssociateRoutingProfileQueuesCommand,
    AssociateSecurityKeyCommand,
    AssociateSecurityProfilesCommand,
    AssociateTrafficDistributionGroupUserCommand,
    AssociateUserProficienciesCommand,
    AssociateWorkspaceCommand,
    BatchAssociateAnalyticsDataSetCommand,
    BatchCreateDataTableValueCommand,
    BatchDeleteDataTableValueCommand,
    BatchDescribeDataTableValueCommand,
    BatchDisassociateAnalyticsDataSetCommand,
    BatchGetAttachedFileMetadataCommand,
    BatchGetFlowAssociationCommand,
    BatchPutContactCommand,
    BatchUpdateDataTableValueCommand,
    ClaimPhoneNumberCommand,
    CompleteAttachedFileUploadCommand,
    CreateAgentStatusCommand,
    CreateAttachedFileCommand,
    CreateAuthCodeCommand,
    CreateContactCommand,
    CreateContactFlowCommand,
    CreateContactFlowModuleCommand,
    CreateContactFlowModuleAliasCommand,
    CreateContactFlowModuleVersionCommand,
    CreateContactFlowVersionCommand,
    CreateDataTableCommand,
    CreateDataTableAttributeCommand,
    CreateEmailAddressCommand,
    CreateEvaluationFormCommand,
    CreateExtractionDefinitionCommand,
    CreateHoursOfOperationCommand,
    CreateHoursOfOperationOverrideCommand,
    CreateInstanceCommand,
    CreateIntegrationAssociationCommand,
    CreateMetricCommand,
    CreateNotificationCommand,
    CreateParticipantCommand,
    CreatePersistentContactAssociationCommand,
    CreatePredefinedAttributeCommand,
    CreatePromptCommand,
    CreatePushNotificationRegistrationCommand,
    CreateQueueCommand,
    CreateQuickConnectCommand,
    CreateRoutingProfileCommand,
    CreateRuleCommand,
    CreateSecurityProfileCommand,
    CreateTaskTemplateCommand,
    CreateTestCaseCommand,
    CreateTrafficDistributionGroupCommand,
    CreateUseCaseCommand,
    CreateUserCommand,
    CreateUserHierarchyGroupCommand,
    CreateViewCommand,
    CreateViewVersionCommand,
    CreateVocabularyCommand,
    CreateWorkspaceCommand,
    CreateWorkspacePageCommand,
    DeactivateEvaluationFormCommand,
    DeleteAttachedFileCommand,
    DeleteContactDataCommand,
    DeleteContactEvaluationCommand,
    DeleteContactFlowCommand,
    DeleteContactFlowModuleCommand,
    DeleteContactFlowModuleAliasCommand,
    DeleteContactFlowModuleVersionCommand,
    DeleteContactFlowVersionCommand,
    DeleteDataTableCommand,
    DeleteDataTableAttributeCommand,
    DeleteEmailAddressCommand,
    DeleteEvaluationFormCommand,
    DeleteExtractionDefinitionCommand,
    DeleteHoursOfOperationCommand,
    DeleteHoursOfOperationOverrideCommand,
    DeleteInstanceCommand,
    DeleteIntegrationAssociationCommand,
    DeleteMetricCommand,
    DeleteNotificationCommand,
    DeletePredefinedAttributeCommand,
    DeletePromptCommand,
    DeletePushNotificationRegistrationCommand,
    DeleteQueueCommand,
    DeleteQuickConnectCommand,
    DeleteRoutingProfileCommand,
    DeleteRuleCommand,
    DeleteSecurityProfileCommand,
    DeleteSessionCommand,
    DeleteTaskTemplateCommand,
    DeleteTestCaseCommand,
    DeleteTrafficDistributionGroupCommand,
    DeleteUseCaseCommand,
    DeleteUserCommand,
    DeleteUserHierarchyGroupCommand,
    DeleteViewCommand,
    DeleteViewVersionCommand,
    DeleteVocabularyCommand,
    DeleteWorkspaceCommand,
    DeleteWorkspaceMediaCommand,
    DeleteWorkspacePageCommand,
    DescribeAgentStatusCommand,
    DescribeAttachedFilesConfigurationCommand,
    DescribeAuthenticationProfileCommand,
    DescribeContactCommand,
    DescribeContactEvaluationCommand,
    DescribeContactFlowCommand,
    DescribeContactFlowModuleCommand,
    DescribeContactFlowModuleAliasCommand,
    DescribeDataTableCommand,
    DescribeDataTableAttributeCommand,
    DescribeEmailAddressCommand,
    DescribeEvaluationFormCommand,
    DescribeExtractionDefinitionCommand,
    DescribeHoursOfOperationCommand,
    DescribeHoursOfOperationOverrideCommand,
    DescribeInstanceCommand,
    DescribeInstanceAttributeCommand,
    DescribeInstanceStorageConfigCommand,
    DescribeMetricCommand,
    DescribeNotificationCommand,
    DescribePhoneNumberCommand,
    DescribePredefinedAttributeCommand,
    DescribePromptCommand,
    DescribeQueueCommand,
    DescribeQuickConnectCommand,
    DescribeRoutingProfileCommand,
    DescribeRuleCommand,
    DescribeSecurityProfileCommand,
    DescribeTestCaseCommand,
    DescribeTrafficDistributionGroupCommand,
    DescribeUserCommand,
    DescribeUserHierarchyGroupCommand,
    DescribeUserHierarchyStructureCommand,
    DescribeViewCommand,
    DescribeVocabularyCommand,
    DescribeWorkspaceCommand,
    DisassociateAnalyticsDataSetCommand,
    DisassociateApprovedOriginCommand,
    DisassociateBotCommand,
    DisassociateEmailAddressAliasCommand,
    DisassociateFlowCommand,
    DisassociateHoursOfOperationsCommand,
    DisassociateInstanceStorageConfigCommand,
    DisassociateLambdaFunctionCommand,
    DisassociateLexBotCommand,
    DisassociatePhoneNumberContactFlowCommand,
    DisassociateQueueEmailAddressesCommand,
    DisassociateQueueQuickConnectsCommand,
    DisassociateRoutingProfileQueuesCommand,
    DisassociateSecurityKeyCommand,
    DisassociateSecurityProfilesCommand,
    DisassociateTrafficDistributionGroupUserCommand,
    DisassociateUserProficienciesCommand,
    DisassociateWorkspaceCommand,
    DismissUserContactCommand,
    EvaluateDataTableValuesCommand,
    GetAttachedFileCommand,
    GetContactAttributesCommand,
    GetContactMetricsCommand,
    GetCrossRegionRoutingCommand,
    GetCurrentMetricDataCommand,
    GetCurrentUserDataCommand,
    GetEffectiveHoursOfOperationsCommand,
    GetEvaluationFormValidationCommand,
    GetFederationTokenCommand,
    GetFlowAssociationCommand,
    GetMetricDataCommand,
    GetMetricDataV2Command,
    GetPromptFileCommand,
    GetTaskTemplateCommand,
    GetTestCaseExecutionSummaryCommand,
    GetTrafficDistributionCommand,
    ImportPhoneNumberCommand,
    ImportWorkspaceMediaCommand,
    ListAgentStatusesCommand,
    ListAnalyticsDataAssociationsCommand,
    ListAnalyticsDataLakeDataSetsCommand,
    ListApprovedOriginsCommand,
    ListAssociatedContactsCommand,
    ListAttachedFilesConfigurationsCommand,
    ListAuthenticationProfilesCommand,
    ListBotsCommand,
    ListChildHoursOfOperationsCommand,
    ListContactEvaluationsCommand,
    ListContactFlowModuleAliasesCommand,
    ListContactFlowModulesCommand,
    ListContactFlowModuleVersionsCommand,
    ListContactFlowsCommand,
    ListContactFlowVersionsCommand,
    ListContactReferencesCommand,
    ListDataTableAttributesCommand,
    ListDataTablePrimaryValuesCommand,
    ListDataTablesCommand,
    ListDataTableValuesCommand,
    ListDefaultVocabulariesCommand,
    ListEntitySecurityProfilesCommand,
    ListEvaluationFormAIVersionsCommand,
    ListEvaluationFormsCommand,
    ListEvaluationFormVersionsCommand,
    ListExtractionDefinitionsCommand,
    ListFlowAssociationsCommand,
    ListHoursOfOperationOverridesCommand,
    ListHoursOfOperationsCommand,
    ListInstanceAttributesCommand,
    ListInstancesCommand,
    ListInstanceStorageConfigsCommand,
    ListIntegrationAssociationsCommand,
    ListLambdaFunctionsCommand,
    ListLexBotsCommand,
    ListMetricsCommand,
    ListNotificationsCommand,
    ListPhoneNumbersCommand,
    ListPhoneNumbersV2Command,
    ListPredefinedAttributesCommand,
    ListPromptsCommand,
    ListQueueEmailAddressesCommand,
    ListQueueQuickConnectsCommand,
    ListQueuesCommand,
    ListQuickConnectsCommand,
    ListRealtimeContactAnalysisSegmentsV2Command,
    ListRoutingProfileManualAssignmentQueuesCommand,
    ListRoutingProfileQueuesCommand,
    ListRoutingProfilesCommand,
    ListRulesCommand,
    ListSecurityKeysCommand,
    ListSecurityProfileAIAgentsCommand,
    ListSecurityProfileApplicationsCommand,
    ListSecurityProfileFlowModulesCommand,
    ListSecurityProfilePermissionsCommand,
    ListSecurityProfilesCommand,
    ListTagsForResourceCommand,
    ListTaskTemplatesCommand,
    ListTestCaseExecutionRecordsCommand,
    ListTestCaseExecutionsCommand,
    ListTestCasesCommand,
    ListTrafficDistributionGroupsCommand,
    ListTrafficDistributionGroupUsersCommand,
    ListUseCasesCommand,
    ListUserHierarchyGroupsCommand,
    ListUserNotificationsCommand,
    ListUserProficienciesCommand,
    ListUsersCommand,
    ListViewsCommand,
    ListViewVersionsCommand,
    ListWorkspaceMediaCommand,
    ListWorkspacePagesCommand,
    ListWorkspacesCommand,
    MonitorContactCommand,
    PauseContactCommand,
    PutUserStatusCommand,
    ReleasePhoneNumberCommand,
    ReplicateInstanceCommand,
    ResumeContactCommand,
    ResumeContactRecordingCommand,
    SearchAgentStatusesCommand,
    SearchAvailablePhoneNumbersCommand,
    SearchContactEvaluationsCommand,
    SearchContactFlowModulesCommand,
    SearchContactFlowsCommand,
    SearchContactsCommand,
    SearchDataTablesCommand,
    SearchEmailAddressesCommand,
    SearchEvaluationFormsCommand,
    SearchHoursOfOperationOverridesCommand,
    SearchHoursOfOperationsCommand,
    SearchMetricsCommand,
    SearchNotificationsCommand,
    SearchPredefinedAttributesCommand,
    SearchPromptsCommand,
    SearchQueuesCommand,
    SearchQuickConnectsCommand,
    SearchResourceTagsCommand,
    SearchRoutingProfilesCommand,
    SearchRulesCommand,
    SearchSecurityProfilesCommand,
    SearchTestCasesCommand,
    SearchUserHierarchyGroupsCommand,
    SearchUsersCommand,
    SearchViewsCommand,
    SearchVocabulariesCommand,
    SearchWorkspaceAssociationsCommand,
    SearchWorkspacesCommand,
    SendChatIntegrationEventCommand,
    SendOutboundEmailCommand,
    SendOutboundWebNotificationCommand,
    StartAssistantContactCommand,
    StartAttachedFileUploadCommand,
    StartChatContactCommand,
    StartContactConversationalAnalyticsJobCommand,
    StartContactEvaluationCommand,
    StartContactMediaProcessingCommand,
    StartContactRecordingCommand,
    StartContactStreamingCommand,
    StartEmailContactCommand,
    StartEvaluationFormValidationCommand,
    StartOutboundChatContactCommand,
    StartOutboundEmailContactCommand,
    StartOutboundVoiceContactCommand,
    StartScreenSharingCommand,
    StartTaskContactCommand,
    StartTestCaseExecutionCommand,
    StartWebRTCContactCommand,
    StopContactCommand,
    StopContactMediaProcessingCommand,
    StopContactRecordingCommand,
    StopContactStreamingCommand,
    StopTestCaseExecutionCommand,
    SubmitContactEvaluationCommand,
    SuspendContactRecordingCommand,
    TagContactCommand,
    TagResourceCommand,
    TransferContactCommand,
    UntagContactCommand,
    UntagResourceCommand,
    UpdateAgentStatusCommand,
    UpdateAttachedFilesConfigurationCommand,
    UpdateAuthenticationProfileCommand,
    UpdateContactCommand,
    UpdateContactAttributesCommand,
    UpdateContactEvaluationCommand,
    UpdateContactFlowContentCommand,
    UpdateContactFlowMetadataCommand,
    UpdateContactFlowModuleAliasCommand,
    UpdateContactFlowModuleContentCommand,
    UpdateContactFlowModuleMetadataCommand,
    UpdateContactFlowNameCommand,
    UpdateContactRoutingDataCommand,
    UpdateContactScheduleCommand,
    UpdateContactTaskTemplateCommand,
    UpdateCrossRegionRoutingCommand,
    UpdateDataTableAttributeCommand,
    UpdateDataTableMetadataCommand,
    UpdateDataTablePrimaryValuesCommand,
    UpdateEmailAddressMetadataCommand,
    UpdateEvaluationFormCommand,
    UpdateExtractionDefinitionCommand,
    UpdateHoursOfOperationCommand,
    UpdateHoursOfOperationOverrideCommand,
    UpdateInstanceAttributeCommand,
    UpdateInstanceStorageConfigCommand,
    UpdateMetricContentCommand,
    UpdateMetricMetadataCommand,
    UpdateNotificationContentCommand,
    UpdateParticipantAuthenticationCommand,
    UpdateParticipantRoleConfigCommand,
    UpdatePhoneNumberCommand,
    UpdatePhoneNumberMetadataCommand,
    UpdatePredefinedAttributeCommand,
    UpdatePromptCommand,
    UpdateQueueHoursOfOperationCommand,
    UpdateQueueMaxContactsCommand,
    UpdateQueueNameCommand,
    UpdateQueueOutboundCallerConfigCommand,
    UpdateQueueOutboundEmailConfigCommand,
    UpdateQueueStatusCommand,
    UpdateQuickConnectConfigCommand,
    UpdateQuickConnectNameCommand,
    UpdateRoutingProfileAgentAvailabilityTimerCommand,
    UpdateRoutingProfileConcurrencyCommand,
    UpdateRoutingProfileDefaultOutboundQueueCommand,
    UpdateRoutingProfileNameCommand,
    UpdateRoutingProfileQueuesCommand,
    UpdateRuleCommand,
    UpdateSecurityProfileCommand,
    UpdateTaskTemplateCommand,
    UpdateTestCaseCommand,
    UpdateTrafficDistributionCommand,
    UpdateUserConfigCommand,
    UpdateUserHierarchyCommand,
    UpdateUserHierarchyGroupNameCommand,
    UpdateUserHierarchyStructureCommand,
    UpdateUserIdentityInfoCommand,
    UpdateUserNotificationStatusCommand,
    UpdateUserPhoneConfigCommand,
    UpdateUserProficienciesCommand,
    UpdateUserRoutingProfileCommand,
    UpdateUserSecurityProfilesCommand,
    UpdateViewContentCommand,
    UpdateViewMetadataCommand,
    UpdateWorkspaceMetadataCommand,
    UpdateWorkspacePageCommand,
    UpdateWorkspaceThemeCommand,
    UpdateWorkspaceVisibilityCommand,
};
const paginators = {
    paginateEvaluateDataTableValues,
    paginateGetCurrentMetricData,
    paginateGetCurrentUserData,
    paginateGetMetricData,
    paginateGetMetricDataV2,
    paginateListAgentStatuses,
    paginateListApprovedOrigins,
    paginateListAttachedFilesConfigurations,
    paginateListAuthenticationProfiles,
    paginateListBots,
    paginateListChildHoursOfOperations,
    paginateListContactEvaluations,
    paginateListContactFlowModuleAliases,
    paginateListContactFlowModules,
    paginateListContactFlowModuleVersions,
    paginateListContactFlows,
    paginateListContactFlowVersions,
    paginateListContactReferences,
    paginateListDataTableAttributes,
    paginateListDataTablePrimaryValues,
    paginateListDataTables,
    paginateListDataTableValues,
    paginateListDefaultVocabularies,
    paginateListEntitySecurityProfiles,
    paginateListEvaluationForms,
    paginateListEvaluationFormVersions,
    paginateListExtractionDefinitions,
    paginateListFlowAssociations,
    paginateListHoursOfOperationOverrides,
    paginateListHoursOfOperations,
    paginateListInstanceAttributes,
    paginateListInstances,
    paginateListInstanceStorageConfigs,
    paginateListIntegrationAssociations,
    paginateListLambdaFunctions,
    paginateListLexBots,
    paginateListMetrics,
    paginateListPhoneNumbers,
    paginateListPhoneNumbersV2,
    paginateListPredefinedAttributes,
    paginateListPrompts,
    paginateListQueueQuickConnects,
    paginateListQueues,
    paginateListQuickConnects,
    paginateListRealtimeContactAnalysisSegmentsV2,
    paginateListRoutingProfileManualAssignmentQueues,
    paginateListRoutingProfileQueues,
    paginateListRoutingProfiles,
    paginateListRules,
    paginateListSecurityKeys,
    paginateListSecurityProfileAIAgents,
    paginateListSecurityProfileApplications,
    paginateListSecurityProfileFlowModules,
    paginateListSecurityProfilePermissions,
    paginateListSecurityProfiles,
    paginateListTaskTemplates,
    paginateListTestCases,
    paginateListTrafficDistributionGroups,
    paginateListTrafficDistributionGroupUsers,
    paginateListUseCases,
    paginateListUserHierarchyGroups,
    paginateListUserProficiencies,
    paginateListUsers,
    paginateListViews,
    paginateListViewVersions,
    paginateListWorkspacePages,
    paginateListWorkspaces,
    paginateSearchAgentStatuses,
    paginateSearchAvailablePhoneNumbers,
    paginateSearchContactFlowModules,
    paginateSearchContactFlows,
    paginateSearchContacts,
    paginateSearchDataTables,
    paginateSearchHoursOfOperationOverrides,
    paginateSearchHoursOfOperations,
    paginateSearchMetrics,
    paginateSearchPredefinedAttributes,
    paginateSearchPrompts,
    paginateSearchQueues,
    paginateSearchQuickConnects,
    paginateSearchResourceTags,
    paginateSearchRoutingProfiles,
    paginateSearchRules,
    paginateSearchSecurityProfiles,
    paginateSearchTestCases,
    paginateSearchUserHierarchyGroups,
    paginateSearchUsers,
    paginateSearchViews,
    paginateSearchVocabularies,
    paginateSearchWorkspaceAssociations,
    paginateSearchWorkspaces,
};
class Connect extends ConnectClient {
}
createAggregatedClient(commands, Connect, { paginators });

const AccessType = {
    ALLOW: "ALLOW",
};
const ActionType = {
    ASSIGN_CONTACT_CATEGORY: "ASSIGN_CONTACT_CATEGORY",
    ASSIGN_SLA: "ASSIGN_SLA",
    CREATE_CASE: "CREATE_CASE",
    CREATE_TASK: "CREATE_TASK",
    END_ASSOCIATED_TASKS: "END_ASSOCIATED_TASKS",
    EXTRACT_INFORMATION: "EXTRACT_INFORMATION",
    GENERATE_EVENTBRIDGE_EVENT: "GENERATE_EVENTBRIDGE_EVENT",
    SEND_NOTIFICATION: "SEND_NOTIFICATION",
    SUBMIT_AUTO_EVALUATION: "SUBMIT_AUTO_EVALUATION",
    UPDATE_CASE: "UPDATE_CASE",
};
const Channel = {
    CHAT: "CHAT",
    EMAIL: "EMAIL",
    TASK: "TASK",
    VOICE: "VOICE",
};
const AgentAvailabilityTimer = {
    TIME_SINCE_LAST_ACTIVITY: "TIME_SINCE_LAST_ACTIVITY",
    TIME_SINCE_LAST_INBOUND: "TIME_SINCE_LAST_INBOUND",
};
const ContactState = {
    CONNECTED: "CONNECTED",
    CONNECTED_ONHOLD: "CONNECTED_ONHOLD",
    CONNECTING: "CONNECTING",
    ENDED: "ENDED",
    ERROR: "ERROR",
    INCOMING: "INCOMING",
    MISSED: "MISSED",
    PENDING: "PENDING",
    REJECTED: "REJECTED",
};
const ContactInitiationMethod = {
    AGENT_REPLY: "AGENT_REPLY",
    API: "API",
    CALLBACK: "CALLBACK",
    DISCONNECT: "DISCONNECT",
    EXTERNAL_OUTBOUND: "EXTERNAL_OUTBOUND",
    FLOW: "FLOW",
    INBOUND: "INBOUND",
    MONITOR: "MONITOR",
    OUTBOUND: "OUTBOUND",
    QUEUE_TRANSFER: "QUEUE_TRANSFER",
    TRANSFER: "TRANSFER",
    WEBRTC_API: "WEBRTC_API",
};
const AllowedUserAction = {
    CALL: "CALL",
    DISCARD: "DISCARD",
};
const ScreenShareCapability = {
    SEND: "SEND",
};
const VideoCapability = {
    SEND: "SEND",
};
const ParticipantState = {
    CONNECTED: "CONNECTED",
    DISCONNECTED: "DISCONNECTED",
    INITIAL: "INITIAL",
    MISSED: "MISSED",
};
const VoiceEnhancementMode = {
    NOISE_SUPPRESSION: "NOISE_SUPPRESSION",
    NONE: "NONE",
    VOICE_ISOLATION: "VOICE_ISOLATION",
};
const AgentStatusState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const AgentStatusType = {
    CUSTOM: "CUSTOM",
    OFFLINE: "OFFLINE",
    ROUTABLE: "ROUTABLE",
};
const StringComparisonType = {
    CONTAINS: "CONTAINS",
    EXACT: "EXACT",
    STARTS_WITH: "STARTS_WITH",
};
const AIAgentType = {
    THIRD_PARTY: "THIRD_PARTY",
};
const AiUseCase = {
    AgentAssistance: "AgentAssistance",
    SelfService: "SelfService",
};
const FlowModuleType = {
    MCP: "MCP",
};
const MonitorCapability = {
    BARGE: "BARGE",
    SILENT_MONITOR: "SILENT_MONITOR",
};
const AttachedFileInvalidRequestExceptionReason = {
    INVALID_FILE_NAME: "INVALID_FILE_NAME",
    INVALID_FILE_SIZE: "INVALID_FILE_SIZE",
    INVALID_FILE_TYPE: "INVALID_FILE_TYPE",
};
const AttachedFileServiceQuotaExceededExceptionReason = {
    TOTAL_FILE_COUNT_EXCEEDED: "TOTAL_FILE_COUNT_EXCEEDED",
    TOTAL_FILE_SIZE_EXCEEDED: "TOTAL_FILE_SIZE_EXCEEDED",
};
const VocabularyLanguageCode = {
    AR_AE: "ar-AE",
    CA_ES: "ca-ES",
    DA_DK: "da-DK",
    DE_CH: "de-CH",
    DE_DE: "de-DE",
    EN_AB: "en-AB",
    EN_AU: "en-AU",
    EN_GB: "en-GB",
    EN_IE: "en-IE",
    EN_IN: "en-IN",
    EN_NZ: "en-NZ",
    EN_US: "en-US",
    EN_WL: "en-WL",
    EN_ZA: "en-ZA",
    ES_ES: "es-ES",
    ES_US: "es-US",
    FI_FI: "fi-FI",
    FR_CA: "fr-CA",
    FR_FR: "fr-FR",
    HI_IN: "hi-IN",
    ID_ID: "id-ID",
    IT_IT: "it-IT",
    JA_JP: "ja-JP",
    KO_KR: "ko-KR",
    MS_MY: "ms-MY",
    NL_NL: "nl-NL",
    NO_NO: "no-NO",
    PL_PL: "pl-PL",
    PT_BR: "pt-BR",
    PT_PT: "pt-PT",
    SV_SE: "sv-SE",
    TL_PH: "tl-PH",
    ZH_CN: "zh-CN",
};
const FlowAssociationResourceType = {
    ANALYTICS_CONNECTOR: "ANALYTICS_CONNECTOR",
    INBOUND_EMAIL: "INBOUND_EMAIL",
    OUTBOUND_EMAIL: "OUTBOUND_EMAIL",
    SMS_PHONE_NUMBER: "SMS_PHONE_NUMBER",
    WHATSAPP_MESSAGING_PHONE_NUMBER: "WHATSAPP_MESSAGING_PHONE_NUMBER",
};
const InstanceStorageResourceType = {
    AGENT_EVENTS: "AGENT_EVENTS",
    ATTACHMENTS: "ATTACHMENTS",
    CALL_RECORDINGS: "CALL_RECORDINGS",
    CHAT_TRANSCRIPTS: "CHAT_TRANSCRIPTS",
    CONTACT_EVALUATIONS: "CONTACT_EVALUATIONS",
    CONTACT_TRACE_RECORDS: "CONTACT_TRACE_RECORDS",
    EMAIL_MESSAGES: "EMAIL_MESSAGES",
    MEDIA_STREAMS: "MEDIA_STREAMS",
    REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS: "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
    REAL_TIME_CONTACT_ANALYSIS_SEGMENTS: "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS",
    REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS: "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS",
    SCHEDULED_REPORTS: "SCHEDULED_REPORTS",
    SCREEN_RECORDINGS: "SCREEN_RECORDINGS",
};
const EncryptionType = {
    KMS: "KMS",
};
const StorageType = {
    KINESIS_FIREHOSE: "KINESIS_FIREHOSE",
    KINESIS_STREAM: "KINESIS_STREAM",
    KINESIS_VIDEO_STREAM: "KINESIS_VIDEO_STREAM",
    S3: "S3",
};
const EntityType = {
    AI_AGENT: "AI_AGENT",
    USER: "USER",
};
const FileStatusType = {
    APPROVED: "APPROVED",
    FAILED: "FAILED",
    PROCESSING: "PROCESSING",
    REJECTED: "REJECTED",
};
const FileUseCaseType = {
    ATTACHMENT: "ATTACHMENT",
    CONTACT_ANALYSIS: "CONTACT_ANALYSIS",
    EMAIL_MESSAGE: "EMAIL_MESSAGE",
    EMAIL_MESSAGE_PLAIN_TEXT: "EMAIL_MESSAGE_PLAIN_TEXT",
    EMAIL_MESSAGE_PLAIN_TEXT_REDACTED: "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED",
    EMAIL_MESSAGE_REDACTED: "EMAIL_MESSAGE_REDACTED",
    VOICE_RECORDING: "VOICE_RECORDING",
};
const ListFlowAssociationResourceType = {
    ANALYTICS_CONNECTOR: "ANALYTICS_CONNECTOR",
    INBOUND_EMAIL: "INBOUND_EMAIL",
    OUTBOUND_EMAIL: "OUTBOUND_EMAIL",
    VOICE_PHONE_NUMBER: "VOICE_PHONE_NUMBER",
    WHATSAPP_MESSAGING_PHONE_NUMBER: "WHATSAPP_MESSAGING_PHONE_NUMBER",
};
const EndpointType = {
    CONNECT_PHONENUMBER_ARN: "CONNECT_PHONENUMBER_ARN",
    CONTACT_FLOW: "CONTACT_FLOW",
    EMAIL_ADDRESS: "EMAIL_ADDRESS",
    TELEPHONE_NUMBER: "TELEPHONE_NUMBER",
    VOIP: "VOIP",
};
const OutboundStrategyType = {
    AGENT_FIRST: "AGENT_FIRST",
};
const FailureReasonCode = {
    IDEMPOTENCY_EXCEPTION: "IDEMPOTENCY_EXCEPTION",
    INTERNAL_ERROR: "INTERNAL_ERROR",
    INVALID_ATTRIBUTE_KEY: "INVALID_ATTRIBUTE_KEY",
    INVALID_CUSTOMER_ENDPOINT: "INVALID_CUSTOMER_ENDPOINT",
    INVALID_OUTBOUND_STRATEGY: "INVALID_OUTBOUND_STRATEGY",
    INVALID_QUEUE: "INVALID_QUEUE",
    INVALID_SYSTEM_ENDPOINT: "INVALID_SYSTEM_ENDPOINT",
    MISSING_CAMPAIGN: "MISSING_CAMPAIGN",
    MISSING_CUSTOMER_ENDPOINT: "MISSING_CUSTOMER_ENDPOINT",
    MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT: "MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT",
    REQUEST_THROTTLED: "REQUEST_THROTTLED",
};
const AuthCodeEntityType = {
    CUSTOMER_PROFILE: "CUSTOMER_PROFILE",
};
const InitiateAs = {
    COMPLETED: "COMPLETED",
    CONNECTED_TO_USER: "CONNECTED_TO_USER",
};
const ReferenceStatus = {
    APPROVED: "APPROVED",
    AVAILABLE: "AVAILABLE",
    DELETED: "DELETED",
    FAILED: "FAILED",
    PROCESSING: "PROCESSING",
    REJECTED: "REJECTED",
};
const ReferenceType = {
    ATTACHMENT: "ATTACHMENT",
    CONTACT_ANALYSIS: "CONTACT_ANALYSIS",
    DATE: "DATE",
    EMAIL: "EMAIL",
    EMAIL_MESSAGE: "EMAIL_MESSAGE",
    EMAIL_MESSAGE_PLAIN_TEXT: "EMAIL_MESSAGE_PLAIN_TEXT",
    EMAIL_MESSAGE_PLAIN_TEXT_REDACTED: "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED",
    EMAIL_MESSAGE_REDACTED: "EMAIL_MESSAGE_REDACTED",
    NUMBER: "NUMBER",
    STRING: "STRING",
    URL: "URL",
};
const ContactFlowStatus = {
    PUBLISHED: "PUBLISHED",
    SAVED: "SAVED",
};
const ContactFlowType = {
    AGENT_HOLD: "AGENT_HOLD",
    AGENT_TRANSFER: "AGENT_TRANSFER",
    AGENT_WHISPER: "AGENT_WHISPER",
    CAMPAIGN: "CAMPAIGN",
    CONTACT_FLOW: "CONTACT_FLOW",
    CUSTOMER_HOLD: "CUSTOMER_HOLD",
    CUSTOMER_QUEUE: "CUSTOMER_QUEUE",
    CUSTOMER_WHISPER: "CUSTOMER_WHISPER",
    OUTBOUND_WHISPER: "OUTBOUND_WHISPER",
    QUEUE_TRANSFER: "QUEUE_TRANSFER",
};
const DataTableStatus = {
    PUBLISHED: "PUBLISHED",
};
const DataTableLockLevel = {
    ATTRIBUTE: "ATTRIBUTE",
    DATA_TABLE: "DATA_TABLE",
    NONE: "NONE",
    PRIMARY_VALUE: "PRIMARY_VALUE",
    VALUE: "VALUE",
};
const DataTableAttributeValueType = {
    BOOLEAN: "BOOLEAN",
    NUMBER: "NUMBER",
    NUMBER_LIST: "NUMBER_LIST",
    TEXT: "TEXT",
    TEXT_LIST: "TEXT_LIST",
};
const EvaluationFormItemEnablementAction = {
    DISABLE: "DISABLE",
    ENABLE: "ENABLE",
};
const EvaluationFormItemSourceValuesComparator = {
    ALL_IN: "ALL_IN",
    EXACT: "EXACT",
    IN: "IN",
    NOT_IN: "NOT_IN",
};
const EvaluationFormItemEnablementSourceType = {
    QUESTION_REF_ID: "QUESTION_REF_ID",
};
const EvaluationFormItemEnablementSourceValueType = {
    OPTION_REF_ID: "OPTION_REF_ID",
};
const EvaluationFormItemEnablementOperator = {
    AND: "AND",
    OR: "OR",
};
const EvaluationFormMetricType = {
    BUSINESS_OUTCOME: "BUSINESS_OUTCOME",
};
const EvaluationFormQuestionType = {
    DATETIME: "DATETIME",
    MULTISELECT: "MULTISELECT",
    NUMERIC: "NUMERIC",
    SINGLESELECT: "SINGLESELECT",
    TEXT: "TEXT",
};
const EvaluationFormQuestionAutomationAnswerSourceType = {
    CONTACT_LENS_DATA: "CONTACT_LENS_DATA",
    GEN_AI: "GEN_AI",
};
const MultiSelectQuestionRuleCategoryAutomationCondition = {
    NOT_PRESENT: "NOT_PRESENT",
    PRESENT: "PRESENT",
};
const EvaluationFormMultiSelectQuestionDisplayMode = {
    CHECKBOX: "CHECKBOX",
    DROPDOWN: "DROPDOWN",
};
const NumericQuestionPropertyAutomationLabel = {
    AGENT_INTERACTION_AND_HOLD_DURATION: "AGENT_INTERACTION_AND_HOLD_DURATION",
    AGENT_INTERACTION_DURATION: "AGENT_INTERACTION_DURATION",
    CONTACT_DURATION: "CONTACT_DURATION",
    CUSTOMER_HOLD_TIME: "CUSTOMER_HOLD_TIME",
    CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT: "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT",
    CUSTOMER_SENTIMENT_SCORE_WITH_AGENT: "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT",
    LONGEST_HOLD_DURATION: "LONGEST_HOLD_DURATION",
    NON_TALK_TIME: "NON_TALK_TIME",
    NON_TALK_TIME_PERCENTAGE: "NON_TALK_TIME_PERCENTAGE",
    NUMBER_OF_HOLDS: "NUMBER_OF_HOLDS",
    NUMBER_OF_INTERRUPTIONS: "NUMBER_OF_INTERRUPTIONS",
    OVERALL_AGENT_SENTIMENT_SCORE: "OVERALL_AGENT_SENTIMENT_SCORE",
    OVERALL_CUSTOMER_SENTIMENT_SCORE: "OVERALL_CUSTOMER_SENTIMENT_SCORE",
};
const SingleSelectQuestionRuleCategoryAutomationCondition = {
    NOT_PRESENT: "NOT_PRESENT",
    PRESENT: "PRESENT",
};
const EvaluationFormSingleSelectQuestionDisplayMode = {
    DROPDOWN: "DROPDOWN",
    RADIO: "RADIO",
};
const PerformanceCategoryName = {
    EXCEEDS_EXPECTATIONS: "EXCEEDS_EXPECTATIONS",
    NEEDS_IMPROVEMENT: "NEEDS_IMPROVEMENT",
};
const EvaluationFormLanguageCode = {
    DE_DE: "de-DE",
    EN_US: "en-US",
    ES_ES: "es-ES",
    FR_FR: "fr-FR",
    IT_IT: "it-IT",
    JA_JP: "ja-JP",
    KO_KR: "ko-KR",
    MS_MY: "ms-MY",
    PT_BR: "pt-BR",
    ZH_CN: "zh-CN",
};
const EvaluationReviewNotificationRecipientType = {
    USER_ID: "USER_ID",
};
const EvaluationFormScoringMode = {
    POINTS_BASED: "POINTS_BASED",
    QUESTION_ONLY: "QUESTION_ONLY",
    SECTION_ONLY: "SECTION_ONLY",
};
const EvaluationFormScoringStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ContactInteractionType = {
    AGENT: "AGENT",
    AUTOMATED: "AUTOMATED",
    CUSTOMER: "CUSTOMER",
};
const NotFoundBehaviorType = {
    OMIT: "OMIT",
    USE_DEFAULT_VALUE: "USE_DEFAULT_VALUE",
};
const HoursOfOperationDays = {
    FRIDAY: "FRIDAY",
    MONDAY: "MONDAY",
    SATURDAY: "SATURDAY",
    SUNDAY: "SUNDAY",
    THURSDAY: "THURSDAY",
    TUESDAY: "TUESDAY",
    WEDNESDAY: "WEDNESDAY",
};
const OverrideDays = {
    FRIDAY: "FRIDAY",
    MONDAY: "MONDAY",
    SATURDAY: "SATURDAY",
    SUNDAY: "SUNDAY",
    THURSDAY: "THURSDAY",
    TUESDAY: "TUESDAY",
    WEDNESDAY: "WEDNESDAY",
};
const OverrideType = {
    CLOSED: "CLOSED",
    OPEN: "OPEN",
    STANDARD: "STANDARD",
};
const RecurrenceFrequency = {
    MONTHLY: "MONTHLY",
    WEEKLY: "WEEKLY",
    YEARLY: "YEARLY",
};
const DirectoryType = {
    CONNECT_MANAGED: "CONNECT_MANAGED",
    EXISTING_DIRECTORY: "EXISTING_DIRECTORY",
    SAML: "SAML",
};
const IntegrationType = {
    ANALYTICS_CONNECTOR: "ANALYTICS_CONNECTOR",
    APPLICATION: "APPLICATION",
    CALL_TRANSFER_CONNECTOR: "CALL_TRANSFER_CONNECTOR",
    CASES_DOMAIN: "CASES_DOMAIN",
    COGNITO_USER_POOL: "COGNITO_USER_POOL",
    EVENT: "EVENT",
    FILE_SCANNER: "FILE_SCANNER",
    MESSAGE_PROCESSOR: "MESSAGE_PROCESSOR",
    PINPOINT_APP: "PINPOINT_APP",
    Q_MESSAGE_TEMPLATES: "Q_MESSAGE_TEMPLATES",
    SES_IDENTITY: "SES_IDENTITY",
    VOICE_ID: "VOICE_ID",
    WISDOM_ASSISTANT: "WISDOM_ASSISTANT",
    WISDOM_KNOWLEDGE_BASE: "WISDOM_KNOWLEDGE_BASE",
    WISDOM_QUICK_RESPONSES: "WISDOM_QUICK_RESPONSES",
};
const SourceType = {
    CASES: "CASES",
    SALESFORCE: "SALESFORCE",
    ZENDESK: "ZENDESK",
};
const MetricFilterBooleanConditionComparison = {
    IS_FALSE: "IS_FALSE",
    IS_TRUE: "IS_TRUE",
};
const MetricFilterNumberConditionComparison = {
    GREATER: "GREATER",
    GREATER_OR_EQUAL: "GREATER_OR_EQUAL",
    LESSER: "LESSER",
    LESSER_OR_EQUAL: "LESSER_OR_EQUAL",
};
const MetricFilterStringConditionComparison = {
    MATCHES_ANY: "MATCHES_ANY",
    MATCHES_NONE: "MATCHES_NONE",
};
const TrendIndicator = {
    NEGATIVE: "NEGATIVE",
    NEUTRAL: "NEUTRAL",
    POSITIVE: "POSITIVE",
};
const MetricStatus = {
    PUBLISHED: "PUBLISHED",
    SAVED: "SAVED",
};
const MetricUnit = {
    DOUBLE: "DOUBLE",
    INTEGER: "INTEGER",
    PERCENT: "PERCENT",
    SECONDS: "SECONDS",
};
const LocaleCode = {
    DeDE: "de_DE",
    EnUS: "en_US",
    EsES: "es_ES",
    FrFR: "fr_FR",
    IdID: "id_ID",
    ItIT: "it_IT",
    JaJP: "ja_JP",
    KoKR: "ko_KR",
    PtBR: "pt_BR",
    ZhCN: "zh_CN",
    ZhTW: "zh_TW",
};
const ConfigurableNotificationPriority = {
    High: "HIGH",
    Low: "LOW",
};
const ParticipantRole = {
    AGENT: "AGENT",
    CUSTOMER: "CUSTOMER",
    CUSTOM_BOT: "CUSTOM_BOT",
    SUPERVISOR: "SUPERVISOR",
    SYSTEM: "SYSTEM",
};
const RehydrationType = {
    ENTIRE_PAST_SESSION: "ENTIRE_PAST_SESSION",
    FROM_SEGMENT: "FROM_SEGMENT",
};
const DeviceType = {
    APNS: "APNS",
    APNS_SANDBOX: "APNS_SANDBOX",
    GCM: "GCM",
};
const QuickConnectType = {
    FLOW: "FLOW",
    PHONE_NUMBER: "PHONE_NUMBER",
    QUEUE: "QUEUE",
    USER: "USER",
};
const BehaviorType = {
    ROUTE_ANY_CHANNEL: "ROUTE_ANY_CHANNEL",
    ROUTE_CURRENT_CHANNEL_ONLY: "ROUTE_CURRENT_CHANNEL_ONLY",
};
const ChannelWorkloadBehaviorType = {
    ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE: "ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE",
    ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY: "ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY",
    ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY: "ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY",
};
const SlaType = {
    CASE_FIELD: "CaseField",
};
const SlaAssignmentType = {
    CASES: "CASES",
};
const NotificationContentType = {
    PLAIN_TEXT: "PLAIN_TEXT",
};
const NotificationDeliveryType = {
    EMAIL: "EMAIL",
};
const PreEvaluationFilterType = {
    TAG: "TAG",
};
const PreEvaluationFilterOperator = {
    EQUALS: "EQUALS",
};
const PreEvaluationFilterResourceType = {
    CONTACT: "CONTACT",
};
const RulePublishStatus = {
    DRAFT: "DRAFT",
    PUBLISHED: "PUBLISHED",
};
const EventSourceName = {
    OnAfterCallWorkAvailable: "OnAfterCallWorkAvailable",
    OnAfterChatWorkAvailable: "OnAfterChatWorkAvailable",
    OnAlertUpdate: "OnAlertUpdate",
    OnCaseCreate: "OnCaseCreate",
    OnCaseUpdate: "OnCaseUpdate",
    OnContactEvaluationSubmit: "OnContactEvaluationSubmit",
    OnEmailAnalysisAvailable: "OnEmailAnalysisAvailable",
    OnMetricDataUpdate: "OnMetricDataUpdate",
    OnPostCallAnalysisAvailable: "OnPostCallAnalysisAvailable",
    OnPostChatAnalysisAvailable: "OnPostChatAnalysisAvailable",
    OnRealTimeCallAnalysisAvailable: "OnRealTimeCallAnalysisAvailable",
    OnRealTimeChatAnalysisAvailable: "OnRealTimeChatAnalysisAvailable",
    OnSalesforceCaseCreate: "OnSalesforceCaseCreate",
    OnSchedulePublish: "OnSchedulePublish",
    OnScheduleTimeOffRequestActivity: "OnScheduleTimeOffRequestActivity",
    OnScheduleUpdate: "OnScheduleUpdate",
    OnSlaBreach: "OnSlaBreach",
    OnZendeskTicketCreate: "OnZendeskTicketCreate",
    OnZendeskTicketStatusUpdate: "OnZendeskTicketStatusUpdate",
};
const ApplicationType = {
    MCP: "MCP",
    THIRD_PARTY_APPLICATION: "THIRD_PARTY_APPLICATION",
};
const TaskTemplateFieldType = {
    BOOLEAN: "BOOLEAN",
    DATE_TIME: "DATE_TIME",
    DESCRIPTION: "DESCRIPTION",
    EMAIL: "EMAIL",
    EXPIRY_DURATION: "EXPIRY_DURATION",
    NAME: "NAME",
    NUMBER: "NUMBER",
    QUICK_CONNECT: "QUICK_CONNECT",
    SCHEDULED_TIME: "SCHEDULED_TIME",
    SELF_ASSIGN: "SELF_ASSIGN",
    SINGLE_SELECT: "SINGLE_SELECT",
    TEXT: "TEXT",
    TEXT_AREA: "TEXT_AREA",
    URL: "URL",
};
const TaskTemplateStatus = {
    ACTIVE: "ACTIVE",
    INACTIVE: "INACTIVE",
};
const PropertyValidationExceptionReason = {
    INVALID_FORMAT: "INVALID_FORMAT",
    NOT_SUPPORTED: "NOT_SUPPORTED",
    REFERENCED_RESOURCE_NOT_FOUND: "REFERENCED_RESOURCE_NOT_FOUND",
    REQUIRED_PROPERTY_MISSING: "REQUIRED_PROPERTY_MISSING",
    RESOURCE_NAME_ALREADY_EXISTS: "RESOURCE_NAME_ALREADY_EXISTS",
    TYPE_MISMATCH: "TYPE_MISMATCH",
    UNIQUE_CONSTRAINT_VIOLATED: "UNIQUE_CONSTRAINT_VIOLATED",
};
const TestCaseEntryPointType = {
    CHAT: "CHAT",
    VOICE_CALL: "VOICE_CALL",
};
const TestCaseStatus = {
    PUBLISHED: "PUBLISHED",
    SAVED: "SAVED",
};
const UseCaseType = {
    CONNECT_CAMPAIGNS: "CONNECT_CAMPAIGNS",
    RULES_EVALUATION: "RULES_EVALUATION",
};
const PhoneType = {
    DESK_PHONE: "DESK_PHONE",
    SOFT_PHONE: "SOFT_PHONE",
};
const ViewStatus = {
    PUBLISHED: "PUBLISHED",
    SAVED: "SAVED",
};
const ViewType = {
    AWS_MANAGED: "AWS_MANAGED",
    CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
};
const ResourceType = {
    CONTACT: "CONTACT",
    CONTACT_FLOW: "CONTACT_FLOW",
    HIERARCHY_GROUP: "HIERARCHY_GROUP",
    HIERARCHY_LEVEL: "HIERARCHY_LEVEL",
    INSTANCE: "INSTANCE",
    PARTICIPANT: "PARTICIPANT",
    PHONE_NUMBER: "PHONE_NUMBER",
    USER: "USER",
};
const VocabularyState = {
    ACTIVE: "ACTIVE",
    CREATION_FAILED: "CREATION_FAILED",
    CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const WorkspaceFontFamily = {
    ARIAL: "Arial",
    COURIER_NEW: "Courier New",
    GEORGIA: "Georgia",
    TIMES_NEW_ROMAN: "Times New Roman",
    TREBUCHET: "Trebuchet",
    VERDANA: "Verdana",
};
const ContactField = {
    ADDITIONAL_EMAIL_RECIPIENTS: "ADDITIONAL_EMAIL_RECIPIENTS",
    CUSTOMER_ENDPOINT: "CUSTOMER_ENDPOINT",
    EMAIL_SUBJECT: "EMAIL_SUBJECT",
};
const MediaType = {
    IMAGE_LOGO_DARK_FAVICON: "IMAGE_LOGO_DARK_FAVICON",
    IMAGE_LOGO_DARK_HORIZONTAL: "IMAGE_LOGO_DARK_HORIZONTAL",
    IMAGE_LOGO_LIGHT_FAVICON: "IMAGE_LOGO_LIGHT_FAVICON",
    IMAGE_LOGO_LIGHT_HORIZONTAL: "IMAGE_LOGO_LIGHT_HORIZONTAL",
};
const AttachmentScope = {
    CASE: "CASE",
    CHAT: "CHAT",
    EMAIL: "EMAIL",
    TASK: "TASK",
};
const AnsweringMachineDetectionStatus = {
    AMD_ERROR: "AMD_ERROR",
    AMD_NOT_APPLICABLE: "AMD_NOT_APPLICABLE",
    AMD_UNANSWERED: "AMD_UNANSWERED",
    AMD_UNRESOLVED: "AMD_UNRESOLVED",
    ANSWERED: "ANSWERED",
    ERROR: "ERROR",
    FAX_MACHINE_DETECTED: "FAX_MACHINE_DETECTED",
    HUMAN_ANSWERED: "HUMAN_ANSWERED",
    SIT_TONE_BUSY: "SIT_TONE_BUSY",
    SIT_TONE_DETECTED: "SIT_TONE_DETECTED",
    SIT_TONE_INVALID_NUMBER: "SIT_TONE_INVALID_NUMBER",
    UNDETECTED: "UNDETECTED",
    VOICEMAIL_BEEP: "VOICEMAIL_BEEP",
    VOICEMAIL_NO_BEEP: "VOICEMAIL_NO_BEEP",
};
const ParticipantType = {
    AGENT: "AGENT",
    ALL: "ALL",
    CUSTOMER: "CUSTOMER",
    MANAGER: "MANAGER",
    THIRDPARTY: "THIRDPARTY",
};
const Status = {
    COMPLETE: "COMPLETE",
    DELETED: "DELETED",
    IN_PROGRESS: "IN_PROGRESS",
};
const NextContactType = {
    QUICK_CONNECT: "QUICK_CONNECT",
};
const MediaStreamType = {
    AUDIO: "AUDIO",
    VIDEO: "VIDEO",
};
const RecordingStatus = {
    AVAILABLE: "AVAILABLE",
    DELETED: "DELETED",
};
const RoutingCriteriaStepStatus = {
    ACTIVE: "ACTIVE",
    EXPIRED: "EXPIRED",
    INACTIVE: "INACTIVE",
    JOINED: "JOINED",
};
const QuestionRuleCategoryAutomationCondition = {
    NOT_PRESENT: "NOT_PRESENT",
    PRESENT: "PRESENT",
};
const EvaluationQuestionAnswerAnalysisType = {
    CONTACT_LENS_DATA: "CONTACT_LENS_DATA",
    GEN_AI: "GEN_AI",
};
const EvaluationTranscriptType = {
    RAW: "RAW",
    REDACTED: "REDACTED",
};
const EvaluationSuggestedAnswerStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const EvaluationType = {
    CALIBRATION: "CALIBRATION",
    STANDARD: "STANDARD",
};
const AutoEvaluationStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const ContactParticipantRole = {
    AGENT: "AGENT",
    CUSTOMER: "CUSTOMER",
    CUSTOM_BOT: "CUSTOM_BOT",
    SYSTEM: "SYSTEM",
};
const EvaluationStatus = {
    DRAFT: "DRAFT",
    REVIEW_REQUESTED: "REVIEW_REQUESTED",
    SUBMITTED: "SUBMITTED",
    UNDER_REVIEW: "UNDER_REVIEW",
};
const ContactFlowState = {
    ACTIVE: "ACTIVE",
    ARCHIVED: "ARCHIVED",
};
const ContactFlowModuleState = {
    ACTIVE: "ACTIVE",
    ARCHIVED: "ARCHIVED",
};
const ContactFlowModuleStatus = {
    PUBLISHED: "PUBLISHED",
    SAVED: "SAVED",
};
const EvaluationFormValidationStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const EvaluationFormVersionStatus = {
    ACTIVE: "ACTIVE",
    DRAFT: "DRAFT",
};
const InstanceStatus = {
    ACTIVE: "ACTIVE",
    CREATION_FAILED: "CREATION_FAILED",
    CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
};
const InstanceReplicationStatus = {
    INSTANCE_REPLICATION_COMPLETE: "INSTANCE_REPLICATION_COMPLETE",
    INSTANCE_REPLICATION_DELETION_FAILED: "INSTANCE_REPLICATION_DELETION_FAILED",
    INSTANCE_REPLICATION_FAILED: "INSTANCE_REPLICATION_FAILED",
    INSTANCE_REPLICATION_IN_PROGRESS: "INSTANCE_REPLICATION_IN_PROGRESS",
    INSTANCE_REPLICA_DELETING: "INSTANCE_REPLICA_DELETING",
    RESOURCE_REPLICATION_NOT_STARTED: "RESOURCE_REPLICATION_NOT_STARTED",
};
const InstanceAttributeType = {
    AUTO_RESOLVE_BEST_VOICES: "AUTO_RESOLVE_BEST_VOICES",
    CONTACTFLOW_LOGS: "CONTACTFLOW_LOGS",
    CONTACT_LENS: "CONTACT_LENS",
    EARLY_MEDIA: "EARLY_MEDIA",
    ENHANCED_CHAT_MONITORING: "ENHANCED_CHAT_MONITORING",
    ENHANCED_CONTACT_MONITORING: "ENHANCED_CONTACT_MONITORING",
    HIGH_VOLUME_OUTBOUND: "HIGH_VOLUME_OUTBOUND",
    INBOUND_CALLS: "INBOUND_CALLS",
    MESSAGE_STREAMING: "MESSAGE_STREAMING",
    MULTI_PARTY_CHAT_CONFERENCE: "MULTI_PARTY_CHAT_CONFERENCE",
    MULTI_PARTY_CONFERENCE: "MULTI_PARTY_CONFERENCE",
    OUTBOUND_CALLS: "OUTBOUND_CALLS",
    USE_CUSTOM_TTS_VOICES: "USE_CUSTOM_TTS_VOICES",
};
const MetricCreationMethod = {
    METRIC_BUILDER: "METRIC_BUILDER",
    SERVICE_LEVEL_BUILDER: "SERVICE_LEVEL_BUILDER",
};
const AvailableFilterType = {
    METRIC_LEVEL: "METRIC_LEVEL",
    RESOURCE_LEVEL: "RESOURCE_LEVEL",
};
const MetricType = {
    AWS_MANAGED: "AWS_MANAGED",
    CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
};
const NotificationPriority = {
    High: "HIGH",
    Low: "LOW",
    Urgent: "URGENT",
};
const PhoneNumberCountryCode = {
    AD: "AD",
    AE: "AE",
    AF: "AF",
    AG: "AG",
    AI: "AI",
    AL: "AL",
    AM: "AM",
    AN: "AN",
    AO: "AO",
    AQ: "AQ",
    AR: "AR",
    AS: "AS",
    AT: "AT",
    AU: "AU",
    AW: "AW",
    AZ: "AZ",
    BA: "BA",
    BB: "BB",
    BD: "BD",
    BE: "BE",
    BF: "BF",
    BG: "BG",
    BH: "BH",
    BI: "BI",
    BJ: "BJ",
    BL: "BL",
    BM: "BM",
    BN: "BN",
    BO: "BO",
    BR: "BR",
    BS: "BS",
    BT: "BT",
    BW: "BW",
    BY: "BY",
    BZ: "BZ",
    CA: "CA",
    CC: "CC",
    CD: "CD",
    CF: "CF",
    CG: "CG",
    CH: "CH",
    CI: "CI",
    CK: "CK",
    CL: "CL",
    CM: "CM",
    CN: "CN",
    CO: "CO",
    CR: "CR",
    CU: "CU",
    CV: "CV",
    CW: "CW",
    CX: "CX",
    CY: "CY",
    CZ: "CZ",
    DE: "DE",
    DJ: "DJ",
    DK: "DK",
    DM: "DM",
    DO: "DO",
    DZ: "DZ",
    EC: "EC",
    EE: "EE",
    EG: "EG",
    EH: "EH",
    ER: "ER",
    ES: "ES",
    ET: "ET",
    FI: "FI",
    FJ: "FJ",
    FK: "FK",
    FM: "FM",
    FO: "FO",
    FR: "FR",
    GA: "GA",
    GB: "GB",
    GD: "GD",
    GE: "GE",
    GG: "GG",
    GH: "GH",
    GI: "GI",
    GL: "GL",
    GM: "GM",
    GN: "GN",
    GQ: "GQ",
    GR: "GR",
    GT: "GT",
    GU: "GU",
    GW: "GW",
    GY: "GY",
    HK: "HK",
    HN: "HN",
    HR: "HR",
    HT: "HT",
    HU: "HU",
    ID: "ID",
    IE: "IE",
    IL: "IL",
    IM: "IM",
    IN: "IN",
    IO: "IO",
    IQ: "IQ",
    IR: "IR",
    IS: "IS",
    IT: "IT",
    JE: "JE",
    JM: "JM",
    JO: "JO",
    JP: "JP",
    KE: "KE",
    KG: "KG",
    KH: "KH",
    KI: "KI",
    KM: "KM",
    KN: "KN",
    KP: "KP",
    KR: "KR",
    KW: "KW",
    KY: "KY",
    KZ: "KZ",
    LA: "LA",
    LB: "LB",
    LC: "LC",
    LI: "LI",
    LK: "LK",
    LR: "LR",
    LS: "LS",
    LT: "LT",
    LU: "LU",
    LV: "LV",
    LY: "LY",
    MA: "MA",
    MC: "MC",
    MD: "MD",
    ME: "ME",
    MF: "MF",
    MG: "MG",
    MH: "MH",
    MK: "MK",
    ML: "ML",
    MM: "MM",
    MN: "MN",
    MO: "MO",
    MP: "MP",
    MR: "MR",
    MS: "MS",
    MT: "MT",
    MU: "MU",
    MV: "MV",
    MW: "MW",
    MX: "MX",
    MY: "MY",
    MZ: "MZ",
    NA: "NA",
    NC: "NC",
    NE: "NE",
    NG: "NG",
    NI: "NI",
    NL: "NL",
    NO: "NO",
    NP: "NP",
    NR: "NR",
    NU: "NU",
    NZ: "NZ",
    OM: "OM",
    PA: "PA",
    PE: "PE",
    PF: "PF",
    PG: "PG",
    PH: "PH",
    PK: "PK",
    PL: "PL",
    PM: "PM",
    PN: "PN",
    PR: "PR",
    PT: "PT",
    PW: "PW",
    PY: "PY",
    QA: "QA",
    RE: "RE",
    RO: "RO",
    RS: "RS",
    RU: "RU",
    RW: "RW",
    SA: "SA",
    SB: "SB",
    SC: "SC",
    SD: "SD",
    SE: "SE",
    SG: "SG",
    SH: "SH",
    SI: "SI",
    SJ: "SJ",
    SK: "SK",
    SL: "SL",
    SM: "SM",
    SN: "SN",
    SO: "SO",
    SR: "SR",
    ST: "ST",
    SV: "SV",
    SX: "SX",
    SY: "SY",
    SZ: "SZ",
    TC: "TC",
    TD: "TD",
    TG: "TG",
    TH: "TH",
    TJ: "TJ",
    TK: "TK",
    TL: "TL",
    TM: "TM",
    TN: "TN",
    TO: "TO",
    TR: "TR",
    TT: "TT",
    TV: "TV",
    TW: "TW",
    TZ: "TZ",
    UA: "UA",
    UG: "UG",
    US: "US",
    UY: "UY",
    UZ: "UZ",
    VA: "VA",
    VC: "VC",
    VE: "VE",
    VG: "VG",
    VI: "VI",
    VN: "VN",
    VU: "VU",
    WF: "WF",
    WS: "WS",
    YE: "YE",
    YT: "YT",
    ZA: "ZA",
    ZM: "ZM",
    ZW: "ZW",
};
const PhoneNumberWorkflowStatus = {
    Claimed: "CLAIMED",
    Failed: "FAILED",
    InProgress: "IN_PROGRESS",
};
const PhoneNumberType = {
    DID: "DID",
    SHARED: "SHARED",
    SHORT_CODE: "SHORT_CODE",
    THIRD_PARTY_DID: "THIRD_PARTY_DID",
    THIRD_PARTY_TF: "THIRD_PARTY_TF",
    TOLL_FREE: "TOLL_FREE",
    UIFN: "UIFN",
};
const QueueStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const RuleCapabilityTier = {
    GenerativeAI: "GenerativeAI",
};
const TrafficDistributionGroupStatus = {
    ACTIVE: "ACTIVE",
    CREATION_FAILED: "CREATION_FAILED",
    CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
    DELETION_FAILED: "DELETION_FAILED",
    PENDING_DELETION: "PENDING_DELETION",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
};
const Visibility = {
    All: "ALL",
    Assigned: "ASSIGNED",
    None: "NONE",
};
const ContactMetricName = {
    ESTIMATED_WAIT_TIME: "ESTIMATED_WAIT_TIME",
    POSITION_IN_QUEUE: "POSITION_IN_QUEUE",
};
const CurrentMetricName = {
    AGENTS_AFTER_CONTACT_WORK: "AGENTS_AFTER_CONTACT_WORK",
    AGENTS_AVAILABLE: "AGENTS_AVAILABLE",
    AGENTS_ERROR: "AGENTS_ERROR",
    AGENTS_NON_PRODUCTIVE: "AGENTS_NON_PRODUCTIVE",
    AGENTS_ONLINE: "AGENTS_ONLINE",
    AGENTS_ON_CALL: "AGENTS_ON_CALL",
    AGENTS_ON_CONTACT: "AGENTS_ON_CONTACT",
    AGENTS_STAFFED: "AGENTS_STAFFED",
    CONTACTS_IN_QUEUE: "CONTACTS_IN_QUEUE",
    CONTACTS_SCHEDULED: "CONTACTS_SCHEDULED",
    ESTIMATED_WAIT_TIME: "ESTIMATED_WAIT_TIME",
    OLDEST_CONTACT_AGE: "OLDEST_CONTACT_AGE",
    SLOTS_ACTIVE: "SLOTS_ACTIVE",
    SLOTS_AVAILABLE: "SLOTS_AVAILABLE",
};
const Unit = {
    COUNT: "COUNT",
    PERCENT: "PERCENT",
    SECONDS: "SECONDS",
};
const Grouping = {
    AGENT_STATUS: "AGENT_STATUS",
    CHANNEL: "CHANNEL",
    QUEUE: "QUEUE",
    ROUTING_PROFILE: "ROUTING_PROFILE",
    ROUTING_STEP_EXPRESSION: "ROUTING_STEP_EXPRESSION",
    SUBTYPE: "SUBTYPE",
    VALIDATION_TEST_TYPE: "VALIDATION_TEST_TYPE",
};
const SortOrder = {
    ASCENDING: "ASCENDING",
    DESCENDING: "DESCENDING",
};
const OperationalStatus = {
    CLOSED: "CLOSED",
    OPEN: "OPEN",
};
const EvaluationFormValidationFindingSeverity = {
    ERROR: "ERROR",
    WARNING: "WARNING",
};
const HistoricalMetricName = {
    ABANDON_TIME: "ABANDON_TIME",
    AFTER_CONTACT_WORK_TIME: "AFTER_CONTACT_WORK_TIME",
    API_CONTACTS_HANDLED: "API_CONTACTS_HANDLED",
    CALLBACK_CONTACTS_HANDLED: "CALLBACK_CONTACTS_HANDLED",
    CONTACTS_ABANDONED: "CONTACTS_ABANDONED",
    CONTACTS_AGENT_HUNG_UP_FIRST: "CONTACTS_AGENT_HUNG_UP_FIRST",
    CONTACTS_CONSULTED: "CONTACTS_CONSULTED",
    CONTACTS_HANDLED: "CONTACTS_HANDLED",
    CONTACTS_HANDLED_INCOMING: "CONTACTS_HANDLED_INCOMING",
    CONTACTS_HANDLED_OUTBOUND: "CONTACTS_HANDLED_OUTBOUND",
    CONTACTS_HOLD_ABANDONS: "CONTACTS_HOLD_ABANDONS",
    CONTACTS_MISSED: "CONTACTS_MISSED",
    CONTACTS_QUEUED: "CONTACTS_QUEUED",
    CONTACTS_TRANSFERRED_IN: "CONTACTS_TRANSFERRED_IN",
    CONTACTS_TRANSFERRED_IN_FROM_QUEUE: "CONTACTS_TRANSFERRED_IN_FROM_QUEUE",
    CONTACTS_TRANSFERRED_OUT: "CONTACTS_TRANSFERRED_OUT",
    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE: "CONTACTS_TRANSFERRED_OUT_FROM_QUEUE",
    HANDLE_TIME: "HANDLE_TIME",
    HOLD_TIME: "HOLD_TIME",
    INTERACTION_AND_HOLD_TIME: "INTERACTION_AND_HOLD_TIME",
    INTERACTION_TIME: "INTERACTION_TIME",
    OCCUPANCY: "OCCUPANCY",
    QUEUED_TIME: "QUEUED_TIME",
    QUEUE_ANSWER_TIME: "QUEUE_ANSWER_TIME",
    SERVICE_LEVEL: "SERVICE_LEVEL",
};
const Statistic = {
    AVG: "AVG",
    MAX: "MAX",
    SUM: "SUM",
};
const Comparison = {
    LT: "LT",
};
const FilterV2StringConditionComparisonOperator = {
    NOT_EXISTS: "NOT_EXISTS",
};
const IntervalPeriod = {
    DAY: "DAY",
    FIFTEEN_MIN: "FIFTEEN_MIN",
    HOUR: "HOUR",
    THIRTY_MIN: "THIRTY_MIN",
    TOTAL: "TOTAL",
    WEEK: "WEEK",
};
const TestCaseExecutionStatus = {
    FAILED: "FAILED",
    INITIATED: "INITIATED",
    IN_PROGRESS: "IN_PROGRESS",
    PASSED: "PASSED",
    STOPPED: "STOPPED",
};
const LexVersion = {
    V1: "V1",
    V2: "V2",
};
const AnalyticsMode = {
    AutomatedInteraction: "AutomatedInteraction",
    ContactLens: "ContactLens",
    PostContact: "PostContact",
    RealTime: "RealTime",
};
const EvaluationFormAIVersionStatus = {
    ACTIVE: "ACTIVE",
    DEPRECATED: "DEPRECATED",
    LATEST: "LATEST",
    PREVIEW: "PREVIEW",
};
const QueueType = {
    AGENT: "AGENT",
    STANDARD: "STANDARD",
};
const RealTimeContactAnalysisOutputType = {
    Raw: "Raw",
    Redacted: "Redacted",
};
const RealTimeContactAnalysisSegmentType = {
    Attachments: "Attachments",
    Categories: "Categories",
    Event: "Event",
    ExtractedInformation: "ExtractedInformation",
    Issues: "Issues",
    PostContactSummary: "PostContactSummary",
    Transcript: "Transcript",
};
const RealTimeContactAnalysisSupportedChannel = {
    CHAT: "CHAT",
    VOICE: "VOICE",
};
const ArtifactStatus = {
    APPROVED: "APPROVED",
    IN_PROGRESS: "IN_PROGRESS",
    REJECTED: "REJECTED",
};
const RealTimeContactAnalysisExtractedInformationFailureCode = {
    FAILED_SAFETY_GUIDELINES: "FAILED_SAFETY_GUIDELINES",
    INSUFFICIENT_CONVERSATION_CONTENT: "INSUFFICIENT_CONVERSATION_CONTENT",
    INTERNAL_ERROR: "INTERNAL_ERROR",
    MAX_PACKAGE_FEATURE_ONLY: "MAX_PACKAGE_FEATURE_ONLY",
    QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
};
const RealTimeContactAnalysisPostContactSummaryFailureCode = {
    FAILED_SAFETY_GUIDELINES: "FAILED_SAFETY_GUIDELINES",
    INSUFFICIENT_CONVERSATION_CONTENT: "INSUFFICIENT_CONVERSATION_CONTENT",
    INTERNAL_ERROR: "INTERNAL_ERROR",
    INVALID_ANALYSIS_CONFIGURATION: "INVALID_ANALYSIS_CONFIGURATION",
    QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
};
const RealTimeContactAnalysisPostContactSummaryStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
};
const RealTimeContactAnalysisSentimentLabel = {
    NEGATIVE: "NEGATIVE",
    NEUTRAL: "NEUTRAL",
    POSITIVE: "POSITIVE",
};
const RealTimeContactAnalysisStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ExecutionRecordStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PASSED: "PASSED",
    STOPPED: "STOPPED",
};
const NotificationStatus = {
    Hidden: "HIDDEN",
    Read: "READ",
    Unread: "UNREAD",
};
const NotificationSource = {
    Customer: "CUSTOMER",
    Rules: "RULES",
    System: "SYSTEM",
};
const ContactRecordingType = {
    AGENT: "AGENT",
    IVR: "IVR",
    SCREEN: "SCREEN",
};
const BooleanComparisonType = {
    IS_FALSE: "IS_FALSE",
    IS_TRUE: "IS_TRUE",
};
const DateTimeComparisonType = {
    EQUAL_TO: "EQUAL_TO",
    GREATER_THAN: "GREATER_THAN",
    GREATER_THAN_OR_EQUAL_TO: "GREATER_THAN_OR_EQUAL_TO",
    LESS_THAN: "LESS_THAN",
    LESS_THAN_OR_EQUAL_TO: "LESS_THAN_OR_EQUAL_TO",
    RANGE: "RANGE",
};
const DecimalComparisonType = {
    EQUAL: "EQUAL",
    GREATER: "GREATER",
    GREATER_OR_EQUAL: "GREATER_OR_EQUAL",
    LESSER: "LESSER",
    LESSER_OR_EQUAL: "LESSER_OR_EQUAL",
    NOT_EQUAL: "NOT_EQUAL",
    RANGE: "RANGE",
};
const NumberComparisonType = {
    EQUAL: "EQUAL",
    GREATER: "GREATER",
    GREATER_OR_EQUAL: "GREATER_OR_EQUAL",
    LESSER: "LESSER",
    LESSER_OR_EQUAL: "LESSER_OR_EQUAL",
    NOT_EQUAL: "NOT_EQUAL",
    RANGE: "RANGE",
};
const ContactEvaluationAttributeKey = {
    CONTACT_AGENT_ID: "ContactAgentId",
};
const ContactEvaluationAttributeComparisonType = {
    EXACT: "EXACT",
};
const SearchContactsTimeRangeType = {
    CONNECTED_TO_AGENT_TIMESTAMP: "CONNECTED_TO_AGENT_TIMESTAMP",
    DISCONNECT_TIMESTAMP: "DISCONNECT_TIMESTAMP",
    ENQUEUE_TIMESTAMP: "ENQUEUE_TIMESTAMP",
    INITIATION_TIMESTAMP: "INITIATION_TIMESTAMP",
    SCHEDULED_TIMESTAMP: "SCHEDULED_TIMESTAMP",
};
const SearchContactsTimeRangeConditionType = {
    NOT_EXISTS: "NOT_EXISTS",
};
const SearchContactsMatchType = {
    MATCH_ALL: "MATCH_ALL",
    MATCH_ANY: "MATCH_ANY",
    MATCH_EXACT: "MATCH_EXACT",
    MATCH_NONE: "MATCH_NONE",
};
const SortableFieldName = {
    CHANNEL: "CHANNEL",
    CONNECTED_TO_AGENT_TIMESTAMP: "CONNECTED_TO_AGENT_TIMESTAMP",
    DISCONNECT_TIMESTAMP: "DISCONNECT_TIMESTAMP",
    EXPIRY_TIMESTAMP: "EXPIRY_TIMESTAMP",
    INITIATION_METHOD: "INITIATION_METHOD",
    INITIATION_TIMESTAMP: "INITIATION_TIMESTAMP",
    SCHEDULED_TIMESTAMP: "SCHEDULED_TIMESTAMP",
};
const DateComparisonType = {
    EQUAL_TO: "EQUAL_TO",
    GREATER_THAN: "GREATER_THAN",
    GREATER_THAN_OR_EQUAL_TO: "GREATER_THAN_OR_EQUAL_TO",
    LESS_THAN: "LESS_THAN",
    LESS_THAN_OR_EQUAL_TO: "LESS_THAN_OR_EQUAL_TO",
};
const SearchableQueueType = {
    STANDARD: "STANDARD",
};
const HierarchyGroupMatchType = {
    EXACT: "EXACT",
    WITH_CHILD_GROUPS: "WITH_CHILD_GROUPS",
};
const TargetListType = {
    PROFICIENCIES: "PROFICIENCIES",
};
const ChatEventType = {
    DISCONNECT: "DISCONNECT",
    EVENT: "EVENT",
    MESSAGE: "MESSAGE",
};
const OutboundMessageSourceType = {
    RAW: "RAW",
    TEMPLATE: "TEMPLATE",
};
const TrafficType = {
    CAMPAIGN: "CAMPAIGN",
    GENERAL: "GENERAL",
};
const NotificationType = {
    WIDGET_ACTION: "WIDGET_ACTION",
    WIDGET_VIEW: "WIDGET_VIEW",
};
const DisconnectOnCustomerExitParticipantType = {
    AGENT: "AGENT",
};
const ResponseMode = {
    COMPLETE: "COMPLETE",
    INCREMENTAL: "INCREMENTAL",
};
const Behavior = {
    Disable: "Disable",
    Enable: "Enable",
};
const MaskMode = {
    EntityType: "EntityType",
    PII: "PII",
};
const Policy = {
    None: "None",
    RedactedAndOriginal: "RedactedAndOriginal",
    RedactedOnly: "RedactedOnly",
};
const SummaryMode = {
    AutomatedInteraction: "AutomatedInteraction",
    ContactChain: "ContactChain",
    PostContact: "PostContact",
};
const ContactMediaProcessingFailureMode = {
    DELIVER_UNPROCESSED_MESSAGE: "DELIVER_UNPROCESSED_MESSAGE",
    DO_NOT_DELIVER_UNPROCESSED_MESSAGE: "DO_NOT_DELIVER_UNPROCESSED_MESSAGE",
};
const IvrRecordingTrack = {
    ALL: "ALL",
};
const VoiceRecordingTrack = {
    ALL: "ALL",
    FROM_AGENT: "FROM_AGENT",
    TO_AGENT: "TO_AGENT",
};
const InboundMessageSourceType = {
    RAW: "RAW",
};
const EmailHeaderType = {
    IN_REPLY_TO: "IN_REPLY_TO",
    MESSAGE_ID: "MESSAGE_ID",
    REFERENCES: "REFERENCES",
    X_SES_SPAM_VERDICT: "X_SES_SPAM_VERDICT",
    X_SES_VIRUS_VERDICT: "X_SES_VIRUS_VERDICT",
};
const MeetingFeatureStatus = {
    AVAILABLE: "AVAILABLE",
    UNAVAILABLE: "UNAVAILABLE",
};
const TimerEligibleParticipantRoles = {
    AGENT: "AGENT",
    CUSTOMER: "CUSTOMER",
};
const ParticipantTimerType = {
    DISCONNECT_NONCUSTOMER: "DISCONNECT_NONCUSTOMER",
    IDLE: "IDLE",
};
const ParticipantTimerAction = {
    Unset: "Unset",
};

__webpack_unused_export__ = AIAgent$;
__webpack_unused_export__ = AIAgentType;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AccessType;
__webpack_unused_export__ = ActionSummary$;
__webpack_unused_export__ = ActionType;
__webpack_unused_export__ = ActivateEvaluationForm$;
__webpack_unused_export__ = ActivateEvaluationFormCommand;
__webpack_unused_export__ = ActivateEvaluationFormRequest$;
__webpack_unused_export__ = ActivateEvaluationFormResponse$;
__webpack_unused_export__ = AdditionalEmailRecipients$;
__webpack_unused_export__ = AfterContactWorkConfig$;
__webpack_unused_export__ = AfterContactWorkConfigPerChannel$;
__webpack_unused_export__ = AgentAvailabilityTimer;
__webpack_unused_export__ = AgentConfig$;
__webpack_unused_export__ = AgentContactReference$;
__webpack_unused_export__ = AgentFirst$;
__webpack_unused_export__ = AgentHierarchyGroup$;
__webpack_unused_export__ = AgentHierarchyGroups$;
__webpack_unused_export__ = AgentInfo$;
__webpack_unused_export__ = AgentQualityMetrics$;
__webpack_unused_export__ = AgentStatus$;
__webpack_unused_export__ = AgentStatusIdentifier$;
__webpack_unused_export__ = AgentStatusReference$;
__webpack_unused_export__ = AgentStatusSearchCriteria$;
__webpack_unused_export__ = AgentStatusSearchFilter$;
__webpack_unused_export__ = AgentStatusState;
__webpack_unused_export__ = AgentStatusSummary$;
__webpack_unused_export__ = AgentStatusType;
__webpack_unused_export__ = AgentsCriteria$;
__webpack_unused_export__ = AiAgentInfo$;
__webpack_unused_export__ = AiAgentInput$;
__webpack_unused_export__ = AiAgentSearchCriteria$;
__webpack_unused_export__ = AiAgentsCriteria$;
__webpack_unused_export__ = AiUseCase;
__webpack_unused_export__ = AliasConfiguration$;
__webpack_unused_export__ = AllowedCapabilities$;
__webpack_unused_export__ = AllowedExtension$;
__webpack_unused_export__ = AllowedUserAction;
__webpack_unused_export__ = AnalyticsConfiguration$;
__webpack_unused_export__ = AnalyticsDataAssociationResult$;
__webpack_unused_export__ = AnalyticsDataSetsResult$;
__webpack_unused_export__ = AnalyticsMode;
__webpack_unused_export__ = AnswerMachineDetectionConfig$;
__webpack_unused_export__ = AnsweringMachineDetectionStatus;
__webpack_unused_export__ = Application$;
__webpack_unused_export__ = ApplicationType;
__webpack_unused_export__ = ArtifactStatus;
__webpack_unused_export__ = AssignContactCategoryActionDefinition$;
__webpack_unused_export__ = AssignSlaActionDefinition$;
__webpack_unused_export__ = AssociateAnalyticsDataSet$;
__webpack_unused_export__ = AssociateAnalyticsDataSetCommand;
__webpack_unused_export__ = AssociateAnalyticsDataSetRequest$;
__webpack_unused_export__ = AssociateAnalyticsDataSetResponse$;
__webpack_unused_export__ = AssociateApprovedOrigin$;
__webpack_unused_export__ = AssociateApprovedOriginCommand;
__webpack_unused_export__ = AssociateApprovedOriginRequest$;
__webpack_unused_export__ = AssociateBot$;
__webpack_unused_export__ = AssociateBotCommand;
__webpack_unused_export__ = AssociateBotRequest$;
__webpack_unused_export__ = AssociateContactWithUser$;
__webpack_unused_export__ = AssociateContactWithUserCommand;
__webpack_unused_export__ = AssociateContactWithUserRequest$;
__webpack_unused_export__ = AssociateContactWithUserResponse$;
__webpack_unused_export__ = AssociateDefaultVocabulary$;
__webpack_unused_export__ = AssociateDefaultVocabularyCommand;
__webpack_unused_export__ = AssociateDefaultVocabularyRequest$;
__webpack_unused_export__ = AssociateDefaultVocabularyResponse$;
__webpack_unused_export__ = AssociateEmailAddressAlias$;
__webpack_unused_export__ = AssociateEmailAddressAliasCommand;
__webpack_unused_export__ = AssociateEmailAddressAliasRequest$;
__webpack_unused_export__ = AssociateEmailAddressAliasResponse$;
__webpack_unused_export__ = AssociateFlow$;
__webpack_unused_export__ = AssociateFlowCommand;
__webpack_unused_export__ = AssociateFlowRequest$;
__webpack_unused_export__ = AssociateFlowResponse$;
__webpack_unused_export__ = AssociateHoursOfOperations$;
__webpack_unused_export__ = AssociateHoursOfOperationsCommand;
__webpack_unused_export__ = AssociateHoursOfOperationsRequest$;
__webpack_unused_export__ = AssociateInstanceStorageConfig$;
__webpack_unused_export__ = AssociateInstanceStorageConfigCommand;
__webpack_unused_export__ = AssociateInstanceStorageConfigRequest$;
__webpack_unused_export__ = AssociateInstanceStorageConfigResponse$;
__webpack_unused_export__ = AssociateLambdaFunction$;
__webpack_unused_export__ = AssociateLambdaFunctionCommand;
__webpack_unused_export__ = AssociateLambdaFunctionRequest$;
__webpack_unused_export__ = AssociateLexBot$;
__webpack_unused_export__ = AssociateLexBotCommand;
__webpack_unused_export__ = AssociateLexBotRequest$;
__webpack_unused_export__ = AssociatePhoneNumberContactFlow$;
__webpack_unused_export__ = AssociatePhoneNumberContactFlowCommand;
__webpack_unused_export__ = AssociatePhoneNumberContactFlowRequest$;
__webpack_unused_export__ = AssociateQueueEmailAddresses$;
__webpack_unused_export__ = AssociateQueueEmailAddressesCommand;
__webpack_unused_export__ = AssociateQueueEmailAddressesRequest$;
__webpack_unused_export__ = AssociateQueueQuickConnects$;
__webpack_unused_export__ = AssociateQueueQuickConnectsCommand;
__webpack_unused_export__ = AssociateQueueQuickConnectsRequest$;
__webpack_unused_export__ = AssociateRoutingProfileQueues$;
__webpack_unused_export__ = AssociateRoutingProfileQueuesCommand;
__webpack_unused_export__ = AssociateRoutingProfileQueuesRequest$;
__webpack_unused_export__ = AssociateSecurityKey$;
__webpack_unused_export__ = AssociateSecurityKeyCommand;
__webpack_unused_export__ = AssociateSecurityKeyRequest$;
__webpack_unused_export__ = AssociateSecurityKeyResponse$;
__webpack_unused_export__ = AssociateSecurityProfiles$;
__webpack_unused_export__ = AssociateSecurityProfilesCommand;
__webpack_unused_export__ = AssociateSecurityProfilesRequest$;
__webpack_unused_export__ = AssociateTrafficDistributionGroupUser$;
__webpack_unused_export__ = AssociateTrafficDistributionGroupUserCommand;
__webpack_unused_export__ = AssociateTrafficDistributionGroupUserRequest$;
__webpack_unused_export__ = AssociateTrafficDistributionGroupUserResponse$;
__webpack_unused_export__ = AssociateUserProficiencies$;
__webpack_unused_export__ = AssociateUserProficienciesCommand;
__webpack_unused_export__ = AssociateUserProficienciesRequest$;
__webpack_unused_export__ = AssociateWorkspace$;
__webpack_unused_export__ = AssociateWorkspaceCommand;
__webpack_unused_export__ = AssociateWorkspaceRequest$;
__webpack_unused_export__ = AssociateWorkspaceResponse$;
__webpack_unused_export__ = AssociatedContactSummary$;
__webpack_unused_export__ = AttachedFile$;
__webpack_unused_export__ = AttachedFileError$;
__webpack_unused_export__ = AttachedFileInvalidRequestExceptionReason;
__webpack_unused_export__ = AttachedFileServiceQuotaExceededExceptionReason;
__webpack_unused_export__ = AttachedFilesConfiguration$;
__webpack_unused_export__ = AttachedFilesConfigurationSummary$;
__webpack_unused_export__ = AttachmentReference$;
__webpack_unused_export__ = AttachmentScope;
__webpack_unused_export__ = Attendee$;
__webpack_unused_export__ = Attribute$;
__webpack_unused_export__ = AttributeAndCondition$;
__webpack_unused_export__ = AttributeCondition$;
__webpack_unused_export__ = AudioFeatures$;
__webpack_unused_export__ = AudioQualityMetricsInfo$;
__webpack_unused_export__ = AuthCodeEntityType;
__webpack_unused_export__ = AuthScope$;
__webpack_unused_export__ = AuthenticationProfile$;
__webpack_unused_export__ = AuthenticationProfileSummary$;
__webpack_unused_export__ = AutoAcceptConfig$;
__webpack_unused_export__ = AutoEvaluationConfiguration$;
__webpack_unused_export__ = AutoEvaluationDetails$;
__webpack_unused_export__ = AutoEvaluationStatus;
__webpack_unused_export__ = AutomaticFailConfiguration$;
__webpack_unused_export__ = AvailableFilter$;
__webpack_unused_export__ = AvailableFilterType;
__webpack_unused_export__ = AvailableNumberSummary$;
__webpack_unused_export__ = BatchAssociateAnalyticsDataSet$;
__webpack_unused_export__ = BatchAssociateAnalyticsDataSetCommand;
__webpack_unused_export__ = BatchAssociateAnalyticsDataSetRequest$;
__webpack_unused_export__ = BatchAssociateAnalyticsDataSetResponse$;
__webpack_unused_export__ = BatchCreateDataTableValue$;
__webpack_unused_export__ = BatchCreateDataTableValueCommand;
__webpack_unused_export__ = BatchCreateDataTableValueFailureResult$;
__webpack_unused_export__ = BatchCreateDataTableValueRequest$;
__webpack_unused_export__ = BatchCreateDataTableValueResponse$;
__webpack_unused_export__ = BatchCreateDataTableValueSuccessResult$;
__webpack_unused_export__ = BatchDeleteDataTableValue$;
__webpack_unused_export__ = BatchDeleteDataTableValueCommand;
__webpack_unused_export__ = BatchDeleteDataTableValueFailureResult$;
__webpack_unused_export__ = BatchDeleteDataTableValueRequest$;
__webpack_unused_export__ = BatchDeleteDataTableValueResponse$;
__webpack_unused_export__ = BatchDeleteDataTableValueSuccessResult$;
__webpack_unused_export__ = BatchDescribeDataTableValue$;
__webpack_unused_export__ = BatchDescribeDataTableValueCommand;
__webpack_unused_export__ = BatchDescribeDataTableValueFailureResult$;
__webpack_unused_export__ = BatchDescribeDataTableValueRequest$;
__webpack_unused_export__ = BatchDescribeDataTableValueResponse$;
__webpack_unused_export__ = BatchDescribeDataTableValueSuccessResult$;
__webpack_unused_export__ = BatchDisassociateAnalyticsDataSet$;
__webpack_unused_export__ = BatchDisassociateAnalyticsDataSetCommand;
__webpack_unused_export__ = BatchDisassociateAnalyticsDataSetRequest$;
__webpack_unused_export__ = BatchDisassociateAnalyticsDataSetResponse$;
__webpack_unused_export__ = BatchGetAttachedFileMetadata$;
__webpack_unused_export__ = BatchGetAttachedFileMetadataCommand;
__webpack_unused_export__ = BatchGetAttachedFileMetadataRequest$;
__webpack_unused_export__ = BatchGetAttachedFileMetadataResponse$;
__webpack_unused_export__ = BatchGetFlowAssociation$;
__webpack_unused_export__ = BatchGetFlowAssociationCommand;
__webpack_unused_export__ = BatchGetFlowAssociationRequest$;
__webpack_unused_export__ = BatchGetFlowAssociationResponse$;
__webpack_unused_export__ = BatchPutContact$;
__webpack_unused_export__ = BatchPutContactCommand;
__webpack_unused_export__ = BatchPutContactRequest$;
__webpack_unused_export__ = BatchPutContactResponse$;
__webpack_unused_export__ = BatchUpdateDataTableValue$;
__webpack_unused_export__ = BatchUpdateDataTableValueCommand;
__webpack_unused_export__ = BatchUpdateDataTableValueFailureResult$;
__webpack_unused_export__ = BatchUpdateDataTableValueRequest$;
__webpack_unused_export__ = BatchUpdateDataTableValueResponse$;
__webpack_unused_export__ = BatchUpdateDataTableValueSuccessResult$;
__webpack_unused_export__ = Behavior;
__webpack_unused_export__ = BehaviorType;
__webpack_unused_export__ = BooleanComparisonType;
__webpack_unused_export__ = BooleanCondition$;
__webpack_unused_export__ = CalculationComponent$;
__webpack_unused_export__ = Campaign$;
__webpack_unused_export__ = CaseSlaConfiguration$;
__webpack_unused_export__ = Channel;
__webpack_unused_export__ = ChannelWorkloadBehaviorType;
__webpack_unused_export__ = ChatContactMetrics$;
__webpack_unused_export__ = ChatEntryPointParameters$;
__webpack_unused_export__ = ChatEvent$;
__webpack_unused_export__ = ChatEventType;
__webpack_unused_export__ = ChatMessage$;
__webpack_unused_export__ = ChatMetrics$;
__webpack_unused_export__ = ChatParticipantRoleConfig$;
__webpack_unused_export__ = ChatStreamingConfiguration$;
__webpack_unused_export__ = ClaimPhoneNumber$;
__webpack_unused_export__ = ClaimPhoneNumberCommand;
__webpack_unused_export__ = ClaimPhoneNumberRequest$;
__webpack_unused_export__ = ClaimPhoneNumberResponse$;
__webpack_unused_export__ = ClaimedPhoneNumberSummary$;
__webpack_unused_export__ = CommonAttributeAndCondition$;
__webpack_unused_export__ = Comparison;
__webpack_unused_export__ = CompleteAttachedFileUpload$;
__webpack_unused_export__ = CompleteAttachedFileUploadCommand;
__webpack_unused_export__ = CompleteAttachedFileUploadRequest$;
__webpack_unused_export__ = CompleteAttachedFileUploadResponse$;
__webpack_unused_export__ = Condition$;
__webpack_unused_export__ = ConditionalOperationFailedException;
__webpack_unused_export__ = ConditionalOperationFailedException$;
__webpack_unused_export__ = ConfigurableNotificationPriority;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = Connect;
exports.ConnectClient = ConnectClient;
__webpack_unused_export__ = ConnectServiceException;
__webpack_unused_export__ = ConnectServiceException$;
__webpack_unused_export__ = ConnectionData$;
__webpack_unused_export__ = Contact$;
__webpack_unused_export__ = ContactAnalysis$;
__webpack_unused_export__ = ContactAnalysisReference$;
__webpack_unused_export__ = ContactConfiguration$;
__webpack_unused_export__ = ContactDataRequest$;
__webpack_unused_export__ = ContactDetails$;
__webpack_unused_export__ = ContactEvaluation$;
__webpack_unused_export__ = ContactEvaluationAttributeAndCondition$;
__webpack_unused_export__ = ContactEvaluationAttributeComparisonType;
__webpack_unused_export__ = ContactEvaluationAttributeCondition$;
__webpack_unused_export__ = ContactEvaluationAttributeFilter$;
__webpack_unused_export__ = ContactEvaluationAttributeKey;
__webpack_unused_export__ = ContactEvaluationAttributeValue$;
__webpack_unused_export__ = ContactField;
__webpack_unused_export__ = ContactFilter$;
__webpack_unused_export__ = ContactFlow$;
__webpack_unused_export__ = ContactFlowAttributeAndCondition$;
__webpack_unused_export__ = ContactFlowAttributeFilter$;
__webpack_unused_export__ = ContactFlowModule$;
__webpack_unused_export__ = ContactFlowModuleAliasInfo$;
__webpack_unused_export__ = ContactFlowModuleAliasSummary$;
__webpack_unused_export__ = ContactFlowModuleSearchCriteria$;
__webpack_unused_export__ = ContactFlowModuleSearchFilter$;
__webpack_unused_export__ = ContactFlowModuleState;
__webpack_unused_export__ = ContactFlowModuleStatus;
__webpack_unused_export__ = ContactFlowModuleSummary$;
__webpack_unused_export__ = ContactFlowModuleVersionSummary$;
__webpack_unused_export__ = ContactFlowNotPublishedException;
__webpack_unused_export__ = ContactFlowNotPublishedException$;
__webpack_unused_export__ = ContactFlowSearchCriteria$;
__webpack_unused_export__ = ContactFlowSearchFilter$;
__webpack_unused_export__ = ContactFlowState;
__webpack_unused_export__ = ContactFlowStatus;
__webpack_unused_export__ = ContactFlowSummary$;
__webpack_unused_export__ = ContactFlowType;
__webpack_unused_export__ = ContactFlowTypeCondition$;
__webpack_unused_export__ = ContactFlowVersionSummary$;
__webpack_unused_export__ = ContactInitiationMethod;
__webpack_unused_export__ = ContactInteractionType;
__webpack_unused_export__ = ContactMediaProcessingFailureMode;
__webpack_unused_export__ = ContactMetricInfo$;
__webpack_unused_export__ = ContactMetricName;
__webpack_unused_export__ = ContactMetricResult$;
__webpack_unused_export__ = ContactMetricValue$;
__webpack_unused_export__ = ContactNotFoundException;
__webpack_unused_export__ = ContactNotFoundException$;
__webpack_unused_export__ = ContactNotTerminatedException;
__webpack_unused_export__ = ContactNotTerminatedException$;
__webpack_unused_export__ = ContactParticipantRole;
__webpack_unused_export__ = ContactRecordingType;
__webpack_unused_export__ = ContactSearchSummary$;
__webpack_unused_export__ = ContactSearchSummaryAgentInfo$;
__webpack_unused_export__ = ContactSearchSummaryAiAgentInfo$;
__webpack_unused_export__ = ContactSearchSummaryQueueInfo$;
__webpack_unused_export__ = ContactSearchSummarySegmentAttributeValue$;
__webpack_unused_export__ = ContactState;
__webpack_unused_export__ = ContentAttributes$;
__webpack_unused_export__ = ControlPlaneAttributeFilter$;
__webpack_unused_export__ = ControlPlaneTagFilter$;
__webpack_unused_export__ = ControlPlaneUserAttributeFilter$;
__webpack_unused_export__ = CreateAgentStatus$;
__webpack_unused_export__ = CreateAgentStatusCommand;
__webpack_unused_export__ = CreateAgentStatusRequest$;
__webpack_unused_export__ = CreateAgentStatusResponse$;
__webpack_unused_export__ = CreateAttachedFile$;
__webpack_unused_export__ = CreateAttachedFileCommand;
__webpack_unused_export__ = CreateAttachedFileRequest$;
__webpack_unused_export__ = CreateAttachedFileResponse$;
__webpack_unused_export__ = CreateAuthCode$;
__webpack_unused_export__ = CreateAuthCodeCommand;
__webpack_unused_export__ = CreateAuthCodeRequest$;
__webpack_unused_export__ = CreateAuthCodeResponse$;
__webpack_unused_export__ = CreateCaseActionDefinition$;
__webpack_unused_export__ = CreateContact$;
__webpack_unused_export__ = CreateContactCommand;
__webpack_unused_export__ = CreateContactFlow$;
__webpack_unused_export__ = CreateContactFlowCommand;
__webpack_unused_export__ = CreateContactFlowModule$;
__webpack_unused_export__ = CreateContactFlowModuleAlias$;
__webpack_unused_export__ = CreateContactFlowModuleAliasCommand;
__webpack_unused_export__ = CreateContactFlowModuleAliasRequest$;
__webpack_unused_export__ = CreateContactFlowModuleAliasResponse$;
__webpack_unused_export__ = CreateContactFlowModuleCommand;
__webpack_unused_export__ = CreateContactFlowModuleRequest$;
__webpack_unused_export__ = CreateContactFlowModuleResponse$;
__webpack_unused_export__ = CreateContactFlowModuleVersion$;
__webpack_unused_export__ = CreateContactFlowModuleVersionCommand;
__webpack_unused_export__ = CreateContactFlowModuleVersionRequest$;
__webpack_unused_export__ = CreateContactFlowModuleVersionResponse$;
__webpack_unused_export__ = CreateContactFlowRequest$;
__webpack_unused_export__ = CreateContactFlowResponse$;
__webpack_unused_export__ = CreateContactFlowVersion$;
__webpack_unused_export__ = CreateContactFlowVersionCommand;
__webpack_unused_export__ = CreateContactFlowVersionRequest$;
__webpack_unused_export__ = CreateContactFlowVersionResponse$;
__webpack_unused_export__ = CreateContactRequest$;
__webpack_unused_export__ = CreateContactResponse$;
__webpack_unused_export__ = CreateDataTable$;
__webpack_unused_export__ = CreateDataTableAttribute$;
__webpack_unused_export__ = CreateDataTableAttributeCommand;
__webpack_unused_export__ = CreateDataTableAttributeRequest$;
__webpack_unused_export__ = CreateDataTableAttributeResponse$;
__webpack_unused_export__ = CreateDataTableCommand;
__webpack_unused_export__ = CreateDataTableRequest$;
__webpack_unused_export__ = CreateDataTableResponse$;
__webpack_unused_export__ = CreateEmailAddress$;
__webpack_unused_export__ = CreateEmailAddressCommand;
__webpack_unused_export__ = CreateEmailAddressRequest$;
__webpack_unused_export__ = CreateEmailAddressResponse$;
__webpack_unused_export__ = CreateEvaluationForm$;
__webpack_unused_export__ = CreateEvaluationFormCommand;
__webpack_unused_export__ = CreateEvaluationFormRequest$;
__webpack_unused_export__ = CreateEvaluationFormResponse$;
__webpack_unused_export__ = CreateExtractionDefinition$;
__webpack_unused_export__ = CreateExtractionDefinitionCommand;
__webpack_unused_export__ = CreateExtractionDefinitionRequest$;
__webpack_unused_export__ = CreateExtractionDefinitionResponse$;
__webpack_unused_export__ = CreateHoursOfOperation$;
__webpack_unused_export__ = CreateHoursOfOperationCommand;
__webpack_unused_export__ = CreateHoursOfOperationOverride$;
__webpack_unused_export__ = CreateHoursOfOperationOverrideCommand;
__webpack_unused_export__ = CreateHoursOfOperationOverrideRequest$;
__webpack_unused_export__ = CreateHoursOfOperationOverrideResponse$;
__webpack_unused_export__ = CreateHoursOfOperationRequest$;
__webpack_unused_export__ = CreateHoursOfOperationResponse$;
__webpack_unused_export__ = CreateInstance$;
__webpack_unused_export__ = CreateInstanceCommand;
__webpack_unused_export__ = CreateInstanceRequest$;
__webpack_unused_export__ = CreateInstanceResponse$;
__webpack_unused_export__ = CreateIntegrationAssociation$;
__webpack_unused_export__ = CreateIntegrationAssociationCommand;
__webpack_unused_export__ = CreateIntegrationAssociationRequest$;
__webpack_unused_export__ = CreateIntegrationAssociationResponse$;
__webpack_unused_export__ = CreateMetric$;
__webpack_unused_export__ = CreateMetricCommand;
__webpack_unused_export__ = CreateMetricRequest$;
__webpack_unused_export__ = CreateMetricResponse$;
__webpack_unused_export__ = CreateNotification$;
__webpack_unused_export__ = CreateNotificationCommand;
__webpack_unused_export__ = CreateNotificationRequest$;
__webpack_unused_export__ = CreateNotificationResponse$;
__webpack_unused_export__ = CreateParticipant$;
__webpack_unused_export__ = CreateParticipantCommand;
__webpack_unused_export__ = CreateParticipantRequest$;
__webpack_unused_export__ = CreateParticipantResponse$;
__webpack_unused_export__ = CreatePersistentContactAssociation$;
__webpack_unused_export__ = CreatePersistentContactAssociationCommand;
__webpack_unused_export__ = CreatePersistentContactAssociationRequest$;
__webpack_unused_export__ = CreatePersistentContactAssociationResponse$;
__webpack_unused_export__ = CreatePredefinedAttribute$;
__webpack_unused_export__ = CreatePredefinedAttributeCommand;
__webpack_unused_export__ = CreatePredefinedAttributeRequest$;
__webpack_unused_export__ = CreatePrompt$;
__webpack_unused_export__ = CreatePromptCommand;
__webpack_unused_export__ = CreatePromptRequest$;
__webpack_unused_export__ = CreatePromptResponse$;
__webpack_unused_export__ = CreatePushNotificationRegistration$;
__webpack_unused_export__ = CreatePushNotificationRegistrationCommand;
__webpack_unused_export__ = CreatePushNotificationRegistrationRequest$;
__webpack_unused_export__ = CreatePushNotificationRegistrationResponse$;
__webpack_unused_export__ = CreateQueue$;
__webpack_unused_export__ = CreateQueueCommand;
__webpack_unused_export__ = CreateQueueRequest$;
__webpack_unused_export__ = CreateQueueResponse$;
__webpack_unused_export__ = CreateQuickConnect$;
__webpack_unused_export__ = CreateQuickConnectCommand;
__webpack_unused_export__ = CreateQuickConnectRequest$;
__webpack_unused_export__ = CreateQuickConnectResponse$;
__webpack_unused_export__ = CreateRoutingProfile$;
__webpack_unused_export__ = CreateRoutingProfileCommand;
__webpack_unused_export__ = CreateRoutingProfileRequest$;
__webpack_unused_export__ = CreateRoutingProfileResponse$;
__webpack_unused_export__ = CreateRule$;
__webpack_unused_export__ = CreateRuleCommand;
__webpack_unused_export__ = CreateRuleRequest$;
__webpack_unused_export__ = CreateRuleResponse$;
__webpack_unused_export__ = CreateSecurityProfile$;
__webpack_unused_export__ = CreateSecurityProfileCommand;
__webpack_unused_export__ = CreateSecurityProfileRequest$;
__webpack_unused_export__ = CreateSecurityProfileResponse$;
__webpack_unused_export__ = CreateTaskTemplate$;
__webpack_unused_export__ = CreateTaskTemplateCommand;
__webpack_unused_export__ = CreateTaskTemplateRequest$;
__webpack_unused_export__ = CreateTaskTemplateResponse$;
__webpack_unused_export__ = CreateTestCase$;
__webpack_unused_export__ = CreateTestCaseCommand;
__webpack_unused_export__ = CreateTestCaseRequest$;
__webpack_unused_export__ = CreateTestCaseResponse$;
__webpack_unused_export__ = CreateTrafficDistributionGroup$;
__webpack_unused_export__ = CreateTrafficDistributionGroupCommand;
__webpack_unused_export__ = CreateTrafficDistributionGroupRequest$;
__webpack_unused_export__ = CreateTrafficDistributionGroupResponse$;
__webpack_unused_export__ = CreateUseCase$;
__webpack_unused_export__ = CreateUseCaseCommand;
__webpack_unused_export__ = CreateUseCaseRequest$;
__webpack_unused_export__ = CreateUseCaseResponse$;
__webpack_unused_export__ = CreateUser$;
__webpack_unused_export__ = CreateUserCommand;
__webpack_unused_export__ = CreateUserHierarchyGroup$;
__webpack_unused_export__ = CreateUserHierarchyGroupCommand;
__webpack_unused_export__ = CreateUserHierarchyGroupRequest$;
__webpack_unused_export__ = CreateUserHierarchyGroupResponse$;
__webpack_unused_export__ = CreateUserRequest$;
__webpack_unused_export__ = CreateUserResponse$;
__webpack_unused_export__ = CreateView$;
__webpack_unused_export__ = CreateViewCommand;
__webpack_unused_export__ = CreateViewRequest$;
__webpack_unused_export__ = CreateViewResponse$;
__webpack_unused_export__ = CreateViewVersion$;
__webpack_unused_export__ = CreateViewVersionCommand;
__webpack_unused_export__ = CreateViewVersionRequest$;
__webpack_unused_export__ = CreateViewVersionResponse$;
__webpack_unused_export__ = CreateVocabulary$;
__webpack_unused_export__ = CreateVocabularyCommand;
__webpack_unused_export__ = CreateVocabularyRequest$;
__webpack_unused_export__ = CreateVocabularyResponse$;
__webpack_unused_export__ = CreateWorkspace$;
__webpack_unused_export__ = CreateWorkspaceCommand;
__webpack_unused_export__ = CreateWorkspacePage$;
__webpack_unused_export__ = CreateWorkspacePageCommand;
__webpack_unused_export__ = CreateWorkspacePageRequest$;
__webpack_unused_export__ = CreateWorkspacePageResponse$;
__webpack_unused_export__ = CreateWorkspaceRequest$;
__webpack_unused_export__ = CreateWorkspaceResponse$;
__webpack_unused_export__ = CreatedByInfo$;
__webpack_unused_export__ = Credentials$;
__webpack_unused_export__ = CrossChannelBehavior$;
__webpack_unused_export__ = CrossChannelWorkloadBehavior$;
__webpack_unused_export__ = CurrentMetric$;
__webpack_unused_export__ = CurrentMetricData$;
__webpack_unused_export__ = CurrentMetricName;
__webpack_unused_export__ = CurrentMetricResult$;
__webpack_unused_export__ = CurrentMetricSortCriteria$;
__webpack_unused_export__ = Customer$;
__webpack_unused_export__ = CustomerQualityMetrics$;
__webpack_unused_export__ = CustomerVoiceActivity$;
__webpack_unused_export__ = DataTable$;
__webpack_unused_export__ = DataTableAccessControlConfiguration$;
__webpack_unused_export__ = DataTableAttribute$;
__webpack_unused_export__ = DataTableAttributeValueType;
__webpack_unused_export__ = DataTableDeleteValueIdentifier$;
__webpack_unused_export__ = DataTableEvaluatedValue$;
__webpack_unused_export__ = DataTableLockLevel;
__webpack_unused_export__ = DataTableLockVersion$;
__webpack_unused_export__ = DataTableSearchCriteria$;
__webpack_unused_export__ = DataTableSearchFilter$;
__webpack_unused_export__ = DataTableStatus;
__webpack_unused_export__ = DataTableSummary$;
__webpack_unused_export__ = DataTableValue$;
__webpack_unused_export__ = DataTableValueEvaluationSet$;
__webpack_unused_export__ = DataTableValueIdentifier$;
__webpack_unused_export__ = DataTableValueSummary$;
__webpack_unused_export__ = DateComparisonType;
__webpack_unused_export__ = DateCondition$;
__webpack_unused_export__ = DateReference$;
__webpack_unused_export__ = DateTimeComparisonType;
__webpack_unused_export__ = DateTimeCondition$;
__webpack_unused_export__ = DeactivateEvaluationForm$;
__webpack_unused_export__ = DeactivateEvaluationFormCommand;
__webpack_unused_export__ = DeactivateEvaluationFormRequest$;
__webpack_unused_export__ = DeactivateEvaluationFormResponse$;
__webpack_unused_export__ = DecimalComparisonType;
__webpack_unused_export__ = DecimalCondition$;
__webpack_unused_export__ = DefaultVocabulary$;
__webpack_unused_export__ = DeleteAttachedFile$;
__webpack_unused_export__ = DeleteAttachedFileCommand;
__webpack_unused_export__ = DeleteAttachedFileRequest$;
__webpack_unused_export__ = DeleteAttachedFileResponse$;
__webpack_unused_export__ = DeleteContactData$;
__webpack_unused_export__ = DeleteContactDataCommand;
__webpack_unused_export__ = DeleteContactDataRequest$;
__webpack_unused_export__ = DeleteContactDataResponse$;
__webpack_unused_export__ = DeleteContactEvaluation$;
__webpack_unused_export__ = DeleteContactEvaluationCommand;
__webpack_unused_export__ = DeleteContactEvaluationRequest$;
__webpack_unused_export__ = DeleteContactFlow$;
__webpack_unused_export__ = DeleteContactFlowCommand;
__webpack_unused_export__ = DeleteContactFlowModule$;
__webpack_unused_export__ = DeleteContactFlowModuleAlias$;
__webpack_unused_export__ = DeleteContactFlowModuleAliasCommand;
__webpack_unused_export__ = DeleteContactFlowModuleAliasRequest$;
__webpack_unused_export__ = DeleteContactFlowModuleAliasResponse$;
__webpack_unused_export__ = DeleteContactFlowModuleCommand;
__webpack_unused_export__ = DeleteContactFlowModuleRequest$;
__webpack_unused_export__ = DeleteContactFlowModuleResponse$;
__webpack_unused_export__ = DeleteContactFlowModuleVersion$;
__webpack_unused_export__ = DeleteContactFlowModuleVersionCommand;
__webpack_unused_export__ = DeleteContactFlowModuleVersionRequest$;
__webpack_unused_export__ = DeleteContactFlowModuleVersionResponse$;
__webpack_unused_export__ = DeleteContactFlowRequest$;
__webpack_unused_export__ = DeleteContactFlowResponse$;
__webpack_unused_export__ = DeleteContactFlowVersion$;
__webpack_unused_export__ = DeleteContactFlowVersionCommand;
__webpack_unused_export__ = DeleteContactFlowVersionRequest$;
__webpack_unused_export__ = DeleteContactFlowVersionResponse$;
__webpack_unused_export__ = DeleteDataTable$;
__webpack_unused_export__ = DeleteDataTableAttribute$;
__webpack_unused_export__ = DeleteDataTableAttributeCommand;
__webpack_unused_export__ = DeleteDataTableAttributeRequest$;
__webpack_unused_export__ = DeleteDataTableAttributeResponse$;
__webpack_unused_export__ = DeleteDataTableCommand;
__webpack_unused_export__ = DeleteDataTableRequest$;
__webpack_unused_export__ = DeleteDataTableResponse$;
__webpack_unused_export__ = DeleteEmailAddress$;
__webpack_unused_export__ = DeleteEmailAddressCommand;
__webpack_unused_export__ = DeleteEmailAddressRequest$;
__webpack_unused_export__ = DeleteEmailAddressResponse$;
__webpack_unused_export__ = DeleteEvaluationForm$;
__webpack_unused_export__ = DeleteEvaluationFormCommand;
__webpack_unused_export__ = DeleteEvaluationFormRequest$;
__webpack_unused_export__ = DeleteExtractionDefinition$;
__webpack_unused_export__ = DeleteExtractionDefinitionCommand;
__webpack_unused_export__ = DeleteExtractionDefinitionRequest$;
__webpack_unused_export__ = DeleteExtractionDefinitionResponse$;
__webpack_unused_export__ = DeleteHoursOfOperation$;
__webpack_unused_export__ = DeleteHoursOfOperationCommand;
__webpack_unused_export__ = DeleteHoursOfOperationOverride$;
__webpack_unused_export__ = DeleteHoursOfOperationOverrideCommand;
__webpack_unused_export__ = DeleteHoursOfOperationOverrideRequest$;
__webpack_unused_export__ = DeleteHoursOfOperationRequest$;
__webpack_unused_export__ = DeleteInstance$;
__webpack_unused_export__ = DeleteInstanceCommand;
__webpack_unused_export__ = DeleteInstanceRequest$;
__webpack_unused_export__ = DeleteIntegrationAssociation$;
__webpack_unused_export__ = DeleteIntegrationAssociationCommand;
__webpack_unused_export__ = DeleteIntegrationAssociationRequest$;
__webpack_unused_export__ = DeleteMetric$;
__webpack_unused_export__ = DeleteMetricCommand;
__webpack_unused_export__ = DeleteMetricRequest$;
__webpack_unused_export__ = DeleteMetricResponse$;
__webpack_unused_export__ = DeleteNotification$;
__webpack_unused_export__ = DeleteNotificationCommand;
__webpack_unused_export__ = DeleteNotificationRequest$;
__webpack_unused_export__ = DeleteNotificationResponse$;
__webpack_unused_export__ = DeletePredefinedAttribute$;
__webpack_unused_export__ = DeletePredefinedAttributeCommand;
__webpack_unused_export__ = DeletePredefinedAttributeRequest$;
__webpack_unused_export__ = DeletePrompt$;
__webpack_unused_export__ = DeletePromptCommand;
__webpack_unused_export__ = DeletePromptRequest$;
__webpack_unused_export__ = DeletePushNotificationRegistration$;
__webpack_unused_export__ = DeletePushNotificationRegistrationCommand;
__webpack_unused_export__ = DeletePushNotificationRegistrationRequest$;
__webpack_unused_export__ = DeletePushNotificationRegistrationResponse$;
__webpack_unused_export__ = DeleteQueue$;
__webpack_unused_export__ = DeleteQueueCommand;
__webpack_unused_export__ = DeleteQueueRequest$;
__webpack_unused_export__ = DeleteQuickConnect$;
__webpack_unused_export__ = DeleteQuickConnectCommand;
__webpack_unused_export__ = DeleteQuickConnectRequest$;
__webpack_unused_export__ = DeleteRoutingProfile$;
__webpack_unused_export__ = DeleteRoutingProfileCommand;
__webpack_unused_export__ = DeleteRoutingProfileRequest$;
__webpack_unused_export__ = DeleteRule$;
__webpack_unused_export__ = DeleteRuleCommand;
__webpack_unused_export__ = DeleteRuleRequest$;
__webpack_unused_export__ = DeleteSecurityProfile$;
__webpack_unused_export__ = DeleteSecurityProfileCommand;
__webpack_unused_export__ = DeleteSecurityProfileRequest$;
__webpack_unused_export__ = DeleteSession$;
__webpack_unused_export__ = DeleteSessionCommand;
__webpack_unused_export__ = DeleteSessionRequest$;
__webpack_unused_export__ = DeleteSessionResponse$;
__webpack_unused_export__ = DeleteTaskTemplate$;
__webpack_unused_export__ = DeleteTaskTemplateCommand;
__webpack_unused_export__ = DeleteTaskTemplateRequest$;
__webpack_unused_export__ = DeleteTaskTemplateResponse$;
__webpack_unused_export__ = DeleteTestCase$;
__webpack_unused_export__ = DeleteTestCaseCommand;
__webpack_unused_export__ = DeleteTestCaseRequest$;
__webpack_unused_export__ = DeleteTestCaseResponse$;
__webpack_unused_export__ = DeleteTrafficDistributionGroup$;
__webpack_unused_export__ = DeleteTrafficDistributionGroupCommand;
__webpack_unused_export__ = DeleteTrafficDistributionGroupRequest$;
__webpack_unused_export__ = DeleteTrafficDistributionGroupResponse$;
__webpack_unused_export__ = DeleteUseCase$;
__webpack_unused_export__ = DeleteUseCaseCommand;
__webpack_unused_export__ = DeleteUseCaseRequest$;
__webpack_unused_export__ = DeleteUser$;
__webpack_unused_export__ = DeleteUserCommand;
__webpack_unused_export__ = DeleteUserHierarchyGroup$;
__webpack_unused_export__ = DeleteUserHierarchyGroupCommand;
__webpack_unused_export__ = DeleteUserHierarchyGroupRequest$;
__webpack_unused_export__ = DeleteUserRequest$;
__webpack_unused_export__ = DeleteView$;
__webpack_unused_export__ = DeleteViewCommand;
__webpack_unused_export__ = DeleteViewRequest$;
__webpack_unused_export__ = DeleteViewResponse$;
__webpack_unused_export__ = DeleteViewVersion$;
__webpack_unused_export__ = DeleteViewVersionCommand;
__webpack_unused_export__ = DeleteViewVersionRequest$;
__webpack_unused_export__ = DeleteViewVersionResponse$;
__webpack_unused_export__ = DeleteVocabulary$;
__webpack_unused_export__ = DeleteVocabularyCommand;
__webpack_unused_export__ = DeleteVocabularyRequest$;
__webpack_unused_export__ = DeleteVocabularyResponse$;
__webpack_unused_export__ = DeleteWorkspace$;
__webpack_unused_export__ = DeleteWorkspaceCommand;
__webpack_unused_export__ = DeleteWorkspaceMedia$;
__webpack_unused_export__ = DeleteWorkspaceMediaCommand;
__webpack_unused_export__ = DeleteWorkspaceMediaRequest$;
__webpack_unused_export__ = DeleteWorkspaceMediaResponse$;
__webpack_unused_export__ = DeleteWorkspacePage$;
__webpack_unused_export__ = DeleteWorkspacePageCommand;
__webpack_unused_export__ = DeleteWorkspacePageRequest$;
__webpack_unused_export__ = DeleteWorkspacePageResponse$;
__webpack_unused_export__ = DeleteWorkspaceRequest$;
__webpack_unused_export__ = DeleteWorkspaceResponse$;
__webpack_unused_export__ = DescribeAgentStatus$;
__webpack_unused_export__ = DescribeAgentStatusCommand;
__webpack_unused_export__ = DescribeAgentStatusRequest$;
__webpack_unused_export__ = DescribeAgentStatusResponse$;
__webpack_unused_export__ = DescribeAttachedFilesConfiguration$;
__webpack_unused_export__ = DescribeAttachedFilesConfigurationCommand;
__webpack_unused_export__ = DescribeAttachedFilesConfigurationRequest$;
__webpack_unused_export__ = DescribeAttachedFilesConfigurationResponse$;
__webpack_unused_export__ = DescribeAuthenticationProfile$;
__webpack_unused_export__ = DescribeAuthenticationProfileCommand;
__webpack_unused_export__ = DescribeAuthenticationProfileRequest$;
__webpack_unused_export__ = DescribeAuthenticationProfileResponse$;
__webpack_unused_export__ = DescribeContact$;
__webpack_unused_export__ = DescribeContactCommand;
__webpack_unused_export__ = DescribeContactEvaluation$;
__webpack_unused_export__ = DescribeContactEvaluationCommand;
__webpack_unused_export__ = DescribeContactEvaluationRequest$;
__webpack_unused_export__ = DescribeContactEvaluationResponse$;
__webpack_unused_export__ = DescribeContactFlow$;
__webpack_unused_export__ = DescribeContactFlowCommand;
__webpack_unused_export__ = DescribeContactFlowModule$;
__webpack_unused_export__ = DescribeContactFlowModuleAlias$;
__webpack_unused_export__ = DescribeContactFlowModuleAliasCommand;
__webpack_unused_export__ = DescribeContactFlowModuleAliasRequest$;
__webpack_unused_export__ = DescribeContactFlowModuleAliasResponse$;
__webpack_unused_export__ = DescribeContactFlowModuleCommand;
__webpack_unused_export__ = DescribeContactFlowModuleRequest$;
__webpack_unused_export__ = DescribeContactFlowModuleResponse$;
__webpack_unused_export__ = DescribeContactFlowRequest$;
__webpack_unused_export__ = DescribeContactFlowResponse$;
__webpack_unused_export__ = DescribeContactRequest$;
__webpack_unused_export__ = DescribeContactResponse$;
__webpack_unused_export__ = DescribeDataTable$;
__webpack_unused_export__ = DescribeDataTableAttribute$;
__webpack_unused_export__ = DescribeDataTableAttributeCommand;
__webpack_unused_export__ = DescribeDataTableAttributeRequest$;
__webpack_unused_export__ = DescribeDataTableAttributeResponse$;
__webpack_unused_export__ = DescribeDataTableCommand;
__webpack_unused_export__ = DescribeDataTableRequest$;
__webpack_unused_export__ = DescribeDataTableResponse$;
__webpack_unused_export__ = DescribeEmailAddress$;
__webpack_unused_export__ = DescribeEmailAddressCommand;
__webpack_unused_export__ = DescribeEmailAddressRequest$;
__webpack_unused_export__ = DescribeEmailAddressResponse$;
__webpack_unused_export__ = DescribeEvaluationForm$;
__webpack_unused_export__ = DescribeEvaluationFormCommand;
__webpack_unused_export__ = DescribeEvaluationFormRequest$;
__webpack_unused_export__ = DescribeEvaluationFormResponse$;
__webpack_unused_export__ = DescribeExtractionDefinition$;
__webpack_unused_export__ = DescribeExtractionDefinitionCommand;
__webpack_unused_export__ = DescribeExtractionDefinitionRequest$;
__webpack_unused_export__ = DescribeExtractionDefinitionResponse$;
__webpack_unused_export__ = DescribeHoursOfOperation$;
__webpack_unused_export__ = DescribeHoursOfOperationCommand;
__webpack_unused_export__ = DescribeHoursOfOperationOverride$;
__webpack_unused_export__ = DescribeHoursOfOperationOverrideCommand;
__webpack_unused_export__ = DescribeHoursOfOperationOverrideRequest$;
__webpack_unused_export__ = DescribeHoursOfOperationOverrideResponse$;
__webpack_unused_export__ = DescribeHoursOfOperationRequest$;
__webpack_unused_export__ = DescribeHoursOfOperationResponse$;
__webpack_unused_export__ = DescribeInstance$;
__webpack_unused_export__ = DescribeInstanceAttribute$;
exports.DescribeInstanceAttributeCommand = DescribeInstanceAttributeCommand;
__webpack_unused_export__ = DescribeInstanceAttributeRequest$;
__webpack_unused_export__ = DescribeInstanceAttributeResponse$;
__webpack_unused_export__ = DescribeInstanceCommand;
__webpack_unused_export__ = DescribeInstanceRequest$;
__webpack_unused_export__ = DescribeInstanceResponse$;
__webpack_unused_export__ = DescribeInstanceStorageConfig$;
__webpack_unused_export__ = DescribeInstanceStorageConfigCommand;
__webpack_unused_export__ = DescribeInstanceStorageConfigRequest$;
__webpack_unused_export__ = DescribeInstanceStorageConfigResponse$;
__webpack_unused_export__ = DescribeMetric$;
__webpack_unused_export__ = DescribeMetricCommand;
__webpack_unused_export__ = DescribeMetricRequest$;
__webpack_unused_export__ = DescribeMetricResponse$;
__webpack_unused_export__ = DescribeNotification$;
__webpack_unused_export__ = DescribeNotificationCommand;
__webpack_unused_export__ = DescribeNotificationRequest$;
__webpack_unused_export__ = DescribeNotificationResponse$;
__webpack_unused_export__ = DescribePhoneNumber$;
__webpack_unused_export__ = DescribePhoneNumberCommand;
__webpack_unused_export__ = DescribePhoneNumberRequest$;
__webpack_unused_export__ = DescribePhoneNumberResponse$;
__webpack_unused_export__ = DescribePredefinedAttribute$;
__webpack_unused_export__ = DescribePredefinedAttributeCommand;
__webpack_unused_export__ = DescribePredefinedAttributeRequest$;
__webpack_unused_export__ = DescribePredefinedAttributeResponse$;
__webpack_unused_export__ = DescribePrompt$;
__webpack_unused_export__ = DescribePromptCommand;
__webpack_unused_export__ = DescribePromptRequest$;
__webpack_unused_export__ = DescribePromptResponse$;
__webpack_unused_export__ = DescribeQueue$;
__webpack_unused_export__ = DescribeQueueCommand;
__webpack_unused_export__ = DescribeQueueRequest$;
__webpack_unused_export__ = DescribeQueueResponse$;
__webpack_unused_export__ = DescribeQuickConnect$;
__webpack_unused_export__ = DescribeQuickConnectCommand;
__webpack_unused_export__ = DescribeQuickConnectRequest$;
__webpack_unused_export__ = DescribeQuickConnectResponse$;
__webpack_unused_export__ = DescribeRoutingProfile$;
__webpack_unused_export__ = DescribeRoutingProfileCommand;
__webpack_unused_export__ = DescribeRoutingProfileRequest$;
__webpack_unused_export__ = DescribeRoutingProfileResponse$;
__webpack_unused_export__ = DescribeRule$;
__webpack_unused_export__ = DescribeRuleCommand;
__webpack_unused_export__ = DescribeRuleRequest$;
__webpack_unused_export__ = DescribeRuleResponse$;
__webpack_unused_export__ = DescribeSecurityProfile$;
__webpack_unused_export__ = DescribeSecurityProfileCommand;
__webpack_unused_export__ = DescribeSecurityProfileRequest$;
__webpack_unused_export__ = DescribeSecurityProfileResponse$;
__webpack_unused_export__ = DescribeTestCase$;
__webpack_unused_export__ = DescribeTestCaseCommand;
__webpack_unused_export__ = DescribeTestCaseRequest$;
__webpack_unused_export__ = DescribeTestCaseResponse$;
__webpack_unused_export__ = DescribeTrafficDistributionGroup$;
__webpack_unused_export__ = DescribeTrafficDistributionGroupCommand;
__webpack_unused_export__ = DescribeTrafficDistributionGroupRequest$;
__webpack_unused_export__ = DescribeTrafficDistributionGroupResponse$;
__webpack_unused_export__ = DescribeUser$;
__webpack_unused_export__ = DescribeUserCommand;
__webpack_unused_export__ = DescribeUserHierarchyGroup$;
__webpack_unused_export__ = DescribeUserHierarchyGroupCommand;
__webpack_unused_export__ = DescribeUserHierarchyGroupRequest$;
__webpack_unused_export__ = DescribeUserHierarchyGroupResponse$;
__webpack_unused_export__ = DescribeUserHierarchyStructure$;
__webpack_unused_export__ = DescribeUserHierarchyStructureCommand;
__webpack_unused_export__ = DescribeUserHierarchyStructureRequest$;
__webpack_unused_export__ = DescribeUserHierarchyStructureResponse$;
__webpack_unused_export__ = DescribeUserRequest$;
__webpack_unused_export__ = DescribeUserResponse$;
__webpack_unused_export__ = DescribeView$;
__webpack_unused_export__ = DescribeViewCommand;
__webpack_unused_export__ = DescribeViewRequest$;
__webpack_unused_export__ = DescribeViewResponse$;
__webpack_unused_export__ = DescribeVocabulary$;
__webpack_unused_export__ = DescribeVocabularyCommand;
__webpack_unused_export__ = DescribeVocabularyRequest$;
__webpack_unused_export__ = DescribeVocabularyResponse$;
__webpack_unused_export__ = DescribeWorkspace$;
__webpack_unused_export__ = DescribeWorkspaceCommand;
__webpack_unused_export__ = DescribeWorkspaceRequest$;
__webpack_unused_export__ = DescribeWorkspaceResponse$;
__webpack_unused_export__ = DestinationNotAllowedException;
__webpack_unused_export__ = DestinationNotAllowedException$;
__webpack_unused_export__ = DeviceInfo$;
__webpack_unused_export__ = DeviceType;
__webpack_unused_export__ = Dimensions$;
__webpack_unused_export__ = DirectoryType;
__webpack_unused_export__ = DisassociateAnalyticsDataSet$;
__webpack_unused_export__ = DisassociateAnalyticsDataSetCommand;
__webpack_unused_export__ = DisassociateAnalyticsDataSetRequest$;
__webpack_unused_export__ = DisassociateApprovedOrigin$;
__webpack_unused_export__ = DisassociateApprovedOriginCommand;
__webpack_unused_export__ = DisassociateApprovedOriginRequest$;
__webpack_unused_export__ = DisassociateBot$;
__webpack_unused_export__ = DisassociateBotCommand;
__webpack_unused_export__ = DisassociateBotRequest$;
__webpack_unused_export__ = DisassociateEmailAddressAlias$;
__webpack_unused_export__ = DisassociateEmailAddressAliasCommand;
__webpack_unused_export__ = DisassociateEmailAddressAliasRequest$;
__webpack_unused_export__ = DisassociateEmailAddressAliasResponse$;
__webpack_unused_export__ = DisassociateFlow$;
__webpack_unused_export__ = DisassociateFlowCommand;
__webpack_unused_export__ = DisassociateFlowRequest$;
__webpack_unused_export__ = DisassociateFlowResponse$;
__webpack_unused_export__ = DisassociateHoursOfOperations$;
__webpack_unused_export__ = DisassociateHoursOfOperationsCommand;
__webpack_unused_export__ = DisassociateHoursOfOperationsRequest$;
__webpack_unused_export__ = DisassociateInstanceStorageConfig$;
__webpack_unused_export__ = DisassociateInstanceStorageConfigCommand;
__webpack_unused_export__ = DisassociateInstanceStorageConfigRequest$;
__webpack_unused_export__ = DisassociateLambdaFunction$;
__webpack_unused_export__ = DisassociateLambdaFunctionCommand;
__webpack_unused_export__ = DisassociateLambdaFunctionRequest$;
__webpack_unused_export__ = DisassociateLexBot$;
__webpack_unused_export__ = DisassociateLexBotCommand;
__webpack_unused_export__ = DisassociateLexBotRequest$;
__webpack_unused_export__ = DisassociatePhoneNumberContactFlow$;
__webpack_unused_export__ = DisassociatePhoneNumberContactFlowCommand;
__webpack_unused_export__ = DisassociatePhoneNumberContactFlowRequest$;
__webpack_unused_export__ = DisassociateQueueEmailAddresses$;
__webpack_unused_export__ = DisassociateQueueEmailAddressesCommand;
__webpack_unused_export__ = DisassociateQueueEmailAddressesRequest$;
__webpack_unused_export__ = DisassociateQueueQuickConnects$;
__webpack_unused_export__ = DisassociateQueueQuickConnectsCommand;
__webpack_unused_export__ = DisassociateQueueQuickConnectsRequest$;
__webpack_unused_export__ = DisassociateRoutingProfileQueues$;
__webpack_unused_export__ = DisassociateRoutingProfileQueuesCommand;
__webpack_unused_export__ = DisassociateRoutingProfileQueuesRequest$;
__webpack_unused_export__ = DisassociateSecurityKey$;
__webpack_unused_export__ = DisassociateSecurityKeyCommand;
__webpack_unused_export__ = DisassociateSecurityKeyRequest$;
__webpack_unused_export__ = DisassociateSecurityProfiles$;
__webpack_unused_export__ = DisassociateSecurityProfilesCommand;
__webpack_unused_export__ = DisassociateSecurityProfilesRequest$;
__webpack_unused_export__ = DisassociateTrafficDistributionGroupUser$;
__webpack_unused_export__ = DisassociateTrafficDistributionGroupUserCommand;
__webpack_unused_export__ = DisassociateTrafficDistributionGroupUserRequest$;
__webpack_unused_export__ = DisassociateTrafficDistributionGroupUserResponse$;
__webpack_unused_export__ = DisassociateUserProficiencies$;
__webpack_unused_export__ = DisassociateUserProficienciesCommand;
__webpack_unused_export__ = DisassociateUserProficienciesRequest$;
__webpack_unused_export__ = DisassociateWorkspace$;
__webpack_unused_export__ = DisassociateWorkspaceCommand;
__webpack_unused_export__ = DisassociateWorkspaceRequest$;
__webpack_unused_export__ = DisassociateWorkspaceResponse$;
__webpack_unused_export__ = DisconnectDetails$;
__webpack_unused_export__ = DisconnectOnCustomerExitParticipantType;
__webpack_unused_export__ = DisconnectReason$;
__webpack_unused_export__ = DismissUserContact$;
__webpack_unused_export__ = DismissUserContactCommand;
__webpack_unused_export__ = DismissUserContactRequest$;
__webpack_unused_export__ = DismissUserContactResponse$;
__webpack_unused_export__ = Distribution$;
__webpack_unused_export__ = DownloadUrlMetadata$;
__webpack_unused_export__ = DuplicateResourceException;
__webpack_unused_export__ = DuplicateResourceException$;
__webpack_unused_export__ = EffectiveHoursOfOperations$;
__webpack_unused_export__ = EffectiveOverrideHours$;
__webpack_unused_export__ = EmailAddressConfig$;
__webpack_unused_export__ = EmailAddressInfo$;
__webpack_unused_export__ = EmailAddressMetadata$;
__webpack_unused_export__ = EmailAddressSearchCriteria$;
__webpack_unused_export__ = EmailAddressSearchFilter$;
__webpack_unused_export__ = EmailAddressSummary$;
__webpack_unused_export__ = EmailAttachment$;
__webpack_unused_export__ = EmailHeaderType;
__webpack_unused_export__ = EmailMessageReference$;
__webpack_unused_export__ = EmailRecipient$;
__webpack_unused_export__ = EmailReference$;
__webpack_unused_export__ = EmptyFieldValue$;
__webpack_unused_export__ = EncryptionConfig$;
__webpack_unused_export__ = EncryptionType;
__webpack_unused_export__ = EndAssociatedTasksActionDefinition$;
__webpack_unused_export__ = Endpoint$;
__webpack_unused_export__ = EndpointInfo$;
__webpack_unused_export__ = EndpointType;
__webpack_unused_export__ = EntityType;
__webpack_unused_export__ = ErrorResult$;
__webpack_unused_export__ = EvaluateDataTableValues$;
__webpack_unused_export__ = EvaluateDataTableValuesCommand;
__webpack_unused_export__ = EvaluateDataTableValuesRequest$;
__webpack_unused_export__ = EvaluateDataTableValuesResponse$;
__webpack_unused_export__ = Evaluation$;
__webpack_unused_export__ = EvaluationAcknowledgement$;
__webpack_unused_export__ = EvaluationAcknowledgementSummary$;
__webpack_unused_export__ = EvaluationAnswerData$;
__webpack_unused_export__ = EvaluationAnswerInput$;
__webpack_unused_export__ = EvaluationAnswerOutput$;
__webpack_unused_export__ = EvaluationAutomationRuleCategory$;
__webpack_unused_export__ = EvaluationContactLensAnswerAnalysisDetails$;
__webpack_unused_export__ = EvaluationContactParticipant$;
__webpack_unused_export__ = EvaluationForm$;
__webpack_unused_export__ = EvaluationFormAIVersionLifecycle$;
__webpack_unused_export__ = EvaluationFormAIVersionStatus;
__webpack_unused_export__ = EvaluationFormAIVersionSummary$;
__webpack_unused_export__ = EvaluationFormAutoEvaluationConfiguration$;
__webpack_unused_export__ = EvaluationFormContent$;
__webpack_unused_export__ = EvaluationFormItem$;
__webpack_unused_export__ = EvaluationFormItemEnablementAction;
__webpack_unused_export__ = EvaluationFormItemEnablementCondition$;
__webpack_unused_export__ = EvaluationFormItemEnablementConditionOperand$;
__webpack_unused_export__ = EvaluationFormItemEnablementConfiguration$;
__webpack_unused_export__ = EvaluationFormItemEnablementExpression$;
__webpack_unused_export__ = EvaluationFormItemEnablementOperator;
__webpack_unused_export__ = EvaluationFormItemEnablementSource$;
__webpack_unused_export__ = EvaluationFormItemEnablementSourceType;
__webpack_unused_export__ = EvaluationFormItemEnablementSourceValue$;
__webpack_unused_export__ = EvaluationFormItemEnablementSourceValueType;
__webpack_unused_export__ = EvaluationFormItemSourceValuesComparator;
__webpack_unused_export__ = EvaluationFormLanguageCode;
__webpack_unused_export__ = EvaluationFormLanguageConfiguration$;
__webpack_unused_export__ = EvaluationFormMetricConfiguration$;
__webpack_unused_export__ = EvaluationFormMetricType;
__webpack_unused_export__ = EvaluationFormMultiSelectQuestionAutomation$;
__webpack_unused_export__ = EvaluationFormMultiSelectQuestionAutomationOption$;
__webpack_unused_export__ = EvaluationFormMultiSelectQuestionDisplayMode;
__webpack_unused_export__ = EvaluationFormMultiSelectQuestionOption$;
__webpack_unused_export__ = EvaluationFormMultiSelectQuestionProperties$;
__webpack_unused_export__ = EvaluationFormNumericQuestionAutomation$;
__webpack_unused_export__ = EvaluationFormNumericQuestionOption$;
__webpack_unused_export__ = EvaluationFormNumericQuestionProperties$;
__webpack_unused_export__ = EvaluationFormQuestion$;
__webpack_unused_export__ = EvaluationFormQuestionAutomationAnswerSource$;
__webpack_unused_export__ = EvaluationFormQuestionAutomationAnswerSourceType;
__webpack_unused_export__ = EvaluationFormQuestionScoringConfiguration$;
__webpack_unused_export__ = EvaluationFormQuestionType;
__webpack_unused_export__ = EvaluationFormQuestionTypeProperties$;
__webpack_unused_export__ = EvaluationFormScoreThreshold$;
__webpack_unused_export__ = EvaluationFormScoringMode;
__webpack_unused_export__ = EvaluationFormScoringStatus;
__webpack_unused_export__ = EvaluationFormScoringStrategy$;
__webpack_unused_export__ = EvaluationFormSearchCriteria$;
__webpack_unused_export__ = EvaluationFormSearchFilter$;
__webpack_unused_export__ = EvaluationFormSearchSummary$;
__webpack_unused_export__ = EvaluationFormSection$;
__webpack_unused_export__ = EvaluationFormSingleSelectQuestionAutomation$;
__webpack_unused_export__ = EvaluationFormSingleSelectQuestionAutomationOption$;
__webpack_unused_export__ = EvaluationFormSingleSelectQuestionDisplayMode;
__webpack_unused_export__ = EvaluationFormSingleSelectQuestionOption$;
__webpack_unused_export__ = EvaluationFormSingleSelectQuestionProperties$;
__webpack_unused_export__ = EvaluationFormSummary$;
__webpack_unused_export__ = EvaluationFormTargetConfiguration$;
__webpack_unused_export__ = EvaluationFormTextQuestionAutomation$;
__webpack_unused_export__ = EvaluationFormTextQuestionProperties$;
__webpack_unused_export__ = EvaluationFormValidationFinding$;
__webpack_unused_export__ = EvaluationFormValidationFindingItem$;
__webpack_unused_export__ = EvaluationFormValidationFindingSeverity;
__webpack_unused_export__ = EvaluationFormValidationStatus;
__webpack_unused_export__ = EvaluationFormVersionStatus;
__webpack_unused_export__ = EvaluationFormVersionSummary$;
__webpack_unused_export__ = EvaluationGenAIAnswerAnalysisDetails$;
__webpack_unused_export__ = EvaluationMetadata$;
__webpack_unused_export__ = EvaluationNote$;
__webpack_unused_export__ = EvaluationQuestionAnswerAnalysisDetails$;
__webpack_unused_export__ = EvaluationQuestionAnswerAnalysisType;
__webpack_unused_export__ = EvaluationQuestionInputDetails$;
__webpack_unused_export__ = EvaluationReviewConfiguration$;
__webpack_unused_export__ = EvaluationReviewMetadata$;
__webpack_unused_export__ = EvaluationReviewNotificationRecipient$;
__webpack_unused_export__ = EvaluationReviewNotificationRecipientType;
__webpack_unused_export__ = EvaluationReviewNotificationRecipientValue$;
__webpack_unused_export__ = EvaluationReviewRequestComment$;
__webpack_unused_export__ = EvaluationScore$;
__webpack_unused_export__ = EvaluationSearchCriteria$;
__webpack_unused_export__ = EvaluationSearchFilter$;
__webpack_unused_export__ = EvaluationSearchMetadata$;
__webpack_unused_export__ = EvaluationSearchSummary$;
__webpack_unused_export__ = EvaluationStatus;
__webpack_unused_export__ = EvaluationSuggestedAnswer$;
__webpack_unused_export__ = EvaluationSuggestedAnswerStatus;
__webpack_unused_export__ = EvaluationSuggestedAnswerTranscriptMillisecondOffsets$;
__webpack_unused_export__ = EvaluationSummary$;
__webpack_unused_export__ = EvaluationTranscriptPointOfInterest$;
__webpack_unused_export__ = EvaluationTranscriptType;
__webpack_unused_export__ = EvaluationType;
__webpack_unused_export__ = EvaluatorUserUnion$;
__webpack_unused_export__ = EventBridgeActionDefinition$;
__webpack_unused_export__ = EventSourceName;
__webpack_unused_export__ = ExecutionRecord$;
__webpack_unused_export__ = ExecutionRecordStatus;
__webpack_unused_export__ = Expiry$;
__webpack_unused_export__ = Expression$;
__webpack_unused_export__ = ExtensionConfiguration$;
__webpack_unused_export__ = ExternalInvocationConfiguration$;
__webpack_unused_export__ = ExtractInformationActionDefinition$;
__webpack_unused_export__ = ExtractionConfiguration$;
__webpack_unused_export__ = ExtractionDefinition$;
__webpack_unused_export__ = ExtractionDefinitionDisplay$;
__webpack_unused_export__ = ExtractionDefinitionNotFoundBehavior$;
__webpack_unused_export__ = ExtractionDefinitionSummary$;
__webpack_unused_export__ = FailedBatchAssociationSummary$;
__webpack_unused_export__ = FailedRequest$;
__webpack_unused_export__ = FailureReasonCode;
__webpack_unused_export__ = FieldValue$;
__webpack_unused_export__ = FieldValueUnion$;
__webpack_unused_export__ = FileStatusType;
__webpack_unused_export__ = FileUseCaseType;
__webpack_unused_export__ = FilterV2$;
__webpack_unused_export__ = FilterV2StringCondition$;
__webpack_unused_export__ = FilterV2StringConditionComparisonOperator;
__webpack_unused_export__ = Filters$;
__webpack_unused_export__ = FlowAssociationResourceType;
__webpack_unused_export__ = FlowAssociationSummary$;
__webpack_unused_export__ = FlowModule$;
__webpack_unused_export__ = FlowModuleType;
__webpack_unused_export__ = FlowQuickConnectConfig$;
__webpack_unused_export__ = FontFamily$;
__webpack_unused_export__ = GetAttachedFile$;
__webpack_unused_export__ = GetAttachedFileCommand;
__webpack_unused_export__ = GetAttachedFileRequest$;
__webpack_unused_export__ = GetAttachedFileResponse$;
__webpack_unused_export__ = GetContactAttributes$;
__webpack_unused_export__ = GetContactAttributesCommand;
__webpack_unused_export__ = GetContactAttributesRequest$;
__webpack_unused_export__ = GetContactAttributesResponse$;
__webpack_unused_export__ = GetContactMetrics$;
__webpack_unused_export__ = GetContactMetricsCommand;
__webpack_unused_export__ = GetContactMetricsRequest$;
__webpack_unused_export__ = GetContactMetricsResponse$;
__webpack_unused_export__ = GetCrossRegionRouting$;
__webpack_unused_export__ = GetCrossRegionRoutingCommand;
__webpack_unused_export__ = GetCrossRegionRoutingRequest$;
__webpack_unused_export__ = GetCrossRegionRoutingResponse$;
__webpack_unused_export__ = GetCurrentMetricData$;
__webpack_unused_export__ = GetCurrentMetricDataCommand;
__webpack_unused_export__ = GetCurrentMetricDataRequest$;
__webpack_unused_export__ = GetCurrentMetricDataResponse$;
__webpack_unused_export__ = GetCurrentUserData$;
__webpack_unused_export__ = GetCurrentUserDataCommand;
__webpack_unused_export__ = GetCurrentUserDataRequest$;
__webpack_unused_export__ = GetCurrentUserDataResponse$;
__webpack_unused_export__ = GetEffectiveHoursOfOperations$;
__webpack_unused_export__ = GetEffectiveHoursOfOperationsCommand;
__webpack_unused_export__ = GetEffectiveHoursOfOperationsRequest$;
__webpack_unused_export__ = GetEffectiveHoursOfOperationsResponse$;
__webpack_unused_export__ = GetEvaluationFormValidation$;
__webpack_unused_export__ = GetEvaluationFormValidationCommand;
__webpack_unused_export__ = GetEvaluationFormValidationRequest$;
__webpack_unused_export__ = GetEvaluationFormValidationResponse$;
__webpack_unused_export__ = GetFederationToken$;
__webpack_unused_export__ = GetFederationTokenCommand;
__webpack_unused_export__ = GetFederationTokenRequest$;
__webpack_unused_export__ = GetFederationTokenResponse$;
__webpack_unused_export__ = GetFlowAssociation$;
__webpack_unused_export__ = GetFlowAssociationCommand;
__webpack_unused_export__ = GetFlowAssociationRequest$;
__webpack_unused_export__ = GetFlowAssociationResponse$;
__webpack_unused_export__ = GetMetricData$;
__webpack_unused_export__ = GetMetricDataCommand;
__webpack_unused_export__ = GetMetricDataRequest$;
__webpack_unused_export__ = GetMetricDataResponse$;
__webpack_unused_export__ = GetMetricDataV2$;
__webpack_unused_export__ = GetMetricDataV2Command;
__webpack_unused_export__ = GetMetricDataV2Request$;
__webpack_unused_export__ = GetMetricDataV2Response$;
__webpack_unused_export__ = GetPromptFile$;
__webpack_unused_export__ = GetPromptFileCommand;
__webpack_unused_export__ = GetPromptFileRequest$;
__webpack_unused_export__ = GetPromptFileResponse$;
__webpack_unused_export__ = GetTaskTemplate$;
__webpack_unused_export__ = GetTaskTemplateCommand;
__webpack_unused_export__ = GetTaskTemplateRequest$;
__webpack_unused_export__ = GetTaskTemplateResponse$;
__webpack_unused_export__ = GetTestCaseExecutionSummary$;
__webpack_unused_export__ = GetTestCaseExecutionSummaryCommand;
__webpack_unused_export__ = GetTestCaseExecutionSummaryRequest$;
__webpack_unused_export__ = GetTestCaseExecutionSummaryResponse$;
__webpack_unused_export__ = GetTrafficDistribution$;
__webpack_unused_export__ = GetTrafficDistributionCommand;
__webpack_unused_export__ = GetTrafficDistributionRequest$;
__webpack_unused_export__ = GetTrafficDistributionResponse$;
__webpack_unused_export__ = GlobalResiliencyMetadata$;
__webpack_unused_export__ = GranularAccessControlConfiguration$;
__webpack_unused_export__ = Grouping;
__webpack_unused_export__ = HierarchyGroup$;
__webpack_unused_export__ = HierarchyGroupCondition$;
__webpack_unused_export__ = HierarchyGroupMatchType;
__webpack_unused_export__ = HierarchyGroupSummary$;
__webpack_unused_export__ = HierarchyGroupSummaryReference$;
__webpack_unused_export__ = HierarchyGroups$;
__webpack_unused_export__ = HierarchyLevel$;
__webpack_unused_export__ = HierarchyLevelUpdate$;
__webpack_unused_export__ = HierarchyPath$;
__webpack_unused_export__ = HierarchyPathReference$;
__webpack_unused_export__ = HierarchyStructure$;
__webpack_unused_export__ = HierarchyStructureUpdate$;
__webpack_unused_export__ = HistoricalMetric$;
__webpack_unused_export__ = HistoricalMetricData$;
__webpack_unused_export__ = HistoricalMetricName;
__webpack_unused_export__ = HistoricalMetricResult$;
__webpack_unused_export__ = HoursOfOperation$;
__webpack_unused_export__ = HoursOfOperationConfig$;
__webpack_unused_export__ = HoursOfOperationDays;
__webpack_unused_export__ = HoursOfOperationOverride$;
__webpack_unused_export__ = HoursOfOperationOverrideConfig$;
__webpack_unused_export__ = HoursOfOperationOverrideSearchCriteria$;
__webpack_unused_export__ = HoursOfOperationSearchCriteria$;
__webpack_unused_export__ = HoursOfOperationSearchFilter$;
__webpack_unused_export__ = HoursOfOperationSummary$;
__webpack_unused_export__ = HoursOfOperationTimeSlice$;
__webpack_unused_export__ = HoursOfOperationsIdentifier$;
__webpack_unused_export__ = IdempotencyException;
__webpack_unused_export__ = IdempotencyException$;
__webpack_unused_export__ = ImagesLogo$;
__webpack_unused_export__ = ImportPhoneNumber$;
__webpack_unused_export__ = ImportPhoneNumberCommand;
__webpack_unused_export__ = ImportPhoneNumberRequest$;
__webpack_unused_export__ = ImportPhoneNumberResponse$;
__webpack_unused_export__ = ImportWorkspaceMedia$;
__webpack_unused_export__ = ImportWorkspaceMediaCommand;
__webpack_unused_export__ = ImportWorkspaceMediaRequest$;
__webpack_unused_export__ = ImportWorkspaceMediaResponse$;
__webpack_unused_export__ = InboundAdditionalRecipients$;
__webpack_unused_export__ = InboundEmailContent$;
__webpack_unused_export__ = InboundMessageSourceType;
__webpack_unused_export__ = InboundRawMessage$;
__webpack_unused_export__ = InitiateAs;
__webpack_unused_export__ = InputPredefinedAttributeConfiguration$;
__webpack_unused_export__ = Instance$;
__webpack_unused_export__ = InstanceAttributeType;
__webpack_unused_export__ = InstanceReplicationStatus;
__webpack_unused_export__ = InstanceStatus;
__webpack_unused_export__ = InstanceStatusReason$;
__webpack_unused_export__ = InstanceStorageConfig$;
__webpack_unused_export__ = InstanceStorageResourceType;
__webpack_unused_export__ = InstanceSummary$;
__webpack_unused_export__ = IntegrationAssociationSummary$;
__webpack_unused_export__ = IntegrationType;
__webpack_unused_export__ = InternalServiceException;
__webpack_unused_export__ = InternalServiceException$;
__webpack_unused_export__ = IntervalDetails$;
__webpack_unused_export__ = IntervalPeriod;
__webpack_unused_export__ = InvalidActiveRegionException;
__webpack_unused_export__ = InvalidActiveRegionException$;
__webpack_unused_export__ = InvalidContactFlowException;
__webpack_unused_export__ = InvalidContactFlowException$;
__webpack_unused_export__ = InvalidContactFlowModuleException;
__webpack_unused_export__ = InvalidContactFlowModuleException$;
__webpack_unused_export__ = InvalidParameterException;
__webpack_unused_export__ = InvalidParameterException$;
__webpack_unused_export__ = InvalidRequestException;
__webpack_unused_export__ = InvalidRequestException$;
__webpack_unused_export__ = InvalidRequestExceptionReason$;
__webpack_unused_export__ = InvalidTestCaseException;
__webpack_unused_export__ = InvalidTestCaseException$;
__webpack_unused_export__ = InvisibleFieldInfo$;
__webpack_unused_export__ = IvrRecordingTrack;
__webpack_unused_export__ = KinesisFirehoseConfig$;
__webpack_unused_export__ = KinesisStreamConfig$;
__webpack_unused_export__ = KinesisVideoStreamConfig$;
__webpack_unused_export__ = LanguageConfiguration$;
__webpack_unused_export__ = LexBot$;
__webpack_unused_export__ = LexBotConfig$;
__webpack_unused_export__ = LexV2Bot$;
__webpack_unused_export__ = LexVersion;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = ListAgentStatusRequest$;
__webpack_unused_export__ = ListAgentStatusResponse$;
__webpack_unused_export__ = ListAgentStatuses$;
__webpack_unused_export__ = ListAgentStatusesCommand;
__webpack_unused_export__ = ListAnalyticsDataAssociations$;
exports.ListAnalyticsDataAssociationsCommand = ListAnalyticsDataAssociationsCommand;
__webpack_unused_export__ = ListAnalyticsDataAssociationsRequest$;
__webpack_unused_export__ = ListAnalyticsDataAssociationsResponse$;
__webpack_unused_export__ = ListAnalyticsDataLakeDataSets$;
__webpack_unused_export__ = ListAnalyticsDataLakeDataSetsCommand;
__webpack_unused_export__ = ListAnalyticsDataLakeDataSetsRequest$;
__webpack_unused_export__ = ListAnalyticsDataLakeDataSetsResponse$;
__webpack_unused_export__ = ListApprovedOrigins$;
__webpack_unused_export__ = ListApprovedOriginsCommand;
__webpack_unused_export__ = ListApprovedOriginsRequest$;
__webpack_unused_export__ = ListApprovedOriginsResponse$;
__webpack_unused_export__ = ListAssociatedContacts$;
__webpack_unused_export__ = ListAssociatedContactsCommand;
__webpack_unused_export__ = ListAssociatedContactsRequest$;
__webpack_unused_export__ = ListAssociatedContactsResponse$;
__webpack_unused_export__ = ListAttachedFilesConfigurations$;
__webpack_unused_export__ = ListAttachedFilesConfigurationsCommand;
__webpack_unused_export__ = ListAttachedFilesConfigurationsRequest$;
__webpack_unused_export__ = ListAttachedFilesConfigurationsResponse$;
__webpack_unused_export__ = ListAuthenticationProfiles$;
__webpack_unused_export__ = ListAuthenticationProfilesCommand;
__webpack_unused_export__ = ListAuthenticationProfilesRequest$;
__webpack_unused_export__ = ListAuthenticationProfilesResponse$;
__webpack_unused_export__ = ListBots$;
__webpack_unused_export__ = ListBotsCommand;
__webpack_unused_export__ = ListBotsRequest$;
__webpack_unused_export__ = ListBotsResponse$;
__webpack_unused_export__ = ListChildHoursOfOperations$;
__webpack_unused_export__ = ListChildHoursOfOperationsCommand;
__webpack_unused_export__ = ListChildHoursOfOperationsRequest$;
__webpack_unused_export__ = ListChildHoursOfOperationsResponse$;
__webpack_unused_export__ = ListCondition$;
__webpack_unused_export__ = ListContactEvaluations$;
__webpack_unused_export__ = ListContactEvaluationsCommand;
__webpack_unused_export__ = ListContactEvaluationsRequest$;
__webpack_unused_export__ = ListContactEvaluationsResponse$;
__webpack_unused_export__ = ListContactFlowModuleAliases$;
__webpack_unused_export__ = ListContactFlowModuleAliasesCommand;
__webpack_unused_export__ = ListContactFlowModuleAliasesRequest$;
__webpack_unused_export__ = ListContactFlowModuleAliasesResponse$;
__webpack_unused_export__ = ListContactFlowModuleVersions$;
__webpack_unused_export__ = ListContactFlowModuleVersionsCommand;
__webpack_unused_export__ = ListContactFlowModuleVersionsRequest$;
__webpack_unused_export__ = ListContactFlowModuleVersionsResponse$;
__webpack_unused_export__ = ListContactFlowModules$;
__webpack_unused_export__ = ListContactFlowModulesCommand;
__webpack_unused_export__ = ListContactFlowModulesRequest$;
__webpack_unused_export__ = ListContactFlowModulesResponse$;
__webpack_unused_export__ = ListContactFlowVersions$;
__webpack_unused_export__ = ListContactFlowVersionsCommand;
__webpack_unused_export__ = ListContactFlowVersionsRequest$;
__webpack_unused_export__ = ListContactFlowVersionsResponse$;
__webpack_unused_export__ = ListContactFlows$;
__webpack_unused_export__ = ListContactFlowsCommand;
__webpack_unused_export__ = ListContactFlowsRequest$;
__webpack_unused_export__ = ListContactFlowsResponse$;
__webpack_unused_export__ = ListContactReferences$;
__webpack_unused_export__ = ListContactReferencesCommand;
__webpack_unused_export__ = ListContactReferencesRequest$;
__webpack_unused_export__ = ListContactReferencesResponse$;
__webpack_unused_export__ = ListDataTableAttributes$;
__webpack_unused_export__ = ListDataTableAttributesCommand;
__webpack_unused_export__ = ListDataTableAttributesRequest$;
__webpack_unused_export__ = ListDataTableAttributesResponse$;
__webpack_unused_export__ = ListDataTablePrimaryValues$;
__webpack_unused_export__ = ListDataTablePrimaryValuesCommand;
__webpack_unused_export__ = ListDataTablePrimaryValuesRequest$;
__webpack_unused_export__ = ListDataTablePrimaryValuesResponse$;
__webpack_unused_export__ = ListDataTableValues$;
__webpack_unused_export__ = ListDataTableValuesCommand;
__webpack_unused_export__ = ListDataTableValuesRequest$;
__webpack_unused_export__ = ListDataTableValuesResponse$;
__webpack_unused_export__ = ListDataTables$;
__webpack_unused_export__ = ListDataTablesCommand;
__webpack_unused_export__ = ListDataTablesRequest$;
__webpack_unused_export__ = ListDataTablesResponse$;
__webpack_unused_export__ = ListDefaultVocabularies$;
__webpack_unused_export__ = ListDefaultVocabulariesCommand;
__webpack_unused_export__ = ListDefaultVocabulariesRequest$;
__webpack_unused_export__ = ListDefaultVocabulariesResponse$;
__webpack_unused_export__ = ListEntitySecurityProfiles$;
__webpack_unused_export__ = ListEntitySecurityProfilesCommand;
__webpack_unused_export__ = ListEntitySecurityProfilesRequest$;
__webpack_unused_export__ = ListEntitySecurityProfilesResponse$;
__webpack_unused_export__ = ListEvaluationFormAIVersions$;
__webpack_unused_export__ = ListEvaluationFormAIVersionsCommand;
__webpack_unused_export__ = ListEvaluationFormAIVersionsRequest$;
__webpack_unused_export__ = ListEvaluationFormAIVersionsResponse$;
__webpack_unused_export__ = ListEvaluationFormVersions$;
__webpack_unused_export__ = ListEvaluationFormVersionsCommand;
__webpack_unused_export__ = ListEvaluationFormVersionsRequest$;
__webpack_unused_export__ = ListEvaluationFormVersionsResponse$;
__webpack_unused_export__ = ListEvaluationForms$;
__webpack_unused_export__ = ListEvaluationFormsCommand;
__webpack_unused_export__ = ListEvaluationFormsRequest$;
__webpack_unused_export__ = ListEvaluationFormsResponse$;
__webpack_unused_export__ = ListExtractionDefinitions$;
__webpack_unused_export__ = ListExtractionDefinitionsCommand;
__webpack_unused_export__ = ListExtractionDefinitionsRequest$;
__webpack_unused_export__ = ListExtractionDefinitionsResponse$;
__webpack_unused_export__ = ListFlowAssociationResourceType;
__webpack_unused_export__ = ListFlowAssociations$;
__webpack_unused_export__ = ListFlowAssociationsCommand;
__webpack_unused_export__ = ListFlowAssociationsRequest$;
__webpack_unused_export__ = ListFlowAssociationsResponse$;
__webpack_unused_export__ = ListHoursOfOperationOverrides$;
__webpack_unused_export__ = ListHoursOfOperationOverridesCommand;
__webpack_unused_export__ = ListHoursOfOperationOverridesRequest$;
__webpack_unused_export__ = ListHoursOfOperationOverridesResponse$;
__webpack_unused_export__ = ListHoursOfOperations$;
__webpack_unused_export__ = ListHoursOfOperationsCommand;
__webpack_unused_export__ = ListHoursOfOperationsRequest$;
__webpack_unused_export__ = ListHoursOfOperationsResponse$;
__webpack_unused_export__ = ListInstanceAttributes$;
__webpack_unused_export__ = ListInstanceAttributesCommand;
__webpack_unused_export__ = ListInstanceAttributesRequest$;
__webpack_unused_export__ = ListInstanceAttributesResponse$;
__webpack_unused_export__ = ListInstanceStorageConfigs$;
__webpack_unused_export__ = ListInstanceStorageConfigsCommand;
__webpack_unused_export__ = ListInstanceStorageConfigsRequest$;
__webpack_unused_export__ = ListInstanceStorageConfigsResponse$;
__webpack_unused_export__ = ListInstances$;
exports.ListInstancesCommand = ListInstancesCommand;
__webpack_unused_export__ = ListInstancesRequest$;
__webpack_unused_export__ = ListInstancesResponse$;
__webpack_unused_export__ = ListIntegrationAssociations$;
__webpack_unused_export__ = ListIntegrationAssociationsCommand;
__webpack_unused_export__ = ListIntegrationAssociationsRequest$;
__webpack_unused_export__ = ListIntegrationAssociationsResponse$;
__webpack_unused_export__ = ListLambdaFunctions$;
__webpack_unused_export__ = ListLambdaFunctionsCommand;
__webpack_unused_export__ = ListLambdaFunctionsRequest$;
__webpack_unused_export__ = ListLambdaFunctionsResponse$;
__webpack_unused_export__ = ListLexBots$;
__webpack_unused_export__ = ListLexBotsCommand;
__webpack_unused_export__ = ListLexBotsRequest$;
__webpack_unused_export__ = ListLexBotsResponse$;
__webpack_unused_export__ = ListMetrics$;
__webpack_unused_export__ = ListMetricsCommand;
__webpack_unused_export__ = ListMetricsRequest$;
__webpack_unused_export__ = ListMetricsResponse$;
__webpack_unused_export__ = ListNotifications$;
__webpack_unused_export__ = ListNotificationsCommand;
__webpack_unused_export__ = ListNotificationsRequest$;
__webpack_unused_export__ = ListNotificationsResponse$;
__webpack_unused_export__ = ListPhoneNumbers$;
__webpack_unused_export__ = ListPhoneNumbersCommand;
__webpack_unused_export__ = ListPhoneNumbersRequest$;
__webpack_unused_export__ = ListPhoneNumbersResponse$;
__webpack_unused_export__ = ListPhoneNumbersSummary$;
__webpack_unused_export__ = ListPhoneNumbersV2$;
__webpack_unused_export__ = ListPhoneNumbersV2Command;
__webpack_unused_export__ = ListPhoneNumbersV2Request$;
__webpack_unused_export__ = ListPhoneNumbersV2Response$;
__webpack_unused_export__ = ListPredefinedAttributes$;
__webpack_unused_export__ = ListPredefinedAttributesCommand;
__webpack_unused_export__ = ListPredefinedAttributesRequest$;
__webpack_unused_export__ = ListPredefinedAttributesResponse$;
__webpack_unused_export__ = ListPrompts$;
__webpack_unused_export__ = ListPromptsCommand;
__webpack_unused_export__ = ListPromptsRequest$;
__webpack_unused_export__ = ListPromptsResponse$;
__webpack_unused_export__ = ListQueueEmailAddresses$;
__webpack_unused_export__ = ListQueueEmailAddressesCommand;
__webpack_unused_export__ = ListQueueEmailAddressesRequest$;
__webpack_unused_export__ = ListQueueEmailAddressesResponse$;
__webpack_unused_export__ = ListQueueQuickConnects$;
__webpack_unused_export__ = ListQueueQuickConnectsCommand;
__webpack_unused_export__ = ListQueueQuickConnectsRequest$;
__webpack_unused_export__ = ListQueueQuickConnectsResponse$;
__webpack_unused_export__ = ListQueues$;
__webpack_unused_export__ = ListQueuesCommand;
__webpack_unused_export__ = ListQueuesRequest$;
__webpack_unused_export__ = ListQueuesResponse$;
__webpack_unused_export__ = ListQuickConnects$;
__webpack_unused_export__ = ListQuickConnectsCommand;
__webpack_unused_export__ = ListQuickConnectsRequest$;
__webpack_unused_export__ = ListQuickConnectsResponse$;
__webpack_unused_export__ = ListRealtimeContactAnalysisSegmentsV2$;
__webpack_unused_export__ = ListRealtimeContactAnalysisSegmentsV2Command;
__webpack_unused_export__ = ListRealtimeContactAnalysisSegmentsV2Request$;
__webpack_unused_export__ = ListRealtimeContactAnalysisSegmentsV2Response$;
__webpack_unused_export__ = ListRoutingProfileManualAssignmentQueues$;
__webpack_unused_export__ = ListRoutingProfileManualAssignmentQueuesCommand;
__webpack_unused_export__ = ListRoutingProfileManualAssignmentQueuesRequest$;
__webpack_unused_export__ = ListRoutingProfileManualAssignmentQueuesResponse$;
__webpack_unused_export__ = ListRoutingProfileQueues$;
__webpack_unused_export__ = ListRoutingProfileQueuesCommand;
__webpack_unused_export__ = ListRoutingProfileQueuesRequest$;
__webpack_unused_export__ = ListRoutingProfileQueuesResponse$;
__webpack_unused_export__ = ListRoutingProfiles$;
__webpack_unused_export__ = ListRoutingProfilesCommand;
__webpack_unused_export__ = ListRoutingProfilesRequest$;
__webpack_unused_export__ = ListRoutingProfilesResponse$;
__webpack_unused_export__ = ListRules$;
__webpack_unused_export__ = ListRulesCommand;
__webpack_unused_export__ = ListRulesRequest$;
__webpack_unused_export__ = ListRulesResponse$;
__webpack_unused_export__ = ListSecurityKeys$;
__webpack_unused_export__ = ListSecurityKeysCommand;
__webpack_unused_export__ = ListSecurityKeysRequest$;
__webpack_unused_export__ = ListSecurityKeysResponse$;
__webpack_unused_export__ = ListSecurityProfileAIAgents$;
__webpack_unused_export__ = ListSecurityProfileAIAgentsCommand;
__webpack_unused_export__ = ListSecurityProfileAIAgentsRequest$;
__webpack_unused_export__ = ListSecurityProfileAIAgentsResponse$;
__webpack_unused_export__ = ListSecurityProfileApplications$;
__webpack_unused_export__ = ListSecurityProfileApplicationsCommand;
__webpack_unused_export__ = ListSecurityProfileApplicationsRequest$;
__webpack_unused_export__ = ListSecurityProfileApplicationsResponse$;
__webpack_unused_export__ = ListSecurityProfileFlowModules$;
__webpack_unused_export__ = ListSecurityProfileFlowModulesCommand;
__webpack_unused_export__ = ListSecurityProfileFlowModulesRequest$;
__webpack_unused_export__ = ListSecurityProfileFlowModulesResponse$;
__webpack_unused_export__ = ListSecurityProfilePermissions$;
__webpack_unused_export__ = ListSecurityProfilePermissionsCommand;
__webpack_unused_export__ = ListSecurityProfilePermissionsRequest$;
__webpack_unused_export__ = ListSecurityProfilePermissionsResponse$;
__webpack_unused_export__ = ListSecurityProfiles$;
__webpack_unused_export__ = ListSecurityProfilesCommand;
__webpack_unused_export__ = ListSecurityProfilesRequest$;
__webpack_unused_export__ = ListSecurityProfilesResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = ListTaskTemplates$;
__webpack_unused_export__ = ListTaskTemplatesCommand;
__webpack_unused_export__ = ListTaskTemplatesRequest$;
__webpack_unused_export__ = ListTaskTemplatesResponse$;
__webpack_unused_export__ = ListTestCaseExecutionRecords$;
__webpack_unused_export__ = ListTestCaseExecutionRecordsCommand;
__webpack_unused_export__ = ListTestCaseExecutionRecordsRequest$;
__webpack_unused_export__ = ListTestCaseExecutionRecordsResponse$;
__webpack_unused_export__ = ListTestCaseExecutions$;
__webpack_unused_export__ = ListTestCaseExecutionsCommand;
__webpack_unused_export__ = ListTestCaseExecutionsRequest$;
__webpack_unused_export__ = ListTestCaseExecutionsResponse$;
__webpack_unused_export__ = ListTestCases$;
__webpack_unused_export__ = ListTestCasesCommand;
__webpack_unused_export__ = ListTestCasesRequest$;
__webpack_unused_export__ = ListTestCasesResponse$;
__webpack_unused_export__ = ListTrafficDistributionGroupUsers$;
__webpack_unused_export__ = ListTrafficDistributionGroupUsersCommand;
__webpack_unused_export__ = ListTrafficDistributionGroupUsersRequest$;
__webpack_unused_export__ = ListTrafficDistributionGroupUsersResponse$;
__webpack_unused_export__ = ListTrafficDistributionGroups$;
__webpack_unused_export__ = ListTrafficDistributionGroupsCommand;
__webpack_unused_export__ = ListTrafficDistributionGroupsRequest$;
__webpack_unused_export__ = ListTrafficDistributionGroupsResponse$;
__webpack_unused_export__ = ListUseCases$;
__webpack_unused_export__ = ListUseCasesCommand;
__webpack_unused_export__ = ListUseCasesRequest$;
__webpack_unused_export__ = ListUseCasesResponse$;
__webpack_unused_export__ = ListUserHierarchyGroups$;
__webpack_unused_export__ = ListUserHierarchyGroupsCommand;
__webpack_unused_export__ = ListUserHierarchyGroupsRequest$;
__webpack_unused_export__ = ListUserHierarchyGroupsResponse$;
__webpack_unused_export__ = ListUserNotifications$;
__webpack_unused_export__ = ListUserNotificationsCommand;
__webpack_unused_export__ = ListUserNotificationsRequest$;
__webpack_unused_export__ = ListUserNotificationsResponse$;
__webpack_unused_export__ = ListUserProficiencies$;
__webpack_unused_export__ = ListUserProficienciesCommand;
__webpack_unused_export__ = ListUserProficienciesRequest$;
__webpack_unused_export__ = ListUserProficienciesResponse$;
__webpack_unused_export__ = ListUsers$;
__webpack_unused_export__ = ListUsersCommand;
__webpack_unused_export__ = ListUsersRequest$;
__webpack_unused_export__ = ListUsersResponse$;
__webpack_unused_export__ = ListViewVersions$;
__webpack_unused_export__ = ListViewVersionsCommand;
__webpack_unused_export__ = ListViewVersionsRequest$;
__webpack_unused_export__ = ListViewVersionsResponse$;
__webpack_unused_export__ = ListViews$;
__webpack_unused_export__ = ListViewsCommand;
__webpack_unused_export__ = ListViewsRequest$;
__webpack_unused_export__ = ListViewsResponse$;
__webpack_unused_export__ = ListWorkspaceMedia$;
__webpack_unused_export__ = ListWorkspaceMediaCommand;
__webpack_unused_export__ = ListWorkspaceMediaRequest$;
__webpack_unused_export__ = ListWorkspaceMediaResponse$;
__webpack_unused_export__ = ListWorkspacePages$;
__webpack_unused_export__ = ListWorkspacePagesCommand;
__webpack_unused_export__ = ListWorkspacePagesRequest$;
__webpack_unused_export__ = ListWorkspacePagesResponse$;
__webpack_unused_export__ = ListWorkspaces$;
__webpack_unused_export__ = ListWorkspacesCommand;
__webpack_unused_export__ = ListWorkspacesRequest$;
__webpack_unused_export__ = ListWorkspacesResponse$;
__webpack_unused_export__ = LocaleCode;
__webpack_unused_export__ = MaskMode;
__webpack_unused_export__ = MatchCriteria$;
__webpack_unused_export__ = MaximumResultReturnedException;
__webpack_unused_export__ = MaximumResultReturnedException$;
__webpack_unused_export__ = MediaConcurrency$;
__webpack_unused_export__ = MediaItem$;
__webpack_unused_export__ = MediaPlacement$;
__webpack_unused_export__ = MediaStreamType;
__webpack_unused_export__ = MediaType;
__webpack_unused_export__ = Meeting$;
__webpack_unused_export__ = MeetingFeatureStatus;
__webpack_unused_export__ = MeetingFeaturesConfiguration$;
__webpack_unused_export__ = MetricCalculation$;
__webpack_unused_export__ = MetricCreationMethod;
__webpack_unused_export__ = MetricDataV2$;
__webpack_unused_export__ = MetricDefinition$;
__webpack_unused_export__ = MetricFilter$;
__webpack_unused_export__ = MetricFilterBooleanCondition$;
__webpack_unused_export__ = MetricFilterBooleanConditionComparison;
__webpack_unused_export__ = MetricFilterNumberCondition$;
__webpack_unused_export__ = MetricFilterNumberConditionComparison;
__webpack_unused_export__ = MetricFilterStringCondition$;
__webpack_unused_export__ = MetricFilterStringConditionComparison;
__webpack_unused_export__ = MetricFilterV2$;
__webpack_unused_export__ = MetricInterval$;
__webpack_unused_export__ = MetricResultV2$;
__webpack_unused_export__ = MetricSearchCriteria$;
__webpack_unused_export__ = MetricSearchFilter$;
__webpack_unused_export__ = MetricStatus;
__webpack_unused_export__ = MetricSummary$;
__webpack_unused_export__ = MetricType;
__webpack_unused_export__ = MetricUnit;
__webpack_unused_export__ = MetricV2$;
__webpack_unused_export__ = MonitorCapability;
__webpack_unused_export__ = MonitorContact$;
__webpack_unused_export__ = MonitorContactCommand;
__webpack_unused_export__ = MonitorContactRequest$;
__webpack_unused_export__ = MonitorContactResponse$;
__webpack_unused_export__ = MultiSelectQuestionRuleCategoryAutomation$;
__webpack_unused_export__ = MultiSelectQuestionRuleCategoryAutomationCondition;
__webpack_unused_export__ = NameCriteria$;
__webpack_unused_export__ = NewSessionDetails$;
__webpack_unused_export__ = NextContactEntry$;
__webpack_unused_export__ = NextContactMetadata$;
__webpack_unused_export__ = NextContactType;
__webpack_unused_export__ = NotFoundBehaviorType;
__webpack_unused_export__ = Notification$;
__webpack_unused_export__ = NotificationContentType;
__webpack_unused_export__ = NotificationDeliveryType;
__webpack_unused_export__ = NotificationPriority;
__webpack_unused_export__ = NotificationRecipientType$;
__webpack_unused_export__ = NotificationSearchCriteria$;
__webpack_unused_export__ = NotificationSearchFilter$;
__webpack_unused_export__ = NotificationSearchSummary$;
__webpack_unused_export__ = NotificationSource;
__webpack_unused_export__ = NotificationStatus;
__webpack_unused_export__ = NotificationType;
__webpack_unused_export__ = NumberComparisonType;
__webpack_unused_export__ = NumberCondition$;
__webpack_unused_export__ = NumberReference$;
__webpack_unused_export__ = NumericQuestionPropertyAutomationLabel;
__webpack_unused_export__ = NumericQuestionPropertyValueAutomation$;
__webpack_unused_export__ = ObservationSummary$;
__webpack_unused_export__ = OperationalHour$;
__webpack_unused_export__ = OperationalStatus;
__webpack_unused_export__ = OutboundAdditionalRecipients$;
__webpack_unused_export__ = OutboundCallerConfig$;
__webpack_unused_export__ = OutboundContactNotPermittedException;
__webpack_unused_export__ = OutboundContactNotPermittedException$;
__webpack_unused_export__ = OutboundEmailConfig$;
__webpack_unused_export__ = OutboundEmailContent$;
__webpack_unused_export__ = OutboundMessageSourceType;
__webpack_unused_export__ = OutboundRawMessage$;
__webpack_unused_export__ = OutboundStrategy$;
__webpack_unused_export__ = OutboundStrategyConfig$;
__webpack_unused_export__ = OutboundStrategyType;
__webpack_unused_export__ = OutputTypeNotFoundException;
__webpack_unused_export__ = OutputTypeNotFoundException$;
__webpack_unused_export__ = OverrideDays;
__webpack_unused_export__ = OverrideHour$;
__webpack_unused_export__ = OverrideTimeSlice$;
__webpack_unused_export__ = OverrideType;
__webpack_unused_export__ = PaletteCanvas$;
__webpack_unused_export__ = PaletteHeader$;
__webpack_unused_export__ = PaletteNavigation$;
__webpack_unused_export__ = PalettePrimary$;
__webpack_unused_export__ = ParentHoursOfOperationConfig$;
__webpack_unused_export__ = ParticipantCapabilities$;
__webpack_unused_export__ = ParticipantConfiguration$;
__webpack_unused_export__ = ParticipantDetails$;
__webpack_unused_export__ = ParticipantDetailsToAdd$;
__webpack_unused_export__ = ParticipantMetrics$;
__webpack_unused_export__ = ParticipantRole;
__webpack_unused_export__ = ParticipantState;
__webpack_unused_export__ = ParticipantTimerAction;
__webpack_unused_export__ = ParticipantTimerConfiguration$;
__webpack_unused_export__ = ParticipantTimerType;
__webpack_unused_export__ = ParticipantTimerValue$;
__webpack_unused_export__ = ParticipantTokenCredentials$;
__webpack_unused_export__ = ParticipantType;
__webpack_unused_export__ = PauseContact$;
__webpack_unused_export__ = PauseContactCommand;
__webpack_unused_export__ = PauseContactRequest$;
__webpack_unused_export__ = PauseContactResponse$;
__webpack_unused_export__ = PerformanceCategoryName;
__webpack_unused_export__ = PersistentChat$;
__webpack_unused_export__ = PersistentConnectionConfig$;
__webpack_unused_export__ = PhoneNumberConfig$;
__webpack_unused_export__ = PhoneNumberCountryCode;
__webpack_unused_export__ = PhoneNumberQuickConnectConfig$;
__webpack_unused_export__ = PhoneNumberStatus$;
__webpack_unused_export__ = PhoneNumberSummary$;
__webpack_unused_export__ = PhoneNumberType;
__webpack_unused_export__ = PhoneNumberWorkflowStatus;
__webpack_unused_export__ = PhoneType;
__webpack_unused_export__ = Policy;
__webpack_unused_export__ = PostAcceptTimeoutConfig$;
__webpack_unused_export__ = PreEvaluationFilter$;
__webpack_unused_export__ = PreEvaluationFilterOperator;
__webpack_unused_export__ = PreEvaluationFilterResourceType;
__webpack_unused_export__ = PreEvaluationFilterType;
__webpack_unused_export__ = PreEvaluationFilters$;
__webpack_unused_export__ = PredefinedAttribute$;
__webpack_unused_export__ = PredefinedAttributeConfiguration$;
__webpack_unused_export__ = PredefinedAttributeSearchCriteria$;
__webpack_unused_export__ = PredefinedAttributeSummary$;
__webpack_unused_export__ = PredefinedAttributeValues$;
__webpack_unused_export__ = Preview$;
__webpack_unused_export__ = PrimaryAttributeAccessControlConfigurationItem$;
__webpack_unused_export__ = PrimaryAttributeValue$;
__webpack_unused_export__ = PrimaryAttributeValueFilter$;
__webpack_unused_export__ = PrimaryValue$;
__webpack_unused_export__ = PrimaryValueResponse$;
__webpack_unused_export__ = ProblemDetail$;
__webpack_unused_export__ = Prompt$;
__webpack_unused_export__ = PromptSearchCriteria$;
__webpack_unused_export__ = PromptSearchFilter$;
__webpack_unused_export__ = PromptSummary$;
__webpack_unused_export__ = PropertyValidationException;
__webpack_unused_export__ = PropertyValidationException$;
__webpack_unused_export__ = PropertyValidationExceptionProperty$;
__webpack_unused_export__ = PropertyValidationExceptionReason;
__webpack_unused_export__ = PutUserStatus$;
__webpack_unused_export__ = PutUserStatusCommand;
__webpack_unused_export__ = PutUserStatusRequest$;
__webpack_unused_export__ = PutUserStatusResponse$;
__webpack_unused_export__ = QualityMetrics$;
__webpack_unused_export__ = QuestionOptionPointsConfiguration$;
__webpack_unused_export__ = QuestionPointsConfiguration$;
__webpack_unused_export__ = QuestionRuleCategoryAutomationCondition;
__webpack_unused_export__ = Queue$;
__webpack_unused_export__ = QueueInfo$;
__webpack_unused_export__ = QueueInfoInput$;
__webpack_unused_export__ = QueueQuickConnectConfig$;
__webpack_unused_export__ = QueueReference$;
__webpack_unused_export__ = QueueSearchCriteria$;
__webpack_unused_export__ = QueueSearchFilter$;
__webpack_unused_export__ = QueueStatus;
__webpack_unused_export__ = QueueSummary$;
__webpack_unused_export__ = QueueType;
__webpack_unused_export__ = QuickConnect$;
__webpack_unused_export__ = QuickConnectConfig$;
__webpack_unused_export__ = QuickConnectContactData$;
__webpack_unused_export__ = QuickConnectSearchCriteria$;
__webpack_unused_export__ = QuickConnectSearchFilter$;
__webpack_unused_export__ = QuickConnectSummary$;
__webpack_unused_export__ = QuickConnectType;
__webpack_unused_export__ = Range$;
__webpack_unused_export__ = ReadOnlyFieldInfo$;
__webpack_unused_export__ = RealTimeContactAnalysisAttachment$;
__webpack_unused_export__ = RealTimeContactAnalysisCategoryDetails$;
__webpack_unused_export__ = RealTimeContactAnalysisCharacterInterval$;
__webpack_unused_export__ = RealTimeContactAnalysisExtractedInformationFailureCode;
__webpack_unused_export__ = RealTimeContactAnalysisExtractedInformationValue$;
__webpack_unused_export__ = RealTimeContactAnalysisIssueDetected$;
__webpack_unused_export__ = RealTimeContactAnalysisOutputType;
__webpack_unused_export__ = RealTimeContactAnalysisPointOfInterest$;
__webpack_unused_export__ = RealTimeContactAnalysisPostContactSummaryFailureCode;
__webpack_unused_export__ = RealTimeContactAnalysisPostContactSummaryStatus;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentAttachments$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentCategories$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentEvent$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentExtractedInformation$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentIssues$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentPostContactSummary$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentTranscript$;
__webpack_unused_export__ = RealTimeContactAnalysisSegmentType;
__webpack_unused_export__ = RealTimeContactAnalysisSentimentLabel;
__webpack_unused_export__ = RealTimeContactAnalysisStatus;
__webpack_unused_export__ = RealTimeContactAnalysisSupportedChannel;
__webpack_unused_export__ = RealTimeContactAnalysisTimeData$;
__webpack_unused_export__ = RealTimeContactAnalysisTranscriptItemRedaction$;
__webpack_unused_export__ = RealTimeContactAnalysisTranscriptItemWithCharacterOffsets$;
__webpack_unused_export__ = RealTimeContactAnalysisTranscriptItemWithContent$;
__webpack_unused_export__ = RealtimeContactAnalysisSegment$;
__webpack_unused_export__ = RecommenderConfig$;
__webpack_unused_export__ = RecordPrimaryValue$;
__webpack_unused_export__ = RecordingInfo$;
__webpack_unused_export__ = RecordingStatus;
__webpack_unused_export__ = RecurrenceConfig$;
__webpack_unused_export__ = RecurrenceFrequency;
__webpack_unused_export__ = RecurrencePattern$;
__webpack_unused_export__ = RedactionConfiguration$;
__webpack_unused_export__ = Reference$;
__webpack_unused_export__ = ReferenceStatus;
__webpack_unused_export__ = ReferenceSummary$;
__webpack_unused_export__ = ReferenceType;
__webpack_unused_export__ = RehydrationType;
__webpack_unused_export__ = ReleasePhoneNumber$;
__webpack_unused_export__ = ReleasePhoneNumberCommand;
__webpack_unused_export__ = ReleasePhoneNumberRequest$;
__webpack_unused_export__ = ReplicateInstance$;
__webpack_unused_export__ = ReplicateInstanceCommand;
__webpack_unused_export__ = ReplicateInstanceRequest$;
__webpack_unused_export__ = ReplicateInstanceResponse$;
__webpack_unused_export__ = ReplicationConfiguration$;
__webpack_unused_export__ = ReplicationStatusSummary$;
__webpack_unused_export__ = RequiredFieldInfo$;
__webpack_unused_export__ = ResourceConflictException;
__webpack_unused_export__ = ResourceConflictException$;
__webpack_unused_export__ = ResourceInUseException;
__webpack_unused_export__ = ResourceInUseException$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceNotReadyException;
__webpack_unused_export__ = ResourceNotReadyException$;
__webpack_unused_export__ = ResourceTagsSearchCriteria$;
__webpack_unused_export__ = ResourceType;
__webpack_unused_export__ = ResponseMode;
__webpack_unused_export__ = ResumeContact$;
__webpack_unused_export__ = ResumeContactCommand;
__webpack_unused_export__ = ResumeContactRecording$;
__webpack_unused_export__ = ResumeContactRecordingCommand;
__webpack_unused_export__ = ResumeContactRecordingRequest$;
__webpack_unused_export__ = ResumeContactRecordingResponse$;
__webpack_unused_export__ = ResumeContactRequest$;
__webpack_unused_export__ = ResumeContactResponse$;
__webpack_unused_export__ = RoutingCriteria$;
__webpack_unused_export__ = RoutingCriteriaInput$;
__webpack_unused_export__ = RoutingCriteriaInputStep$;
__webpack_unused_export__ = RoutingCriteriaInputStepExpiry$;
__webpack_unused_export__ = RoutingCriteriaStepStatus;
__webpack_unused_export__ = RoutingProfile$;
__webpack_unused_export__ = RoutingProfileManualAssignmentQueueConfig$;
__webpack_unused_export__ = RoutingProfileManualAssignmentQueueConfigSummary$;
__webpack_unused_export__ = RoutingProfileQueueConfig$;
__webpack_unused_export__ = RoutingProfileQueueConfigSummary$;
__webpack_unused_export__ = RoutingProfileQueueReference$;
__webpack_unused_export__ = RoutingProfileReference$;
__webpack_unused_export__ = RoutingProfileSearchCriteria$;
__webpack_unused_export__ = RoutingProfileSearchFilter$;
__webpack_unused_export__ = RoutingProfileSummary$;
__webpack_unused_export__ = Rule$;
__webpack_unused_export__ = RuleAction$;
__webpack_unused_export__ = RuleAttributeAndCondition$;
__webpack_unused_export__ = RuleAttributeFilter$;
__webpack_unused_export__ = RuleCapabilityTier;
__webpack_unused_export__ = RulePublishStatus;
__webpack_unused_export__ = RuleSearchSummary$;
__webpack_unused_export__ = RuleSummary$;
__webpack_unused_export__ = RuleTriggerEventSource$;
__webpack_unused_export__ = RulesConfiguration$;
__webpack_unused_export__ = RulesExtractionDefinitionIdentifier$;
__webpack_unused_export__ = RulesSearchCriteria$;
__webpack_unused_export__ = RulesSearchFilter$;
__webpack_unused_export__ = S3Config$;
__webpack_unused_export__ = ScreenShareCapability;
__webpack_unused_export__ = SearchAgentStatuses$;
__webpack_unused_export__ = SearchAgentStatusesCommand;
__webpack_unused_export__ = SearchAgentStatusesRequest$;
__webpack_unused_export__ = SearchAgentStatusesResponse$;
__webpack_unused_export__ = SearchAvailablePhoneNumbers$;
__webpack_unused_export__ = SearchAvailablePhoneNumbersCommand;
__webpack_unused_export__ = SearchAvailablePhoneNumbersRequest$;
__webpack_unused_export__ = SearchAvailablePhoneNumbersResponse$;
__webpack_unused_export__ = SearchContactEvaluations$;
__webpack_unused_export__ = SearchContactEvaluationsCommand;
__webpack_unused_export__ = SearchContactEvaluationsRequest$;
__webpack_unused_export__ = SearchContactEvaluationsResponse$;
__webpack_unused_export__ = SearchContactFlowModules$;
__webpack_unused_export__ = SearchContactFlowModulesCommand;
__webpack_unused_export__ = SearchContactFlowModulesRequest$;
__webpack_unused_export__ = SearchContactFlowModulesResponse$;
__webpack_unused_export__ = SearchContactFlows$;
__webpack_unused_export__ = SearchContactFlowsCommand;
__webpack_unused_export__ = SearchContactFlowsRequest$;
__webpack_unused_export__ = SearchContactFlowsResponse$;
__webpack_unused_export__ = SearchContacts$;
__webpack_unused_export__ = SearchContactsAdditionalTimeRange$;
__webpack_unused_export__ = SearchContactsAdditionalTimeRangeCriteria$;
__webpack_unused_export__ = SearchContactsCommand;
__webpack_unused_export__ = SearchContactsMatchType;
__webpack_unused_export__ = SearchContactsRequest$;
__webpack_unused_export__ = SearchContactsResponse$;
__webpack_unused_export__ = SearchContactsTimeRange$;
__webpack_unused_export__ = SearchContactsTimeRangeConditionType;
__webpack_unused_export__ = SearchContactsTimeRangeType;
__webpack_unused_export__ = SearchContactsTimestampCondition$;
__webpack_unused_export__ = SearchCriteria$;
__webpack_unused_export__ = SearchDataTables$;
__webpack_unused_export__ = SearchDataTablesCommand;
__webpack_unused_export__ = SearchDataTablesRequest$;
__webpack_unused_export__ = SearchDataTablesResponse$;
__webpack_unused_export__ = SearchEmailAddresses$;
__webpack_unused_export__ = SearchEmailAddressesCommand;
__webpack_unused_export__ = SearchEmailAddressesRequest$;
__webpack_unused_export__ = SearchEmailAddressesResponse$;
__webpack_unused_export__ = SearchEvaluationForms$;
__webpack_unused_export__ = SearchEvaluationFormsCommand;
__webpack_unused_export__ = SearchEvaluationFormsRequest$;
__webpack_unused_export__ = SearchEvaluationFormsResponse$;
__webpack_unused_export__ = SearchHoursOfOperationOverrides$;
__webpack_unused_export__ = SearchHoursOfOperationOverridesCommand;
__webpack_unused_export__ = SearchHoursOfOperationOverridesRequest$;
__webpack_unused_export__ = SearchHoursOfOperationOverridesResponse$;
__webpack_unused_export__ = SearchHoursOfOperations$;
__webpack_unused_export__ = SearchHoursOfOperationsCommand;
__webpack_unused_export__ = SearchHoursOfOperationsRequest$;
__webpack_unused_export__ = SearchHoursOfOperationsResponse$;
__webpack_unused_export__ = SearchMetrics$;
__webpack_unused_export__ = SearchMetricsCommand;
__webpack_unused_export__ = SearchMetricsRequest$;
__webpack_unused_export__ = SearchMetricsResponse$;
__webpack_unused_export__ = SearchNotifications$;
__webpack_unused_export__ = SearchNotificationsCommand;
__webpack_unused_export__ = SearchNotificationsRequest$;
__webpack_unused_export__ = SearchNotificationsResponse$;
__webpack_unused_export__ = SearchPredefinedAttributes$;
__webpack_unused_export__ = SearchPredefinedAttributesCommand;
__webpack_unused_export__ = SearchPredefinedAttributesRequest$;
__webpack_unused_export__ = SearchPredefinedAttributesResponse$;
__webpack_unused_export__ = SearchPrompts$;
__webpack_unused_export__ = SearchPromptsCommand;
__webpack_unused_export__ = SearchPromptsRequest$;
__webpack_unused_export__ = SearchPromptsResponse$;
__webpack_unused_export__ = SearchQueues$;
__webpack_unused_export__ = SearchQueuesCommand;
__webpack_unused_export__ = SearchQueuesRequest$;
__webpack_unused_export__ = SearchQueuesResponse$;
__webpack_unused_export__ = SearchQuickConnects$;
__webpack_unused_export__ = SearchQuickConnectsCommand;
__webpack_unused_export__ = SearchQuickConnectsRequest$;
__webpack_unused_export__ = SearchQuickConnectsResponse$;
__webpack_unused_export__ = SearchResourceTags$;
__webpack_unused_export__ = SearchResourceTagsCommand;
__webpack_unused_export__ = SearchResourceTagsRequest$;
__webpack_unused_export__ = SearchResourceTagsResponse$;
__webpack_unused_export__ = SearchRoutingProfiles$;
__webpack_unused_export__ = SearchRoutingProfilesCommand;
__webpack_unused_export__ = SearchRoutingProfilesRequest$;
__webpack_unused_export__ = SearchRoutingProfilesResponse$;
__webpack_unused_export__ = SearchRules$;
__webpack_unused_export__ = SearchRulesCommand;
__webpack_unused_export__ = SearchRulesRequest$;
__webpack_unused_export__ = SearchRulesResponse$;
__webpack_unused_export__ = SearchSecurityProfiles$;
__webpack_unused_export__ = SearchSecurityProfilesCommand;
__webpack_unused_export__ = SearchSecurityProfilesRequest$;
__webpack_unused_export__ = SearchSecurityProfilesResponse$;
__webpack_unused_export__ = SearchTestCases$;
__webpack_unused_export__ = SearchTestCasesCommand;
__webpack_unused_export__ = SearchTestCasesRequest$;
__webpack_unused_export__ = SearchTestCasesResponse$;
__webpack_unused_export__ = SearchUserHierarchyGroups$;
__webpack_unused_export__ = SearchUserHierarchyGroupsCommand;
__webpack_unused_export__ = SearchUserHierarchyGroupsRequest$;
__webpack_unused_export__ = SearchUserHierarchyGroupsResponse$;
__webpack_unused_export__ = SearchUsers$;
__webpack_unused_export__ = SearchUsersCommand;
__webpack_unused_export__ = SearchUsersRequest$;
__webpack_unused_export__ = SearchUsersResponse$;
__webpack_unused_export__ = SearchViews$;
__webpack_unused_export__ = SearchViewsCommand;
__webpack_unused_export__ = SearchViewsRequest$;
__webpack_unused_export__ = SearchViewsResponse$;
__webpack_unused_export__ = SearchVocabularies$;
__webpack_unused_export__ = SearchVocabulariesCommand;
__webpack_unused_export__ = SearchVocabulariesRequest$;
__webpack_unused_export__ = SearchVocabulariesResponse$;
__webpack_unused_export__ = SearchWorkspaceAssociations$;
__webpack_unused_export__ = SearchWorkspaceAssociationsCommand;
__webpack_unused_export__ = SearchWorkspaceAssociationsRequest$;
__webpack_unused_export__ = SearchWorkspaceAssociationsResponse$;
__webpack_unused_export__ = SearchWorkspaces$;
__webpack_unused_export__ = SearchWorkspacesCommand;
__webpack_unused_export__ = SearchWorkspacesRequest$;
__webpack_unused_export__ = SearchWorkspacesResponse$;
__webpack_unused_export__ = SearchableAgentCriteriaStep$;
__webpack_unused_export__ = SearchableContactAttributes$;
__webpack_unused_export__ = SearchableContactAttributesCriteria$;
__webpack_unused_export__ = SearchableQueueType;
__webpack_unused_export__ = SearchableRoutingCriteria$;
__webpack_unused_export__ = SearchableRoutingCriteriaStep$;
__webpack_unused_export__ = SearchableSegmentAttributes$;
__webpack_unused_export__ = SearchableSegmentAttributesCriteria$;
__webpack_unused_export__ = SecurityKey$;
__webpack_unused_export__ = SecurityProfile$;
__webpack_unused_export__ = SecurityProfileItem$;
__webpack_unused_export__ = SecurityProfileSearchCriteria$;
__webpack_unused_export__ = SecurityProfileSearchSummary$;
__webpack_unused_export__ = SecurityProfileSummary$;
__webpack_unused_export__ = SecurityProfilesSearchFilter$;
__webpack_unused_export__ = SegmentAttributeValue$;
__webpack_unused_export__ = SendChatIntegrationEvent$;
__webpack_unused_export__ = SendChatIntegrationEventCommand;
__webpack_unused_export__ = SendChatIntegrationEventRequest$;
__webpack_unused_export__ = SendChatIntegrationEventResponse$;
__webpack_unused_export__ = SendNotificationActionDefinition$;
__webpack_unused_export__ = SendOutboundEmail$;
__webpack_unused_export__ = SendOutboundEmailCommand;
__webpack_unused_export__ = SendOutboundEmailRequest$;
__webpack_unused_export__ = SendOutboundEmailResponse$;
__webpack_unused_export__ = SendOutboundWebNotification$;
__webpack_unused_export__ = SendOutboundWebNotificationCommand;
__webpack_unused_export__ = SendOutboundWebNotificationRequest$;
__webpack_unused_export__ = SendOutboundWebNotificationResponse$;
__webpack_unused_export__ = SentimentConfiguration$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = ServiceQuotaExceededExceptionReason$;
__webpack_unused_export__ = SignInConfig$;
__webpack_unused_export__ = SignInDistribution$;
__webpack_unused_export__ = SingleSelectQuestionRuleCategoryAutomation$;
__webpack_unused_export__ = SingleSelectQuestionRuleCategoryAutomationCondition;
__webpack_unused_export__ = SlaAssignmentType;
__webpack_unused_export__ = SlaType;
__webpack_unused_export__ = Sort$;
__webpack_unused_export__ = SortOrder;
__webpack_unused_export__ = SortableFieldName;
__webpack_unused_export__ = SourceCampaign$;
__webpack_unused_export__ = SourceType;
__webpack_unused_export__ = StartAssistantContact$;
__webpack_unused_export__ = StartAssistantContactCommand;
__webpack_unused_export__ = StartAssistantContactRequest$;
__webpack_unused_export__ = StartAssistantContactResponse$;
__webpack_unused_export__ = StartAttachedFileUpload$;
__webpack_unused_export__ = StartAttachedFileUploadCommand;
__webpack_unused_export__ = StartAttachedFileUploadRequest$;
__webpack_unused_export__ = StartAttachedFileUploadResponse$;
__webpack_unused_export__ = StartChatContact$;
__webpack_unused_export__ = StartChatContactCommand;
__webpack_unused_export__ = StartChatContactRequest$;
__webpack_unused_export__ = StartChatContactResponse$;
__webpack_unused_export__ = StartContactConversationalAnalyticsJob$;
__webpack_unused_export__ = StartContactConversationalAnalyticsJobCommand;
__webpack_unused_export__ = StartContactConversationalAnalyticsJobRequest$;
__webpack_unused_export__ = StartContactConversationalAnalyticsJobResponse$;
__webpack_unused_export__ = StartContactEvaluation$;
__webpack_unused_export__ = StartContactEvaluationCommand;
__webpack_unused_export__ = StartContactEvaluationRequest$;
__webpack_unused_export__ = StartContactEvaluationResponse$;
__webpack_unused_export__ = StartContactMediaProcessing$;
__webpack_unused_export__ = StartContactMediaProcessingCommand;
__webpack_unused_export__ = StartContactMediaProcessingRequest$;
__webpack_unused_export__ = StartContactMediaProcessingResponse$;
__webpack_unused_export__ = StartContactRecording$;
__webpack_unused_export__ = StartContactRecordingCommand;
__webpack_unused_export__ = StartContactRecordingRequest$;
__webpack_unused_export__ = StartContactRecordingResponse$;
__webpack_unused_export__ = StartContactStreaming$;
__webpack_unused_export__ = StartContactStreamingCommand;
__webpack_unused_export__ = StartContactStreamingRequest$;
__webpack_unused_export__ = StartContactStreamingResponse$;
__webpack_unused_export__ = StartEmailContact$;
__webpack_unused_export__ = StartEmailContactCommand;
__webpack_unused_export__ = StartEmailContactRequest$;
__webpack_unused_export__ = StartEmailContactResponse$;
__webpack_unused_export__ = StartEvaluationFormValidation$;
__webpack_unused_export__ = StartEvaluationFormValidationCommand;
__webpack_unused_export__ = StartEvaluationFormValidationRequest$;
__webpack_unused_export__ = StartEvaluationFormValidationResponse$;
__webpack_unused_export__ = StartOutboundChatContact$;
__webpack_unused_export__ = StartOutboundChatContactCommand;
__webpack_unused_export__ = StartOutboundChatContactRequest$;
__webpack_unused_export__ = StartOutboundChatContactResponse$;
__webpack_unused_export__ = StartOutboundEmailContact$;
__webpack_unused_export__ = StartOutboundEmailContactCommand;
__webpack_unused_export__ = StartOutboundEmailContactRequest$;
__webpack_unused_export__ = StartOutboundEmailContactResponse$;
__webpack_unused_export__ = StartOutboundVoiceContact$;
__webpack_unused_export__ = StartOutboundVoiceContactCommand;
__webpack_unused_export__ = StartOutboundVoiceContactRequest$;
__webpack_unused_export__ = StartOutboundVoiceContactResponse$;
__webpack_unused_export__ = StartScreenSharing$;
__webpack_unused_export__ = StartScreenSharingCommand;
__webpack_unused_export__ = StartScreenSharingRequest$;
__webpack_unused_export__ = StartScreenSharingResponse$;
__webpack_unused_export__ = StartTaskContact$;
__webpack_unused_export__ = StartTaskContactCommand;
__webpack_unused_export__ = StartTaskContactRequest$;
__webpack_unused_export__ = StartTaskContactResponse$;
__webpack_unused_export__ = StartTestCaseExecution$;
__webpack_unused_export__ = StartTestCaseExecutionCommand;
__webpack_unused_export__ = StartTestCaseExecutionRequest$;
__webpack_unused_export__ = StartTestCaseExecutionResponse$;
__webpack_unused_export__ = StartWebRTCContact$;
__webpack_unused_export__ = StartWebRTCContactCommand;
__webpack_unused_export__ = StartWebRTCContactRequest$;
__webpack_unused_export__ = StartWebRTCContactResponse$;
__webpack_unused_export__ = StateTransition$;
__webpack_unused_export__ = Statistic;
__webpack_unused_export__ = Status;
__webpack_unused_export__ = Step$;
__webpack_unused_export__ = StopContact$;
__webpack_unused_export__ = StopContactCommand;
__webpack_unused_export__ = StopContactMediaProcessing$;
__webpack_unused_export__ = StopContactMediaProcessingCommand;
__webpack_unused_export__ = StopContactMediaProcessingRequest$;
__webpack_unused_export__ = StopContactMediaProcessingResponse$;
__webpack_unused_export__ = StopContactRecording$;
__webpack_unused_export__ = StopContactRecordingCommand;
__webpack_unused_export__ = StopContactRecordingRequest$;
__webpack_unused_export__ = StopContactRecordingResponse$;
__webpack_unused_export__ = StopContactRequest$;
__webpack_unused_export__ = StopContactResponse$;
__webpack_unused_export__ = StopContactStreaming$;
__webpack_unused_export__ = StopContactStreamingCommand;
__webpack_unused_export__ = StopContactStreamingRequest$;
__webpack_unused_export__ = StopContactStreamingResponse$;
__webpack_unused_export__ = StopTestCaseExecution$;
__webpack_unused_export__ = StopTestCaseExecutionCommand;
__webpack_unused_export__ = StopTestCaseExecutionRequest$;
__webpack_unused_export__ = StopTestCaseExecutionResponse$;
__webpack_unused_export__ = StorageType;
__webpack_unused_export__ = StringComparisonType;
__webpack_unused_export__ = StringCondition$;
__webpack_unused_export__ = StringReference$;
__webpack_unused_export__ = SubmitAutoEvaluationActionDefinition$;
__webpack_unused_export__ = SubmitContactEvaluation$;
__webpack_unused_export__ = SubmitContactEvaluationCommand;
__webpack_unused_export__ = SubmitContactEvaluationRequest$;
__webpack_unused_export__ = SubmitContactEvaluationResponse$;
__webpack_unused_export__ = SuccessfulBatchAssociationSummary$;
__webpack_unused_export__ = SuccessfulRequest$;
__webpack_unused_export__ = SummaryConfiguration$;
__webpack_unused_export__ = SummaryMode;
__webpack_unused_export__ = SuspendContactRecording$;
__webpack_unused_export__ = SuspendContactRecordingCommand;
__webpack_unused_export__ = SuspendContactRecordingRequest$;
__webpack_unused_export__ = SuspendContactRecordingResponse$;
__webpack_unused_export__ = TagCondition$;
__webpack_unused_export__ = TagContact$;
__webpack_unused_export__ = TagContactCommand;
__webpack_unused_export__ = TagContactRequest$;
__webpack_unused_export__ = TagContactResponse$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagSearchCondition$;
__webpack_unused_export__ = TagSet$;
__webpack_unused_export__ = TargetListType;
__webpack_unused_export__ = TaskActionDefinition$;
__webpack_unused_export__ = TaskAttachment$;
__webpack_unused_export__ = TaskTemplateConstraints$;
__webpack_unused_export__ = TaskTemplateDefaultFieldValue$;
__webpack_unused_export__ = TaskTemplateDefaults$;
__webpack_unused_export__ = TaskTemplateField$;
__webpack_unused_export__ = TaskTemplateFieldIdentifier$;
__webpack_unused_export__ = TaskTemplateFieldType;
__webpack_unused_export__ = TaskTemplateInfoV2$;
__webpack_unused_export__ = TaskTemplateMetadata$;
__webpack_unused_export__ = TaskTemplateStatus;
__webpack_unused_export__ = TelephonyConfig$;
__webpack_unused_export__ = TemplateAttributes$;
__webpack_unused_export__ = TemplatedMessageConfig$;
__webpack_unused_export__ = TestCase$;
__webpack_unused_export__ = TestCaseEntryPoint$;
__webpack_unused_export__ = TestCaseEntryPointType;
__webpack_unused_export__ = TestCaseExecution$;
__webpack_unused_export__ = TestCaseExecutionStatus;
__webpack_unused_export__ = TestCaseSearchCriteria$;
__webpack_unused_export__ = TestCaseSearchFilter$;
__webpack_unused_export__ = TestCaseStatus;
__webpack_unused_export__ = TestCaseSummary$;
__webpack_unused_export__ = Threshold$;
__webpack_unused_export__ = ThresholdV2$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = TimerEligibleParticipantRoles;
__webpack_unused_export__ = TooManyRequestsException;
__webpack_unused_export__ = TooManyRequestsException$;
__webpack_unused_export__ = TrafficDistributionGroup$;
__webpack_unused_export__ = TrafficDistributionGroupStatus;
__webpack_unused_export__ = TrafficDistributionGroupSummary$;
__webpack_unused_export__ = TrafficDistributionGroupUserSummary$;
__webpack_unused_export__ = TrafficType;
__webpack_unused_export__ = Transcript$;
__webpack_unused_export__ = TranscriptCriteria$;
__webpack_unused_export__ = TransferContact$;
__webpack_unused_export__ = TransferContactCommand;
__webpack_unused_export__ = TransferContactRequest$;
__webpack_unused_export__ = TransferContactResponse$;
__webpack_unused_export__ = TrendIndicator;
__webpack_unused_export__ = Unit;
__webpack_unused_export__ = UntagContact$;
__webpack_unused_export__ = UntagContactCommand;
__webpack_unused_export__ = UntagContactRequest$;
__webpack_unused_export__ = UntagContactResponse$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UpdateAgentStatus$;
__webpack_unused_export__ = UpdateAgentStatusCommand;
__webpack_unused_export__ = UpdateAgentStatusRequest$;
__webpack_unused_export__ = UpdateAttachedFilesConfiguration$;
__webpack_unused_export__ = UpdateAttachedFilesConfigurationCommand;
__webpack_unused_export__ = UpdateAttachedFilesConfigurationRequest$;
__webpack_unused_export__ = UpdateAttachedFilesConfigurationResponse$;
__webpack_unused_export__ = UpdateAuthenticationProfile$;
__webpack_unused_export__ = UpdateAuthenticationProfileCommand;
__webpack_unused_export__ = UpdateAuthenticationProfileRequest$;
__webpack_unused_export__ = UpdateCaseActionDefinition$;
__webpack_unused_export__ = UpdateContact$;
__webpack_unused_export__ = UpdateContactAttributes$;
__webpack_unused_export__ = UpdateContactAttributesCommand;
__webpack_unused_export__ = UpdateContactAttributesRequest$;
__webpack_unused_export__ = UpdateContactAttributesResponse$;
__webpack_unused_export__ = UpdateContactCommand;
__webpack_unused_export__ = UpdateContactEvaluation$;
__webpack_unused_export__ = UpdateContactEvaluationCommand;
__webpack_unused_export__ = UpdateContactEvaluationRequest$;
__webpack_unused_export__ = UpdateContactEvaluationResponse$;
__webpack_unused_export__ = UpdateContactFlowContent$;
__webpack_unused_export__ = UpdateContactFlowContentCommand;
__webpack_unused_export__ = UpdateContactFlowContentRequest$;
__webpack_unused_export__ = UpdateContactFlowContentResponse$;
__webpack_unused_export__ = UpdateContactFlowMetadata$;
__webpack_unused_export__ = UpdateContactFlowMetadataCommand;
__webpack_unused_export__ = UpdateContactFlowMetadataRequest$;
__webpack_unused_export__ = UpdateContactFlowMetadataResponse$;
__webpack_unused_export__ = UpdateContactFlowModuleAlias$;
__webpack_unused_export__ = UpdateContactFlowModuleAliasCommand;
__webpack_unused_export__ = UpdateContactFlowModuleAliasRequest$;
__webpack_unused_export__ = UpdateContactFlowModuleAliasResponse$;
__webpack_unused_export__ = UpdateContactFlowModuleContent$;
__webpack_unused_export__ = UpdateContactFlowModuleContentCommand;
__webpack_unused_export__ = UpdateContactFlowModuleContentRequest$;
__webpack_unused_export__ = UpdateContactFlowModuleContentResponse$;
__webpack_unused_export__ = UpdateContactFlowModuleMetadata$;
__webpack_unused_export__ = UpdateContactFlowModuleMetadataCommand;
__webpack_unused_export__ = UpdateContactFlowModuleMetadataRequest$;
__webpack_unused_export__ = UpdateContactFlowModuleMetadataResponse$;
__webpack_unused_export__ = UpdateContactFlowName$;
__webpack_unused_export__ = UpdateContactFlowNameCommand;
__webpack_unused_export__ = UpdateContactFlowNameRequest$;
__webpack_unused_export__ = UpdateContactFlowNameResponse$;
__webpack_unused_export__ = UpdateContactRequest$;
__webpack_unused_export__ = UpdateContactResponse$;
__webpack_unused_export__ = UpdateContactRoutingData$;
__webpack_unused_export__ = UpdateContactRoutingDataCommand;
__webpack_unused_export__ = UpdateContactRoutingDataRequest$;
__webpack_unused_export__ = UpdateContactRoutingDataResponse$;
__webpack_unused_export__ = UpdateContactSchedule$;
__webpack_unused_export__ = UpdateContactScheduleCommand;
__webpack_unused_export__ = UpdateContactScheduleRequest$;
__webpack_unused_export__ = UpdateContactScheduleResponse$;
__webpack_unused_export__ = UpdateContactTaskTemplate$;
__webpack_unused_export__ = UpdateContactTaskTemplateCommand;
__webpack_unused_export__ = UpdateContactTaskTemplateRequest$;
__webpack_unused_export__ = UpdateContactTaskTemplateResponse$;
__webpack_unused_export__ = UpdateCrossRegionRouting$;
__webpack_unused_export__ = UpdateCrossRegionRoutingCommand;
__webpack_unused_export__ = UpdateCrossRegionRoutingRequest$;
__webpack_unused_export__ = UpdateCrossRegionRoutingResponse$;
__webpack_unused_export__ = UpdateDataTableAttribute$;
__webpack_unused_export__ = UpdateDataTableAttributeCommand;
__webpack_unused_export__ = UpdateDataTableAttributeRequest$;
__webpack_unused_export__ = UpdateDataTableAttributeResponse$;
__webpack_unused_export__ = UpdateDataTableMetadata$;
__webpack_unused_export__ = UpdateDataTableMetadataCommand;
__webpack_unused_export__ = UpdateDataTableMetadataRequest$;
__webpack_unused_export__ = UpdateDataTableMetadataResponse$;
__webpack_unused_export__ = UpdateDataTablePrimaryValues$;
__webpack_unused_export__ = UpdateDataTablePrimaryValuesCommand;
__webpack_unused_export__ = UpdateDataTablePrimaryValuesRequest$;
__webpack_unused_export__ = UpdateDataTablePrimaryValuesResponse$;
__webpack_unused_export__ = UpdateEmailAddressMetadata$;
__webpack_unused_export__ = UpdateEmailAddressMetadataCommand;
__webpack_unused_export__ = UpdateEmailAddressMetadataRequest$;
__webpack_unused_export__ = UpdateEmailAddressMetadataResponse$;
__webpack_unused_export__ = UpdateEvaluationForm$;
__webpack_unused_export__ = UpdateEvaluationFormCommand;
__webpack_unused_export__ = UpdateEvaluationFormRequest$;
__webpack_unused_export__ = UpdateEvaluationFormResponse$;
__webpack_unused_export__ = UpdateExtractionDefinition$;
__webpack_unused_export__ = UpdateExtractionDefinitionCommand;
__webpack_unused_export__ = UpdateExtractionDefinitionRequest$;
__webpack_unused_export__ = UpdateExtractionDefinitionResponse$;
__webpack_unused_export__ = UpdateHoursOfOperation$;
__webpack_unused_export__ = UpdateHoursOfOperationCommand;
__webpack_unused_export__ = UpdateHoursOfOperationOverride$;
__webpack_unused_export__ = UpdateHoursOfOperationOverrideCommand;
__webpack_unused_export__ = UpdateHoursOfOperationOverrideRequest$;
__webpack_unused_export__ = UpdateHoursOfOperationRequest$;
__webpack_unused_export__ = UpdateInstanceAttribute$;
exports.UpdateInstanceAttributeCommand = UpdateInstanceAttributeCommand;
__webpack_unused_export__ = UpdateInstanceAttributeRequest$;
__webpack_unused_export__ = UpdateInstanceStorageConfig$;
__webpack_unused_export__ = UpdateInstanceStorageConfigCommand;
__webpack_unused_export__ = UpdateInstanceStorageConfigRequest$;
__webpack_unused_export__ = UpdateMetricContent$;
__webpack_unused_export__ = UpdateMetricContentCommand;
__webpack_unused_export__ = UpdateMetricContentRequest$;
__webpack_unused_export__ = UpdateMetricContentResponse$;
__webpack_unused_export__ = UpdateMetricMetadata$;
__webpack_unused_export__ = UpdateMetricMetadataCommand;
__webpack_unused_export__ = UpdateMetricMetadataRequest$;
__webpack_unused_export__ = UpdateMetricMetadataResponse$;
__webpack_unused_export__ = UpdateNotificationContent$;
__webpack_unused_export__ = UpdateNotificationContentCommand;
__webpack_unused_export__ = UpdateNotificationContentRequest$;
__webpack_unused_export__ = UpdateNotificationContentResponse$;
__webpack_unused_export__ = UpdateParticipantAuthentication$;
__webpack_unused_export__ = UpdateParticipantAuthenticationCommand;
__webpack_unused_export__ = UpdateParticipantAuthenticationRequest$;
__webpack_unused_export__ = UpdateParticipantAuthenticationResponse$;
__webpack_unused_export__ = UpdateParticipantRoleConfig$;
__webpack_unused_export__ = UpdateParticipantRoleConfigChannelInfo$;
__webpack_unused_export__ = UpdateParticipantRoleConfigCommand;
__webpack_unused_export__ = UpdateParticipantRoleConfigRequest$;
__webpack_unused_export__ = UpdateParticipantRoleConfigResponse$;
__webpack_unused_export__ = UpdatePhoneNumber$;
__webpack_unused_export__ = UpdatePhoneNumberCommand;
__webpack_unused_export__ = UpdatePhoneNumberMetadata$;
__webpack_unused_export__ = UpdatePhoneNumberMetadataCommand;
__webpack_unused_export__ = UpdatePhoneNumberMetadataRequest$;
__webpack_unused_export__ = UpdatePhoneNumberRequest$;
__webpack_unused_export__ = UpdatePhoneNumberResponse$;
__webpack_unused_export__ = UpdatePredefinedAttribute$;
__webpack_unused_export__ = UpdatePredefinedAttributeCommand;
__webpack_unused_export__ = UpdatePredefinedAttributeRequest$;
__webpack_unused_export__ = UpdatePrompt$;
__webpack_unused_export__ = UpdatePromptCommand;
__webpack_unused_export__ = UpdatePromptRequest$;
__webpack_unused_export__ = UpdatePromptResponse$;
__webpack_unused_export__ = UpdateQueueHoursOfOperation$;
__webpack_unused_export__ = UpdateQueueHoursOfOperationCommand;
__webpack_unused_export__ = UpdateQueueHoursOfOperationRequest$;
__webpack_unused_export__ = UpdateQueueMaxContacts$;
__webpack_unused_export__ = UpdateQueueMaxContactsCommand;
__webpack_unused_export__ = UpdateQueueMaxContactsRequest$;
__webpack_unused_export__ = UpdateQueueName$;
__webpack_unused_export__ = UpdateQueueNameCommand;
__webpack_unused_export__ = UpdateQueueNameRequest$;
__webpack_unused_export__ = UpdateQueueOutboundCallerConfig$;
__webpack_unused_export__ = UpdateQueueOutboundCallerConfigCommand;
__webpack_unused_export__ = UpdateQueueOutboundCallerConfigRequest$;
__webpack_unused_export__ = UpdateQueueOutboundEmailConfig$;
__webpack_unused_export__ = UpdateQueueOutboundEmailConfigCommand;
__webpack_unused_export__ = UpdateQueueOutboundEmailConfigRequest$;
__webpack_unused_export__ = UpdateQueueStatus$;
__webpack_unused_export__ = UpdateQueueStatusCommand;
__webpack_unused_export__ = UpdateQueueStatusRequest$;
__webpack_unused_export__ = UpdateQuickConnectConfig$;
__webpack_unused_export__ = UpdateQuickConnectConfigCommand;
__webpack_unused_export__ = UpdateQuickConnectConfigRequest$;
__webpack_unused_export__ = UpdateQuickConnectName$;
__webpack_unused_export__ = UpdateQuickConnectNameCommand;
__webpack_unused_export__ = UpdateQuickConnectNameRequest$;
__webpack_unused_export__ = UpdateRoutingProfileAgentAvailabilityTimer$;
__webpack_unused_export__ = UpdateRoutingProfileAgentAvailabilityTimerCommand;
__webpack_unused_export__ = UpdateRoutingProfileAgentAvailabilityTimerRequest$;
__webpack_unused_export__ = UpdateRoutingProfileConcurrency$;
__webpack_unused_export__ = UpdateRoutingProfileConcurrencyCommand;
__webpack_unused_export__ = UpdateRoutingProfileConcurrencyRequest$;
__webpack_unused_export__ = UpdateRoutingProfileDefaultOutboundQueue$;
__webpack_unused_export__ = UpdateRoutingProfileDefaultOutboundQueueCommand;
__webpack_unused_export__ = UpdateRoutingProfileDefaultOutboundQueueRequest$;
__webpack_unused_export__ = UpdateRoutingProfileName$;
__webpack_unused_export__ = UpdateRoutingProfileNameCommand;
__webpack_unused_export__ = UpdateRoutingProfileNameRequest$;
__webpack_unused_export__ = UpdateRoutingProfileQueues$;
__webpack_unused_export__ = UpdateRoutingProfileQueuesCommand;
__webpack_unused_export__ = UpdateRoutingProfileQueuesRequest$;
__webpack_unused_export__ = UpdateRule$;
__webpack_unused_export__ = UpdateRuleCommand;
__webpack_unused_export__ = UpdateRuleRequest$;
__webpack_unused_export__ = UpdateSecurityProfile$;
__webpack_unused_export__ = UpdateSecurityProfileCommand;
__webpack_unused_export__ = UpdateSecurityProfileRequest$;
__webpack_unused_export__ = UpdateTaskTemplate$;
__webpack_unused_export__ = UpdateTaskTemplateCommand;
__webpack_unused_export__ = UpdateTaskTemplateRequest$;
__webpack_unused_export__ = UpdateTaskTemplateResponse$;
__webpack_unused_export__ = UpdateTestCase$;
__webpack_unused_export__ = UpdateTestCaseCommand;
__webpack_unused_export__ = UpdateTestCaseRequest$;
__webpack_unused_export__ = UpdateTestCaseResponse$;
__webpack_unused_export__ = UpdateTrafficDistribution$;
__webpack_unused_export__ = UpdateTrafficDistributionCommand;
__webpack_unused_export__ = UpdateTrafficDistributionRequest$;
__webpack_unused_export__ = UpdateTrafficDistributionResponse$;
__webpack_unused_export__ = UpdateUserConfig$;
__webpack_unused_export__ = UpdateUserConfigCommand;
__webpack_unused_export__ = UpdateUserConfigRequest$;
__webpack_unused_export__ = UpdateUserHierarchy$;
__webpack_unused_export__ = UpdateUserHierarchyCommand;
__webpack_unused_export__ = UpdateUserHierarchyGroupName$;
__webpack_unused_export__ = UpdateUserHierarchyGroupNameCommand;
__webpack_unused_export__ = UpdateUserHierarchyGroupNameRequest$;
__webpack_unused_export__ = UpdateUserHierarchyRequest$;
__webpack_unused_export__ = UpdateUserHierarchyStructure$;
__webpack_unused_export__ = UpdateUserHierarchyStructureCommand;
__webpack_unused_export__ = UpdateUserHierarchyStructureRequest$;
__webpack_unused_export__ = UpdateUserIdentityInfo$;
__webpack_unused_export__ = UpdateUserIdentityInfoCommand;
__webpack_unused_export__ = UpdateUserIdentityInfoRequest$;
__webpack_unused_export__ = UpdateUserNotificationStatus$;
__webpack_unused_export__ = UpdateUserNotificationStatusCommand;
__webpack_unused_export__ = UpdateUserNotificationStatusRequest$;
__webpack_unused_export__ = UpdateUserNotificationStatusResponse$;
__webpack_unused_export__ = UpdateUserPhoneConfig$;
__webpack_unused_export__ = UpdateUserPhoneConfigCommand;
__webpack_unused_export__ = UpdateUserPhoneConfigRequest$;
__webpack_unused_export__ = UpdateUserProficiencies$;
__webpack_unused_export__ = UpdateUserProficienciesCommand;
__webpack_unused_export__ = UpdateUserProficienciesRequest$;
__webpack_unused_export__ = UpdateUserRoutingProfile$;
__webpack_unused_export__ = UpdateUserRoutingProfileCommand;
__webpack_unused_export__ = UpdateUserRoutingProfileRequest$;
__webpack_unused_export__ = UpdateUserSecurityProfiles$;
__webpack_unused_export__ = UpdateUserSecurityProfilesCommand;
__webpack_unused_export__ = UpdateUserSecurityProfilesRequest$;
__webpack_unused_export__ = UpdateViewContent$;
__webpack_unused_export__ = UpdateViewContentCommand;
__webpack_unused_export__ = UpdateViewContentRequest$;
__webpack_unused_export__ = UpdateViewContentResponse$;
__webpack_unused_export__ = UpdateViewMetadata$;
__webpack_unused_export__ = UpdateViewMetadataCommand;
__webpack_unused_export__ = UpdateViewMetadataRequest$;
__webpack_unused_export__ = UpdateViewMetadataResponse$;
__webpack_unused_export__ = UpdateWorkspaceMetadata$;
__webpack_unused_export__ = UpdateWorkspaceMetadataCommand;
__webpack_unused_export__ = UpdateWorkspaceMetadataRequest$;
__webpack_unused_export__ = UpdateWorkspaceMetadataResponse$;
__webpack_unused_export__ = UpdateWorkspacePage$;
__webpack_unused_export__ = UpdateWorkspacePageCommand;
__webpack_unused_export__ = UpdateWorkspacePageRequest$;
__webpack_unused_export__ = UpdateWorkspacePageResponse$;
__webpack_unused_export__ = UpdateWorkspaceTheme$;
__webpack_unused_export__ = UpdateWorkspaceThemeCommand;
__webpack_unused_export__ = UpdateWorkspaceThemeRequest$;
__webpack_unused_export__ = UpdateWorkspaceThemeResponse$;
__webpack_unused_export__ = UpdateWorkspaceVisibility$;
__webpack_unused_export__ = UpdateWorkspaceVisibilityCommand;
__webpack_unused_export__ = UpdateWorkspaceVisibilityRequest$;
__webpack_unused_export__ = UpdateWorkspaceVisibilityResponse$;
__webpack_unused_export__ = UploadUrlMetadata$;
__webpack_unused_export__ = UrlReference$;
__webpack_unused_export__ = UseCase$;
__webpack_unused_export__ = UseCaseType;
__webpack_unused_export__ = User$;
__webpack_unused_export__ = UserData$;
__webpack_unused_export__ = UserDataFilters$;
__webpack_unused_export__ = UserHierarchyGroupSearchCriteria$;
__webpack_unused_export__ = UserHierarchyGroupSearchFilter$;
__webpack_unused_export__ = UserIdentityInfo$;
__webpack_unused_export__ = UserIdentityInfoLite$;
__webpack_unused_export__ = UserInfo$;
__webpack_unused_export__ = UserNotFoundException;
__webpack_unused_export__ = UserNotFoundException$;
__webpack_unused_export__ = UserNotificationSummary$;
__webpack_unused_export__ = UserPhoneConfig$;
__webpack_unused_export__ = UserProficiency$;
__webpack_unused_export__ = UserProficiencyDisassociate$;
__webpack_unused_export__ = UserQuickConnectConfig$;
__webpack_unused_export__ = UserReference$;
__webpack_unused_export__ = UserSearchCriteria$;
__webpack_unused_export__ = UserSearchFilter$;
__webpack_unused_export__ = UserSearchSummary$;
__webpack_unused_export__ = UserSummary$;
__webpack_unused_export__ = Validation$;
__webpack_unused_export__ = ValidationEnum$;
__webpack_unused_export__ = VideoCapability;
__webpack_unused_export__ = View$;
__webpack_unused_export__ = ViewContent$;
__webpack_unused_export__ = ViewInputContent$;
__webpack_unused_export__ = ViewSearchCriteria$;
__webpack_unused_export__ = ViewSearchFilter$;
__webpack_unused_export__ = ViewStatus;
__webpack_unused_export__ = ViewSummary$;
__webpack_unused_export__ = ViewType;
__webpack_unused_export__ = ViewVersionSummary$;
__webpack_unused_export__ = Visibility;
__webpack_unused_export__ = Vocabulary$;
__webpack_unused_export__ = VocabularyLanguageCode;
__webpack_unused_export__ = VocabularyState;
__webpack_unused_export__ = VocabularySummary$;
__webpack_unused_export__ = VoiceCallEntryPointParameters$;
__webpack_unused_export__ = VoiceEnhancementConfig$;
__webpack_unused_export__ = VoiceEnhancementMode;
__webpack_unused_export__ = VoiceRecordingConfiguration$;
__webpack_unused_export__ = VoiceRecordingTrack;
__webpack_unused_export__ = WebNotificationContent$;
__webpack_unused_export__ = WebNotificationSource$;
__webpack_unused_export__ = WidgetDestination$;
__webpack_unused_export__ = WisdomInfo$;
__webpack_unused_export__ = WorkloadTypeConcurrency$;
__webpack_unused_export__ = Workspace$;
__webpack_unused_export__ = WorkspaceAssociationSearchCriteria$;
__webpack_unused_export__ = WorkspaceAssociationSearchFilter$;
__webpack_unused_export__ = WorkspaceAssociationSearchSummary$;
__webpack_unused_export__ = WorkspaceFontFamily;
__webpack_unused_export__ = WorkspacePage$;
__webpack_unused_export__ = WorkspaceSearchCriteria$;
__webpack_unused_export__ = WorkspaceSearchFilter$;
__webpack_unused_export__ = WorkspaceSearchSummary$;
__webpack_unused_export__ = WorkspaceSummary$;
__webpack_unused_export__ = WorkspaceTheme$;
__webpack_unused_export__ = WorkspaceThemeConfig$;
__webpack_unused_export__ = WorkspaceThemeImages$;
__webpack_unused_export__ = WorkspaceThemePalette$;
__webpack_unused_export__ = WorkspaceThemeTypography$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateEvaluateDataTableValues;
__webpack_unused_export__ = paginateGetCurrentMetricData;
__webpack_unused_export__ = paginateGetCurrentUserData;
__webpack_unused_export__ = paginateGetMetricData;
__webpack_unused_export__ = paginateGetMetricDataV2;
__webpack_unused_export__ = paginateListAgentStatuses;
__webpack_unused_export__ = paginateListApprovedOrigins;
__webpack_unused_export__ = paginateListAttachedFilesConfigurations;
__webpack_unused_export__ = paginateListAuthenticationProfiles;
__webpack_unused_export__ = paginateListBots;
__webpack_unused_export__ = paginateListChildHoursOfOperations;
__webpack_unused_export__ = paginateListContactEvaluations;
__webpack_unused_export__ = paginateListContactFlowModuleAliases;
__webpack_unused_export__ = paginateListContactFlowModuleVersions;
__webpack_unused_export__ = paginateListContactFlowModules;
__webpack_unused_export__ = paginateListContactFlowVersions;
__webpack_unused_export__ = paginateListContactFlows;
__webpack_unused_export__ = paginateListContactReferences;
__webpack_unused_export__ = paginateListDataTableAttributes;
__webpack_unused_export__ = paginateListDataTablePrimaryValues;
__webpack_unused_export__ = paginateListDataTableValues;
__webpack_unused_export__ = paginateListDataTables;
__webpack_unused_export__ = paginateListDefaultVocabularies;
__webpack_unused_export__ = paginateListEntitySecurityProfiles;
__webpack_unused_export__ = paginateListEvaluationFormVersions;
__webpack_unused_export__ = paginateListEvaluationForms;
__webpack_unused_export__ = paginateListExtractionDefinitions;
__webpack_unused_export__ = paginateListFlowAssociations;
__webpack_unused_export__ = paginateListHoursOfOperationOverrides;
__webpack_unused_export__ = paginateListHoursOfOperations;
__webpack_unused_export__ = paginateListInstanceAttributes;
__webpack_unused_export__ = paginateListInstanceStorageConfigs;
__webpack_unused_export__ = paginateListInstances;
__webpack_unused_export__ = paginateListIntegrationAssociations;
__webpack_unused_export__ = paginateListLambdaFunctions;
__webpack_unused_export__ = paginateListLexBots;
__webpack_unused_export__ = paginateListMetrics;
__webpack_unused_export__ = paginateListPhoneNumbers;
__webpack_unused_export__ = paginateListPhoneNumbersV2;
__webpack_unused_export__ = paginateListPredefinedAttributes;
__webpack_unused_export__ = paginateListPrompts;
__webpack_unused_export__ = paginateListQueueQuickConnects;
__webpack_unused_export__ = paginateListQueues;
__webpack_unused_export__ = paginateListQuickConnects;
__webpack_unused_export__ = paginateListRealtimeContactAnalysisSegmentsV2;
__webpack_unused_export__ = paginateListRoutingProfileManualAssignmentQueues;
__webpack_unused_export__ = paginateListRoutingProfileQueues;
__webpack_unused_export__ = paginateListRoutingProfiles;
__webpack_unused_export__ = paginateListRules;
__webpack_unused_export__ = paginateListSecurityKeys;
__webpack_unused_export__ = paginateListSecurityProfileAIAgents;
__webpack_unused_export__ = paginateListSecurityProfileApplications;
__webpack_unused_export__ = paginateListSecurityProfileFlowModules;
__webpack_unused_export__ = paginateListSecurityProfilePermissions;
__webpack_unused_export__ = paginateListSecurityProfiles;
__webpack_unused_export__ = paginateListTaskTemplates;
__webpack_unused_export__ = paginateListTestCases;
__webpack_unused_export__ = paginateListTrafficDistributionGroupUsers;
__webpack_unused_export__ = paginateListTrafficDistributionGroups;
__webpack_unused_export__ = paginateListUseCases;
__webpack_unused_export__ = paginateListUserHierarchyGroups;
__webpack_unused_export__ = paginateListUserProficiencies;
__webpack_unused_export__ = paginateListUsers;
__webpack_unused_export__ = paginateListViewVersions;
__webpack_unused_export__ = paginateListViews;
__webpack_unused_export__ = paginateListWorkspacePages;
__webpack_unused_export__ = paginateListWorkspaces;
__webpack_unused_export__ = paginateSearchAgentStatuses;
__webpack_unused_export__ = paginateSearchAvailablePhoneNumbers;
__webpack_unused_export__ = paginateSearchContactFlowModules;
__webpack_unused_export__ = paginateSearchContactFlows;
__webpack_unused_export__ = paginateSearchContacts;
__webpack_unused_export__ = paginateSearchDataTables;
__webpack_unused_export__ = paginateSearchHoursOfOperationOverrides;
__webpack_unused_export__ = paginateSearchHoursOfOperations;
__webpack_unused_export__ = paginateSearchMetrics;
__webpack_unused_export__ = paginateSearchPredefinedAttributes;
__webpack_unused_export__ = paginateSearchPrompts;
__webpack_unused_export__ = paginateSearchQueues;
__webpack_unused_export__ = paginateSearchQuickConnects;
__webpack_unused_export__ = paginateSearchResourceTags;
__webpack_unused_export__ = paginateSearchRoutingProfiles;
__webpack_unused_export__ = paginateSearchRules;
__webpack_unused_export__ = paginateSearchSecurityProfiles;
__webpack_unused_export__ = paginateSearchTestCases;
__webpack_unused_export__ = paginateSearchUserHierarchyGroups;
__webpack_unused_export__ = paginateSearchUsers;
__webpack_unused_export__ = paginateSearchViews;
__webpack_unused_export__ = paginateSearchVocabularies;
__webpack_unused_export__ = paginateSearchWorkspaceAssociations;
__webpack_unused_export__ = paginateSearchWorkspaces;


/***/ })

};
