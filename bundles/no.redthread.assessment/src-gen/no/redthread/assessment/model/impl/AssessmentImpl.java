/**
 * Redthread: generated from model/assessment.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.assessment.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

import java.util.Collection;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentPackage;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.model.Conclusion;

import no.redthread.model.plan.Case;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Plan;

import no.redthread.model.plan.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getCase <em>Case</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getPrevious <em>Previous</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getStatusChangedBy <em>Status Changed By</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getStatusChangedAt <em>Status Changed At</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link no.redthread.assessment.model.impl.AssessmentImpl#getConclusions <em>Conclusions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected String templateId = TEMPLATE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected String templateVersion = TEMPLATE_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan plan;

	/**
	 * The cached value of the '{@link #getCase() <em>Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCase()
	 * @generated
	 * @ordered
	 */
	protected Case case_;

	/**
	 * The cached value of the '{@link #getPrevious() <em>Previous</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevious()
	 * @generated
	 * @ordered
	 */
	protected Assessment previous;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentStatus STATUS_EDEFAULT = AssessmentStatus.IN_PROGRESS;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AssessmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedBy()
	 * @generated
	 * @ordered
	 */
	protected String createdBy = CREATED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusChangedBy() <em>Status Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChangedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_CHANGED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusChangedBy() <em>Status Changed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChangedBy()
	 * @generated
	 * @ordered
	 */
	protected String statusChangedBy = STATUS_CHANGED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusChangedAt() <em>Status Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChangedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STATUS_CHANGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusChangedAt() <em>Status Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChangedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant statusChangedAt = STATUS_CHANGED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<Answer> answers;

	/**
	 * The cached value of the '{@link #getConclusions() <em>Conclusions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConclusions()
	 * @generated
	 * @ordered
	 */
	protected EList<Conclusion> conclusions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AssessmentPackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateId() {
		return templateId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateId(String newTemplateId) {
		String oldTemplateId = templateId;
		templateId = newTemplateId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__TEMPLATE_ID, oldTemplateId, templateId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateVersion() {
		return templateVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateVersion(String newTemplateVersion) {
		String oldTemplateVersion = templateVersion;
		templateVersion = newTemplateVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__TEMPLATE_VERSION, oldTemplateVersion, templateVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getPlan() {
		if (plan != null && plan.eIsProxy()) {
			InternalEObject oldPlan = (InternalEObject)plan;
			plan = (Plan)eResolveProxy(oldPlan);
			if (plan != oldPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AssessmentPackage.ASSESSMENT__PLAN, oldPlan, plan));
			}
		}
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(Plan newPlan) {
		Plan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case getCase() {
		if (case_ != null && case_.eIsProxy()) {
			InternalEObject oldCase = (InternalEObject)case_;
			case_ = (Case)eResolveProxy(oldCase);
			if (case_ != oldCase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AssessmentPackage.ASSESSMENT__CASE, oldCase, case_));
			}
		}
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Case basicGetCase() {
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCase(Case newCase) {
		Case oldCase = case_;
		case_ = newCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__CASE, oldCase, case_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getPrevious() {
		if (previous != null && previous.eIsProxy()) {
			InternalEObject oldPrevious = (InternalEObject)previous;
			previous = (Assessment)eResolveProxy(oldPrevious);
			if (previous != oldPrevious) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AssessmentPackage.ASSESSMENT__PREVIOUS, oldPrevious, previous));
			}
		}
		return previous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetPrevious() {
		return previous;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrevious(Assessment newPrevious) {
		Assessment oldPrevious = previous;
		previous = newPrevious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__PREVIOUS, oldPrevious, previous));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AssessmentStatus newStatus) {
		AssessmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedBy() {
		return createdBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedBy(String newCreatedBy) {
		String oldCreatedBy = createdBy;
		createdBy = newCreatedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__CREATED_BY, oldCreatedBy, createdBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusChangedBy() {
		return statusChangedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusChangedBy(String newStatusChangedBy) {
		String oldStatusChangedBy = statusChangedBy;
		statusChangedBy = newStatusChangedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__STATUS_CHANGED_BY, oldStatusChangedBy, statusChangedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStatusChangedAt() {
		return statusChangedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusChangedAt(Instant newStatusChangedAt) {
		Instant oldStatusChangedAt = statusChangedAt;
		statusChangedAt = newStatusChangedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AssessmentPackage.ASSESSMENT__STATUS_CHANGED_AT, oldStatusChangedAt, statusChangedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Answer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<Answer>(Answer.class, this, AssessmentPackage.ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conclusion> getConclusions() {
		if (conclusions == null) {
			conclusions = new EObjectContainmentEList<Conclusion>(Conclusion.class, this, AssessmentPackage.ASSESSMENT__CONCLUSIONS);
		}
		return conclusions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identified subject() {
		return getPlan() != null ? getPlan() : getCase();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer answerTo(final String questionId) {
		for (Answer answer : getAnswers()) {
			if (answer.getQuestionId() != null && answer.getQuestionId().equals(questionId)) {
				return answer;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AssessmentPackage.ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case AssessmentPackage.ASSESSMENT__CONCLUSIONS:
				return ((InternalEList<?>)getConclusions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AssessmentPackage.ASSESSMENT__NAME:
				return getName();
			case AssessmentPackage.ASSESSMENT__TEMPLATE_ID:
				return getTemplateId();
			case AssessmentPackage.ASSESSMENT__TEMPLATE_VERSION:
				return getTemplateVersion();
			case AssessmentPackage.ASSESSMENT__PLAN:
				if (resolve) return getPlan();
				return basicGetPlan();
			case AssessmentPackage.ASSESSMENT__CASE:
				if (resolve) return getCase();
				return basicGetCase();
			case AssessmentPackage.ASSESSMENT__PREVIOUS:
				if (resolve) return getPrevious();
				return basicGetPrevious();
			case AssessmentPackage.ASSESSMENT__STATUS:
				return getStatus();
			case AssessmentPackage.ASSESSMENT__CREATED_BY:
				return getCreatedBy();
			case AssessmentPackage.ASSESSMENT__CREATED_AT:
				return getCreatedAt();
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_BY:
				return getStatusChangedBy();
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_AT:
				return getStatusChangedAt();
			case AssessmentPackage.ASSESSMENT__ANSWERS:
				return getAnswers();
			case AssessmentPackage.ASSESSMENT__CONCLUSIONS:
				return getConclusions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AssessmentPackage.ASSESSMENT__NAME:
				setName((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__TEMPLATE_ID:
				setTemplateId((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__TEMPLATE_VERSION:
				setTemplateVersion((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__PLAN:
				setPlan((Plan)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__CASE:
				setCase((Case)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__PREVIOUS:
				setPrevious((Assessment)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__STATUS:
				setStatus((AssessmentStatus)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__CREATED_BY:
				setCreatedBy((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_BY:
				setStatusChangedBy((String)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_AT:
				setStatusChangedAt((Instant)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends Answer>)newValue);
				return;
			case AssessmentPackage.ASSESSMENT__CONCLUSIONS:
				getConclusions().clear();
				getConclusions().addAll((Collection<? extends Conclusion>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AssessmentPackage.ASSESSMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__TEMPLATE_ID:
				setTemplateId(TEMPLATE_ID_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__TEMPLATE_VERSION:
				setTemplateVersion(TEMPLATE_VERSION_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__PLAN:
				setPlan((Plan)null);
				return;
			case AssessmentPackage.ASSESSMENT__CASE:
				setCase((Case)null);
				return;
			case AssessmentPackage.ASSESSMENT__PREVIOUS:
				setPrevious((Assessment)null);
				return;
			case AssessmentPackage.ASSESSMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__CREATED_BY:
				setCreatedBy(CREATED_BY_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_BY:
				setStatusChangedBy(STATUS_CHANGED_BY_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_AT:
				setStatusChangedAt(STATUS_CHANGED_AT_EDEFAULT);
				return;
			case AssessmentPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case AssessmentPackage.ASSESSMENT__CONCLUSIONS:
				getConclusions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AssessmentPackage.ASSESSMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AssessmentPackage.ASSESSMENT__TEMPLATE_ID:
				return TEMPLATE_ID_EDEFAULT == null ? templateId != null : !TEMPLATE_ID_EDEFAULT.equals(templateId);
			case AssessmentPackage.ASSESSMENT__TEMPLATE_VERSION:
				return TEMPLATE_VERSION_EDEFAULT == null ? templateVersion != null : !TEMPLATE_VERSION_EDEFAULT.equals(templateVersion);
			case AssessmentPackage.ASSESSMENT__PLAN:
				return plan != null;
			case AssessmentPackage.ASSESSMENT__CASE:
				return case_ != null;
			case AssessmentPackage.ASSESSMENT__PREVIOUS:
				return previous != null;
			case AssessmentPackage.ASSESSMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case AssessmentPackage.ASSESSMENT__CREATED_BY:
				return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
			case AssessmentPackage.ASSESSMENT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_BY:
				return STATUS_CHANGED_BY_EDEFAULT == null ? statusChangedBy != null : !STATUS_CHANGED_BY_EDEFAULT.equals(statusChangedBy);
			case AssessmentPackage.ASSESSMENT__STATUS_CHANGED_AT:
				return STATUS_CHANGED_AT_EDEFAULT == null ? statusChangedAt != null : !STATUS_CHANGED_AT_EDEFAULT.equals(statusChangedAt);
			case AssessmentPackage.ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case AssessmentPackage.ASSESSMENT__CONCLUSIONS:
				return conclusions != null && !conclusions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case AssessmentPackage.ASSESSMENT___SUBJECT:
				return subject();
			case AssessmentPackage.ASSESSMENT___ANSWER_TO__STRING:
				return answerTo((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", templateId: ");
		result.append(templateId);
		result.append(", templateVersion: ");
		result.append(templateVersion);
		result.append(", status: ");
		result.append(status);
		result.append(", createdBy: ");
		result.append(createdBy);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", statusChangedBy: ");
		result.append(statusChangedBy);
		result.append(", statusChangedAt: ");
		result.append(statusChangedAt);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
