using System.Buffers;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerGraph.GraphQL.Http;

/// <summary>
/// One GraphQL-over-HTTP request: method and media-type checks, parameter reading, execution, and the response
/// streamed with Utf8JsonWriter straight into the response body. Status codes follow the GraphQL over HTTP spec:
/// application/json answers 200 to every well-formed request; application/graphql-response+json answers 4xx when
/// the request failed before execution (no "data") and 2xx once execution started.
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLExecutor executor, GraphQLHttpOptions options, ILogger logger)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context, string endpointPath)
    {
        try
        {
            await HandleRequestAsync(context, endpointPath);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (while sending the body, during execution or while reading the response):
            // nobody is left to answer.
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own verdict on the request (e.g. a body that stopped arriving): the client's fault.
            logger.LogWarning("Bad request to {Path}: {Reason}", endpointPath, e.Message);
            if (!context.Response.HasStarted)
                await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(e.StatusCode, e.Message));
        }
    }

    private async Task HandleRequestAsync(HttpContext context, string endpointPath)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(405, $"Method {Echo.Cut(request.Method)} is not allowed; use GET or POST."));
            return;
        }

        string accept = request.Headers.Accept.ToString();
        if (isGet && options.EnableGraphiQL && MediaTypes.AcceptsHtml(accept) && !request.Query.ContainsKey("query"))
        {
            await GraphiQLAssets.WriteIndexAsync(context, endpointPath);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, MediaTypes.Json, new RequestProblem(406,
                $"None of the acceptable media types ({Echo.Cut(accept)}) can be produced; accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
            return;
        }

        var (graphQLRequest, problem) = isGet
            ? RequestReader.FromQueryString(name => request.Query.TryGetValue(name, out var v) ? v.ToString() : null)
            : await ReadBodyAsync(context);
        if (problem is not null)
        {
            await WriteProblemAsync(context, mediaType, problem);
            return;
        }

        if (isGet && IsMutation(graphQLRequest!))
        {
            context.Response.Headers.Allow = "POST";
            await WriteProblemAsync(context, mediaType, new RequestProblem(405, "Mutations cannot be sent with GET; use POST."));
            return;
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(options.RequestTimeout.TotalSeconds * Stopwatch.Frequency);
        var result = await executor.ExecuteAsync(graphQLRequest!, options.ContextFactory?.Invoke(context), context.RequestAborted);

        foreach (var error in result.UnexpectedErrors)
            logger.LogError(error.Exception, "Resolver failed at {Path}", string.Join(".", error.Path));

        var status = mediaType == MediaTypes.GraphQLResponse && !result.HasData ? 400 : 200;
        await WriteResultAsync(context, mediaType, status, result, deadline);
    }

    private bool IsMutation(GraphQLRequest request)
    {
        var prepared = executor.Prepare(request.Query!);
        return prepared.Document is { } document
            && GraphQLExecutor.SelectOperation(document, request.OperationName, out _) is { Operation: OperationType.Mutation };
    }

    private async Task<(GraphQLRequest?, RequestProblem?)> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypes.IsJsonContent(request.ContentType))
            return (null, new RequestProblem(415,
                $"Unsupported content type \"{Echo.Cut(request.ContentType)}\"; send {MediaTypes.Json} (utf-8)."));
        if (request.ContentLength > options.MaxRequestBodyBytes)
            return (null, new RequestProblem(413, $"Request body exceeds {options.MaxRequestBodyBytes} bytes."));

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(context.RequestAborted);
            if (read.Buffer.Length > options.MaxRequestBodyBytes)
            {
                reader.AdvanceTo(read.Buffer.End);
                return (null, new RequestProblem(413, $"Request body exceeds {options.MaxRequestBodyBytes} bytes."));
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                var (parsed, problem) = RequestReader.FromJsonBody(body);
                if (problem is not null) logger.LogWarning("Refused a request body: {Reason}", problem.Message);
                return (parsed, problem);
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private Task WriteProblemAsync(HttpContext context, string mediaType, RequestProblem problem) =>
        WriteResultAsync(context, mediaType, problem.StatusCode, ExecutionResult.RequestError(new GraphQLError(problem.Message)),
            Stopwatch.GetTimestamp() + (long)(options.RequestTimeout.TotalSeconds * Stopwatch.Frequency));

    /// <summary>
    /// Serialises into a capped buffer first: an answer past the size cap or the deadline becomes one GraphQL error
    /// (the data is dropped) instead of a half-written body, and nothing reaches the client before it is whole.
    /// </summary>
    private async Task WriteResultAsync(HttpContext context, string mediaType, int status, ExecutionResult result, long deadline)
    {
        using var buffer = new CappedBufferWriter(options.MaxResponseBytes, deadline);
        try
        {
            Serialize(buffer, result);
        }
        catch (Exception e) when (e is ResponseLimitException || e.GetType() == typeof(ArgumentException))
        {
            // A plain ArgumentException is Utf8JsonWriter refusing text that is not valid UTF-16 (a lone surrogate).
            var (message, code) = e is ResponseLimitException limit
                ? (limit.Message, limit.Code)
                : ("The response holds text that is not valid Unicode and cannot be sent.", "INVALID_RESPONSE_TEXT");
            logger.LogWarning("Response refused: {Reason}", message);
            buffer.Reset();
            Serialize(buffer, new ExecutionResult
            {
                HasData = result.HasData,
                Errors = [new GraphQLError(message, Extensions: new Dictionary<string, object?> { ["code"] = code })],
            });
        }
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.Vary = "Accept";
        response.ContentLength = buffer.WrittenMemory.Length;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void Serialize(CappedBufferWriter buffer, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        result.WriteTo(writer);
    }
}
