# The irwh image for docker-compose: the locked dependencies, then the project.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DAGSTER_HOME=/opt/dagster/home
WORKDIR /opt/irwh/app
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY . .
RUN pip install --no-cache-dir --no-deps -e . \
    && mkdir -p "$DAGSTER_HOME" /opt/irwh/landing /opt/irwh/state \
    && cp deploy/dagster.yaml "$DAGSTER_HOME/dagster.yaml"
